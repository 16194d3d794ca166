"""A lead page's one open dialog: shown to delete itself on close, its Save starting a write in the background; the
dialog closes once the write is on disk and stays open with the service's sentence when it is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.ui.lead.common import error_words
from desktop_app.ui.lead.dialog_base import LeadDialog

R = TypeVar("R")

Start = Callable[[Callable[[R], None], Callable[[BaseException], None], Callable[[bool], None]], None]
"""Starts a write in the background with (success, failure, busy): `LeadWorkspaceController.write` or
`MainWindow.run_write` with its work bound."""

Problem = str | Callable[[BaseException], str]
"""What a refused dialog says: a fallback sentence (the service's own sentence when it has one), or a function."""


class DialogSlot:
    """Holds the one dialog a page has open (a page opens no second one while it is). What the page says once a
    write is done goes to `notice`.

    Private state: `_dialog` (None when no dialog is open), `_notice`.
    """

    def __init__(self, notice: Callable[[str], None]) -> None:
        self._dialog: QDialog | None = None
        self._notice = notice

    def dialog(self) -> QDialog | None:
        return self._dialog

    def is_open(self) -> bool:
        return self._dialog is not None

    def close(self) -> None:
        """Close the open dialog, unsaved (on lock)."""
        if self._dialog is not None:
            self._dialog.reject()

    def hold(self, dialog: QDialog) -> None:
        """Show a dialog that saves nothing (a question, a code shown once) in the slot until it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._finished)
        self._dialog = dialog
        dialog.open()

    def open(self, dialog: LeadDialog, save: Callable[[], None]) -> None:
        """Show `dialog`; its Save calls `save()`, which does the rest (see `open_write`)."""
        dialog.save_requested.connect(save)
        self.hold(dialog)

    def open_write(
        self, dialog: LeadDialog, prepare: Callable[[], Start[R] | None], said: Callable[[R], str], problem: Problem
    ) -> None:
        """Show `dialog`. On Save, `prepare()` reads the dialog (on the GUI thread) and gives the write to start (or
        None, having said why not); when it is done the dialog closes and `said(result)` goes to the notice."""

        def save() -> None:
            start = prepare()
            if start is None:
                return

            def saved(result: R) -> None:
                dialog.accept()
                self._notice(said(result))

            def refused(error: BaseException) -> None:
                dialog.show_problem(problem(error) if callable(problem) else error_words(error, problem))

            start(saved, refused, dialog.set_busy)

        self.open(dialog, save)

    def _finished(self, _result: int) -> None:
        self._dialog = None
