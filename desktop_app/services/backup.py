"""Backups and restores of a whole store: consistent while in use, and never half-written."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.domain.ids import new_id
from desktop_app.file_limits import GIB, check_size
from desktop_app.private_files import flush_to_disk, make_private, private_folder
from desktop_app.services.errors import ServiceError
from desktop_app.services.snapshot import SNAPSHOT_DIR
from desktop_app.services.store import SchoolStore, open_store
from desktop_app.storage.engine import DB_FILENAME, StoreError, create_sqlite_engine, migrate
from desktop_app.storage.log import LocalSettings
from desktop_app.storage.store_file import copy_store_file, read_store_copy

MAX_BACKUP_BYTES = 16 * GIB  # far beyond any school's store (100,000 entries take about 130 MB)


def backup_store(store: SchoolStore, destination: Path) -> int:
    """Write a consistent copy of the store to `destination`; returns the number of entries in it."""
    destination = destination.resolve()
    if destination.is_dir():
        raise ServiceError(f"{destination} is a folder; give a file name for the backup.")
    if not destination.parent.is_dir():
        raise ServiceError(f"The folder {destination.parent} does not exist.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=destination.parent)
    except OSError as exc:
        raise ServiceError(f"Cannot write a backup in {destination.parent}: {exc.strerror}.") from exc
    os.close(handle)
    temp_path = Path(temporary)
    try:
        copy_store_file(store.db_path, temp_path)
        count = check_backup(temp_path)
        flush_to_disk(temp_path)
        os.replace(temp_path, destination)
    except OSError as exc:
        temp_path.unlink(missing_ok=True)
        raise ServiceError(f"The backup to {destination} failed ({exc.strerror}); nothing was written.") from exc
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return count


def check_backup(path: Path) -> int:
    """The number of entries in a backup file; raises ServiceError if it is not a Concern Logger store."""
    try:
        copy = read_store_copy(path)
    except StoreError as exc:
        raise ServiceError(f"{path} is not a Concern Logger backup ({exc}).") from exc
    if not copy.intact:
        raise ServiceError(f"{path} is damaged (SQLite integrity check failed).")
    if not copy.is_store:
        raise ServiceError(f"{path} is not a Concern Logger backup.")
    return copy.entries


def restore_store(data_dir: Path, backup: Path, *, force: bool = False) -> int:
    """Replace the store in `data_dir` with `backup`. Refuses a non-empty store unless `force`; the old store is
    kept beside it as `school.sqlite3.before-restore-<time>`. Returns the number of entries restored."""
    if not backup.is_file():
        raise ServiceError(f"No backup file at {backup}.")
    try:
        check_size(backup, MAX_BACKUP_BYTES, "a Concern Logger backup")
    except OSError as exc:
        raise ServiceError(f"{backup} cannot be restored: {exc.strerror or exc}.") from exc
    count = check_backup(backup)
    target = data_dir / DB_FILENAME
    if target.exists():
        with open_store(data_dir) as current:
            held = current.log.count()
        if held and not force:
            raise ServiceError(
                f"The store in {data_dir} already holds {held} entries; use --force to replace it (it is kept aside)."
            )
    private_folder(data_dir)
    handle, temporary = tempfile.mkstemp(prefix=".restore-", suffix=".tmp", dir=data_dir)
    os.close(handle)
    temp_path = Path(temporary)
    try:
        make_private(temp_path)  # before any of the store is copied in (mkstemp's 0600 is POSIX only)
        shutil.copyfile(backup, temp_path)
        engine = create_sqlite_engine(temp_path)
        try:
            migrate(engine)  # brings an older backup forward; one this version cannot read is refused here
            # A restored store writes on a new device chain, so it never forks the chain it was copied from.
            LocalSettings(engine).set("device_id", new_id())
        except Exception as exc:
            raise ServiceError(f"{backup} cannot be restored by this version of Concern Logger ({exc}).") from exc
        finally:
            engine.dispose()
        flush_to_disk(temp_path)
        if target.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            copy_store_file(target, data_dir / f"{DB_FILENAME}.before-restore-{stamp}")
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(temp_path, target)
        # Folded snapshots describe the replaced store (they are refused anyway: bound to its device id).
        shutil.rmtree(data_dir / SNAPSHOT_DIR, ignore_errors=True)
    except BaseException:
        for leftover in (temp_path, Path(f"{temp_path}-wal"), Path(f"{temp_path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return count
