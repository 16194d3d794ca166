"""The keys a signed-in person holds, and opening entries with them (batch keys opened on first use)."""

from __future__ import annotations

import uuid
from typing import Any

from desktop_app.crypto.envelope import (
    CannotOpen,
    FileKey,
    FileKeyGone,
    HeldKey,
    NoKeyHeld,
    SlotKey,
    open_chunk,
    open_envelope,
    open_raw,
)
from desktop_app.crypto.file_keys import unwrap_file_key
from desktop_app.domain.directory_keys import DIRECTORY_GRANTEE, DIRECTORY_KIND
from desktop_app.domain.entries import EntryRecord
from desktop_app.domain.keybook import KeyBook
from desktop_app.services.content import decode_content
from desktop_app.storage.shelf import KeyShelf, ShelfRow


class Keyring:
    """Held keys by key id. Private state: `_held` (id -> key), `_unopenable` (batch ids this person can't open).

    Batch keys (one per sign-in session of each author) are opened once, with one X25519 agreement, and then
    every entry of that batch opens with AES alone. Children's file keys (version-3 envelopes) come from the key
    shelf, unwrapped with a directory key held, once each: `_files` (raw id -> key, or None: not on the shelf or
    not opening), `_waiting` (ids asked for and not on the shelf: not synced here yet, or erased).
    """

    def __init__(self, keybook: KeyBook) -> None:
        self._book = keybook
        self._held: dict[str, HeldKey] = {}
        self._unopenable: set[str] = set()
        self._by_raw: dict[bytes, SlotKey | None] = {}  # raw 16-byte key id -> ready key (or None: not held)
        self._granted: set[str] = set()  # ids of the own key and granted keys (not batch keys: see `hold`)
        self._shelf: KeyShelf | None = None
        self._files: dict[bytes, bytes | None] = {}
        self._waiting: dict[str, str | None] = {}  # file key id -> the child it was asked for (when known)

    def use_shelf(self, shelf: KeyShelf) -> None:
        """Open children's file keys from this store's key shelf."""
        self._shelf = shelf

    def _find_file(self, raw_id: bytes) -> bytes | None:
        try:
            return self._files[raw_id]
        except KeyError:
            key_id = str(uuid.UUID(bytes=raw_id))
            rows = self._shelf.with_key_id(key_id) if self._shelf is not None else []
            found = next((key for key in map(self.file_key, rows) if key is not None), None)
            if not rows:
                self._waiting.setdefault(key_id, None)
            key = self._files[raw_id] = found.key if found is not None else None
            return key

    def file_key(self, row: ShelfRow) -> FileKey | None:
        """A shelf row's file key, or None when no directory key held opens it (or the row was altered or moved)."""
        directory = self._held.get(row.directory_key_id)
        if not isinstance(directory, bytes):
            return None
        try:
            key = unwrap_file_key(row.wrapped, row.subject, row.key_id, row.directory_key_id, directory)
        except CannotOpen:
            return None
        self._files[uuid.UUID(key.key_id).bytes] = key.key
        return key

    def file_keys_arrived(self) -> bool:
        """Whether a file key asked for and missing is on the shelf now (pulled by sync): records passed over for
        want of it open now. Forgets what was missing either way."""
        if not self._waiting or self._shelf is None:
            return False
        arrived = self._shelf.holding(self._waiting)
        if arrived:
            self._waiting = {key_id: child for key_id, child in self._waiting.items() if key_id not in arrived}
            self._files = {raw: key for raw, key in self._files.items() if key is not None}
        return bool(arrived)

    def waiting_for_keys(self, erased: set[str]) -> bool:
        """Whether records were passed over for want of a file key of a child whose file is not erased (it has not
        reached this PC yet): a fold that passed over them must not be kept as a snapshot."""
        return any(child is None or child not in erased for child in self._waiting.values())

    def forget_file_keys(self) -> None:
        """Drop every file key held (a file was erased, or the shelf changed under this session)."""
        self._files.clear()
        self._waiting.clear()

    def hold(self, key_id: str, key: HeldKey, *, batch: bool = False) -> None:
        """Hold a key: the account's own or one granted to it, or (`batch`) a batch key this session made."""
        self._held[key_id] = key
        if not batch:
            self._granted.add(key_id)
        self._by_raw.pop(uuid.UUID(key_id).bytes, None)
        if not batch:  # a directory key granted since may open file keys that did not open
            self._files = {raw: file_key for raw, file_key in self._files.items() if file_key is not None}
        if self._unopenable:  # a batch sealed to this key may open now
            self._unopenable.clear()
            self._by_raw = {raw: held for raw, held in self._by_raw.items() if held is not None}

    def _find_raw(self, raw_id: bytes) -> SlotKey | None:
        try:
            return self._by_raw[raw_id]
        except KeyError:
            key_id = str(uuid.UUID(bytes=raw_id))
            key = self.lookup(key_id)
            ready = SlotKey.of(key_id, key) if key is not None else None
            self._by_raw[raw_id] = ready
            return ready

    def holds(self, key_id: str) -> bool:
        return key_id in self._held

    def granted_ids(self) -> frozenset[str]:
        """The ids of the keys held directly: the person's own key and the keys granted to them (not batch keys,
        which open as entries of their batches arrive)."""
        return frozenset(self._granted)

    def _direct(self, key_id: str) -> HeldKey | None:
        return self._held.get(key_id)

    def open_older_directory_keys(self) -> None:
        """Hold every older directory key sealed to a directory key held (a rotation seals them to the new one), and
        so on down: whoever holds the newest generation reads the whole roster."""
        chained = [g for g in self._book.grants if g.account_id == DIRECTORY_GRANTEE and g.key_kind == DIRECTORY_KIND]
        opened = True
        while opened:
            opened = False
            for grant in chained:
                entry = self._book.grant_entries.get(grant.entry_id)
                if grant.key_id in self._held or grant.to_key_id not in self._held or entry is None or not entry.sealed:
                    continue
                try:
                    key = open_envelope(entry.sealed, entry_id=entry.id, subject=entry.subject, lookup=self._direct)
                except CannotOpen:
                    continue
                self.hold(grant.key_id, key)
                opened = True

    def lookup(self, key_id: str) -> HeldKey | None:
        held = self._held.get(key_id)
        if held is not None or key_id in self._unopenable:
            return held
        batch = self._book.batches.get(key_id)
        if batch is None or batch.sealed is None:
            return None
        try:
            key = open_envelope(batch.sealed, entry_id=batch.id, subject=batch.subject, lookup=self._direct)
        except CannotOpen:
            self._unopenable.add(key_id)
            return None
        self._held[key_id] = key
        return key

    def open_bytes(self, entry: EntryRecord) -> bytes:
        """The plaintext of an entry; raises NoKeyHeld or CannotOpen (altered)."""
        if entry.sealed is None:
            raise NoKeyHeld("entry has no sealed content")
        return self.open_sealed(entry.sealed, entry.id, entry.subject)

    def open_sealed(self, sealed: bytes, entry_id: str, subject: str | None) -> bytes:
        """The plaintext of sealed content given by parts (the fast path for folding many entries)."""
        try:
            return open_raw(sealed, entry_id, subject, self._find_raw, find_file=self._find_file)
        except FileKeyGone as gone:
            self._waiting[gone.key_id] = subject
            raise

    def open_chunk(self, entry: EntryRecord) -> bytes:
        """A document chunk's bytes; raises NoKeyHeld, or CannotOpen (altered, or not a chunk)."""
        if entry.sealed is None:
            raise NoKeyHeld("entry has no sealed content")
        return open_chunk(entry.sealed, entry.id, self._find_raw, self._find_file)

    def open_content(self, entry: EntryRecord) -> dict[str, Any] | None:
        """The decoded content of an entry, or None when this person holds no key for it."""
        try:
            opened: dict[str, Any] | None = decode_content(self.open_bytes(entry))  # every entry's content is an object
            return opened
        except NoKeyHeld:
            return None

    def forget_unopenable(self) -> None:
        """Let batches that could not be opened be tried again (after new grants or key material arrived)."""
        self._unopenable.clear()
        self._by_raw = {raw: key for raw, key in self._by_raw.items() if key is not None}

    def forget(self) -> None:
        """Drop every key held (sign-out, lock)."""
        self._held.clear()
        self._unopenable.clear()
        self._by_raw.clear()
        self._granted.clear()
        self.forget_file_keys()
