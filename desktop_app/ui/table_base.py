"""The shape table models share: rows of one record type, column headers, text and sort keys per column."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex

_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "þ": "th", "æ": "ae", "œ": "oe"})


def sort_text(text: str) -> str:
    """A key that sorts names as people expect whatever the PC's locale: Şeyma with S, Łuczak with L."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one record type. Subclasses set `headers()` and `text(row, column)`, and may override `sort_key`,
    `tooltip`, `accessible_text` and `role_data` (every other role, their own `UserRole + n` from 3 up).
    `SortRole` gives the sort key, `RowRole` the record itself; sorted by `GIVEN_ORDER_COLUMN` the rows keep the
    order they were given in. Private state: `_rows`."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    GIVEN_ORDER_COLUMN: int | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # What a subclass says ----------------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        return sort_text(self.text(row, column))

    def tooltip(self, row: R, column: int) -> str | None:
        return self.text(row, column) or None

    def accessible_text(self, row: R, column: int) -> str:
        return self.text(row, column)

    def role_data(self, row: R, index: _Index, role: int) -> Any:
        """Any role the base does not answer (colours, fonts, alignment, a subclass's own roles)."""
        return None

    # Rows --------------------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (views reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock): no child data stays in the model."""
        self.set_rows([])

    def replace_row(self, position: int, row: R, columns: Sequence[int] = (), roles: Sequence[int] = ()) -> None:
        """One row changed: views redraw that row only (or only `columns` of it, for `roles` when given)."""
        self._rows[position] = row
        first, last = (min(columns), max(columns)) if columns else (0, self.columnCount() - 1)
        self.dataChanged.emit(self.index(position, first), self.index(position, last), list(roles))

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    # Qt model ----------------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            column = index.column()
            return index.row() if column == self.GIVEN_ORDER_COLUMN else self.sort_key(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return self.role_data(row, index, role)
