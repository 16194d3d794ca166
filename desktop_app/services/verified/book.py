"""Key material into the verified view's key book: each entry checked on its own, then its author's authority."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.entries import EntryKind, EntryRecord, size_problem
from desktop_app.domain.integrity import FUTURE, prefix_hash
from desktop_app.domain.key_material import MalformedKeyMaterial, declared_signing_key
from desktop_app.domain.keybook import KeyBook
from desktop_app.services.verified.checkpoint import CheckpointedView
from desktop_app.services.verified.kept import Quarantined
from desktop_app.services.verified.state import FUTURE_TOLERANCE_MS, REPLACED, material_kind

SCHOOL_ENTRY_SETTING = "school_entry"  # the school entry this store was set up or enrolled with


class KeyBookView(CheckpointedView):
    """The key book's part of a `VerifiedView`: `book`, `school_roots`, and the private `_keys`, `_batches_in` and
    `_material_at` held in `ViewState`."""

    def load_key_book(self, root: str | None = None) -> KeyBook:
        """Before anyone signs in: every key-material entry but batch keys, each checked on its own (hash and
        signature, then authority). Batch keys are checked after sign-in. `root`: the school entry to judge from,
        when a store holds more than one (see `school_roots`); otherwise the one the store holds."""
        with self._lock:
            material, self._material_at = self.store.log.key_material_since(0)
            self._learn_keys(material)
            now = self._now()
            self.school_roots = sorted(
                e.id for e in material if material_kind(e) == EntryKind.SCHOOL and self._own_problem(e, now) is None
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
            return [
                e for e in self.store.log.key_material() if material_kind(e) != EntryKind.BATCH and e.id in book.kinds
            ]

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
            if material_kind(entry) == EntryKind.BATCH:
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
        too_big = size_problem(entry, material_kind)
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

    def _take_batches(self, material: Iterable[EntryRecord]) -> None:
        """Batch keys into the key book: one inside the trusted prefix once its hash matches it, any other once
        its own hash and signature hold (a batch key gives nobody authority; it only opens its entries)."""
        fresh, now = False, self._now()
        for entry in material:
            if entry.id in self._batches_in or entry.id in self._quarantine or material_kind(entry) != EntryKind.BATCH:
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
