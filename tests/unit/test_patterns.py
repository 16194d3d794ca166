"""Patterns across children (`domain.patterns`): a telephone number, an adult, a place named around children of
different families, and several concerns naming one member of staff; what is not a pattern stays out."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.lead.household_records import HouseholdAdult, HouseholdChange
from desktop_app.domain.patterns import ADULT, PLACE, STAFF, TELEPHONE, find_patterns, telephone_digits
from desktop_app.domain.records import Concern, Pupil, Role, SchoolState, StaffMember

T = datetime(2026, 11, 3, 9, 5, tzinfo=UTC)


def _school(*concerns: tuple[str, str, str], **fields: str) -> SchoolState:
    """Pupils p1..p6, staff s1 (Carys Teacher) and s2 (Omar Patel), and concerns (id, pupil, what happened)."""
    state = SchoolState()
    for n in range(1, 7):
        state.pupils[f"p{n}"] = Pupil(f"p{n}", f"A00000000000{n}", f"Child{n}", "Surname")
    state.staff["s1"] = StaffMember("s1", "c.teacher", "Carys Teacher", Role.STAFF)
    state.staff["s2"] = StaffMember("s2", "o.patel", "Omar Patel", Role.STAFF)
    for number, (concern_id, pupil_id, text) in enumerate(concerns):
        when = T.replace(day=number + 1)
        state.concerns[concern_id] = Concern(concern_id, pupil_id, "s1", when, when, "neglect", text, **fields)
    return state


def _link(state: SchoolState, household: str, *pupils: str) -> None:
    change = HouseholdChange(f"e-{household}", f"c-{household}", household, True, pupils, "l1", T, pupils)
    state.lead.household_changes[change.entry_id] = change
    state.lead.household_version += 1


def _kinds(state: SchoolState) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for pattern in find_patterns(state):
        found.setdefault(pattern.kind, set()).add(pattern.label)
    return found


def test_a_telephone_number_written_for_two_families_in_any_form_is_one_pattern() -> None:
    state = _school(
        ("c1", "p1", "She had a note saying to ring 07700 900123 after school."),
        ("c2", "p2", "He showed me a phone: 'call +44 (0)7700-900123' was written on his arm."),
        ("c3", "p3", "Mum's number 07700 900999 is new."),
    )
    [pattern] = find_patterns(state)
    assert (pattern.kind, pattern.label, pattern.families) == (TELEPHONE, "07700 900123", 2)
    assert [r.concern_id for r in pattern.records] == ["c2", "c1"]  # newest first
    _link(state, "h1", "p1", "p2")  # siblings: one family, no pattern
    assert find_patterns(state) == []


def test_a_number_written_for_one_child_and_held_as_another_childs_contact_connects_them() -> None:
    state = _school(("c1", "p1", "An older man keeps texting her from 07700 900555."))
    state.pupil_contacts["p4"] = ("Dave Brown", "07700900555")
    [pattern] = find_patterns(state)
    assert pattern.kind == TELEPHONE and pattern.known_around == {"p4"} and pattern.pupil_ids == {"p1", "p4"}


def test_a_known_adult_named_in_full_for_a_child_of_another_family() -> None:
    state = _school(("c1", "p1", "She said Dave Brown gave her vapes at the park."), ("c2", "p2", "Brown bread."))
    state.pupil_contacts["p4"] = ("Dave Brown", "07700900555")
    adult = HouseholdAdult("e9", "a9", "h2", "Sharon Leigh-Smith", "mother", True, "", "", False, "l1", T)
    state.lead.household_adults[adult.adult_id] = adult
    _link(state, "h2", "p5", "p6")
    state.concerns["c3"] = Concern(
        "c3", "p3", "s1", T, T, "neglect", "Collected by sharon leigh smith, who smelt of alcohol."
    )
    assert _kinds(state) == {ADULT: {"Dave Brown", "Sharon Leigh-Smith"}}
    assert find_patterns(_school(("c1", "p1", "Dave said Brown was his dog."))) == []  # not written in full


def test_a_place_outside_school_for_two_families_but_not_a_place_in_school() -> None:
    state = _school(("c1", "p1", "x"), ("c2", "p2", "y"), ("c3", "p3", "z"), location="Underpass by Tesco")
    for n in range(10, 40):  # enough children with concerns that two is not a large share
        state.concerns[f"d{n}"] = Concern(f"d{n}", f"q{n}", "s1", T, T, "neglect", "w", location="classroom")
    assert _kinds(state) == {PLACE: {"Underpass by Tesco"}}
    assert find_patterns(_school(("c1", "p1", "x"), ("c2", "p2", "y"), location="Playground")) == []


def test_several_concerns_naming_a_member_of_staff_route_to_the_allegations_process() -> None:
    state = _school(
        ("c1", "p1", "She said Mr Patel grabbed her wrist in the corridor."),
        ("c2", "p2", "He said Omar Patel shouted in his face and pushed him."),
    )
    [pattern] = find_patterns(state)
    assert pattern.kind == STAFF and pattern.label == "Omar Patel" and "LADO" in pattern.advice
    state.concerns["c1"] = Concern("c1", "p1", "s2", T, T, "neglect", "I (Omar Patel, teacher) saw a bruise.")
    assert find_patterns(state) == [], "named once by others, once by himself: not several"


def test_a_lead_named_in_several_concerns_is_not_shown_that_pattern() -> None:
    state = _school(
        ("c1", "p1", "She said Mr Patel grabbed her wrist in the corridor."),
        ("c2", "p2", "He said Omar Patel shouted in his face and pushed him."),
    )
    state.staff["s2"] = StaffMember("s2", "o.patel", "Omar Patel", Role.LEAD)
    [pattern] = find_patterns(state, reader="s3")
    assert pattern.staff_account_id == "s2"
    assert find_patterns(state, reader="s2") == [], "the lead the concerns name is not told of them"


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    state = _school(("c1", "p1", text), ("c2", "p2", text), location=text[:40])
    state.pupil_contacts["p3"] = (text[:30],)
    find_patterns(state)
    telephone_digits(text)
