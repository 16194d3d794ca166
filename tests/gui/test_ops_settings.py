"""The background-op helper (work off the GUI thread, callbacks on it) and the declared settings."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings, QThread
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.config import MachineConfig
from desktop_app.domain.settings import (
    IDLE_MINUTES,
    MAIN_WINDOW_GEOMETRY,
    SIGN_IN_GEOMETRY,
    UI_LANGUAGE,
    Kept,
    Scope,
    Setting,
)
from desktop_app.services.errors import ServiceError
from desktop_app.ui.ops import BackgroundOp, running_ops
from desktop_app.ui.settings import Settings, idle_lock_minutes


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


def test_idle_lock_is_five_minutes_unless_set_and_bad_values_fall_back(tmp_path: Path, caplog: Any) -> None:
    settings = _settings(tmp_path)
    assert idle_lock_minutes(MachineConfig(), settings).value == 5
    with pytest.raises(KeyError):
        settings.set(IDLE_MINUTES, 12)  # a machine setting: config.toml holds it, never QSettings
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(IDLE_MINUTES.also_read, 2)  # as an older install's file may hold it
    raw.sync()
    found = idle_lock_minutes(MachineConfig(), _settings(tmp_path))
    assert (found.value, found.source) == (2, str(tmp_path / "settings.ini"))
    configured = MachineConfig(values={IDLE_MINUTES.key: 3})
    assert idle_lock_minutes(configured, _settings(tmp_path)).value == 3, "a file that sets it wins"
    for bad in ("soon", -5):
        raw.setValue(IDLE_MINUTES.also_read, bad)
        raw.sync()
        caplog.clear()
        assert idle_lock_minutes(MachineConfig(), _settings(tmp_path)).value == 5
        (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert "lock/idle_minutes" in warning and str(tmp_path / "settings.ini") in warning


def test_only_declared_settings_can_be_read_or_written(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    pupil_note = Setting("last/pupil", str, "", Scope.USER, Kept.QSETTINGS, "never allowed: child data")
    with pytest.raises(KeyError):
        settings.set(pupil_note, "Zofia Łuczak")
    with pytest.raises(KeyError):
        settings.get(pupil_note)
    assert settings.get(MAIN_WINDOW_GEOMETRY) == b""


# An older install's QSettings file, as the app wrote it before the registry (geometry as a QByteArray, the language
# as text), read the same; what is written back is in the same form.
OLD_QSETTINGS = """\
[geometry]
main_window=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0)

[ui]
language=cy
"""


def test_an_existing_qsettings_file_reads_the_same_values(tmp_path: Path, caplog: Any) -> None:
    (tmp_path / "settings.ini").write_text(OLD_QSETTINGS, encoding="utf-8")
    settings = _settings(tmp_path)
    assert settings.get(MAIN_WINDOW_GEOMETRY) == b"\x01\xd9\xd0\xcb\x00\x03\x00\x00"
    assert settings.get(UI_LANGUAGE) == "cy"
    assert settings.get(SIGN_IN_GEOMETRY) == b"", "nothing saved: the default"
    settings.set(SIGN_IN_GEOMETRY, b"\x01\x02")
    settings.sync()
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert raw.value(SIGN_IN_GEOMETRY.key) == QByteArray(b"\x01\x02"), "kept as a QByteArray, as before"
    raw.setValue(UI_LANGUAGE.key, "klingon")
    raw.sync()
    caplog.clear()
    assert _settings(tmp_path).get(UI_LANGUAGE) == "", "an unusable value falls back to the default, as before"
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "ui/language" in warning and str(tmp_path / "settings.ini") in warning and "klingon" in warning
