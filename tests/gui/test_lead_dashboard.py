"""The oversight dashboard: counts and clocks only. An oversight account sees the dashboard and nothing else, and no
pupil's name or any record's words appear anywhere in its window; staff see no lead page at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desktop_app.services.decisions import record_decision
from desktop_app.services.oversight import grant_dashboard_access
from desktop_app.services.staff_admin import find_account
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.lead.install import PAGE_CHILD_FILE, PAGE_DASHBOARD, PAGE_QUEUE
from desktop_app.ui.main_window import PAGE_CONCERN_FORM, MainWindow
from tests.conftest import OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF_PASS, School
from tests.gui.conftest import signed_in_window
from tests.gui.test_lead_queue import AHMED, JAKUB, ZOFIA, keep_workspace, lead_window, record, workspace_of

SECRETS = ("Zofia", "Łuczak", "Jakub", "Ахмед", "Krężołek", "Şeyma", "A123456789012", "B123456789014",
           "Carys Teacher", "Alice Lead", "breakfast", "bruise", "Mill Lane")  # fmt: skip


def every_text(window: QWidget) -> str:
    """Everything the window could show or read out: labels, buttons, fields, tooltips, names, and every cell of
    every table or list."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(model.rowCount(root)):
                for column in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.index(row, column).data(role) or ""))
    return "\n".join(texts)


def _activity(school: School) -> None:
    """Three concerns: one acknowledged, one decided (monitor); then the governor is given the dashboard."""
    first = record(school, ZOFIA, "Hungry at breakfast club", 3)
    second = record(school, AHMED, "A bruise on his arm", 2)
    record(school, JAKUB, "Late for the fourth time", 1)
    lead = school.lead()
    try:
        acknowledge(lead, load_state(lead), first)
        record_decision(lead, load_state(lead), second, "monitor", "Explained by a fall; watch in class")
        state = load_state(lead)
        grant_dashboard_access(lead, find_account(lead, state, OVERSIGHT))
    finally:
        lead.close()


def test_an_oversight_account_sees_only_counts_and_clocks_and_no_name_or_words_of_a_record(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    _activity(school)
    shell = make_shell(installers=[install_concern_form, keep_workspace])
    window = signed_in_window(qtbot, shell, OVERSIGHT, OVERSIGHT_PASS)
    workspace = workspace_of(window)
    assert window.page(PAGE_QUEUE) is None and window.page(PAGE_CHILD_FILE) is None
    page = workspace.dashboard
    qtbot.waitUntil(lambda: window.current_page() == PAGE_DASHBOARD and page.dashboard() is not None, timeout=10_000)

    assert page.ui.openValue.text() == "3"
    assert page.ui.unacknowledgedValue.text() == "1 (0 overdue)"
    assert page.ui.medianValue.text() not in ("", "—") and page.ui.worstValue.text() not in ("", "—")
    assert page.ui.overdueValue.text() == "0"
    assert page.ui.awaitingOutcomeValue.text() == "0 (0 late)"
    assert [(bar.label, bar.value) for bar in page.decisions_chart.bars()] == [("Monitor in school", 1)]
    assert ("Not yet acknowledged", 1) in [(bar.label, bar.value) for bar in page.clocks_chart.bars()]
    bar = page.decisions_chart.bar_rect(0).center()  # the bar is painted, in the chart's blue
    assert page.decisions_chart.grab().toImage().pixelColor(round(bar.x()), round(bar.y())).name() == "#0b5cad"

    assert not window.ui.recordButton.isVisible() and not window.ui.myConcernsButton.isVisible()
    assert not page.ui.governorsButton.isVisible(), "the report for governors is a lead's to make"
    assert window.page(PAGE_CONCERN_FORM) is None, "oversight records nothing and holds no pupil directory"
    shown = every_text(window)
    assert "Erin Governor" in shown  # who is signed in, and nobody else
    for secret in SECRETS:
        assert secret not in shown, secret


def test_staff_see_no_lead_page_and_a_lead_sets_the_dashboard_up(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, ZOFIA, "Hungry at breakfast club", 1)
    staff_shell = make_shell(installers=[install_concern_form, keep_workspace])
    staff_window: MainWindow = signed_in_window(qtbot, staff_shell, STAFF, STAFF_PASS)
    assert all(staff_window.page(name) is None for name in (PAGE_QUEUE, PAGE_CHILD_FILE, PAGE_DASHBOARD))
    assert staff_window.findChild(QAbstractButton, f"nav-{PAGE_QUEUE}") is None
    staff_window.close()

    window, workspace = lead_window(qtbot, make_shell)
    button = window.findChild(QAbstractButton, f"nav-{PAGE_DASHBOARD}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = workspace.dashboard
    assert window.current_page() == PAGE_DASHBOARD and button.isChecked()
    qtbot.waitUntil(lambda: page.ui.setupButton.isVisible(), timeout=10_000)  # this school has no dashboard key yet
    assert "no oversight dashboard yet" in page.ui.messageLabel.text()
    qtbot.mouseClick(page.ui.setupButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dashboard() is not None, timeout=10_000)
    assert page.ui.openValue.text() == "1" and not page.ui.setupButton.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_QUEUE


def test_a_lead_makes_the_report_for_governors_from_the_dashboard(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    """ "Report for governors…" on the dashboard: the path and the password typed twice (a mismatch keeps the button
    off and says so), the report written encrypted, naming no child, and the page saying where."""
    _activity(school)
    window, workspace = lead_window(qtbot, make_shell)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.dashboard
    qtbot.waitUntil(lambda: page.ui.governorsButton.isVisible())
    qtbot.mouseClick(page.ui.governorsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.governors_dialog is not None and page.governors_dialog.isVisible())
    dialog = page.governors_dialog
    assert dialog is not None
    out = tmp_path / "governors.pdf"
    dialog.ui.pathEdit.selectAll()
    qtbot.keyClicks(dialog.ui.pathEdit, str(out))
    qtbot.keyClicks(dialog.ui.passwordEdit, "governors-pdf-1")
    qtbot.keyClicks(dialog.ui.repeatEdit, "governors-pdf-2")
    assert not dialog.save_button().isEnabled() and "not the same" in dialog.ui.errorLabel.text()
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.ui.repeatEdit, "1")
    assert dialog.save_button().isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.governors_dialog is None and out.exists())
    assert "report for governors is written to" in page.ui.messageLabel.text()
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("governors-pdf-1")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Safeguarding report for governors" in text
    for secret in SECRETS:
        assert secret not in text, secret
