"""What every CSV export from a school's MIS that the app reads shares: decoding, lines, delimiters, headings,
dates, UPNs, hostile cells, and quoting a value in a message (the roster and attendance marks read through it)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import date

# A cell starting with one of these is run as a formula by Excel or LibreOffice when exported again.
FORMULA_START = frozenset("=+-@\t\r")
# C0 and C1 controls, DEL, line and paragraph separators, and bidirectional overrides and isolates.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
CONTROL_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_END = re.compile(r"\r\n|\r|\n")
_UPN = re.compile(r"[A-Z][0-9]{11}[0-9A-Z]")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_UK_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")


class CellInvalid(ValueError):
    """A cell's value is refused; the message is the reason."""


class FileRefused(Exception):
    """The whole file is refused before any row is read: `line` (0 for the whole file) and the reason."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def show(value: str, limit: int = 40) -> str:
    """A value quoted for a message: shortened, with control characters escaped."""
    shown = json.dumps(value if len(value) <= limit else value[:limit] + "…", ensure_ascii=False)
    return CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", shown)


def _line_of(data: bytes, offset: int) -> int:
    prefix = data[:offset]
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def decode(data: bytes, max_bytes: int) -> str:
    """The file as text, or FileRefused at once when it is too big or not a CSV file in UTF-8."""
    if len(data) > max_bytes:
        mb = math.ceil(len(data) * 10 / 2**20) / 10
        raise FileRefused(0, f"file is {mb:.1f} MB; the limit is {max_bytes // 2**20} MB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileRefused(0, "file is UTF-16 text (Excel's 'Unicode Text'); save it as CSV UTF-8")
    if data.startswith(b"PK\x03\x04"):
        raise FileRefused(0, "file is a spreadsheet workbook (.xlsx), not CSV; save it as CSV UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise FileRefused(
            _line_of(data, nul), "file contains NUL bytes, so it is binary, not CSV text; save it as CSV UTF-8"
        )
    body = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileRefused(_line_of(body, exc.start), "file is not UTF-8 text; save it as CSV UTF-8") from None


def lines(text: str) -> Iterator[str]:
    """The file's lines with their endings (CR LF, LF or CR), as slices: no second copy of the whole text."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start : end.end()]
        start = end.end()
    if start < len(text):
        yield text[start:]


def delimiter(text: str) -> str:
    """Comma, unless the header line clearly uses semicolons or tabs instead."""
    for line in lines(text):
        if line.strip():
            counts = {d: line.count(d) for d in (",", ";", "\t")}
            best = max(counts, key=lambda d: counts[d])  # ties go to the comma, first in the dict
            return best if counts[best] else ","
    return ","


def normalise_header(heading: str) -> str:
    """The form headings are compared in: case folded, full stops dropped, runs of space, '-' and '_' as one space."""
    key = heading.strip().casefold().replace(".", "")
    key = re.sub(r"[\s_\-]+", " ", key)
    return re.sub(r" ?/ ?", "/", key).strip()


def read_day(value: str) -> date:
    """A date written DD/MM/YYYY or YYYY-MM-DD (as an MIS exports it); CellInvalid with the reason otherwise."""
    if m := _ISO_DATE.fullmatch(value):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _UK_DATE.fullmatch(value):
        year, month, day = int(m[4]), int(m[3]), int(m[1])
    else:
        raise CellInvalid(f"{show(value)} is not a date; write it as DD/MM/YYYY or YYYY-MM-DD")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellInvalid(f"{show(value)} is not a real date") from None


def read_upn(value: str) -> str:
    """A Unique Pupil Number in capitals; CellInvalid when the value is not one."""
    upn = value.upper()
    if not _UPN.fullmatch(upn):
        raise CellInvalid(f"{show(value)} is not a UPN (a letter, 11 digits, then a digit or a letter)")
    return upn
