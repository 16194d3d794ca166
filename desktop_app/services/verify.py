"""Checking a store: every hash, signature and device chain with public keys alone; content too when unlocked."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from desktop_app.crypto.envelope import CannotOpen, NoKeyHeld
from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord
from desktop_app.domain.envelope_layout import recipient_key_ids
from desktop_app.domain.keybook import KeyBook, authority_problem
from desktop_app.services.session import Session
from desktop_app.services.store import SchoolStore


@dataclass(frozen=True, slots=True)
class Problem:
    entry_id: str
    what: str

    def __str__(self) -> str:
        return f"entry {self.entry_id}: {self.what}"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    entries: int
    opened: int
    problems: list[Problem]

    @property
    def intact(self) -> bool:
        return not self.problems


def check_entries(entries: list[EntryRecord], keybook: KeyBook) -> list[Problem]:
    """Hashes, signatures, authority of key-material entries, and every device's chain."""
    problems: list[Problem] = []
    computed: dict[str, bytes] = {}
    for entry in entries:
        digest = entry.compute_hash()
        computed[entry.id] = digest
        if digest != entry.hash:
            problems.append(Problem(entry.id, "content does not match its recorded hash (altered)"))
        signer = keybook.signing_keys.get(entry.author_key_id)
        if signer is None:
            problems.append(Problem(entry.id, "signed by a key this school does not know"))
        elif not verify_signature(signer.signing_public, digest, entry.signature):
            problems.append(Problem(entry.id, "signature does not match (altered or forged)"))
        why = authority_problem(keybook, entry)
        if why is not None:
            problems.append(Problem(entry.id, why))
        if entry.school_id != keybook.school_id:
            problems.append(Problem(entry.id, "belongs to another school"))
    chains: dict[str, list[EntryRecord]] = defaultdict(list)
    for entry in entries:
        chains[entry.device_id].append(entry)
    for chain in chains.values():
        chain.sort(key=lambda e: e.seq)
        previous = GENESIS_HASH
        for expected_seq, entry in enumerate(chain, start=1):
            if entry.seq != expected_seq:
                problems.append(Problem(entry.id, f"device chain jumps to {entry.seq} (expected {expected_seq})"))
            if entry.prev_hash != previous:
                problems.append(Problem(entry.id, "does not follow the previous entry of its device (chain broken)"))
            previous = computed[entry.id]
    return problems


def verify_store(store: SchoolStore, session: Session | None = None) -> VerifyReport:
    """Everything in the store checked; with a session, every entry that person can open is opened too."""
    entries = list(store.log.all())
    unreadable: list[tuple[str, str]] = []
    keybook = KeyBook.build([e for e in entries if e.public is not None], unreadable)
    found = [Problem(entry_id, what) for entry_id, what in unreadable]
    found += check_entries(entries, keybook)
    opened = 0
    if session is not None:
        for entry in entries:
            if entry.sealed is None or keybook.kinds.get(entry.id) in (EntryKind.BATCH, EntryKind.GRANT):
                continue
            try:
                session.keyring.open_bytes(entry)
                opened += 1
            except NoKeyHeld:
                continue
            except CannotOpen:
                found.append(Problem(entry.id, "encrypted content fails its authentication check (altered)"))
    for entry in entries:
        if entry.sealed is not None and not recipient_key_ids(entry.sealed):
            found.append(Problem(entry.id, "encrypted content is not in a readable form (damaged)"))
    found.sort(key=lambda p: p.entry_id)
    return VerifyReport(entries=len(entries), opened=opened, problems=found)
