"""Families with many suggestions: "Find a child" narrows both lists, and a greyed-out family chronology says why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.services.directory import import_roster
from desktop_app.ui.app import AppShell
from desktop_app.ui.lead.install import PAGE_FAMILIES
from tests.conftest import School
from tests.gui.test_lead_queue import AHMED, ZOFIA, lead_window, queue_rows, record

HEADER = "upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode\n"


def _many_households(school: School, count: int) -> None:
    """`count` more pairs of children sharing an address, each pair a suggested household."""
    rows = [
        f"G{n:06d}00000{k},Child{n}{k},Family{n:02d},,2016-0{k + 1}-0{k + 1},Female,5,5A,"
        f"{n} Oak Street Coventry,CV5 {n}XY"
        for n in range(count)
        for k in (1, 2)
    ]
    lead = school.lead()
    try:
        import_roster(lead, (HEADER + "\n".join(rows) + "\n").encode())
    finally:
        lead.close()


def test_find_a_child_narrows_the_suggestions_and_the_suggestions_get_room(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    _many_households(school, 30)
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1024, 738)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_FAMILIES
    page = workspace.families
    qtbot.waitUntil(lambda: page.suggestions.rowCount() == 31, timeout=10_000)  # 30 pairs and the Łuczaks
    table = page.ui.suggestionsTable
    assert page.ui.suggestionsBox.title() == "Suggested households (31)"
    rows_seen = table.viewport().height() // table.rowHeight(0)
    assert rows_seen >= 7, f"only {rows_seen} suggestions at a time"

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "F&ind a child"
    assert page.ui.filterEdit.hasFocus()
    qtbot.keyClicks(page.ui.filterEdit, "lucz")  # accents and case ignored: the Łuczaks
    assert table.model().rowCount() == 1
    assert "Łuczak" in table.model().index(0, 0).data()
    assert page.ui.suggestionsBox.title() == "Suggested households (1 of 31 match)"
    assert page.selected_suggestion() is not None and page.ui.confirmButton.isEnabled()
    page.ui.filterEdit.clear()
    qtbot.keyClicks(page.ui.filterEdit, "family07")
    assert table.model().rowCount() == 1 and "Family07" in table.model().index(0, 0).data()
    page.ui.filterEdit.clear()
    assert table.model().rowCount() == 31


def test_a_greyed_out_family_chronology_says_why(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    record(school, AHMED, "Ахмед said he had not eaten since yesterday", 1)
    record(school, ZOFIA, "Hungry at breakfast club", 1)
    _window, workspace = lead_window(qtbot, make_shell)
    page = workspace.child_file
    pupil_id = next(r["item"].pupil_id for r in queue_rows(workspace) if r["item"].upn == AHMED)
    workspace.open_child_file(pupil_id, "")
    qtbot.waitUntil(lambda: page.view() is not None and not page._busy, timeout=10_000)
    check = page.ui.familyCheck
    assert not check.isEnabled()
    assert "no household" in check.text() and "Families page" in check.toolTip()
    assert check.accessibleDescription() == check.toolTip()
