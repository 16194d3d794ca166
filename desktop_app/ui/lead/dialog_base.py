"""What the lead's dialogs share: a Save that waits for valid input, a busy bar, and the service's own problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget


class LeadDialog(QDialog):
    """A Designer dialog (`ui`, with `errorLabel`, `busyBar` and `buttonBox`) that emits `save_requested` and
    closes only when its page says the entry is on disk (`accept`), so nothing typed is lost on a failure.

    Subclasses say when saving is possible (`can_save`) and call `update_save` when input changes.
    Private state: `_save` (the Save or OK button), `_fitted` (its height fitted to its words, at first show).
    """

    save_requested = Signal()

    def __init__(self, ui: Any, parent: QWidget | None = None, save_text: str = "") -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        ui.errorLabel.hide()
        ui.busyBar.hide()
        box: QDialogButtonBox = ui.buttonBox
        save = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(save, QPushButton)
        self._save = save
        if save_text:
            save.setText(save_text)
            save.setAccessibleName(save_text.replace("&", ""))
        box.accepted.connect(self._save_clicked)
        box.rejected.connect(self.reject)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # once, when the subclass has filled in its words
            self._fitted = True
            self.fit_height()
        super().showEvent(event)

    def fit_height(self) -> None:
        """As tall as the content needs at the dialog's width: no empty bands between the rows (Designer's size is
        only a starting width)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), layout.minimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.resize(width, max(height, layout.minimumSize().height()))

    def save_button(self) -> QPushButton:
        return self._save

    def can_save(self) -> bool:
        return True

    def update_save(self) -> None:
        self._save.setEnabled(self.can_save())

    def _save_clicked(self) -> None:
        if self.can_save():
            self.show_problem("")
            self.save_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.buttonBox.setEnabled(not busy)

    def show_problem(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))
