"""Reading an MIS export of session marks (SIMS, Arbor, Bromcom): every mark accepted, or every problem reported.

Three shapes are read, by their headings: one row per session (UPN, date, session, mark), one row per day (UPN,
date, AM mark, PM mark), and one row per pupil with a column per session ("Mon 01/09/2026 AM", "2026-09-01 PM").
Columns the file holds beside these (names, registration groups) are never read, so nothing else reaches a record.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.attendance.codes import known_code
from desktop_app.domain.mis_csv import (
    CONTROL,
    FORMULA_START,
    CellInvalid,
    FileRefused,
    decode,
    delimiter,
    lines,
    normalise_header,
    read_day,
    read_upn,
    show,
)
from desktop_app.domain.roster import MAX_FILE_BYTES as ROSTER_MAX_BYTES

MAX_FILE_BYTES = ROSTER_MAX_BYTES  # 20 MB: 400 pupils x a school year, one row per session, is about 7 MB
MAX_MARKS = 1_000_000
MAX_PROBLEMS = 200
MAX_SPAN_DAYS = 400  # one import covers at most about a school year
MAX_CELL = 64
AM, PM = 0, 1

UPN, DATE, SESSION, MARK, AM_MARK, PM_MARK = "upn", "date", "session", "mark", "am", "pm"
#: Headings used by SIMS, Arbor and Bromcom exports and what they are read as (compared as the roster compares).
HEADER_ALIASES: dict[str, str] = {
    "UPN": UPN,
    "Unique Pupil Number": UPN,
    "Pupil UPN": UPN,
    "Student UPN": UPN,
    "Date": DATE,
    "Session Date": DATE,
    "Attendance Date": DATE,
    "Mark Date": DATE,
    "Register Date": DATE,
    "Session": SESSION,
    "AM/PM": SESSION,
    "Session Name": SESSION,
    "Register": SESSION,
    "Mark": MARK,
    "Code": MARK,
    "Attendance Mark": MARK,
    "Attendance Code": MARK,
    "Session Mark": MARK,
    "Mark Code": MARK,
    "AM": AM_MARK,
    "AM Mark": AM_MARK,
    "AM Code": AM_MARK,
    "Morning": AM_MARK,
    "Morning Mark": AM_MARK,
    "PM": PM_MARK,
    "PM Mark": PM_MARK,
    "PM Code": PM_MARK,
    "Afternoon": PM_MARK,
    "Afternoon Mark": PM_MARK,
}
_LOOKUP = {normalise_header(alias): column for alias, column in HEADER_ALIASES.items()}
_SESSIONS = {
    "am": AM, "a": AM, "morning": AM, "am session": AM, "am register": AM, "1": AM,
    "pm": PM, "p": PM, "afternoon": PM, "pm session": PM, "pm register": PM, "2": PM,
}  # fmt: skip
_DAY_NAME = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,? )?"
_GRID_HEADING = re.compile(
    _DAY_NAME + r"([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}([/.\-])[0-9]{1,2}\2[0-9]{4}) ?(am|pm)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class MarksProblem:
    """Why a file was refused. `line` 0 means the whole file."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line > 0 else self.reason


class MarksRejected(Exception):
    """The file was refused and nothing was imported; `problems` lists them (capped) and `total` counts all."""

    def __init__(self, problems: list[MarksProblem], total: int | None = None) -> None:
        self.problems = list(problems)
        self.total = len(self.problems) if total is None else total
        plural = "" if self.total == 1 else "s"
        first = f"; first: {self.problems[0]}" if self.problems else ""
        super().__init__(f"attendance refused, nothing imported: {self.total} problem{plural}{first}")

    def __reduce__(self) -> tuple[type[MarksRejected], tuple[list[MarksProblem], int]]:
        return (type(self), (self.problems, self.total))


