"""The DfE attendance codes a register holds, and what each counts as (present, absent, or not a possible session)."""

from __future__ import annotations

import enum


class Counts(enum.StrEnum):
    """What a session's mark counts as in the school's attendance figures."""

    PRESENT = "present"  # in school, or late before the register closed
    APPROVED = "approved"  # at an approved educational activity off site: counted as attending
    AUTHORISED = "authorised"  # absent with the school's leave (illness, medical, exclusion, ...)
    UNAUTHORISED = "unauthorised"  # absent without leave (no reason given, late after the register closed, ...)
    NOT_COUNTED = "not-counted"  # not a possible session (school closed, not on roll, dual registered, ...)

    @property
    def absent(self) -> bool:
        return self in (Counts.AUTHORISED, Counts.UNAUTHORISED)

    @property
    def possible(self) -> bool:
        return self is not Counts.NOT_COUNTED

    @property
    def attending(self) -> bool:
        return self in (Counts.PRESENT, Counts.APPROVED)


# The DfE codes (school attendance guidance, 2024, with the codes schools' older exports still hold) in words.
# Matching is by code exactly as the register writes it, case-insensitively for the letters.
CODES: dict[str, tuple[Counts, str]] = {
    "/": (Counts.PRESENT, "present (morning)"),
    "\\": (Counts.PRESENT, "present (afternoon)"),
    "L": (Counts.PRESENT, "late, before the register closed"),
    "B": (Counts.APPROVED, "educated off site"),
    "J": (Counts.APPROVED, "at an interview"),
    "K": (Counts.APPROVED, "at education arranged by the local authority"),
    "P": (Counts.APPROVED, "at an approved sporting activity"),
    "V": (Counts.APPROVED, "on an educational visit or trip"),
    "W": (Counts.APPROVED, "on work experience"),
    "C": (Counts.AUTHORISED, "leave for other exceptional circumstances"),
    "C1": (Counts.AUTHORISED, "leave for a regulated performance or employment"),
    "C2": (Counts.AUTHORISED, "leave for a part-time timetable"),
    "E": (Counts.AUTHORISED, "suspended or excluded"),
    "H": (Counts.AUTHORISED, "authorised holiday"),
    "I": (Counts.AUTHORISED, "illness"),
    "J1": (Counts.AUTHORISED, "leave for an interview"),
    "M": (Counts.AUTHORISED, "medical or dental appointment"),
    "Q": (Counts.AUTHORISED, "unable to attend: no access arrangements"),
    "R": (Counts.AUTHORISED, "religious observance"),
    "S": (Counts.AUTHORISED, "study leave"),
    "T": (Counts.AUTHORISED, "parent travelling for work"),
    "G": (Counts.UNAUTHORISED, "holiday not authorised"),
    "N": (Counts.UNAUTHORISED, "no reason yet given"),
    "O": (Counts.UNAUTHORISED, "absent in other unauthorised circumstances"),
    "U": (Counts.UNAUTHORISED, "arrived after the register closed"),
    "D": (Counts.NOT_COUNTED, "attending the other school it is registered at"),
    "X": (Counts.NOT_COUNTED, "not required to attend (non-compulsory school age)"),
    "Y": (Counts.NOT_COUNTED, "unable to attend: exceptional circumstances"),
    **{f"Y{n}": (Counts.NOT_COUNTED, "unable to attend: exceptional circumstances") for n in range(1, 8)},
    "Z": (Counts.NOT_COUNTED, "not yet on roll"),
    "#": (Counts.NOT_COUNTED, "school closed to pupils"),
}
_BY_FOLDED = {code.casefold(): code for code in CODES}
NO_MARK = ""  # a session the file holds no mark for: counted nowhere


def known_code(text: str) -> str | None:
    """The code as the register writes it ("c1" -> "C1"), or None when it is not an attendance code."""
    return _BY_FOLDED.get(text.strip().casefold())


def counts_as(code: str) -> Counts:
    """What a mark counts as; a code this app does not know (from a newer one) or no mark is not counted."""
    found = CODES.get(code)
    return found[0] if found else Counts.NOT_COUNTED


def code_words(code: str) -> str:
    found = CODES.get(code)
    return found[1] if found else code
