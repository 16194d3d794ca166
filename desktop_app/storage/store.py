"""A school's store on this PC: the engine, the entry log, local settings and this device's id."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.domain.ids import new_id
from desktop_app.storage.data_folder import prepare_data_folder
from desktop_app.storage.engine import DB_FILENAME, StoreError
from desktop_app.storage.log import EntryLog, LocalSettings
from desktop_app.storage.shelf import KeyShelf
from desktop_app.storage.upgrade import open_store_engine

log = logging.getLogger(__name__)
ROTATED_SETTING = "device_rotated"  # why this PC last started a new chain, for verify and audit to name


class SchoolStore:
    """One school's local store. Private state: the SQLAlchemy engine. Opening it raises StoreError, in plain words
    (`services.store.open_store` gives it to a person as a ServiceError)."""

    def __init__(self, data_dir: Path, *, create: bool = False) -> None:
        self.data_dir = data_dir
        try:
            prepare_data_folder(data_dir, create=create)  # private to this user before SQLite writes anything
        except OSError as exc:
            raise StoreError(f"cannot use the data folder {data_dir}: {exc.strerror or exc}") from exc
        self._engine = open_store_engine(data_dir, create=create)  # backs up, then migrates
        self.settings = LocalSettings(self._engine)
        self.device_id = self.settings.get_or_create("device_id", new_id)
        self.log = EntryLog(self._engine, self.device_id)
        self.shelf = KeyShelf(self._engine)  # each child's file keys, outside the log (deleted when a file is erased)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / DB_FILENAME).exists()

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> SchoolStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def rotate_device(store: SchoolStore, why: str, *, named: bool = True) -> str:
    """Start a new chain for this PC under a new device id (the old chain is left as it is); returns the id.
    With `named` (a chain that failed its checks), verify and the audit name it; a routine new chain (this PC's
    first own hub login, design note 21) is only logged."""
    old = store.device_id
    store.device_id = new_id()
    store.settings.set("device_id", store.device_id)
    if named:
        store.settings.set(ROTATED_SETTING, f"{old}: {why}")
    store.log.device_id = store.device_id
    log.warning("this PC starts a new chain %s: the old one (%s) %s", store.device_id, old, why)
    return store.device_id
