"""The retention review from the dashboard (issue 17, item 6): a lead opens "Retention review…", sees the file
reaching its retention date, types a reason and a next review date into the real widgets, and the file leaves the
list; a hold needs only a reason; the dialog fits a 1024×768 screen with every word whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.retention import RetentionStatus, years_after
from desktop_app.services.directory import import_roster
from desktop_app.services.retention import retention_for
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.lead.install import PAGE_DASHBOARD
from tests.conftest import ROSTER_CSV, School
from tests.gui.test_lead_queue import lead_window, record
from tests.gui.window_checks import clashes, cut_short, outside_the_window

OLDER, YOUNGER, THIRD = "D123456789016", "D123456789017", "D123456789018"


def _near_retention(school: School) -> date:
    """Two pupils in their last year before 25, each with a concern; returns the elder's retention date."""
    today = date.today()
    born = date(today.year - 25, today.month, 1) + timedelta(days=today.day - 1 + 20)
    second, third = born + timedelta(days=40), born + timedelta(days=60)
    lead = school.lead()
    try:
        import_roster(lead, ROSTER_CSV + (
            f"{OLDER},Kacper,Nowak,,{born.isoformat()},Male,13,13A,1 Hill Rd,CV4 1AA\n"
            f"{YOUNGER},Maja,Nowak,,{second.isoformat()},Female,13,13A,1 Hill Rd,CV4 1AA\n"
            f"{THIRD},Ola,Nowak,,{third.isoformat()},Female,13,13A,1 Hill Rd,CV4 1AA\n"
        ).encode())  # fmt: skip
    finally:
        lead.close()
    record(school, OLDER, "He said he had nowhere to sleep", 1)
    record(school, YOUNGER, "She said she had not eaten", 1)
    record(school, THIRD, "She said she was cold", 1)
    return years_after(born, 25)


def test_a_lead_reviews_and_holds_files_from_the_dashboard(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    retain_until = _near_retention(school)
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1024, 768)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.dashboard
    assert window.current_page() == PAGE_DASHBOARD
    qtbot.waitUntil(lambda: page.ui.retentionButton.isVisible(), timeout=10_000)
    qtbot.mouseClick(page.ui.retentionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_dialog is not None and page.retention_dialog.isVisible(), timeout=10_000)
    dialog = page.retention_dialog
    assert dialog is not None
    dialog.resize(min(dialog.width(), 1000), min(dialog.height(), 740))
    rows = dialog.model.rows()
    assert [r.pupil.upn for r in rows] == [OLDER, YOUNGER, THIRD]
    assert rows[0].item.status is RetentionStatus.DUE_SOON
    assert "3 files are past their retention date" in dialog.ui.summaryLabel.text()
    assert "keys are not destroyed" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.closeRadio.isEnabled()  # only for a file decided due for erasure
    assert dialog.width() <= 1024 and dialog.height() <= 768
    assert outside_the_window(dialog) == [] and cut_short(dialog) == [] and clashes(dialog) == {}

    assert not dialog.save_button().isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.ui.reasonEdit, "Brother's file is still open")
    assert dialog.save_button().isEnabled()
    until = retain_until + timedelta(days=3 * 365)
    dialog.ui.untilEdit.setFocus()
    dialog.ui.untilEdit.setDate(QDate(until.year, until.month, until.day))
    assert dialog.until() == until
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.pupil.upn for r in dialog.model.rows()] == [YOUNGER, THIRD], timeout=10_000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled)
    assert dialog.reason() == ""

    qtbot.mouseClick(dialog.ui.eraseRadio, Qt.MouseButton.LeftButton)  # Maja: due for erasure, then closed
    assert not dialog.ui.untilEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Past retention; nothing pending")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rows()[0].item.status is RetentionStatus.ERASURE, timeout=10_000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled)  # no longer busy
    assert dialog.ui.closeRadio.isEnabled()
    qtbot.mouseClick(dialog.ui.closeRadio, Qt.MouseButton.LeftButton)
    assert dialog.save_button().isEnabled() and not dialog.ui.reasonEdit.isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_confirm is not None and page.retention_confirm.isVisible())
    box = page.retention_confirm
    assert box is not None
    assert "keys are not destroyed" in box.informativeText() and "Maja Nowak" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)  # nothing written
    qtbot.waitUntil(lambda: page.retention_confirm is None)
    assert [r.pupil.upn for r in dialog.model.rows()] == [YOUNGER, THIRD]
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_confirm is not None and page.retention_confirm.isVisible())
    box = page.retention_confirm
    [confirm] = [b for b in box.buttons() if b.text() == "Close the file"]
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.pupil.upn for r in dialog.model.rows()] == [THIRD], timeout=10_000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled)
    assert "1 file closed for erasure" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.closeRadio.isEnabled() and dialog.ui.keepRadio.isChecked()
    assert dialog.ui.closedRow.isVisible() and "Maja Nowak" in dialog.ui.closedCombo.currentText()

    dialog.ui.holdRadio.setFocus()
    qtbot.mouseClick(dialog.ui.holdRadio, Qt.MouseButton.LeftButton)
    assert not dialog.ui.untilEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.reasonEdit, "IICSA inquiry: hold every record")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rows() == [], timeout=10_000)
    assert "1 held" in dialog.ui.summaryLabel.text() and "Nothing to review now" in dialog.ui.summaryLabel.text()

    # Maja's file, closed above, is erased later from the same dialog: asked first, Cancel the default.
    qtbot.mouseClick(dialog.ui.eraseClosedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_confirm is not None and page.retention_confirm.isVisible())
    box = page.retention_confirm
    assert box is not None and "Maja Nowak" in box.text() and "never open again" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Return takes the default: Cancel, nothing erased
    qtbot.waitUntil(lambda: page.retention_confirm is None)
    assert dialog.ui.closedRow.isVisible()
    qtbot.mouseClick(dialog.ui.eraseClosedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_confirm is not None and page.retention_confirm.isVisible())
    box = page.retention_confirm
    [erase] = [b for b in box.buttons() if b.text() == "Erase the file"]
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.ui.closedRow.isVisible(), timeout=10_000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled)
    assert "1 of them erased" in dialog.ui.summaryLabel.text()
    assert (
        dialog.ui.errorLabel.text().startswith("Erased: ") and "can no longer be opened" in dialog.ui.errorLabel.text()
    )

    lead = school.lead()
    try:
        state = load_state(lead)
        older, younger = state.pupil_by_upn(OLDER), state.pupil_by_upn(THIRD)
        assert older is not None and younger is not None
        assert state.pupil_by_upn(YOUNGER) is None and len(state.lead.closed_for_erasure) == 1
        [maja] = state.lead.closed_for_erasure
        assert lead.store.shelf.of_subject(maja) == []  # her file keys are gone from this PC
        kept = retention_for(lead, state, older.pupil_id)
        assert kept.review is not None and kept.review.keep and kept.review_on == until
        assert kept.review.reason == "Brother's file is still open"
        held = retention_for(lead, state, younger.pupil_id)
        assert held.hold is not None and held.hold.reason == "IICSA inquiry: hold every record"
    finally:
        lead.close()
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_dialog is None)


