"""Table models beside the body-map history: how many marks fell in each region, and every mark in the range."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from desktop_app.domain.lead.child_file import HistoricMark
from desktop_app.ui.bodymap.words import mark_type_words, region_words
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.queue_model import RED_TEXT
from desktop_app.ui.my_concerns_model import sort_text

_Index = QModelIndex | QPersistentModelIndex
REPEATED = 2  # a region with this many marks or more is shown in red and bold: recurrence must not go unseen


def _tr(text: str) -> str:
    return translate("BodyMapHistoryModel", text)


class RegionCountsModel(QAbstractTableModel):
    """(region, count) rows, most frequent first as the domain gives them. Private state: `_rows`."""

    COLUMN_REGION, COLUMN_COUNT = range(2)
    SortRole = Qt.ItemDataRole.UserRole + 1
    RegionRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self._headers = [_tr("Region"), _tr("Marks")]

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.beginResetModel()
        self._rows = list(counts.items())
        self.endResetModel()

    def clear(self) -> None:
        self.set_counts({})

    def counts(self) -> dict[str, int]:
        return dict(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        (region, count), column = self._rows[index.row()], index.column()
        if role == self.RegionRole:
            return region
        if role == self.SortRole:
            return count if column == self.COLUMN_COUNT else sort_text(region_text(region))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return region_text(region) if column == self.COLUMN_REGION else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_COUNT:
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


class HistoricMarksModel(QAbstractTableModel):
    """Every mark in the range, numbered as on the maps (oldest 1). Private state: `_marks`."""

    COLUMN_NUMBER, COLUMN_WHEN, COLUMN_MARK, COLUMN_EXPLANATION = range(4)
    SortRole = Qt.ItemDataRole.UserRole + 1
    ConcernIdRole = Qt.ItemDataRole.UserRole + 2
    MarkRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._marks: list[HistoricMark] = []
        self._headers = [_tr("No."), _tr("When"), _tr("Mark"), _tr("Explanation")]

    def set_marks(self, marks: Sequence[HistoricMark]) -> None:
        self.beginResetModel()
        self._marks = sorted(marks, key=lambda m: m.number)
        self.endResetModel()

    def clear(self) -> None:
        self.set_marks([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._marks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._marks):
            return None
        mark, column = self._marks[index.row()], index.column()
        if role == self.ConcernIdRole:
            return mark.concern_id
        if role == self.MarkRole:
            return mark
        if role == self.SortRole:
            if column in (self.COLUMN_NUMBER, self.COLUMN_WHEN):
                return mark.number
            return sort_text(self._text(mark, column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(mark, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_EXPLANATION:
            return mark.mark.explanation or None
        return None

    def _text(self, mark: HistoricMark, column: int) -> str:
        if column == self.COLUMN_NUMBER:
            return str(mark.number)
        if column == self.COLUMN_WHEN:
            return mark.occurred_at.astimezone().strftime("%d %b %Y")
        if column == self.COLUMN_MARK:
            size = _tr(", {size} cm").format(size=f"{mark.mark.size_cm:g}") if mark.mark.size_cm else ""
            return _tr("{type} on the {region}{size}").format(
                type=mark_type_words(mark.mark.type), region=region_text(mark.mark.region), size=size
            )
        if column == self.COLUMN_EXPLANATION:
            return mark.mark.explanation or _tr("(none given)")
        return ""


class SortProxy(QSortFilterProxyModel):
    """Sorts a lead table model by its `SortRole` (UserRole + 1 in every model of this package)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole + 1)
