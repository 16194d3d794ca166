"""The triage queue: what needs a lead now, by risk (urgent, strong red flags, disclosures) and then by time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from desktop_app.domain.lead.concern_records import decision_words
from desktop_app.domain.leavers import SEND_WITHIN_SCHOOL_DAYS, files_to_send, siblings_to_check
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.red_flags import RedFlag
from desktop_app.domain.transfer import transfers_due
from desktop_app.domain.triage.items import Clock, Stage, TriageItem, acknowledge_by, clock_at, queue_order
from desktop_app.domain.triage.lead_settings import LeadSettings, settings_of
from desktop_app.domain.triage.school_days import add_school_days
from desktop_app.domain.triage.standing import (
    decision_stage,
    may_sign_off,
    referral_chase_due,
    reopened_words,
    risk_reasons,
    who,
)


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def triage_queue(
    state: SchoolState,
    now: datetime,
    flags: Mapping[str, Sequence[RedFlag]] | None = None,
    settings: LeadSettings | None = None,
    tz: tzinfo | None = None,
    concern_ids: Iterable[str] | None = None,
    flag_times: dict[str, list[datetime]] | None = None,
    viewer: str = "",
) -> list[TriageItem]:
    """Everything that needs a lead, by risk, then time (`queue_order`): concerns ticked urgent and not yet
    acknowledged on top; then items at risk (a strong red flag, a disclosure, an urgent tick); then the rest; in
    each, sign-off requests `viewer` (the lead looking) may give first, then by due time (most overdue first).
    `flags` are red flags by pupil id; `concern_ids`, when given, are the only concerns looked at (those
    `pending_concerns` found), so a refresh need not visit them all; `flag_times` caches each child's flag times
    between refreshes (the workspace keeps it), filled as needed."""
    settings = settings or settings_of(state)
    rows = _RowFacts(state, settings, flags or {}, flag_times if flag_times is not None else {})
    concerns = state.concerns.values() if concern_ids is None else [state.concerns[c] for c in concern_ids]
    items = _concern_items(rows, concerns, now, tz, viewer)
    items.extend(_referral_items(rows, now, tz))
    items.extend(_action_items(rows, now, tz))
    items.extend(_transfer_items(state, now, settings))
    items.extend(_leaver_items(state, now, settings, tz))
    items.sort(key=queue_order)
    return items


class _RowFacts:
    """What every row about a concern shows (its child, who recorded and acknowledged it, its flags and risk).
    Private state: the school state, settings, red flags by pupil, the cache of each child's flag times, and how
    far after a concern a flag may still involve it (the rules' longest window)."""

    def __init__(
        self,
        state: SchoolState,
        settings: LeadSettings,
        flags: Mapping[str, Sequence[RedFlag]],
        flag_times: dict[str, list[datetime]],
    ) -> None:
        self.state = state
        self.settings = settings
        self._flags = flags
        self._flag_times = flag_times
        limits = settings.red_flags
        self._reach = timedelta(days=max(limits.recurrence_days, limits.cluster_days, limits.neglect_window_days,
                                         limits.household_days))  # fmt: skip

    def involved(self, pupil_id: str, concern_id: str) -> list[RedFlag]:
        """The flags a concern is part of: only flags shown within the rules' reach after it."""
        concern = self.state.concerns.get(concern_id)
        pupil_flags = self._flags.get(pupil_id, ())
        if concern is None or not pupil_flags:
            return []
        times = self._flag_times.get(pupil_id)
        if times is None:  # for a bisect: flags are in the order the entries they show at happened
            times = self._flag_times[pupil_id] = [f.occurred_at for f in pupil_flags]
        start = bisect_left(times, concern.occurred_at)
        end = bisect_right(times, concern.occurred_at + self._reach)
        return [f for f in pupil_flags[start:end] if f.involves(concern_id)]

    def base(self, concern: Concern) -> dict[str, Any]:
        """The fields of a row about `concern`, apart from its stage, entry, summary, due time and clock."""
        state, lead = self.state, self.state.lead
        pupil = state.pupils.get(concern.pupil_id)
        ack = lead.acknowledgement(concern.concern_id)
        found = self.involved(concern.pupil_id, concern.concern_id)
        categories = lead.categories_of(concern.concern_id, concern.categories)
        category = categories[0]
        return {
            "concern_id": concern.concern_id,
            "pupil_id": concern.pupil_id,
            "pupil_name": pupil.full_name if pupil else "(pupil not in the directory)",
            "upn": pupil.upn if pupil else "",
            "category": category,
            "categories": categories,
            "recorded_by": who(state, concern.author_id),
            "recorded_at": concern.recorded_at,
            "occurred_at": concern.occurred_at,
            "owner": who(state, lead.owner_of(concern.concern_id)),
            "acknowledged_by": who(state, ack.by) if ack else "",
            "acknowledged_at": ack.at if ack else None,
            "flags": tuple(f.reason for f in found),
            "risk": risk_reasons(concern, categories, found, state),
            "urgent": concern.urgent and ack is None,
            "urgent_by": who(state, concern.author_id) if concern.urgent else "",
            "reopened": reopened_words(state, concern),
        }


def _concern_items(
    rows: _RowFacts, concerns: Iterable[Concern], now: datetime, tz: tzinfo | None, viewer: str
) -> list[TriageItem]:
    """A row for each open concern not yet acknowledged, or not yet (fully) decided."""
    state, settings = rows.state, rows.settings
    lead, imported = state.lead, state.transfers.origins
    items: list[TriageItem] = []
    for concern in concerns:
        if lead.closure(concern.concern_id) is not None or concern.concern_id in imported:
            continue  # closed, or a record of another school's file (its leads dealt with it there)
        ack = lead.acknowledgement(concern.concern_id)
        if ack is None:
            summary = _first_line(concern.what_happened)
            due = acknowledge_by(concern, settings, tz)
            items.append(
                TriageItem(Stage.NEW, concern.concern_id, summary=summary, due_at=due,
                           clock=clock_at(due, now, settings), **rows.base(concern))
            )  # fmt: skip
            continue
        stage, since, decision_id = decision_stage(state, concern.concern_id)
        if stage is None:
            continue
        summary = _first_line(concern.what_happened)
        if stage == Stage.AWAITING_DECISION:
            due = add_school_days(ack.at, settings.decide_within_school_days, settings.closed_days, tz)
        elif stage == Stage.AWAITING_SECOND_LEAD:
            due = add_school_days(since or now, settings.sign_off_within_school_days, settings.closed_days, tz)
            decision = lead.decisions[decision_id]
            summary = f"{decision_words(decision.decision)}: {_first_line(decision.rationale)}"
        else:
            due = add_school_days(since or now, settings.decide_within_school_days, settings.closed_days, tz)
        for_you = (
            stage in (Stage.AWAITING_SECOND_LEAD, Stage.CHALLENGED)
            and bool(viewer)
            and may_sign_off(state, decision_id, viewer)
        )
        items.append(
            TriageItem(stage, decision_id or concern.concern_id, summary=summary, due_at=due,
                       clock=clock_at(due, now, settings), for_you=for_you, **rows.base(concern))
        )  # fmt: skip
    return items


def _referral_items(rows: _RowFacts, now: datetime, tz: tzinfo | None) -> list[TriageItem]:
    """A row for each referral with no outcome whose response is overdue (chase it)."""
    state, lead = rows.state, rows.state.lead
    items: list[TriageItem] = []
    for referral in lead.referrals.values():
        if lead.referral_outcome(referral.entry_id) is not None:
            continue
        chase_due = referral_chase_due(state, referral.entry_id, rows.settings, tz)
        if chase_due is None or now <= chase_due:
            continue
        referred = state.concerns.get(referral.concern_id)
        fields_ = rows.base(referred) if referred else _pupil_only(state, referral.pupil_id, referral.by, referral.at)
        summary = f"{referral.agency}, reference {referral.reference or '(none given)'}: no response yet"
        items.append(TriageItem(Stage.CHASE_REFERRAL, referral.entry_id, summary=summary, due_at=chase_due,
                                clock=Clock.RED, **fields_))  # fmt: skip
    return items


def _action_items(rows: _RowFacts, now: datetime, tz: tzinfo | None) -> list[TriageItem]:
    """A row for each of this school's actions due today or before and not yet done."""
    state, lead = rows.state, rows.state.lead
    imported = state.transfers.origins
    items: list[TriageItem] = []
    today = now.astimezone(tz).date()
    for action in lead.actions.values():
        if action.due is None or action.due > today or lead.action_done(action.entry_id) is not None:
            continue
        if action.entry_id in imported:
            continue  # another school's action, for its own staff
        acted_on = state.concerns.get(action.concern_id)
        fields_ = rows.base(acted_on) if acted_on else _pupil_only(state, action.pupil_id, action.by, action.at)
        fields_["owner"] = who(state, action.owner_id) if action.owner_id else action.owner_name
        due_at = datetime.combine(action.due, datetime.max.time()).replace(tzinfo=now.tzinfo or UTC)
        items.append(TriageItem(Stage.ACTION_DUE, action.entry_id, summary=_first_line(action.text), due_at=due_at,
                                clock=Clock.RED if action.due < today else Clock.AMBER, **fields_))  # fmt: skip
    return items


def _transfer_items(state: SchoolState, now: datetime, settings: LeadSettings) -> list[TriageItem]:
    """A row for each file sent to another school still awaiting its receipt."""
    items: list[TriageItem] = []
    for waiting in transfers_due(state.transfers, now):  # 5 school days to confirm receipt (domain/transfer.py)
        sent = waiting.transfer
        clock = Clock.RED if waiting.overdue else clock_at(sent.due_at, now, settings)
        items.append(TriageItem(Stage.TRANSFER_RECEIPT, sent.entry_id, summary=f"File sent to {sent.to_school}: no "
                                "receipt yet", due_at=sent.due_at, clock=clock,
                                **_pupil_only(state, sent.pupil_id, sent.by, sent.sent_at)))  # fmt: skip
    return items


def _leaver_items(state: SchoolState, now: datetime, settings: LeadSettings, tz: tzinfo | None) -> list[TriageItem]:
    """A leaver's file to send within 5 school days of the day they left, and each brother or sister still on roll
    with a file of their own (domain/leavers.py)."""
    today = now.astimezone(tz).date()
    files = files_to_send(state, state.transfers.left.values(), today, settings.closed_days)
    items = []
    for file in files:
        leaving = file.leaving
        due_at = datetime.combine(file.due, datetime.max.time()).replace(tzinfo=now.tzinfo or UTC)
        clock = Clock.RED if file.overdue else Clock.AMBER
        siblings = "; ".join(s.words for s in file.siblings)
        summary = (
            f"Left on {leaving.left_on:%a %d %b %Y}: send the child-protection file within "
            f"{SEND_WITHIN_SCHOOL_DAYS} school days, by {file.due:%a %d %b %Y} ({file.counted})"
            + (f". Brothers and sisters: {siblings}" if siblings else "")
        )
        fields_ = _pupil_only(state, leaving.pupil_id, leaving.by, leaving.at)
        items.append(TriageItem(Stage.SEND_FILE, leaving.entry_id, summary=summary, due_at=due_at, clock=clock,
                                **fields_))  # fmt: skip
    for check in siblings_to_check(files):
        leaver = check.leaver
        name = leaver.pupil.full_name if leaver.pupil else "a brother or sister"
        summary = (
            f"{name} left on {leaver.leaving.left_on:%d %b %Y}; their file is to be sent by {leaver.due:%d %b %Y}: "
            "check this child's file and what the new school should know of the household"
        )
        due_at = datetime.combine(leaver.due, datetime.max.time()).replace(tzinfo=now.tzinfo or UTC)
        fields_ = _pupil_only(state, check.pupil_id, leaver.leaving.by, leaver.leaving.at)
        items.append(TriageItem(Stage.SIBLING_LEFT, f"{leaver.leaving.entry_id}|{check.pupil_id}", summary=summary,
                                due_at=due_at, clock=Clock.RED if leaver.overdue else Clock.AMBER,
                                **fields_))  # fmt: skip
    return items


def _pupil_only(state: SchoolState, pupil_id: str, by: str, at: datetime) -> dict[str, Any]:
    pupil = state.pupils.get(pupil_id)
    return {
        "concern_id": "",
        "pupil_id": pupil_id,
        "pupil_name": pupil.full_name if pupil else "(pupil not in the directory)",
        "upn": pupil.upn if pupil else "",
        "category": "",
        "recorded_by": who(state, by),
        "recorded_at": at,
        "occurred_at": at,
    }
