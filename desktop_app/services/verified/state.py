"""The verified view's state, and the judgements every part of it makes (whether an entry may be used now)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import MAX_KEY_MATERIAL_BYTES, AnyEntry, EntryKind, EntryRecord
from desktop_app.domain.integrity import FUTURE
from desktop_app.domain.keybook import KeyBook
from desktop_app.services.verified.kept import PrefixFile, Quarantined
from desktop_app.storage.store import SchoolStore

FUTURE_TOLERANCE_MS = 15 * 60 * 1000  # how far ahead of this PC's clock an entry's recorded time may be
REPLACED = "differs from the entry this PC verified earlier (replaced)"


class ViewState:
    """What a `VerifiedView` holds, shared by the modules that make it up (`view.py` names them).

    Private state: `_prefix` (device -> trusted hashes), `_judged` (entries beyond the prefix: id -> (hash, why or
    None)), `_quarantine`, `_problems` (chain-level findings), `_keys` (every signing key any key-material entry
    declares, used only to check signatures; whether a key counts is the key book's business), `_lock`. One lock
    guards it all: the GUI's background operations may share a session's view. The rest is named where it is set.
    """

    def __init__(
        self,
        store: SchoolStore,
        *,
        clock: Callable[[], float] = time.time,
        verify: Callable[[bytes, bytes, bytes], bool] = verify_signature,
    ) -> None:
        self.store = store
        self._clock = clock
        self.signatures_checked = 0  # how many Ed25519 verifications this view has made (for the benchmarks)

        def counted(public: bytes, message: bytes, signature: bytes) -> bool:
            self.signatures_checked += 1
            return verify(public, message, signature)

        self._verify = counted
        self.book = KeyBook()
        self._prefix: dict[str, bytearray] = {}  # grown in place: a whole store's hashes are megabytes
        self._judged: dict[str, tuple[bytes, str | None]] = {}
        self._judged_to: dict[str, int] = {}  # device -> highest sequence number judged
        self._quarantine: dict[str, Quarantined] = {}
        self._problems: dict[str, tuple[str, str]] = {}  # key -> (entry id, or "" for a whole chain; what)
        self._keys: dict[str, bytes] = {}
        self._batches_in: set[str] = set()
        self._lock = threading.RLock()
        self._kept: PrefixFile | None = None  # this reader's prefix file, while signed in
        self._signer: tuple[str, Callable[[bytes], bytes]] | None = None  # the signed-in key, for the checkpoint
        self._checkpoint: dict[str, tuple[int, bytes]] = {}  # device -> (seq, hash) this PC's readers verified
        self.school_roots: list[str] = []  # the school entries that hold up (more than one: one was planted)
        self._heads: dict[str, int] = {}  # every chain's head in the store, as last read
        self._heads_at = -1  # the store's newest local position when they were read
        self._material_at = 0  # the store's newest local position when key material was last read
        self._fresh: set[str] = set()  # ids the last judging found usable (integrity, authority and date)
        self._saved_size = -1  # bytes of prefix in this reader's kept file (-1: none kept)
        self._checkpointed_size = -1  # bytes of prefix when this PC's checkpoint was last written
        self._saved_quarantine: dict[str, Quarantined] = {}
        self.prefix_adopted = False  # this reader's sealed prefix was read at sign-in (see `unlock`)
        self._for_use: set[str] = set()  # quarantined ids whose integrity holds: only their use is refused
        self._revived: set[tuple[str, int]] = set()  # found wanting at an earlier sign-in, sound now: to be folded
        self._pending_judged_at: tuple[object, ...] = ()  # the key book and heads when held-back entries were judged

    def _use_problem(self, entry: AnyEntry, now: int | None = None) -> str | None:
        """Why an entry whose integrity holds may not be used now (`now`: this PC's clock, read once for many):
        dated beyond this PC's clock, or not its author's to make at its point in the order of signed entries."""
        if entry.recorded_at > (self._now() if now is None else now) + FUTURE_TOLERANCE_MS:
            return FUTURE
        if entry.public is not None:
            if entry.id not in self.book.kinds:
                return None if material_kind(entry) == EntryKind.BATCH else "key material not taken in"
            return self.book.refused.get(entry.id)
        return self.book.problem(entry)

    def _set_quarantine(self, entry: AnyEntry, why: str, *, use: bool = False) -> None:
        """Quarantine an entry: `use` when its integrity holds and only its use is refused (its author's authority
        at its point, or a date ahead), so that it is judged again; otherwise it fails its integrity."""
        self._quarantine[entry.id] = Quarantined(entry.id, entry.device_id, entry.seq, why)
        if use:
            self._for_use.add(entry.id)
        else:
            self._for_use.discard(entry.id)

    def _now(self) -> int:
        return int(self._clock() * 1000)


KEYS_ONLY = (EntryKind.BATCH, EntryKind.GRANT)  # key material whose sealed part is a key, not a record


def is_key_only(entry: EntryRecord) -> bool:
    """A batch key or a grant: its sealed part is a key that the keyring opens, never a record."""
    return entry.public is not None and material_kind(entry) in KEYS_ONLY


def material_kind(entry: AnyEntry) -> str | None:
    """The kind a key-material entry's public part declares (None: not key material the app can read)."""
    if entry.size > MAX_KEY_MATERIAL_BYTES:
        return None  # not key material the app writes: never parsed (it fails its size check)
    try:
        data = entry.public_data()
    except ValueError:
        return None
    kind = data.get("type") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else None
