"""Patterns across children, as a lead reads them: each pattern's records, one row each, with the children and
what to consider; Enter or a double click on a row opens that child's file at the concern."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop_app.domain.ids import short_reference
from desktop_app.domain.patterns import Pattern
from desktop_app.services.patterns import PatternsFound
from desktop_app.ui.forms.ui_lead_patterns import Ui_LeadPatternsDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import short_when
from desktop_app.ui.lead.queue_page import OpenFile
from desktop_app.ui.table_base import RowsModel


def _tr(text: str) -> str:
    return translate("PatternsDialog", text)


class PatternRow:
    """One record behind a pattern (or a child the pattern is held for without a record: `concern_id` empty)."""

    __slots__ = ("child", "concern_id", "pattern", "pupil_id", "upn", "when")

    def __init__(self, pattern: Pattern, pupil_id: str, child: str, upn: str, concern_id: str, when: Any) -> None:
        self.pattern, self.pupil_id, self.child, self.upn = pattern, pupil_id, child, upn
        self.concern_id, self.when = concern_id, when


class PatternsModel(RowsModel[PatternRow]):
    """What is named, what it is, how many families, then each record: when, the child (never cut), the concern."""

    COLUMN_NAMED, COLUMN_WHAT, COLUMN_FAMILIES, COLUMN_WHEN, COLUMN_CHILD, COLUMN_RECORD = range(6)

    def headers(self) -> list[str]:
        return [_tr("Named"), _tr("What"), _tr("Families"), _tr("When"), _tr("Child"), _tr("Record")]

    def text(self, row: PatternRow, column: int) -> str:
        return {
            self.COLUMN_NAMED: row.pattern.label,
            self.COLUMN_WHAT: row.pattern.what,
            self.COLUMN_FAMILIES: str(row.pattern.families),
            self.COLUMN_WHEN: short_when(row.when) if row.when is not None else "",
            self.COLUMN_CHILD: f"{row.child} ({row.upn})" if row.upn else row.child,
            self.COLUMN_RECORD: short_reference(row.concern_id) if row.concern_id else _tr("held as a contact"),
        }.get(column, "")


def pattern_rows(found: PatternsFound) -> list[PatternRow]:
    rows = []
    for pattern in found.patterns:
        for pupil_id, concern_id, when in [
            *((r.pupil_id, r.concern_id, r.when) for r in pattern.records),
            *((p, "", None) for p in sorted(pattern.known_around)),
        ]:
            pupil = found.pupils.get(pupil_id)
            child = pupil.full_name if pupil else _tr("unknown child")
            rows.append(PatternRow(pattern, pupil_id, child, pupil.upn if pupil else "", concern_id, when))
    return rows


class PatternsDialog(QDialog):
    """The patterns found when it was opened. Private state: `_open_file`."""

    def __init__(self, found: PatternsFound, open_file: OpenFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadPatternsDialog()
        self.ui.setupUi(self)
        self._open_file = open_file
        self.model = PatternsModel(self)
        self.model.set_rows(pattern_rows(found))
        table = self.ui.patternsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in range(PatternsModel.COLUMN_RECORD + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PatternsModel.COLUMN_NAMED, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._open_row)
        table.selectionModel().selectionChanged.connect(self._selected)
        self.ui.buttonBox.rejected.connect(self.reject)
        count = len(found.patterns)
        if not count:
            said = _tr("Nothing connects children of different families, and no member of staff is named in more "
                       "than one concern.")  # fmt: skip
        else:
            said = (_tr("1 pattern") if count == 1 else _tr("{n} patterns").format(n=count)) + _tr(
                ": each is a prompt to look, not a finding. Enter opens the child's file at the record."
            )
        self.ui.summaryLabel.setText(said)
        table.resizeRowsToContents()
        if self.model.rows():
            table.selectRow(0)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.patternsTable.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        self.ui.adviceLabel.setText(row.pattern.advice if row is not None else "")

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.accept()
            self._open_file(row.pupil_id, row.concern_id)
