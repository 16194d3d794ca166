"""Talking to the hub: pushing a school's entries (idempotent, in order) and pulling them by the hub's sequence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from desktop_app.domain.entries import MAX_ENTRY_BYTES, EntryRecord
from desktop_app.storage.models import ENTRY_COLUMNS
from desktop_app.sync.address import HubAddress
from desktop_app.sync.hub_migrations import hub_info, version_of
from desktop_app.sync.hub_migrations.v2 import (
    ENTRY_BYTES_CAP,
    HEADER_BYTES_CAP,
    NOT_A_SCHOOL,
    NOT_YOURS,
    QUOTA,
    TAKEN,
)
from desktop_app.sync.schema import (
    CLIENT_PROTOCOL,
    HUB_SCHEMA,
    PUSHED_COLUMNS,
    entry_size,
    hub_device_heads,
    hub_entries,
    hub_schools,
)
from desktop_app.sync.tls import TlsRefused, tls_arguments, tls_problem

_H = hub_entries.c
_COPY_TYPES = {"String": "varchar", "BigInteger": "bigint", "LargeBinary": "bytea", "Text": "text"}
_ENTRY_PUSHED = [name for name in PUSHED_COLUMNS if name != "recipients"]  # then recipients, then the order
_PUSH_TYPES = [_COPY_TYPES[type(hub_entries.c[name].type).__name__] for name in _ENTRY_PUSHED] + ["text", "integer"]
_PUSH_TABLE = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS concern_push ("
    + ", ".join(f"{name} {kind}" for name, kind in zip([*_ENTRY_PUSHED, "recipients", "ord"], _PUSH_TYPES, strict=True))
    + ") ON COMMIT DELETE ROWS"
)
_PUSH_COPY = f"COPY concern_push ({', '.join(_ENTRY_PUSHED)}, recipients, ord) FROM STDIN (FORMAT BINARY)"
_PUSH_INSERT = (
    f"INSERT INTO {HUB_SCHEMA}.entries ({', '.join(PUSHED_COLUMNS)}) "
    f"SELECT {', '.join(PUSHED_COLUMNS)} FROM concern_push ORDER BY ord "
    "ON CONFLICT DO NOTHING RETURNING id, hub_seq"
)
_SIZED = ("public", "sealed", "signature")  # what the size limits count (EntryRecord.size)
_ROW_SIZE = " + ".join(f"coalesce(octet_length({name}), 0)" for name in _SIZED)
_HEADER = ("recipients", "hash", "prev_hash")  # the rest a row may carry at any length: capped on its own
_HEADER_SIZE = " + ".join(f"coalesce(octet_length({name}), 0)" for name in _HEADER)
_TOO_BIG = f"(size > %(cap)s OR header > {HEADER_BYTES_CAP})"


def _bounded(column: str) -> str:
    """A pulled column, left at the hub when the row is over a limit (content) or its header is (everything)."""
    if column in _SIZED:
        return f"CASE WHEN {_TOO_BIG} THEN NULL ELSE {column} END"
    if column in _HEADER:
        return f"CASE WHEN header > {HEADER_BYTES_CAP} THEN ''::bytea ELSE {column} END"
    return column


# Every pulled row: its hub sequence, recipients, size and header size, then its columns bounded as above.
_BOUNDED_ROW = (
    f"hub_seq, CASE WHEN header > {HEADER_BYTES_CAP} THEN '' ELSE recipients END, size, header, "
    + ", ".join(_bounded(c) for c in ENTRY_COLUMNS)
)
_SIZES = f"{_ROW_SIZE} AS size, {_HEADER_SIZE} AS header"
# A page of the pull: at most `limit` rows, and rows only until a byte budget is spent (always at least one). An
# oversized row's content never leaves the hub: its header comes with its size, and the PC refuses it; a row whose
# header is over its cap comes with its ids and sizes alone. octet_length reads a stored value's length without
# fetching or decompressing it.
_PULL_PAGE = (
    f"SELECT page_rows, {_BOUNDED_ROW}"
    " FROM (SELECT *, count(*) OVER () AS page_rows,"
    " sum(least(size, %(cap)s)) OVER (ORDER BY hub_seq) - least(size, %(cap)s) AS before"
    f" FROM (SELECT *, {_SIZES} FROM {HUB_SCHEMA}.entries"
    " WHERE school_id = %(school)s AND hub_seq > %(after)s{not_from} ORDER BY hub_seq LIMIT %(limit)s) AS rows"
    ") AS page WHERE before < %(budget)s ORDER BY hub_seq"
)
_DEVICE_ROWS = (
    f"SELECT {_BOUNDED_ROW} FROM (SELECT *, {_SIZES} FROM {HUB_SCHEMA}.entries"
    " WHERE school_id = %(school)s AND device_id = %(device)s AND seq > %(after)s ORDER BY seq LIMIT %(limit)s)"
    " AS rows ORDER BY seq"
)


def _pulled(row: Sequence[Any], max_entry_bytes: int) -> PulledEntry:
    """A row of `_BOUNDED_ROW` as a PulledEntry: an entry over a limit comes without its content, named oversize."""
    hub_seq, recipients, size, header = row[0], row[1], row[2], row[3]
    record = EntryRecord(*row[4:])
    oversize = size + header if header > HEADER_BYTES_CAP else size if size > max_entry_bytes else None
    if oversize is not None:
        record = replace(record, public=None, sealed=None, signature=b"")
    return PulledEntry(hub_seq, record, recipients, oversize)


# libpq settings used unless the address sets them: give up on an unreachable hub in seconds, and notice a
# connection that silently went away (network cable, Wi-Fi) in under half a minute.
_CONNECT_DEFAULTS = {
    "connect_timeout": "10",
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "3",
    "application_name": "concern-logger",
}
_LOST = (
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "consuming input failed",
    "connection already closed",
    "the connection is lost",
    "SSL SYSCALL error",
    "sending query failed",
)
# How long one push or registration waits for its school's lock (another PC of the school sending) before it gives
# up and says the hub is busy; the hub's own limits (LOGIN_SETTINGS) bound everything else.
PUSH_LOCK_WAIT = "5s"
_COPIED_STORE = "the hub holds another entry at its place in this PC's chain (was this store copied from another PC?)"


def _cursor(conn: Connection, *, binary: bool = False) -> psycopg.Cursor[Any]:
    """A cursor on psycopg's own connection under SQLAlchemy's (rows as plain tuples, no row objects)."""
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection holds its driver's
    cursor: psycopg.Cursor[Any] = driver.cursor(binary=binary)
    return cursor


class HubError(Exception):
    """The hub could not do what was asked; the message says why in plain words."""


class HubUnreachable(HubError):
    """The hub cannot be reached, or the connection to it was lost: this PC is offline for now."""


PULL_BYTES = 32 * 1024 * 1024  # a pull page's byte budget (rows beyond it wait for the next page)


class HubBusy(HubError):
    """The school's push lock or a row stayed taken longer than this PC waits: another PC is sending."""


