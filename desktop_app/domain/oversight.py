"""The oversight dashboard: counts and clocks from metrics entries that hold no name, no text and no pupil id.

A metrics entry holds only an event kind, opaque references (keyed hashes of entry ids that only staff and leads
can make), the clock the dashboard needs, and for decisions the decision type. This module turns them into numbers;
it never sees a record, so the dashboard cannot show one.

Clocks are held no finer than the dashboard shows them (docs/design-notes.md, item 11), so that a count cannot be
matched by its time to the entry it counts: a concern's time and a referral's expected response are rounded up to
the hour (`coarse_time`); an acknowledgement holds its wait, rounded to the precision the dashboard shows a wait of
that length with (`coarse_wait_minutes`), and no time of its own. Metrics entries written before that hold exact
times (their entry's `occurred_at`) and are read as before.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, TypeGuard

from desktop_app.domain import settings as declared
from desktop_app.domain.entries import from_millis, to_millis
from desktop_app.domain.lead.concern_records import DecisionType
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.domain.triage.school_days import add_school_days


class MetricEvent(enum.StrEnum):
    CONCERN = "concern"
    ACKNOWLEDGED = "acknowledged"
    DECISION = "decision"
    SIGN_OFF = "sign-off"
    REFERRAL = "referral"
    REFERRAL_CHASED = "referral-chased"
    REFERRAL_OUTCOME = "referral-outcome"
    CLOSED = "closed"
    ACTION = "action"
    ACTION_DONE = "action-done"
    SETTINGS = "settings"


# The only keys a metrics entry may hold (besides the settings event's clock numbers). A test holds us to it.
METRIC_KEYS = frozenset(
    {"event", "ref", "item", "decision", "needs_second_lead", "agrees", "due", "due_day", "at", "wait", "replaces"}
)
SETTINGS_KEYS = frozenset(
    setting.key
    for setting in (
        declared.ACKNOWLEDGE_WITHIN,
        declared.DECIDE_WITHIN,
        declared.SIGN_OFF_WITHIN,
        declared.AMBER_HOURS,
        declared.REFERRAL_RESPONSE_WITHIN,
        declared.CLOSED_DAYS,
        declared.SECOND_LOOK,
    )
)


def settings_clocks(settings: LeadSettings) -> dict[str, Any]:
    """The clock numbers of the school's settings, as a settings metrics entry holds them (not the red-flag
    thresholds, the time zone or what the school marks internal)."""
    return {key: value for key, value in settings.to_payload().items() if key in SETTINGS_KEYS}


CLOCK_GRID = timedelta(hours=1)
_GRID_MS = CLOCK_GRID // timedelta(milliseconds=1)


def coarse_time(moment: datetime) -> datetime:
    """`moment` rounded up to the whole hour (UTC): all a metrics entry holds of when something happened or is due.
    Rounded up, a clock run from it never turns overdue before the real one does, and at most an hour after."""
    return from_millis(-(-to_millis(moment) // _GRID_MS) * _GRID_MS)


def coarse_wait_minutes(seconds: float) -> int:
    """A wait in whole minutes, rounded to the precision the dashboard shows a wait of that length with: the minute
    under an hour, a tenth of an hour under two days, a tenth of a day beyond."""
    minutes = max(seconds, 0.0) / 60
    unit = 1 if minutes < 60 else 6 if minutes < 48 * 60 else 144
    return round(minutes / unit) * unit


@dataclass(frozen=True, slots=True)
class MetricRecord:
    """One metrics entry, opened. `ref` is the opaque reference that ties events about one thing together (a
    concern's, for concerns, acknowledgements and closures; a per-concern reference of their own for decisions and
    sign-offs; the item's own for referrals and actions), `item` a decision's, referral's or action's; `at` when the
    event happened, as precisely as the entry says (see the module's docstring). `wait_minutes` is an
    acknowledgement's wait, when it holds one; `replaces` the items of the decisions a decision replaces.
    """

    entry_id: str
    event: str
    ref: str
    item: str
    at: datetime
    decision: str = ""
    needs_second_lead: bool = False
    agrees: bool = False
    due: datetime | None = None
    due_day: date | None = None
    settings: Mapping[str, Any] | None = None
    wait_minutes: int | None = None
    replaces: tuple[str, ...] = ()

    @classmethod
    def from_content(cls, entry_id: str, at: datetime, content: Mapping[str, Any]) -> MetricRecord:
        """A metrics entry's content; `at` is the entry's `occurred_at`, used when the content holds no time."""
        due = content.get("due")
        due_day = content.get("due_day")
        held_at, wait, replaces = content.get("at"), content.get("wait"), content.get("replaces")
        settings = {k: v for k, v in content.items() if k in SETTINGS_KEYS} or None
        try:
            parsed_day = date.fromisoformat(due_day) if isinstance(due_day, str) else None
        except ValueError:
            parsed_day = None
        return cls(
            entry_id=entry_id,
            event=str(content.get("event", "")),
            ref=str(content.get("ref", "")),
            item=str(content.get("item", "")),
            at=from_millis(held_at) if _is_int(held_at) else at,
            decision=str(content.get("decision", "")),
            needs_second_lead=bool(content.get("needs_second_lead", False)),
            agrees=bool(content.get("agrees", False)),
            due=from_millis(due) if _is_int(due) else None,
            due_day=parsed_day,
            settings=settings if content.get("event") == MetricEvent.SETTINGS else None,
            wait_minutes=wait if _is_int(wait) else None,
            replaces=tuple(str(r) for r in replaces) if isinstance(replaces, list) else (),
        )

    def key(self) -> tuple[str, str, str, str]:
        """What makes two metrics entries the same event (a lead filling gaps may write one twice elsewhere, or a
        session's queued metrics be written again after a crash). An event about an item is known by the item alone:
        its `ref` was the concern's before decisions, referrals and actions got references of their own."""
        chased = self.event == MetricEvent.REFERRAL_CHASED and self.due is not None
        chase_due = coarse_time(self.due).isoformat() if chased and self.due else ""  # older entries hold it exactly
        return (self.event, "" if self.item else self.ref, self.item, chase_due)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def metric_content(event: MetricEvent, ref: str, item: str = "", **extra: Any) -> dict[str, Any]:
    """The content of a metrics entry; raises ValueError for any key that is not a count or a clock."""
    content: dict[str, Any] = {"event": event.value, "ref": ref}
    if item:
        content["item"] = item
    for key, value in extra.items():
        allowed = SETTINGS_KEYS if event == MetricEvent.SETTINGS else METRIC_KEYS
        if key not in allowed:
            raise ValueError(f"a metrics entry may not hold {key!r}")
        content[key] = to_millis(value) if isinstance(value, datetime) else value
    return content


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Counts and clocks only. Hours are wall-clock hours."""

    generated_at: datetime
    concerns: int
    open_concerns: int
    unacknowledged: int
    overdue_acknowledgements: int
    acknowledged: int
    median_hours_to_acknowledge: float | None
    worst_hours_to_acknowledge: float | None
    longest_wait_hours: float | None
    decisions_by_type: dict[str, int]
    awaiting_second_lead: int
    referrals: int
    referrals_awaiting_outcome: int
    referrals_overdue: int
    actions_overdue: int
    settings: LeadSettings = field(default_factory=LeadSettings)

    @property
    def overdue_items(self) -> int:
        return self.overdue_acknowledgements + self.referrals_overdue + self.actions_overdue

    def lines(self) -> list[str]:
        """The dashboard in words, for the command line and the screen reader."""

        def hours(value: float | None, decimals: int = 1) -> str:
            if value is None:
                return "—"
            return f"{value:.{decimals}f} h" if value < 48 else f"{value / 24:.0f} days"

        decided = ", ".join(f"{_decision_words(k)}: {v}" for k, v in self.decisions_by_type.items()) or "none"
        return [
            f"Concerns recorded: {self.concerns} ({self.open_concerns} open)",
            f"Not yet acknowledged: {self.unacknowledged} ({self.overdue_acknowledgements} overdue; "
            f"longest wait {hours(self.longest_wait_hours, 0)})",  # run from a concern's hour: whole hours
            f"Time to acknowledge: median {hours(self.median_hours_to_acknowledge)}, "
            f"worst {hours(self.worst_hours_to_acknowledge)} ({self.acknowledged} acknowledged)",
            f"Decisions: {decided}; awaiting a second lead: {self.awaiting_second_lead}",
            f"Referrals: {self.referrals}; awaiting an outcome: {self.referrals_awaiting_outcome} "
            f"({self.referrals_overdue} past the expected response)",
            f"Actions overdue: {self.actions_overdue}",
            f"Overdue items in all: {self.overdue_items}",
        ]


def _decision_words(code: str) -> str:
    try:
        return DecisionType(code).words
    except ValueError:
        return code


def _wait_hours(ack: MetricRecord, concern: MetricRecord) -> float:
    """Hours from a concern to its acknowledgement: the wait the acknowledgement holds, or (older entries) the
    difference of their exact times."""
    if ack.wait_minutes is not None:
        return ack.wait_minutes / 60
    return (ack.at - concern.at).total_seconds() / 3600


def _hours_since(at: datetime, now: datetime) -> float:
    return max((now - at).total_seconds(), 0.0) / 3600  # a concern's time is rounded up: it may be just ahead


def dashboard(records: Iterable[MetricRecord], now: datetime, tz: tzinfo | None = None) -> Dashboard:
    """The dashboard from every metrics entry the reader holds."""
    by_event = _by_event(records)
    settings_records = by_event.get(MetricEvent.SETTINGS, [])
    settings = LeadSettings.from_payload(settings_records[-1].settings or {}) if settings_records else LeadSettings()

    concerns = {r.ref: r for r in by_event.get(MetricEvent.CONCERN, [])}
    acks = {r.ref: r for r in by_event.get(MetricEvent.ACKNOWLEDGED, []) if r.ref in concerns}
    closed = {r.ref for r in by_event.get(MetricEvent.CLOSED, [])}
    waits = [_wait_hours(acks[ref], c) for ref, c in concerns.items() if ref in acks]
    waiting = [c for ref, c in concerns.items() if ref not in acks and ref not in closed]
    overdue_acks = 0
    for concern in waiting:
        due = add_school_days(concern.at, settings.acknowledge_within_school_days, settings.closed_days, tz)
        overdue_acks += now > due

    by_type, awaiting = _decisions(by_event)
    referrals, awaiting_outcome, referrals_overdue = _referrals(by_event, now)
    actions_overdue = _actions_overdue(by_event, now.astimezone(tz).date())
    return Dashboard(
        generated_at=now,
        concerns=len(concerns),
        open_concerns=sum(1 for ref in concerns if ref not in closed),
        unacknowledged=len(waiting),
        overdue_acknowledgements=overdue_acks,
        acknowledged=len(acks),
        median_hours_to_acknowledge=round(statistics.median(waits), 2) if waits else None,
        worst_hours_to_acknowledge=round(max(waits), 2) if waits else None,
        longest_wait_hours=round(max(_hours_since(c.at, now) for c in waiting), 2) if waiting else None,
        decisions_by_type=by_type,
        awaiting_second_lead=awaiting,
        referrals=referrals,
        referrals_awaiting_outcome=awaiting_outcome,
        referrals_overdue=referrals_overdue,
        actions_overdue=actions_overdue,
        settings=settings,
    )


def _by_event(records: Iterable[MetricRecord]) -> dict[str, list[MetricRecord]]:
    """The records by event, in time order, each counted once (the settings kept every time)."""
    by_event: dict[str, list[MetricRecord]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for record in sorted(records, key=lambda r: (r.at, r.entry_id)):
        if record.event == MetricEvent.SETTINGS or record.key() not in seen:
            seen.add(record.key())
            by_event.setdefault(record.event, []).append(record)
    return by_event


def _decisions(by_event: dict[str, list[MetricRecord]]) -> tuple[dict[str, int], int]:
    """The decisions that stand, by type (in the order of DecisionType), and how many await a second lead."""
    decisions = by_event.get(MetricEvent.DECISION, [])
    replaced = {item for decision in decisions for item in decision.replaces}
    latest_decision: dict[str, MetricRecord] = {}
    for decision in decisions:  # a decision names those it replaces; otherwise, in time order, the last one stands
        if decision.item not in replaced:
            latest_decision[decision.ref] = decision
    sign_offs = {r.item for r in by_event.get(MetricEvent.SIGN_OFF, [])}
    by_type: dict[str, int] = {}
    for decision in latest_decision.values():
        by_type[decision.decision] = by_type.get(decision.decision, 0) + 1
    order = {d.value: i for i, d in enumerate(DecisionType)}
    by_type = dict(sorted(by_type.items(), key=lambda kv: order.get(kv[0], 99)))
    awaiting = sum(1 for d in latest_decision.values() if d.needs_second_lead and d.item not in sign_offs)
    return by_type, awaiting


def _referrals(by_event: dict[str, list[MetricRecord]], now: datetime) -> tuple[int, int, int]:
    """How many referrals, how many await an outcome, and how many of those are overdue (after any chase)."""
    referrals = {r.item: r for r in by_event.get(MetricEvent.REFERRAL, [])}
    outcomes = {r.item for r in by_event.get(MetricEvent.REFERRAL_OUTCOME, [])}
    chased: dict[str, datetime] = {}
    for chase in by_event.get(MetricEvent.REFERRAL_CHASED, []):
        if chase.due is not None:  # each chase moves the expected response on: the latest due stands
            chased[chase.item] = max(chased.get(chase.item, chase.due), chase.due)
    awaiting_outcome = [r for item, r in referrals.items() if item not in outcomes]
    referrals_overdue = sum(
        1 for r in awaiting_outcome if r.due is not None and now > max(r.due, chased.get(r.item, r.due))
    )
    return len(referrals), len(awaiting_outcome), referrals_overdue


def _actions_overdue(by_event: dict[str, list[MetricRecord]], today: date) -> int:
    """How many actions not done were due before `today`."""
    done = {r.item for r in by_event.get(MetricEvent.ACTION_DONE, [])}
    return sum(
        1
        for r in by_event.get(MetricEvent.ACTION, [])
        if r.item not in done and r.due_day is not None and r.due_day < today
    )
