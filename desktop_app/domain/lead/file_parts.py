"""Parts of a child's file read in one place each: a concern's category and marks, staff as named, the agency
statuses that stand, the decision a pack stands on, the body-map occasions, and the referral form's facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.decisions import DecisionStatus, decision_status
from desktop_app.domain.lead.agency_records import AgencyStatus, AgencyStatusCode, Referral
from desktop_app.domain.lead.concern_records import DecisionType
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.records import Concern, InjuryMark, Role, SchoolState

# --- one reading each --------------------------------------------------------------------------------------------


def concern_categories(state: SchoolState, concern: Concern) -> tuple[str, ...]:
    """A concern's categories as they stand, the main one first: a lead's latest correction (one category for the
    whole concern), else what its author chose. Every part of the child's file reads them through here."""
    return state.lead.categories_of(concern.concern_id, concern.categories) or (concern.category,)


def concern_category(state: SchoolState, concern: Concern) -> str:
    """A concern's main category as it stands (see `concern_categories`)."""
    return concern_categories(state, concern)[0]


def concern_marks(state: SchoolState, concern: Concern) -> tuple[InjuryMark, ...]:
    """Every mark recorded for a concern, in the order recorded. Every part of the child's file (the body-map
    history, the body-map pages of a pack, the chronology's injury words) collects a concern's marks through here."""
    return concern.injuries


@dataclass(frozen=True, slots=True)
class StaffName:
    """A member of staff as a record names them: full name and role (the job title, else the account's role)."""

    name: str
    role: str
    school: str = ""  # the school they work at, for a record received from another school (domain/imported.py)

    @property
    def words(self) -> str:
        if self.name and self.role and self.name != self.role:
            said = f"{self.name} ({self.role})"
        else:
            said = self.name or self.role
        return f"{said}, {self.school}" if self.school else said


UNKNOWN_ACCOUNT = StaffName("", "unknown account")


_ROLE_WORDS = {
    Role.LEAD: "Designated safeguarding lead",
    Role.STAFF: "Member of staff",
    Role.OVERSIGHT: "Safeguarding oversight",
}


def staff_name(state: SchoolState, account_id: str) -> StaffName:
    """A member of staff by full name and role: their job title, else what their account is, in words."""
    member = state.staff.get(account_id)
    if member is None:
        author = state.transfers.authors.get(account_id)  # who wrote a record received from another school
        if author is not None:
            return StaffName(author.name, author.role, author.school)
        return UNKNOWN_ACCOUNT
    return StaffName(member.full_name, member.job_title or _ROLE_WORDS.get(member.role, str(member.role)))


# --- agencies ----------------------------------------------------------------------------------------------------


def agency_words(code: str) -> str:
    try:
        return AgencyStatusCode(code).words
    except ValueError:
        return code


def standing_agency_statuses(lead: LeadRecords, pupil_id: str) -> list[AgencyStatus]:
    """The latest entry of each agency status (child in need, CP plan, ...), chosen by when it happened, ties by
    when it was recorded: a back-dated "CP plan ended" written after a later "started" does not end the plan."""
    latest: dict[str, AgencyStatus] = {}
    for status in sorted(lead.about(pupil_id, AgencyStatus), key=lambda s: (s.occurred_at, s.at, s.entry_id)):
        latest[status.status] = status
    return list(latest.values())


# --- the decision a pack stands on -------------------------------------------------------------------------------


def standing_decision(state: SchoolState, pupil_id: str) -> DecisionStatus | None:
    """The decision a pack about the child reports: of the decisions that stand (the latest on each concern), the
    latest that refers to another agency, else the latest of any kind (by when it was recorded)."""
    lead = state.lead
    standing = [d for c in state.concerns_for(pupil_id) if (d := lead.latest_decision(c.concern_id)) is not None]
    if not standing:
        return None
    referring = [d for d in standing if _refers(d.decision)]
    chosen = max(referring or standing, key=lambda d: (d.at, d.entry_id))
    return decision_status(state, chosen.entry_id)