@dataclass(slots=True)
class PupilMarks:
    """One child's marks as the file gives them: day -> [AM code, PM code] ("" where the file has none), and the
    line each child first appears on (to name it when the UPN is not on the roll)."""

    upn: str
    line: int
    days: dict[date, list[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MarksFile:
    """Every child's marks in a file, and the days it covers."""

    pupils: dict[str, PupilMarks]
    first: date
    last: date
    marks: int


class _Problems:
    def __init__(self) -> None:
        self.kept: list[MarksProblem] = []
        self.total = 0

    def add(self, line: int, reason: str) -> None:
        self.total += 1
        if len(self.kept) < MAX_PROBLEMS:
            self.kept.append(MarksProblem(line, reason))

    def reject(self) -> MarksRejected:
        problems = list(self.kept)
        if self.total > len(problems):
            problems.append(MarksProblem(0, f"and {self.total - len(problems)} more problems"))
        return MarksRejected(problems, self.total)


def _clean(raw: str, what: str) -> str:
    value = raw.strip()
    if raw[:1] in FORMULA_START or value[:1] in FORMULA_START:
        raise CellInvalid(f"{what} {show(value)} looks like a spreadsheet formula")
    if len(value) > MAX_CELL:
        raise CellInvalid(f"{what} is {len(value):,} characters long; the limit is {MAX_CELL}")
    if CONTROL.search(value):
        raise CellInvalid(f"{what} contains a control character")
    return value


def _upn(raw: str) -> str:
    return read_upn(_clean(raw, "the UPN"))


def _day(raw: str, today: date) -> date:
    day = read_day(_clean(raw, "the date"))
    if day > today:
        raise CellInvalid(f"{day:%d/%m/%Y} is in the future")
    return day


def _mark(raw: str) -> str:
    if raw.strip() == "-":  # a session with no mark, as some exports write it (not a formula)
        return ""
    value = _clean(raw, "the mark")
    if not value:
        return ""
    code = known_code(value)
    if code is None:
        raise CellInvalid(f"{show(value)} is not an attendance code (/ \\ L for present; I, M, C, E, G, N, O, U, ...)")
    return code


def _session(raw: str) -> int:
    value = " ".join(_clean(raw, "the session").casefold().replace(".", "").split())
    if value not in _SESSIONS:
        raise CellInvalid(f"{show(value)} is not a session (AM or PM)")
    return _SESSIONS[value]


class _Layout:
    """Where the columns are: `where` for named columns, `grid` for a column per session (its day and session)."""

    def __init__(self, cells: list[str], line: int, problems: _Problems) -> None:
        self.where: dict[str, int] = {}
        self.grid: list[tuple[int, date, int]] = []
        for index, heading in enumerate(cells):
            column = _LOOKUP.get(normalise_header(heading))
            if column is not None:
                if column in self.where:
                    first = cells[self.where[column]].strip()
                    problems.add(line, f"both {show(first)} and {show(heading.strip())} are read as {column}")
                self.where.setdefault(column, index)
                continue
            if m := _GRID_HEADING.fullmatch(" ".join(heading.split())):
                try:
                    self.grid.append((index, read_day(m[1]), AM if m[3].casefold() == "am" else PM))
                except ValueError as exc:
                    problems.add(line, f"heading {show(heading.strip())}: {exc}")
        where = self.where
        if UPN not in where:
            problems.add(line, "no UPN column (headings accepted: UPN, Unique Pupil Number, Pupil UPN, Student UPN)")
        self.shape = ""
        if DATE in where and SESSION in where and MARK in where:
            self.shape = "sessions"
        elif DATE in where and (AM_MARK in where or PM_MARK in where):
            self.shape = "days"
        elif self.grid:
            self.shape = "grid"
        elif UPN in where:
            problems.add(
                line,
                "the columns are not an attendance export: it needs Date, Session and Mark; or Date, AM and PM; "
                "or a column per session headed like 01/09/2026 AM",
            )


def parse_marks(data: bytes, *, today: date | None = None) -> MarksFile:
    """Every child's session marks in an MIS export, or MarksRejected naming every problem (by line)."""
    today = today or date.today()
    try:
        text = decode(data, MAX_FILE_BYTES)  # refuses a file too big, UTF-16, a workbook, binary, not UTF-8
    except FileRefused as exc:
        raise MarksRejected([MarksProblem(exc.line, exc.reason)]) from None
    problems = _Problems()
    reader = csv.reader(lines(text), delimiter=delimiter(text), quotechar='"', strict=False)
    layout: _Layout | None = None
    header_cells = 0
    taken = _Taken()
    last_line = 0
    while True:
        line = last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.add(line, f"cannot be read as CSV ({exc}); the rest of the file was not checked")
            break
        last_line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if layout is None:
            layout, header_cells = _Layout(cells, line, problems), len(cells)
            if problems.total:
                break
            continue
        if len(cells) != header_cells:
            problems.add(line, f"has {len(cells)} cells but the header has {header_cells}")
            continue
        try:
            upn = _upn(cells[layout.where[UPN]])
            found = list(_row_marks(layout, cells, today))
        except CellInvalid as exc:
            problems.add(line, str(exc))
            continue
        taken.add(upn, line, found, problems)
        if taken.marks > MAX_MARKS:
            problems.add(line, f"more than {MAX_MARKS:,} marks in one file; the rest was not checked")
            break
    _check_whole_file(layout is not None, taken, problems)
    if problems.total:
        raise problems.reject()
    return taken.marks_file()


class _Taken:
    """The marks taken in so far: by child (`pupils`), how many, and the first and last day marked. Private state:
    `_where`, the line each (UPN, day, session) was marked on."""

    def __init__(self) -> None:
        self.pupils: dict[str, PupilMarks] = {}
        self.marks = 0
        self.first_day, self.last_day = date.max, date.min
        self._where: dict[tuple[str, date, int], int] = {}

    def add(self, upn: str, line: int, found: list[tuple[date, int, str]], problems: _Problems) -> None:
        """One line's marks for a child; a session marked on an earlier line is a problem."""
        held = self.pupils.get(upn)
        if held is None:
            held = self.pupils[upn] = PupilMarks(upn, line)
        for day, session, code in found:
            key = (upn, day, session)
            if key in self._where:
                words = "AM" if session == AM else "PM"
                problems.add(line, f"{upn} {day:%d/%m/%Y} {words} is also marked on line {self._where[key]}")
                continue
            self._where[key] = line
            if not code:
                continue
            self.marks += 1
            held.days.setdefault(day, ["", ""])[session] = code
            self.first_day, self.last_day = min(self.first_day, day), max(self.last_day, day)

    def marks_file(self) -> MarksFile:
        """What was taken in, each child's days in order (children with no marks left out)."""
        for held in self.pupils.values():
            held.days = {d: held.days[d] for d in sorted(held.days)}
        return MarksFile({u: p for u, p in self.pupils.items() if p.days}, self.first_day, self.last_day, self.marks)


def _check_whole_file(has_header: bool, taken: _Taken, problems: _Problems) -> None:
    """Problems of the file as a whole: empty, no marks, or more than a school year."""
    if not has_header:
        problems.add(0, "file is empty; it needs a header line and a line for each mark")
    elif not problems.total and taken.marks == 0:
        problems.add(0, "file has no attendance marks")
    if not problems.total and (taken.last_day - taken.first_day).days >= MAX_SPAN_DAYS:
        problems.add(
            0,
            f"file runs from {taken.first_day:%d/%m/%Y} to {taken.last_day:%d/%m/%Y}; import at most {MAX_SPAN_DAYS} "
            "days (a school year) at a time",
        )


def _row_marks(layout: _Layout, cells: list[str], today: date) -> list[tuple[date, int, str]]:
    where = layout.where
    if layout.shape == "sessions":
        day = _day(cells[where[DATE]], today)
        return [(day, _session(cells[where[SESSION]]), _mark(cells[where[MARK]]))]
    if layout.shape == "days":
        day = _day(cells[where[DATE]], today)
        return [(day, s, _mark(cells[where[c]])) for c, s in ((AM_MARK, AM), (PM_MARK, PM)) if c in where]
    found = []
    for index, day, session in layout.grid:
        code = _mark(cells[index])
        if code and day > today:
            raise CellInvalid(f"a mark on {day:%d/%m/%Y}, which is in the future")
        found.append((day, session, code))
    return found
