"""What a child's file key adds to opening records (the fold's inner loop): envelope version 3 against version 1.

Seals `--entries` records about `--pupils` children to one symmetric batch key (as a sign-in session seals them),
once as version 1 and once under each child's file key (version 3), then opens every one with `open_raw` as the fold
does (`services.keyring.Keyring.open_sealed`: a raw-id lookup for the slot, a dict lookup for the file key). The
baseline is the raw cost of the same work without the envelope: AES-GCM decryption of the slot's data key and of the
content, and (for version 3) one keyed BLAKE2s, in the same process at the same time. Best of `--repeat`.

    .venv/bin/python -m tests.benchmarks.bench_file_keys [--entries 50000] [--pupils 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
import uuid
from collections.abc import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.envelope import FileKey, Recipient, SlotKey, open_raw, seal

CONTENT = b'{"kind":"concern","what_happened":"' + b"x" * 400 + b'"}'  # about a concern's size


def _best(repeat: int, works: list[Callable[[], None]]) -> list[float]:
    """Each piece of work's best time, the pieces taken in turn in every round (a loaded machine's noise falls on
    all of them alike)."""
    best = [float("inf")] * len(works)
    for _ in range(repeat):
        for i, work in enumerate(works):
            start = time.perf_counter()
            work()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--pupils", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    batch_id, batch_key = str(uuid.uuid4()), os.urandom(32)
    recipient, slot = Recipient(batch_id, symmetric=batch_key), SlotKey.of(batch_id, batch_key)
    raw_batch = uuid.UUID(batch_id).bytes
    children = [str(uuid.uuid4()) for _ in range(args.pupils)]
    file_keys = {child: FileKey(str(uuid.uuid4()), os.urandom(32)) for child in children}
    by_raw = {uuid.UUID(k.key_id).bytes: k.key for k in file_keys.values()}
    rows = [(str(uuid.uuid4()), children[i % len(children)]) for i in range(args.entries)]
    v1 = [seal(CONTENT, entry_id=e, subject=c, recipients=[recipient]) for e, c in rows]
    v3 = [seal(CONTENT, entry_id=e, subject=c, recipients=[recipient], file_key=file_keys[c]) for e, c in rows]

    def find(raw: bytes) -> SlotKey | None:
        return slot if raw == raw_batch else None

    def open_all(blobs: list[bytes], find_file: Callable[[bytes], bytes | None] | None) -> None:
        for (entry_id, child), blob in zip(rows, blobs, strict=True):
            open_raw(blob, entry_id, child, find, find_file=find_file)

    aead, data_key, nonce = AESGCM(batch_key), os.urandom(32), os.urandom(12)
    wrapped = aead.encrypt(nonce, data_key, b"aad")
    content = AESGCM(data_key).encrypt(nonce, CONTENT, b"aad")
    file_key = os.urandom(32)

    def raw_v1() -> None:
        for _ in rows:
            key = aead.decrypt(nonce, wrapped, b"aad")
            AESGCM(key).decrypt(nonce, content, b"aad")

    def raw_v3() -> None:
        for _ in rows:
            key = aead.decrypt(nonce, wrapped, b"aad")
            hashlib.blake2s(b"CL3|file|" + raw_batch + key, key=file_key).digest()
            AESGCM(key).decrypt(nonce, content, b"aad")

    n = args.entries
    v1_open, v3_open, raw1, raw3 = _best(
        args.repeat, [lambda: open_all(v1, None), lambda: open_all(v3, by_raw.get), raw_v1, raw_v3]
    )
    print(f"load average {os.getloadavg()[0]:.2f}; {n:,} entries about {args.pupils:,} children; best of {args.repeat}")
    print(f"{'':34} {'per entry':>10} {'per 100k':>10}")
    for name, seconds in (
        ("open_raw, version 1", v1_open),
        ("open_raw, version 3 (file key)", v3_open),
        ("raw baseline, version 1's work", raw1),
        ("raw baseline, version 3's work", raw3),
    ):
        print(f"{name:34} {seconds / n * 1e6:8.2f} µs {seconds / n * 1e5 * 1000:7.0f} ms")
    extra, raw_extra = (v3_open - v1_open) / n * 1e5 * 1000, (raw3 - raw1) / n * 1e5 * 1000
    print(f"a file key adds {extra:.0f} ms per 100,000 entries opened (its raw work: {raw_extra:.0f} ms)")


if __name__ == "__main__":
    main()
