"""The leads' retention review: files past or within a year of their retention date, and a decision for the chosen
one (keep it to a next review date, due for erasure, or an inquiry hold, each with its reason), or, for a file
decided due for erasure, closing it for erasure (its keys are not destroyed: the dialog says so), or closing and
erasing it (its file keys destroyed: the page asks first, saying what erasure cannot reach)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelection, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.domain.retention import RetentionStatus, years_after
from desktop_app.services.erasure import ClosedChild
from desktop_app.services.retention import RetentionList, ReviewRow
from desktop_app.ui.forms.ui_lead_retention import Ui_LeadRetentionDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.table_base import RowsModel


def _tr(text: str) -> str:
    return translate("RetentionDialog", text)


def status_words(status: RetentionStatus) -> str:
    return {
        RetentionStatus.HELD: _tr("Held"),
        RetentionStatus.RUNNING: _tr("Kept"),
        RetentionStatus.DUE_SOON: _tr("Due within the year"),
        RetentionStatus.DUE: _tr("Past retention"),
        RetentionStatus.ERASURE: _tr("Due for erasure"),
        RetentionStatus.NO_BIRTH_DATE: _tr("No date of birth"),
    }[status]


class RetentionModel(RowsModel[ReviewRow]):
    """The child (never cut), the retention date, where the file stands, and what was decided."""

    COLUMN_CHILD, COLUMN_UNTIL, COLUMN_STATUS, COLUMN_SAID = range(4)

    def headers(self) -> list[str]:
        return [_tr("Child"), _tr("Review on"), _tr("Stands"), _tr("Retention")]

    def text(self, row: ReviewRow, column: int) -> str:
        left = _tr(", left {day}").format(day=f"{row.item.left_on:%d %b %Y}") if row.item.left_on else ""
        review_on = row.retention.review_on
        return {
            self.COLUMN_CHILD: f"{row.pupil.full_name} ({row.pupil.upn}{left})",
            self.COLUMN_UNTIL: f"{review_on:%d %b %Y}" if review_on else _tr("now"),
            self.COLUMN_STATUS: status_words(row.item.status),
            self.COLUMN_SAID: row.words,
        }.get(column, "")


def closed_child_words(child: ClosedChild) -> str:
    """A closed file as a lead chooses it: the name and UPN the roster gave (the fold no longer shows the child)."""
    if child.pupil is None:
        return _tr("A child whose name no longer opens here ({ref})").format(ref=child.pupil_id[:8])
    words = _tr("{name}, UPN {upn}").format(name=child.pupil.full_name, upn=child.pupil.upn)
    return words + (_tr(" (erased: a key made since)") if child.erased else "")


class RetentionDialog(LeadDialog):
    """The review list as last read, and the decision being made for the chosen file; below it, the files closed for
    erasure and not yet erased, one of which a lead may erase. The page does the writing (`save_requested`,
    `erase_requested`) and gives the list back (`show_list`). Private state: `_today`, `_awaiting` (the closed
    files in the choice's order)."""

    erase_requested = Signal()

    def __init__(self, listed: RetentionList, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadRetentionDialog(), parent, _tr("&Record the decision"))
        self._today = listed.today
        self._awaiting: tuple[ClosedChild, ...] = ()
        self.model = RetentionModel(self)
        table = self.ui.filesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in range(RetentionModel.COLUMN_SAID):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RetentionModel.COLUMN_SAID, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selected)
        for radio in (self.ui.keepRadio, self.ui.eraseRadio, self.ui.holdRadio, self.ui.closeRadio):
            radio.toggled.connect(self._choice_changed)
        self.ui.reasonEdit.textChanged.connect(self.update_save)
        self.ui.untilEdit.dateChanged.connect(self.update_save)
        self.ui.eraseClosedButton.clicked.connect(self.erase_requested)
        self.show_list(listed)
        table.setFocus()

    def show_list(self, listed: RetentionList) -> None:
        """The list as read now (after a decision is recorded, the file moves off it or shows what was decided)."""
        self._today = listed.today
        count = len(listed.rows)
        if count == 0:
            said = _tr("No file is past its retention date or reaches it within {days} days")
        elif count == 1:
            said = _tr("1 file is past its retention date or reaches it within {days} days")
        else:
            said = _tr("{n} files are past their retention date or reach it within {days} days")
        said = said.format(n=count, days=listed.within_days)
        said += _tr(" (date of birth + {years} years, leavers included); {held} held.").format(
            years=listed.years, held=listed.held
        )
        if not count:
            said += " " + _tr("Nothing to review now.")
        if listed.closed:
            closed = _tr("1 file closed for erasure.") if listed.closed == 1 else _tr("{n} files closed for erasure.")
            said += " " + closed.format(n=listed.closed)
        if listed.erased:
            erased = (
                _tr("1 of them erased (its keys destroyed).")
                if listed.erased == 1
                else _tr("{n} of them erased (their keys destroyed).")
            )
            said += " " + erased.format(n=listed.erased)
        said += " " + _tr(
            "Closing a file for erasure hides it from every view of the app; its keys are not destroyed, so its "
            "encrypted entries stay in every store, on the hub and in backups, unless it is also erased."
        )
        self.ui.summaryLabel.setText(said)
        self._show_awaiting(listed.awaiting_erasure)
        self.model.set_rows(list(listed.rows))
        self.ui.filesTable.resizeRowsToContents()
        self.ui.reasonEdit.clear()
        if self.model.rows():
            self.ui.filesTable.selectRow(0)
        self._selected(QItemSelection(), QItemSelection())

    def _show_awaiting(self, awaiting: tuple[ClosedChild, ...]) -> None:
        self._awaiting = awaiting
        combo = self.ui.closedCombo
        combo.clear()
        for child in awaiting:
            combo.addItem(closed_child_words(child))
        self.ui.closedRow.setVisible(bool(awaiting))

    def chosen_closed(self) -> ClosedChild | None:
        """The closed file chosen to erase, if any."""
        index = self.ui.closedCombo.currentIndex()
        return self._awaiting[index] if 0 <= index < len(self._awaiting) else None

    def chosen(self) -> ReviewRow | None:
        rows = self.ui.filesTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.chosen()
        self.ui.decisionBox.setEnabled(row is not None)
        closable = row is not None and row.item.status is RetentionStatus.ERASURE
        self.ui.closeRadio.setEnabled(closable)
        if not closable and self.ui.closeRadio.isChecked():
            self.ui.keepRadio.setChecked(True)
        if row is not None:
            start = max(row.retention.retain_until or self._today, self._today + timedelta(days=1))
            suggested = max(start, years_after(self._today, 1))
            self.ui.untilEdit.setMinimumDate(QDate(start.year, start.month, start.day))
            self.ui.untilEdit.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.update_save()

    def _choice_changed(self, _on: bool) -> None:
        keep = self.ui.keepRadio.isChecked()
        self.ui.untilEdit.setEnabled(keep)
        self.ui.untilLabel.setEnabled(keep)
        closing = self.ui.closeRadio.isChecked()
        self.ui.reasonEdit.setEnabled(not closing)  # the review that decided it holds the reason
        self.ui.reasonLabel.setEnabled(not closing)
        self.update_save()

    def decision(self) -> str:
        """One of "keep", "erase", "hold" or "close"."""
        if self.ui.closeRadio.isChecked():
            return "close"
        if self.ui.holdRadio.isChecked():
            return "hold"
        return "erase" if self.ui.eraseRadio.isChecked() else "keep"

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def until(self) -> date:
        chosen = self.ui.untilEdit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def can_save(self) -> bool:
        if self.chosen() is None:
            return False
        return self.decision() == "close" or bool(self.reason())
