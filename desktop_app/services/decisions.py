"""The lead's decisions and what follows them: sign-off, actions, agency contacts, referrals, outcomes, file facts.

Every function is one user action: it checks what it is given against the lead's folded state, writes one entry
sealed to the team (and queues its oversight count: services/oversight.py), and returns the new entry's id or a
small result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.domain.decisions import check_decision, decision_status, needs_second_lead, open_flags
from desktop_app.domain.entries import EntryKind, to_millis
from desktop_app.domain.lead.agency_records import AgencyStatusCode
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.domain.oversight import MetricEvent
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.red_flags import RedFlag, evaluate
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.domain.triage.school_days import add_working_days
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.file_guard import ensure_concern_open, ensure_file_open
from desktop_app.services.oversight import record_metric
from desktop_app.services.session import Session
from desktop_app.services.triage import author_recipient, lead_accounts
from desktop_app.services.uow import UnitOfWork, now_utc

MAX_TEXT = 10_000
MAX_SHORT = 200


def _text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    value = value.strip()
    if required and not value:
        raise ServiceError(f"{what} cannot be blank.")
    if len(value) > limit:
        raise ServiceError(f"{what} is at most {limit} characters.")
    return value


def _concern(state: SchoolState, concern_id: str) -> Concern:
    concern = state.concerns.get(concern_id)
    if concern is None:
        raise NotFound("That concern is not one you can see.")
    return concern


def _pupil(state: SchoolState, pupil_id: str) -> str:
    if pupil_id not in state.pupils:
        raise NotFound("That pupil is not in this school's directory.")
    return pupil_id


def _not_future(moment: datetime | None, what: str) -> datetime:
    now = now_utc()
    moment = moment or now
    if moment.tzinfo is None:
        raise ServiceError(f"{what} needs a time zone.")
    if moment > now + timedelta(minutes=5):
        raise ServiceError(f"{what} cannot be in the future.")
    return moment


@dataclass(frozen=True, slots=True)
class DecisionRecorded:
    """A decision on disk. When it needs a second lead, `open_flags` are the red flags that made it so."""

    decision_id: str
    needs_second_lead: bool
    open_flags: tuple[RedFlag, ...]


def flags_open_on(state: SchoolState, concern_id: str) -> list[RedFlag]:
    """The red flags involving a concern that no referral has acted on yet."""
    concern = _concern(state, concern_id)
    flags = evaluate(state, settings_of(state).red_flags, [concern.pupil_id]).get(concern.pupil_id, [])
    return open_flags(state, flags, concern_id)


def record_decision(
    session: Session, state: SchoolState, concern_id: str, decision: str, rationale: str
) -> DecisionRecorded:
    """A lead's decision on a concern, with its rationale. A decision not to refer while a red flag is open is
    recorded as awaiting a second lead (it stays in the queue until a different lead signs it off). A concern not
    yet acknowledged is acknowledged with it."""
    session.require_lead()
    concern = _concern(state, concern_id)
    ensure_file_open(state, concern.pupil_id)
    ensure_concern_open(state, concern_id)
    problems = check_decision(decision, rationale)
    if problems:
        raise ServiceError("Decision not recorded: " + "; ".join(problems) + ".")
    flags = flags_open_on(state, concern_id)
    every = settings_of(state).second_look_every_decision_not_to_refer
    second = needs_second_lead(decision, flags, every_decision_not_to_refer=every)
    content = {
        "concern": concern_id,
        "decision": decision,
        "rationale": rationale.strip(),
        "needs_second_lead": second,
        "flags": [f.reason for f in flags] if second else [],
    }
    with UnitOfWork(session) as uow:
        if state.lead.acknowledgement(concern_id) is None:  # deciding acknowledges: the author is told too
            author = author_recipient(session, concern.author_id)
            also_to = [author] if author else []
            uow.record(EntryKind.ACKNOWLEDGEMENT, {"concern": concern_id}, subject=concern.pupil_id, also_to=also_to)
            record_metric(uow, session, MetricEvent.ACKNOWLEDGED, concern_id, since=concern.recorded_at)
        decision_id = uow.record(EntryKind.DECISION, content, subject=concern.pupil_id)
        earlier = [d.entry_id for d in state.lead.decisions.values() if d.concern_id == concern_id]
        record_metric(uow, session, MetricEvent.DECISION, concern_id, decision_id, replaces=earlier,
                      decision=decision, needs_second_lead=second)  # fmt: skip
        uow.commit()
    return DecisionRecorded(decision_id, second, tuple(flags) if second else ())


def sign_off_decision(
    session: Session, state: SchoolState, decision_id: str, agrees: bool = True, comment: str = ""
) -> str:
    """A second lead agrees with (completes) or challenges a decision. The decision's author cannot sign it off,
    and each lead signs a decision off once (the fold counts only each lead's first: `counted_sign_offs`)."""
    session.require_lead()
    decision = state.lead.decisions.get(decision_id)
    if decision is None:
        raise NotFound("That decision is not one you can see.")
    if decision.by == session.account_id:
        raise NotPermitted("You made this decision; a different designated lead must sign it off.")
    if any(s.by == session.account_id for s in state.lead.sign_offs.get(decision_id, ())):
        raise NotPermitted("You have already signed this decision off; each lead signs a decision off once.")
    comment = _text(comment, "A challenge needs a reason, and a comment", required=not agrees)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.SIGN_OFF,
            {"decision": decision_id, "agrees": agrees, "comment": comment},
            subject=decision.pupil_id,
        )
        record_metric(uow, session, MetricEvent.SIGN_OFF, decision.concern_id, decision_id, agrees=agrees)
        uow.commit()
    return entry_id


