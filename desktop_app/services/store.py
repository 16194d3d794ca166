"""Opening a school's store on this PC for a person: a store that cannot be opened is one plain ServiceError."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.errors import ServiceError
from desktop_app.storage.engine import StoreError
from desktop_app.storage.store import SchoolStore as SchoolStore  # the storage object the services pass around


def open_store(data_dir: Path, *, create: bool = False) -> SchoolStore:
    """The store in `data_dir` (made with `create`), backed up and migrated when an earlier release made it."""
    try:
        return SchoolStore(data_dir, create=create)
    except StoreError as exc:
        raise ServiceError(str(exc)) from exc


def store_exists(data_dir: Path) -> bool:
    """Whether `data_dir` holds a store (which may still hold no school)."""
    return SchoolStore.exists(data_dir)
