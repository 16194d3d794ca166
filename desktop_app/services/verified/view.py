"""The verified view of a store (see the package's docstring, DESIGN.md 'Trust at use').

Sign-in's key book, the fold, the lead's workspace, a child's file read from the store, packs and transfers all
read through a `VerifiedView`. An entry is used only when its hash, its link in its device's chain, its signature
(directly, or through a later signature of the same key over the chain) and its author's authority at its point
in the order of signed entries hold (`domain.integrity`, `domain.keybook`), and it is not dated in the future.
Anything else is quarantined: never used, and named (`quarantine()`) for the lead's banner, the CLI, `verify` and
`audit`.

What this reader verified once is kept as a *trusted prefix* of hashes per device (sealed under the reader's own
key, `kept.PrefixFile`); later entries are judged as they arrive, and the prefix is checked against the store when
it is adopted, so a truncated chain, a replaced entry or an older copy put back is named. The file is written only
now and then (`save`; docs/design-notes.md 17): whatever lies beyond it is judged again at the next sign-in, and
this PC's checkpoint, written whenever a verified chain grows, names what was cut off.

Private state: `_prefix` (device -> trusted hashes), `_judged` (entries beyond the prefix: id -> (hash, why or
None)), `_quarantine`, `_problems` (chain-level findings), `_keys` (every signing key any key-material entry
declares, used only to check signatures; whether a key counts is the key book's business), `_lock`. One lock
guards it all: the GUI's background operations may share a session's view.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence

from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import (
    MAX_KEY_MATERIAL_BYTES,
    AnyEntry,
    EntryKind,
    EntryRecord,
    StoredEntry,
    size_problem,
)
from desktop_app.domain.envelope_layout import recipient_key_ids
from desktop_app.domain.fold import FoldCursor
from desktop_app.domain.integrity import FUTURE, HASH_SIZE, Link, judge_chain, prefix_hash
from desktop_app.domain.key_material import MalformedKeyMaterial, declared_signing_key
from desktop_app.domain.keybook import KeyBook
from desktop_app.services.verified.kept import (
    Heads,
    PrefixFile,
    Quarantined,
    is_uuid,
    read_checkpoint,
    write_checkpoint,
)
from desktop_app.storage.log import LeanRow, lean_row
from desktop_app.storage.store import SchoolStore

log = logging.getLogger(__name__)
_new_row = tuple.__new__  # makes a LeanRow with no call of its own per row (the fold's loop at sign-in)

PREFIX_RESAVE_AFTER = 2_000  # entries verified beyond a reader's kept prefix before it is written again
FUTURE_TOLERANCE_MS = 15 * 60 * 1000  # how far ahead of this PC's clock an entry's recorded time may be
SCHOOL_ENTRY_SETTING = "school_entry"  # the school entry this store was set up or enrolled with
REPLACED = "differs from the entry this PC verified earlier (replaced)"
ROLLED_BACK = (
    "PC {device}: entries up to {seq} that this PC had verified are missing or replaced"
    " (the store was cut short, or an older copy put back)"
)


class VerifiedView:
    """A store read through its checks. See the module docstring for the private state."""

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

    # --- keeping the prefix between sign-ins -------------------------------------------------------------------

    def unlock(
        self, account_id: str, account_secret: bytes, signer: tuple[str, Callable[[bytes], bytes]] | None = None
    ) -> None:
        """After sign-in: adopt the prefix this account verified before on this PC (sealed under its own key, so
        nobody else can make one), checked against the store, and judge again what it found wanting then."""
        with self._lock:
            self._kept = PrefixFile(self.store.data_dir, self.book.school_id, account_id, account_secret)
            self._signer = signer
            found = self._kept.read()
            ours = found is not None and found.root == self.book.school_entry_id
            if found is not None and ours:
                self.prefix_adopted = True
                self.adopt(found.prefix)
                self._saved_size = sum(len(h) for h in self._prefix.values())
                self._checkpointed_size = self._saved_size
            self._take_batches(self.store.log.key_material())
            if found is not None and ours:
                self._judge_again(found.held_back)
            self._saved_quarantine = dict(self._quarantine)

    def _judge_again(self, held_back: list[Quarantined]) -> None:
        """Entries this reader found wanting before (kept with its prefix, since a snapshot passes over them): each
        is judged again now, so the banner keeps naming them, and one whose cause was put right is dropped."""
        for was in held_back:
            entry = self.store.log.get(was.entry_id)
            if entry is None:
                continue  # gone: a chain cut short is named by itself
            if not self._covered(entry) and entry.device_id:
                self._judge_device(entry.device_id)  # beyond the prefix: its integrity is judged afresh first
            if not self._usable(entry):
                self._quarantine.setdefault(entry.id, was)  # the reason `_usable` gave, or the one from before
                continue
            if was.lead_kind:
                why = self.book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=True)
                if why is not None or "did not write" in was.reason:  # (an addendum's content decides: kept)
                    self._quarantine[entry.id] = Quarantined(
                        entry.id, entry.device_id, entry.seq, was.reason, lead_kind=True
                    )
                    self._for_use.add(entry.id)
                    continue
            self._revived.add((entry.device_id, entry.seq))  # a fold's snapshot passed over it: fold it now

    def proven_root(self, account_id: str, account_secret: bytes) -> str | None:
        """The school entry this account verified the store under before, on this PC (from its sealed prefix,
        which nobody else can make), if it has one."""
        found = PrefixFile(self.store.data_dir, self.book.school_id, account_id, account_secret).read()
        return found.root if found else None

    def save(self, *, whole: bool = False) -> None:
        """Keep this PC's checkpoint whenever a verified chain grew, and the prefix with what was found wanting for
        the next sign-in when what was found wanting changed, when the prefix has grown by `PREFIX_RESAVE_AFTER`
        entries since it was last kept, or (`whole`, at sign-out and lock) when it grew at all. A prefix kept a
        little behind costs only judging those entries again next time: whatever lies beyond it is judged, and
        rollback is named from the checkpoint, which is always current. A failure only means checking again."""
        with self._lock:
            if self._kept is None:
                return
            size = sum(len(h) for h in self._prefix.values())
            if size != self._checkpointed_size and self._save_checkpoint():
                self._checkpointed_size = size
            if self._quarantine == self._saved_quarantine and self._saved_size >= 0:
                grown = size - self._saved_size
                if grown == 0 or (not whole and 0 < grown < PREFIX_RESAVE_AFTER * HASH_SIZE):
                    return
            if self._kept.write(self.book.school_entry_id, self._prefix, list(self._quarantine.values())):
                self._saved_size, self._saved_quarantine = size, dict(self._quarantine)

    def lock(self) -> None:
        """Sign-out or lock: keep the prefix, then drop its key."""
        with self._lock:
            self.save(whole=True)
            self._kept = None
            self._signer = None

    def _load_checkpoint(self) -> None:
        """Read this PC's checkpoint and name every chain the store no longer holds as far as it says: this works
        for every reader, even one who never signed in here before."""
        heads = self._read_checkpoint()
        for device in heads:
            if self._cut_short(device, heads):
                seq = heads[device][0]
                self._problems[f"rollback:{device}"] = ("", ROLLED_BACK.format(device=device[:8], seq=seq))
        self._checkpoint = heads

    def _read_checkpoint(self) -> Heads:
        def signing_public(key_id: str) -> bytes | None:
            key = self.book.signing_keys.get(key_id)  # only a key of an account that counts
            return key.signing_public if key else None

        return read_checkpoint(self.store.data_dir, signing_public, self._verify)

    def _cut_short(self, device: str, heads: Heads) -> bool:
        seq, digest = heads[device]
        top = self.store.log.device_rows(device, seq - 1, seq)
        return not top or top[0].compute_hash() != digest

    def own_chain_cut_short(self) -> bool:
        """Whether this PC's own chain in the store ends before what this PC had verified (its checkpoint, or this
        reader's prefix): then nothing may be appended to it (the places after are taken elsewhere)."""
        with self._lock:
            device = self.store.device_id
            heads = dict(self._checkpoint)
            hashes = self._prefix.get(device, b"")
            if len(hashes) // HASH_SIZE > heads.get(device, (0, b""))[0]:
                heads[device] = (len(hashes) // HASH_SIZE, bytes(hashes[-HASH_SIZE:]))
            return device in heads and self._cut_short(device, heads)

    def _save_checkpoint(self) -> bool:
        """Sign and keep this PC's checkpoint: the furthest verified head of every chain, this reader's or an
        earlier one's. Returns whether it is done (False: writing failed; tried again at the next save)."""
        if self._signer is None:
            return True
        heads = self._read_checkpoint()  # what other readers on this PC verified since this one signed in
        for device, head in self._checkpoint.items():
            if head[0] > heads.get(device, (0, b""))[0]:
                heads[device] = head
        for device, hashes in self._prefix.items():
            seq = len(hashes) // HASH_SIZE
            if seq and seq >= heads.get(device, (0, b""))[0]:
                heads[device] = (seq, bytes(hashes[-HASH_SIZE:]))
        if not write_checkpoint(self.store.data_dir, heads, self._signer):
            return False
        self._checkpoint = heads
        return True

    # --- the key book --------------------------------------------------------------------------------------------

    def load_key_book(self, root: str | None = None) -> KeyBook:
        """Before anyone signs in: every key-material entry but batch keys, each checked on its own (hash and
        signature, then authority). Batch keys are checked after sign-in. `root`: the school entry to judge from,
        when a store holds more than one (see `school_roots`); otherwise the one the store holds."""
        with self._lock:
            material, self._material_at = self.store.log.key_material_since(0)
            self._learn_keys(material)
            now = self._now()
            self.school_roots = sorted(
                e.id for e in material if _kind(e) == EntryKind.SCHOOL and self._own_problem(e, now) is None
            )
            if root is not None:
                pinned = root
            elif len(self.school_roots) > 1:
                pinned = ""  # the plaintext pin can be edited by whoever planted the second: it proves nothing
            else:
                pinned = self.store.settings.get(SCHOOL_ENTRY_SETTING, "") or ""
            book = KeyBook(school_entry_id=pinned)
            self._heads, self._heads_at = self.store.log.device_heads(), self.store.log.newest_local_seq()
            book.limit_to(self._heads)  # no entry is judged as knowing more than the store holds
            self._take_in(book, material, now)
            if book.school_entry_id and not pinned and len(self.school_roots) == 1:
                self.store.settings.set(SCHOOL_ENTRY_SETTING, book.school_entry_id)
            if len(self.school_roots) > 1:
                what = "this store holds two different set-ups of the school: one was planted"
                self._problems["roots"] = ("", what)
            self.book = book
            self._load_checkpoint()
            return book

    def sound_key_material(self) -> list[EntryRecord]:
        """Key material whose integrity holds, for judging entries from elsewhere (sync): every key-material entry
        but batch keys, checked on its own (hash and signature), whether or not it counts (the keys it declares
        check signatures; its authority is judged with the pull's, as at use). Batch keys are left out: they
        declare no signing key and give nobody authority, and a batch key is taken only where its own signature
        (or a verified chain over it) is checked, never on its hash alone."""
        with self._lock:
            book = self.load_key_book()
            return [e for e in self.store.log.key_material() if _kind(e) != EntryKind.BATCH and e.id in book.kinds]

    def take_key_material(self) -> list[EntryRecord]:
        """Key material that reached the store since (sync, another person on this PC), checked and taken into the
        book; returns what was taken."""
        with self._lock:
            arrived, self._material_at = self.store.log.key_material_since(self._material_at)
            fresh = [e for e in arrived if e.id not in self.book.kinds and e.id not in self._quarantine]
            if not fresh:
                return []
            self._learn_keys(fresh)
            batches_before = set(self._batches_in)
            self._take_batches(fresh)
            taken = self._take_in(self.book, fresh, self._now())
            batches = [e for e in fresh if e.id in self._batches_in - batches_before]
            return [e for e in taken if e.id not in self.book.refused] + batches

    def _take_in(self, book: KeyBook, material: Iterable[EntryRecord], now: int) -> list[EntryRecord]:
        """Check each key-material entry but batch keys on its own, take those that hold into `book`, judge the
        book, and quarantine what failed either way; returns what was taken."""
        taken = []
        for entry in material:
            if _kind(entry) == EntryKind.BATCH:
                continue
            why = self._own_problem(entry, now)
            if why is None:
                try:
                    book.add(entry, settle=False)
                    taken.append(entry)
                except MalformedKeyMaterial as exc:
                    why = f"key material that cannot be read ({exc})"
            if why is not None:
                self._set_quarantine(entry, why)
        book.settle()
        for entry in taken:
            why = book.refused.get(entry.id)
            if why is not None:
                self._set_quarantine(entry, why, use=True)
        return taken

    def _learn_keys(self, material: Iterable[EntryRecord]) -> None:
        """Note every signing key any key-material entry declares (for signature checks only)."""
        for entry in material:
            key = declared_signing_key(entry)
            if key is not None:
                self._keys.setdefault(entry.id, key)

    def _own_problem(self, entry: EntryRecord, now: int) -> str | None:
        """The checks an entry passes on its own: hash, direct signature, school, date."""
        too_big = size_problem(entry, _kind)
        if too_big is not None:
            return too_big
        if entry.compute_hash() != entry.hash:
            return "content does not match its recorded hash (altered)"
        key = self._keys.get(entry.author_key_id)
        if key is None:
            return "signed by a key this school does not know"
        if not self._verify(key, entry.hash, entry.signature):
            return "signature does not match (altered or forged)"
        if entry.recorded_at > now + FUTURE_TOLERANCE_MS:
            return FUTURE
        return None

    # --- the trusted prefix --------------------------------------------------------------------------------------

    def prefix(self) -> dict[str, bytes]:
        with self._lock:
            return {device: bytes(hashes) for device, hashes in self._prefix.items()}

    def adopt(self, prefix: dict[str, bytes]) -> None:
        """Start from hashes this reader verified before (from its own sealed snapshot), after checking that the
        store still holds them: a chain cut short or an entry replaced is named as a problem."""
        with self._lock:
            heads = self.store.log.device_heads()
            for device, hashes in prefix.items():
                held = len(hashes) // HASH_SIZE
                mine = self._prefix.get(device, b"")
                if len(mine) >= len(hashes) or not held:
                    continue
                if mine and hashes[: len(mine)] != mine:
                    continue  # disagrees with what this session verified: keep the session's own
                top = self.store.log.device_rows(device, held - 1, held)
                if heads.get(device, 0) < held or not top or top[0].compute_hash() != prefix_hash(hashes, held):
                    self._problems[f"rollback:{device}"] = ("", ROLLED_BACK.format(device=device[:8], seq=held))
                self._prefix[device] = bytearray(hashes)
                self._judged_to[device] = max(self._judged_to.get(device, 0), held)

    def _take_batches(self, material: Iterable[EntryRecord]) -> None:
        """Batch keys into the key book: one inside the trusted prefix once its hash matches it, any other once
        its own hash and signature hold (a batch key gives nobody authority; it only opens its entries)."""
        fresh, now = False, self._now()
        for entry in material:
            if entry.id in self._batches_in or entry.id in self._quarantine or _kind(entry) != EntryKind.BATCH:
                continue
            trusted = prefix_hash(self._prefix.get(entry.device_id, b""), entry.seq)
            why = (None if entry.compute_hash() == trusted else REPLACED) if trusted else self._own_problem(entry, now)
            why = size_problem(entry, lambda _e: EntryKind.BATCH) or why  # a big one is not loaded
            if why is not None:
                self._set_quarantine(entry, why)
                continue
            try:
                self.book.add(entry, settle=False)
            except MalformedKeyMaterial as exc:
                self._set_quarantine(entry, f"key material that cannot be read ({exc})")
                continue
            self._batches_in.add(entry.id)
            fresh = True
        if fresh:
            self.book.settle()
            for entry_id in self._batches_in & set(self.book.refused):
                if entry_id not in self._quarantine:
                    self._quarantine[entry_id] = Quarantined(entry_id, "", 0, self.book.refused[entry_id])
                    self._for_use.add(entry_id)

    def heads_seen(self) -> dict[str, int]:
        """How far this reader has verified each device's chain: what a new key-material entry says it has seen."""
        with self._lock:
            return {device: len(hashes) // HASH_SIZE for device, hashes in self._prefix.items() if hashes}

    def own_head(self) -> tuple[int, bytes]:
        """This PC's verified chain head (0 and the genesis hash for none); see `EntryLog.append`."""
        with self._lock:
            hashes = self._prefix.get(self.store.device_id, b"")
            return len(hashes) // HASH_SIZE, bytes(hashes[-HASH_SIZE:]) if hashes else bytes(HASH_SIZE)

    def note_written(self, entries: Sequence[EntryRecord]) -> None:
        """Entries this session just signed and wrote: trusted as they are."""
        with self._lock:
            self._learn_keys(e for e in entries if e.public is not None)
            for entry in entries:
                hashes = self._prefix.setdefault(entry.device_id, bytearray())
                if len(hashes) // HASH_SIZE == entry.seq - 1:
                    hashes += entry.hash  # in place: copying a whole store's hashes for each entry written is not
                else:
                    self._judged[entry.id] = (entry.hash, None)
                self._judged_to[entry.device_id] = max(self._judged_to.get(entry.device_id, 0), entry.seq)
                if entry.public is not None and _kind(entry) == EntryKind.BATCH:
                    self._batches_in.add(entry.id)

    # --- judging chains ----------------------------------------------------------------------------------------

    def catch_up(self, device_id: str | None = None) -> None:
        """Judge every entry (of one device, or of all) that reached the store since this view last looked."""
        with self._lock:
            for device, head in self._device_heads().items():
                if (device_id is None or device == device_id) and head > self._judged_to.get(device, 0):
                    self._judge_device(device)

    def _judge_device(self, device: str, rows: list[StoredEntry] | None = None) -> list[StoredEntry]:
        """Judge the integrity of one device's entries beyond the trusted prefix (hash, link, signature, school),
        take in the key material that holds, and grow the prefix up to the first entry that does not. Authority
        and dates are judged at every use (`_use_problem`), so a fixed cause is judged again. Returns the rows."""
        held = len(self._prefix.get(device, b"")) // HASH_SIZE
        if rows is None:
            rows = self.store.log.device_rows(device, held)
        rows = [r for r in rows if r.seq > held]
        if not rows:
            return rows
        material = [r.record() for r in rows if r.public is not None]
        self._learn_keys(material)
        school, well_formed = self.book.school_id, is_uuid(device)
        links, foreign, malformed = [], [], []
        for r in rows:
            digest = r.compute_hash()
            links.append(Link(r.id, r.seq, r.prev_hash, r.hash, digest == r.hash, r.author_key_id, r.signature, digest))
            if school and r.school_id != school:
                foreign.append(r.id)
            if not (well_formed and is_uuid(r.id)):
                malformed.append(r.id)
        judged = self._judged
        trusted = frozenset(r.id for r in rows if judged.get(r.id) == (r.hash, None)) if judged else frozenset()
        hashes = self._prefix.setdefault(device, bytearray())  # grown in place below
        verdict = judge_chain(device, links, hashes, self._keys.get, self._verify, trusted=trusted)
        for entry_id, what in verdict.problems:
            self._problems[f"{entry_id}:{what}"] = (entry_id, what)
        failed = dict(verdict.failed)
        for entry_id in foreign:
            failed.setdefault(entry_id, "belongs to another school")
        for entry_id in malformed:
            failed[entry_id] = "its id or its PC's id is not in the form the app writes"
        for r in rows:
            too_big = size_problem(r, _kind)
            if too_big is not None:
                failed[r.id] = too_big
        taken = False
        for key_entry in material:
            if key_entry.id in failed or key_entry.id in self.book.kinds:
                continue
            try:
                self.book.add(key_entry, settle=False)
            except MalformedKeyMaterial as exc:
                failed[key_entry.id] = f"key material that cannot be read ({exc})"
                continue
            taken = True
            if _kind(key_entry) == EntryKind.BATCH:
                self._batches_in.add(key_entry.id)
        if taken:
            self.book.settle()
        growing = well_formed  # only a well-formed chain is kept in the prefix
        grown_to = verdict.trusted_to
        quarantine, now = self._quarantine, self._now()
        fresh = set()
        for row in rows:
            why = failed.get(row.id)
            if why is not None:
                judged[row.id] = (row.hash, why)
                self._set_quarantine(row, why)
                growing = False
                continue
            quarantine.pop(row.id, None)
            self._for_use.discard(row.id)
            use = self._use_problem(row, now)
            if use is not None:
                self._set_quarantine(row, use, use=True)
            else:
                fresh.add(row.id)
            if growing and row.seq == len(hashes) // HASH_SIZE + 1 and row.seq <= grown_to:
                hashes += row.hash  # held by the prefix from now on: `_judged` keeps only what lies beyond it
            else:
                growing = False
                judged[row.id] = (row.hash, None)
        self._fresh = fresh  # for the caller that read these rows (`rows_after`): usable as judged just now
        self._judged_to[device] = max(self._judged_to.get(device, 0), max(r.seq for r in rows))
        return rows

    def _use_problem(self, entry: AnyEntry, now: int | None = None) -> str | None:
        """Why an entry whose integrity holds may not be used now (`now`: this PC's clock, read once for many):
        dated beyond this PC's clock, or not its author's to make at its point in the order of signed entries."""
        if entry.recorded_at > (self._now() if now is None else now) + FUTURE_TOLERANCE_MS:
            return FUTURE
        if entry.public is not None:
            if entry.id not in self.book.kinds:
                return None if _kind(entry) == EntryKind.BATCH else "key material not taken in"
            return self.book.refused.get(entry.id)
        return self.book.problem(entry)

    # --- reading -------------------------------------------------------------------------------------------------

    def rows_after(self, cursor: FoldCursor) -> tuple[list[LeanRow], FoldCursor]:
        """Verified entries with sealed content that `cursor` has not read, and the cursor moved past everything
        read (quarantined entries included: they are never folded). Entries the cursor has read (a snapshot's) but
        this reader's prefix does not yet hold (it is kept only now and then: see `save`) are judged all the same,
        so what was altered since is named."""
        with self._lock:
            out: list[LeanRow] = []
            moved = cursor.copy()
            for device, head in sorted(self._device_heads().items()):
                after = cursor.heads.get(device, 0)
                if head <= after:
                    if head > self._judged_to.get(device, 0):
                        self._judge_device(device)
                    continue
                held = len(self._prefix.get(device, b"")) // HASH_SIZE
                rows = self.store.log.device_rows(device, min(after, held))
                fresh: set[str] = set()
                if head > self._judged_to.get(device, 0) or any(r.id not in self._judged for r in rows if r.seq > held):
                    self._judge_device(device, rows)
                    fresh, self._fresh = self._fresh, set()
                read = []
                beyond = {seq for d, seq in cursor.beyond if d == device}  # `cursor.has_read`, for one device
                for row in rows:
                    seq = row.seq
                    if seq <= after or seq in beyond:
                        continue
                    read.append(seq)
                    if row.sealed is not None and (row.public is None or _kind(row) not in _KEYS_ONLY):
                        if row.id in fresh or self._usable(row):
                            out.append(_new_row(LeanRow, (row.id, row.subject, row.author_key_id, row.occurred_at,
                                       row.recorded_at, row.sealed, device, seq)))  # `lean_row(row)`  # fmt: skip
                        elif self._held_for_use(row):
                            moved.pending.add((device, row.seq))  # read again when its cause may be put right
                moved.advance(device, read)
            out += self._pending_rows(cursor, moved)
            return out, moved

    def _pending_rows(self, cursor: FoldCursor, moved: FoldCursor) -> list[LeanRow]:
        """Entries read before but held back for a cause that can be put right, and entries this reader found
        wanting at an earlier sign-in that hold now (`_revived`): those that hold now, to be folded in. Judged
        again only when the key book or the clock can have changed the verdict (a later key-material entry, a
        chain's head moving, or an entry dated ahead)."""
        places = (cursor.pending | self._revived) - {p for p in moved.pending if p not in cursor.pending}
        self._revived = set()
        generation = (len(self.book.kinds), len(self.book.refused), tuple(sorted(self._heads.items())))
        future = {(q.device_id, q.seq) for q in self._quarantine.values() if q.reason == FUTURE}
        if generation == self._pending_judged_at and not (places & future) and not (places - cursor.pending):
            return []
        self._pending_judged_at = generation
        out = []
        rows = self.store.log.rows_at(sorted(places))
        for device in sorted({row.device_id for row in rows if not self._covered(row)}):
            self._judge_device(device)  # read before this sign-in, beyond the prefix: judged afresh
        for row in rows:
            place = (row.device_id, row.seq)
            if self._usable(row):
                moved.pending.discard(place)
                out.append(lean_row(row))
            elif not self._held_for_use(row):
                moved.pending.discard(place)  # its integrity fails now: named, never read again
        return out

    def _device_heads(self) -> dict[str, int]:
        """Every chain's head in the store, read again only when the store has taken an entry since (its newest
        local position moved: cheap on an index, where reading every head walks every entry)."""
        newest = self.store.log.newest_local_seq()
        if newest != self._heads_at:
            if self._heads_at < 0 or newest < self._heads_at:
                self._heads = self.store.log.device_heads()
            else:  # only what arrived since: the whole index is walked once, at sign-in
                heads = dict(self._heads)
                for device, seq in self.store.log.device_heads(received_after=self._heads_at).items():
                    heads[device] = max(seq, heads.get(device, 0))
                self._heads = heads
            self._heads_at = newest
            self.book.limit_to(self._heads)
        return self._heads

    def verified(self, entries: Iterable[EntryRecord]) -> list[EntryRecord]:
        """Of entries read from the store, those that hold (judging any this view has not seen yet)."""
        with self._lock:
            entries = list(entries)
            if any(not self._covered(e) for e in entries):
                self.catch_up()
            return [e for e in entries if self._usable(e)]

    def rows_about(self, subjects: Sequence[str | None] = (), ids: Sequence[str] = ()) -> list[LeanRow]:
        """Verified entries with sealed content about any of `subjects` or with any of `ids`."""
        return [lean_row(e) for e in self.verified(self.store.log.entries_about(subjects, ids))]

    def entries_about(self, subject: str) -> list[EntryRecord]:
        """Verified entries with sealed content about one subject, oldest event first."""
        found = self.verified(self.store.log.entries_about([subject]))
        found.sort(key=lambda e: (e.occurred_at, e.id))
        return found

    def author_of(self, entry_id: str) -> tuple[str, str | None] | None:
        """The account that wrote an entry, and its subject, if the entry is held and holds up."""
        entry = self.store.log.get(entry_id) if entry_id else None
        if entry is None or not self.verified([entry]):
            return None
        key = self.book.signing_keys.get(entry.author_key_id)
        return (key.account_id, entry.subject) if key else None

    def lead_sealed_to(self, entry_id: str) -> tuple[str | None, frozenset[str]]:
        """An entry's subject and the key ids it is sealed to, when it is held, holds up, and was written by a lead
        at its point (no keys otherwise): an action a lead sealed to a member of staff's key is theirs to mark done."""
        entry = self.store.log.get(entry_id) if entry_id else None
        if entry is None or entry.sealed is None or not self.verified([entry]):
            return None, frozenset()
        if self.book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=True) is not None:
            return None, frozenset()
        return entry.subject, frozenset(recipient_key_ids(entry.sealed))

    def _covered(self, entry: AnyEntry) -> bool:
        return bool(prefix_hash(self._prefix.get(entry.device_id, b""), entry.seq)) or entry.id in self._judged

    def _usable(self, entry: AnyEntry) -> bool:
        """Whether an entry read from the store may be used: its integrity holds (its hash is the one verified
        before, or it was judged sound) and its author could make it at its point."""
        trusted = prefix_hash(self._prefix.get(entry.device_id, b""), entry.seq)
        digest = entry.compute_hash()
        if trusted:
            if digest != trusted:
                self._set_quarantine(entry, REPLACED)
                return False
        else:
            verdict = self._judged.get(entry.id)
            if verdict is None or verdict[1] is not None or digest != verdict[0]:
                return False
        why = self._use_problem(entry)
        if why is not None:
            self._set_quarantine(entry, why, use=True)
            return False
        was = self._quarantine.get(entry.id)
        if was is not None and not was.lead_kind:
            del self._quarantine[entry.id]  # its cause was put right (an account re-enabled, its time come)
            self._for_use.discard(entry.id)
        return True

    def _held_for_use(self, entry: AnyEntry) -> bool:
        """Whether an entry is quarantined only for a cause that can be put right (its author's authority at its
        point, judged again as key material changes, or a date ahead): its integrity holds, so it is read again."""
        was = self._quarantine.get(entry.id)
        return was is not None and entry.id in self._for_use and not was.lead_kind

    def signature_holds(self, entry: EntryRecord) -> bool:
        """Whether the entry's own signature holds over its stored hash (`verify` reads every one)."""
        key = self._keys.get(entry.author_key_id)
        return key is not None and self._verify(key, entry.hash, entry.signature)

    # --- what failed -------------------------------------------------------------------------------------------

    def refuse(self, entry_id: str, device_id: str, seq: int, reason: str) -> None:
        """Quarantine an entry found wanting once opened (a lead's kind written by someone who was not a lead)."""
        with self._lock:
            self._quarantine[entry_id] = Quarantined(entry_id, device_id, seq, reason, lead_kind=True)
            self._for_use.add(entry_id)

    def quarantine(self) -> list[Quarantined]:
        with self._lock:
            return sorted(self._quarantine.values(), key=lambda q: (q.device_id, q.seq, q.entry_id))

    def refused_on(self, device_id: str) -> list[Quarantined]:
        """Entries of one device's chain that are not their author's to make at their point (or are dated ahead),
        judged on the key book alone, without reading content: how many of its own the school refused, for the
        author's PC to say. (Integrity is judged wherever entries are used; a lead's kind written by someone who
        was not a lead is known only once opened.)"""
        with self._lock:
            self._device_heads()  # the book's limits follow what the store holds
            refused = []
            for entry in self.store.log.device_headers(device_id):
                why = self._use_problem(entry)
                if why is not None:
                    refused.append(Quarantined(entry.id, device_id, entry.seq, why))
            return refused

    def refused_for_authority(self) -> list[Quarantined]:
        """Quarantined entries whose integrity holds (hash, place in their chain, signature) but that were not their
        author's to make at their point: a disabled account's, a revoked lead's, a lead's kind written by staff.
        They stay in the store, and are judged again at every use."""
        with self._lock:
            held = [q for q in self._quarantine.values() if q.entry_id in self._for_use]
            return sorted(held, key=lambda q: (q.device_id, q.seq, q.entry_id))

    def problems(self) -> list[tuple[str, str]]:
        """Chain-level findings as (the entry where the chain breaks, or "" for a whole chain; what): missing
        entries, broken links, a store cut short or put back."""
        with self._lock:
            return list(self._problems.values())

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


_KEYS_ONLY = (EntryKind.BATCH, EntryKind.GRANT)  # key material whose sealed part is a key, not a record


def is_key_only(entry: EntryRecord) -> bool:
    """A batch key or a grant: its sealed part is a key that the keyring opens, never a record."""
    return entry.public is not None and _kind(entry) in _KEYS_ONLY


def _kind(entry: AnyEntry) -> str | None:
    if entry.size > MAX_KEY_MATERIAL_BYTES:
        return None  # not key material the app writes: never parsed (it fails its size check)
    try:
        data = entry.public_data()
    except ValueError:
        return None
    kind = data.get("type") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else None
