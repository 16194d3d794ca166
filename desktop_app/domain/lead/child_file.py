"""The child's file, assembled once: front sheet, people around the child, agencies, chronology, body-map history,
red flags, decisions, actions, referrals and transfers. The lead's window, `chronology --json`, the referral pack,
the transfer pack and the import view all read this one model (DESIGN.md, "One child's file")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from desktop_app.domain.attendance.summary import Figures, attendance_of
from desktop_app.domain.chronology.build import chronology_for, family_chronology, sibling_cross_references
from desktop_app.domain.chronology.items import ChronologyItem
from desktop_app.domain.decisions import DecisionStatus, decision_status
from desktop_app.domain.documents import Document, standing
from desktop_app.domain.households import Household, family_of, households_for
from desktop_app.domain.lead.agency_records import Referral, ReferralOutcome
from desktop_app.domain.lead.bodymap_history import BodyMapHistory, bodymap_history
from desktop_app.domain.lead.concern_records import Action
from desktop_app.domain.lead.file_facts import child_fact_values, referral_facts
from desktop_app.domain.lead.file_parts import (
    UNKNOWN_ACCOUNT,
    InjuryOccasion,
    ReferralFacts,
    StaffName,
    agency_words,
    concern_categories,
    concern_category,
    concern_marks,
    injury_occasions,
    staff_name,
    standing_agency_statuses,
    standing_decision,
)
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.lead.meetings import CurrentPlan, Meeting, current_plan
from desktop_app.domain.records import Addendum, Concern, InjuryMark, Pupil, SchoolState
from desktop_app.domain.red_flags import FlagCode, RedFlag, evaluate
from desktop_app.domain.retention import Retention, retention_of
from desktop_app.domain.triage.lead_settings import LeadSettings, settings_of
from desktop_app.domain.triage.standing import referral_chase_due

# --- front sheet -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HouseholdMember:
    """Someone in the child's household: a child (`pupil_id` set: on this school's roll, or added as not on roll)
    or an adult a lead recorded (`adult_id` set: a parent, carer or significant adult). None, and "", are what is
    not recorded: a pack prints each as a gap. `focus_of_referral` is recorded for adults only."""

    name: str
    relationship: str
    parental_responsibility: bool | None
    address: str
    school: str
    pupil_id: str = ""
    upn: str = ""
    records_held: bool = False
    date_of_birth: date | None = None
    focus_of_referral: bool | None = None
    adult_id: str = ""
    contact: str = ""
    language: str = ""
    interpreter_needed: bool | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AgencyInvolvement:
    """Another agency's current involvement (child in need, child-protection plan, looked after, early help)."""

    status: str
    words: str
    agency: str
    contact: str
    note: str
    since: datetime
    entry_id: str = ""


@dataclass(frozen=True, slots=True)
class FrontSheet:
    pupil: Pupil
    other_names: str
    household_ids: tuple[str, ...]
    members: tuple[HouseholdMember, ...]
    agencies: tuple[AgencyInvolvement, ...]
    file_status: str
    file_status_words: str
    independently_mobile: bool | None
    concerns: int
    open_concerns: int
    reopened_by: tuple[str, ...] = ()  # concerns recorded after the file was closed: it stands open again
    attendance: Figures | None = None  # over every mark imported from the MIS (None: none imported)
    retention: Retention | None = None  # how long the file is kept (domain/retention.py); set by `front_sheet`
    plan: CurrentPlan | None = None  # the plan the meetings so far put the child on (domain/lead/meetings.py)

    @property
    def persistent_absence(self) -> bool:
        """Attending below 90% of possible sessions over the marks held (domain/attendance/summary.py)."""
        return self.attendance is not None and self.attendance.persistent


def reopened_by(state: SchoolState, pupil_id: str) -> list[Concern]:
    """The concerns recorded after a child's file was closed, oldest first: a new concern reopens a closed file
    (a lead sees it in the queue and on the front sheet) until a lead closes it again."""
    closed = state.lead.closed_file(pupil_id)
    if closed is None:
        return []
    later = [c for c in state.concerns_for(pupil_id) if c.recorded_at > closed.at]
    return sorted(later, key=lambda c: (c.recorded_at, c.concern_id))


def _member_words(member: Pupil) -> str:
    born = f", born {member.date_of_birth:%d %b %Y}" if member.date_of_birth else ""
    return f"{member.relationship or 'Household member'} (not on roll{born})"


def _member_school(member: Pupil) -> str:
    return member.school or "Not at this school"


