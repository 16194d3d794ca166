"""The addendum dialog: text, and marks noticed later on a body map; nothing typed is thrown away without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from desktop_app.domain.records import InjuryMark
from desktop_app.ui.bodymap.editor import BodyMapEditor
from desktop_app.ui.forms.ui_addendum import Ui_AddendumDialog
from desktop_app.ui.i18n import translate


def _tr(text: str) -> str:
    return translate("MyConcerns", text)


class AddendumDialog(QDialog):
    """Asks for an addendum's text and, when `marks_allowed` (the person recorded the concern), marks noticed later
    on a body map. Save stays disabled until there is some text. Emits `save_requested(text, marks)`.

    The dialog closes only once the page reports the addendum is on disk, so no word is lost on a failure; Escape,
    Cancel or the window's close button ask before throwing typed text or placed marks away.

    Private state: `_save` (the Save button), `_busy` (a save under way), `_closing` (accepted: no question),
    `discard_box` (the open "discard?" question, public for tests), `body_map` (the editor, made when first shown).
    """

    save_requested = Signal(str, list)

    def __init__(
        self, about: str, parent: QWidget | None = None, *, marks_allowed: bool = True, marks_before: int = 0
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AddendumDialog()
        self.ui.setupUi(self)
        self.ui.aboutLabel.setText(about)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        self.ui.marksHolder.hide()
        self.ui.marksButton.setVisible(marks_allowed)
        self._marks_before = marks_before
        self._busy = False
        self._closing = False
        self.discard_box: QMessageBox | None = None
        self.body_map: BodyMapEditor | None = None
        self._save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save.setText(_tr("&Save addendum"))
        self._save.setAccessibleName(_tr("Save addendum"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("&Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
        self._save.setEnabled(False)
        self.ui.textEdit.textChanged.connect(self._text_changed)
        self.ui.marksButton.toggled.connect(self.show_body_map)
        self.ui.buttonBox.accepted.connect(self._save_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.textEdit.setFocus()

    def text(self) -> str:
        return self.ui.textEdit.toPlainText()

    def marks(self) -> list[InjuryMark]:
        """The marks placed on the body map (none when it was never opened)."""
        return self.body_map.marks() if self.body_map is not None else []

    def show_body_map(self, shown: bool = True) -> None:
        """Show (or hide, keeping its marks) the body map for marks noticed later, sized to fit the screen."""
        if shown and self.body_map is None:
            self.body_map = BodyMapEditor()
            self.body_map.setAccessibleName(_tr("Body map for marks noticed later"))
            # Not in a scroll area: the map would take its preferred height and scroll at 1024x768. The mark's details
            # scroll inside the map instead, so the whole map (tabs, outline, details) fits a 768-high screen.
            self.ui.dialogLayout.setStretchFactor(self.ui.marksHolder, 1)
            if self._marks_before:  # in place of the note about addenda: the dialog must still fit a 768-high screen
                self.ui.explainLabel.setText(
                    _tr("The original is kept as it was. The concern already holds {count} marks: mark 1 here "
                        "becomes mark {next} on its map.").format(count=self._marks_before, next=self._marks_before + 1)
                    if self._marks_before > 1
                    else _tr("The original is kept as it was. The concern already holds 1 mark: mark 1 here becomes "
                             "mark 2 on its map.")
                )  # fmt: skip
            self.ui.marksLayout.addWidget(self.body_map)
            self.setTabOrder(self.ui.marksButton, self.body_map.views)
        if self.ui.marksButton.isChecked() != shown:
            self.ui.marksButton.setChecked(shown)
        self.ui.marksHolder.setVisible(shown)
        if shown:
            self._fit_to_screen()
            if self.body_map is not None:
                self.body_map.views.setFocus()

    def _fit_to_screen(self) -> None:
        """Grow to show the body map, but never past the screen's free area: the buttons must stay on screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # the window manager's title bar and borders
        width = min(900, room.width() - frame.width() - 16)
        height = min(720, room.height() - frame.height() - 16)
        self.ui.textEdit.setMaximumHeight(max(40, self.ui.textEdit.fontMetrics().lineSpacing() * 2 + 12))
        self.resize(width, height)
        left = room.left() + (room.width() - width - frame.width()) // 2
        top = room.top() + (room.height() - height - frame.height()) // 2
        self.move(max(room.left(), left), max(room.top(), top))

    def has_content(self) -> bool:
        """Whether closing now would throw something away: text typed, or a mark placed."""
        return bool(self.text().strip()) or bool(self.marks())

    def _text_changed(self) -> None:
        self._save.setEnabled(bool(self.text().strip()) and not self._busy)

    def _save_clicked(self) -> None:
        if self.text().strip() and not self._busy:
            self.save_requested.emit(self.text(), self.marks())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.textEdit.setReadOnly(busy)
        self.ui.buttonBox.setEnabled(not busy)
        self.ui.marksHolder.setEnabled(not busy)
        self.ui.marksButton.setEnabled(not busy)

    def show_problem(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def accept(self) -> None:
        """Close once the addendum is on disk (the page calls this)."""
        self._closing = True
        super().accept()

    def reject(self) -> None:
        """Escape, Cancel or the close button: while saving, nothing; with text or marks, ask first."""
        if self._busy or (self.discard_box is not None and self.discard_box.isVisible()):
            return
        if self._closing or not self.has_content():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Discard this addendum?"),
            _tr("Discard this addendum? What you typed and any marks you placed will be lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(_tr("&Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_tr("&Keep writing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._discard_answered)
        self.discard_box = box
        box.open()

    def _discard_answered(self, _result: int) -> None:
        box, self.discard_box = self.discard_box, None
        if box is None:
            return
        discard = box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)
        box.deleteLater()
        if discard:
            self._closing = True
            super().reject()
        else:
            self.ui.textEdit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or not self.has_content():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()
