"""Views refresh themselves from what a write changed: a file hidden behind the queue is redrawn when shown again
(not a new viewing: the access audit is not written twice), and the queue follows what is recorded in the file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.triage.items import Stage
from desktop_app.services.audit import file_access_log
from desktop_app.ui.app import AppShell
from desktop_app.ui.lead.install import PAGE_CHILD_FILE, PAGE_QUEUE
from tests.conftest import School
from tests.gui.test_lead_child_file import _open_zofia, _save
from tests.gui.test_lead_queue import ZOFIA, lead_window, queue_rows, record, select_queue_row


def _viewings(school: School, pupil_id: str) -> int:
    lead = school.lead()
    try:
        return len(file_access_log(lead, pupil_id))
    finally:
        lead.close()


def test_a_file_hidden_behind_the_queue_is_redrawn_when_shown_again_and_not_audited_again(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    concern = record(school, ZOFIA, "Said her dad hit her with a belt", 1, category="physical-abuse")
    window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace, concern)
    page, queue = workspace.child_file, workspace.queue
    assert page is not None and queue is not None and page.view() is not None
    pupil_id = page.view().pupil_id
    assert "not acknowledged" in page.ui.workBrowser.toPlainText()
    qtbot.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_QUEUE
    opened = _viewings(school, pupil_id)

    select_queue_row(qtbot, workspace, concern)
    qtbot.mouseClick(queue.ui.acknowledgeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Acknowledged the concern" in queue.ui.noticeLabel.text(), timeout=10_000)
    assert window.changes.stale(page)  # the file is hidden: it waits to be shown
    assert "not acknowledged" in page.ui.workBrowser.toPlainText()

    window.show_page(PAGE_CHILD_FILE)
    qtbot.waitUntil(lambda: not page._busy and "not acknowledged" not in page.ui.workBrowser.toPlainText(),
                    timeout=10_000)  # fmt: skip
    assert not window.changes.stale(page)
    assert page.selected_concern_id() == concern  # the row the lead was on
    assert _viewings(school, pupil_id) == opened  # redrawn, not opened again


def test_a_decision_recorded_in_the_file_moves_the_queue_item_and_redraws_the_file(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    concern = record(school, ZOFIA, "Bruise on her cheek; said she walked into a door", 1, category="physical-abuse")
    window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace, concern)
    page = workspace.child_file
    assert page is not None
    qtbot.mouseClick(page.ui.decisionButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None
    dialog.set_decision("refer-csc")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.ui.rationaleEdit, "Unexplained facial bruise on a young child")  # type: ignore[attr-defined]
    _save(qtbot, page, dialog)
    assert page.ui.noticeLabel.text() == "Decision recorded."
    assert "Refer to children's social care" in page.ui.workBrowser.toPlainText()  # the file redrew itself
    # The queue is the workspace's view: fresh after the write's job, with no hand-wired refresh.
    assert not any(r["item"].concern_id == concern and r["item"].stage == Stage.NEW for r in queue_rows(workspace))
    assert not window.changes.stale(page)
