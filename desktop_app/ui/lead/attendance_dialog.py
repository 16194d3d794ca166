"""Importing attendance marks from the MIS: a file chosen, imported whole or refused with its problems named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.domain.attendance.csv_marks import MarksRejected
from desktop_app.ui.forms.ui_lead_attendance_import import Ui_LeadAttendanceImportDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import error_words
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("AttendanceImportDialog", text)


def attendance_problem(error: BaseException) -> str:
    """A refused file's problems (the first few, each naming its line), a service's sentence, or a fallback."""
    if isinstance(error, MarksRejected):
        shown = "\n".join(f"  {p}" for p in error.problems[:8])
        head = _tr("The file was refused, nothing was imported ({count} problem(s)):").format(count=error.total)
        return f"{head}\n{shown}"
    return error_words(error, _tr("The attendance marks could not be imported."))


class AttendanceImportDialog(LeadDialog):
    """The marks file to import; Import stays off until a file is named. The page runs the import off the GUI
    thread and closes the dialog only once the marks are on disk (`LeadDialog`)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadAttendanceImportDialog(), parent, _tr("&Import"))
        self._folder = folder
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.fileEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.fileEdit.setFocus()

    def path(self) -> Path:
        return Path(self.ui.fileEdit.text().strip()).expanduser()

    def can_save(self) -> bool:
        return bool(self.ui.fileEdit.text().strip())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _tr("Attendance marks exported from the MIS"), str(self._folder), _tr("CSV files (*.csv *.txt)")
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)
