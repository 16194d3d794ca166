"""Importing attendance from the queue page, typed into the real dialog (issue 17, item 4): a bad file is refused
naming its line and nothing is kept; a good one is imported, and the child's file shows the attendance, persistent
absence on the front sheet, and the absence around her injury in the chronology and the body-map history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.chronology.items import RowKind
from desktop_app.ui.app import AppShell
from tests.conftest import School
from tests.gui.test_lead_child_file import _open_zofia, _shown
from tests.gui.test_lead_queue import lead_window, record, wait_for_jobs
from tests.gui.test_lead_transfer import _retype

ZOFIA = "A123456789012"
ARM = {"view": "front", "x": 0.6, "y": 0.3, "region": "upper-arm-left", "type": "bruise",
       "explanation": "don't know", "given_by": "child"}  # fmt: skip


def _weekdays(count: int) -> list[date]:
    found, day = [], date.today()
    while len(found) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            found.append(day)
    return found[::-1]


def test_attendance_is_imported_through_the_dialog_and_shown_in_the_childs_file(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    days = _weekdays(20)
    injured = datetime.combine(days[12], time(10), tzinfo=UTC)
    concern = record(school, ZOFIA, "A bruise on her arm", (datetime.now(UTC) - injured).total_seconds() / 86400,
                     category="physical-abuse", injuries=[ARM])  # fmt: skip
    rows = ["UPN,Forename,Date,AM,PM"]
    for day in days:
        marks = ("I", "I") if day in (days[13], days[2], days[3]) else ("/", "\\")  # 3 days of 20 missed: 85%
        rows.append(f"{ZOFIA},Zofia,{day:%d/%m/%Y},{marks[0]},{marks[1]}")
    good = tmp_path / "marks.csv"
    good.write_text("\n".join(rows) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([*rows[:4], f"{ZOFIA},Zofia,{days[5]:%d/%m/%Y},/,Q9", *rows[4:]]) + "\n", encoding="utf-8")

    _window, workspace = lead_window(qtbot, make_shell)
    queue = workspace.queue
    assert queue is not None
    before = school.store.log.count()
    qtbot.mouseClick(queue.ui.attendanceButton, Qt.MouseButton.LeftButton)
    dialog = queue.open_dialog()
    assert dialog is not None
    ui = dialog.ui
    assert not dialog.save_button().isEnabled(), "no file named yet"
    qtbot.keyClicks(ui.fileEdit, str(bad))
    assert dialog.save_button().isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible(), timeout=20_000)
    assert "nothing was imported (1 problem(s))" in ui.errorLabel.text()
    assert 'line 5: "Q9" is not an attendance code' in ui.errorLabel.text()
    assert school.store.log.count() == before and queue.open_dialog() is dialog, "nothing kept, the dialog stays"

    _retype(qtbot, ui.fileEdit, str(good))
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.open_dialog() is None, timeout=20_000)
    notice = queue.ui.noticeLabel.text()
    assert "Attendance imported: 40 marks for 1 child" in notice and "1 below 90%" in notice, notice
    wait_for_jobs(qtbot, workspace)

    _open_zofia(qtbot, workspace, concern)
    page = workspace.child_file
    assert page is not None
    sheet = page.ui.frontSheetBrowser.toPlainText()
    assert "85.0% of 40 possible sessions" in sheet and "PERSISTENT ABSENCE (below 90%)" in sheet, sheet
    assert "persistent absence" in page.ui.subtitleLabel.text()
    shown = _shown(page)
    assert any(r.kind == RowKind.ATTENDANCE for r in shown)
    [row] = [r for r in shown if r.entry_id == concern]
    after = f"{days[13]:%a} {days[13].day} {days[13]:%b}"
    assert f"absent the school day after ({after} AM I, {after} PM I)" in row.summary
    history = page.bodymap
    assert history.choose(concern, 0)
    assert "absent the school day after" in history.concern_browser.toPlainText()
