"""What a lead records about a child's file as a whole: status, mobility, retention, closure, marks, facts, access."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class FileStatusCode(enum.StrEnum):
    """Where a child's child-protection file stands."""

    OPEN = "open"
    CLOSED = "closed"
    TRANSFERRED_OUT = "transferred-out"
    TRANSFERRED_IN = "transferred-in"

    @property
    def words(self) -> str:
        return self.value.replace("-", " ").capitalize()


@dataclass(frozen=True, slots=True)
class FileStatus:
    entry_id: str
    pupil_id: str
    status: str
    note: str
    occurred_at: datetime
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Mobility:
    """Whether a child is independently mobile (a child who is not: any injury is a red flag)."""

    entry_id: str
    pupil_id: str
    independently_mobile: bool
    note: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RetentionHold:
    """A lead holds a child's file past its retention date (an inquiry hold, e.g. IICSA), with the reason; a later
    entry with `lifted` set ends the hold. The latest stands (domain/retention.py)."""

    entry_id: str
    pupil_id: str
    reason: str
    lifted: bool
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RetentionReview:
    """What a lead decided at a file's retention review: keep it (with the reason and the next review date, `until`)
    or due for erasure (`keep` false, `until` None). The latest stands (domain/retention.py)."""

    entry_id: str
    pupil_id: str
    keep: bool
    reason: str
    until: date | None
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class FileClosed:
    """The signed tombstone of a child's file closed for erasure: which file (`pupil_id`, an opaque id), which
    review decided it (`review_id`), the exports made after that decision, who closed it and when. Once taken in,
    every entry about the child is left out of the fold (domain/fold.py)."""

    entry_id: str
    pupil_id: str
    review_id: str
    exports: tuple[str, ...]
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AttendanceMarks:
    """One import's session marks for one child, as the MIS gave them (domain/attendance/): `days` are ISO dates in
    order, `am` and `pm` each day's codes ("" where the file had none). Where two imports mark the same session, the
    later-recorded one stands (domain/attendance/summary.py)."""

    entry_id: str
    pupil_id: str
    import_id: str
    days: tuple[str, ...]
    am: tuple[str, ...]
    pm: tuple[str, ...]
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RecordedFacts:
    """Facts a referral form asks, as one lead entry named them: about the child (`scope` "child": ethnicity, NHS
    number, GP...) or for a referral (`scope` "referral": the views, risk, the MASH worker...; `referral_id` the
    referral, "" for the child's referral being prepared). `values` are (field, text) pairs; "" clears a field.
    A later entry corrects an earlier one field by field (domain/lead/file_facts.py)."""

    entry_id: str
    pupil_id: str
    scope: str
    referral_id: str
    values: tuple[tuple[str, str], ...]
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class FileAccess:
    """A child's file opened, exported or printed (the access audit)."""

    entry_id: str
    pupil_id: str
    kind: str
    what: str
    detail: str
    by: str
    at: datetime
