"""The metrics queue on this PC: sealed rows of oversight counts held back until their session ends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Engine, Table, delete, insert, select

from desktop_app.storage.models import MetricsQueueRow

_T = cast(Table, MetricsQueueRow.__table__)  # a declared class's table (typed as any FROM clause)


class MetricsQueue:
    """The `metrics_queue` table of one store. Private state: the engine (WAL, synchronous=FULL: a commit is on
    disk). Rows are (id, sealed) and nothing else: no time, no author, no order but SQLite's own."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, row_id: str, sealed: bytes) -> None:
        """Write one row durably, in its own transaction."""
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            conn.execute(insert(_T), [{"id": row_id, "sealed": sealed}])

    def all(self) -> list[tuple[str, bytes]]:
        """Every row, as (id, sealed), in id order (ids are random)."""
        with self._engine.connect() as conn:
            return [(row.id, row.sealed) for row in conn.execute(select(_T.c.id, _T.c.sealed).order_by(_T.c.id))]

    def remove(self, row_ids: Sequence[str]) -> int:
        """Delete these rows in one transaction; returns how many there were."""
        if not row_ids:
            return 0
        removed = 0
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            for start in range(0, len(row_ids), 500):
                removed += conn.execute(delete(_T).where(_T.c.id.in_(list(row_ids[start : start + 500])))).rowcount
        return removed

    def count(self) -> int:
        with self._engine.connect() as conn:
            return len(conn.execute(select(_T.c.id)).all())
