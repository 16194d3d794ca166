"""GUI test fixtures: the app shell over a fresh school, settings in a temporary file, and signing in by keyboard."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services.concerns import Recorded, check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.ui.app import AppShell, create_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ops import wait_for_ops
from desktop_app.ui.settings import Settings
from desktop_app.ui.sign_in import SignInForm
from tests.conftest import School


@pytest.fixture(autouse=True)
def patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """`qtbot.waitUntil` without a timeout of its own waits up to SLOW_MS (pytest-qt's 5 s failed tests on a CI
    machine running other work beside them); a passing test waits no longer than before."""
    original = QtBot.waitUntil

    def wait_until(self: QtBot, callback: Callable[[], bool | None], *, timeout: int = SLOW_MS) -> None:
        original(self, callback, timeout=timeout)

    monkeypatch.setattr(QtBot, "waitUntil", wait_until)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """After each test, free its windows here, on the GUI thread, before the next test starts workers. Every
    top-level widget a test left is closed and deleted: left alive, a later test's change of language reached all
    of them, and one (not yet found) answered with layout requests without end, so `processEvents` never returned
    and the whole run hung (seen twice in a full `tests/gui` run, never with fewer files)."""
    yield
    wait_for_ops()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


@pytest.fixture
def gui_settings(tmp_path: Path) -> Settings:
    """Settings in a file of this test's own, never the user's."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_shell(qtbot: Any, school: School, gui_settings: Settings) -> Iterator[Callable[..., AppShell]]:
    """Builds the app shell over the test school; every window it opened is closed and every op awaited after."""
    create_application()
    shells: list[AppShell] = []

    def make(**kwargs: Any) -> AppShell:
        shell = AppShell(school.data_dir, gui_settings, **kwargs)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.shut_down()
    wait_for_ops()
    QApplication.processEvents()


def sign_in_with_keys(qtbot: Any, form: SignInForm, username: str, password: str) -> None:
    """Type a username and password as a person would, and press Enter."""
    form.ui.usernameEdit.clear()
    form.ui.passwordEdit.clear()
    qtbot.keyClicks(form.ui.usernameEdit, username)
    qtbot.keyClicks(form.ui.passwordEdit, password)
    qtbot.keyClick(form.ui.passwordEdit, Qt.Key.Key_Return)


# How long a GUI test waits for work done off the GUI thread (opening the school, signing in): seconds when the
# machine is idle, but a CI machine running other suites beside this one was seen to take over five.
SLOW_MS = 30_000


def signed_in_window(qtbot: Any, shell: AppShell, username: str, password: str) -> MainWindow:
    """Start the shell, sign in, and wait for the main window to be shown and active."""
    form = shell.start()
    qtbot.waitUntil(lambda: form.school() is not None, timeout=SLOW_MS)
    sign_in_with_keys(qtbot, form, username, password)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=SLOW_MS)
    window = shell.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=SLOW_MS)
    return window


def record_concern(school: School, username: str, password: str, upn: str, what: str, **extra: Any) -> Recorded:
    """Record one concern through the services, as another PC or the CLI would."""
    session = school.sign_in(username, password)
    try:
        directory = load_directory(session)
        item = {"pupil": upn, "occurred_at": "2025-03-04T10:15", "category": "neglect", "what_happened": what}
        [recorded] = record_concerns(session, directory, check_concerns(directory, [{**item, **extra}]))
    finally:
        session.close()
    return recorded
