"""Reading through the verified view: what the fold has not read yet, entries about a child, an entry's author."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.domain.entries import EntryRecord
from desktop_app.domain.envelope_layout import recipient_key_ids
from desktop_app.domain.fold import FoldCursor
from desktop_app.domain.integrity import FUTURE, HASH_SIZE
from desktop_app.services.verified.judging import JudgingView
from desktop_app.services.verified.state import KEYS_ONLY, material_kind
from desktop_app.storage.log import LeanRow, lean_row

_new_row = tuple.__new__  # makes a LeanRow with no call of its own per row (the fold's loop at sign-in)


class ReadingView(JudgingView):
    """The reading part of a `VerifiedView`: `_pending_judged_at` (the key book and heads when held-back entries were
    judged), held in `ViewState`."""

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
                    if row.sealed is not None and (row.public is None or material_kind(row) not in KEYS_ONLY):
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

    def signature_holds(self, entry: EntryRecord) -> bool:
        """Whether the entry's own signature holds over its stored hash (`verify` reads every one)."""
        key = self._keys.get(entry.author_key_id)
        return key is not None and self._verify(key, entry.hash, entry.signature)
