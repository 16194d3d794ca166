"""The data folder on disk: made private to this user, and what an earlier release left open to others tightened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop_app.private_files import FOLDER_MODE, private_file, tighten_folder
from desktop_app.storage.engine import DB_FILENAME

# services.snapshot.SNAPSHOT_DIR, which storage may not import (tests/adversarial/test_files_at_rest.py checks the
# snapshots folder by its constant).
SNAPSHOT_DIR = "snapshots"


def _kept_here(data_dir: Path) -> Iterator[Path]:
    """What the app keeps in its data folder: the store with its -wal, -shm and -journal, the copies kept beside it
    (before-restore, before-upgrade), and the snapshots folder with its files. Nothing else there is touched."""
    try:
        for path in data_dir.iterdir():
            if path.name.startswith(DB_FILENAME) and path.is_file():
                yield path
        snapshots = data_dir / SNAPSHOT_DIR
        if snapshots.is_dir() and not snapshots.is_symlink():
            yield snapshots
            yield from (path for path in snapshots.iterdir() if path.is_file())
    except OSError:
        return  # a folder that cannot be listed is reported when the store is opened


def prepare_data_folder(data_dir: Path, *, create: bool) -> None:
    """Before the store is opened. With `create`, the folder is made 0700 and the store file 0600 before SQLite first
    writes to it (SQLite gives the -wal and -shm it makes the store's own mode). A folder and store left readable by
    others by an earlier release are tightened. Raises OSError when the folder or store cannot be made."""
    if create:
        data_dir.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    elif not data_dir.is_dir():
        return
    tighten_folder(data_dir, _kept_here(data_dir))
    store = data_dir / DB_FILENAME
    if create and not store.exists():
        private_file(store)
