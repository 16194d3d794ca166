"""Exporting a child's referral pack: where, how, and a password asked twice and never kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.ui.forms.ui_lead_export_pack import Ui_LeadExportPackDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.document_choice import chosen_documents, fill_document_choice
from desktop_app.ui.lead.password_pair import PasswordPair

if TYPE_CHECKING:  # the referral service loads the PDF stack: imported when a pack is made, not at start-up
    from desktop_app.services.referral import ReferralOptions


def _tr(text: str) -> str:
    return translate("ExportPackDialog", text)


class ExportPackDialog(LeadDialog):
    """Save-as path, marking, external and family options, and the PDF password twice. Export stays off until both
    passwords match; the password lives only in the two fields and is wiped as the dialog closes (`done`).
    The service checks the password's strength and says what is wrong. Private state: `_password`."""

    def __init__(
        self,
        about: str,
        suggested: Path,
        marking: str,
        parent: QWidget | None = None,
        documents: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(Ui_LeadExportPackDialog(), parent, _tr("&Export"))
        self._password = PasswordPair(self.ui.passwordEdit, self.ui.repeatEdit, self.ui.errorLabel)
        self.ui.aboutLabel.setText(about)
        fill_document_choice(self.ui.documentsLabel, self.ui.documentsList, documents)
        self.ui.pathEdit.setText(str(suggested))
        self.ui.markingEdit.setText(marking)
        self.ui.browseButton.clicked.connect(self._browse)
        for edit in (self.ui.pathEdit, self.ui.markingEdit, self.ui.passwordEdit, self.ui.repeatEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.passwordEdit.setFocus()

    def path(self) -> Path:
        return Path(self.ui.pathEdit.text().strip()).expanduser()

    def options(self) -> ReferralOptions:
        from desktop_app.services.referral import ReferralOptions

        return ReferralOptions(
            external=self.ui.externalCheck.isChecked(),
            family=self.ui.familyCheck.isChecked(),
            marking=self.ui.markingEdit.text(),
            documents=chosen_documents(self.ui.documentsList),
        )

    def password(self) -> str:
        return self._password.password()

    def can_save(self) -> bool:
        filled = bool(self.ui.pathEdit.text().strip()) and bool(self.ui.markingEdit.text().strip())
        return self._password.matches() and filled

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save the referral pack as"), str(self.path()), _tr("PDF documents (*.pdf)")
        )
        if chosen:
            self.ui.pathEdit.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def wipe_password(self) -> None:
        """Clear both password fields (after an export, and as the dialog closes)."""
        self._password.wipe()

    def done(self, result: int) -> None:
        self.wipe_password()
        super().done(result)
