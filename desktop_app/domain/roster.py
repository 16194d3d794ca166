"""Reading a school's pupil roster CSV: all rows accepted, or every problem reported and none kept."""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.records import Pupil

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_PROBLEMS = 200
MAX_AGE_YEARS = 25

#: The columns of a roster, in the order problems are reported.
COLUMNS: tuple[str, ...] = (
    "upn",
    "forename",
    "surname",
    "preferred_name",
    "date_of_birth",
    "gender",
    "year_group",
    "reg_group",
    "address",
    "postcode",
)
#: Columns a file must have; the others may be absent (their values are then empty).
REQUIRED_COLUMNS: tuple[str, ...] = ("upn", "forename", "surname", "date_of_birth", "year_group")
#: Any number of columns may map here; their non-empty values become `RosterRow.contacts`.
CONTACTS = "contacts"
#: An optional column: the day a pupil left (an MIS export of leavers holds it); a row with one is a leaver.
LEAVING = "leaving_date"

#: Longest value accepted in each column, in characters after trimming.
CELL_LIMITS: dict[str, int] = {
    "upn": 20,
    "forename": 100,
    "surname": 100,
    "preferred_name": 100,
    "date_of_birth": 20,
    "gender": 30,
    "year_group": 20,
    "reg_group": 50,
    "address": 500,
    "postcode": 16,
    CONTACTS: 200,
    LEAVING: 20,
}

#: Headings used by common UK MIS exports (SIMS, Arbor, Bromcom, ScholarPack) and what they are read as.
#: Matching ignores case, surrounding spaces and full stops, and treats spaces, hyphens and underscores alike,
#: so "Date_of_Birth", "date-of-birth" and "D.O.B." all match. The canonical names themselves always match.
HEADER_ALIASES: dict[str, str] = {
    # upn
    "UPN": "upn",
    "Unique Pupil Number": "upn",
    "Pupil UPN": "upn",
    # forename
    "Forename": "forename",
    "Legal Forename": "forename",
    "First Name": "forename",
    "Legal First Name": "forename",
    "Firstname": "forename",
    "Given Name": "forename",
    # surname
    "Surname": "surname",
    "Legal Surname": "surname",
    "Last Name": "surname",
    "Legal Last Name": "surname",
    "Lastname": "surname",
    "Family Name": "surname",
    # preferred_name
    "Preferred Forename": "preferred_name",
    "Preferred First Name": "preferred_name",
    "Preferred Name": "preferred_name",
    "Known As": "preferred_name",
    # date_of_birth
    "DOB": "date_of_birth",
    "Date of Birth": "date_of_birth",
    "Birth Date": "date_of_birth",
    "Birthdate": "date_of_birth",
    # gender
    "Gender": "gender",
    "Sex": "gender",
    "Legal Sex": "gender",
    # year_group
    "Year": "year_group",
    "Year Group": "year_group",
    "NC Year": "year_group",
    "NC Year Actual": "year_group",
    "National Curriculum Year": "year_group",
    "Curriculum Year": "year_group",
    # reg_group
    "Reg": "reg_group",
    "Reg Group": "reg_group",
    "Registration Group": "reg_group",
    "Registration Form": "reg_group",
    "Form": "reg_group",
    "Form Group": "reg_group",
    "Tutor Group": "reg_group",
    "Class": "reg_group",
    # address
    "Address": "address",
    "Address Block": "address",
    "Home Address": "address",
    "Full Address": "address",
    # postcode
    "Postcode": "postcode",
    "Post Code": "postcode",
    "Postal Code": "postcode",
    # leaving_date (optional)
    "Leaving Date": LEAVING,
    "Date of Leaving": LEAVING,
    "Date Left": LEAVING,
    "Left On": LEAVING,
    "DOL": LEAVING,
    # contacts (any number of these columns)
    "Primary Contact": CONTACTS,
    "Primary Contact Name": CONTACTS,
    "Primary Contact Telephone": CONTACTS,
    "Primary Contact Phone": CONTACTS,
    "Parent/Carer": CONTACTS,
    "Parent/Carer Name": CONTACTS,
    "Parent/Carer 1": CONTACTS,
    "Parent/Carer 2": CONTACTS,
    "Parent Carer": CONTACTS,
    "Parent 1": CONTACTS,
    "Parent 2": CONTACTS,
    "Parent/Guardian": CONTACTS,
    "Carer": CONTACTS,
    "Guardian": CONTACTS,
    "Emergency Contact": CONTACTS,
    "Home Telephone": CONTACTS,
    "Priority 1 Contact": CONTACTS,
    "Priority 2 Contact": CONTACTS,
    **{f"Contact {n}": CONTACTS for n in range(1, 5)},
    **{f"Contact {n} {kind}": CONTACTS for n in range(1, 5) for kind in ("Name", "Telephone", "Phone", "Mobile")},
}

