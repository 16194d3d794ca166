"""Sealed snapshots of what a person has folded, so that signing in again on this PC need not open and fold every
entry: the snapshot is opened, and only the entries that reached the store since are folded in.

A snapshot is a cache, never a record: losing one, or finding it stale or damaged, only means folding everything
again. It lives beside the store (`snapshots/<account id>.<kind>`, never in backups or sync) and is sealed by
`crypto.own_seal` (AES-256-GCM under a key derived from the account's own private key), so it is exactly as
readable as the entries it was folded from. The associated data binds the format, the app version, the encoding's
layout (`domain.state_codec`: its version and the fields of every class it writes), the school, the account, the
kind, the keys the person held (a new grant can open entries the snapshot passed over), the store's device id (a
restored store gets a new one, and `restore` removes the folder), the store position it was folded up to and the
id of the entry at that position (a replaced store does not match).

The value is written in an explicit encoding (`domain.state_codec`: typed JSON, compressed), never pickled: what
can be read back is exactly the registered domain classes, whatever the interpreter, and a snapshot too large
on disk or when inflated is refused before it can take the memory sign-in needs.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.crypto.own_seal import open_own, own_key, seal_own
from desktop_app.domain.records import SchoolState
from desktop_app.domain.red_flags import RedFlag
from desktop_app.domain.state_codec import FOLDED_CLASSES, FOLDED_INDEXES, Codec
from desktop_app.file_limits import read_kept_file
from desktop_app.services.gc_pause import quiet_gc

if TYPE_CHECKING:
    from desktop_app.services.session import Session  # the session holds its snapshots (and imports this module)

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "snapshots"
FORMAT = 2  # 1: pickled; 2: `domain.state_codec`
RESAVE_AFTER = 2_000  # entries folded in beyond a snapshot before it is worth writing again
# What each kind holds: the folded state (`services.state`), and a lead's workspace (`services.triage`: the state,
# each child's red flags, the concerns pending in the queue, the flags' times).
_CURSOR = tuple[dict[str, int], list[tuple[str, int]], list[tuple[str, int]]]  # FoldCursor.as_plain()
SHAPES: dict[str, Any] = {
    "state": tuple[SchoolState, _CURSOR],
    "workspace": tuple[SchoolState, dict[str, list[RedFlag]], set[str], dict[str, list[datetime]], _CURSOR],
}
# Far beyond any school's (the demo at 100,000 entries: a workspace is 6 MB sealed, 27 MB inflated; with a lead's
# history, 930,000 entries: 20 and 75 MB): a larger file, or one inflating to more, is damaged or planted.
MAX_SEALED = 256 * 2**20
MAX_INFLATED = 2**30
_MAGIC = b"CLSNAP2\n"
_HEADER = struct.Struct(">Q36s")  # position folded up to, id of the entry there
_PURPOSE = b"concern-logger snapshot v1"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An opened snapshot: the folded value, and the store position (local_seq) it holds everything up to."""

    value: Any
    seen: int


def snapshot_path(session: Session, kind: str) -> Path:
    return session.store.data_dir / SNAPSHOT_DIR / f"{session.account_id}.{kind}"


def _key(session: Session) -> bytes:
    if session.keys is None:
        raise ValueError("signed out")
    return own_key(session.keys.secret_bytes(), session.account_id, _PURPOSE)


def _bound(session: Session, kind: str, header: bytes) -> bytes:
    """The associated data: what the snapshot must match to be used."""
    held = "\n".join(sorted(session.keyring.granted_ids()))
    store = session.store  # a restored store writes on a new device id: snapshots of the replaced one never match
    layout = _codec(kind).layout
    facts = f"{FORMAT}|{__version__}|{layout}|{session.school_id}|{store.device_id}|{session.account_id}|{kind}|{held}"
    return _MAGIC + header + hashlib.sha256(facts.encode()).digest()


@functools.cache
def _codec(kind: str) -> Codec:
    """The encoding of one kind of snapshot (an unknown kind: KeyError, so nothing is kept or read)."""
    return Codec(SHAPES[kind], FOLDED_CLASSES, FOLDED_INDEXES)


def _anchor(session: Session, seen: int) -> str:
    return session.store.log.entry_id_at(seen) or ""


def save_snapshot(session: Session, kind: str, value: Any, seen: int) -> bool:
    """Seal and write `value`, folded up to store position `seen`; returns whether it was written. Any failure
    (full disk, no permission, a value the encoding refuses) is logged and otherwise ignored: it is a cache,
    and the next sign-in folds everything again."""
    temporary: Path | None = None
    try:
        with quiet_gc():
            header = _HEADER.pack(seen, _anchor(session, seen).encode().ljust(36, b"\0"))
            compressed = zlib.compress(_codec(kind).encode(value), 1)
            sealed = seal_own(_key(session), compressed, _bound(session, kind, header))
        path = snapshot_path(session, kind)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.{os.urandom(4).hex()}.partial")  # one per writer
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(_MAGIC + header + sealed)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        return True
    except Exception as exc:  # a cache: never a reason for sign-in or a refresh to fail
        log.warning("could not keep the %s snapshot (nothing is lost; the next sign-in folds again): %s", kind, exc)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        return False


def load_snapshot(session: Session, kind: str, accept: Callable[[Any], bool] | None = None) -> Snapshot | None:
    """The snapshot of `kind` if there is one that this session may use as it stands (and whose value `accept`
    takes); otherwise None, and a snapshot that no longer matches is removed."""
    if session.keys is None:
        return None  # signed out or locked meanwhile: the snapshot may be fine, it is only not ours to open now
    path = snapshot_path(session, kind)
    try:
        data = read_kept_file(path, MAX_SEALED)
    except OSError:
        return None
    if data is None:
        log.warning("not using the %s snapshot: not a file, or larger than a snapshot can be; removing it", kind)
        discard_snapshot(session, kind)
        return None
    try:
        with quiet_gc():  # decoding makes millions of objects that all live on
            value, seen = _open(session, kind, data)
        if accept is not None and not accept(value):
            raise ValueError("not the kind of value expected")
    except Exception as exc:  # damaged, stale, or another version's: fold everything instead
        log.info("not using the %s snapshot (%s): folding everything", kind, type(exc).__name__)
        if session.keys is not None:
            discard_snapshot(session, kind)
        return None
    return Snapshot(value, seen)


def _open(session: Session, kind: str, data: bytes) -> tuple[Any, int]:
    start = len(_MAGIC) + _HEADER.size
    if not data.startswith(_MAGIC) or len(data) < start:
        raise ValueError("not a snapshot")
    header = data[len(_MAGIC) : start]
    seen, anchor = _HEADER.unpack(header)
    if seen > session.store.log.newest_local_seq() or anchor.rstrip(b"\0").decode() != _anchor(session, seen):
        raise ValueError("the store is not the one the snapshot was folded from")
    plaintext = open_own(_key(session), data[start:], _bound(session, kind, header))
    return _codec(kind).decode(_inflate(plaintext, MAX_INFLATED)), seen


def _inflate(data: bytes, limit: int) -> bytes:
    """zlib-compressed `data` inflated, refusing (ValueError) what would inflate to more than `limit` bytes."""
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, limit)
    if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
        raise ValueError("the snapshot inflates to more than it may, is cut short, or has bytes after its end")
    return out


def discard_snapshot(session: Session, kind: str) -> None:
    try:
        snapshot_path(session, kind).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the %s snapshot: %s", kind, exc)
