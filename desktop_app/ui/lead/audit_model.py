"""The table models of the Audit page: who looked at a file, and the problems a check of the records found."""

from __future__ import annotations

from typing import Any

from desktop_app.services.audit import AuditBreak, FileAccessRow
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import short_when
from desktop_app.ui.table_base import RowsModel


def _tr(text: str) -> str:
    return translate("AuditModel", text)


class FileAccessModel(RowsModel[FileAccessRow]):
    """Each opening, export or printing of one child's file, newest first (as the service gives them)."""

    COLUMN_WHEN, COLUMN_WHO, COLUMN_WHAT, COLUMN_DETAIL = range(4)

    def headers(self) -> list[str]:
        return [_tr("When"), _tr("Who"), _tr("What they did"), _tr("Details")]

    def text(self, row: FileAccessRow, column: int) -> str:
        return {
            self.COLUMN_WHEN: short_when(row.when),
            self.COLUMN_WHO: row.who,
            self.COLUMN_WHAT: row.action,
            self.COLUMN_DETAIL: row.detail,
        }.get(column, "")

    def sort_key(self, row: FileAccessRow, column: int) -> Any:
        return row.when.timestamp() if column == self.COLUMN_WHEN else super().sort_key(row, column)


class AuditBreaksModel(RowsModel[AuditBreak]):
    """Each problem the check found: when the entry was written, by whom, and what is wrong in plain words."""

    COLUMN_WHEN, COLUMN_WHO, COLUMN_WHAT = range(3)

    def headers(self) -> list[str]:
        return [_tr("Written"), _tr("By"), _tr("What is wrong")]

    def text(self, row: AuditBreak, column: int) -> str:
        return {
            self.COLUMN_WHEN: short_when(row.when) if row.when else _tr("unknown"),
            self.COLUMN_WHO: row.by,
            self.COLUMN_WHAT: row.words,
        }.get(column, "")

    def sort_key(self, row: AuditBreak, column: int) -> Any:
        if column == self.COLUMN_WHEN:
            return row.when.timestamp() if row.when else 0.0
        return super().sort_key(row, column)
