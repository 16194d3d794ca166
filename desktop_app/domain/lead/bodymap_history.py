"""A child's body-map history: every mark of every occasion, numbered once over the whole history, in a range."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from desktop_app.domain.attendance.summary import attendance_of
from desktop_app.domain.records import Concern, InjuryMark, SchoolState


@dataclass(frozen=True, slots=True)
class HistoricMark:
    """A mark from one occasion. `number` is its place in the child's whole history (oldest 1), so it stays the
    same whatever range is shown; `weight` runs from 0.3 (oldest in the range shown) to 1 (newest). `mark_index` is
    its place in the concern's marks; `added_at`, when its author added it later in an addendum (else None)."""

    number: int
    concern_id: str
    occurred_at: datetime
    mark: InjuryMark
    weight: float
    mark_index: int = 0
    added_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BodyMapHistory:
    """All of a child's marks in a time range, by view, and how many fell in each region. `absence` says, for each
    occasion (concern id) the child's attendance reaches, what they missed in the school days around it."""

    start: datetime | None
    end: datetime | None
    first: datetime | None
    last: datetime | None
    marks: dict[str, tuple[HistoricMark, ...]]
    region_counts: dict[str, int]
    absence: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(m) for m in self.marks.values())

    def find(self, concern_id: str, mark_index: int) -> HistoricMark | None:
        """The mark at `mark_index` of a concern, when it is in the range."""
        return next(
            (m for marks in self.marks.values() for m in marks
             if m.concern_id == concern_id and m.mark_index == mark_index),
            None,
        )  # fmt: skip


def _numbered(concerns: list[Concern]) -> list[HistoricMark]:
    """Every mark of `concerns` (oldest occasion first), numbered 1, 2, ... in that order, weights not yet set."""
    numbered: list[HistoricMark] = []
    for concern in concerns:
        for index, mark in enumerate(concern.injuries):
            later = concern.later_mark(index)
            numbered.append(
                HistoricMark(len(numbered) + 1, concern.concern_id, concern.occurred_at, mark, 1.0, index,
                             later.recorded_at if later else None)
            )  # fmt: skip
    return numbered


def _in_range(marks: list[HistoricMark], start: datetime | None, end: datetime | None) -> list[HistoricMark]:
    return [m for m in marks if (start is None or m.occurred_at >= start) and (end is None or m.occurred_at <= end)]


def _history(
    chosen: list[HistoricMark], start: datetime | None, end: datetime | None, first: datetime | None,
    last: datetime | None,
) -> BodyMapHistory:  # fmt: skip
    low = chosen[0].occurred_at if chosen else None
    span = (chosen[-1].occurred_at - low).total_seconds() if chosen and low else 0.0
    marks: dict[str, list[HistoricMark]] = {}
    counts: dict[str, int] = {}
    for old in chosen:
        weight = 1.0 if span <= 0 or low is None else 0.3 + 0.7 * (old.occurred_at - low).total_seconds() / span
        marks.setdefault(old.mark.view, []).append(
            HistoricMark(old.number, old.concern_id, old.occurred_at, old.mark, round(weight, 3), old.mark_index,
                         old.added_at)
        )  # fmt: skip
        counts[old.mark.region] = counts.get(old.mark.region, 0) + 1
    ordered = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return BodyMapHistory(start, end, first, last, {v: tuple(m) for v, m in marks.items()}, ordered)


def bodymap_history(
    state: SchoolState, pupil_id: str, start: datetime | None = None, end: datetime | None = None
) -> BodyMapHistory:
    """Every mark on the child's concerns (with those their authors added later in addenda) that happened in
    [start, end] (either open), per view oldest first, numbered over the child's whole history.

    `first` and `last` are the bounds of all the child's marks, for a time-range slider; region counts are the
    most frequent first.
    """
    concerns = sorted(
        (c for c in state.concerns_for(pupil_id) if c.injuries),
        key=lambda c: (c.occurred_at, c.recorded_at, c.concern_id),
    )
    first = concerns[0].occurred_at if concerns else None
    last = concerns[-1].occurred_at if concerns else None
    history = _history(_in_range(_numbered(concerns), start, end), start, end, first, last)
    held = attendance_of(state.lead, pupil_id) if concerns else None
    if not held:
        return history
    absence = {
        c.concern_id: words for c in concerns if (words := held.around(c.occurred_at.astimezone(UTC).date()).words)
    }
    return replace(history, absence=absence)


def history_between(history: BodyMapHistory, start: datetime | None, end: datetime | None) -> BodyMapHistory:
    """The same history narrowed to [start, end] (a time-range slider) without reading the child's records again:
    each mark keeps its number; weights and region counts are recomputed for the range."""
    every = sorted((m for marks in history.marks.values() for m in marks), key=lambda m: m.number)
    narrowed = _history(_in_range(every, start, end), start, end, history.first, history.last)
    return replace(narrowed, absence=history.absence)