def latest_decision_id(state: SchoolState, concern_id: str) -> str:
    """The id of the decision that stands on a concern (what `signoff REF` signs), or NotFound in words."""
    _concern(state, concern_id)
    decision = state.lead.latest_decision(concern_id)
    if decision is None:
        raise NotFound("No decision has been recorded on that concern yet.")
    return decision.entry_id


def decision_standing(state: SchoolState, decision_id: str) -> str:
    """Where a decision stands, in words (e.g. "Monitor in school: awaiting a second lead")."""
    return decision_status(state, decision_id).words


def add_action(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    text: str,
    owner_id: str,
    due: date | None,
    concern_id: str = "",
) -> str:
    """An action for a member of staff (any active account with a profile), by a due date."""
    session.require_lead()
    _pupil(state, pupil_id)
    ensure_file_open(state, pupil_id)
    if concern_id:
        _concern(state, concern_id)
        ensure_concern_open(state, concern_id)
    text = _text(text, "An action")
    owner = session.keybook.accounts.get(owner_id)
    if owner is None or not owner.active or owner_id not in state.staff:
        raise ServiceError("An action's owner must be an active account.")
    if due is None:
        raise ServiceError("An action needs a due date.")
    content = {"text": text, "owner": owner_id, "due": due.isoformat(), "concern": concern_id}
    with UnitOfWork(session) as uow:
        action_id = uow.record(EntryKind.ACTION, content, subject=pupil_id)
        record_metric(uow, session, MetricEvent.ACTION, concern_id or action_id, action_id, due_day=due.isoformat())
        uow.commit()
    return action_id


def complete_action(session: Session, state: SchoolState, action_id: str, note: str = "") -> str:
    session.require_lead()
    action = state.lead.actions.get(action_id)
    if action is None:
        raise NotFound("That action is not one you can see.")
    if state.lead.action_done(action_id) is not None:
        raise ServiceError("That action is already done.")
    note = _text(note, "A note", required=False)
    owner = author_recipient(session, action.owner_id) if action.owner_id else None  # their "My actions" shows it
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ACTION_DONE, {"action": action_id, "note": note}, subject=action.pupil_id,
                              also_to=[owner] if owner else [])  # fmt: skip
        record_metric(uow, session, MetricEvent.ACTION_DONE, action.concern_id or action_id, action_id)
        uow.commit()
    return entry_id


def record_agency_contact(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    who: str,
    organisation: str,
    said: str,
    occurred_at: datetime | None = None,
    concern_id: str = "",
) -> str:
    """Who the lead spoke to at which organisation, and what was said (full names and roles, never initials)."""
    session.require_lead()
    _pupil(state, pupil_id)
    ensure_file_open(state, pupil_id)
    if concern_id:
        _concern(state, concern_id)
    content = {
        "who": _text(who, "Who was spoken to", limit=MAX_SHORT),
        "organisation": _text(organisation, "The organisation", limit=MAX_SHORT),
        "said": _text(said, "What was said"),
        "concern": concern_id,
    }
    when = _not_future(occurred_at, "When it happened")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.AGENCY_CONTACT, content, subject=pupil_id, occurred_at=when)
        uow.commit()
    return entry_id


def record_referral(
    session: Session,
    state: SchoolState,
    concern_id: str,
    agency: str,
    reference: str = "",
    made_at: datetime | None = None,
    expected_by: datetime | None = None,
) -> str:
    """A referral made to another agency, with its reference. The response is expected by `expected_by`, by
    default the school's setting (1 working day) after it was made; the queue asks for a chase when it slips."""
    session.require_lead()
    concern = _concern(state, concern_id)
    ensure_file_open(state, concern.pupil_id)
    ensure_concern_open(state, concern_id)
    made = _not_future(made_at, "When the referral was made")
    expected = expected_by or add_working_days(made, settings_of(state).referral_response_working_days)
    if expected < made:
        raise ServiceError("The expected response cannot be before the referral was made.")
    content = {
        "concern": concern_id,
        "agency": _text(agency, "The agency", limit=MAX_SHORT),
        "reference": _text(reference, "The agency's reference", required=False, limit=MAX_SHORT),
        "expected_by": to_millis(expected),
    }
    with UnitOfWork(session) as uow:
        referral_id = uow.record(EntryKind.REFERRAL, content, subject=concern.pupil_id, occurred_at=made)
        record_metric(uow, session, MetricEvent.REFERRAL, concern_id, referral_id, made, due=expected)
        uow.commit()
    return referral_id


