"""Scheduled backups for IT: a copy of the store (ciphertext only) in the configured folder, keeping the last N."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.config import BACKUP_FOLDER, MachineConfig
from desktop_app.services.backup import backup_store
from desktop_app.storage.store import SchoolStore

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
EARLY_ALLOWANCE = timedelta(minutes=15)  # a daily task that starts a little early still makes its daily backup
_NAME = re.compile(r"^concern-logger-(?P<device>[0-9a-f]{8})-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class ScheduledBackup:
    """What one run did: the backup written (None when none was due), its entries, and the old ones removed."""

    written: Path | None
    entries: int
    removed: tuple[Path, ...]
    last: datetime | None
    next_due: datetime | None


def _device(store: SchoolStore) -> str:
    return store.device_id.replace("-", "")[-8:]


def backup_name(store: SchoolStore, when: datetime) -> str:
    """`concern-logger-<device>-<UTC time>.sqlite3`: PCs sharing one folder never overwrite each other's backups."""
    return f"concern-logger-{_device(store)}-{when.astimezone(UTC).strftime(STAMP_FORMAT)}.sqlite3"


def backups_of(store: SchoolStore, folder: Path) -> list[tuple[datetime, Path]]:
    """This PC's scheduled backups in `folder`, oldest first (other files and other PCs' backups are left alone)."""
    device = _device(store)
    found: list[tuple[datetime, Path]] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["device"] == device and path.is_file():
            found.append((datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC), path))
    return sorted(found)


def _folder(config: MachineConfig) -> Path | None:
    folder = config.backup_folder
    if folder is None:
        return None
    if not folder.is_dir():
        raise config.problem(BACKUP_FOLDER, f"the folder {folder} does not exist (or is not reachable from this PC)")
    return folder


def backup_if_due(store: SchoolStore, config: MachineConfig, now: datetime) -> ScheduledBackup:
    """Back up when `backup.interval_hours` have passed since this PC's last scheduled backup, then keep only the
    last `backup.keep_last`. Does nothing when no backup folder is configured. A backup holds only ciphertext."""
    folder = _folder(config)
    if folder is None:
        return ScheduledBackup(None, 0, (), None, None)
    interval = timedelta(hours=config.backup_interval_hours)
    existing = backups_of(store, folder)
    last = existing[-1][0] if existing else None
    if last is not None and now - last < interval - EARLY_ALLOWANCE:
        return ScheduledBackup(None, 0, (), last, last + interval)
    return _back_up(store, config, folder, now, last)


def backup_now(store: SchoolStore, config: MachineConfig, now: datetime) -> ScheduledBackup:
    """A scheduled-style backup whether or not one is due (the same naming and keep-last-N)."""
    folder = _folder(config)
    if folder is None:
        raise config.problem(BACKUP_FOLDER, "no backup folder is configured")
    existing = backups_of(store, folder)
    return _back_up(store, config, folder, now, existing[-1][0] if existing else None)


def _back_up(
    store: SchoolStore, config: MachineConfig, folder: Path, now: datetime, last: datetime | None
) -> ScheduledBackup:
    when = now.astimezone(UTC).replace(microsecond=0)
    if last is not None and when <= last:
        when = last + timedelta(seconds=1)  # names stay in time order even if the clock went back
    target = folder / backup_name(store, when)
    entries = backup_store(store, target)
    kept = backups_of(store, folder)
    removed = tuple(path for _when, path in kept[: max(0, len(kept) - config.backup_keep_last)])
    for path in removed:
        path.unlink(missing_ok=True)
    return ScheduledBackup(target, entries, removed, when, when + timedelta(hours=config.backup_interval_hours))