# A cell starting with one of these is run as a formula by Excel or LibreOffice when exported again.
_FORMULA_START = frozenset("=+-@\t\r")
# A telephone number in international form is the one thing allowed to start with "+", and only in contacts.
_PHONE = re.compile(r"\+[0-9][0-9 ()\-]{5,24}")
# C0 and C1 controls, DEL, line and paragraph separators, and bidirectional overrides and isolates.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_END = re.compile(r"\r\n|\r|\n")
_UPN = re.compile(r"[A-Z][0-9]{11}[0-9A-Z]")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_UK_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")
_YEAR_NUMBER = re.compile(r"(?:year|yr|y)? ?0*([0-9]{1,2})")
_YEAR_WORDS = {
    "r": "R",
    "rec": "R",
    "reception": "R",
    "yr": "R",
    "year r": "R",
    "n": "N",
    "nursery": "N",
    "n1": "N",
    "n2": "N",
    "nursery 1": "N",
    "nursery 2": "N",
}


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One pupil as read from the file, trimmed and normalised; `line` is where the row starts in the file."""

    upn: str
    forename: str
    surname: str
    preferred_name: str
    date_of_birth: date
    gender: str
    year_group: str
    reg_group: str
    address: str
    postcode: str
    contacts: tuple[str, ...] = ()
    line: int = 0
    leaving_date: date | None = None  # the file says the pupil left on this day

    def roster_fields(self) -> dict[str, object]:
        """The fields a `Pupil` holds, keyed as `Pupil.roster_fields()`, for comparing with what is held."""
        return {name: getattr(self, name) for name in COLUMNS}

    def to_pupil(self, pupil_id: str) -> Pupil:
        return Pupil(pupil_id=pupil_id, **self.roster_fields())  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class RosterProblem:
    """Why a file was refused. `line` 0 means the whole file; an empty `column` means the whole row."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.line <= 0:
            return self.reason
        if not self.column:
            return f"line {self.line}: {self.reason}"
        return f"line {self.line}, {self.column}: {self.reason}"


class RosterRejected(Exception):
    """The file was refused; `problems` lists them (capped, the last saying how many more) and `total` counts all."""

    def __init__(self, problems: list[RosterProblem], total: int | None = None) -> None:
        self.problems = list(problems)
        self.total = len(self.problems) if total is None else total
        plural = "" if self.total == 1 else "s"
        first = f"; first: {self.problems[0]}" if self.problems else ""
        super().__init__(f"roster refused, nothing imported: {self.total} problem{plural}{first}")

    def __reduce__(self) -> tuple[type[RosterRejected], tuple[list[RosterProblem], int]]:
        return (type(self), (self.problems, self.total))


class _Invalid(ValueError):
    """A cell's value is refused; the message is the reason."""


class _Problems:
    def __init__(self) -> None:
        self.kept: list[RosterProblem] = []
        self.total = 0

    def add(self, line: int, column: str, reason: str) -> None:
        self.total += 1
        if len(self.kept) < MAX_PROBLEMS:
            self.kept.append(RosterProblem(line, column, reason))

    def reject(self) -> RosterRejected:
        problems = list(self.kept)
        if self.total > len(problems):
            problems.append(RosterProblem(0, "", f"and {self.total - len(problems)} more problems"))
        return RosterRejected(problems, self.total)


def normalise_header(heading: str) -> str:
    """The form headings are compared in: case folded, full stops dropped, runs of space, '-' and '_' as one space."""
    key = heading.strip().casefold().replace(".", "")
    key = re.sub(r"[\s_\-]+", " ", key)
    return re.sub(r" ?/ ?", "/", key).strip()


_HEADER_LOOKUP: dict[str, str] = {
    **{normalise_header(alias): column for alias, column in HEADER_ALIASES.items()},
    **{normalise_header(column): column for column in COLUMNS},
    normalise_header(CONTACTS): CONTACTS,
    normalise_header(LEAVING): LEAVING,
}


def canonical_column(heading: str) -> str | None:
    """The column a file's heading is read as, or None when it is not one the roster uses."""
    return _HEADER_LOOKUP.get(normalise_header(heading))


def _show(value: str, limit: int = 40) -> str:
    """A value quoted for a message: shortened, with control characters escaped."""
    shown = json.dumps(value if len(value) <= limit else value[:limit] + "…", ensure_ascii=False)
    return _CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", shown)


