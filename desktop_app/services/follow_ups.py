"""A concern's referral found by the concern, and the referrals still awaiting a response."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.agency_records import Referral
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.domain.triage.standing import referral_chase_due
from desktop_app.services.errors import NotFound, ServiceError


@dataclass(frozen=True, slots=True)
class ReferralAwaiting:
    """A referral with no outcome yet: when to chase it (`chase_due`), and whether that time has passed."""

    referral: Referral
    reference: str
    pupil_name: str
    upn: str
    chase_due: datetime
    chases: int
    overdue: bool

    def to_json(self) -> dict[str, object]:
        r = self.referral
        return {
            "reference": self.reference,
            "concern_id": r.concern_id,
            "referral_id": r.entry_id,
            "upn": self.upn,
            "pupil": self.pupil_name,
            "agency": r.agency,
            "agency_reference": r.reference,
            "made_at": r.occurred_at.isoformat(),
            "expected_by": r.expected_by.isoformat(),
            "chase_due": self.chase_due.isoformat(),
            "chases": self.chases,
            "overdue": self.overdue,
        }


def referrals_awaiting(state: SchoolState, now: datetime) -> list[ReferralAwaiting]:
    """Every referral with no outcome, the one to chase first at the top (the triage queue shows the overdue)."""
    settings = settings_of(state)
    found = []
    for referral in state.lead.referrals.values():
        due = referral_chase_due(state, referral.entry_id, settings)
        if due is None:
            continue
        pupil = state.pupils.get(referral.pupil_id)
        found.append(
            ReferralAwaiting(
                referral,
                short_reference(referral.concern_id) if referral.concern_id else "",
                pupil.full_name if pupil else "(pupil not in the directory)",
                pupil.upn if pupil else "",
                due,
                len(state.lead.chases.get(referral.entry_id, ())),
                now > due,
            )
        )
    return sorted(found, key=lambda a: (a.chase_due, a.referral.entry_id))


def referral_of(state: SchoolState, concern: Concern, agency: str = "", *, awaiting: bool = True) -> Referral:
    """The one referral made about a concern (with `awaiting`, of those with no outcome yet); `agency` chooses
    among several by the agency's name (any case)."""
    reference = short_reference(concern.concern_id)
    referrals = [r for r in state.lead.referrals.values() if r.concern_id == concern.concern_id]
    if awaiting:
        referrals = [r for r in referrals if state.lead.referral_outcome(r.entry_id) is None]
    if agency.strip():
        wanted = " ".join(agency.split()).casefold()
        referrals = [r for r in referrals if " ".join(r.agency.split()).casefold() == wanted]
    if not referrals:
        which = f" to {agency.strip()}" if agency.strip() else ""
        still = " still awaiting an outcome" if awaiting else ""
        raise NotFound(f"No referral{which}{still} was recorded on {reference}.")
    if len(referrals) > 1:
        names = ", ".join(sorted({r.agency for r in referrals}))
        if len({r.agency.casefold() for r in referrals}) == len(referrals):
            raise ServiceError(f"{reference} has {len(referrals)} referrals ({names}); name one with --agency.")
        raise ServiceError(f"{reference} has {len(referrals)} referrals to {names}; record this in the window.")
    return referrals[0]
