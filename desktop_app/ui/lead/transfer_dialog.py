"""Transferring a child's file: sending (the receiving school, a folder, two separate secrets, suggested and checked)
and receiving (the bundle, its passphrase, and the fingerprint heard by telephone)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from desktop_app.domain.transfer import normalise_code
from desktop_app.services.errors import ServiceError
from desktop_app.services.transfer import check_transfer_secrets, suggest_passphrase
from desktop_app.ui.forms.ui_lead_transfer_export import Ui_LeadTransferExportDialog
from desktop_app.ui.forms.ui_lead_transfer_import import Ui_LeadTransferImportDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.document_choice import chosen_documents, fill_document_choice

FINGERPRINT_CHARACTERS = 16  # four groups of four


def _tr(text: str) -> str:
    return translate("TransferExportDialog", text)


class TransferExportDialog(LeadDialog):
    """The receiving school's name, the folder, the PDF password and the bundle passphrase. Each secret can be
    suggested (seven random words), and a suggested one is shown clearly, in words, to write down or read out;
    a typed one is checked as it is typed and Send stays off while either is weak or they are not independent.
    Private state: `_suggested` (field -> the words suggested into it, while it still holds them). Both secrets
    live only in their fields and are wiped as the dialog closes (`done`)."""

    def __init__(
        self,
        about: str,
        folder: Path,
        school_name: str,
        fingerprint: str,
        parent: QWidget | None = None,
        documents: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(Ui_LeadTransferExportDialog(), parent, _tr("&Send"))
        self._school_name = school_name
        self._suggested: dict[str, str] = {}
        self.ui.aboutLabel.setText(about)
        fill_document_choice(self.ui.documentsLabel, self.ui.documentsList, documents)
        self.ui.folderEdit.setText(str(folder))
        self.ui.fingerprintLabel.setText(
            _tr("This school's fingerprint, to read to the receiving lead: {fingerprint}").format(
                fingerprint=fingerprint
            )
        )
        self.ui.shownLabel.hide()
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.pdfSuggestButton.clicked.connect(lambda: self._suggest(self.ui.pdfEdit))
        self.ui.bundleSuggestButton.clicked.connect(lambda: self._suggest(self.ui.bundleEdit))
        for edit in (self.ui.toEdit, self.ui.folderEdit, self.ui.pdfEdit, self.ui.bundleEdit):
            edit.textChanged.connect(self.update_save)
        for edit in (self.ui.pdfEdit, self.ui.bundleEdit):
            edit.textEdited.connect(lambda _text, edit=edit: self._typed(edit))
        self.update_save()
        self.ui.toEdit.setFocus()

    def to_school(self) -> str:
        return self.ui.toEdit.text().strip()

    def documents(self) -> tuple[str, ...]:
        """The attached documents ticked to print after the transfer pack."""
        return chosen_documents(self.ui.documentsList)

    def folder(self) -> Path:
        return Path(self.ui.folderEdit.text().strip()).expanduser()

    def pdf_password(self) -> str:
        return self.ui.pdfEdit.text()

    def bundle_passphrase(self) -> str:
        return self.ui.bundleEdit.text()

    def shown(self) -> str:
        """What the dialog shows of the suggested secrets (empty when none is suggested)."""
        return self.ui.shownLabel.text() if self.ui.shownLabel.isVisible() else ""

    def _suggest(self, edit: QLineEdit) -> None:
        made = suggest_passphrase(self._school_name)
        other = self.ui.bundleEdit if edit is self.ui.pdfEdit else self.ui.pdfEdit
        while other.text() and set(made.split()) & set(other.text().split()):
            made = suggest_passphrase(self._school_name)  # two suggestions share no word
        self._suggested[edit.objectName()] = made
        edit.setEchoMode(QLineEdit.EchoMode.Normal)  # shown clearly: it is to be read out
        edit.setText(made)
        self._show_suggested()

    def _typed(self, edit: QLineEdit) -> None:
        """A field typed into holds the lead's own secret now: hidden again, and no longer shown below."""
        if self._suggested.pop(edit.objectName(), None) is not None:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self._show_suggested()

    def _show_suggested(self) -> None:
        lines = []
        if "pdfEdit" in self._suggested:
            lines.append(_tr("PDF password:        {words}").format(words=self._suggested["pdfEdit"]))
        if "bundleEdit" in self._suggested:
            lines.append(_tr("Bundle passphrase:  {words}").format(words=self._suggested["bundleEdit"]))
        self.ui.shownLabel.setText("\n".join(lines))
        self.ui.shownLabel.setVisible(bool(lines))

    def secrets_problem(self) -> str:
        """Why the two secrets cannot be used, in one sentence, or "" (checked as they are typed)."""
        pdf, bundle = self.pdf_password(), self.bundle_passphrase()
        if not pdf or not bundle:
            return ""
        try:
            check_transfer_secrets(pdf, bundle, self._school_name)
        except ServiceError as exc:
            return str(exc)
        return ""

    def can_save(self) -> bool:
        problem = self.secrets_problem()
        if problem or self.ui.errorLabel.property("secrets"):
            self.ui.errorLabel.setProperty("secrets", bool(problem))
            self.show_problem(problem)
        ready = bool(self.pdf_password() and self.bundle_passphrase() and self.to_school())
        return ready and not problem and bool(self.ui.folderEdit.text().strip())

    def _browse(self) -> None:
        title = _tr("Write the transfer pack and bundle into")
        chosen = QFileDialog.getExistingDirectory(self, title, str(self.folder()))
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def wipe_secrets(self) -> None:
        """Clear both secrets and what is shown of them (after a transfer, and as the dialog closes)."""
        self._suggested.clear()
        self._show_suggested()
        for edit in (self.ui.pdfEdit, self.ui.bundleEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.clear()

    def done(self, result: int) -> None:
        self.wipe_secrets()
        super().done(result)


class TransferImportDialog(LeadDialog):
    """The bundle file, its passphrase and the sending school's fingerprint as heard by telephone. Import stays off
    until a whole fingerprint (sixteen characters) is typed; the passphrase is wiped as the dialog closes."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadTransferImportDialog(), parent, _tr("&Import"))
        self._folder = folder
        self.ui.browseButton.clicked.connect(self._browse)
        for edit in (self.ui.bundleEdit, self.ui.passphraseEdit, self.ui.fingerprintEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.bundleEdit.setFocus()

    def bundle(self) -> Path:
        return Path(self.ui.bundleEdit.text().strip()).expanduser()

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def fingerprint(self) -> str:
        return self.ui.fingerprintEdit.text()

    def can_save(self) -> bool:
        whole = len(normalise_code(self.fingerprint())) == FINGERPRINT_CHARACTERS
        return whole and bool(self.passphrase()) and bool(self.ui.bundleEdit.text().strip())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _tr("The bundle from the sending school"), str(self._folder), _tr("Transfer bundles (*.cltransfer)")
        )
        if chosen:
            self.ui.bundleEdit.setText(chosen)

    def done(self, result: int) -> None:
        self.ui.passphraseEdit.clear()
        super().done(result)
