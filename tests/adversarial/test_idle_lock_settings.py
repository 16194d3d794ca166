"""A member of staff who wants a shared PC to stay unlocked longer: through their own QSettings or their own
config.toml they can only shorten the idle lock, never lengthen it past what IT set (or the default)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop_app.config import ConfigError, load_config
from desktop_app.domain.settings import IDLE_MINUTES
from desktop_app.ui.lock import minutes_to_ms
from desktop_app.ui.settings import Settings, idle_lock_minutes


def _own_qsettings(tmp_path: Path, minutes: object) -> Settings:
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(IDLE_MINUTES.also_read, minutes)  # what a person can write into their own QSettings (HKCU, ~/.config)
    raw.sync()
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_a_longer_idle_time_in_ones_own_qsettings_is_not_used(tmp_path: Path, caplog: Any) -> None:
    no_files = load_config(tmp_path / "no-machine.toml", tmp_path / "no-user.toml")
    found = idle_lock_minutes(no_files, _own_qsettings(tmp_path, 120))
    assert (found.value, found.source) == (IDLE_MINUTES.default, "default")
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "lock/idle_minutes" in warning and str(tmp_path / "settings.ini") in warning and "120" in warning


def test_ones_own_qsettings_cannot_outvote_the_machine_file(tmp_path: Path) -> None:
    machine = tmp_path / "config.toml"
    machine.write_text("[lock]\nidle_minutes = 10\n", encoding="utf-8")
    config = load_config(machine, tmp_path / "no-user.toml")
    for minutes in (1, 120, "0", "-5"):
        found = idle_lock_minutes(config, _own_qsettings(tmp_path, minutes))
        assert (found.value, found.source) == (10, str(machine))


def test_ones_own_config_file_may_only_shorten(tmp_path: Path) -> None:
    machine = tmp_path / "config.toml"
    machine.write_text("[lock]\nidle_minutes = 10\n", encoding="utf-8")
    user = tmp_path / "user.toml"
    user.write_text("[lock]\nidle_minutes = 60\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="may only be shorter than this PC's 10 minutes, not 60"):
        load_config(machine, user)
    user.write_text("[backup]\nkeep_last = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="may only be set by IT staff"):
        load_config(machine, user)


def test_the_window_locks_after_the_time_in_force(tmp_path: Path, make_shell: Any) -> None:
    no_files = load_config(tmp_path / "no-machine.toml", tmp_path / "no-user.toml")
    _own_qsettings(tmp_path, 120)  # the file the shell's settings read (tests.gui.conftest.gui_settings)
    assert make_shell(config=no_files)._idle_lock_ms == minutes_to_ms(IDLE_MINUTES.default)
    _own_qsettings(tmp_path, 2)
    assert make_shell(config=no_files)._idle_lock_ms == minutes_to_ms(2), "shorter: as older versions did"
