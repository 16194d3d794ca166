"""The lead's triage queue driven through real widgets: order, clocks, acknowledging, category, owner, opening a file.

Also holds the helpers the other `test_lead_*` modules share (signing a lead in, waiting for the workspace).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.triage.items import Clock, Stage
from desktop_app.services.audit import file_access_log
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledgement_of
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.lead import install_lead_workspace
from desktop_app.ui.lead.install import PAGE_CHILD_FILE, PAGE_DASHBOARD, PAGE_QUEUE, LeadWorkspaceUi
from desktop_app.ui.lead.queue_model import TriageQueueModel
from desktop_app.ui.main_window import MainWindow
from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS, School
from tests.gui.conftest import sign_in_with_keys, signed_in_window

ZOFIA, JAKUB, AHMED = "A123456789012", "A123456789013", "B123456789014"
WORKSPACES: dict[int, LeadWorkspaceUi] = {}


def keep_workspace(window: MainWindow) -> LeadWorkspaceUi | None:
    """The installer, keeping what it made where a test can find it."""
    made = install_lead_workspace(window)
    if made is not None:
        WORKSPACES[id(window)] = made
    return made


def workspace_of(window: MainWindow) -> LeadWorkspaceUi:
    return WORKSPACES[id(window)]


def record(school: School, upn: str, what: str, days_ago: float = 0, *, username: str = STAFF,
           password: str = STAFF_PASS, **extra: Any) -> str:  # fmt: skip
    """Record one concern through the services (another PC, another person); returns its entry id."""
    session = school.sign_in(username, password)
    try:
        directory = load_directory(session)
        when = datetime.now(UTC) - timedelta(days=days_ago)
        item = {"pupil": upn, "occurred_at": when.isoformat(), "category": "neglect", "what_happened": what, **extra}
        [recorded] = record_concerns(session, directory, check_concerns(directory, [item]))
    finally:
        session.close()
    return recorded.entry_id


def lead_window(qtbot: Any, make_shell: Callable[..., AppShell], username: str = LEAD,
                password: str = LEAD_PASS) -> tuple[MainWindow, LeadWorkspaceUi]:  # fmt: skip
    """Sign a lead in through the sign-in window and wait until the queue is drawn."""
    shell = make_shell(installers=[install_concern_form, keep_workspace])
    window = signed_in_window(qtbot, shell, username, password)
    workspace = workspace_of(window)
    assert workspace.controller is not None and workspace.queue is not None
    qtbot.waitUntil(lambda: workspace.controller.view() is not None and window.current_page() == PAGE_QUEUE,
                    timeout=10_000)  # fmt: skip
    return window, workspace


def wait_for_jobs(qtbot: Any, workspace: LeadWorkspaceUi) -> None:
    assert workspace.controller is not None
    qtbot.waitUntil(lambda: not workspace.controller.busy(), timeout=10_000)


def queue_rows(workspace: LeadWorkspaceUi) -> list[dict[str, Any]]:
    """The queue as the table shows it (through the proxy): one dict per row."""
    assert workspace.queue is not None
    table = workspace.queue.ui.queueTable
    proxy = table.model()
    rows = []
    for row in range(proxy.rowCount()):
        item = proxy.index(row, 0).data(TriageQueueModel.ItemRole)
        cells = [proxy.index(row, c).data() or "" for c in range(proxy.columnCount())]
        rows.append({"item": item, "cells": cells})
    return rows


def select_queue_row(qtbot: Any, workspace: LeadWorkspaceUi, concern_id: str) -> None:
    assert workspace.queue is not None
    table = workspace.queue.ui.queueTable
    for row, found in enumerate(queue_rows(workspace)):
        if found["item"].concern_id == concern_id:
            index = table.model().index(row, TriageQueueModel.COLUMN_PUPIL)
            table.scrollTo(index)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
            assert workspace.queue.selected_item().concern_id == concern_id
            return
    raise AssertionError(f"{concern_id} is not in the queue")


def test_the_queue_shows_new_concerns_with_who_and_when_and_the_lead_acts_on_them(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    hungry = record(school, ZOFIA, "Zofia said she had no breakfast again and took food from another tray", 1)
    bruise = record(school, AHMED, "A bruise on his arm; he said he fell off his bike", 0)
    window, workspace = lead_window(qtbot, make_shell)
    queue = workspace.queue
    assert queue is not None and window.page(PAGE_DASHBOARD) is not None

    rows = queue_rows(workspace)
    assert {r["item"].concern_id for r in rows} == {hungry, bruise}
    first = rows[0]["cells"]
    assert first[TriageQueueModel.COLUMN_STAGE] == "NEW\nNew: not yet acknowledged"  # new since the lead looked
    assert first[TriageQueueModel.COLUMN_RECORDED_BY] == "Carys Teacher (Year 1 teacher)"
    assert rows[0]["item"].concern_id == hungry  # neither at risk: the earliest due first
    assert first[TriageQueueModel.COLUMN_CLOCK].split("\n")[0] in ("On time", "Due soon")
    assert "2 items need a lead" in queue.ui.summaryLabel.text()
    assert "2 new since you last looked" in queue.ui.summaryLabel.text()

    select_queue_row(qtbot, workspace, hungry)
    assert "took food from another tray" in queue.ui.detailsBrowser.toPlainText()
    assert queue.ui.acknowledgeButton.isEnabled()
    qtbot.mouseClick(queue.ui.acknowledgeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Acknowledged the concern" in queue.ui.noticeLabel.text(), timeout=10_000)
    moved = next(r for r in queue_rows(workspace) if r["item"].concern_id == hungry)
    assert moved["item"].stage == Stage.AWAITING_DECISION
    assert moved["cells"][TriageQueueModel.COLUMN_STAGE] == "Acknowledged: awaiting a decision"  # acted on: seen
    assert "1 new since you last looked" in queue.ui.summaryLabel.text()
    assert queue.selected_item().concern_id == hungry and not queue.ui.acknowledgeButton.isEnabled()
    assert "Acknowledged by Alice Lead" in queue.ui.detailsBrowser.toPlainText()
    staff = school.staff()  # the author sees that a lead acknowledged it
    try:
        assert acknowledgement_of(load_state(staff), hungry) is not None
        assert acknowledgement_of(load_state(staff), bruise) is None
    finally:
        staff.close()

    qtbot.mouseClick(queue.ui.categoryButton, Qt.MouseButton.LeftButton)
    dialog = queue.open_dialog()
    assert dialog is not None and not dialog.save_button().isEnabled()  # the same category is no change
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData("physical-abuse"))
    qtbot.keyClicks(dialog.ui.reasonEdit, "Hunger alongside a mark on the arm")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.open_dialog() is None, timeout=10_000)
    changed = next(r for r in queue_rows(workspace) if r["item"].concern_id == hungry)
    assert changed["cells"][TriageQueueModel.COLUMN_CATEGORY] == "Physical abuse"

    owner = queue.ui.ownerCombo
    owner.setCurrentIndex(next(i for i in range(owner.count()) if owner.itemText(i).startswith("Bilal Deputy")))
    qtbot.mouseClick(queue.ui.ownerButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "now owns the concern" in queue.ui.noticeLabel.text(), timeout=10_000)
    owned = next(r for r in queue_rows(workspace) if r["item"].concern_id == hungry)
    assert owned["cells"][TriageQueueModel.COLUMN_OWNER] == "Bilal Deputy (Deputy DSL)"

    queue.ui.queueTable.setFocus()
    qtbot.keyClick(queue.ui.queueTable, Qt.Key.Key_Return)  # a row opens the child's file
    file_page = workspace.child_file
    assert file_page is not None
    qtbot.waitUntil(lambda: file_page.view() is not None, timeout=10_000)
    assert window.current_page() == PAGE_CHILD_FILE
    assert file_page.ui.titleLabel.text() == "Zofia Łuczak"
    assert file_page.selected_entry_id() == hungry
    lead = school.lead()
    try:
        pupil_id = file_page.view().pupil_id
        assert [row.action for row in file_access_log(lead, pupil_id)] == ["opened the file"]
    finally:
        lead.close()
    qtbot.mouseClick(file_page.ui.backButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_QUEUE


def test_overdue_items_turn_red_and_stay_on_top_and_new_entries_arrive_on_refresh(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    older = record(school, ZOFIA, "Late again, the third time this week", 3)
    window, workspace = lead_window(qtbot, make_shell)
    controller = workspace.controller
    assert controller is not None
    newer = record(school, AHMED, "Said he was hungry and had not eaten since lunch yesterday")  # on another PC
    window.reload_state()  # as after a sync or a concern recorded here
    qtbot.waitUntil(lambda: len(queue_rows(workspace)) == 2, timeout=10_000)
    assert [r["item"].concern_id for r in queue_rows(workspace)] == [older, newer]  # neither at risk: earliest due
    assert all(r["item"].new for r in queue_rows(workspace))

    controller.clock = lambda: datetime.now(UTC) + timedelta(days=10)  # both clocks have run out
    controller.refresh()
    qtbot.waitUntil(lambda: queue_rows(workspace)[0]["item"].clock == Clock.RED, timeout=10_000)
    rows = queue_rows(workspace)
    assert [r["item"].concern_id for r in rows] == [older, newer]  # the most overdue first
    assert all(r["cells"][TriageQueueModel.COLUMN_CLOCK].startswith("Overdue") for r in rows)
    clock_cell = workspace.queue.ui.queueTable.model().index(0, TriageQueueModel.COLUMN_CLOCK)
    assert clock_cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f9dedc"
    assert "2 overdue" in workspace.queue.ui.summaryLabel.text()

    window.lock()  # the lock drops the queue: no child data stays in the model
    assert workspace.queue.model.rowCount() == 0 and controller.view() is None
    assert workspace.queue.ui.detailsBrowser.toPlainText() == ""
    sign_in_with_keys(qtbot, window.lock_screen(), LEAD, LEAD_PASS)  # the same lead again: folded afresh
    qtbot.waitUntil(lambda: len(queue_rows(workspace)) == 2, timeout=10_000)
    assert not window.is_locked()
