"""The append-only entry log: chaining a device's new entries under one write lock, and reading them back."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from sqlalchemy import Engine, func, insert, select, text

from desktop_app.domain.entries import GENESIS_HASH, EntryRecord
from desktop_app.domain.envelope_layout import recipient_key_ids
from desktop_app.storage.models import ENTRY_COLUMNS, EntryRow, LocalSetting, entry_from_row, entry_to_row

Signer = Callable[[bytes], bytes]
_T = EntryRow.__table__
_READ_COLUMNS = [_T.c[name] for name in ENTRY_COLUMNS]


class EntryLog:
    """Reads and appends entries in one store. Private state: the engine and this PC's device id."""

    def __init__(self, engine: Engine, device_id: str) -> None:
        self._engine = engine
        self.device_id = device_id

    def append(self, entries: Sequence[EntryRecord], sign: Signer) -> list[EntryRecord]:
        """Chain, sign and write `entries` in one transaction; on return they are durably on disk."""
        if not entries:
            return []
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            head = conn.execute(
                select(_T.c.seq, _T.c.hash).where(_T.c.device_id == self.device_id).order_by(_T.c.seq.desc()).limit(1)
            ).first()
            seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
            local = conn.execute(select(func.coalesce(func.max(_T.c.local_seq), 0))).scalar_one()
            written, rows = [], []
            for entry in entries:
                seq += 1
                local += 1
                placed = replace(entry, device_id=self.device_id).chained(seq, prev)
                placed = replace(placed, signature=sign(placed.hash))
                prev = placed.hash
                row = entry_to_row(placed, ",".join(recipient_key_ids(placed.sealed)))
                row["local_seq"] = local
                rows.append(row)
                written.append(placed)
            conn.execute(insert(_T), rows)
        return written

    def insert_foreign(self, entries: Iterable[EntryRecord], hub_seqs: Iterable[int | None] | None = None) -> int:
        """Store already-signed entries from elsewhere (sync, import), skipping ids already held."""
        entries = list(entries)
        seqs = list(hub_seqs) if hub_seqs is not None else [None] * len(entries)
        if not entries:
            return 0
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            ids = [e.id for e in entries]
            held: set[str] = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                held.update(conn.execute(select(_T.c.id).where(_T.c.id.in_(chunk))).scalars())
            local = conn.execute(select(func.coalesce(func.max(_T.c.local_seq), 0))).scalar_one()
            rows = []
            for entry, hub_seq in zip(entries, seqs, strict=True):
                if entry.id in held:
                    continue
                held.add(entry.id)
                local += 1
                row = entry_to_row(entry, ",".join(recipient_key_ids(entry.sealed)))
                row["local_seq"] = local
                row["hub_seq"] = hub_seq
                rows.append(row)
            if rows:
                conn.execute(insert(_T), rows)
        return len(rows)

    def all(self) -> Iterator[EntryRecord]:
        """Every entry in the order this store received them."""
        with self._engine.connect() as conn:
            for row in conn.execute(select(*_READ_COLUMNS).order_by(_T.c.local_seq)):
                yield entry_from_row(row)

    def key_material(self) -> list[EntryRecord]:
        """Entries with a public part: school, team keys, accounts, grants, batches."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(*_READ_COLUMNS).where(_T.c.public.is_not(None)).order_by(_T.c.local_seq))
            return [entry_from_row(r) for r in rows]

    def sealed_entries(self, subject: str | None = None) -> list[EntryRecord]:
        """Entries with no public part, optionally only those about one subject, oldest event first."""
        query = select(*_READ_COLUMNS).where(_T.c.public.is_(None))
        if subject is not None:
            query = query.where(_T.c.subject == subject)
        with self._engine.connect() as conn:
            return [entry_from_row(r) for r in conn.execute(query.order_by(_T.c.occurred_at, _T.c.id))]

    def sealed_to(self, key_id: str) -> list[EntryRecord]:
        """Entries sealed to exactly one key (the directory key's entries), in the order received."""
        query = select(*_READ_COLUMNS).where(_T.c.recipients == key_id).order_by(_T.c.local_seq)
        with self._engine.connect() as conn:
            return [entry_from_row(r) for r in conn.execute(query)]

    def get(self, entry_id: str) -> EntryRecord | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(*_READ_COLUMNS).where(_T.c.id == entry_id)).first()
            return entry_from_row(row) if row else None

    def count(self) -> int:
        with self._engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(_T)).scalar_one()


class LocalSettings:
    """Small key-value facts about this store (device id, sign-in failure counts)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(LocalSetting.value).where(LocalSetting.key == key)).first()
            return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO local_settings(key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {"k": key, "v": value},
            )

    def get_or_create(self, key: str, make: Callable[[], str]) -> str:
        with self._engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            row = conn.execute(select(LocalSetting.value).where(LocalSetting.key == key)).first()
            if row:
                return row[0]
            value = make()
            conn.execute(insert(LocalSetting), [{"key": key, "value": value}])
            return value
