"""Families joined up: household members not on roll (added, refused, recorded about by reference), a sibling's
concern as a cross-reference in each linked child's chronology and in their household flag, and a closed file
reopened by a new concern."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.households import households_for, is_member_reference, member_reference
from desktop_app.domain.lead.child_file import child_file, front_sheet
from desktop_app.domain.red_flags import FlagCode, evaluate
from desktop_app.services.concerns import child_file_json, read_child_file, read_child_file_by_upn
from desktop_app.services.decisions import set_file_status
from desktop_app.services.directory import find_pupil, load_directory
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.households import add_household_member_by_upn, link_by_upn
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace, refresh_workspace
from tests.conftest import School
from tests.unit.test_red_flags import Build, at
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record

TODAY = datetime.now(UTC).date()


def test_a_member_reference_is_never_a_upn_and_reads_back() -> None:
    reference = member_reference([0, 1, 2, 3, 28, 29, 30, 31])
    assert reference == "NR-0123-WXYZ" and is_member_reference(reference) and is_member_reference(" nr-0123-wxyz ")
    assert not is_member_reference("A123456789012") and not is_member_reference("NR-0123-WXYI")
    with pytest.raises(ValueError):
        member_reference([1, 2])


def test_a_lead_adds_a_toddler_who_gets_a_reference_joins_the_household_and_can_be_recorded_about(
    school: School,
) -> None:
    lead, staff = school.lead(), school.staff()
    born = TODAY - timedelta(days=600)
    member = add_household_member_by_upn(lead, ZOFIA, "Tomasz  Łuczak", born, "baby brother", "Little Acorns Nursery")
    assert is_member_reference(member.upn) and not member.on_roll
    assert (member.forename, member.surname, member.relationship, member.school) == (
        "Tomasz", "Łuczak", "baby brother", "Little Acorns Nursery"
    )  # fmt: skip
    state = load_state(lead)
    zofia = find_pupil(state, ZOFIA)
    assert find_pupil(state, member.upn.lower()).pupil_id == member.pupil_id  # accepted in place of a UPN
    [household] = households_for(state.lead, zofia.pupil_id)
    assert household.pupil_ids == {zofia.pupil_id, member.pupil_id}
    assert member.address == zofia.address

    directory = load_directory(staff)  # staff see them in the directory, so the form's finder offers them
    assert directory.pupil_by_upn(member.upn) is not None
    concern = record(staff, member.upn, "Bruise on his cheek at pick-up", category="physical-abuse")
    assert load_state(lead).concerns[concern].pupil_id == member.pupil_id

    jakub = add_household_member_by_upn(lead, JAKUB, "Ola Łuczak", TODAY - timedelta(days=4000), "older sister")
    state = load_state(lead)
    assert len(households_for(state.lead, zofia.pupil_id)) == 1  # Jakub had no household: a new one for him
    assert households_for(state.lead, find_pupil(state, JAKUB).pupil_id)[0].pupil_ids == {
        find_pupil(state, JAKUB).pupil_id, jakub.pupil_id
    }  # fmt: skip
    opened = read_child_file(lead, zofia.pupil_id)
    members = {m.name: m for m in opened.front_sheet.members}
    assert members["Tomasz Łuczak"].relationship.startswith("baby brother (not on roll, born")
    assert members["Tomasz Łuczak"].school == "Little Acorns Nursery" and members["Tomasz Łuczak"].upn == member.upn


@pytest.mark.parametrize(
    ("name", "born", "relationship", "school_name", "problem"),
    [
        ("T. Łuczak", TODAY - timedelta(days=300), "brother", "", r"full name \(forename and surname\), not initials"),
        ("Tomasz", TODAY - timedelta(days=300), "brother", "", "full name"),
        ("Tomasz Łuczak", None, "brother", "", "date of birth"),
        ("Tomasz Łuczak", TODAY + timedelta(days=2), "brother", "", "in the future"),
        ("Tomasz Łuczak", TODAY - timedelta(days=30 * 366), "uncle", "", "at most 25"),
        ("Tomasz Łuczak", TODAY - timedelta(days=300), "  ", "", "who they are to the child"),
        ("Tomasz Łuczak", TODAY - timedelta(days=300), "brother", "x" * 201, "the school is at most"),
    ],
)
def test_a_household_member_given_badly_is_refused_in_one_message_and_nothing_is_written(
    school: School, name: str, born: date | None, relationship: str, school_name: str, problem: str
) -> None:
    lead = school.lead()
    entries = school.store.log.count()
    with pytest.raises(ServiceError, match="Household member not added: .*" + problem):
        add_household_member_by_upn(lead, ZOFIA, name, born, relationship, school_name)
    assert school.store.log.count() == entries


def test_only_a_lead_adds_a_household_member(school: School) -> None:
    staff = school.staff()
    with pytest.raises(NotPermitted):
        add_household_member_by_upn(staff, ZOFIA, "Tomasz Łuczak", TODAY - timedelta(days=300), "brother")


def test_a_siblings_concern_is_a_cross_reference_in_each_linked_childs_chronology_and_raises_the_household_flag(
    school: School,
) -> None:
    lead, staff = school.lead(), school.staff()
    link_by_upn(lead, load_state(lead), [ZOFIA, JAKUB])
    toddler = add_household_member_by_upn(lead, ZOFIA, "Tomasz Łuczak", TODAY - timedelta(days=500), "brother")
    first = record(staff, JAKUB, "Said his dad shouted all night", days_ago=5)
    second = record(staff, toddler.upn, "Bruise on his cheek at pick-up", days_ago=3)
    third = record(staff, ZOFIA, "Came in hungry and cold", days_ago=1)
    record(staff, AHMED, "Another family altogether", days_ago=2)
    state = load_state(lead)
    zofia = find_pupil(state, ZOFIA)
    opened = read_child_file(lead, zofia.pupil_id)
    crossed = [(row.concern_id, row.pupil_id) for row in opened.chronology if row.kind == RowKind.SIBLING]
    assert crossed == [(first, find_pupil(state, JAKUB).pupil_id), (second, toddler.pupil_id)]  # in time order
    own = [row.entry_id for row in opened.chronology if row.kind == RowKind.CONCERN]
    assert own == [third]
    json_rows = child_file_json(opened, datetime.now(UTC))["entries"]
    assert [r["child"] for r in json_rows if r["kind"] == "sibling-concern"] == ["Jakub (Kuba) Łuczak", "Tomasz Łuczak"]
    household = [f for f in opened.flags if f.code == "household"]
    assert household and household[-1].at_entry == third and second in household[-1].entry_ids  # the toddler counts
    family = read_child_file_by_upn(lead, ZOFIA, family=True)
    assert not [row for row in family.chronology if row.kind == RowKind.SIBLING]  # the family view has them as rows
    assert {first, second, third} <= {row.entry_id for row in family.chronology}


def test_a_siblings_later_concern_raises_the_household_flag_in_the_earlier_childs_file_and_queue_when_recorded(
    school: School,
) -> None:
    """Recorded about Jakub after Zofia's: a lead opening Zofia's file (read from the store, or from the workspace
    kept between refreshes) sees the household flag at Jakub's concern, naming it; Zofia's row in the queue carries
    it; the family view shows the pattern once."""
    lead, staff = school.lead(), school.staff()
    link_by_upn(lead, load_state(lead), [ZOFIA, JAKUB])
    zofias = record(staff, ZOFIA, "Came in hungry and cold; no breakfast again", days_ago=10)
    workspace = open_workspace(lead)
    zofia = find_pupil(workspace.state, ZOFIA).pupil_id
    assert [f for f in workspace.flags.get(zofia, []) if f.code == FlagCode.HOUSEHOLD] == []
    jakubs = record(staff, JAKUB, "A bruise on his upper arm; he would not say how", category="physical-abuse",
                    days_ago=1)  # fmt: skip
    record(staff, AHMED, "Another family altogether", category="physical-abuse")

    opened = read_child_file(lead, zofia)
    [flag] = [f for f in opened.flags if f.code == FlagCode.HOUSEHOLD]
    assert flag.pupil_id == zofia and flag.at_entry == jakubs and flag.entry_ids == (zofias, jakubs)
    assert flag.reason.startswith("A concern about Jakub (Kuba) Łuczak on ")
    assert "recorded as physical abuse, in the same household and within 90 days of this child's own (" in flag.reason
    [row] = [r for r in opened.chronology if r.entry_id == jakubs]
    assert row.kind == RowKind.SIBLING and opened.flags_at(jakubs) == [flag]  # shown at the cross-reference
    json_row = next(r for r in child_file_json(opened, datetime.now(UTC))["entries"] if r["entry_id"] == jakubs)
    assert [f["code"] for f in json_row["red_flags"]] == ["household"]

    refresh_workspace(lead, workspace)  # the workspace takes in Jakub's concern: Zofia's flags are evaluated again
    assert [f for f in workspace.flags[zofia] if f.code == FlagCode.HOUSEHOLD] == [flag]
    assert read_child_file(lead, zofia, state=workspace.state, flags=workspace.flags).flags == opened.flags
    [item] = [i for i in load_queue(workspace) if i.concern_id == zofias]
    assert flag.reason in item.flags
    assert read_child_file(lead, find_pupil(workspace.state, AHMED).pupil_id).flags == ()  # no one else's

    family = read_child_file_by_upn(lead, ZOFIA, family=True)
    at_jakubs = family.flags_at(jakubs)
    assert [f.code for f in at_jakubs] == [FlagCode.HOUSEHOLD] and at_jakubs[0].pupil_id != zofia  # shown once


def test_a_new_concern_on_a_closed_file_reopens_it_on_the_front_sheet(school: School) -> None:
    lead, staff = school.lead(), school.staff()
    state = load_state(lead)
    ahmed = find_pupil(state, AHMED)
    set_file_status(lead, state, ahmed.pupil_id, "closed", "Nothing for a year")
    sheet = read_child_file(lead, ahmed.pupil_id).front_sheet
    assert (sheet.file_status, sheet.reopened_by) == ("closed", ())
    concern = record(staff, AHMED, "He said his uncle hit him")
    sheet = read_child_file(lead, ahmed.pupil_id).front_sheet
    assert sheet.file_status == "open" and sheet.reopened_by == (concern,)
    assert sheet.file_status_words.startswith("Reopened by a new concern on ")
    set_file_status(lead, load_state(lead), ahmed.pupil_id, "closed", "Looked into: closed")
    assert read_child_file(lead, ahmed.pupil_id).front_sheet.reopened_by == ()  # closed again by a lead


def test_the_household_flag_counts_a_non_roll_members_concern_in_the_pure_fold() -> None:
    b = Build()
    older = b.pupil("Anna", date(2016, 1, 1))
    content = {"upn": "NR-0000-0001", "forename": "Baby", "surname": "Pelka", "date_of_birth": "2025-12-01",
               "on_roll": False, "relationship": "sister"}  # fmt: skip
    baby = b.add(EntryKind.PUPIL, content, "pupil-baby", at(-900))
    b.link("h1", [older, "pupil-baby"])
    b.concern("pupil-baby", 1, "Bruise on the baby's ear")
    later = b.concern(older, 3, "Said she is scared at home")
    state = b.state()
    assert not state.pupils["pupil-baby"].on_roll and baby
    assert [f.at_entry for f in evaluate(state)[older] if f.code == "household"] == [later]
    sheet = front_sheet(state, older)
    assert sheet.members[0].relationship.startswith("sister (not on roll")
    opened = child_file(state, older, at(4))
    assert [r.kind for r in opened.chronology].count(RowKind.SIBLING) == 1