class NotYours(HubError):
    """The hub refused a batch holding a row at a device another PC's login owns."""


class DeviceTaken(HubError):
    """The hub already holds entries or a claim for this device id: this PC must start a new chain."""


@dataclass(frozen=True, slots=True)
class HubLogin:
    """This PC's own hub login (kept in the store's local settings, given to the driver in-process only)."""

    role: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class PulledEntry:
    """An entry as the hub holds it, with the hub's sequence number. `oversize`: the entry's size when it is over
    the limit, in which case only its header came (public, sealed and signature left at the hub)."""

    hub_seq: int
    entry: EntryRecord
    recipients: str
    oversize: int | None = None


@dataclass(frozen=True, slots=True)
class PullPage:
    """One page of a pull, and whether the hub holds more after it."""

    entries: list[PulledEntry]
    more: bool


def size_problem_of(size: int) -> str:
    """Why an oversized row the hub offered was refused (its content never loaded)."""
    return (
        f"too big ({size / (1024 * 1024):.1f} MB; an entry may hold at most "
        f"{MAX_ENTRY_BYTES / (1024 * 1024):.1f} MB): not loaded"
    )


@dataclass(slots=True)
class PushResult:
    """What the hub did with one batch: where it holds each entry, how many were new, which it would not take."""

    hub_seqs: dict[str, int] = field(default_factory=dict)
    added: int = 0
    not_accepted: list[tuple[str, str]] = field(default_factory=list)


def _connect_args(address: HubAddress) -> dict[str, str]:
    """libpq settings: the defaults above unless the address sets them, and the TLS ones (sync/tls.py), which
    override a service file, the environment and any weaker mode the address was allowed to name."""
    given = {key.lower() for key in address.url.query}
    defaults = {key: value for key, value in _CONNECT_DEFAULTS.items() if key not in given}
    return defaults | tls_arguments(address)


