"""What a lead records about households: children linked or unlinked, the adults around them, suggestions dismissed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class HouseholdChange:
    """Children linked into (or unlinked from) a household. Written once per child, one `change_id` for all;
    `members` is everyone in the household after the change, so any one child's copy tells the whole of it."""

    entry_id: str
    change_id: str
    household_id: str
    linked: bool
    pupil_ids: tuple[str, ...]
    by: str
    at: datetime
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HouseholdAdult:
    """An adult around the children of a household; the latest entry for an `adult_id` stands."""

    entry_id: str
    adult_id: str
    household_id: str
    name: str
    relationship: str
    parental_responsibility: bool | None
    address: str
    notes: str
    removed: bool
    by: str
    at: datetime
    contact: str = ""
    language: str = ""
    interpreter_needed: bool | None = None
    date_of_birth: date | None = None
    school: str = ""
    focus_of_referral: bool | None = None


@dataclass(frozen=True, slots=True)
class SuggestionDismissed:
    """A lead's judgement that children suggested as one household are not."""

    entry_id: str
    pupil_ids: frozenset[str]
    by: str
    at: datetime
