"""One piece of text for a follow-up: a concern's outcome, a note on an action done or a chase, an agency's answer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.forms.ui_lead_note import Ui_LeadNoteDialog
from desktop_app.ui.lead.dialog_base import LeadDialog


class NoteDialog(LeadDialog):
    """A title, what it is about, and the text; with `required`, Save waits for words. Private state: `_required`."""

    def __init__(self, title: str, about: str, placeholder: str, save_text: str, *, required: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(Ui_LeadNoteDialog(), parent, save_text)
        self._required = required
        self.setWindowTitle(title)
        self.ui.aboutLabel.setText(about)
        self.ui.textEdit.setPlaceholderText(placeholder)
        self.ui.textEdit.setAccessibleName(placeholder)
        self.ui.textEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.textEdit.setFocus()

    def text(self) -> str:
        return self.ui.textEdit.toPlainText()

    def can_save(self) -> bool:
        return not self._required or bool(self.text().strip())