def open_hub_engine(address: HubAddress, password: str | None = None) -> Engine:
    """An engine with no pool: a client holds one connection at a time and drops it when it is lost. A PC's own
    login's password is given here, in-process (never on a command line, in the environment or in a log). Raises
    HubError when the address asks for weaker TLS than verify-full and that was not allowed."""
    try:
        connect_args = _connect_args(address)
    except TlsRefused as exc:
        raise HubError(str(exc)) from exc
    if password is not None:
        connect_args["password"] = password
    return create_engine(address.url, poolclass=NullPool, hide_parameters=True, connect_args=connect_args)


def explain(exc: Exception, address: HubAddress) -> HubError:
    """A database error (SQLAlchemy's, or the driver's own) in plain words, never the SQL or its parameters."""
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or ""
    message = str(orig or exc).strip()
    first = message.splitlines()[0] if message else type(exc).__name__
    where = address.display
    tls = tls_problem(message, address)
    if tls is not None:
        return HubError(tls)
    if "no password supplied" in message:
        return HubError(
            f"The hub at {where} asks for a password, and this PC's PostgreSQL password file (PGPASSFILE or "
            "~/.pgpass) has none for it."
        )
    if "password authentication failed" in message or state in {"28P01", "28000"}:
        return HubError(
            f"The hub at {where} did not accept this PC's sign-in: check the password in this PC's PostgreSQL "
            "password file (PGPASSFILE or ~/.pgpass)."
        )
    if "permission denied for database" in message:
        return HubError(f"The hub at {where} refused: this login may not use that database.")
    if state == "3D000" or ("database" in message and "does not exist" in message):
        return HubError(f"The hub at {where} has no such database.")
    if state in {"42P01", "3F000"}:
        return HubError(f"The hub at {where} is not set up for Concern Logger (run 'concern-logger hub setup').")
    if state == "55P03" or state == "57014" or state == "40P01":
        return HubBusy(
            f"The hub at {where} is busy (another PC of this school is sending, or a lock is held): "
            "sync tries again shortly."
        )
    if state == QUOTA:
        return HubError(f"The hub at {where} refused: {first}. Ask IT to raise the school's quota ('hub quota').")
    if state == NOT_YOURS:
        return NotYours(f"The hub at {where} refused: {first}.")
    if state == TAKEN:
        return DeviceTaken(f"The hub at {where} refused: {first}.")
    if state == NOT_A_SCHOOL:
        return HubError(f"The hub at {where} refused: {first} (check the hub address and this PC's enrolment).")
    if state == "23514" and "entry_header_cap" in message:
        return HubError(f"The hub at {where} refused an entry whose recipients or hashes are over its cap.")
    if state == "23514" and "entry_size_cap" in message:
        return HubError(
            f"The hub at {where} refused an entry larger than its cap of {ENTRY_BYTES_CAP // (1024 * 1024)} MiB."
        )
    if state == "25P03":
        return HubUnreachable(f"The connection to the hub at {where} was lost; sync carries on when it is back.")
    if state == "42501":
        return HubError(f"The hub at {where} refused: this hub account may not do that ({first}).")
    if state.startswith("57P") or state.startswith("08") or any(s in message for s in _LOST):
        return HubUnreachable(f"The connection to the hub at {where} was lost; sync carries on when it is back.")
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return HubUnreachable(f"The connection to the hub at {where} was lost; sync carries on when it is back.")
    if any(s in message for s in ("connection failed", "could not connect", "timeout expired", "translate host")):
        detail = message.split("failed:")[-1].strip().splitlines()[0] if "failed:" in message else first
        return HubUnreachable(f"The hub at {where} cannot be reached ({detail}).")
    return HubError(f"The hub at {where} reported a problem: {first}")