def front_sheet(state: SchoolState, pupil_id: str) -> FrontSheet:
    """The front sheet of a child's file. Raises KeyError when the child is not in the directory."""
    pupil = state.pupils[pupil_id]
    lead = state.lead
    households = households_for(lead, pupil_id)
    members = _household_members(state, pupil_id, households)
    agencies = tuple(
        AgencyInvolvement(s.status, agency_words(s.status), s.agency, s.contact, s.note, s.occurred_at, s.entry_id)
        for s in standing_agency_statuses(lead, pupil_id)
        if s.active
    )
    code, status_words, reopened = _file_status(state, pupil_id)
    mobility = lead.mobility_of(pupil_id)
    concerns = state.concerns_for(pupil_id)
    return FrontSheet(
        pupil=pupil,
        other_names=_other_names(pupil, child_fact_values(lead, pupil_id).get("other_names", "")),
        household_ids=tuple(h.household_id for h in households),
        members=tuple(members),
        agencies=agencies,
        file_status=code,
        file_status_words=status_words,
        reopened_by=tuple(c.concern_id for c in reopened),
        independently_mobile=mobility.independently_mobile if mobility else None,
        concerns=len(concerns),
        open_concerns=sum(1 for c in concerns if lead.closure(c.concern_id) is None),
        attendance=attendance_of(lead, pupil_id).figures(),
        retention=retention_of(state, pupil_id, settings_of(state).retention_years),
        plan=current_plan(lead.about(pupil_id, Meeting)),
    )


def _household_members(state: SchoolState, pupil_id: str, households: Sequence[Household]) -> list[HouseholdMember]:
    """The people around the child: the households' adults first (as a referral form lists them), then the other
    children of each household, on roll or not."""
    members: list[HouseholdMember] = []
    seen: set[str] = set()
    for household in households:  # parents, carers and significant adults first, as a referral form lists them
        for adult in household.adults:
            members.append(
                HouseholdMember(
                    adult.name, adult.relationship, adult.parental_responsibility, adult.address, adult.school,
                    date_of_birth=adult.date_of_birth, focus_of_referral=adult.focus_of_referral,
                    adult_id=adult.adult_id, contact=adult.contact, language=adult.language,
                    interpreter_needed=adult.interpreter_needed, notes=adult.notes,
                )
            )  # fmt: skip
    for household in households:
        for other_id in sorted(household.pupil_ids - {pupil_id} - seen):
            seen.add(other_id)
            other = state.pupils.get(other_id)
            year = f", year {other.year_group}" if other and other.year_group else ""
            on_roll = other is None or other.on_roll
            members.append(
                HouseholdMember(
                    name=other.full_name if other else "(a child not in the directory)",
                    relationship="Sibling (same household)" if on_roll or other is None else _member_words(other),
                    parental_responsibility=None,
                    address=other.address if other else "",
                    school=f"{state.school_name or 'This school'}{year}"
                    if on_roll or other is None
                    else _member_school(other),
                    pupil_id=other_id,
                    upn=other.upn if other else "",
                    records_held=bool(state.concerns_for(other_id)),
                    date_of_birth=other.date_of_birth if other else None,
                )
            )
    return members


def _file_status(state: SchoolState, pupil_id: str) -> tuple[str, str, list[Concern]]:
    """The file's status code and its words (a closed file a new concern reopened is open again), and the concerns
    that reopened it."""
    lead = state.lead
    file_status = lead.file_status_of(pupil_id)
    code = file_status.status if file_status else FileStatusCode.OPEN.value
    try:
        status_words = FileStatusCode(code).words
    except ValueError:
        status_words = code
    reopened = reopened_by(state, pupil_id)
    if reopened:
        closed = lead.closed_file(pupil_id)
        assert closed is not None
        code = FileStatusCode.OPEN.value
        status_words = (
            f"Reopened by a new concern on {reopened[0].recorded_at:%d %b %Y} (the file was closed on "
            f"{closed.occurred_at:%d %b %Y})"
        )
    return code, status_words, reopened


def _other_names(pupil: Pupil, recorded: str) -> str:
    """The name the roster says the child is known by (when not their forename), then what a lead recorded."""
    known_as = pupil.preferred_name if pupil.preferred_name and pupil.preferred_name != pupil.forename else ""
    return "; ".join(part for part in (known_as, recorded.strip()) if part)


# --- the whole file ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConcernStatus:
    """Where one concern stands with the leads; its marks and addenda as the file reads them."""

    concern: Concern
    category: str
    acknowledged_by: str
    acknowledged_at: datetime | None
    owner_id: str
    decision: DecisionStatus | None
    closed_outcome: str | None
    marks: tuple[InjuryMark, ...] = ()
    addenda: tuple[Addendum, ...] = ()
    other_children: tuple[str, ...] = ()  # the other children the concern names, by name
    categories: tuple[str, ...] = ()  # every category as it stands, the main one (`category`) first


