"""A child's chronology: what happened, in the order it happened, each row pointing at its full record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.domain.records import Concern, SchoolState

LATE_AFTER_HOURS = 24


@dataclass(frozen=True, slots=True)
class ChronologyItem:
    """One row: when it happened, when it was written down, what it was, and who recorded it."""

    entry_id: str
    occurred_at: datetime
    recorded_at: datetime
    kind: str
    category: str
    summary: str
    action: str
    recorded_by: str
    amends: str = ""

    @property
    def recorded_late(self) -> bool:
        return (self.recorded_at - self.occurred_at).total_seconds() > LATE_AFTER_HOURS * 3600

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "occurred_at": self.occurred_at.isoformat(),
            "recorded_at": self.recorded_at.isoformat(),
            "kind": self.kind,
            "category": self.category,
            "summary": self.summary,
            "action": self.action,
            "recorded_by": self.recorded_by,
            "amends": self.amends,
            "recorded_late": self.recorded_late,
        }


def describe_injuries(concern: Concern, region_name: Any = None) -> str:
    """`2 injuries: bruise on left upper arm (3 cm); …` in words."""
    if not concern.injuries:
        return ""
    name = region_name or (lambda code: code.replace("-", " "))
    parts = []
    for mark in concern.injuries:
        size = f" ({mark.size_cm:g} cm)" if mark.size_cm else ""
        parts.append(f"{mark.type} on {name(mark.region)}{size}")
    noun = "injury" if len(parts) == 1 else "injuries"
    return f"{len(parts)} {noun}: " + "; ".join(parts)


def chronology_for(state: SchoolState, pupil_id: str, region_name: Any = None) -> list[ChronologyItem]:
    """Every concern and addendum about one child, ordered by when it happened (then when recorded)."""
    items: list[ChronologyItem] = []

    def who(account_id: str) -> str:
        member = state.staff.get(account_id)
        if member is None:
            return "unknown account"
        return f"{member.full_name} ({member.job_title or member.role.value})"

    for concern in state.concerns_for(pupil_id):
        summary = concern.what_happened
        injuries = describe_injuries(concern, region_name)
        if injuries:
            summary = f"{summary}\n{injuries}"
        items.append(
            ChronologyItem(
                entry_id=concern.concern_id,
                occurred_at=concern.occurred_at,
                recorded_at=concern.recorded_at,
                kind="concern",
                category=concern.category,
                summary=summary,
                action=concern.action_taken,
                recorded_by=who(concern.author_id),
            )
        )
        for note in state.addenda.get(concern.concern_id, ()):
            items.append(
                ChronologyItem(
                    entry_id=note.addendum_id,
                    occurred_at=note.recorded_at,
                    recorded_at=note.recorded_at,
                    kind="addendum",
                    category=concern.category,
                    summary=note.text,
                    action="",
                    recorded_by=who(note.author_id),
                    amends=note.amends,
                )
            )
    items.sort(key=lambda item: (item.occurred_at, item.recorded_at, item.entry_id))
    return items
