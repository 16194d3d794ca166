"""Table models beside the body-map history: how many marks fell in each region, and every mark in the range."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from desktop_app.domain.lead.bodymap_history import HistoricMark
from desktop_app.ui.bodymap.words import mark_type_words, region_words
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.queue_model import RED_TEXT
from desktop_app.ui.table_base import RowsModel, sort_text

_Index = QModelIndex | QPersistentModelIndex
REPEATED = 2  # a region with this many marks or more is shown in red and bold: recurrence must not go unseen


def _tr(text: str) -> str:
    return translate("BodyMapHistoryModel", text)


class RegionCountsModel(RowsModel[tuple[str, int]]):
    """(region, count) rows, most frequent first as the domain gives them."""

    COLUMN_REGION, COLUMN_COUNT = range(2)
    RegionRole = Qt.ItemDataRole.UserRole + 3

    def headers(self) -> list[str]:
        return [_tr("Region"), _tr("Marks")]

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.set_rows(list(counts.items()))

    def counts(self) -> dict[str, int]:
        return dict(self._rows)

    def text(self, row: tuple[str, int], column: int) -> str:
        region, count = row
        return region_text(region) if column == self.COLUMN_REGION else str(count)

    def sort_key(self, row: tuple[str, int], column: int) -> Any:
        return row[1] if column == self.COLUMN_COUNT else sort_text(region_text(row[0]))

    def tooltip(self, row: tuple[str, int], column: int) -> str | None:
        return None

    def role_data(self, row: tuple[str, int], index: _Index, role: int) -> Any:
        region, count = row
        if role == self.RegionRole:
            return region
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COLUMN_COUNT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if count >= REPEATED and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(RED_TEXT)
        if count >= REPEATED and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def region_text(code: str) -> str:
    """A region code in words (an unknown code, from a newer app, as it is)."""
    try:
        return region_words(code)
    except ValueError:
        return code


class HistoricMarksModel(RowsModel[HistoricMark]):
    """Every mark in the range, numbered as on the maps (oldest 1)."""

    COLUMN_NUMBER, COLUMN_WHEN, COLUMN_MARK, COLUMN_EXPLANATION = range(4)
    ConcernIdRole = Qt.ItemDataRole.UserRole + 3
    MarkRole = Qt.ItemDataRole.UserRole + 4

    def headers(self) -> list[str]:
        return [_tr("No."), _tr("When"), _tr("Mark"), _tr("Explanation")]

    def set_marks(self, marks: Sequence[HistoricMark]) -> None:
        self.set_rows(sorted(marks, key=lambda m: m.number))

    def row_of(self, concern_id: str, mark_index: int) -> int:
        """The row of a concern's mark, or -1 when it is not listed."""
        return next(
            (i for i, m in enumerate(self._rows) if m.concern_id == concern_id and m.mark_index == mark_index), -1
        )

    def text(self, row: HistoricMark, column: int) -> str:
        return self._text(row, column)

    def sort_key(self, row: HistoricMark, column: int) -> Any:
        if column in (self.COLUMN_NUMBER, self.COLUMN_WHEN):
            return row.number
        return sort_text(self._text(row, column))

    def tooltip(self, row: HistoricMark, column: int) -> str | None:
        return (row.mark.explanation or None) if column == self.COLUMN_EXPLANATION else None

    def role_data(self, row: HistoricMark, index: _Index, role: int) -> Any:
        if role == self.ConcernIdRole:
            return row.concern_id
        if role == self.MarkRole:
            return row
        return None

    def _text(self, mark: HistoricMark, column: int) -> str:
        if column == self.COLUMN_NUMBER:
            return str(mark.number)
        if column == self.COLUMN_WHEN:
            when = mark.occurred_at.astimezone().strftime("%d %b %Y")
            if mark.added_at is None:
                return when
            added = mark.added_at.astimezone().strftime("%d %b %Y")
            return _tr("{when}, added {added}").format(when=when, added=added)
        if column == self.COLUMN_MARK:
            size = _tr(", {size} cm").format(size=f"{mark.mark.size_cm:g}") if mark.mark.size_cm else ""
            words = (
                _tr("{type} {region}{size}")  # "behind the left ear" says where by itself
                if mark.mark.region.startswith("behind-")
                else _tr("{type} on the {region}{size}")
            )
            return words.format(type=mark_type_words(mark.mark.type), region=region_text(mark.mark.region), size=size)
        if column == self.COLUMN_EXPLANATION:
            return mark.mark.explanation or _tr("(none given)")
        return ""


class SortProxy(QSortFilterProxyModel):
    """Sorts a table model by `RowsModel.SortRole` (one number in every model on that base)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(RowsModel.SortRole)
