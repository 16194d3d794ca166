"""Where a concern, decision or referral stands for the queue: who did it, what still needs a lead, what is at risk."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from desktop_app.domain.decisions import decision_status
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.red_flags import RedFlag
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.domain.triage.school_days import add_working_days


def who(state: SchoolState, account_id: str) -> str:
    """`Full Name (job title)` for an account id, or words saying it is not known here."""
    member = state.staff.get(account_id)
    if member is None:
        author = state.transfers.authors.get(account_id)
        return author.described() if author is not None else "unknown account" if account_id else ""
    return f"{member.full_name} ({member.job_title or member.role.value})"


def decision_stage(state: SchoolState, concern_id: str) -> tuple[Stage | None, datetime | None, str]:
    """Where the latest decision on a concern stands: (stage if it still needs a lead, since when, decision id)."""
    decision = state.lead.latest_decision(concern_id)
    if decision is None:
        return Stage.AWAITING_DECISION, None, ""
    if not decision.needs_second_lead and decision.entry_id not in state.lead.sign_offs:
        return None, None, decision.entry_id  # the common case, decided outright: no need to work out words
    status = decision_status(state, decision.entry_id)
    if status.complete:
        return None, None, decision.entry_id
    if status.sign_offs:
        return Stage.CHALLENGED, status.sign_offs[-1].at, decision.entry_id
    return Stage.AWAITING_SECOND_LEAD, decision.at, decision.entry_id


def needs_a_lead(state: SchoolState, concern_id: str) -> bool:
    """True while a concern is in the queue: not closed, and not acknowledged or not (fully) decided."""
    if state.lead.closure(concern_id) is not None:
        return False
    return state.lead.acknowledgement(concern_id) is None or decision_stage(state, concern_id)[0] is not None


def pending_concerns(state: SchoolState, concern_ids: Iterable[str] | None = None) -> set[str]:
    """The concerns (of all, or of `concern_ids`) that need a lead; kept by the workspace between refreshes."""
    ids = state.concerns if concern_ids is None else [c for c in concern_ids if c in state.concerns]
    return {c for c in ids if needs_a_lead(state, c)}


DISCLOSURE = "disclosure"


def risk_reasons(
    concern: Concern, categories: Iterable[str], flags: Iterable[RedFlag], state: SchoolState
) -> tuple[str, ...]:
    """Why a concern goes above the rest of the queue, in words: its author's urgent tick (with who ticked it), a
    disclosure, and each strong red flag it is part of (sentinel injuries and TEN-4-FACESp are strong)."""
    found = []
    if concern.urgent:
        found.append(f"Marked urgent by {who(state, concern.author_id)}")
    if DISCLOSURE in tuple(categories):
        found.append("A disclosure")
    found.extend(f.reason for f in flags if f.strong)
    return tuple(found)


def may_sign_off(state: SchoolState, decision_id: str, account_id: str) -> bool:
    """Whether a lead may sign a decision off: not its author, and not one who already has."""
    decision = state.lead.decisions.get(decision_id)
    if decision is None or decision.by == account_id:
        return False
    return all(s.by != account_id for s in state.lead.sign_offs.get(decision_id, ()))


def reopened_words(state: SchoolState, concern: Concern) -> str:
    """Words telling the lead that this concern reopened the child's closed file, or "" (see `file_reopened_by`)."""
    closed = state.lead.closed_file(concern.pupil_id)
    if closed is None or concern.recorded_at <= closed.at:
        return ""
    return f"Reopens the file closed on {closed.occurred_at:%d %b %Y}"


def referral_chase_due(
    state: SchoolState, referral_id: str, settings: LeadSettings, tz: tzinfo | None = None
) -> datetime | None:
    """When to chase a referral with no outcome: its expected response, or a working day after the last chase.
    None for a referral of a file received from another school: that school made it, and chases it."""
    referral = state.lead.referrals.get(referral_id)
    if referral is None or referral_id in state.transfers.origins:
        return None
    if state.lead.referral_outcome(referral_id) is not None:
        return None
    chase = state.lead.last_chase(referral_id)
    if chase is not None:
        return max(referral.expected_by, add_working_days(chase.at, settings.referral_response_working_days, tz))
    return referral.expected_by