def chase_referral(session: Session, state: SchoolState, referral_id: str, note: str = "") -> str:
    """Record that the lead chased a referral's response; the next reminder comes a working day later."""
    session.require_lead()
    referral = state.lead.referrals.get(referral_id)
    if referral is None:
        raise NotFound("That referral is not one you can see.")
    now = now_utc()
    next_due = add_working_days(now, settings_of(state).referral_response_working_days)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.REFERRAL_CHASED,
            {"referral": referral_id, "note": _text(note, "A note", required=False)},
            subject=referral.pupil_id,
        )
        record_metric(uow, session, MetricEvent.REFERRAL_CHASED, referral.concern_id or referral_id, referral_id,
                      now, due=next_due)  # fmt: skip
        uow.commit()
    return entry_id


def record_referral_outcome(session: Session, state: SchoolState, referral_id: str, outcome: str) -> str:
    session.require_lead()
    referral = state.lead.referrals.get(referral_id)
    if referral is None:
        raise NotFound("That referral is not one you can see.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.REFERRAL_OUTCOME,
            {"referral": referral_id, "outcome": _text(outcome, "An outcome")},
            subject=referral.pupil_id,
        )
        record_metric(uow, session, MetricEvent.REFERRAL_OUTCOME, referral.concern_id or referral_id, referral_id)
        uow.commit()
    return entry_id


def close_concern(session: Session, state: SchoolState, concern_id: str, outcome: str) -> str:
    """Close a concern with its outcome (what happened in the end); it leaves the queue and the open count."""
    session.require_lead()
    concern = _concern(state, concern_id)
    ensure_file_open(state, concern.pupil_id)
    if state.lead.closure(concern_id) is not None:
        raise ServiceError("That concern is already closed.")
    decision = state.lead.latest_decision(concern_id)
    if decision is not None:  # closing must not be the way round a second lead's look at a decision
        standing = decision_status(state, decision.entry_id)
        if standing.awaiting_second_lead:
            raise ServiceError(
                f"That concern's decision ({standing.words}) needs a different lead's sign-off before the concern "
                "can be closed."
            )
        if not standing.complete:
            raise ServiceError(
                f"That concern's decision was challenged by a second lead ({standing.words}): record a new decision "
                "before closing it."
            )
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.CONCERN_CLOSED,
            {"concern": concern_id, "outcome": _text(outcome, "An outcome")},
            subject=concern.pupil_id,
        )
        record_metric(uow, session, MetricEvent.CLOSED, concern_id)
        uow.commit()
    return entry_id


def set_agency_status(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    status: str,
    active: bool = True,
    agency: str = "",
    contact: str = "",
    note: str = "",
    occurred_at: datetime | None = None,
) -> str:
    """Another agency's involvement starting (`active`) or ending: child in need, CP plan, looked after, early
    help."""
    session.require_lead()
    _pupil(state, pupil_id)
    try:
        code = AgencyStatusCode(status).value
    except ValueError:
        raise ServiceError(f"A status is one of: {', '.join(s.value for s in AgencyStatusCode)}.") from None
    content = {
        "status": code,
        "active": active,
        "agency": _text(agency, "The agency", required=False, limit=MAX_SHORT),
        "contact": _text(contact, "The contact", required=False, limit=MAX_SHORT),
        "note": _text(note, "A note", required=False),
    }
    when = _not_future(occurred_at, "When it started or ended")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.AGENCY_STATUS, content, subject=pupil_id, occurred_at=when)
        uow.commit()
    return entry_id


def set_file_status(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    status: str,
    note: str = "",
    occurred_at: datetime | None = None,
) -> str:
    """The file's status: open, closed, transferred-out or transferred-in."""
    session.require_lead()
    _pupil(state, pupil_id)
    try:
        code = FileStatusCode(status).value
    except ValueError:
        raise ServiceError(f"A file status is one of: {', '.join(s.value for s in FileStatusCode)}.") from None
    when = _not_future(occurred_at, "When it happened")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.FILE_STATUS,
            {"status": code, "note": _text(note, "A note", required=False)},
            subject=pupil_id,
            occurred_at=when,
        )
        uow.commit()
    return entry_id


def set_mobility(
    session: Session, state: SchoolState, pupil_id: str, independently_mobile: bool, note: str = ""
) -> str:
    """Whether a child is independently mobile; for a child who is not, any injury is a red flag."""
    session.require_lead()
    _pupil(state, pupil_id)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.MOBILITY,
            {"independently_mobile": independently_mobile, "note": _text(note, "A note", required=False)},
            subject=pupil_id,
        )
        uow.commit()
    return entry_id


def sign_off_candidates(session: Session, state: SchoolState, decision_id: str) -> list[str]:
    """Account ids of the active leads who may sign off a decision (every lead but its author and those who
    already have)."""
    decision = state.lead.decisions.get(decision_id)
    if decision is None:
        raise NotFound("That decision is not one you can see.")
    signed = {s.by for s in state.lead.sign_offs.get(decision_id, ())}
    return [m.account_id for m in lead_accounts(session, state) if m.account_id not in signed | {decision.by}]
