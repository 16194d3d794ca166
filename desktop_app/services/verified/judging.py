"""Judging a device's chain beyond the trusted prefix, and whether an entry read from the store may be used."""

from __future__ import annotations

from desktop_app.domain.entries import AnyEntry, EntryKind, EntryRecord, StoredEntry, size_problem
from desktop_app.domain.integrity import HASH_SIZE, Link, judge_chain, prefix_hash
from desktop_app.domain.key_material import MalformedKeyMaterial
from desktop_app.services.verified.book import KeyBookView
from desktop_app.services.verified.kept import is_uuid
from desktop_app.services.verified.state import REPLACED, material_kind


class JudgingView(KeyBookView):
    """The judging part of a `VerifiedView`: `_judged`, `_judged_to`, `_fresh`, `_heads` and `_heads_at`, held in
    `ViewState`."""

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
        well_formed = is_uuid(device)  # only a well-formed chain is kept in the prefix
        failed, trusted_to = self._integrity_failures(device, rows, well_formed)
        self._take_chain_material(material, failed)
        self._fresh = self._settle(rows, failed, self._prefix[device], grow=well_formed, grown_to=trusted_to)
        self._judged_to[device] = max(self._judged_to.get(device, 0), max(r.seq for r in rows))
        return rows

    def _integrity_failures(
        self, device: str, rows: list[StoredEntry], well_formed: bool
    ) -> tuple[dict[str, str], int]:
        """The chain's hashes, links and signatures judged beyond the trusted prefix (`judge_chain`; its chain-level
        problems are noted), then each entry's school, form and size: (entry id -> why it fails, the sequence number the
        chain is trusted to)."""
        school = self.book.school_id
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
        hashes = self._prefix.setdefault(device, bytearray())  # grown in place by `_settle`
        verdict = judge_chain(device, links, hashes, self._keys.get, self._verify, trusted=trusted)
        for entry_id, what in verdict.problems:
            self._problems[f"{entry_id}:{what}"] = (entry_id, what)
        failed = dict(verdict.failed)
        for entry_id in foreign:
            failed.setdefault(entry_id, "belongs to another school")
        for entry_id in malformed:
            failed[entry_id] = "its id or its PC's id is not in the form the app writes"
        for r in rows:
            too_big = size_problem(r, material_kind)
            if too_big is not None:
                failed[r.id] = too_big
        return failed, verdict.trusted_to

    def _take_chain_material(self, material: list[EntryRecord], failed: dict[str, str]) -> None:
        """Take into the key book the chain's key material whose integrity holds and that it does not hold yet; one
        that cannot be read is added to `failed`."""
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
            if material_kind(key_entry) == EntryKind.BATCH:
                self._batches_in.add(key_entry.id)
        if taken:
            self.book.settle()

    def _settle(
        self, rows: list[StoredEntry], failed: dict[str, str], hashes: bytearray, *, grow: bool, grown_to: int
    ) -> set[str]:
        """Each row's verdict: one that `failed` is quarantined and ends the prefix's growth; one that holds is
        judged for use now, and the prefix (`hashes`, while `grow`) takes it in order up to `grown_to`, where
        `_judged` keeps the rest. Returns the ids usable as judged just now (for the caller that read these rows,
        `rows_after`)."""
        judged = self._judged
        growing = grow
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
        return fresh

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
