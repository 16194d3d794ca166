"""The table model behind the triage queue: one row per item that needs a lead, in the service's order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.taxonomy import Category
from desktop_app.domain.triage.items import Clock, Stage, TriageItem
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import category_name, short_when
from desktop_app.ui.table_base import RowsModel, sort_text

_Index = QModelIndex | QPersistentModelIndex

# Fixed colours, never the desktop palette: red and amber mean the same on every PC.
RED_BACKGROUND = QColor("#f9dedc")
AMBER_BACKGROUND = QColor("#fff0c2")
RED_TEXT = QColor("#8c1d18")
AMBER_TEXT = QColor("#6b4e00")


def _tr(text: str) -> str:
    return translate("TriageQueueModel", text)


def clock_words(clock: Clock) -> str:
    """A clock in words (the colour is never the only sign)."""
    return {Clock.RED: _tr("Overdue"), Clock.AMBER: _tr("Due soon"), Clock.GREEN: _tr("On time")}[clock]


def stage_words(stage: Stage) -> str:
    """Why an item is in the queue, through the translator (the service's words are the source text)."""
    return translate("TriageStage", stage.value)


class TriageQueueModel(RowsModel[TriageItem]):
    """Rows of `TriageItem` in the order the service gave (risk, then time: `domain.triage.items.queue_order`); an item
    new since the lead last looked is in bold and says NEW.
    The red flags come straight after the pupil, so they are in view on the narrowest screen.

    Private state: `_rows`, `_categories` (code to category, for names).
    """

    (COLUMN_CLOCK, COLUMN_STAGE, COLUMN_PUPIL, COLUMN_FLAGS, COLUMN_CATEGORY, COLUMN_SUMMARY, COLUMN_RECORDED_BY,
     COLUMN_RECORDED_AT, COLUMN_OWNER) = range(9)  # fmt: skip
    ItemRole = RowsModel.RowRole
    EntryIdRole = Qt.ItemDataRole.UserRole + 3
    ConcernIdRole = Qt.ItemDataRole.UserRole + 4
    PupilIdRole = Qt.ItemDataRole.UserRole + 5
    StageRole = Qt.ItemDataRole.UserRole + 6
    ClockRole = Qt.ItemDataRole.UserRole + 7
    GIVEN_ORDER_COLUMN = COLUMN_CLOCK  # sorted by the clock: the service's order (risk, then time)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._categories: dict[str, Category] = {}
        self._headers = [
            _tr("Clock"),
            _tr("Needs"),
            _tr("Pupil"),
            _tr("Red flags"),
            _tr("Category"),
            _tr("What"),
            _tr("Recorded by"),
            _tr("Recorded"),
            _tr("Owner"),
        ]

    def headers(self) -> list[str]:
        return self._headers

    def set_items(self, items: Sequence[TriageItem], categories: Mapping[str, Category] | None = None) -> None:
        """Replace every row (after a refresh: the queue's order may change as a whole)."""
        if categories is not None:
            self._categories = dict(categories)  # read by `text` only, once the rows below are reset
        self.set_rows(items)

    def clear(self) -> None:
        """Forget every row (on lock): no child data stays in the model."""
        self.set_items([], {})

    def item_at(self, row: int) -> TriageItem | None:
        return self.row_at(row)

    def row_for(self, entry_id: str) -> int:
        return next((i for i, item in enumerate(self._rows) if item.entry_id == entry_id), -1)

    def items(self) -> list[TriageItem]:
        return self.rows()

    def new_items(self) -> int:
        return sum(1 for item in self._rows if item.new)

    def overdue(self) -> int:
        return sum(1 for item in self._rows if item.clock == Clock.RED)

    def tooltip(self, row: TriageItem, column: int) -> str | None:
        return (self.text(row, column) or None) if column in (self.COLUMN_FLAGS, self.COLUMN_SUMMARY) else None

    def role_data(self, row: TriageItem, index: _Index, role: int) -> Any:
        item, column = row, index.column()
        if role == self.EntryIdRole:
            return item.entry_id
        if role == self.ConcernIdRole:
            return item.concern_id
        if role == self.PupilIdRole:
            return item.pupil_id
        if role == self.StageRole:
            return item.stage
        if role == self.ClockRole:
            return item.clock
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_CLOCK:
            colour = {Clock.RED: RED_BACKGROUND, Clock.AMBER: AMBER_BACKGROUND}.get(item.clock)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_CLOCK:
            colour = {Clock.RED: RED_TEXT, Clock.AMBER: AMBER_TEXT}.get(item.clock)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_FLAGS and (item.flags or item.risk):
            return QBrush(RED_TEXT)
        if role == Qt.ItemDataRole.FontRole and item.new:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, item: TriageItem, column: int) -> str:
        if column == self.COLUMN_CLOCK:
            due = short_when(item.due_at)
            return f"{clock_words(item.clock)}\n{due}" if due else clock_words(item.clock)
        if column == self.COLUMN_STAGE:
            marks = [_tr("NEW")] if item.new else []
            if item.urgent:
                marks.append(_tr("URGENT"))
            if item.for_you:
                marks.append(_tr("Your sign-off"))
            if item.reopened:
                marks.append(_tr("File reopened"))
            words = stage_words(item.stage)
            return f"{' · '.join(marks)}\n{words}" if marks else words
        if column == self.COLUMN_PUPIL:
            return item.pupil_name
        if column == self.COLUMN_CATEGORY:
            codes = item.categories or ((item.category,) if item.category else ())
            return ", ".join(category_name(self._categories, code) for code in codes)
        if column == self.COLUMN_SUMMARY:
            return item.summary
        if column == self.COLUMN_RECORDED_BY:
            return item.recorded_by
        if column == self.COLUMN_RECORDED_AT:
            return short_when(item.recorded_at)
        if column == self.COLUMN_FLAGS:
            return "\n".join(dict.fromkeys((*item.risk, *item.flags)))
        if column == self.COLUMN_OWNER:
            return item.owner
        return ""

    def sort_key(self, item: TriageItem, column: int) -> Any:
        if column == self.COLUMN_RECORDED_AT:
            return item.recorded_at.timestamp()
        if column == self.COLUMN_FLAGS:
            return len(item.flags)
        return sort_text(self.text(item, column))


class TriageQueueProxy(QSortFilterProxyModel):
    """Sorts the queue by `TriageQueueModel.SortRole`; sorted by the clock column it keeps the service's order (risk,
    then time)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(TriageQueueModel.SortRole)
