"""Decision rules: a rationale is never blank; not referring while a red flag is open (or, when the school asks,
ever) needs a second lead; each lead signs a decision off once, and never their own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.lead.agency_records import Referral
from desktop_app.domain.lead.concern_records import Decision, DecisionType, SignOff, decision_words
from desktop_app.domain.records import SchoolState
from desktop_app.domain.red_flags import RedFlag

MAX_RATIONALE = 10_000


def check_decision(decision: str, rationale: str) -> list[str]:
    """What is wrong with a decision as given (empty when it can be recorded)."""
    problems = []
    if decision not in {d.value for d in DecisionType}:
        problems.append(f"the decision must be one of: {', '.join(d.value for d in DecisionType)}")
    if not rationale.strip():
        problems.append("a decision needs its rationale: why this decision, on what information")
    elif len(rationale) > MAX_RATIONALE:
        problems.append(f"the rationale is longer than {MAX_RATIONALE} characters")
    return problems


def referred(state: SchoolState, concern_id: str) -> bool:
    """True when the standing decision on a concern is a referral to another agency."""
    decision = state.lead.latest_decision(concern_id)
    return decision is not None and decision.decision in (DecisionType.REFER_CSC, DecisionType.REFER_POLICE)


def open_flags(state: SchoolState, flags: Iterable[RedFlag], concern_id: str) -> list[RedFlag]:
    """The red flags that involve a concern and have not been acted on: a flag is closed once any concern behind
    it stands referred to children's social care or the police."""
    return [f for f in flags if f.involves(concern_id) and not any(referred(state, e) for e in f.entry_ids)]


def needs_second_lead(
    decision: str, flags_open: Iterable[RedFlag], *, every_decision_not_to_refer: bool = False
) -> bool:
    """A decision not to refer while a red flag is open must be signed off by a second lead; with the school's
    setting `second_look_every_decision_not_to_refer`, every decision not to refer must, flagged or not."""
    if decision in (DecisionType.REFER_CSC, DecisionType.REFER_POLICE):
        return False
    return every_decision_not_to_refer or any(True for _ in flags_open)


def counted_sign_offs(decision: Decision, sign_offs: Iterable[SignOff]) -> tuple[SignOff, ...]:
    """The sign-offs that count, in the order they were made: one per lead (each lead's first), never the
    decision's author's. Anything else (a second sign-off by the same lead, written through the store or by an
    older app) is ignored, so one lead can never stand for two."""
    first: dict[str, SignOff] = {}
    for sign_off in sorted(sign_offs, key=lambda s: (s.at, s.entry_id)):
        if sign_off.by != decision.by and sign_off.by not in first:
            first[sign_off.by] = sign_off
    return tuple(first.values())


@dataclass(frozen=True, slots=True)
class DecisionStatus:
    """Where a decision stands, in words, and whether it still needs a lead."""

    decision: Decision
    words: str
    complete: bool
    sign_offs: tuple[SignOff, ...]

    @property
    def awaiting_second_lead(self) -> bool:
        return self.decision.needs_second_lead and not self.sign_offs


def decision_status(state: SchoolState, decision_id: str) -> DecisionStatus:
    """A decision and its sign-offs. Only the first sign-off of each lead other than the decision's author
    counts (`counted_sign_offs`); the latest of those says whether it is agreed or challenged."""
    decision = state.lead.decisions[decision_id]
    counted = counted_sign_offs(decision, state.lead.sign_offs.get(decision_id, ()))
    name = decision_words(decision.decision)
    if counted and not counted[-1].agrees:
        return DecisionStatus(decision, f"{name}: challenged by a second lead", False, counted)
    if counted:
        return DecisionStatus(decision, f"{name}: agreed by a second lead", True, counted)
    if decision.needs_second_lead:
        return DecisionStatus(decision, f"{name}: awaiting a second lead", False, counted)
    return DecisionStatus(decision, name, True, counted)


def referral_awaiting(state: SchoolState, referral: Referral, now: datetime) -> bool:
    """True while a referral has no outcome and its expected response time has passed."""
    return state.lead.referral_outcome(referral.entry_id) is None and now > referral.expected_by
