"""'Record a meeting…' on the child's file, driven through real widgets: a lead types the attendees and the plan's
actions one a line, a line not in its form is named and nothing is lost or written, and once saved the meeting is in
the chronology, the current plan on the front sheet, and the member of staff's action in her own list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop_app.domain.chronology.items import RowKind
from desktop_app.services.meetings import my_actions
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from tests.conftest import School
from tests.gui.test_lead_child_file import _open_zofia, _save, _shown
from tests.gui.test_lead_queue import ZOFIA, lead_window, record
from tests.gui.window_checks import cut_short, outside_the_window


def _type_lines(qtbot: Any, edit: QPlainTextEdit, lines: list[str]) -> None:
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def test_a_lead_records_a_conference_and_its_plan_from_the_childs_file(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, ZOFIA, "Came in hungry again, no coat", 3, category="neglect")
    window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None and page.ui.meetingButton.isEnabled()
    qtbot.mouseClick(page.ui.meetingButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None and not dialog.save_button().isEnabled()  # nobody attended yet
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), min(dialog.height(), 768 - 80))
    QApplication.processEvents()
    assert dialog.height() <= 768 - 80 and outside_the_window(dialog) == [] and cut_short(dialog) == []

    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("cp-conference"))
    dialog.ui.outcomeCombo.setCurrentIndex(dialog.ui.outcomeCombo.findData("cp-plan"))
    assert dialog.ui.categoryCombo.isEnabled()
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData("neglect"))
    _type_lines(qtbot, dialog.ui.attendeesEdit, ["Jo Bloggs | Social worker | Children's Services", "Alice Lead | DSL"])
    _type_lines(qtbot, dialog.ui.actionsEdit, [
        "Weekly check-in with Zofia | Carys Teacher | 2099-01-31",
        "Home visit | Jo Bloggs (Children's Services) | 2099-02-28",
    ])  # fmt: skip
    qtbot.keyClicks(dialog.ui.notesEdit, "Mum attended with an advocate.")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible() and not page._busy)
    assert "Line 2" in dialog.ui.errorLabel.text() and "Name|Role|Agency" in dialog.ui.errorLabel.text()
    assert page.open_dialog() is dialog and load_state(school.lead()).lead.meetings == {}  # nothing written

    qtbot.keyClicks(dialog.ui.attendeesEdit, " | School")  # the cursor is at the end of the second line
    _save(qtbot, page, dialog)
    assert page.ui.noticeLabel.text() == "Meeting recorded with 2 plan action(s)."
    meeting_rows = [r for r in _shown(page) if r.kind == RowKind.MEETING]
    assert len(meeting_rows) == 1 and "Child-protection plan (neglect)" in meeting_rows[0].summary
    kinds = [page.ui.kindFilter.itemText(i) for i in range(page.ui.kindFilter.count())]
    assert "Meeting" in kinds  # the chronology can be narrowed to meetings
    front = page.ui.frontSheetBrowser.toPlainText()
    assert f"Child-protection plan (neglect) since {date.today():%d %b %Y}" in front
    work = page.ui.workBrowser.toPlainText()
    assert "Home visit — Jo Bloggs (Children's Services), review 28 Feb 2099: open." in work
    staff = school.staff()
    assert [a.text for a in my_actions(staff, load_state(staff))] == ["Weekly check-in with Zofia"]
    assert window.isVisible()
