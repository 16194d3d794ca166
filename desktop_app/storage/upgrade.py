"""Opening a store made by an earlier release: a backup first, then the Alembic migration; a failure puts it back."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.private_files import flush_to_disk
from desktop_app.storage.engine import (
    DB_FILENAME,
    HEAD_REVISION,
    StoreError,
    create_sqlite_engine,
    migrate,
    open_engine,
)
from desktop_app.storage.log import LocalSettings
from desktop_app.storage.store_file import copy_store_file, integrity_ok, put_back, stored_revision

log = logging.getLogger(__name__)
UPGRADE_BACKUP_SETTING = "upgrade_backup"  # local setting: the backup kept by the last upgrade, for IT to find


class UpgradeFailed(StoreError):
    """The migration failed and the store was put back from the backup made just before it."""


class NewerStore(StoreError):
    """The store was made by a newer release than this one; it is left untouched."""


def known_revisions() -> set[str]:
    """Every schema revision this release can migrate from."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def backup_before_upgrade(path: Path, revision: str, now: datetime | None = None) -> Path:
    """`school.sqlite3.before-upgrade-<revision>-<time>` beside the store; it holds only ciphertext, like the store."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    destination = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    try:
        copy_store_file(path, destination)
        if not integrity_ok(destination):
            raise StoreError(f"the backup {destination} failed SQLite's integrity check")
        flush_to_disk(destination)
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    return destination


def _migrate_file(path: Path) -> None:
    engine = create_sqlite_engine(path)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def open_store_engine(data_dir: Path, *, create: bool) -> Engine:
    """The engine for the store in `data_dir`. A store at an older schema is backed up beside itself, then migrated;
    if the migration fails the store is put back from that backup and UpgradeFailed says so. A store from a newer
    release is refused untouched (NewerStore)."""
    path = data_dir / DB_FILENAME
    revision = stored_revision(path)
    if revision is None or revision == HEAD_REVISION:
        return open_engine(data_dir, create=create)
    if revision not in known_revisions():
        raise NewerStore(
            f"The store in {data_dir} was made by a newer version of Concern Logger (schema {revision}); this version "
            f"reads schema {HEAD_REVISION} and older. Install the newer version; the store was not changed."
        )
    backup = backup_before_upgrade(path, revision)
    log.info("upgrading %s from schema %s to %s; backup at %s", path, revision, HEAD_REVISION, backup)
    try:
        _migrate_file(path)
    except Exception as exc:
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'}"
        try:
            put_back(backup, path)
        except Exception as restore_exc:
            raise UpgradeFailed(
                f"Upgrading the store in {data_dir} from schema {revision} to {HEAD_REVISION} failed "
                f"({reason}), and putting it back failed too ({restore_exc}). The backup made "
                f"before the upgrade is {backup}: ask your IT staff to copy it over {path}."
            ) from exc
        raise UpgradeFailed(
            f"Upgrading the store in {data_dir} from schema {revision} to {HEAD_REVISION} failed "
            f"({reason}). The store was restored from the backup made just before the upgrade "
            f"({backup}), so nothing was lost; this version cannot open it until the problem is fixed. Please tell "
            "your IT staff."
        ) from exc
    engine = open_engine(data_dir, create=False)
    LocalSettings(engine).set(UPGRADE_BACKUP_SETTING, str(backup))
    return engine
