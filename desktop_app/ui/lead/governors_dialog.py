"""Making the termly report for governors: where, which term, and a password asked twice and never kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.ui.forms.ui_lead_governors_report import Ui_LeadGovernorsReportDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.password_pair import PasswordPair


def _tr(text: str) -> str:
    return translate("GovernorsReportDialog", text)


class GovernorsReportDialog(LeadDialog):
    """Save-as path, a day in the term (today's term unless changed), and the PDF password twice; the password
    lives only in the two fields and is wiped as the dialog closes (`done`). Private state: `_password`."""

    def __init__(self, suggested: Path, today: date, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadGovernorsReportDialog(), parent, _tr("&Make the report"))
        self._password = PasswordPair(self.ui.passwordEdit, self.ui.repeatEdit, self.ui.errorLabel)
        self.ui.aboutLabel.setText(
            _tr("The termly safeguarding report for governors: how many children had concerns, by category, year "
                "group and your decisions, and how often the school's own clocks were met, beside the term before. "
                "It names no child, and a count under 5 is printed as 'fewer than 5'.")
        )  # fmt: skip
        self.ui.pathEdit.setText(str(suggested))
        self.ui.termEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.termEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.browseButton.clicked.connect(self._browse)
        for edit in (self.ui.pathEdit, self.ui.passwordEdit, self.ui.repeatEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.passwordEdit.setFocus()

    def path(self) -> Path:
        return Path(self.ui.pathEdit.text().strip()).expanduser()

    def term_day(self) -> date:
        chosen = self.ui.termEdit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def password(self) -> str:
        return self._password.password()

    def can_save(self) -> bool:
        return self._password.matches() and bool(self.ui.pathEdit.text().strip())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save the report for governors as"), str(self.path()), _tr("PDF documents (*.pdf)")
        )
        if chosen:
            self.ui.pathEdit.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def done(self, result: int) -> None:
        self._password.wipe()
        super().done(result)
