"""A row of a chronology (ChronologyItem) and the kinds of row (RowKind)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

LATE_AFTER_HOURS = 24


class RowKind:
    """The kinds of row, for filtering; `INJURY` selects the concerns that recorded injuries."""

    CONCERN = "concern"
    INJURY = "injury"
    ADDENDUM = "addendum"
    ACKNOWLEDGEMENT = "acknowledgement"
    CATEGORY = "category"
    OWNER = "owner"
    DECISION = "decision"
    SIGN_OFF = "sign-off"
    ACTION = "action"
    ACTION_DONE = "action-done"
    AGENCY_CONTACT = "agency-contact"
    REFERRAL = "referral"
    REFERRAL_CHASED = "referral-chased"
    REFERRAL_OUTCOME = "referral-outcome"
    OUTCOME = "outcome"
    AGENCY_STATUS = "agency-status"
    FILE_STATUS = "file-status"
    TRANSFER = "transfer"
    MOBILITY = "mobility"
    ATTENDANCE = "attendance"  # session marks imported from the MIS
    MEETING = "meeting"  # a multi-agency meeting and its plan's outcome (domain/lead/meetings.py)
    DOCUMENT = "document"  # a file a lead attached (domain/documents.py)
    DOCUMENT_WITHDRAWN = "document-withdrawn"  # a lead took a document out of the file, with the reason
    SIBLING = "sibling-concern"  # a cross-reference: a concern about another child of the household

    ALL = (
        CONCERN, INJURY, ADDENDUM, ACKNOWLEDGEMENT, CATEGORY, OWNER, DECISION, SIGN_OFF, ACTION, ACTION_DONE,
        AGENCY_CONTACT, REFERRAL, REFERRAL_CHASED, REFERRAL_OUTCOME, OUTCOME, AGENCY_STATUS, FILE_STATUS, TRANSFER,
        MOBILITY, ATTENDANCE, SIBLING, MEETING, DOCUMENT, DOCUMENT_WITHDRAWN,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ChronologyItem:
    """One row: when it happened, when it was written down, what it was, and who recorded it.

    `concern_id` is the concern the row belongs to (itself for a concern row), `pupil_id` the child (which
    matters in a family chronology), `injuries` the number of marks on a concern row. A concern row also carries
    the child's own words as written, who was present, where it happened, and its outcome (its closure, else the
    decision that stands on it); other rows leave them empty.
    """

    entry_id: str
    occurred_at: datetime
    recorded_at: datetime
    kind: str
    category: str
    summary: str
    action: str
    recorded_by: str
    amends: str = ""
    pupil_id: str = ""
    concern_id: str = ""
    injuries: int = 0
    childs_words: str = ""
    present: str = ""
    location: str = ""
    outcome: str = ""
    from_school: str = ""  # a record taken in from a file received from another school (domain/imported.py)
    categories: tuple[str, ...] = ()  # every category of the concern, the main one (`category`) first
    shared_with: str = ""  # a concern's: who it was shared with, as written

    @property
    def all_categories(self) -> tuple[str, ...]:
        return self.categories or ((self.category,) if self.category else ())

    @property
    def recorded_late(self) -> bool:
        return (self.recorded_at - self.occurred_at).total_seconds() > LATE_AFTER_HOURS * 3600

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "occurred_at": self.occurred_at.isoformat(),
            "recorded_at": self.recorded_at.isoformat(),
            "kind": self.kind,
            "category": self.category,
            "categories": list(self.all_categories),
            "summary": self.summary,
            "action": self.action,
            "recorded_by": self.recorded_by,
            "amends": self.amends,
            "recorded_late": self.recorded_late,
            "pupil_id": self.pupil_id,
            "concern_id": self.concern_id,
            "injuries": self.injuries,
            "childs_words": self.childs_words,
            "present": self.present,
            "shared_with": self.shared_with,
            "location": self.location,
            "outcome": self.outcome,
            "from_school": self.from_school,
        }
