"""Leavers (issue 14, item 4): the 5-school-day clock from the day a child left, leavers noticed at roster import,
their files and their brothers' and sisters' on the queue, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold
from desktop_app.domain.leavers import (
    current_leavers,
    files_to_send,
    school_days_words,
    send_by,
    siblings_to_check,
)
from desktop_app.domain.roster import parse_roster
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.directory import import_roster, preview_roster
from desktop_app.services.errors import ServiceError
from desktop_app.services.households import link_by_upn
from desktop_app.services.leavers import Leaving, LeavingDateNeeded
from desktop_app.services.state import load_state
from desktop_app.services.transfer import export_transfer
from desktop_app.services.triage import save_settings
from tests.conftest import ROSTER_CSV, School
from tests.unit.test_triage import record

ZOFIA, JAKUB, AHMED, SEYMA = "A123456789012", "A123456789013", "B123456789014", "C123456789015"
FRIDAY = date(2026, 12, 4)
PDF_PASSWORD = "decompose overact wrecker unglue drainpipe trillion prudishly"
PASSWORD = "ravine tassel unmarked gumdrop catalyst oblong whiff"


def without(*upns: str) -> bytes:
    """The test roster with the pupils of `upns` left out."""
    return b"\n".join(line for line in ROSTER_CSV.split(b"\n") if not any(u.encode() in line for u in upns))


# --- the school-day clock ----------------------------------------------------------------------------------------


def test_the_file_is_due_five_school_days_after_the_day_the_child_left() -> None:
    assert send_by(FRIDAY) == date(2026, 12, 11)  # Mon..Fri of the next week
    assert send_by(FRIDAY + timedelta(days=1)) == date(2026, 12, 11)  # left on a Saturday: the same Friday
    assert send_by(FRIDAY, {date(2026, 12, 7)}) == date(2026, 12, 14)  # an INSET day on the Monday
    christmas = {date(2026, 12, 21) + timedelta(days=n) for n in range(14)}
    assert send_by(date(2026, 12, 18), christmas) == date(2027, 1, 8)  # closed 21 Dec to 3 Jan
    assert "no closure days are recorded" in school_days_words(())
    assert "2 recorded closure days" in school_days_words({date(2026, 12, 7), date(2026, 12, 8)})


# --- who has left ------------------------------------------------------------------------------------------------

T0 = datetime(2026, 9, 1, 8, tzinfo=UTC)
PUPIL = "0190a0a0-0000-7000-8000-00000000000a"


def _pupil(at: datetime) -> OpenedEntry:
    content = {"upn": ZOFIA, "forename": "Zofia", "surname": "Ł", "date_of_birth": "2017-03-04", "year_group": "4"}
    return OpenedEntry(f"0190a0a0-0000-7000-8000-{int(at.timestamp()):012d}", EntryKind.PUPIL, PUPIL, "l", at, at,
                       content)  # fmt: skip


def _left(day: date, at: datetime, entry_id: str = "0190a0a0-0000-7000-8000-0000000000f1") -> OpenedEntry:
    return OpenedEntry(entry_id, EntryKind.PUPIL_LEFT, PUPIL, "l", at, at, {"left_on": day.isoformat()})


def _concern(at: datetime, pupil: str = PUPIL, entry_id: str = "0190a0a0-0000-7000-8000-0000000000c1") -> OpenedEntry:
    return OpenedEntry(entry_id, EntryKind.CONCERN, pupil, "s", at, at, {"category": "neglect", "what_happened": "x"})


def test_a_leaver_is_a_leaver_until_a_later_roster_entry_brings_them_back() -> None:
    left = _left(FRIDAY, T0 + timedelta(days=100))
    state = fold([_pupil(T0), left])
    assert set(current_leavers(state, state.transfers.left.values())) == {PUPIL}
    back = fold([_pupil(T0), left, _pupil(T0 + timedelta(days=101))])
    assert current_leavers(back, back.transfers.left.values()) == {}
    odd = fold([_pupil(T0), OpenedEntry("e", EntryKind.PUPIL_LEFT, PUPIL, "l", T0, T0, {"left_on": "soon"})])
    assert odd.transfers.left == {}, "a leaving date the app did not write is not one"


def test_only_a_leaver_with_a_file_not_yet_sent_is_asked_for() -> None:
    at = T0 + timedelta(days=100)
    no_file = fold([_pupil(T0), _left(FRIDAY, at)])
    assert files_to_send(no_file, no_file.transfers.left.values(), FRIDAY) == []
    state = fold([_pupil(T0), _concern(T0 + timedelta(days=3)), _left(FRIDAY, at)])
    [due] = files_to_send(state, state.transfers.left.values(), date(2026, 12, 14))
    assert due.due == date(2026, 12, 11) and due.overdue
    sent = OpenedEntry("0190a0a0-0000-7000-8000-0000000000e1", EntryKind.TRANSFER_OUT, PUPIL, "l", at, at,
                       {"transfer_id": "t", "to_school": "Riverside"})  # fmt: skip
    done = fold([_pupil(T0), _concern(T0 + timedelta(days=3)), _left(FRIDAY, at), sent])
    assert files_to_send(done, done.transfers.left.values(), FRIDAY) == []
    assert siblings_to_check([due]) == []


def test_a_leaving_date_written_by_a_roster_entry_from_a_received_file_is_not_one() -> None:
    """A `pupil.left` inside a file received from another school is that school's: it starts no clock here."""
    record = {"entry_id": "x", "kind": EntryKind.PUPIL_LEFT, "occurred_at": 0, "recorded_at": 0, "author": "A",
              "hash": "00", "content": {"left_on": "2026-01-05"}}  # fmt: skip
    received = OpenedEntry("0190a0a0-0000-7000-8000-0000000000d1", EntryKind.TRANSFER_IN, PUPIL, "l", T0, T0,
                           {"transfer_id": "t", "from_school": "Oakfield", "records": [record]})  # fmt: skip
    state = fold([_pupil(T0), _concern(T0), received])
    assert state.transfers.left == {} and files_to_send(state, state.transfers.left.values(), FRIDAY) == []


