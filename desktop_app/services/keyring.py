"""The keys a signed-in person holds, and opening entries with them (batch keys opened on first use)."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.crypto.envelope import CannotOpen, HeldKey, NoKeyHeld, open_envelope
from desktop_app.domain.entries import EntryRecord
from desktop_app.domain.keybook import KeyBook


class Keyring:
    """Held keys by key id. Private state: `_held` (id -> key), `_unopenable` (batch ids this person can't open).

    Batch keys (one per sign-in session of each author) are opened once, with one X25519 agreement, and then
    every entry of that batch opens with AES alone.
    """

    def __init__(self, keybook: KeyBook) -> None:
        self._book = keybook
        self._held: dict[str, HeldKey] = {}
        self._unopenable: set[str] = set()

    def hold(self, key_id: str, key: HeldKey) -> None:
        self._held[key_id] = key

    def holds(self, key_id: str) -> bool:
        return key_id in self._held

    def _direct(self, key_id: str) -> HeldKey | None:
        return self._held.get(key_id)

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
        return open_envelope(entry.sealed, entry_id=entry.id, subject=entry.subject, lookup=self.lookup)

    def open_content(self, entry: EntryRecord) -> dict[str, Any] | None:
        """The decoded content of an entry, or None when this person holds no key for it."""
        try:
            return json.loads(self.open_bytes(entry))
        except NoKeyHeld:
            return None

    def forget_unopenable(self) -> None:
        """Let batches that could not be opened be tried again (after new grants arrived)."""
        self._unopenable.clear()

    def forget(self) -> None:
        """Drop every key held (sign-out, lock)."""
        self._held.clear()
        self._unopenable.clear()
