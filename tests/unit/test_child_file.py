"""Opening one child's file from that family's entries alone: same chronology as the whole-store fold, audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain import bodymap
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.child_file import child_file
from desktop_app.services.concerns import add_addendum, check_concerns, file_state, read_child_file, record_concerns
from desktop_app.services.directory import import_roster, load_directory
from desktop_app.services.errors import NotFound, NotPermitted
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from tests.conftest import ROSTER_CSV, School

ZOFIA, JAKUB, AHMED = "A123456789012", "A123456789013", "B123456789014"


def _concern(upn: str, days_ago: int, text: str, **extra: object) -> dict:
    when = datetime.now(UTC) - timedelta(days=days_ago)
    return {"pupil": upn, "occurred_at": when.isoformat(), "category": "neglect", "what_happened": text, **extra}


def _record(session: Session, *items: dict) -> list[str]:
    directory = load_directory(session)
    return [r.entry_id for r in record_concerns(session, directory, check_concerns(directory, list(items)))]


@pytest.fixture
def recorded(school: School) -> School:
    """Concerns about three children from a member of staff, one with an injury, and a lead's addendum."""
    staff = school.staff()
    mark = {"view": "front", "x": 0.3, "y": 0.3, "type": "bruise", "size_cm": 2.5}
    ids = _record(
        staff,
        _concern(ZOFIA, 30, "Zofia came in hungry again.", other_children=[JAKUB]),
        _concern(ZOFIA, 3, "Bruise on Zofia's arm.", injuries=[mark]),
        _concern(JAKUB, 10, "Jakub said he had no breakfast."),
        _concern(AHMED, 1, "Ahmed was withdrawn all day."),
    )
    staff.close()
    lead = school.lead()
    add_addendum(lead, load_state(lead), ids[0], "Spoke to mum at pick-up; she says the fridge is empty.")
    lead.close()
    return school


def test_same_chronology_as_the_whole_store_fold(recorded: School) -> None:
    lead = recorded.lead()
    pupil = load_directory(lead).pupil_by_upn(ZOFIA)
    assert pupil is not None
    now = datetime.now(UTC)
    whole = child_file(load_state(lead), pupil.pupil_id, now, region_name=bodymap.region_name)
    opened = read_child_file(lead, pupil.pupil_id, now=now)
    assert opened.front_sheet.pupil == pupil
    items = list(opened.chronology)
    assert items == list(whole.chronology)
    assert [i.kind for i in items] == ["concern", "concern", "addendum"]  # the addendum happened today
    assert "1 injury: bruise" in items[1].summary
    assert items[0].recorded_by == "Carys Teacher (Year 1 teacher)"
    assert items[2].recorded_by == "Alice Lead (Designated safeguarding lead)"  # no job title: the role in words
    assert items[2].amends == items[0].entry_id


def test_reads_only_that_childs_records(recorded: School) -> None:
    lead = recorded.lead()
    zofia = load_directory(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    state = file_state(lead, zofia.pupil_id)
    assert list(state.pupils) == [zofia.pupil_id]
    assert {c.pupil_id for c in state.concerns.values()} == {zofia.pupil_id}
    assert len(state.concerns) == 2


def test_latest_directory_details_are_shown(recorded: School) -> None:
    lead = recorded.lead()
    import_roster(lead, ROSTER_CSV.replace(b"Zofia,\xc5\x81uczak,,", b"Zofia,Nowak,Zosia,"))
    zofia = load_directory(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    pupil = read_child_file(lead, zofia.pupil_id).front_sheet.pupil
    assert (pupil.surname, pupil.preferred_name) == ("Nowak", "Zosia")


def test_each_opening_is_written_to_the_access_audit(recorded: School) -> None:
    lead = recorded.lead()
    zofia = load_directory(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    before = recorded.store.log.count()
    read_child_file(lead, zofia.pupil_id)
    read_child_file(lead, zofia.pupil_id)
    kinds = [lead.keyring.open_content(e)["kind"] for e in recorded.store.log.sealed_entries(subject=zofia.pupil_id)]
    assert kinds.count(EntryKind.FILE_VIEWED) == 2
    assert recorded.store.log.count() == before + 3  # two audit entries and the session's batch key


def test_staff_cannot_open_a_childs_file(recorded: School) -> None:
    staff = recorded.staff()
    zofia = load_directory(staff).pupil_by_upn(ZOFIA)
    assert zofia is not None
    before = recorded.store.log.count()
    with pytest.raises(NotPermitted):
        read_child_file(staff, zofia.pupil_id)
    assert recorded.store.log.count() == before


def test_unknown_pupil_is_refused_and_nothing_is_written(recorded: School) -> None:
    lead = recorded.lead()
    before = recorded.store.log.count()
    with pytest.raises(NotFound):
        read_child_file(lead, "0190a000-0000-7000-8000-000000000000")
    assert recorded.store.log.count() == before