def test_the_roster_reads_a_leaving_date_column_and_refuses_one_in_the_future() -> None:
    data = ROSTER_CSV.replace(b"postcode\n", b"postcode,Date of Leaving\n", 1).replace(b"CV1 2AB\n", b"CV1 2AB,\n")
    data = data.replace(b"CV2 3CD\n", b"CV2 3CD,04/12/2026\n").replace(b"CV3 4EF\n", b"CV3 4EF,\n")
    rows = {r.upn: r.leaving_date for r in parse_roster(data, today=date(2026, 12, 6))}
    assert rows == {ZOFIA: None, JAKUB: None, AHMED: FRIDAY, SEYMA: None}
    with pytest.raises(Exception, match="in the future"):
        parse_roster(data, today=date(2026, 12, 1))


# --- roster import through the services -----------------------------------------------------------------------


def test_pupils_missing_from_a_new_file_are_reported_not_passed_over(school: School) -> None:
    lead = school.lead()
    preview = preview_roster(lead, without(ZOFIA, JAKUB))
    assert (preview.added, preview.updated, preview.unchanged) == (0, 0, 2)
    assert sorted(m.upn for m in preview.missing) == sorted([JAKUB, ZOFIA])
    summary = import_roster(lead, without(ZOFIA, JAKUB))  # code importing a partial file: reported only
    assert sorted(m.upn for m in summary.missing) == sorted([JAKUB, ZOFIA]) and summary.left == ()
    assert "2 pupil(s) on roll are not in this file" in summary.words


