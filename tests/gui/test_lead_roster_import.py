"""Importing the roster from the queue page, typed into the real dialog (issue 14, item 4): a pupil missing from the
new file is asked about as a leaver, Import waits for a real leaving day, and the queue then asks for the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.leavers import send_by
from desktop_app.domain.triage.items import Stage
from desktop_app.ui.app import AppShell
from tests.conftest import ROSTER_CSV, School
from tests.gui.test_lead_queue import lead_window, wait_for_jobs
from tests.gui.test_lead_transfer import _retype
from tests.unit.test_reports import ZOFIA, record_history


def test_a_pupil_missing_from_the_roster_is_asked_about_and_the_queue_asks_for_their_file(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    record_history(school, 1)  # Zofia has a child-protection file
    roster = tmp_path / "roster.csv"
    roster.write_bytes(b"\n".join(line for line in ROSTER_CSV.split(b"\n") if ZOFIA.encode() not in line))
    _window, workspace = lead_window(qtbot, make_shell)
    queue = workspace.queue
    assert queue is not None
    before = school.store.log.count()
    qtbot.mouseClick(queue.ui.rosterButton, Qt.MouseButton.LeftButton)
    dialog = queue.open_dialog()
    assert dialog is not None
    ui = dialog.ui
    assert not dialog.save_button().isEnabled() and not ui.checkButton.isEnabled()
    qtbot.keyClicks(ui.fileEdit, str(roster))
    assert not dialog.save_button().isEnabled(), "not checked yet"
    qtbot.mouseClick(ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.leaversTable.isVisible(), timeout=20_000)
    assert (
        "3 unchanged" in ui.summaryLabel.text() and "1 pupil(s) on roll are not in this file" in ui.summaryLabel.text()
    )
    assert ui.leaversTable.rowCount() == 1 and "Zofia Łuczak" in ui.leaversTable.item(0, 0).text()
    assert ui.leaversTable.item(0, 2).text() == "Yes: to be sent"
    assert not dialog.save_button().isEnabled(), "her leaving day is not given"

    day = dialog.day_field(ZOFIA)
    qtbot.keyClicks(day, "31/02/2026")
    assert not dialog.save_button().isEnabled(), "not a real day"
    left_on = date.today() - timedelta(days=1)
    future = date.today() + timedelta(days=2)
    _retype(qtbot, day, f"{future:%d/%m/%Y}")
    assert dialog.save_button().isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible(), timeout=20_000)
    assert "in the future" in ui.errorLabel.text() and school.store.log.count() == before, "nothing was imported"

    _retype(qtbot, day, f"{left_on:%d/%m/%Y}")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.open_dialog() is None, timeout=20_000)
    notice = queue.ui.noticeLabel.text()
    assert "1 leaver(s) recorded" in notice and f"by {send_by(left_on):%a %d %b %Y}" in notice, notice
    wait_for_jobs(qtbot, workspace)
    qtbot.waitUntil(lambda: any(i.stage == Stage.SEND_FILE for i in queue.model.items()), timeout=20_000)
    [task] = [i for i in queue.model.items() if i.stage == Stage.SEND_FILE]
    assert task.upn == ZOFIA and task.due_at is not None and task.due_at.date() == send_by(left_on)


def test_a_partial_roster_can_be_imported_keeping_missing_pupils_on_roll(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_bytes(b"\n".join(line for line in ROSTER_CSV.split(b"\n") if ZOFIA.encode() not in line))
    _window, workspace = lead_window(qtbot, make_shell)
    queue = workspace.queue
    assert queue is not None
    qtbot.mouseClick(queue.ui.rosterButton, Qt.MouseButton.LeftButton)
    dialog = queue.open_dialog()
    assert dialog is not None
    ui = dialog.ui
    qtbot.keyClicks(ui.fileEdit, str(roster))
    qtbot.mouseClick(ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.keepCheck.isVisible(), timeout=20_000)
    ui.keepCheck.setFocus()
    qtbot.keyClick(ui.keepCheck, Qt.Key.Key_Space)
    assert dialog.save_button().isEnabled()
    qtbot.keyClicks(ui.fileEdit, "x")  # a different file than the one checked: check again first
    assert not dialog.save_button().isEnabled()
    qtbot.keyClick(ui.fileEdit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.open_dialog() is None, timeout=20_000)
    assert "stay on roll" in queue.ui.noticeLabel.text()