class HubClient:
    """One school's connection to the hub. Private state: the engine and the open connection, kept until it is
    lost or the client is closed.

    With a `login` (this PC's own), the client speaks protocol 2: the hub takes the school from the login. Without
    one it connects as the address's role (the school's shared login, or the hub's owner) and speaks protocol 1,
    naming the school when it takes the push lock: a version-1 hub, or the compatibility window of a version-2 hub.
    """

    def __init__(self, address: HubAddress, school_id: str, *, login: HubLogin | None = None) -> None:
        self.address = address if login is None else address.with_role(login.role)
        self.school_id = school_id
        self.legacy = login is None
        self._engine = open_hub_engine(self.address, login.password if login else None)
        self._conn: Connection | None = None

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _talking(self) -> Iterator[Connection]:
        try:
            if self._conn is None:
                self._conn = self._engine.connect()
            yield self._conn
        except (SQLAlchemyError, psycopg.Error) as exc:
            self._drop()
            error = explain(exc, self.address)
            if not self.legacy and "did not accept this PC's sign-in" in str(error):
                raise HubError(
                    f"The hub at {self.address.display} did not accept this PC's own hub login (IT may have revoked "
                    "it: 'concern-logger hub pcs' lists the PCs' logins)."
                ) from exc
            raise error from exc

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction on this client's connection (the key shelf's calls: sync/hub_shelf.py)."""
        with self._talking() as conn, conn.begin():
            yield conn

    @property
    def connected(self) -> bool:
        """Whether a connection is open (kept from an earlier sync, or opened by this one)."""
        return self._conn is not None

    def _drop(self) -> None:
        if self._conn is not None:
            with suppress(SQLAlchemyError):
                self._conn.close()
            self._conn = None

    def close(self) -> None:
        self._drop()
        self._engine.dispose()

    def info(self) -> dict[str, str]:
        """The hub's `hub_info` (schema version, oldest client protocol served, ...)."""
        with self._talking() as conn, conn.begin():
            info = hub_info(conn)
        if info is None or version_of(info) is None:
            raise HubError(
                f"The hub at {self.address.display} is not set up for Concern Logger (run 'concern-logger hub "
                "setup' with an administrator's connection)."
            )
        if int(info.get("oldest_client") or 1) > CLIENT_PROTOCOL:
            raise HubError(
                f"The hub at {self.address.display} no longer serves this version of Concern Logger: update this PC."
            )
        return info

    def check_ready(self) -> datetime:
        """Connect, check the hub serves this PC's protocol and holds this school for this login, and return the
        hub's clock."""
        self.info()
        with self._talking() as conn, conn.begin():
            own = conn.execute(select(hub_schools.c.school_id).where(hub_schools.c.school_id == self.school_id))
            if own.first() is None:
                raise HubError(
                    f"The hub at {self.address.display} does not hold this school for the role "
                    f"{self.address.role or '(default)'}: check the hub address, or run 'concern-logger hub setup' "
                    "for this school."
                )
            now: datetime = conn.execute(select(func.clock_timestamp())).scalar_one()
            return now

    def register(self, login: str, verifier: str, device_id: str) -> None:
        """Make this PC's own login on the hub (through the school's enrolment login), owning `device_id`."""
        with self._talking() as conn, conn.begin():
            conn.execute(text(f"SET LOCAL lock_timeout = '{PUSH_LOCK_WAIT}'"))
            conn.execute(
                text(f"SELECT {HUB_SCHEMA}.register_device(:login, :verifier, :device)"),
                {"login": login, "verifier": verifier, "device": device_id},
            )

    def claim(self, device_id: str) -> None:
        """Claim a new device id for this PC's login (a new chain); raises DeviceTaken if the hub knows it."""
        with self._talking() as conn, conn.begin():
            conn.execute(text(f"SET LOCAL lock_timeout = '{PUSH_LOCK_WAIT}'"))
            conn.execute(text(f"SELECT {HUB_SCHEMA}.claim_device(:device)"), {"device": device_id})

    def device_head(self, device_id: str) -> tuple[int, bytes] | None:
        """The newest (seq, hash) the hub holds for one device of this school, or None."""
        heads = hub_device_heads.c
        query = select(heads.seq, heads.hash).where(heads.school_id == self.school_id, heads.device_id == device_id)
        with self._talking() as conn, conn.begin():
            row = conn.execute(query).first()
        return (row[0], bytes(row[1])) if row else None

    def device_rows(self, device_id: str, after_seq: int, limit: int) -> list[PulledEntry]:
        """One device's entries after `after_seq`, in chain order (a PC taking its own later entries back)."""
        params = {"school": self.school_id, "device": device_id, "after": after_seq, "limit": limit}
        params["cap"] = MAX_ENTRY_BYTES
        with self._talking() as conn, conn.begin(), _cursor(conn, binary=True) as cursor:
            cursor.execute(_DEVICE_ROWS, params)
            rows = cursor.fetchall()
        return [_pulled(row, MAX_ENTRY_BYTES) for row in rows]

    def push(self, batch: Sequence[tuple[EntryRecord, str]]) -> PushResult:
        """Add entries (in the order given) in one transaction under the school's push lock; entries the hub
        already holds are left as they are (`ON CONFLICT DO NOTHING`), so sending a batch twice is harmless.
        An entry above the hub's size cap is not sent (the hub would refuse the whole batch for it).

        The rows go over with a binary COPY into a temporary table, then one INSERT … SELECT numbers them in order.
        The push waits at most PUSH_LOCK_WAIT for the school's lock, then gives up with HubBusy.
        """
        result = PushResult()
        too_big = [e for e, _ in batch if entry_size(e.public, e.sealed, e.signature) > ENTRY_BYTES_CAP]
        for entry in too_big:
            result.not_accepted.append((entry.id, f"larger than the hub's cap of {ENTRY_BYTES_CAP:,} bytes"))
        batch = [(e, r) for e, r in batch if e not in too_big]
        if not batch:
            return result
        lock = (
            (f"SELECT {HUB_SCHEMA}.take_push_lock(%s)", (self.school_id,))
            if self.legacy
            else (f"SELECT {HUB_SCHEMA}.take_push_lock()", ())
        )
        with self._talking() as conn, conn.begin(), _cursor(conn) as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = '{PUSH_LOCK_WAIT}'")
            cursor.execute(*lock)
            cursor.execute(_PUSH_TABLE)
            with cursor.copy(_PUSH_COPY) as copy:
                copy.set_types(_PUSH_TYPES)
                for order, (entry, recipients) in enumerate(batch):
                    copy.write_row((*(getattr(entry, name) for name in _ENTRY_PUSHED), recipients, order))
            cursor.execute(_PUSH_INSERT)
            result.hub_seqs = dict(cursor.fetchall())
            result.added = len(result.hub_seqs)
            missing = [entry.id for entry, _ in batch if entry.id not in result.hub_seqs]
            held: dict[str, tuple[int, bytes]] = {}
            if missing:
                cursor.execute(
                    f"SELECT id, hub_seq, hash FROM {HUB_SCHEMA}.entries WHERE school_id = %s AND id = ANY(%s)",
                    (self.school_id, missing),
                )
                held = {row[0]: (row[1], bytes(row[2])) for row in cursor.fetchall()}
        for entry, _ in batch:
            if entry.id in result.hub_seqs:
                continue
            if entry.id not in held:
                result.not_accepted.append((entry.id, _COPIED_STORE))
            elif held[entry.id][1] != entry.hash:
                result.not_accepted.append((entry.id, "the hub holds a different entry with the same id"))
            else:
                result.hub_seqs[entry.id] = held[entry.id][0]
        return result

    def pull(self, after: int, limit: int, *, not_from_device: str | None = None) -> list[PulledEntry]:
        """Up to `limit` entries of the school after hub sequence `after` (see `pull_page`)."""
        return self.pull_page(after, limit, not_from_device=not_from_device).entries

    def pull_page(
        self,
        after: int,
        limit: int,
        *,
        not_from_device: str | None = None,
        max_bytes: int = PULL_BYTES,
        max_entry_bytes: int = MAX_ENTRY_BYTES,
    ) -> PullPage:
        """Entries of the school after hub sequence `after`, in the hub's order (fetched in binary): at most `limit`
        rows and, beyond the first, no more than `max_bytes` of content (an oversized row counts as the most an
        entry may hold, and comes without its content)."""
        params: dict[str, object] = {
            "school": self.school_id,
            "after": after,
            "limit": limit,
            "cap": max_entry_bytes,
            "budget": max(1, max_bytes),
        }
        not_from = ""
        if not_from_device is not None:
            not_from = " AND device_id <> %(device)s"
            params["device"] = not_from_device
        query = _PULL_PAGE.replace("{not_from}", not_from)
        with self._talking() as conn, conn.begin(), _cursor(conn, binary=True) as cursor:
            cursor.execute(query, params)
            rows = cursor.fetchall()
        entries = [_pulled(row[1:], max_entry_bytes) for row in rows]
        page_rows = rows[0][0] if rows else 0
        return PullPage(entries, more=bool(rows) and (page_rows == limit or len(rows) < page_rows))

    def entry_at(self, hub_seq: int) -> str | None:
        """The id of the school's entry the hub holds at `hub_seq`, if any."""
        query = select(_H.id).where(_H.school_id == self.school_id, _H.hub_seq == hub_seq)
        with self._talking() as conn, conn.begin():
            return conn.execute(query).scalar()