def _refers(code: str) -> bool:
    try:
        return DecisionType(code).refers
    except ValueError:
        return False


def latest_referral(lead: LeadRecords, pupil_id: str) -> Referral | None:
    """The child's latest referral to another agency (by when it was made, ties by when recorded)."""
    referrals = lead.about(pupil_id, Referral)
    return max(referrals, key=lambda r: (r.occurred_at, r.at, r.entry_id)) if referrals else None


# --- body-map occasions ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InjuryOccasion:
    """The marks recorded on one occasion (one concern), for one body-map page: who recorded them and what
    happened, with each mark as recorded."""

    concern_id: str
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: StaffName
    what_happened: str
    marks: tuple[InjuryMark, ...]


def injury_occasions(state: SchoolState, concerns: list[Concern]) -> tuple[InjuryOccasion, ...]:
    """Every concern with marks, oldest first (by when it happened, then recorded)."""
    found = []
    for concern in sorted(concerns, key=lambda c: (c.occurred_at, c.recorded_at, c.concern_id)):
        marks = concern_marks(state, concern)
        if marks:
            found.append(
                InjuryOccasion(
                    concern.concern_id,
                    concern.occurred_at,
                    concern.recorded_at,
                    staff_name(state, concern.author_id),
                    concern.what_happened,
                    marks,
                )
            )
    return tuple(found)


# --- what a referral form asks beyond the roster ------------------------------------------------------------------

# Each field: its name in entries, `ReferralFacts` and JSON, and its label as a referral form asks it, in its order.
CHILD_LABELS: dict[str, str] = {
    "other_names": "Other names (known as, previous surnames)",
    "ethnicity": "Ethnicity",
    "first_language": "First language",
    "interpreter_needed": "Interpreter needed",
    "religion": "Religion",
    "disability_or_sen": "Disability / special educational needs",
    "nhs_number": "NHS number",
    "gp": "GP",
    "previous_addresses": "Previous addresses",
}
REFERRAL_LABELS: dict[str, str] = {
    "where_child_is_now": "Where the child is now",
    "safe_to_go_home": "Is it safe for the child to go home?",
    "childs_views": "The child's views",
    "parents_views": "The parents' views",
    "going_well": "What is going well",
    "parental_factors": "Parental factors (domestic abuse, mental health, substance misuse)",
    "support_offered": "Support already offered and its outcome",
    "professionals_involved": "Other professionals involved",
    "risk_and_level_of_need": "Risk against the local threshold, and level of need",
    "referrer_wants": "What the referrer wants to happen",
    "mash_worker": "MASH worker spoken to",
}


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """What a MASH referral form asks beyond the roster, as leads recorded it (domain/lead/file_facts.py: about
    the child, and for the child's latest referral). A field is None until a lead records it (or after they clear
    it); a pack prints each None as a visible gap, never as "none"."""

    other_names: str | None = None
    ethnicity: str | None = None
    first_language: str | None = None
    interpreter_needed: bool | None = None
    religion: str | None = None
    disability_or_sen: str | None = None
    nhs_number: str | None = None
    gp: str | None = None
    previous_addresses: str | None = None
    where_child_is_now: str | None = None
    safe_to_go_home: str | None = None
    childs_views: str | None = None
    parents_views: str | None = None
    going_well: str | None = None
    parental_factors: str | None = None
    support_offered: str | None = None
    professionals_involved: str | None = None
    risk_and_level_of_need: str | None = None
    referrer_wants: str | None = None
    mash_worker: str | None = None

    def child_rows(self) -> list[tuple[str, str | bool | None]]:
        """The child's details a referral form asks for, in its order."""
        return [(label, getattr(self, name)) for name, label in CHILD_LABELS.items()]

    def assessment_rows(self) -> list[tuple[str, str | bool | None]]:
        """The referrer's view a referral form asks for, in its order."""
        return [(label, getattr(self, name)) for name, label in REFERRAL_LABELS.items()]

    def to_json(self) -> dict[str, str | bool | None]:
        return {name: getattr(self, name) for name in (*CHILD_LABELS, *REFERRAL_LABELS)}
