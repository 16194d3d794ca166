"""Drafts on this PC: sealed unfinished records, written durably and never synced."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Engine, Table, delete, func, select
from sqlalchemy.dialects.sqlite import insert

from desktop_app.storage.models import DraftRow

_T = cast(Table, DraftRow.__table__)  # a declared class's table (typed as any FROM clause)


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """A draft as held on disk: still sealed. `updated_at` is milliseconds since the Unix epoch."""

    draft_id: str
    author_key_id: str
    updated_at: int
    sealed: bytes


class DraftStore:
    """The `drafts` table of one store. Private state: the engine (WAL, synchronous=FULL: a commit is on disk)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def upsert(self, draft: StoredDraft) -> bool:
        """Write or replace a draft in one durable transaction.

        A draft id already held for another author is left alone: returns False, and nothing is written.
        """
        statement = insert(_T).values(
            id=draft.draft_id, author_key_id=draft.author_key_id, updated_at=draft.updated_at, sealed=draft.sealed
        )
        statement = statement.on_conflict_do_update(
            index_elements=[_T.c.id],
            set_={"updated_at": statement.excluded.updated_at, "sealed": statement.excluded.sealed},
            where=_T.c.author_key_id == statement.excluded.author_key_id,
        )
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            return conn.execute(statement).rowcount == 1

    def for_authors(self, author_key_ids: list[str]) -> list[StoredDraft]:
        """The drafts sealed by any of these author keys, most recently saved first."""
        if not author_key_ids:
            return []
        query = (
            select(_T.c.id, _T.c.author_key_id, _T.c.updated_at, _T.c.sealed)
            .where(_T.c.author_key_id.in_(author_key_ids))
            .order_by(_T.c.updated_at.desc(), _T.c.id)
        )
        with self._engine.connect() as conn:
            return [StoredDraft(*row) for row in conn.execute(query)]

    def delete(self, draft_id: str, author_key_ids: list[str]) -> bool:
        """Remove a draft of one of these author keys; returns whether there was one."""
        if not author_key_ids:
            return False
        statement = delete(_T).where(_T.c.id == draft_id, _T.c.author_key_id.in_(author_key_ids))
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            return conn.execute(statement).rowcount > 0

    def count(self) -> int:
        with self._engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(_T)).scalar_one()
