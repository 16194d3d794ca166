"""The Search page driven through real widgets: Ctrl+F, words typed, Enter; the newest matches with the child's
name and UPN; a filter; a row opening the child's file; every child shown written to their file's audit; a lock
clearing the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.services.audit import SEEN_IN_PATTERNS, SEEN_IN_SEARCH, file_access_log
from desktop_app.ui.app import AppShell
from desktop_app.ui.lead.install import PAGE_CHILD_FILE, PAGE_QUEUE, PAGE_SEARCH
from desktop_app.ui.lead.patterns_dialog import PatternsModel
from desktop_app.ui.lead.search_page import SearchResultsModel
from tests.conftest import School
from tests.gui.test_lead_queue import AHMED, JAKUB, ZOFIA, lead_window, record


def _column(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_lead_finds_a_named_adult_opens_the_childs_file_and_the_look_is_audited(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, ZOFIA, "Zofia said Uncle Dave shouted at her all weekend.", 6)
    record(school, JAKUB, "Kuba drew Dave with a belt in his hand.", 2)
    record(school, JAKUB, "Came in hungry, no coat.", 1)
    window, workspace = lead_window(qtbot, make_shell)
    page = workspace.search
    assert page is not None

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_SEARCH
    assert page.ui.queryEdit.hasFocus()
    qtbot.keyClicks(page.ui.queryEdit, "dave")
    qtbot.keyClick(page.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page.ui.resultLabel.text() == "2 matches in the records of 2 children."
    children = _column(page.model, SearchResultsModel.COLUMN_CHILD)
    assert children[0].startswith("Jakub (Kuba) Łuczak") and children[0].endswith(f"({JAKUB})")
    assert children[1].startswith("Zofia Łuczak") and children[1].endswith(f"({ZOFIA})")
    assert "Kuba drew Dave" in _column(page.model, SearchResultsModel.COLUMN_WORDS)[0]

    page.ui.queryEdit.selectAll()
    qtbot.keyClicks(page.ui.queryEdit, '"uncle dave"')
    qtbot.keyClick(page.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.ui.resultLabel.text() == "1 match, in the records of 1 child."

    page.ui.queryEdit.selectAll()
    qtbot.keyClicks(page.ui.queryEdit, "zzyzx")
    qtbot.keyClick(page.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text() == "Nothing matches.", timeout=10_000)
    assert page.model.rowCount() == 0

    page.ui.queryEdit.selectAll()
    qtbot.keyClicks(page.ui.queryEdit, "dave")
    qtbot.keyClick(page.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    table = page.ui.resultsTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the second row: Zofia's
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == PAGE_CHILD_FILE, timeout=10_000)
    file_page = workspace.child_file
    assert file_page is not None
    qtbot.waitUntil(lambda: file_page.view() is not None and not file_page._busy, timeout=10_000)
    assert file_page.view().file.front_sheet.pupil.upn == ZOFIA
    # The file opened from Find keeps Find's button checked and goes back there.
    assert window.findChild(QPushButton, f"nav-{PAGE_SEARCH}").isChecked()
    assert not window.findChild(QPushButton, f"nav-{PAGE_QUEUE}").isChecked()
    assert file_page.ui.backButton.text() == "&Back to Find"

    session = window.signed_in().session
    zofia = file_page.view().file.front_sheet.pupil.pupil_id
    looks = [row for row in file_access_log(session, zofia) if row.action == SEEN_IN_SEARCH]
    assert [row.detail for row in looks] == ["search: dave", 'search: "uncle dave"', "search: dave"]

    qtbot.mouseClick(file_page.ui.backButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_SEARCH and page.model.rowCount() == 2, "back to the matches as they were"


def test_the_search_page_is_empty_after_a_lock(qtbot: Any, school: School, make_shell: Callable[..., AppShell]) -> None:
    record(school, ZOFIA, "Hungry again.", 1)
    window, workspace = lead_window(qtbot, make_shell)
    page = workspace.search
    assert page is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.ui.queryEdit, "hungry")
    qtbot.keyClick(page.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    window.lock()
    assert page.model.rowCount() == 0 and page.ui.queryEdit.text() == "" and page.ui.resultLabel.text() == ""


def test_a_lead_opens_patterns_across_children_and_a_row_opens_the_childs_file(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    """The Find page's "Patterns across children…" button, clicked: a dialog lists the number written for two
    children of different families, a row per record; Enter opens that child's file; each child shown is audited."""
    record(school, ZOFIA, "She said a man told her to ring 07700 900123 after school.", 6)
    record(school, AHMED, "He had +44 7700 900123 written on his hand.", 2)
    window, workspace = lead_window(qtbot, make_shell)
    page = workspace.search
    assert page is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.ui.patternsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.patterns_dialog is not None and page.patterns_dialog.isVisible(), timeout=10_000)
    dialog = page.patterns_dialog
    assert dialog is not None
    model = dialog.model
    assert _column(model, PatternsModel.COLUMN_NAMED) == ["07700 900123", "07700 900123"]
    assert _column(model, PatternsModel.COLUMN_FAMILIES) == ["2", "2"]
    children = _column(model, PatternsModel.COLUMN_CHILD)
    assert children[0].endswith(f"({AHMED})") and children[1].endswith(f"({ZOFIA})")  # newest first
    assert "worth a look" in dialog.ui.adviceLabel.text()
    table = dialog.ui.patternsTable
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == PAGE_CHILD_FILE, timeout=10_000)
    file_page = workspace.child_file
    assert file_page is not None
    qtbot.waitUntil(lambda: file_page.view() is not None and not file_page._busy, timeout=10_000)
    assert file_page.view().file.front_sheet.pupil.upn == ZOFIA and not dialog.isVisible()
    session = window.signed_in().session
    zofia = file_page.view().file.front_sheet.pupil.pupil_id
    assert [row.detail for row in file_access_log(session, zofia) if row.action == SEEN_IN_PATTERNS] == [
        "patterns across children"
    ]
