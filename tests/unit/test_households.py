"""Households: matching addresses and contacts, a lead's links replayed the same way everywhere, and the family."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.chronology.build import family_chronology
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.households import (
    family_groups,
    family_of,
    households_of,
    normalise_address,
    normalise_contact,
    normalise_postcode,
    same_address,
    suggest_households,
)
from desktop_app.domain.lead.child_file import front_sheet
from desktop_app.services.concerns import read_child_file
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.households import (
    add_household_adult,
    dismiss_suggestion,
    household_suggestions,
    households,
    link_by_upn,
    link_household,
    remove_household_adult,
    unlink_from_household,
)
from desktop_app.services.state import load_state
from tests.conftest import School
from tests.unit.test_red_flags import Build
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record


def test_addresses_and_postcodes_are_compared_as_people_write_them() -> None:
    assert normalise_postcode(" cv1 2ab ") == "CV12AB"
    assert normalise_address("12, Mill Ln.\nCoventry CV1 2AB") == ("12", "mill", "lane", "coventry")
    assert same_address(normalise_address("12 Mill Lane"), normalise_address("12 Mill Lane, Coventry"))
    assert not same_address(normalise_address("Flat 2, 12 Mill Lane"), normalise_address("Flat 3, 12 Mill Lane"))
    assert not same_address(normalise_address("12"), normalise_address("12 Mill Lane"))  # too little to match on


@pytest.mark.parametrize(
    ("contact", "key"),
    [("+44 7700 900123", "tel:07700900123"), ("07700 900-123", "tel:07700900123"),
     ("Mrs Anna Łuczak", "name:anna luczak"), ("MRS ANNA LUCZAK", "name:anna luczak"), ("Mum", ""), ("12345", "")],
)  # fmt: skip
def test_contacts_are_normalised_or_left_out(contact: str, key: str) -> None:
    assert normalise_contact(contact) == key


def test_suggestions_come_from_a_shared_address_or_contact_and_leave_out_what_is_linked_or_dismissed() -> None:
    b = Build()
    a = b.pupil("Ann", date(2015, 1, 1), "Smith", "4 Elm Grove", "CV2 3CD")
    c = b.pupil("Cal", date(2016, 1, 1), "Smith", "4 Elm Grove, Coventry", "cv2 3cd")
    d = b.pupil("Dee", date(2017, 1, 1), "Jones", "9 Oak Road", "CV9 9ZZ", contacts=["+44 7700 900123"])
    e = b.pupil("Eve", date(2018, 1, 1), "Brown", "1 Far Away", "CV8 8YY", contacts=["07700 900123", "Mum"])
    b.pupil("Fay", date(2018, 1, 1), "Smith", "5 Elm Grove", "CV2 3CD")  # next door: not the same address
    [shared, same] = suggest_households(b.state())  # the same size: by the first child's surname (Brown, Smith)
    assert (shared.pupil_ids, shared.reasons, shared.household_id) == ((e, d), ("shared contact: +44 7700 900123",), "")
    assert (same.pupil_ids, same.reasons) == ((a, c), ("same address: 4 Elm Grove, CV2 3CD",))
    b.link("house-1", [a, c])
    b.lead(EntryKind.HOUSEHOLD_DISMISSED, {"pupils": [d, e]}, "school", 0)
    assert suggest_households(b.state()) == []


def test_a_child_joining_a_linked_household_is_suggested_into_it() -> None:
    b = Build()
    a = b.pupil("Ann", date(2015, 1, 1), "Smith", "4 Elm Grove", "CV2 3CD")
    c = b.pupil("Cal", date(2016, 1, 1), "Smith", "4 Elm Grove", "CV2 3CD")
    n = b.pupil("New", date(2019, 1, 1), "Smith", "4 Elm Grove", "CV2 3CD")
    b.link("house-1", [a, c])
    [suggestion] = suggest_households(b.state())
    assert (set(suggestion.pupil_ids), suggestion.household_id) == ({a, c, n}, "house-1")


def test_links_and_unlinks_replay_in_recorded_order_and_copies_count_once() -> None:
    b = Build()
    a, c, n = (b.pupil(name, date(2015, 1, 1)) for name in ("Ann", "Cal", "New"))
    b.link("house-1", [a, c], days=1)
    joined = {"change": "chg-join", "household": "house-1", "pupils": [n], "members": [a, c, n]}
    for subject in (a, c, n):
        b.lead(EntryKind.HOUSEHOLD_LINK, joined, subject, 2)
    assert households_of(b.state().lead)["house-1"].pupil_ids == {a, c, n}
    # The newcomer's own copy alone (as their file reads it) tells the whole household.
    only_new = [e for e in b.entries if e.kind != EntryKind.HOUSEHOLD_LINK or e.subject == n]
    assert households_of(b.state(only_new).lead)["house-1"].pupil_ids == {a, c, n}
    left = {"change": "chg-left", "household": "house-1", "pupils": [c], "members": [a, n]}
    b.lead(EntryKind.HOUSEHOLD_UNLINK, left, a, 3)
    assert households_of(b.state().lead)["house-1"].pupil_ids == {a, n}


def test_a_childs_family_is_their_households_and_a_family_group_joins_homes_through_a_shared_child() -> None:
    b = Build()
    ann, bea, cal, dot = (b.pupil(name, date(2015, 1, 1)) for name in ("Ann", "Bea", "Cal", "Dot"))
    b.link("mum", [ann, bea], days=1)  # Bea lives across two homes
    b.link("dad", [bea, cal], days=1)
    lead = b.state().lead
    assert family_of(lead, ann) == [ann, bea]  # Cal is not in Ann's household
    assert family_of(lead, bea) == [bea, *sorted([ann, cal])]
    groups = family_groups(lead)
    assert groups[ann] == groups[bea] == groups[cal]  # one group: the homes share Bea
    assert dot not in groups and family_of(lead, dot) == [dot]


# --- services ----------------------------------------------------------------------------------------------------


def test_a_lead_confirms_a_suggested_household_and_the_family_is_linked(school: School) -> None:
    lead = school.lead()
    state = load_state(lead)
    [suggestion] = household_suggestions(lead, state)
    assert [p.upn for p in suggestion.pupils] == [JAKUB, ZOFIA]  # by surname, then forename
    assert suggestion.reasons == ("same address: 12 Mill Lane Coventry, CV1 2AB",)
    household_id, pupils = link_by_upn(lead, state, [ZOFIA, JAKUB])
    state = load_state(lead)
    assert household_suggestions(lead, state) == []
    [view] = households(lead, state)
    assert (view.household.household_id, [p.upn for p in view.pupils]) == (household_id, [JAKUB, ZOFIA])
    zofia = pupils[0]
    sheet = front_sheet(state, zofia.pupil_id)
    [sibling] = sheet.members
    assert (sibling.name, sibling.relationship, sibling.upn) == (
        "Jakub (Kuba) Łuczak",
        "Sibling (same household)",
        JAKUB,
    )
    with pytest.raises(ServiceError, match="already linked"):
        link_by_upn(lead, state, [ZOFIA, JAKUB])
    with pytest.raises(ServiceError, match="at least two"):
        link_by_upn(lead, state, [ZOFIA])
    with pytest.raises(NotPermitted):
        link_by_upn(school.staff(), state, [ZOFIA, AHMED])


def test_the_family_chronology_merges_the_childrens_files_read_by_index(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    zofia_concern = record(staff, ZOFIA, "Zofia was hungry", days_ago=3)
    jakub_concern = record(staff, JAKUB, "Jakub had no coat", days_ago=2)
    record(staff, AHMED, "Not family", days_ago=1)
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    link_household(lead, state, [zofia.pupil_id, jakub.pupil_id])
    opened = read_child_file(lead, zofia.pupil_id, family=True)  # reads only this family's entries
    assert opened.pupil_ids == (zofia.pupil_id, jakub.pupil_id)
    concerns = [(r.entry_id, r.pupil_id) for r in opened.chronology if r.kind == "concern"]
    assert concerns == [(zofia_concern, zofia.pupil_id), (jakub_concern, jakub.pupil_id)]
    assert [f.code for f in opened.flags] == ["household"]
    state = load_state(lead)
    assert [r.entry_id for r in family_chronology(state, opened.pupil_ids) if r.kind == "concern"] == [
        zofia_concern,
        jakub_concern,
    ]


def test_adults_with_parental_responsibility_and_unlinking(school: School) -> None:
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    household_id = link_household(lead, state, [zofia.pupil_id, jakub.pupil_id])
    state = load_state(lead)
    with pytest.raises(ServiceError, match="full name"):
        add_household_adult(lead, state, household_id, "Mum", "mother", True)
    add_household_adult(lead, state, household_id, "Anna Łuczak", "Mother", True, "12 Mill Lane")
    add_household_adult(lead, state, household_id, "Marek Nowak", "Mother's partner", False)
    sheet = front_sheet(load_state(lead), jakub.pupil_id)
    assert [(m.name, m.relationship, m.parental_responsibility) for m in sheet.members] == [
        ("Anna Łuczak", "Mother", True),  # parents, carers and significant adults first (design note 42)
        ("Marek Nowak", "Mother's partner", False),
        ("Zofia Łuczak", "Sibling (same household)", None),
    ]
    state = load_state(lead)
    [marek] = [a for a in households_of(state.lead)[household_id].adults if a.name == "Marek Nowak"]
    remove_household_adult(lead, state, household_id, marek.adult_id)
    sheet = front_sheet(load_state(lead), zofia.pupil_id)
    assert [m.name for m in sheet.members] == ["Anna Łuczak", "Jakub (Kuba) Łuczak"]
    unlink_from_household(lead, load_state(lead), household_id, jakub.pupil_id)
    state = load_state(lead)
    assert households_of(state.lead) == {} or all(
        jakub.pupil_id not in h.pupil_ids for h in households_of(state.lead).values()
    )
    assert front_sheet(state, jakub.pupil_id).members == ()


def test_a_dismissed_suggestion_is_not_made_again(school: School) -> None:
    lead = school.lead()
    state = load_state(lead)
    [suggestion] = household_suggestions(lead, state)
    dismiss_suggestion(lead, state, [p.pupil_id for p in suggestion.pupils])
    assert household_suggestions(lead, load_state(lead)) == []
