"""Reading a school's pupil roster CSV: all rows accepted, or every problem reported and none kept."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.mis_csv import (
    CONTROL,
    CONTROL_BUT_NEWLINE,
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

# A telephone number in international form is the one thing allowed to start with "+", and only in contacts.
_PHONE = re.compile(r"\+[0-9][0-9 ()\-]{5,24}")
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


_HEADER_LOOKUP: dict[str, str] = {
    **{normalise_header(alias): column for alias, column in HEADER_ALIASES.items()},
    **{normalise_header(column): column for column in COLUMNS},
    normalise_header(CONTACTS): CONTACTS,
    normalise_header(LEAVING): LEAVING,
}


def canonical_column(heading: str) -> str | None:
    """The column a file's heading is read as, or None when it is not one the roster uses."""
    return _HEADER_LOOKUP.get(normalise_header(heading))


def _check_upn(value: str, today: date) -> str:
    return read_upn(value)


def _check_date_of_birth(value: str, today: date) -> date:
    born = read_day(value)
    if born > today:
        raise CellInvalid(f"{show(value)} is in the future")
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > MAX_AGE_YEARS:
        raise CellInvalid(f"{show(value)} would make the pupil {age}; the oldest accepted is {MAX_AGE_YEARS}")
    return born


def _check_leaving_date(value: str, today: date) -> date:
    left = read_day(value)
    if left > today:
        raise CellInvalid(f"{show(value)} is in the future; record a leaver once they have left")
    return left


def _check_year_group(value: str, today: date) -> str:
    key = " ".join(value.casefold().split())
    if key in _YEAR_WORDS:
        return _YEAR_WORDS[key]
    if (m := _YEAR_NUMBER.fullmatch(key)) and 1 <= int(m[1]) <= 13:
        return str(int(m[1]))
    raise CellInvalid(f"{show(value)} is not a year group (N, R, 1 to 13, 'Reception', 'Year 7')")


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
    """A cell trimmed and NFC-normalised, or CellInvalid when it is hostile, too long or holds control characters."""
    value = raw.strip()
    if (raw[:1] in FORMULA_START or value[:1] in FORMULA_START) and not (
        column == CONTACTS and _PHONE.fullmatch(value)
    ):
        raise CellInvalid("looks like a spreadsheet formula")
    limit = CELL_LIMITS[column]
    if len(value) > limit:
        raise CellInvalid(f"is {len(value):,} characters long; the limit is {limit}")
    value = unicodedata.normalize("NFC", value)
    if column == "address":
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        bad = CONTROL_BUT_NEWLINE.search(value)
    else:
        bad = CONTROL.search(value)
    if bad:
        raise CellInvalid(f"contains a control character (U+{ord(bad[0]):04X})")
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
                f"both {show(first)} and {show(heading.strip())} are read as {column}; remove or rename one",
            )
        else:
            where[column] = index
    for column in REQUIRED_COLUMNS:
        if column not in where:
            accepted = ", ".join(show(a) for a, c in HEADER_ALIASES.items() if c == column)
            problems.add(line, column, f"required column is missing (headings accepted: {column}, {accepted})")
    return where, contacts


def parse_roster(data: bytes, *, today: date | None = None) -> list[RosterRow]:
    """Every pupil in a roster CSV, in file order; or RosterRejected listing every problem found.

    `today` is the day dates of birth are checked against (default: the real today).
    """
    today = today or date.today()
    try:
        text = decode(data, MAX_FILE_BYTES)
    except FileRefused as exc:
        raise RosterRejected([RosterProblem(exc.line, "", exc.reason)]) from None
    problems = _Problems()
    reader = csv.reader(lines(text), delimiter=delimiter(text), quotechar='"', strict=False)
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
            problems.add(line, "", f"{_unreadable(exc)}; the rest of the file was not checked")
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
        values = _row_values(cells, line, where, first_line_of_upn, today, problems)
        contacts = _row_contacts(cells, line, contact_columns, problems)
        if not problems.total:  # once anything is wrong, rows are only checked, not kept
            rows.append(RosterRow(**values, contacts=tuple(contacts), line=line))  # type: ignore[arg-type]
    if header is None:
        problems.add(0, "", "file is empty; it needs a header line and a line for each pupil")
    elif count == 0 and not problems.total:
        problems.add(header_line, "", "file has a header line but no pupils")
    if problems.total:
        raise problems.reject()
    return rows


def _unreadable(exc: csv.Error) -> str:
    """Why the CSV reader stopped, in words."""
    if "field larger than field limit" in str(exc):
        return f"a cell is longer than {csv.field_size_limit():,} characters"
    return f"cannot be read as CSV ({exc})"


def _row_values(
    cells: list[str],
    line: int,
    where: dict[str, int],
    first_line_of_upn: dict[str, int],
    today: date,
    problems: _Problems,
) -> dict[str, object]:
    """One pupil's columns, each cleaned and checked (a UPN also against the lines before); problems are added."""
    values: dict[str, object] = {}
    for column in COLUMNS:
        if column not in where:
            values[column] = ""
            continue
        try:
            value = _clean(cells[where[column]], column)
            if not value:
                if column in _NON_EMPTY:
                    raise CellInvalid("is empty")
                values[column] = ""
                continue
            values[column] = _CHECKS[column](value, today)
            if column == "upn":
                upn = str(values[column])
                if upn in first_line_of_upn:
                    raise CellInvalid(f"{show(upn)} is also on line {first_line_of_upn[upn]}")
                first_line_of_upn[upn] = line
        except CellInvalid as exc:
            problems.add(line, column, str(exc))
    if LEAVING in where:
        try:
            if value := _clean(cells[where[LEAVING]], LEAVING):
                values[LEAVING] = _check_leaving_date(value, today)
        except CellInvalid as exc:
            problems.add(line, LEAVING, str(exc))
    return values


def _row_contacts(
    cells: list[str], line: int, contact_columns: list[tuple[int, str]], problems: _Problems
) -> list[str]:
    """The contacts in a pupil's contact columns, each cleaned; problems are added."""
    contacts: list[str] = []
    for index, heading in contact_columns:
        try:
            if value := _clean(cells[index], CONTACTS):
                contacts.append(value)
        except CellInvalid as exc:
            problems.add(line, f"{CONTACTS} ({heading})", str(exc))
    return contacts
