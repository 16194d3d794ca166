"""The key shelf on this PC: each child's file keys, wrapped, outside the entry log; the one table rows leave."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Engine, Table, delete, select, text
from sqlalchemy.dialects.sqlite import insert

from desktop_app.storage.models import FileKeyRow

_T = cast(Table, FileKeyRow.__table__)
_BATCH = 500


@dataclass(frozen=True, slots=True)
class ShelfRow:
    """A file key as the shelf holds it: the child (opaque subject), the key's id, the key wrapped under the
    directory key named."""

    subject: str
    key_id: str
    wrapped: bytes
    directory_key_id: str


class KeyShelf:
    """The `file_keys` table of one store. Private state: the engine (WAL, synchronous=FULL, secure_delete: a removed
    row's bytes are overwritten in the database file, and the write-ahead log is checkpointed and emptied after)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, rows: Iterable[ShelfRow]) -> int:
        """Put rows on the shelf durably (one transaction); a (subject, key id) already held is left as it is.
        Returns how many were new."""
        values = [
            {"subject": r.subject, "key_id": r.key_id, "wrapped": r.wrapped, "directory_key_id": r.directory_key_id}
            for r in rows
        ]
        if not values:
            return 0
        added = 0
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            for start in range(0, len(values), _BATCH):
                statement = insert(_T).values(values[start : start + _BATCH]).on_conflict_do_nothing()
                added += conn.execute(statement).rowcount
        return added

    def with_key_id(self, key_id: str) -> list[ShelfRow]:
        """Every row holding this key id: one, unless a row was planted beside it under another child (the reader
        tries each; a planted one does not open, being bound to its child)."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(_T).where(_T.c.key_id == key_id).order_by(_T.c.subject)).all()
        return [_row(r) for r in rows]

    def holding(self, key_ids: Iterable[str]) -> set[str]:
        """Which of these key ids the shelf holds."""
        ids, found = sorted(set(key_ids)), set()
        with self._engine.connect() as conn:
            for start in range(0, len(ids), _BATCH):
                chunk = ids[start : start + _BATCH]
                found |= {r.key_id for r in conn.execute(select(_T.c.key_id).where(_T.c.key_id.in_(chunk)))}
        return found

    def of_subject(self, subject: str) -> list[ShelfRow]:
        """Every file key of one child on this shelf, by key id."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(_T).where(_T.c.subject == subject).order_by(_T.c.key_id)).all()
        return [_row(r) for r in rows]

    def all(self) -> list[ShelfRow]:
        with self._engine.connect() as conn:
            return [_row(r) for r in conn.execute(select(_T).order_by(_T.c.subject, _T.c.key_id)).all()]

    def places(self) -> set[tuple[str, str]]:
        """Every (subject, key id) held."""
        with self._engine.connect() as conn:
            return {(r.subject, r.key_id) for r in conn.execute(select(_T.c.subject, _T.c.key_id))}

    def subjects(self) -> set[str]:
        with self._engine.connect() as conn:
            return {r.subject for r in conn.execute(select(_T.c.subject).distinct())}

    def remove_subjects(self, subjects: Sequence[str]) -> int:
        """Delete every file key of these children, overwrite the freed bytes, and empty the write-ahead log so no
        copy of the rows stays in it. Returns how many rows were removed."""
        if not subjects:
            return 0
        removed = 0
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            for start in range(0, len(subjects), _BATCH):
                chunk = list(subjects[start : start + _BATCH])
                removed += conn.execute(delete(_T).where(_T.c.subject.in_(chunk))).rowcount
        if removed:
            with self._engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return removed


def _row(row: object) -> ShelfRow:
    m = row._mapping  # type: ignore[attr-defined]
    return ShelfRow(m["subject"], m["key_id"], m["wrapped"], m["directory_key_id"])