def test_missing_pupils_without_a_leaving_date_stop_the_whole_import(school: School) -> None:
    lead = school.lead()
    before = school.store.log.count()
    changed = without(ZOFIA).replace(b"Jakub,", b"Kuba,")
    with pytest.raises(LeavingDateNeeded, match="Zofia") as refused:
        import_roster(lead, changed, leaving=Leaving())
    assert [m.upn for m in refused.value.missing] == [ZOFIA]
    with pytest.raises(ServiceError, match="in the future"):
        import_roster(lead, changed, leaving=Leaving(everyone_on=date.today() + timedelta(days=1)))
    with pytest.raises(ServiceError, match=JAKUB):
        import_roster(lead, changed, leaving=Leaving({JAKUB: FRIDAY, ZOFIA: FRIDAY}))
    assert school.store.log.count() == before, "all or nothing: not even Jakub's new name"
    kept = import_roster(lead, changed, leaving=Leaving(keep_on_roll=True))
    assert kept.updated == 1 and [m.upn for m in kept.missing] == [ZOFIA] and kept.left == ()


def test_a_leaver_with_a_file_is_on_the_queue_for_five_school_days_from_the_day_they_left(school: School) -> None:
    staff = school.staff()
    record(staff, ZOFIA, "Zofia came in hungry again", days_ago=20)
    record(staff, JAKUB, "Jakub has a bruise on his arm", days_ago=10)
    lead = school.lead()
    link_by_upn(lead, load_state(lead), [ZOFIA, JAKUB])
    left_on = date.today() - timedelta(days=2)
    summary = import_roster(lead, without(ZOFIA), leaving=Leaving({ZOFIA: left_on}))
    [leaver] = summary.left
    assert leaver.left_on == left_on and leaver.send_by == send_by(left_on)
    assert "Kuba) Łuczak (still on roll, has a child-protection file)" in leaver.words
    state = load_state(lead)
    queue = triage_queue(state, datetime.now(UTC))
    [send] = [i for i in queue if i.stage == Stage.SEND_FILE]
    assert send.upn == ZOFIA and send.due_at.date() == send_by(left_on)
    assert "no closure days are recorded" in send.summary and "Jakub" in send.summary
    [sibling] = [i for i in queue if i.stage == Stage.SIBLING_LEFT]
    assert sibling.upn == JAKUB and "Zofia Łuczak left on" in sibling.summary

    settings = replace(settings_of(state), closed_days=(left_on + timedelta(days=1),))  # a closure day after
    save_settings(lead, state, settings)
    later = triage_queue(load_state(lead), datetime.now(UTC))
    [send] = [i for i in later if i.stage == Stage.SEND_FILE]
    assert "1 recorded closure days" in send.summary

    out = Path(school.data_dir) / "out"
    out.mkdir()
    sent = export_transfer(lead, ZOFIA, "Riverside", out, PDF_PASSWORD, PASSWORD)
    assert sent.due_at.astimezone().date() == send_by(left_on, settings.closed_days), "from the day she left"
    after = triage_queue(load_state(lead), datetime.now(UTC))
    assert not [i for i in after if i.stage in (Stage.SEND_FILE, Stage.SIBLING_LEFT)]


def test_a_leaver_listed_again_is_back_on_roll_and_not_asked_for(school: School) -> None:
    staff = school.staff()
    record(staff, ZOFIA, "Zofia came in hungry again", days_ago=20)
    lead = school.lead()
    import_roster(lead, without(ZOFIA), leaving=Leaving(everyone_on=date.today()))
    assert [i for i in triage_queue(load_state(lead), datetime.now(UTC)) if i.stage == Stage.SEND_FILE]
    again = import_roster(lead, ROSTER_CSV, leaving=Leaving())
    assert again.returned == ("Zofia Łuczak",) and again.missing == ()
    assert not [i for i in triage_queue(load_state(lead), datetime.now(UTC)) if i.stage == Stage.SEND_FILE]
    assert import_roster(lead, ROSTER_CSV, leaving=Leaving()).unchanged == 4
