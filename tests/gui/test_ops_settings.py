"""The background-op helper (work off the GUI thread, callbacks on it) and the declared settings."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings, QThread
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.errors import ServiceError
from desktop_app.ui.ops import BackgroundOp, running_ops
from desktop_app.ui.settings import IDLE_LOCK_MINUTES, MAIN_WINDOW_GEOMETRY, Setting, Settings


def test_an_op_runs_off_the_gui_thread_and_reports_back_on_it(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}
    busy: list[bool] = []
    release = threading.Event()

    def op() -> int:
        seen["op_thread"] = threading.get_ident()
        release.wait(5)
        return 42

    def success(result: int) -> None:
        seen["result"] = result
        seen["callback_on_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    BackgroundOp(parent, op, success, busy=busy.append).run_in_background()
    assert busy == [True] and running_ops() == 1, "the GUI thread is free while the op waits"
    release.set()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["callback_on_gui_thread"]
    assert seen["op_thread"] != threading.get_ident()
    assert busy == [True, False] and running_ops() == 0


def test_a_failing_op_calls_failure_with_the_error_and_never_success(qtbot: Any) -> None:
    outcome: list[Any] = []

    def op() -> None:
        raise ServiceError("That concern is not one you can see.")

    BackgroundOp(None, op, success=lambda r: outcome.append(("ok", r)), failure=outcome.append).run_in_background()
    qtbot.waitUntil(lambda: bool(outcome))
    [error] = outcome
    assert isinstance(error, ServiceError) and str(error) == "That concern is not one you can see."


def test_no_callback_reaches_a_widget_deleted_while_its_op_ran(qtbot: Any) -> None:
    parent = QWidget()
    release = threading.Event()
    called: list[str] = []
    BackgroundOp(parent, lambda: release.wait(5), success=lambda _r: called.append("success")).run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent))
    release.set()
    qtbot.waitUntil(lambda: running_ops() == 0)
    assert called == []


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_idle_lock_is_five_minutes_unless_set_and_bad_values_fall_back(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    settings.set(IDLE_LOCK_MINUTES, 12)
    assert _settings(tmp_path).get(IDLE_LOCK_MINUTES) == 12, "kept in the file"
    with pytest.raises(ValueError):
        settings.set(IDLE_LOCK_MINUTES, 0)
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(IDLE_LOCK_MINUTES.key, "soon")
    raw.sync()
    assert _settings(tmp_path).get(IDLE_LOCK_MINUTES) == 5


def test_only_declared_settings_can_be_read_or_written(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    pupil_note = Setting("last/pupil", str, "", "never allowed: child data")
    with pytest.raises(KeyError):
        settings.set(pupil_note, "Zofia Łuczak")
    with pytest.raises(KeyError):
        settings.get(pupil_note)
    assert settings.get(MAIN_WINDOW_GEOMETRY) == QByteArray()