def test_a_lead_closes_and_erases_a_file_from_the_review_cancel_first(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    _near_retention(school)
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1024, 768)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.dashboard
    qtbot.waitUntil(lambda: page.ui.retentionButton.isVisible(), timeout=10_000)
    qtbot.mouseClick(page.ui.retentionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_dialog is not None and page.retention_dialog.isVisible(), timeout=10_000)
    dialog = page.retention_dialog
    assert dialog is not None
    dialog.ui.filesTable.selectRow(1)  # Maja
    qtbot.mouseClick(dialog.ui.eraseRadio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Past retention; nothing pending")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.item.status is RetentionStatus.ERASURE for r in dialog.model.rows()), timeout=10_000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled)
    [maja] = [i for i, r in enumerate(dialog.model.rows()) if r.pupil.upn == YOUNGER]
    dialog.ui.filesTable.selectRow(maja)
    qtbot.mouseClick(dialog.ui.closeRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_confirm is not None and page.retention_confirm.isVisible())
    box = page.retention_confirm
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    words = box.informativeText()
    assert "backups made before" in words and "never syncs again" in words and "only closed" in words
    [erase] = [b for b in box.buttons() if b.text() == "Close and erase"]
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: YOUNGER not in [r.pupil.upn for r in dialog.model.rows()], timeout=10_000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled)
    said = dialog.ui.summaryLabel.text()
    assert "1 file closed for erasure" in said and "1 of them erased (its keys destroyed)" in said
    assert dialog.ui.errorLabel.text().startswith("Erased: ")  # the same report as erasing a file closed earlier
    lead = school.lead()
    try:
        state = load_state(lead)
        [closed] = state.lead.closed_for_erasure
        assert school.store.shelf.of_subject(closed) == []
        assert state.pupil_by_upn(OLDER) is not None and school.store.shelf.of_subject(
            state.pupil_by_upn(OLDER).pupil_id
        )
    finally:
        lead.close()
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retention_dialog is None)
