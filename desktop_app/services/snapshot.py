"""Sealed snapshots of what a person has folded, so that signing in again on this PC need not open and fold every
entry: the snapshot is opened, and only the entries that reached the store since are folded in.

A snapshot is a cache, never a record: losing one, or finding it stale or damaged, only means folding everything
again. It lives beside the store (`snapshots/<account id>.<kind>`, never in backups or sync) and is sealed by
`crypto.own_seal` (AES-256-GCM under a key derived from the account's own private key), so it is exactly as
readable as the entries it was folded from. The associated data binds the format, the app version, the domain
classes' layout, the school, the account, the kind, the keys the person held (a new grant can open entries the
snapshot passed over), the store's device id (a restored store gets a new one, and `restore` removes the
folder), the store position it was folded up to and the id of the entry at that position (a replaced store does
not match).
"""

from __future__ import annotations

import copyreg
import dataclasses
import enum
import functools
import hashlib
import importlib
import io
import logging
import operator
import os
import pickle
import pkgutil
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.crypto.own_seal import open_own, own_key, seal_own
from desktop_app.services.gc_pause import quiet_gc
from desktop_app.services.session import Session

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "snapshots"
FORMAT = 1
RESAVE_AFTER = 2_000  # entries folded in beyond a snapshot before it is worth writing again
_MAGIC = b"CLSNAP1\n"
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
    facts = (
        f"{FORMAT}|{__version__}|{_layout()}|{session.school_id}|{store.device_id}|{session.account_id}|{kind}|{held}"
    )
    return _MAGIC + header + hashlib.sha256(facts.encode()).digest()


@functools.cache
def _layout() -> str:
    """A digest of every domain dataclass's fields and every domain enum's members: values are stored by position,
    so a snapshot written by a build whose classes differ (even at the same version number) is never read."""
    import desktop_app.domain as domain

    for found in pkgutil.walk_packages(domain.__path__, "desktop_app.domain."):
        importlib.import_module(found.name)
    shapes = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("desktop_app.domain"):
            continue
        for obj in vars(module).values():
            if isinstance(obj, type) and obj.__module__ == name:
                if dataclasses.is_dataclass(obj):
                    shapes.append(f"{name}.{obj.__qualname__}({','.join(f.name for f in dataclasses.fields(obj))})")
                elif issubclass(obj, enum.Enum):
                    shapes.append(f"{name}.{obj.__qualname__}[{','.join(f'{m.name}={m.value}' for m in obj)}]")
    return hashlib.sha256("\n".join(sorted(shapes)).encode()).hexdigest()


def _anchor(session: Session, seen: int) -> str:
    return session.store.log.entry_id_at(seen) or ""


def save_snapshot(session: Session, kind: str, value: Any, seen: int) -> bool:
    """Seal and write `value`, folded up to store position `seen`; returns whether it was written. Any failure
    (full disk, no permission, something that will not pickle) is logged and otherwise ignored: it is a cache,
    and the next sign-in folds everything again."""
    temporary: Path | None = None
    try:
        with quiet_gc():
            header = _HEADER.pack(seen, _anchor(session, seen).encode().ljust(36, b"\0"))
            sealed = seal_own(_key(session), zlib.compress(_dumps(value), 1), _bound(session, kind, header))
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
        data = path.read_bytes()
    except OSError:
        return None
    try:
        with quiet_gc():  # unpickling makes millions of objects that all live on
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
    return _SnapshotUnpickler(io.BytesIO(zlib.decompress(plaintext))).load(), seen


def discard_snapshot(session: Session, kind: str) -> None:
    try:
        snapshot_path(session, kind).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the %s snapshot: %s", kind, exc)


# --- pickling ----------------------------------------------------------------------------------------------------
# The folded state is made of frozen, slotted dataclasses. Pickle's default for those calls a Python __getstate__
# and __setstate__ per object; reducing each to its class and field values (rebuilt by the class itself) is
# about a third faster both ways. Loading accepts only the domain's classes and plain values, so even a snapshot
# sealed by the right key cannot name any other callable.


def _reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    if len(names) == 1:
        single = operator.attrgetter(names[0])
        return lambda obj: (cls, (single(obj),))
    values = operator.attrgetter(*names)
    return lambda obj: (cls, values(obj))


def _dispatch_table() -> dict[type, Callable[[Any], Any]]:
    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for name, module in list(sys.modules.items()):
        if not name.startswith("desktop_app.domain"):
            continue
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and obj.__module__ == name
                and dataclasses.is_dataclass(obj)
                and all(f.init for f in dataclasses.fields(obj))
                and not hasattr(obj, "__post_init__")
            ):
                table[obj] = _reducer(obj)
    return table


def _dumps(value: Any) -> bytes:
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.dispatch_table = _dispatch_table()  # type: ignore[misc]
    pickler.dump(value)
    return out.getvalue()


_PLAIN = {("datetime", "datetime"), ("datetime", "date"), ("datetime", "timezone"), ("datetime", "timedelta")}


class _SnapshotUnpickler(pickle.Unpickler):
    """Resolves only the domain's own dataclasses and enums and four `datetime` types, by plain name: no dotted
    names (pickle would walk attributes through them to anything a module imports), no functions, no modules."""

    def find_class(self, module: str, name: str) -> Any:
        if "." not in name and (module, name) in _PLAIN:
            return super().find_class(module, name)
        if "." not in name and module.startswith("desktop_app.domain."):
            found = super().find_class(module, name)
            if (
                isinstance(found, type)
                and found.__module__ == module
                and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum))
            ):
                return found
        raise pickle.UnpicklingError(f"a snapshot may not name {module}.{name}")
