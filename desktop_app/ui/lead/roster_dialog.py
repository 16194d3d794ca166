"""Importing the pupil roster: the file checked first, then each pupil on roll missing from it asked about as a
leaver (the day they left), or the file said to be partial; the whole file is imported, or nothing."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableWidgetItem, QWidget

from desktop_app.domain.roster import RosterRejected
from desktop_app.services.directory import RosterPreview
from desktop_app.services.leavers import Leaving
from desktop_app.ui.forms.ui_lead_roster_import import Ui_LeadRosterImportDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import error_words
from desktop_app.ui.lead.dialog_base import LeadDialog

_UK = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _tr(text: str) -> str:
    return translate("RosterImportDialog", text)


def roster_problem(error: BaseException) -> str:
    """A refused file's problems (the first few), a service's own sentence, or a plain fallback."""
    if isinstance(error, RosterRejected):
        shown = "\n".join(f"  {p}" for p in error.problems[:8])
        return _tr("The file was refused, nothing was imported ({count} problem(s)):").format(count=error.total) + (
            f"\n{shown}"
        )
    return error_words(error, _tr("The roster could not be imported."))


def read_day(text: str) -> date | None:
    """A day as typed: DD/MM/YYYY (as UK schools write it) or YYYY-MM-DD; None when it is not a real date."""
    text = text.strip()
    try:
        if m := _UK.fullmatch(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        return date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


class RosterImportDialog(LeadDialog):
    """The roster file, checked (`check_requested`; the page runs the preview and calls `show_preview`), then a
    leaving day for each pupil on roll the file does not list. Import stays off until the file is checked and every
    such pupil has a real day, or the file is marked partial. Private state: `_preview` (the last check, for the
    file named in `_checked`), `_days` (one field per missing pupil, by UPN)."""

    check_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadRosterImportDialog(), parent, _tr("&Import"))
        self._folder = folder
        self._preview: RosterPreview | None = None
        self._checked = ""
        self._days: dict[str, QLineEdit] = {}
        self.ui.leaversTable.hide()
        self.ui.keepCheck.hide()
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.checkButton.clicked.connect(self._check)
        self.ui.fileEdit.textChanged.connect(self._file_changed)
        self.ui.keepCheck.toggled.connect(self.update_save)
        self._file_changed()
        self.ui.fileEdit.setFocus()

    def path(self) -> Path:
        return Path(self.ui.fileEdit.text().strip()).expanduser()

    def _file_changed(self) -> None:
        self.ui.checkButton.setEnabled(bool(self.ui.fileEdit.text().strip()))
        self.update_save()

    def _check(self) -> None:
        if self.ui.fileEdit.text().strip():
            self.show_problem("")
            self.check_requested.emit()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _tr("The roster exported from the MIS"), str(self._folder), _tr("Roster files (*.csv *.txt)")
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    def show_preview(self, preview: RosterPreview) -> None:
        """What importing the checked file would do, and a row for each missing pupil to give the day they left."""
        self._preview, self._checked = preview, self.ui.fileEdit.text().strip()
        text = _tr("{added} to add, {updated} to update, {unchanged} unchanged.").format(
            added=preview.added, updated=preview.updated, unchanged=preview.unchanged
        )
        if preview.leaving_in_file:
            text += " " + _tr("The file marks {count} pupil(s) as leavers.").format(count=preview.leaving_in_file)
        if preview.missing:
            text += " " + _tr(
                "{count} pupil(s) on roll are not in this file: give the day each left (DD/MM/YYYY), or mark the "
                "file as partial."
            ).format(count=len(preview.missing))
        self.ui.summaryLabel.setText(text)
        table = self.ui.leaversTable
        table.setRowCount(len(preview.missing))
        self._days = {}
        for row, pupil in enumerate(preview.missing):
            table.setItem(row, 0, QTableWidgetItem(f"{pupil.name} ({pupil.upn})"))
            edit = QLineEdit(table)
            edit.setPlaceholderText(_tr("DD/MM/YYYY"))
            edit.setAccessibleName(_tr("The day {name} left").format(name=pupil.name))
            edit.textChanged.connect(self.update_save)
            table.setCellWidget(row, 1, edit)
            self._days[pupil.upn] = edit
            table.setItem(row, 2, QTableWidgetItem(_tr("Yes: to be sent") if pupil.has_file else _tr("None")))
            kin = ", ".join(s.words for s in pupil.siblings) or _tr("None recorded")
            table.setItem(row, 3, QTableWidgetItem(kin))
        table.resizeColumnsToContents()
        table.setVisible(bool(preview.missing))
        self.ui.keepCheck.setVisible(bool(preview.missing))
        self.update_save()

    def day_field(self, upn: str) -> QLineEdit:
        return self._days[upn]

    def leaving(self) -> Leaving:
        """The days typed, by UPN (a field left empty with the file marked partial keeps that pupil on roll)."""
        days = {upn: day for upn, edit in self._days.items() if (day := read_day(edit.text())) is not None}
        return Leaving(days, None, self.ui.keepCheck.isChecked())

    def can_save(self) -> bool:
        if self._preview is None or self._checked != self.ui.fileEdit.text().strip():
            return False
        texts = [edit.text().strip() for edit in self._days.values()]
        if any(text and read_day(text) is None for text in texts):
            return False
        return self.ui.keepCheck.isChecked() or all(texts)
