"""The oversight dashboard: counts and clocks from metrics entries that hold no name, no text and no pupil id.

A metrics entry holds only an event kind, opaque references (keyed hashes of entry ids that only staff and leads
can make), its time, and for decisions the decision type. This module turns them into numbers; it never sees a
record, so the dashboard cannot show one.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from desktop_app.domain.entries import from_millis, to_millis
from desktop_app.domain.lead.records import DecisionType
from desktop_app.domain.triage import LeadSettings, add_school_days


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
METRIC_KEYS = frozenset({"event", "ref", "item", "decision", "needs_second_lead", "agrees", "due", "due_day"})
SETTINGS_KEYS = frozenset(
    {
        "acknowledge_within_school_days",
        "decide_within_school_days",
        "sign_off_within_school_days",
        "amber_hours_before_due",
        "referral_response_working_days",
        "closed_days",
    }
)


@dataclass(frozen=True, slots=True)
class MetricRecord:
    """One metrics entry, opened. `ref` is the concern's opaque reference, `item` a decision's, referral's or
    action's; `at` when the event happened."""

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

    @classmethod
    def from_content(cls, entry_id: str, at: datetime, content: Mapping[str, Any]) -> MetricRecord:
        due = content.get("due")
        due_day = content.get("due_day")
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
            at=at,
            decision=str(content.get("decision", "")),
            needs_second_lead=bool(content.get("needs_second_lead", False)),
            agrees=bool(content.get("agrees", False)),
            due=from_millis(due) if isinstance(due, int) and not isinstance(due, bool) else None,
            due_day=parsed_day,
            settings=settings if content.get("event") == MetricEvent.SETTINGS else None,
        )

    def key(self) -> tuple[str, str, str, str]:
        """What makes two metrics entries the same event (a lead filling gaps may write one twice elsewhere)."""
        chase_due = self.due.isoformat() if self.event == MetricEvent.REFERRAL_CHASED and self.due else ""
        return (self.event, self.ref, self.item, chase_due)


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

        def hours(value: float | None) -> str:
            if value is None:
                return "—"
            return f"{value:.1f} h" if value < 48 else f"{value / 24:.0f} days"

        decided = ", ".join(f"{_decision_words(k)}: {v}" for k, v in self.decisions_by_type.items()) or "none"
        return [
            f"Concerns recorded: {self.concerns} ({self.open_concerns} open)",
            f"Not yet acknowledged: {self.unacknowledged} ({self.overdue_acknowledgements} overdue; "
            f"longest wait {hours(self.longest_wait_hours)})",
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


def dashboard(records: Iterable[MetricRecord], now: datetime, tz: tzinfo | None = None) -> Dashboard:
    """The dashboard from every metrics entry the reader holds."""
    by_event: dict[str, list[MetricRecord]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for record in sorted(records, key=lambda r: (r.at, r.entry_id)):
        if record.event == MetricEvent.SETTINGS or record.key() not in seen:
            seen.add(record.key())
            by_event.setdefault(record.event, []).append(record)
    settings_records = by_event.get(MetricEvent.SETTINGS, [])
    settings = LeadSettings.from_payload(settings_records[-1].settings or {}) if settings_records else LeadSettings()

    concerns = {r.ref: r for r in by_event.get(MetricEvent.CONCERN, [])}
    acks = {r.ref: r for r in by_event.get(MetricEvent.ACKNOWLEDGED, []) if r.ref in concerns}
    closed = {r.ref for r in by_event.get(MetricEvent.CLOSED, [])}
    waits = [(acks[ref].at - c.at).total_seconds() / 3600 for ref, c in concerns.items() if ref in acks]
    waiting = [c for ref, c in concerns.items() if ref not in acks and ref not in closed]
    overdue_acks = 0
    for concern in waiting:
        due = add_school_days(concern.at, settings.acknowledge_within_school_days, settings.closed_days, tz)
        overdue_acks += now > due

    latest_decision: dict[str, MetricRecord] = {}
    for decision in by_event.get(MetricEvent.DECISION, []):
        latest_decision[decision.ref] = decision  # in time order: the last one stands
    sign_offs = {r.item for r in by_event.get(MetricEvent.SIGN_OFF, [])}
    by_type: dict[str, int] = {}
    for decision in latest_decision.values():
        by_type[decision.decision] = by_type.get(decision.decision, 0) + 1
    order = {d.value: i for i, d in enumerate(DecisionType)}
    by_type = dict(sorted(by_type.items(), key=lambda kv: order.get(kv[0], 99)))
    awaiting = sum(1 for d in latest_decision.values() if d.needs_second_lead and d.item not in sign_offs)

    referrals = {r.item: r for r in by_event.get(MetricEvent.REFERRAL, [])}
    outcomes = {r.item for r in by_event.get(MetricEvent.REFERRAL_OUTCOME, [])}
    chased: dict[str, datetime] = {}
    for chase in by_event.get(MetricEvent.REFERRAL_CHASED, []):
        if chase.due is not None:
            chased[chase.item] = chase.due
    awaiting_outcome = [r for item, r in referrals.items() if item not in outcomes]
    referrals_overdue = sum(
        1 for r in awaiting_outcome if r.due is not None and now > max(r.due, chased.get(r.item, r.due))
    )

    done = {r.item for r in by_event.get(MetricEvent.ACTION_DONE, [])}
    today = now.astimezone(tz).date()
    actions_overdue = sum(
        1
        for r in by_event.get(MetricEvent.ACTION, [])
        if r.item not in done and r.due_day is not None and r.due_day < today
    )
    return Dashboard(
        generated_at=now,
        concerns=len(concerns),
        open_concerns=sum(1 for ref in concerns if ref not in closed),
        unacknowledged=len(waiting),
        overdue_acknowledgements=overdue_acks,
        acknowledged=len(acks),
        median_hours_to_acknowledge=round(statistics.median(waits), 2) if waits else None,
        worst_hours_to_acknowledge=round(max(waits), 2) if waits else None,
        longest_wait_hours=round(max((now - c.at).total_seconds() / 3600 for c in waiting), 2) if waiting else None,
        decisions_by_type=by_type,
        awaiting_second_lead=awaiting,
        referrals=len(referrals),
        referrals_awaiting_outcome=len(awaiting_outcome),
        referrals_overdue=referrals_overdue,
        actions_overdue=actions_overdue,
        settings=settings,
    )
