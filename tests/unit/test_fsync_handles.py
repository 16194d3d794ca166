"""Every file the app flushes to disk is flushed through a handle opened for writing, as Windows requires.

Windows refuses `os.fsync` (FlushFileBuffers) on a handle opened for reading only: backups and restores failed
there with "Permission denied" while every Linux test passed. Here `os.fsync` refuses a read-only descriptor as
Windows does, so the same mistake fails on Linux too."""

from __future__ import annotations

import fcntl
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.private_files import flush_to_disk, replace_privately
from desktop_app.services.backup import backup_store, restore_store
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.store import SchoolStore
from desktop_app.storage.engine import DB_FILENAME
from desktop_app.storage.store_file import put_back
from desktop_app.storage.upgrade import backup_before_upgrade
from tests.conftest import STAFF, STAFF_PASS, School

_real_fsync = os.fsync


@pytest.fixture
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """`os.fsync` as on Windows: a descriptor opened read-only is refused. Returns the descriptors flushed."""
    flushed: list[int] = []

    def fsync_like_windows(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise PermissionError(13, "Permission denied")
        flushed.append(fd)
        _real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_like_windows)
    return flushed


def test_the_stand_in_refuses_a_read_only_handle_as_windows_does(fsyncs: list[int], tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_bytes(b"written")
    with open(path, "rb") as handle, pytest.raises(PermissionError):
        os.fsync(handle.fileno())
    flush_to_disk(path)
    assert len(fsyncs) == 1 and path.read_bytes() == b"written", "flushing leaves the content as it was"


def _record(school: School) -> None:
    session = school.sign_in(STAFF, STAFF_PASS)
    directory = load_directory(session)
    when = (datetime.now(UTC) - timedelta(minutes=30)).isoformat()
    item = {"pupil": "A123456789012", "occurred_at": when, "category": "neglect", "what_happened": "No coat again."}
    record_concerns(session, directory, check_concerns(directory, [item]))
    session.close()


def test_a_backup_and_its_restore_flush_through_a_writable_handle(
    school: School, tmp_path: Path, fsyncs: list[int]
) -> None:
    _record(school)
    held = school.store.log.count()
    backup = tmp_path / "backup.sqlite3"
    assert backup_store(school.store, backup) == held
    assert fsyncs, "the backup is flushed to disk before it is put in place"
    flushed_by_backup = len(fsyncs)
    other = tmp_path / "another-pc"
    assert restore_store(other, backup) == held
    assert len(fsyncs) > flushed_by_backup, "the restored store is flushed to disk before it is put in place"
    with SchoolStore(other) as restored:
        assert restored.log.count() == held


def test_the_copy_before_an_upgrade_and_putting_it_back_flush_through_a_writable_handle(
    school: School, tmp_path: Path, fsyncs: list[int]
) -> None:
    _record(school)
    store_file = school.store.db_path
    copy = backup_before_upgrade(store_file, "0001")
    assert fsyncs and copy.is_file()
    school.store.close()
    before = len(fsyncs)
    put_back(copy, store_file)
    assert len(fsyncs) > before
    with closing(sqlite3.connect(store_file)) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
    assert store_file.name == DB_FILENAME


def test_a_private_file_replaced_whole_flushes_through_a_writable_handle(tmp_path: Path, fsyncs: list[int]) -> None:
    target = tmp_path / "kept" / "state.bin"
    replace_privately(target, b"new state")
    assert fsyncs and target.read_bytes() == b"new state"
