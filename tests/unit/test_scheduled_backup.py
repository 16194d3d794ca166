"""Scheduled backups: made when due, named per PC, the last N kept, ciphertext only, and restorable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.config import CONFIG_ENV, ConfigError, MachineConfig
from desktop_app.services.backup import restore_store
from desktop_app.services.scheduled_backup import backup_if_due, backup_now, backups_of
from desktop_app.services.store import SchoolStore
from desktop_app.services.verify import verify_store
from tests.conftest import STAFF, STAFF_PASS, School
from tests.unit.test_backup import record

NOW = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)


def _config(folder: Path, keep: int = 3, hours: int = 24) -> MachineConfig:
    return MachineConfig(
        values={"backup.folder": str(folder), "backup.keep_last": keep, "backup.interval_hours": hours}
    )


def test_a_backup_is_made_when_due_and_only_the_last_n_are_kept(school: School, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("IT's own file", encoding="utf-8")
    other_pc = folder / "concern-logger-0000beef-20260101T000000Z.sqlite3"
    other_pc.write_bytes(b"another PC's backup")
    config = _config(folder, keep=3, hours=24)

    first = backup_if_due(school.store, config, NOW)
    assert first.written is not None and first.entries == school.store.log.count() and not first.removed
    assert backup_if_due(school.store, config, NOW + timedelta(hours=23)).written is None, "not due yet"
    assert backup_if_due(school.store, config, NOW + timedelta(hours=23, minutes=50)).written is not None, (
        "a daily task that starts a few minutes early still backs up"
    )
    made = [first.written]
    for day in range(2, 6):
        done = backup_if_due(school.store, config, NOW + timedelta(days=day))
        assert done.written is not None
        made.append(done.written)
    kept = [path for _when, path in backups_of(school.store, folder)]
    assert len(kept) == 3 and kept == made[-3:]
    assert (folder / "notes.txt").exists() and other_pc.exists(), "other files and other PCs' backups are left alone"
    assert not list(folder.glob(".backup-*")), "no temporary file is left behind"


def test_nothing_happens_without_a_folder_and_a_missing_folder_is_named(school: School, tmp_path: Path) -> None:
    assert backup_if_due(school.store, MachineConfig(), NOW).written is None
    missing = _config(tmp_path / "not-mounted")
    with pytest.raises(ConfigError, match=r"backup.folder: the folder .*not-mounted does not exist"):
        backup_if_due(school.store, missing, NOW)


def test_a_scheduled_backup_holds_only_ciphertext_and_restores_to_a_verified_store(
    school: School, tmp_path: Path
) -> None:
    phrase = "Kuba said his uncle shouted at him all weekend"
    record(school.staff(), phrase)
    folder = tmp_path / "backups"
    folder.mkdir()
    done = backup_now(school.store, _config(folder), NOW)
    assert done.written is not None
    raw = done.written.read_bytes()
    for secret in (phrase, "Łuczak", "Carys Teacher"):  # (the school's own name is public, like its keys)
        assert secret.encode() not in raw, secret
    restored = tmp_path / "restored"
    assert restore_store(restored, done.written) == done.entries
    with SchoolStore(restored) as store:
        from desktop_app.services.session import sign_in

        session = sign_in(store, STAFF, STAFF_PASS, sleep=lambda _s: None)
        report = verify_store(store, session)
        session.close()
    assert report.intact and report.entries == done.entries


def test_the_command_for_the_task_scheduler_uses_the_configured_folder(
    school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    config_file = tmp_path / "config.toml"
    config_file.write_text(f"[backup]\nfolder = '{folder}'\nkeep_last = 2\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(config_file))
    school.store.close()
    base = ["--data-dir", str(school.data_dir), "backup", "--scheduled"]
    assert main(base) == 0
    assert "Backed up" in capsys.readouterr().out
    assert main(base) == 0
    assert "No backup due" in capsys.readouterr().out
    assert main([*base, "--now"]) == 0 and main([*base, "--now"]) == 0
    out = capsys.readouterr().out
    assert "Removed 1 older backup(s), keeping the last 2." in out
    assert len(list(folder.glob("concern-logger-*.sqlite3"))) == 2
    assert main([*base, str(tmp_path / "x.sqlite3")]) == 2, "--scheduled takes no file"

    config_file.write_text("[lock]\nidle_minutes = 5\n", encoding="utf-8")
    assert main(base) == 1
    assert "no backup folder is configured" in capsys.readouterr().err