def _line_of(data: bytes, offset: int) -> int:
    prefix = data[:offset]
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def _decode(data: bytes) -> str:
    """The file as text, or RosterRejected at once when it is not a CSV file in UTF-8."""
    if len(data) > MAX_FILE_BYTES:
        mb = math.ceil(len(data) * 10 / 2**20) / 10
        raise RosterRejected([RosterProblem(0, "", f"file is {mb:.1f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        reason = "file is UTF-16 text (Excel's 'Unicode Text'); save it as CSV UTF-8"
        raise RosterRejected([RosterProblem(0, "", reason)])
    if data.startswith(b"PK\x03\x04"):
        reason = "file is a spreadsheet workbook (.xlsx), not CSV; save it as CSV UTF-8"
        raise RosterRejected([RosterProblem(0, "", reason)])
    nul = data.find(b"\x00")
    if nul >= 0:
        reason = "file contains NUL bytes, so it is binary, not CSV text; save it as CSV UTF-8"
        raise RosterRejected([RosterProblem(_line_of(data, nul), "", reason)])
    body = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = "file is not UTF-8 text; save it as CSV UTF-8"
        raise RosterRejected([RosterProblem(_line_of(body, exc.start), "", reason)]) from None


def _lines(text: str) -> Iterator[str]:
    """The file's lines with their endings (CR LF, LF or CR), as slices: no second copy of the whole text."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start : end.end()]
        start = end.end()
    if start < len(text):
        yield text[start:]


def _delimiter(text: str) -> str:
    """Comma, unless the header line clearly uses semicolons or tabs instead."""
    for line in _lines(text):
        if line.strip():
            counts = {d: line.count(d) for d in (",", ";", "\t")}
            best = max(counts, key=lambda d: counts[d])  # ties go to the comma, first in the dict
            return best if counts[best] else ","
    return ","


def _check_upn(value: str, today: date) -> str:
    upn = value.upper()
    if not _UPN.fullmatch(upn):
        raise _Invalid(f"{_show(value)} is not a UPN (a letter, 11 digits, then a digit or a letter)")
    return upn


def _day_of(value: str) -> date:
    """A date written as DD/MM/YYYY or YYYY-MM-DD; one plain sentence when it is neither, or no real day."""
    if m := _ISO_DATE.fullmatch(value):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _UK_DATE.fullmatch(value):
        year, month, day = int(m[4]), int(m[3]), int(m[1])
    else:
        raise _Invalid(f"{_show(value)} is not a date; write it as DD/MM/YYYY or YYYY-MM-DD")
    try:
        return date(year, month, day)
    except ValueError:
        raise _Invalid(f"{_show(value)} is not a real date") from None


def _check_date_of_birth(value: str, today: date) -> date:
    born = _day_of(value)
    if born > today:
        raise _Invalid(f"{_show(value)} is in the future")
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > MAX_AGE_YEARS:
        raise _Invalid(f"{_show(value)} would make the pupil {age}; the oldest accepted is {MAX_AGE_YEARS}")
    return born


def _check_leaving_date(value: str, today: date) -> date:
    left = _day_of(value)
    if left > today:
        raise _Invalid(f"{_show(value)} is in the future; record a leaver once they have left")
    return left


def _check_year_group(value: str, today: date) -> str:
    key = " ".join(value.casefold().split())
    if key in _YEAR_WORDS:
        return _YEAR_WORDS[key]
    if (m := _YEAR_NUMBER.fullmatch(key)) and 1 <= int(m[1]) <= 13:
        return str(int(m[1]))
    raise _Invalid(f"{_show(value)} is not a year group (N, R, 1 to 13, 'Reception', 'Year 7')")


def _check_postcode(value: str, today: date) -> str:
    return value.upper()


def _keep(value: str, today: date) -> str:
    return value


_CHECKS: dict[str, Callable[[str, date], object]] = {
    "upn": _check_upn,
    "forename": _keep,
    "surname": _keep,
    "preferred_name": _keep,
    "date_of_birth": _check_date_of_birth,
    "gender": _keep,
    "year_group": _check_year_group,
    "reg_group": _keep,
    "address": _keep,
    "postcode": _check_postcode,
}
# Columns whose value may not be empty in any row.
_NON_EMPTY = frozenset(REQUIRED_COLUMNS)


def _clean(raw: str, column: str) -> str:
    """A cell trimmed and NFC-normalised, or _Invalid when it is hostile, too long or holds control characters."""
    value = raw.strip()
    if (raw[:1] in _FORMULA_START or value[:1] in _FORMULA_START) and not (
        column == CONTACTS and _PHONE.fullmatch(value)
    ):
        raise _Invalid("looks like a spreadsheet formula")
    limit = CELL_LIMITS[column]
    if len(value) > limit:
        raise _Invalid(f"is {len(value):,} characters long; the limit is {limit}")
    value = unicodedata.normalize("NFC", value)
    if column == "address":
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        bad = _CONTROL_BUT_NEWLINE.search(value)
    else:
        bad = _CONTROL.search(value)
    if bad:
        raise _Invalid(f"contains a control character (U+{ord(bad[0]):04X})")
    return value


def _read_header(cells: list[str], line: int, problems: _Problems) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """Where each column is, and the contact columns with their headings; header problems go to `problems`."""
    where: dict[str, int] = {}
    contacts: list[tuple[int, str]] = []
    for index, heading in enumerate(cells):
        column = canonical_column(heading)
        if column is None:
            continue
        if column == CONTACTS:
            contacts.append((index, heading.strip()))
        elif column in where:
            first = cells[where[column]].strip()
            problems.add(
                line,
                column,
                f"both {_show(first)} and {_show(heading.strip())} are read as {column}; remove or rename one",
            )
        else:
            where[column] = index
    for column in REQUIRED_COLUMNS:
        if column not in where:
            accepted = ", ".join(_show(a) for a, c in HEADER_ALIASES.items() if c == column)
            problems.add(line, column, f"required column is missing (headings accepted: {column}, {accepted})")
    return where, contacts


def parse_roster(data: bytes, *, today: date | None = None) -> list[RosterRow]:
    """Every pupil in a roster CSV, in file order; or RosterRejected listing every problem found.

    `today` is the day dates of birth are checked against (default: the real today).
    """
    today = today or date.today()
    text = _decode(data)
    problems = _Problems()
    reader = csv.reader(_lines(text), delimiter=_delimiter(text), quotechar='"', strict=False)
    header: list[str] | None = None
    header_line = 0
    where: dict[str, int] = {}
    contact_columns: list[tuple[int, str]] = []
    rows: list[RosterRow] = []
    first_line_of_upn: dict[str, int] = {}
    count = 0
    last_line = 0
    while True:
        line = last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                reason = f"a cell is longer than {csv.field_size_limit():,} characters"
            else:
                reason = f"cannot be read as CSV ({exc})"
            problems.add(line, "", f"{reason}; the rest of the file was not checked")
            break
        last_line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header, header_line = cells, line
            where, contact_columns = _read_header(cells, line, problems)
            continue
        count += 1
        if count > MAX_ROWS:
            problems.add(line, "", f"more than {MAX_ROWS:,} pupils in one file; the rest of the file was not checked")
            break
        if len(cells) != len(header):
            problems.add(line, "", f"has {len(cells)} cells but the header on line {header_line} has {len(header)}")
            continue
        values: dict[str, object] = {}
        for column in COLUMNS:
            if column not in where:
                values[column] = ""
                continue
            try:
                value = _clean(cells[where[column]], column)
                if not value:
                    if column in _NON_EMPTY:
                        raise _Invalid("is empty")
                    values[column] = ""
                    continue
                values[column] = _CHECKS[column](value, today)
                if column == "upn":
                    upn = str(values[column])
                    if upn in first_line_of_upn:
                        raise _Invalid(f"{_show(upn)} is also on line {first_line_of_upn[upn]}")
                    first_line_of_upn[upn] = line
            except _Invalid as exc:
                problems.add(line, column, str(exc))
        if LEAVING in where:
            try:
                if value := _clean(cells[where[LEAVING]], LEAVING):
                    values[LEAVING] = _check_leaving_date(value, today)
            except _Invalid as exc:
                problems.add(line, LEAVING, str(exc))
        contacts: list[str] = []
        for index, heading in contact_columns:
            try:
                if value := _clean(cells[index], CONTACTS):
                    contacts.append(value)
            except _Invalid as exc:
                problems.add(line, f"{CONTACTS} ({heading})", str(exc))
        if not problems.total:  # once anything is wrong, rows are only checked, not kept
            rows.append(RosterRow(**values, contacts=tuple(contacts), line=line))  # type: ignore[arg-type]
    if header is None:
        problems.add(0, "", "file is empty; it needs a header line and a line for each pupil")
    elif count == 0 and not problems.total:
        problems.add(header_line, "", "file has a header line but no pupils")
    if problems.total:
        raise problems.reject()
    return rows
