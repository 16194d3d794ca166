"""The shape table models share: rows of one record type, column headers, text and sort keys per column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.ui.my_concerns_model import sort_text

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one record type. Subclasses set `headers()` and `text(row, column)`, and may override `sort_key`.
    `SortRole` gives the sort key, `RowRole` the record itself. Private state: `_rows`."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        return sort_text(self.text(row, column))

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return self.sort_key(row, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, index.column()) or None
        return None
