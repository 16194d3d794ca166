"""The marks of one body map being drawn: placing, moving, describing, removing, and which one is selected."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from desktop_app.domain import bodymap
from desktop_app.domain.concern_input import MAX_INJURIES
from desktop_app.domain.records import InjuryMark

# The details a member of staff can describe in the side panel; view, x, y and region come from the map itself.
DETAIL_FIELDS = (
    "type", "size_cm", "shape", "colour", "skin_broken", "explanation", "explanation_by", "first_aid", "observed_by",
    "witnessed_by",
)  # fmt: skip


class BodyMapMarks(QObject):
    """The marks of one map (all its views), numbered 1..n by their position, and the selected one.

    Private state: `_marks` (InjuryMark, in the order placed), `_selected` (position or -1), `_removed` (the last
    mark removed and where it was, so that a removal can be undone).

    `changed` is emitted after every edit made through add/move/describe/remove/undo_remove, never by set_marks or
    clear, which emit `reset` instead; `selection_changed(int)` gives the selected position or -1.
    """

    changed = Signal()
    reset = Signal()
    selection_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks: list[InjuryMark] = []
        self._selected = -1
        self._removed: tuple[int, InjuryMark] | None = None

    # -- reading ------------------------------------------------------------------------------------------------

    def marks(self) -> list[InjuryMark]:
        """Every mark, in number order (mark n is at position n - 1)."""
        return list(self._marks)

    def __len__(self) -> int:
        return len(self._marks)

    def mark(self, index: int) -> InjuryMark:
        return self._marks[index]

    def on_view(self, view: str) -> list[int]:
        """Positions of the marks on one view, in number order."""
        return [i for i, m in enumerate(self._marks) if m.view == view]

    def is_full(self) -> bool:
        return len(self._marks) >= MAX_INJURIES

    def can_undo_remove(self) -> bool:
        return self._removed is not None

    @property
    def selected(self) -> int:
        """The selected mark's position, or -1."""
        return self._selected

    # -- loading ------------------------------------------------------------------------------------------------

    def set_marks(self, marks: Iterable[InjuryMark]) -> None:
        """Load a map (e.g. a recovered draft) as given; nothing is selected afterwards."""
        loaded = list(marks)
        for mark in loaded:
            if mark.view not in bodymap.VIEWS:
                raise ValueError(f"unknown body-map view {mark.view!r}")
        self._marks = loaded
        self._removed = None
        self._selected = -1
        self.reset.emit()
        self.selection_changed.emit(-1)

    def clear(self) -> None:
        self.set_marks([])

    # -- editing ------------------------------------------------------------------------------------------------

    def select(self, index: int) -> None:
        """Select the mark at a position (-1 or any position out of range: none)."""
        index = index if 0 <= index < len(self._marks) else -1
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

    def add(self, view: str, x: float, y: float) -> int | None:
        """Place a mark where the outline is at (x, y) and select it; None (nothing placed) off the outline or when
        the map already holds the most marks a concern may carry."""
        if self.is_full() or not _within(x, y):
            return None
        x, y = _clamp(x), _clamp(y)
        if bodymap.region_at(view, x, y) is None:
            return None
        self._marks.append(InjuryMark(view=view, x=x, y=y, region=bodymap.nearest_region(view, x, y)))
        self._removed = None
        self._selected = len(self._marks) - 1
        self.changed.emit()
        self.selection_changed.emit(self._selected)
        return self._selected

    def move(self, index: int, x: float, y: float) -> bool:
        """Move a mark and derive its region again; False (not moved) when (x, y) is off the outline."""
        mark = self._marks[index]
        if not _within(x, y):
            return False
        x, y = _clamp(x), _clamp(y)
        if bodymap.region_at(mark.view, x, y) is None:
            return False
        if (x, y) == (mark.x, mark.y):
            return True
        region = bodymap.nearest_region(mark.view, x, y)
        self._marks[index] = dataclasses.replace(mark, x=x, y=y, region=region)
        self.changed.emit()
        return True

    def describe(self, index: int, **details: object) -> None:
        """Change a mark's details (any of DETAIL_FIELDS)."""
        unknown = set(details) - set(DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"not a detail of a mark: {', '.join(sorted(unknown))}")
        mark = self._marks[index]
        updated = dataclasses.replace(mark, **details)  # type: ignore[arg-type]
        if updated != mark:
            self._marks[index] = updated
            self.changed.emit()

    def remove(self, index: int) -> None:
        """Remove a mark; the marks after it are numbered one lower. It can be undone until another mark is placed."""
        removed = self._marks.pop(index)
        self._removed = (index, removed)
        self._selected = -1  # before `changed`, so that no listener looks up a position that has gone
        self.changed.emit()
        self.selection_changed.emit(-1)

    def undo_remove(self) -> int | None:
        """Put the last removed mark back where it was (with its number) and select it."""
        if self._removed is None:
            return None
        index, mark = self._removed
        self._removed = None
        index = min(index, len(self._marks))
        self._marks.insert(index, mark)
        self._selected = index
        self.changed.emit()
        self.selection_changed.emit(index)
        return index


def _within(x: float, y: float) -> bool:
    """Whether a point lies in the outline's rectangle (marks are stored as fractions from 0 to 1)."""
    return math.isfinite(x) and math.isfinite(y) and 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, round(value, 4)))
