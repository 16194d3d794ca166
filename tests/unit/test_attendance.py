"""Attendance beside the chronology (issue 17, item 4): the MIS export read (all or nothing, hostile input), the
marks folded per child, absence around injuries, the two attendance red flags and persistent absence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.attendance.codes import CODES, Counts, counts_as, known_code
from desktop_app.domain.attendance.csv_marks import MarksRejected, parse_marks
from desktop_app.domain.attendance.summary import ChildAttendance
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold
from desktop_app.domain.lead.file_records import AttendanceMarks
from desktop_app.domain.red_flags import FlagCode, RedFlagThresholds, evaluate
from desktop_app.services.attendance import child_attendance, import_attendance
from desktop_app.services.concerns import read_child_file_by_upn
from desktop_app.services.errors import NotPermitted
from desktop_app.services.state import load_state
from tests.conftest import School
from tests.unit.test_triage import record

TODAY = date(2026, 12, 4)
UPN, UPN2 = "A123456789012", "A123456789013"  # Zofia and Jakub in the test roster
AT = datetime(2026, 12, 4, 16, tzinfo=UTC)


def weekdays(first: date, last: date) -> list[date]:
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [d for d in days if d.weekday() < 5]


def sessions_csv(marks: dict[str, dict[date, tuple[str, str]]], heading: str = "UPN,Date,Session,Mark") -> bytes:
    """One row per session, as a SIMS or Arbor export gives them."""
    lines = [heading]
    for upn, days in marks.items():
        for day, (am, pm) in days.items():
            lines += [f"{upn},{day:%d/%m/%Y},AM,{am}", f"{upn},{day:%d/%m/%Y},PM,{pm}"]
    return ("\n".join(lines) + "\n").encode()


def present(first: date, last: date, absent: dict[date, tuple[str, str]] | None = None) -> dict:
    days = {d: ("/", "\\") for d in weekdays(first, last)}
    days.update(absent or {})
    return days


def problems(data: bytes) -> list[str]:
    with pytest.raises(MarksRejected) as caught:
        parse_marks(data, today=TODAY)
    return [str(p) for p in caught.value.problems]


# --- codes -------------------------------------------------------------------------------------------------------


def test_the_dfe_codes_count_as_the_guidance_says() -> None:
    assert counts_as("/") is counts_as("\\") is counts_as("L") is Counts.PRESENT
    assert all(counts_as(c) is Counts.UNAUTHORISED for c in "UNOG")
    assert all(counts_as(c) is Counts.AUTHORISED for c in ("I", "M", "C", "E", "C1", "C2", "R"))
    assert all(counts_as(c) is Counts.APPROVED for c in "BKPVW")
    assert all(not counts_as(c).possible for c in ("#", "X", "Y", "Z", "D", "Y3"))
    assert known_code("c1") == "C1" and known_code(" i ") == "I" and known_code("Q1") is None
    assert not counts_as("ZZ").possible  # a newer app's code counts nowhere rather than as an absence


# --- the three shapes, by their headings -------------------------------------------------------------------------


def test_one_row_per_session_with_sims_headings() -> None:
    data = (
        "Legal Surname,Legal Forename,UPN,Reg Group,Session Date,AM/PM,Attendance Mark\n"
        "Łuczak,Zofia,A123456789012,RA,02/11/2026,AM,/\n"
        "Łuczak,Zofia,A123456789012,RA,02/11/2026,PM,I\n"
        "Łuczak,Zofia,a123456789012,RA,2026-11-03,morning,n\n"
    ).encode()
    read = parse_marks(data, today=TODAY)
    days = read.pupils[UPN].days
    assert days == {date(2026, 11, 2): ["/", "I"], date(2026, 11, 3): ["N", ""]}
    assert (read.first, read.last, read.marks) == (date(2026, 11, 2), date(2026, 11, 3), 3)


def test_one_row_per_day_with_am_and_pm_columns_as_bromcom_gives_them() -> None:
    data = "Student Name;UPN;Date;AM;PM\nZofia;A123456789012;06/11/2026;/;\\\nZofia;A123456789012;09/11/2026;U;-\n"
    read = parse_marks(data.encode(), today=TODAY)
    assert read.pupils[UPN].days == {date(2026, 11, 6): ["/", "\\"], date(2026, 11, 9): ["U", ""]}


def test_a_column_per_session_as_a_marks_grid_export_gives_them() -> None:
    data = "UPN,Name,Mon 02/11/2026 AM,Mon 02/11/2026 PM,2026-11-03 AM\nA123456789012,Zofia,/,M,O\n"
    read = parse_marks(data.encode(), today=TODAY)
    assert read.pupils[UPN].days == {date(2026, 11, 2): ["/", "M"], date(2026, 11, 3): ["O", ""]}


# --- refusals, each naming its line ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A123456789012,02/11/2026,AM,Q7", 'line 2: "Q7" is not an attendance code'),
        ("A123456789012,31/11/2026,AM,/", 'line 2: "31/11/2026" is not a real date'),
        ("A123456789012,02/11/2026,noon,/", 'line 2: "noon" is not a session (AM or PM)'),
        ("NOT-A-UPN,02/11/2026,AM,/", 'line 2: "NOT-A-UPN" is not a UPN'),
        ("A123456789012,02/11/2027,AM,/", "line 2: 02/11/2027 is in the future"),
        ('A123456789012,02/11/2026,AM,=HYPERLINK("http://x")', "line 2: the mark"),
        ("A123456789012,02/11/2026,AM", "line 2: has 3 cells but the header has 4"),
    ],
)
def test_a_bad_row_refuses_the_whole_file_and_names_its_line(line: str, expected: str) -> None:
    found = problems(f"UPN,Date,Session,Mark\nA123456789013,02/11/2026,AM,/\n{line}\n".encode())
    assert len(found) == 1 and found[0].startswith(expected.replace("line 2", "line 3")), found


def test_a_session_marked_twice_names_both_lines() -> None:
    data = b"UPN,Date,Session,Mark\nA123456789012,02/11/2026,AM,/\nA123456789012,02/11/2026,AM,N\n"
    assert problems(data) == ["line 3: A123456789012 02/11/2026 AM is also marked on line 2"]


def test_files_that_are_not_attendance_exports_are_refused_with_one_reason() -> None:
    assert problems(b"") == ["file is empty; it needs a header line and a line for each mark"]
    assert "not an attendance export" in problems(b"UPN,Forename\nA123456789012,Zofia\n")[0]
    assert "no UPN column" in problems(b"Date,Session,Mark\n02/11/2026,AM,/\n")[0]
    assert "UTF-16" in problems("UPN".encode("utf-16"))[0]
    assert "workbook" in problems(b"PK\x03\x04rest")[0]
    span = sessions_csv({UPN: {date(2025, 1, 6): ("/", "\\"), date(2026, 11, 2): ("/", "\\")}})
    assert "import at most 400 days" in problems(span)[0]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes_are_read_or_refused_with_reasons_never_a_traceback(data: bytes) -> None:
    try:
        parse_marks(b"UPN,Date,Session,Mark\n" + data, today=TODAY)
    except MarksRejected as exc:
        assert exc.problems and all(str(p) for p in exc.problems)


_CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_CELL, _CELL, _CELL, _CELL), min_size=1, max_size=8))
def test_hostile_cells_are_read_or_refused_and_a_kept_mark_is_always_a_known_code(rows: list) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["UPN", "Date", "Session", "Mark"])
    writer.writerows(rows)
    try:
        read = parse_marks(out.getvalue().encode(), today=TODAY)
    except MarksRejected as exc:
        assert exc.problems
        return
    for held in read.pupils.values():
        assert all(code in CODES or code == "" for codes in held.days.values() for code in codes)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.dates(min_value=date(2026, 9, 1), max_value=date(2026, 12, 4)),
        st.tuples(st.sampled_from(sorted(CODES)), st.sampled_from([*sorted(CODES), ""])),
        min_size=1,
        max_size=40,
    )
)
def test_every_mark_written_is_read_back_as_it_was(marks: dict[date, tuple[str, str]]) -> None:
    read = parse_marks(sessions_csv({UPN: marks}).replace(b",\n", b",-\n"), today=TODAY)
    assert read.pupils[UPN].days == {d: list(m) for d, m in sorted(marks.items())}


# --- the fold and the figures ------------------------------------------------------------------------------------


def _entry(entry_id: str, days: dict[date, tuple[str, str]], at: datetime, pupil: str = "p1") -> OpenedEntry:
    ordered = sorted(days)
    content = {"import": "i", "days": [d.isoformat() for d in ordered], "am": [days[d][0] for d in ordered],
               "pm": [days[d][1] for d in ordered]}  # fmt: skip
    return OpenedEntry(entry_id, EntryKind.ATTENDANCE, pupil, "lead", at, at, content)


def test_a_later_import_replaces_a_session_it_marks_and_keeps_the_rest() -> None:
    first = _entry("e1", {date(2026, 11, 2): ("N", "N"), date(2026, 11, 3): ("/", "\\")}, AT)
    later = _entry("e2", {date(2026, 11, 2): ("I", "")}, AT + timedelta(days=1))
    for order in ([first, later], [later, first]):  # whatever order they arrive in
        state = fold(order)
        held = ChildAttendance(state.lead.about("p1", AttendanceMarks))
        assert held.marks_on(date(2026, 11, 2)) == ("I", "N")
        assert held.entry_of(date(2026, 11, 2), 0) == "e2" and held.entry_of(date(2026, 11, 2), 1) == "e1"
        figures = held.figures()
        assert figures is not None
        assert (figures.possible, figures.attended, figures.authorised, figures.unauthorised) == (4, 2, 1, 1)


def test_content_in_no_form_the_app_writes_is_passed_over() -> None:
    bad = OpenedEntry("e9", EntryKind.ATTENDANCE, "p1", "l", AT, AT, {"days": ["2026-11-02"], "am": ["/"]})
    huge = _entry("e8", {date(2025, 1, 1) + timedelta(days=n): ("/", "\\") for n in range(401)}, AT)
    state = fold([bad, huge])
    assert not state.lead.about("p1", AttendanceMarks)


def test_persistent_absence_is_below_90_percent_of_possible_sessions() -> None:
    days = present(date(2026, 9, 7), date(2026, 10, 2))  # 20 days, 40 sessions
    held = ChildAttendance([AttendanceMarks("e", "p", "i", *_columns(days), "l", AT)])
    assert held.figures().percent == 100.0 and not held.figures().persistent
    days[date(2026, 9, 7)] = ("I", "I")
    days[date(2026, 9, 8)] = ("N", "N")  # 4 of 40 missed: 90.0%, not below
    held = ChildAttendance([AttendanceMarks("e", "p", "i", *_columns(days), "l", AT)])
    assert held.figures().percent == 90.0 and not held.figures().persistent
    days[date(2026, 9, 9)] = ("/", "O")  # 5 of 40 missed: 87.5%
    held = ChildAttendance([AttendanceMarks("e", "p", "i", *_columns(days), "l", AT)])
    assert held.figures().persistent and "Persistent absence" in held.figures().words
    days[date(2026, 9, 10)] = ("#", "#")  # a closure day is not a possible session
    held = ChildAttendance([AttendanceMarks("e", "p", "i", *_columns(days), "l", AT)])
    assert held.figures().possible == 38


def _columns(days: dict[date, tuple[str, str]]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    ordered = sorted(days)
    return tuple(d.isoformat() for d in ordered), tuple(days[d][0] for d in ordered), tuple(days[d][1] for d in ordered)


def test_absence_around_a_day_is_counted_in_school_days_and_said_with_its_dates() -> None:
    days = present(date(2026, 11, 2), date(2026, 11, 20))
    days[date(2026, 11, 5)] = ("/", "I")  # Thursday before
    days[date(2026, 11, 6)] = ("N", "\\")  # Friday before
    days[date(2026, 11, 10)] = ("I", "I")  # Tuesday after a Monday injury
    held = ChildAttendance([AttendanceMarks("e", "p", "i", *_columns(days), "l", AT)])
    around = held.around(date(2026, 11, 9))
    assert around.before_days == (date(2026, 11, 4), date(2026, 11, 5), date(2026, 11, 6))
    assert around.after_days == (date(2026, 11, 10), date(2026, 11, 11), date(2026, 11, 12))
    assert around.words == (
        "Attendance: absent 2 sessions in the 3 school days before (Thu 5 Nov PM I, Fri 6 Nov AM N); "
        "absent the school day after (Tue 10 Nov AM I, Tue 10 Nov PM I)."
    )
    assert held.around(date(2026, 11, 18)).words.startswith("Attendance: present every session in the 3")
    assert held.around(date(2027, 3, 1)).words.startswith("Attendance: present every session in the 3 school days b")
    assert ChildAttendance([]).around(date(2026, 11, 9)).words == ""


# --- the red flags -----------------------------------------------------------------------------------------------


def _injury(entry_id: str, when: datetime, pupil: str = "p1") -> OpenedEntry:
    mark = {"view": "front", "x": 0.6, "y": 0.3, "region": "upper-arm-left", "type": "bruise",
            "explanation": "don't know", "given_by": "child"}  # fmt: skip
    content = {"category": "physical-abuse", "what_happened": "Bruise on the arm", "injuries": [mark]}
    return OpenedEntry(entry_id, EntryKind.CONCERN, pupil, "s", when, when, content)


def _pupil(pupil: str = "p1") -> OpenedEntry:
    content = {"upn": UPN, "forename": "Zofia", "surname": "Ł", "date_of_birth": "2016-03-04", "year_group": "5"}
    return OpenedEntry("p-entry", EntryKind.PUPIL, pupil, "l", AT - timedelta(days=400), AT - timedelta(days=400),
                       content)  # fmt: skip


def _flags(entries: list[OpenedEntry], code: str) -> list:
    state = fold([_pupil(), *entries])
    return [f for f in evaluate(state, RedFlagThresholds()).get("p1", []) if f.code == code]


def test_absence_after_two_injuries_is_flagged_at_the_second_with_the_dates() -> None:
    days = present(date(2026, 9, 7), date(2026, 11, 27))
    days[date(2026, 9, 22)] = ("I", "I")  # the school day after a Monday injury
    days[date(2026, 10, 14)] = ("N", "N")  # two school days after a Monday injury
    days[date(2026, 10, 15)] = ("N", "\\")
    first = _injury("c1", datetime(2026, 9, 21, 10, tzinfo=UTC))
    second = _injury("c2", datetime(2026, 10, 12, 10, tzinfo=UTC))
    flags = _flags([first, second, _entry("a1", days, AT)], FlagCode.ABSENCE_AFTER_INJURY)
    assert [f.at_entry for f in flags] == ["c2"]
    reason = flags[0].reason
    assert "Absent after injuries 2 times" in reason
    assert "after the injury on 21 Sep 2026: Tue 22 Sep AM I, Tue 22 Sep PM I" in reason
    assert "after the injury on 12 Oct 2026: Wed 14 Oct AM N, Wed 14 Oct PM N, Thu 15 Oct AM N" in reason
    assert set(flags[0].entry_ids) == {"c1", "c2", "a1"}


def test_one_injury_followed_by_absence_or_two_without_it_is_no_flag() -> None:
    days = present(date(2026, 9, 7), date(2026, 11, 27))
    days[date(2026, 9, 22)] = ("I", "I")
    first = _injury("c1", datetime(2026, 9, 21, 10, tzinfo=UTC))
    second = _injury("c2", datetime(2026, 10, 12, 10, tzinfo=UTC))  # present every day after
    assert not _flags([first, second, _entry("a1", days, AT)], FlagCode.ABSENCE_AFTER_INJURY)
    assert not _flags([first, second], FlagCode.ABSENCE_AFTER_INJURY)  # no attendance held: nothing to say


def test_absence_around_weekends_is_flagged_with_the_days_and_only_as_a_pattern() -> None:
    days = present(date(2026, 9, 7), date(2026, 11, 27))
    fridays_mondays = [date(2026, 9, 11), date(2026, 9, 21), date(2026, 10, 9), date(2026, 10, 19)]
    for day in fridays_mondays:
        days[day] = ("N", "N")
    concern = _injury("c1", datetime(2026, 9, 15, 10, tzinfo=UTC))
    flags = _flags([concern, _entry("a1", days, AT)], FlagCode.ABSENCE_AROUND_WEEKENDS)
    assert len(flags) == 1 and flags[0].at_entry == "a1"
    assert "4 of the 4 days missed were a Friday or a Monday (Fri 11 Sep, Mon 21 Sep, Fri 9 Oct, Mon 19 Oct)" in (
        flags[0].reason
    )
    for day in (date(2026, 9, 16), date(2026, 9, 23), date(2026, 10, 1)):  # three midweek days: 4 of 7 is 57%
        days[day] = ("I", "I")
    assert not _flags([concern, _entry("a1", days, AT)], FlagCode.ABSENCE_AROUND_WEEKENDS)


# --- through the services: all or nothing, one entry per child, the child's file --------------------------------


def test_an_import_writes_one_entry_per_child_and_the_file_shows_it(school: School) -> None:
    lead = school.lead()
    injury = {"view": "front", "x": 0.6, "y": 0.3, "region": "upper-arm-left", "type": "bruise",
              "explanation": "don't know", "given_by": "child"}  # fmt: skip
    concern = record(lead, UPN, "Bruise on the arm", occurred_at="2026-11-09T10:00:00+00:00", injuries=[injury])
    zofia = present(date(2026, 9, 7), date(2026, 11, 27), {date(2026, 11, 10): ("I", "I")})
    for day in weekdays(date(2026, 9, 7), date(2026, 9, 18)):
        zofia[day] = ("N", "N")  # ten days missed: below 90%
    data = sessions_csv({UPN: zofia, UPN2: present(date(2026, 9, 7), date(2026, 11, 27))})
    done = import_attendance(lead, data, today=TODAY)
    assert (done.children, done.first, done.last) == (2, date(2026, 9, 7), date(2026, 11, 27))
    assert done.persistent == ("Zofia Łuczak",)
    state = load_state(lead)
    zofia_id = state.pupil_by_upn(UPN).pupil_id
    assert len(state.lead.about(zofia_id, AttendanceMarks)) == 1
    assert len(state.lead.attendance) == 2
    opened = read_child_file_by_upn(lead, UPN)
    assert opened.front_sheet.persistent_absence
    row = next(r for r in opened.chronology if r.entry_id == concern)
    assert "Attendance: present every session in the 3 school days before; absent the school day after" in row.summary
    assert opened.bodymap.absence[concern] == row.summary.splitlines()[-1]
    assert any(r.kind == "attendance" for r in opened.chronology)
    seen = child_attendance(state, zofia_id)
    assert seen.figures is not None and seen.figures.persistent and len(seen.absences) == 22


def test_a_upn_not_in_the_directory_refuses_the_whole_file(school: School) -> None:
    lead = school.lead()
    data = sessions_csv({UPN: present(date(2026, 11, 2), date(2026, 11, 6)),
                         "Z999999999999": present(date(2026, 11, 2), date(2026, 11, 6))})  # fmt: skip
    with pytest.raises(MarksRejected) as caught:
        import_attendance(lead, data, today=TODAY)
    assert [str(p) for p in caught.value.problems] == [
        "line 12: Z999999999999 is not a pupil in this school's directory (import the roster first)"
    ]
    assert not load_state(lead).lead.attendance


def test_a_member_of_staff_cannot_import_attendance(school: School) -> None:
    with pytest.raises(NotPermitted):
        import_attendance(school.staff(), sessions_csv({UPN: present(date(2026, 11, 2), date(2026, 11, 6))}))


def test_a_transferred_file_does_not_carry_the_schools_attendance_marks(tmp_path: Path) -> None:
    """The marks are the sending school's MIS data: the child-protection file sent on holds none of them."""
    from desktop_app.services.transfer import import_transfer
    from tests.conftest import make_school
    from tests.unit.test_transfer import PASSWORD, send

    sending, receiving = make_school(tmp_path / "hillside"), make_school(tmp_path / "riverside")
    try:
        import_attendance(sending.lead(), sessions_csv({UPN: present(date(2026, 11, 2), date(2026, 11, 6))}))
        sent, _ids = send(sending, tmp_path / "out")
        import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
        received = load_state(receiving.lead())
        [got] = received.transfers.ins_for(received.pupil_by_upn(UPN).pupil_id)
        assert got.records and not [r for r in got.records if r.kind == EntryKind.ATTENDANCE]
        assert not received.lead.attendance
    finally:
        sending.store.close()
        receiving.store.close()
