"""What a lead records of other agencies: contacts, referrals, their chases and outcomes, a child's status with them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class AgencyStatusCode(enum.StrEnum):
    """Another agency's involvement with a child, as on the front sheet."""

    CHILD_IN_NEED = "cin"
    CHILD_PROTECTION_PLAN = "cp-plan"
    LOOKED_AFTER = "looked-after"
    EARLY_HELP = "early-help"

    @property
    def words(self) -> str:
        return {
            "cin": "Child in need",
            "cp-plan": "Child-protection plan",
            "looked-after": "Looked after",
            "early-help": "Early help",
        }[self.value]


@dataclass(frozen=True, slots=True)
class AgencyContact:
    """Who at which organisation was spoken to, and what was said."""

    entry_id: str
    pupil_id: str
    concern_id: str
    occurred_at: datetime
    who: str
    organisation: str
    said: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Referral:
    entry_id: str
    pupil_id: str
    concern_id: str
    agency: str
    reference: str
    occurred_at: datetime
    expected_by: datetime
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ReferralChase:
    entry_id: str
    referral_id: str
    pupil_id: str
    note: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ReferralOutcome:
    entry_id: str
    referral_id: str
    pupil_id: str
    outcome: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AgencyStatus:
    """A status (child in need, CP plan, looked after, early help) starting (`active`) or ending."""

    entry_id: str
    pupil_id: str
    status: str
    active: bool
    agency: str
    contact: str
    note: str
    occurred_at: datetime
    by: str
    at: datetime
