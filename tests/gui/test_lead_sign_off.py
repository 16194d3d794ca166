"""A decision not to refer while a red flag is open waits for a second lead: lead A decides in the child's file, the
queue says "awaiting a second lead", A cannot sign it off, and lead B signs it off from B's own queue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.triage.items import Stage
from desktop_app.services.decisions import decision_standing
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from tests.conftest import LEAD2, LEAD2_PASS, School
from tests.gui.test_lead_child_file import ARM
from tests.gui.test_lead_queue import ZOFIA, lead_window, queue_rows, record, select_queue_row, wait_for_jobs


def test_not_referring_with_an_open_red_flag_needs_a_different_lead_to_sign_it_off(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, ZOFIA, "Bruise on her upper arm", 30, category="physical-abuse", injuries=[ARM])
    second = record(school, ZOFIA, "Another bruise on the same arm", 2, category="physical-abuse", injuries=[ARM])

    window_a, lead_a = lead_window(qtbot, make_shell)
    pupil_id = next(r["item"].pupil_id for r in queue_rows(lead_a) if r["item"].concern_id == second)
    lead_a.open_child_file(pupil_id, second)
    page = lead_a.child_file
    assert page is not None
    qtbot.waitUntil(lambda: page.view() is not None and not page._busy, timeout=10_000)
    assert page.selected_concern_id() == second

    qtbot.mouseClick(page.ui.decisionButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None and dialog.concern_id() == second
    dialog.set_decision("monitor")
    assert "needs a second lead's sign-off" in dialog.ui.flagsLabel.text()  # the open flag, before saving
    assert not dialog.save_button().isEnabled()  # a rationale cannot be blank
    qtbot.keyClicks(dialog.ui.rationaleEdit, "   ")
    assert not dialog.save_button().isEnabled()
    qtbot.keyClicks(dialog.ui.rationaleEdit, "Mum explained both marks at the door; monitor in class")
    assert dialog.save_button().isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog() is None and not page._busy, timeout=10_000)
    assert "a second lead must sign it off" in page.ui.noticeLabel.text()
    assert "Monitor in school: awaiting a second lead" in page.ui.workBrowser.toPlainText()  # in the file
    assert not page.ui.signOffButton.isEnabled()
    assert "different designated lead" in page.ui.signOffButton.toolTip()

    qtbot.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot, lead_a)
    qtbot.waitUntil(
        lambda: any(r["item"].stage == Stage.AWAITING_SECOND_LEAD for r in queue_rows(lead_a)), timeout=10_000
    )
    awaiting = next(r for r in queue_rows(lead_a) if r["item"].stage == Stage.AWAITING_SECOND_LEAD)
    assert awaiting["item"].concern_id == second
    assert awaiting["cells"][1].endswith("Decision awaiting a second lead")  # in the queue
    assert not awaiting["item"].for_you and "Your sign-off" not in awaiting["cells"][1]  # its author cannot give it
    select_queue_row(qtbot, lead_a, second)
    assert not lead_a.queue.ui.signOffButton.isEnabled()  # the same lead cannot; the UI says why
    assert "a different designated lead must sign it off" in lead_a.queue.ui.detailsBrowser.toPlainText()
    decision_id = awaiting["item"].entry_id

    window_b, lead_b = lead_window(qtbot, make_shell, LEAD2, LEAD2_PASS)
    assert window_b is not window_a
    rows_b = queue_rows(lead_b)
    request = next(r for r in rows_b if r["item"].stage == Stage.AWAITING_SECOND_LEAD)
    assert request["item"].for_you and "Your sign-off" in request["cells"][1]  # shown to the other lead first
    same_tier = [r for r in rows_b if bool(r["item"].risk) == bool(request["item"].risk) and not r["item"].urgent]
    assert same_tier[0] is request
    select_queue_row(qtbot, lead_b, second)
    queue_b = lead_b.queue
    assert queue_b is not None and queue_b.ui.signOffButton.isEnabled()
    assert "Alice Lead" in queue_b.ui.detailsBrowser.toPlainText()
    qtbot.mouseClick(queue_b.ui.signOffButton, Qt.MouseButton.LeftButton)
    sign_off = queue_b.open_dialog()
    assert sign_off is not None
    assert "Mum explained both marks" in sign_off.ui.decisionBrowser.toPlainText()
    sign_off.ui.challengeRadio.setChecked(True)
    assert not sign_off.save_button().isEnabled()  # a challenge needs a reason
    sign_off.ui.agreeRadio.setChecked(True)
    qtbot.mouseClick(sign_off.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue_b.open_dialog() is None, timeout=10_000)
    assert all(r["item"].concern_id != second for r in queue_rows(lead_b))  # done: it leaves the queue

    lead = school.lead()
    try:
        assert decision_standing(load_state(lead), decision_id) == "Monitor in school: agreed by a second lead"
    finally:
        lead.close()
    assert lead_a.controller is not None
    lead_a.controller.refresh()  # lead A's PC takes it in on its next refresh
    wait_for_jobs(qtbot, lead_a)
    assert all(r["item"].concern_id != second for r in queue_rows(lead_a))
