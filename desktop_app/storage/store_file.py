"""The store as a file: a consistent copy of it, putting a copy back, and what a copy holds (read-only)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import NamedTuple

from desktop_app.private_files import flush_to_disk, make_private, private_file
from desktop_app.storage.engine import StoreError

_STORE_TABLES = frozenset({"entries", "local_settings", "alembic_version"})


class StoreCopy(NamedTuple):
    """What a copy of a store (a backup, or a file offered as one) holds, read without changing it."""

    intact: bool  # SQLite's integrity check passed
    is_store: bool  # it has a store's tables
    entries: int  # how many entries (0 unless intact and a store)


def copy_store_file(source: Path, destination: Path) -> None:
    """A consistent single-file copy through SQLite's online backup (it includes what is still in the WAL, and holds
    while another process writes), private to this user from the start (SQLite would make a new file readable by
    everyone under the usual umask). The caller checks and flushes it."""
    private_file(destination)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def read_store_copy(path: Path) -> StoreCopy:
    """Whether `path` is an intact store and how many entries it holds; StoreError (SQLite's words) for a file that
    is not a database at all."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return StoreCopy(intact=False, is_store=False, entries=0)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= _STORE_TABLES:
                return StoreCopy(intact=True, is_store=False, entries=0)
            entries = int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
            return StoreCopy(intact=True, is_store=True, entries=entries)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(str(exc)) from exc


def integrity_ok(path: Path) -> bool:
    """SQLite's integrity check of the file at `path` (opened read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    finally:
        conn.close()


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the store file, or None for no file, an empty file or no revision yet."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if not table:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a readable Concern Logger store (damaged or not a database)") from exc


def put_back(backup: Path, path: Path) -> None:
    """Replace the store with the backup, whole or not at all, dropping the half-migrated store's WAL."""
    handle, temporary = tempfile.mkstemp(prefix=".put-back-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        make_private(Path(temporary))
        shutil.copyfile(backup, temporary)
        flush_to_disk(Path(temporary))
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
