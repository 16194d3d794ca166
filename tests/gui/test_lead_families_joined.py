"""Families joined up through real widgets: a lead adds a toddler who is not on roll, a member of staff records a
concern about them with the ordinary form, and the sibling's file shows it as a cross-reference carrying the
household flag it raises there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.households import is_member_reference
from desktop_app.services.directory import load_directory
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import ConcernForm
from desktop_app.ui.lead.install import PAGE_CHILD_FILE, PAGE_FAMILIES
from desktop_app.ui.ops import wait_for_ops
from tests.conftest import School
from tests.gui.draft_child import type_text
from tests.gui.test_lead_queue import ZOFIA, lead_window, queue_rows, record


def test_a_lead_adds_a_toddler_not_on_roll_and_staff_record_a_concern_about_them(
    qtbot: QtBot, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, ZOFIA, "Hungry at breakfast club", 1)
    window, workspace = lead_window(qtbot, make_shell)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_FAMILIES
    page = workspace.families
    assert page is not None
    qtbot.waitUntil(lambda: page.ui.memberButton.isEnabled(), timeout=10_000)
    qtbot.mouseClick(page.ui.memberButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None and not dialog.save_button().isEnabled()
    qtbot.keyClicks(dialog.finder.search_box, "Zofia")
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    assert page.open_dialog() is dialog  # Enter chose the child; it did not save
    qtbot.keyClicks(dialog.ui.nameEdit, "M.")
    qtbot.keyClicks(dialog.ui.relationshipEdit, "baby brother")
    born = QDate.currentDate().addMonths(-20)
    dialog.ui.bornEdit.setDate(born)
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "full name" in dialog.ui.errorLabel.text(), timeout=10_000)  # initials refused in words
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "Tomasz Luczak")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog() is None, timeout=10_000)
    notice = page.ui.noticeLabel.text()
    assert "Tomasz Luczak is added to the household" in notice
    reference = notice.split("reference, ")[1].split(",")[0]
    assert is_member_reference(reference)
    qtbot.waitUntil(lambda: page.households.rowCount() == 1, timeout=10_000)  # the list redraws from the change

    # A member of staff (another PC) records a concern about the toddler with the ordinary form.
    staff = school.staff()
    form = ConcernForm(staff, load_directory(staff))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.finder.search_box, "Tomasz")
    assert form.finder.model.rowCount() == 1
    assert "not on roll (baby brother)" in form.finder.model.describe(form.finder.model.pupil_at(0))
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    assert form.finder.pupil().upn == reference
    qtbot.keyClick(form.ui.whenChoice, Qt.Key.Key_J)  # just now
    form.categories.set_codes(["physical-abuse"])
    form.ui.factsEdit.setFocus()
    type_text(form.ui.factsEdit, "At pick-up I saw Tomasz in his buggy with a bruise on his cheek.")
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        qtbot.mouseClick(form.ui.submitButton, Qt.MouseButton.LeftButton)
    toddler_concern = sent.args[0]
    wait_for_ops()
    state = load_state(staff)
    assert state.concerns[toddler_concern].pupil_id == state.pupil_by_upn(reference).pupil_id
    assert state.pupil_by_upn(reference).date_of_birth == date.fromisoformat(born.toString("yyyy-MM-dd"))

    # The lead sees it in the queue, and in Zofia's file as a cross-reference where it happened.
    window.reload_state()
    qtbot.waitUntil(lambda: any(r["item"].concern_id == toddler_concern for r in queue_rows(workspace)),
                    timeout=10_000)  # fmt: skip
    zofia = load_state(school.lead()).pupil_by_upn(ZOFIA)
    workspace.open_child_file(zofia.pupil_id)
    file_page = workspace.child_file
    assert file_page is not None and window.current_page() == PAGE_CHILD_FILE
    qtbot.waitUntil(lambda: file_page.view() is not None and not file_page._busy, timeout=10_000)
    [cross] = [row for row in file_page.view().file.chronology if row.kind == RowKind.SIBLING]
    assert cross.concern_id == toddler_concern and "Tomasz Luczak (baby brother, not on roll)" in cross.summary
    assert "Tomasz Luczak" in file_page.ui.frontSheetBrowser.toPlainText()
    cells: list[Any] = [file_page.model.index(r, c).data() for r in range(file_page.model.rowCount()) for c in range(3)]
    assert any("Sibling's concern" in str(cell) for cell in cells)

    # The toddler's concern, after Zofia's own, raises the household flag in Zofia's file, on the cross-reference
    # row, in the red-flags column, naming him.
    row = file_page.model.row_for(toddler_concern)
    flags_cell = file_page.model.index(row, file_page.model.COLUMN_FLAGS).data()
    assert flags_cell.startswith("A concern about Tomasz Luczak (baby brother, not on roll) on ")
    assert "within 90 days of this child's own (" in flags_cell
    [flag] = file_page.view().file.flags_at(toddler_concern)
    assert flag.code == "household" and toddler_concern in flag.entry_ids