@dataclass(frozen=True, slots=True)
class ReferralStatus:
    referral: Referral
    outcome: ReferralOutcome | None
    chase_due: datetime | None
    chase_now: bool


@dataclass(frozen=True, slots=True)
class ActionStatus:
    action: Action
    done: bool
    overdue: bool


@dataclass(frozen=True, slots=True)
class ChildFile:
    """Everything known about a child, as a lead sees it on opening the file and as every pack prints it. With
    `family`, the chronology and flags cover every child of the child's households (`pupil_ids`, the child first).

    `occasions` are the body-map pages (each concern with marks), `decision` the decision a pack stands on
    (`file_parts.standing_decision`), `referral_facts` what a referral form asks beyond the roster, as leads
    recorded it (`file_facts`; each unrecorded field a gap), `staff` every member of staff as named, `zone` the
    school's time zone."""

    front_sheet: FrontSheet
    pupil_ids: tuple[str, ...]
    chronology: tuple[ChronologyItem, ...]
    flags: tuple[RedFlag, ...]
    bodymap: BodyMapHistory
    concerns: tuple[ConcernStatus, ...]
    referrals: tuple[ReferralStatus, ...]
    actions: tuple[ActionStatus, ...]
    settings: LeadSettings
    pupil_names: dict[str, str]
    school_name: str = ""
    occasions: tuple[InjuryOccasion, ...] = ()
    decision: DecisionStatus | None = None
    referral_facts: ReferralFacts = field(default_factory=ReferralFacts)
    staff: dict[str, StaffName] = field(default_factory=dict)
    zone: tzinfo = UTC
    meetings: tuple[Meeting, ...] = ()  # oldest first; each plan's actions are in `actions` (`Action.meeting_id`)

    def plan_actions(self, meeting_id: str) -> tuple[ActionStatus, ...]:
        return tuple(a for a in self.actions if a.action.meeting_id == meeting_id)

    documents: tuple[Document, ...] = ()  # attached by leads and not withdrawn, oldest first (bytes read on demand)

    def flags_at(self, entry_id: str) -> list[RedFlag]:
        return [f for f in self.flags if f.at_entry == entry_id]

    def who(self, account_id: str) -> StaffName:
        """A member of staff as the file names them."""
        return self.staff.get(account_id, UNKNOWN_ACCOUNT)


def _at_siblings(state: SchoolState, flag: RedFlag, pupil_ids: Sequence[str]) -> bool:
    """A household flag raised in one child's file at a concern about another child shown in the same view (the
    family chronology): that child has the same pattern as their own household flag at that concern."""
    if flag.code != FlagCode.HOUSEHOLD:
        return False
    concern = state.concerns.get(flag.at_entry)
    return concern is not None and concern.pupil_id != flag.pupil_id and concern.pupil_id in pupil_ids


def child_file(
    state: SchoolState,
    pupil_id: str,
    now: datetime,
    *,
    family: bool = False,
    region_name: object = None,
    tz: tzinfo | None = None,
    flags: Mapping[str, Sequence[RedFlag]] | None = None,
) -> ChildFile:
    """Assemble a child's file from a state holding at least the child's (and, for flags, the siblings') entries.
    `flags` are red flags already evaluated on `state` (the lead's workspace keeps them); without, they are
    evaluated for the children shown. `tz` is the zone for "today" (overdue actions, referral chases) and for
    times written inside the chronology's words; default the school's (LeadSettings.time_zone)."""
    settings = settings_of(state)
    zone = tz or settings.zone
    sheet = front_sheet(state, pupil_id)
    pupil_ids = tuple(family_of(state.lead, pupil_id)) if family else (pupil_id,)
    siblings = tuple(family_of(state.lead, pupil_id)[1:])
    chronology = _chronology(state, pupil_id, pupil_ids, siblings, family, region_name, zone)
    shown = _flags_shown(state, pupil_id, pupil_ids, flags, settings)
    lead = state.lead
    concerns = _concerns(state, pupil_id)
    referrals = _referrals(state, pupil_id, settings, zone, now)
    actions = _actions(lead, pupil_id, now.astimezone(zone).date())
    return ChildFile(
        front_sheet=sheet,
        pupil_ids=pupil_ids,
        chronology=tuple(chronology),
        flags=shown,
        bodymap=bodymap_history(state, pupil_id),
        concerns=tuple(concerns),
        referrals=tuple(referrals),
        actions=tuple(actions),
        settings=settings,
        pupil_names={p: state.pupils[p].full_name if p in state.pupils else "" for p in (*pupil_ids, *siblings)},
        school_name=state.school_name,
        occasions=injury_occasions(state, state.concerns_for(pupil_id)),
        decision=standing_decision(state, pupil_id),
        referral_facts=referral_facts(lead, pupil_id),
        staff={account_id: staff_name(state, account_id) for account_id in state.staff},
        zone=zone,
        meetings=tuple(sorted(lead.about(pupil_id, Meeting), key=lambda m: (m.held_on, m.at, m.entry_id))),
        documents=tuple(standing(lead.about(pupil_id, Document), lead.documents_withdrawn)),
    )


