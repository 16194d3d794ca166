"""The verified view's trusted prefix: adopted at sign-in from a reader's sealed file, grown, kept now and then."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.domain.entries import EntryKind, EntryRecord
from desktop_app.domain.integrity import HASH_SIZE, prefix_hash
from desktop_app.services.verified.checkpoint import ROLLED_BACK
from desktop_app.services.verified.judging import JudgingView
from desktop_app.services.verified.kept import PrefixFile, Quarantined
from desktop_app.services.verified.state import material_kind

PREFIX_RESAVE_AFTER = 2_000  # entries verified beyond a reader's kept prefix before it is written again


class PrefixView(JudgingView):
    """The trusted prefix's part of a `VerifiedView`: `_prefix`, `_kept` (this reader's prefix file, while signed
    in), `_saved_size`, `_checkpointed_size`, `_saved_quarantine` and `_revived`, held in `ViewState`."""

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
                if entry.public is not None and material_kind(entry) == EntryKind.BATCH:
                    self._batches_in.add(entry.id)
