"""The table model behind "My actions": the actions a lead gave the signed-in person, one row each."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.services.meetings import MyAction
from desktop_app.ui.i18n import translate
from desktop_app.ui.table_base import RowsModel, _Index, sort_text

OVERDUE_COLOUR = QColor("#8c1d18")


def _tr(text: str) -> str:
    return translate("MyActionsModel", text)


def due_text(day: date | None) -> str:
    return day.strftime("%a %d %b %Y") if day else _tr("No date")


class MyActionsModel(RowsModel[MyAction]):
    """My actions: due date, child, what to do, and where it stands (overdue in red). `today` decides overdue."""

    COLUMN_DUE, COLUMN_PUPIL, COLUMN_TEXT, COLUMN_STATUS = range(4)
    ActionIdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> list[str]:
        return [_tr("Due"), _tr("Child"), _tr("What to do"), _tr("Status")]

    def status(self, row: MyAction) -> str:
        if row.done:
            return _tr("Done")
        return _tr("Overdue") if row.overdue(self.today) else _tr("Open")

    def text(self, row: MyAction, column: int) -> str:
        if column == self.COLUMN_DUE:
            return due_text(row.due)
        if column == self.COLUMN_PUPIL:
            return row.pupil_name
        if column == self.COLUMN_TEXT:
            return row.text
        return self.status(row)

    def sort_key(self, row: MyAction, column: int) -> Any:
        if column == self.COLUMN_DUE:
            return (row.due or date.max).isoformat()
        return sort_text(self.text(row, column))

    def role_data(self, row: MyAction, index: _Index, role: int) -> Any:
        if role == self.ActionIdRole:
            return row.action_id
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue(self.today):
            return OVERDUE_COLOUR
        return None

    def row_for(self, action_id: str) -> int:
        return next((n for n, r in enumerate(self.rows()) if r.action_id == action_id), -1)
