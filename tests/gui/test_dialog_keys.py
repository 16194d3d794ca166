"""Keys that must work while a dialog is open: Escape never throws typed words away, and Ctrl+L still locks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.my_concerns import AddendumDialog
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import record_concern, sign_in_with_keys, signed_in_window

ZOFIA = "A123456789012"
WORDS = "She told me later it was from PE."


def _open_addendum(qtbot: Any, make_shell: Any, school: School) -> tuple[MainWindow, AddendumDialog]:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a bruise on her arm.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    qtbot.mouseClick(window.my_concerns.ui.addAddendumButton, Qt.MouseButton.LeftButton)
    dialog = window.my_concerns.addendum_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.textEdit, WORDS)
    return window, dialog


def _question_up(qtbot: Any, dialog: AddendumDialog) -> QMessageBox:
    """The "Discard this addendum?" question the dialog opened (window-modal, not a nested event loop)."""
    qtbot.waitUntil(lambda: dialog.discard_box is not None and dialog.discard_box.isVisible(), timeout=2000)
    box = dialog.discard_box
    assert box is not None
    return box


def test_escape_on_the_addendum_asks_first_and_escape_again_keeps_the_words(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    window, dialog = _open_addendum(qtbot, make_shell, school)
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Escape)
    box = _question_up(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "Keep writing" is the Escape button
    qtbot.waitUntil(lambda: dialog.discard_box is None, timeout=2000)
    assert dialog.isVisible() and dialog.text() == WORDS
    assert window.my_concerns.addendum_dialog() is dialog

    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Escape)
    box = _question_up(qtbot, dialog)
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setFocus()
    qtbot.keyClick(discard, Qt.Key.Key_Space)  # as Tab would have reached it
    qtbot.waitUntil(lambda: window.my_concerns.addendum_dialog() is None, timeout=2000)


def test_escape_on_an_empty_addendum_closes_it_without_asking(qtbot: Any, make_shell: Any, school: School) -> None:
    window, dialog = _open_addendum(qtbot, make_shell, school)
    dialog.ui.textEdit.selectAll()
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.my_concerns.addendum_dialog() is None, timeout=2000)


def test_ctrl_l_locks_while_the_addendum_dialog_has_the_keyboard_and_the_words_come_back(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    window, dialog = _open_addendum(qtbot, make_shell, school)
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked() and not dialog.isVisible()
    assert dialog.text() == WORDS  # Ctrl+L is not typed into the addendum
    sign_in_with_keys(qtbot, window.lock_screen(), STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: not window.is_locked())
    assert dialog.isVisible() and dialog.text() == WORDS


def test_ctrl_l_locks_while_the_discard_question_is_up_and_nothing_is_discarded(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    window, dialog = _open_addendum(qtbot, make_shell, school)
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Escape)
    box = _question_up(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked() and not dialog.isVisible()
    sign_in_with_keys(qtbot, window.lock_screen(), STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: not window.is_locked())
    assert dialog.isVisible() and dialog.text() == WORDS
