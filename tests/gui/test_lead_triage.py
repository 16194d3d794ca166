"""Triage by risk through real widgets: the urgent tick from the keyboard, the alert every lead sees, and the
"new since you last looked" markers and count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import ConcernForm
from desktop_app.ui.lead.queue_model import TriageQueueModel
from tests.conftest import LEAD2, LEAD2_PASS, LEAD_PASS, School
from tests.gui.conftest import sign_in_with_keys
from tests.gui.draft_child import type_text
from tests.gui.test_concern_form import form as form
from tests.gui.test_lead_queue import (
    AHMED,
    JAKUB,
    ZOFIA,
    lead_window,
    queue_rows,
    record,
    select_queue_row,
    wait_for_jobs,
)


def test_the_urgent_tick_is_reached_and_ticked_from_the_keyboard_and_recorded(
    qtbot: QtBot,
    school: School,
    form: ConcernForm,
) -> None:
    ui = form.ui
    form.finder.set_chosen_upns([ZOFIA])
    form.categories.set_codes(["physical-abuse"])
    qtbot.keyClick(ui.whenChoice, Qt.Key.Key_J)  # just now
    ui.actionEdit.setFocus()
    type_text(ui.actionEdit, "Told Alice Lead (DSL) in person.")
    ui.factsEdit.setFocus()
    type_text(ui.factsEdit, "Zofia has a torn frenulum; she would not say how.")
    ui.actionEdit.setFocus()
    qtbot.keyClick(ui.actionEdit, Qt.Key.Key_Tab)  # to who it was shared with
    assert QApplication.focusWidget() is ui.sharedEdit
    qtbot.keyClick(ui.sharedEdit, Qt.Key.Key_Tab)  # to the other children's finder
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the urgent tick
    assert QApplication.focusWidget() is ui.urgentCheck
    assert not ui.urgentCheck.isChecked()
    qtbot.keyClick(ui.urgentCheck, Qt.Key.Key_Space)
    assert ui.urgentCheck.isChecked()
    assert form.content()["urgent"] is True  # a draft keeps it too
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        qtbot.keyClick(ui.urgentCheck, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert load_state(school.staff()).concerns[sent.args[0]].urgent
    assert "You marked it urgent" in ui.sentLabel.text()
    form.start_new()
    assert not ui.urgentCheck.isChecked()  # the next concern starts unticked


def test_every_lead_signed_in_sees_the_urgent_alert_with_who_ticked_it_at_once(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    plain = record(school, JAKUB, "Late again", 2)
    window_a, lead_a = lead_window(qtbot, make_shell)
    window_b, lead_b = lead_window(qtbot, make_shell, LEAD2, LEAD2_PASS)
    assert lead_a.queue is not None and lead_b.queue is not None
    assert lead_a.queue.urgent_alert() == "" and not lead_a.queue.ui.urgentBanner.isVisible()

    urgent = record(school, ZOFIA, "Zofia said her mum's boyfriend hurt her", urgent=True)  # on this PC, no reload
    for lead in (lead_a, lead_b):  # the store's change is noticed: no refresh asked for
        qtbot.waitUntil(lambda lead=lead: "URGENT" in lead.queue.urgent_alert(), timeout=10_000)
        assert "marked urgent by Carys Teacher (Year 1 teacher)" in lead.queue.urgent_alert()
        assert "Zofia Łuczak" in lead.queue.urgent_alert()
        rows = queue_rows(lead)
        assert [r["item"].concern_id for r in rows] == [urgent, plain]  # on top though due later
        assert rows[0]["cells"][TriageQueueModel.COLUMN_STAGE].startswith("NEW · URGENT")
        assert "Marked urgent by Carys Teacher" in rows[0]["cells"][TriageQueueModel.COLUMN_FLAGS]

    queue = lead_a.queue
    select_queue_row(qtbot, lead_a, urgent)
    qtbot.mouseClick(queue.ui.acknowledgeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.urgent_alert() == "", timeout=10_000)  # acknowledged: the alert is answered
    qtbot.waitUntil(lambda: lead_b.queue.urgent_alert() == "", timeout=10_000)  # and for the other lead too
    assert window_a is not window_b


def test_new_since_you_last_looked_is_marked_counted_and_kept_per_lead(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    first = record(school, JAKUB, "Late again", 1)
    second = record(school, AHMED, "Said he had not eaten", 0)
    window, workspace = lead_window(qtbot, make_shell)
    queue = workspace.queue
    assert queue is not None
    assert all(r["item"].new for r in queue_rows(workspace))
    assert "2 new since you last looked" in queue.ui.summaryLabel.text()
    assert queue.ui.markSeenButton.isEnabled()
    font = queue.ui.queueTable.model().index(0, TriageQueueModel.COLUMN_PUPIL).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()

    qtbot.mouseClick(queue.ui.markSeenButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "0 new since you last looked" in queue.ui.summaryLabel.text(), timeout=10_000)
    assert not any(r["item"].new for r in queue_rows(workspace))
    assert not queue.ui.markSeenButton.isEnabled()

    window.lock()  # signing back in: what was seen stays seen (kept sealed for this lead on this PC)
    sign_in_with_keys(qtbot, window.lock_screen(), "a.lead", LEAD_PASS)
    qtbot.waitUntil(lambda: len(queue_rows(workspace)) == 2, timeout=10_000)
    assert not any(r["item"].new for r in queue_rows(workspace))

    third = record(school, ZOFIA, "Came in without a coat in the snow")
    window.reload_state()
    qtbot.waitUntil(lambda: len(queue_rows(workspace)) == 3, timeout=10_000)
    wait_for_jobs(qtbot, workspace)
    assert {r["item"].concern_id for r in queue_rows(workspace) if r["item"].new} == {third}
    assert "1 new since you last looked" in queue.ui.summaryLabel.text()

    _other, deputy = lead_window(qtbot, make_shell, LEAD2, LEAD2_PASS)  # another lead has looked at nothing
    assert {r["item"].concern_id for r in queue_rows(deputy) if r["item"].new} == {first, second, third}
    folder = school.data_dir / "snapshots"
    for path in folder.glob("*.looked"):
        raw = path.read_bytes()
        assert first.encode() not in raw and b"NEW" not in raw  # sealed, not plaintext
