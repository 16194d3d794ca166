"""Backups while the store is in use, and restores that never leave a school without a working store."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services.backup import backup_store, check_backup, restore_store
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session, sign_in
from desktop_app.services.snapshot import SNAPSHOT_DIR, load_snapshot, snapshot_path
from desktop_app.services.state import STATE_SNAPSHOT, load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.verify import verify_store
from desktop_app.storage.engine import DB_FILENAME
from tests.conftest import STAFF, STAFF_PASS, School


def record(session: Session, what: str, upn: str = "A123456789012") -> str:
    directory = load_directory(session)
    item = {
        "pupil": upn,
        "occurred_at": (datetime.now(UTC) - timedelta(minutes=30)).isoformat(),
        "category": "neglect",
        "what_happened": what,
    }
    return record_concerns(session, directory, check_concerns(directory, [item]))[0].entry_id


def verify_file(backup: Path, tmp_path: Path) -> tuple[int, bool]:
    """Entry count and whether every signature and chain holds, for a backup file opened as a store."""
    folder = tmp_path / f"check-{backup.stem}"
    folder.mkdir()
    shutil.copyfile(backup, folder / DB_FILENAME)
    with SchoolStore(folder) as store:
        report = verify_store(store)
    return report.entries, report.intact


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- backing up ----------------------------------------------------------------------------------------------


def test_a_backup_taken_while_another_connection_is_mid_write_is_consistent(school: School, tmp_path: Path) -> None:
    record(school.staff(), "Before the backup")
    committed = school.store.log.count()
    with closing(sqlite3.connect(school.store.db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # holds the write lock with an uncommitted entry
        writer.execute(
            "INSERT INTO entries SELECT '00000000-0000-7000-8000-00000000dead', school_id, 'another-device', 1,"
            " prev_hash, author_key_id, subject, occurred_at, recorded_at, recipients, public, sealed, hash,"
            " signature, (SELECT max(local_seq) + 1 FROM entries), NULL FROM entries ORDER BY local_seq LIMIT 1"
        )
        count = backup_store(school.store, tmp_path / "during.sqlite3")
        writer.execute("ROLLBACK")
    assert count == committed
    assert check_backup(tmp_path / "during.sqlite3") == committed
    assert verify_file(tmp_path / "during.sqlite3", tmp_path) == (committed, True)


def test_backups_taken_while_concerns_are_being_recorded_are_all_consistent(school: School, tmp_path: Path) -> None:
    """Another thread (as the GUI would) records concerns one by one while backups are taken: every backup is a
    whole number of committed actions, and the last one taken after the writer finished holds everything."""
    started, failures = threading.Event(), []

    def keep_recording() -> None:
        try:
            with SchoolStore(school.data_dir) as store:
                session = sign_in(store, STAFF, STAFF_PASS, sleep=lambda _s: None)
                for n in range(12):
                    record(session, f"Concern number {n}")
                    started.set()
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)
            started.set()

    writer = threading.Thread(target=keep_recording)
    writer.start()
    assert started.wait(20)
    backups = []
    while (writer.is_alive() and len(backups) < 30) or not backups:
        path = tmp_path / f"backup-{len(backups)}.sqlite3"
        backups.append((path, backup_store(school.store, path)))
    writer.join()
    assert not failures, failures
    for path, count in backups:
        assert check_backup(path) == count
        assert verify_file(path, tmp_path) == (count, True)
    final = tmp_path / "final.sqlite3"
    assert backup_store(school.store, final) == school.store.log.count()


def test_a_backup_must_be_given_a_file_in_a_folder_that_exists(school: School, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="is a folder"):
        backup_store(school.store, tmp_path)
    with pytest.raises(ServiceError, match="does not exist"):
        backup_store(school.store, tmp_path / "missing" / "backup.sqlite3")
    assert [p.name for p in tmp_path.iterdir()] == ["school"]  # no temporary file left behind


# --- restoring -----------------------------------------------------------------------------------------------


@pytest.fixture
def backed_up(school: School, tmp_path: Path) -> tuple[School, Path, int]:
    """A school with one concern, backed up, then one more concern recorded after the backup."""
    staff = school.staff()
    record(staff, "In the backup")
    backup = tmp_path / "backup.sqlite3"
    count = backup_store(school.store, backup)
    record(staff, "Recorded after the backup")
    return school, backup, count


def test_restore_refuses_a_store_that_holds_entries_unless_forced(
    backed_up: tuple[School, Path, int], tmp_path: Path
) -> None:
    school, backup, _count = backed_up
    held = school.store.log.count()
    school.store.close()
    with pytest.raises(ServiceError, match=f"already holds {held} entries; use --force"):
        restore_store(school.data_dir, backup)
    with SchoolStore(school.data_dir) as store:
        assert store.log.count() == held
    assert not list(school.data_dir.glob("*before-restore*"))


def test_a_forced_restore_replaces_the_store_and_keeps_the_old_one_aside(
    backed_up: tuple[School, Path, int], tmp_path: Path
) -> None:
    school, backup, count = backed_up
    held = school.store.log.count()
    old_device = school.store.device_id
    before = school.lead()
    load_state(before)  # leaves a folded snapshot of the store about to be replaced
    kept = snapshot_path(before, STATE_SNAPSHOT).read_bytes()
    school.store.close()

    assert restore_store(school.data_dir, backup, force=True) == count
    (aside,) = school.data_dir.glob(f"{DB_FILENAME}.before-restore-*")
    assert check_backup(aside) == held
    assert not (school.data_dir / SNAPSHOT_DIR).exists()  # folded from the replaced store: removed
    with SchoolStore(school.data_dir) as restored:
        assert restored.log.count() == count
        assert restored.device_id != old_device  # a new chain: it never forks the one it was copied from
        lead = sign_in(restored, "a.lead", "lead-passphrase-1", sleep=lambda _s: None)
        put_back = snapshot_path(lead, STATE_SNAPSHOT)
        put_back.parent.mkdir()
        put_back.write_bytes(kept)
        assert load_snapshot(lead, STATE_SNAPSHOT) is None  # bound to the replaced store's device id
        whats = [c.what_happened for c in load_state(lead).concerns.values()]
        assert whats == ["In the backup"]
        staff = sign_in(restored, STAFF, STAFF_PASS, sleep=lambda _s: None)
        record(staff, "Recorded after the restore")
        report = verify_store(restored, sign_in(restored, "a.lead", "lead-passphrase-1", sleep=lambda _s: None))
        assert report.intact, report.problems
        assert report.entries == count + 2  # the concern and its new batch key


def test_restore_into_a_new_folder_needs_no_force(backed_up: tuple[School, Path, int], tmp_path: Path) -> None:
    _school, backup, count = backed_up
    target = tmp_path / "new-pc"
    assert restore_store(target, backup) == count
    assert verify_file(target / DB_FILENAME, tmp_path) == (count, True)


def _damaged_copies(backup: Path, folder: Path) -> dict[str, Path]:
    made: dict[str, bytes] = {
        "random bytes": os.urandom(64 * 1024),
        "a text file": b"upn,forename,surname\nA123456789012,Zofia,Luczak\n",
        "an empty file": b"",
        "a truncated backup": backup.read_bytes()[: backup.stat().st_size // 2],
    }
    damaged = bytearray(backup.read_bytes())
    for offset in range(4096, len(damaged), 4096):  # scribble over the start of every page after the first
        damaged[offset + 8 : offset + 40] = os.urandom(32)
    made["a backup with damaged pages"] = bytes(damaged)
    paths = {}
    for label, data in made.items():
        path = folder / (label.replace(" ", "-") + ".sqlite3")
        path.write_bytes(data)
        paths[label] = path
    other = folder / "another-database.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE pupils (name TEXT)")
        conn.execute("INSERT INTO pupils VALUES ('Zofia')")
        conn.commit()
    paths["another program's database"] = other
    newer = folder / "newer.sqlite3"
    shutil.copyfile(backup, newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    paths["a backup from a newer version"] = newer
    return paths


def test_a_damaged_or_foreign_backup_is_refused_and_the_store_left_alone(
    backed_up: tuple[School, Path, int], tmp_path: Path
) -> None:
    school, backup, _count = backed_up
    held = school.store.log.count()
    school.store.close()
    folder = tmp_path / "bad"
    folder.mkdir()
    before = file_digest(school.store.db_path)
    listing = sorted(p.name for p in school.data_dir.iterdir() if not p.name.startswith(DB_FILENAME))
    for label, path in _damaged_copies(backup, folder).items():
        with pytest.raises(ServiceError) as refused:
            restore_store(school.data_dir, path, force=True)
        message = str(refused.value)
        assert str(path) in message, (label, message)
        assert "\n" not in message
        assert file_digest(school.store.db_path) == before, label
        leftovers = sorted(p.name for p in school.data_dir.iterdir() if not p.name.startswith(DB_FILENAME))
        assert leftovers == listing, (label, leftovers)  # the refused restore left nothing behind
        assert not list(school.data_dir.glob("*before-restore*")), label
    with SchoolStore(school.data_dir) as store:
        assert store.log.count() == held
        assert verify_store(store).intact
    with pytest.raises(ServiceError, match="No backup file"):
        restore_store(school.data_dir, folder / "missing.sqlite3", force=True)


def test_a_backup_into_a_folder_that_cannot_be_written_is_one_clear_refusal(school: School, tmp_path: Path) -> None:
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):  # root ignores permissions: use a folder that cannot hold files instead
        locked = Path("/proc")
    try:
        with pytest.raises(ServiceError, match="Cannot write a backup in"):
            backup_store(school.store, locked / "backup.sqlite3")
        assert not (locked / "backup.sqlite3").exists()
    finally:
        (tmp_path / "read-only").chmod(0o700)
