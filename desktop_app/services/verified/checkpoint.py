"""This PC's signed checkpoint, as the verified view reads and writes it: a chain cut short or put back is named."""

from __future__ import annotations

from desktop_app.domain.integrity import HASH_SIZE
from desktop_app.services.verified.kept import Heads, read_checkpoint, write_checkpoint
from desktop_app.services.verified.state import ViewState

ROLLED_BACK = (
    "PC {device}: entries up to {seq} that this PC had verified are missing or replaced"
    " (the store was cut short, or an older copy put back)"
)


class CheckpointedView(ViewState):
    """The checkpoint's part of a `VerifiedView`: `_checkpoint` (device -> (seq, hash) this PC's readers verified)
    and `_signer` (the signed-in key that signs it), both held in `ViewState`."""

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
