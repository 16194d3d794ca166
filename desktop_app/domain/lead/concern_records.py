"""What a lead records about a concern: acknowledgement, categories, owner, decision, sign-offs, actions, closure."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class DecisionType(enum.StrEnum):
    """What a lead decided about a concern."""

    REFER_CSC = "refer-csc"
    REFER_POLICE = "refer-police"
    EARLY_HELP = "early-help"
    MONITOR = "monitor"
    NO_FURTHER_ACTION = "no-further-action"

    @property
    def words(self) -> str:
        return _DECISION_WORDS[self]

    @property
    def refers(self) -> bool:
        """True for a referral to another agency (children's social care or police)."""
        return self in (DecisionType.REFER_CSC, DecisionType.REFER_POLICE)


_DECISION_WORDS = {
    DecisionType.REFER_CSC: "Refer to children's social care",
    DecisionType.REFER_POLICE: "Refer to police",
    DecisionType.EARLY_HELP: "Early help",
    DecisionType.MONITOR: "Monitor in school",
    DecisionType.NO_FURTHER_ACTION: "No further action",
}


def decision_words(code: str) -> str:
    """A decision code in words (an unknown code, from a newer app, as it is)."""
    try:
        return DecisionType(code).words
    except ValueError:
        return code


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    entry_id: str
    concern_id: str
    pupil_id: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class CategoryChange:
    """A lead sets or corrects a concern's category; the concern itself keeps what its author chose."""

    entry_id: str
    concern_id: str
    pupil_id: str
    category: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class OwnerAssignment:
    entry_id: str
    concern_id: str
    pupil_id: str
    owner_id: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ConcernClosure:
    """A concern closed with its outcome."""

    entry_id: str
    concern_id: str
    pupil_id: str
    outcome: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Decision:
    """A lead's decision on a concern. `open_flags` are the red-flag reasons open when it was made."""

    entry_id: str
    concern_id: str
    pupil_id: str
    decision: str
    rationale: str
    needs_second_lead: bool
    open_flags: tuple[str, ...]
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SignOff:
    """A second lead's view of a decision: agreeing completes it, disagreeing challenges it."""

    entry_id: str
    decision_id: str
    pupil_id: str
    agrees: bool
    comment: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Action:
    """Something to be done about a child by a date: owned by a member of staff (`owner_id`) or, for a meeting's
    plan, by a named person from another agency (`owner_name`, "Name (Agency)"); `meeting_id` the meeting whose
    plan it belongs to ("" for none), its `due` date then the plan's review date for it."""

    entry_id: str
    pupil_id: str
    concern_id: str
    text: str
    owner_id: str
    due: date | None
    by: str
    at: datetime
    meeting_id: str = ""
    owner_name: str = ""


@dataclass(frozen=True, slots=True)
class ActionDone:
    entry_id: str
    action_id: str
    pupil_id: str
    note: str
    by: str
    at: datetime
