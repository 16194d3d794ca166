"""A row of the triage queue: why it is there (Stage), how its clock stands (Clock), and the queue's order."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from desktop_app.domain.records import Concern
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.domain.triage.school_days import add_school_days


class Clock(enum.StrEnum):
    """How a clock stands: on time, due soon (amber) or overdue (red)."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


def clock_at(due: datetime, now: datetime, settings: LeadSettings) -> Clock:
    if now > due:
        return Clock.RED
    if now >= due - timedelta(hours=settings.amber_hours_before_due):
        return Clock.AMBER
    return Clock.GREEN


def acknowledge_by(concern: Concern, settings: LeadSettings, tz: tzinfo | None = None) -> datetime:
    """When a concern must be acknowledged: from when it was recorded (the team could not know before)."""
    return add_school_days(concern.recorded_at, settings.acknowledge_within_school_days, settings.closed_days, tz)


class Stage(enum.StrEnum):
    """Why an item is in the queue, in words a lead reads."""

    NEW = "New: not yet acknowledged"
    AWAITING_DECISION = "Acknowledged: awaiting a decision"
    AWAITING_SECOND_LEAD = "Decision awaiting a second lead"
    CHALLENGED = "Decision challenged by a second lead"
    CHASE_REFERRAL = "Referral response overdue: chase"
    ACTION_DUE = "Action due"
    TRANSFER_RECEIPT = "File transferred: awaiting receipt"
    SEND_FILE = "Left the school: send the child-protection file"
    SIBLING_LEFT = "A brother or sister left: check this child's file"


@dataclass(frozen=True, slots=True)
class TriageItem:
    """One row of the queue. `entry_id` is what it is about (a concern, decision, referral or action); every row
    carries the concern and child it belongs to so it can open the child's file."""

    stage: Stage
    entry_id: str
    concern_id: str
    pupil_id: str
    pupil_name: str
    upn: str
    category: str  # the main category (as a lead has it); `categories` holds every one, the main one first
    summary: str
    recorded_by: str
    recorded_at: datetime
    occurred_at: datetime
    due_at: datetime | None
    clock: Clock
    owner: str = ""
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None
    flags: tuple[str, ...] = ()
    # Risk: the reasons this item goes above the rest (a strong red flag, a disclosure, an urgent tick), in words.
    risk: tuple[str, ...] = ()
    urgent: bool = False  # the author ticked "urgent" and no lead has acknowledged it yet: on top
    urgent_by: str = ""  # who ticked it (marking everything urgent is visible to every lead, by name)
    for_you: bool = False  # a sign-off request the lead looking may give (another lead's decision)
    reopened: str = ""  # the child's file was closed and this concern reopened it, in words
    new: bool = False  # not yet seen by the lead looking (services.looked), set by the service
    categories: tuple[str, ...] = ()

    @property
    def overdue(self) -> bool:
        return self.clock == Clock.RED

    @property
    def key(self) -> str:
        """What the lead has seen when they have seen this item: the concern, for a concern waiting to be
        acknowledged or decided (acknowledging does not make it news again); otherwise the stage and the entry it
        is about (a decision challenged, a referral to chase, an action due are news of their own)."""
        if self.stage in (Stage.NEW, Stage.AWAITING_DECISION):
            return self.entry_id
        return f"{self.stage.name}|{self.entry_id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage.value,
            "entry_id": self.entry_id,
            "concern_id": self.concern_id,
            "upn": self.upn,
            "pupil": self.pupil_name,
            "category": self.category,
            "categories": list(self.categories or (self.category,)),
            "summary": self.summary,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat(),
            "occurred_at": self.occurred_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "clock": self.clock.value,
            "owner": self.owner,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
            "flags": list(self.flags),
            "risk": list(self.risk),
            "urgent": self.urgent,
            "urgent_by": self.urgent_by,
            "for_you": self.for_you,
            "reopened": self.reopened,
            "new": self.new,
        }


def queue_order(item: TriageItem) -> tuple[Any, ...]:
    """Risk, then time: urgent and not yet acknowledged (0), at risk (1), the rest (2); in each, the sign-off
    requests the lead looking may give first, then the earliest due (the most overdue) first."""
    tier = 0 if item.urgent else 1 if item.risk else 2
    due = item.due_at or item.recorded_at
    return (tier, 0 if item.for_you else 1, due.timestamp(), item.entry_id)
