"""The table model of the staff accounts page: one row per account, with its role and whether it can sign in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.records import Role
from desktop_app.services.staff_admin import AccountRow
from desktop_app.ui.i18n import translate
from desktop_app.ui.sign_in import role_name
from desktop_app.ui.table_base import RowsModel

_Index = QModelIndex | QPersistentModelIndex
DISABLED_TEXT = QColor("#6b6b6b")


def _tr(text: str) -> str:
    return translate("StaffModel", text)


class StaffModel(RowsModel[AccountRow]):
    """Accounts by name (as the service gives them); a disabled account is greyed and says so."""

    COLUMN_NAME, COLUMN_USERNAME, COLUMN_JOB, COLUMN_ROLE, COLUMN_STATUS = range(5)

    def headers(self) -> list[str]:
        return [_tr("Name"), _tr("Username"), _tr("Job title"), _tr("Role"), _tr("Status")]

    def text(self, row: AccountRow, column: int) -> str:
        if column == self.COLUMN_NAME:
            return row.full_name + (" " + _tr("(you)") if row.is_you else "")
        if column == self.COLUMN_USERNAME:
            return row.username
        if column == self.COLUMN_JOB:
            return row.job_title
        if column == self.COLUMN_ROLE:
            words = role_name(row.role)
            if row.role == Role.OVERSIGHT:
                words += " · " + (_tr("has the dashboard") if row.dashboard else _tr("no dashboard yet"))
            return words
        if column == self.COLUMN_STATUS:
            return _tr("Can sign in") if row.active else _tr("Disabled")
        return ""

    def row_for(self, account_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.account_id == account_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(DISABLED_TEXT)
        return super().data(index, role)