def _chronology(
    state: SchoolState,
    pupil_id: str,
    pupil_ids: tuple[str, ...],
    siblings: tuple[str, ...],
    family: bool,
    region_name: object,
    zone: tzinfo,
) -> list[ChronologyItem]:
    """The household's chronology merged, or the child's own with each sibling's concern as a cross-reference."""
    if family:
        chronology = family_chronology(state, pupil_ids, region_name, zone)
    else:  # the child's own rows, and each sibling's concern as a cross-reference where it happened
        chronology = chronology_for(state, pupil_id, region_name, zone) + sibling_cross_references(
            state, siblings, region_name, zone
        )
        chronology.sort(key=lambda item: (item.occurred_at, item.recorded_at, item.entry_id))
    return chronology


def _flags_shown(
    state: SchoolState,
    pupil_id: str,
    pupil_ids: tuple[str, ...],
    flags: Mapping[str, Sequence[RedFlag]] | None,
    settings: LeadSettings,
) -> tuple[RedFlag, ...]:
    """The red flags of the children shown (evaluated here unless given), each once, in the order they happened."""
    by_pupil = flags if flags is not None else evaluate(state, settings.red_flags, pupil_ids)
    if len(pupil_ids) == 1:  # one child's flags are kept in this order already (red_flags.evaluate)
        return tuple(by_pupil.get(pupil_id, ()))
    # a household flag one child has at a sibling's concern is the sibling's own flag there, shown once
    return tuple(
        sorted(
            (f for p in pupil_ids for f in by_pupil.get(p, ()) if not _at_siblings(state, f, pupil_ids)),
            key=lambda f: (f.occurred_at, f.at_entry),
        )
    )


def _concerns(state: SchoolState, pupil_id: str) -> list[ConcernStatus]:
    """Where each of the child's concerns stands, in the order they happened."""
    lead = state.lead
    concerns = []
    for concern in sorted(state.concerns_for(pupil_id), key=lambda c: (c.occurred_at, c.concern_id)):
        ack = lead.acknowledgement(concern.concern_id)
        decision = lead.latest_decision(concern.concern_id)
        closure = lead.closure(concern.concern_id)
        concerns.append(
            ConcernStatus(
                concern,
                concern_category(state, concern),
                ack.by if ack else "",
                ack.at if ack else None,
                lead.owner_of(concern.concern_id),
                decision_status(state, decision.entry_id) if decision else None,
                closure.outcome if closure else None,
                concern_marks(state, concern),
                tuple(state.addenda.get(concern.concern_id, ())),
                tuple(state.pupils[p].full_name for p in concern.other_children if p in state.pupils),
                concern_categories(state, concern),
            )
        )
    return concerns


def _referrals(
    state: SchoolState, pupil_id: str, settings: LeadSettings, zone: tzinfo, now: datetime
) -> list[ReferralStatus]:
    """The child's referrals with their outcomes, and when each is to be chased (overdue at `now`)."""
    lead = state.lead
    referrals = []
    for referral in sorted(lead.about(pupil_id, Referral), key=lambda r: (r.occurred_at, r.at, r.entry_id)):
        due = referral_chase_due(state, referral.entry_id, settings, zone)
        outcome = lead.referral_outcome(referral.entry_id)
        referrals.append(ReferralStatus(referral, outcome, due, due is not None and now > due))
    return referrals


def _actions(lead: LeadRecords, pupil_id: str, today: date) -> list[ActionStatus]:
    """The actions set for the child, by due date, each done or not and overdue or not."""
    actions = []
    for action in sorted(lead.about(pupil_id, Action), key=lambda a: (a.due or date.max, a.entry_id)):
        done = lead.action_done(action.entry_id) is not None
        actions.append(ActionStatus(action, done, not done and action.due is not None and action.due < today))
    return actions
