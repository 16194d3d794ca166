"""Checking entries pulled from the hub before any is applied: hashes, signatures, authority and device chains.

The hub is trusted with nothing: anyone who can write to it (a school's PCs share one database role) could put an
entry there. So every pulled entry is checked with public keys alone, the same rules as `services.verify`:

- its school is this PC's school, and its content matches its hash;
- it is signed by a key of this school (key material from this PC's store and from the same pull) and the
  signature holds: its own, or a later one of the same key over the device's hash chain that includes it (see
  `_check_signatures`; `services.verify` still checks every entry's own signature in the local audit);
- key material (accounts, new keys, role and status changes, grants, team and oversight keys) was made by an
  account that was a lead at the time or, for a new key, by the account itself; and nothing was made by an
  account after a lead disabled it;
- it continues its device's chain: the next sequence number, and the hash of the entry before it, whether that is
  held on this PC or arrived earlier in the pull. Whatever follows a refused entry of a device is refused too;
- on a PC that joined with an enrolment file, the school entry and the team key must be the ones the file names,
  and the school entry must come from the lead who made that team key.

Key material refused in one pass can be what made another entry look valid, so the checks repeat until nothing
more is refused.
"""

from __future__ import annotations

import binascii
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord
from desktop_app.domain.keybook import KeyBook, authority_problem, unb64
from desktop_app.sync.hub import PulledEntry

Verifier = Callable[[bytes, bytes, bytes], bool]  # (signing public key, message, signature) -> the signature holds

ANOTHER_SCHOOL = "belongs to another school"
ALTERED = "content does not match its recorded hash (altered)"
UNKNOWN_SIGNER = "signed by a key this school does not know"
BAD_SIGNATURE = "signature does not match (altered or forged)"
UNREADABLE = "key material that cannot be read"
DIFFERENT_COPY = "differs from the entry with the same id held on this PC"
SECOND_SCHOOL = "a second school entry (this PC already holds its school's)"
SCHOOL_MISMATCH = "school entry does not match the enrolment file"
SCHOOL_NOT_ANCHORED = "school entry not made by the lead who made the enrolled team key"
TEAM_KEY_MISMATCH = "team key does not match the enrolment file"
PLACE_TAKEN = "another entry already holds its place in its device's chain (a copied store?)"
CHAIN_BROKEN = "does not follow the previous entry of its device (chain broken)"
FOLLOWS_REFUSED = "follows a refused entry of its device"


def chain_jump(seq: int, expected: int) -> str:
    return f"device chain jumps to {seq} (expected {expected})"


@dataclass(frozen=True, slots=True)
class Anchors:
    """What a PC trusts before it holds any entry: its school and the team key it was enrolled with."""

    school_id: str
    team_key_id: str
    team_public: bytes


@dataclass(slots=True)
class PullOutcome:
    """The verdict on one pulled batch. `already_held`: id -> hub_seq of entries this PC holds already."""

    accepted: list[PulledEntry] = field(default_factory=list)
    already_held: dict[str, int] = field(default_factory=dict)
    refused: list[tuple[PulledEntry, str]] = field(default_factory=list)


def kind_of(entry: EntryRecord) -> str | None:
    """The type named in a key-material entry's public part, or None when it cannot be read."""
    try:
        kind = json.loads(entry.public or b"")["type"]
    except (ValueError, KeyError, TypeError):
        return None
    return kind if isinstance(kind, str) else None


def check_pulled(
    pulled: Sequence[PulledEntry],
    *,
    held: dict[str, tuple[bytes, int | None]],
    heads: dict[str, tuple[int, bytes]],
    local_key_material: list[EntryRecord],
    anchors: Anchors,
    school_known: bool,
    verify: Verifier,
) -> PullOutcome:
    """Sort a pulled batch (in hub order) into accepted, already held and refused (with the reason).

    `held`: id -> (hash, hub_seq) of pulled ids this PC holds; `heads`: device -> (seq, hash) of the last entry
    held of each device; `school_known`: this PC's store already holds its school entry.
    """
    outcome = PullOutcome()
    refused: dict[str, str] = {}
    candidates: list[PulledEntry] = []
    for item in pulled:
        copy = held.get(item.entry.id)
        if copy is None:
            candidates.append(item)
        elif copy[0] != item.entry.hash:
            refused[item.entry.id] = DIFFERENT_COPY
        elif copy[1] != item.hub_seq:
            outcome.already_held[item.entry.id] = item.hub_seq

    kinds: dict[str, str] = {}
    altered: set[str] = set()
    for item in candidates:
        entry = item.entry
        if entry.compute_hash() != entry.hash:
            refused[entry.id] = ALTERED
            altered.add(entry.id)
        elif entry.school_id != anchors.school_id:
            refused[entry.id] = ANOTHER_SCHOOL
        elif entry.public is not None:
            kind = kind_of(entry)
            if kind is None:
                refused[entry.id] = UNREADABLE
            else:
                kinds[entry.id] = kind

    signature_holds: dict[str, bool] = {}
    while True:
        before = len(refused)
        _check_anchors(candidates, kinds, refused, anchors, school_known, local_key_material)
        problems: list[tuple[str, str]] = []
        offered = [i.entry for i in candidates if i.entry.public is not None and i.entry.id not in refused]
        book = KeyBook.build(local_key_material + offered, problems)
        for entry_id, what in problems:
            if entry_id in kinds and entry_id not in refused:
                refused[entry_id] = f"{UNREADABLE} ({what})"
        _check_signatures(candidates, book, refused, altered, signature_holds, verify)
        for item in candidates:
            entry = item.entry
            if entry.id in refused:
                continue
            why = authority_problem(book, entry)  # the one rule `verify` applies too
            if why is not None:
                refused[entry.id] = why
        _check_chains(candidates, heads, refused)
        if len(refused) == before:
            break

    for item in pulled:
        why = refused.get(item.entry.id)
        if why is not None:
            outcome.refused.append((item, why))
    outcome.accepted = [item for item in candidates if item.entry.id not in refused]
    return outcome


def _check_signatures(
    candidates: Sequence[PulledEntry],
    book: KeyBook,
    refused: dict[str, str],
    altered: set[str],
    holds: dict[str, bool],
    verify: Verifier,
) -> None:
    """Each entry's signature, or a later signature of the same key over the hash chain that includes it.

    Walking each device's chain down from its newest entry: once an entry's signature by key K holds, every earlier
    entry of that device claiming K, linked to it by hashes, is vouched for by K too (K signed a hash that commits
    to them). Verifying costs about 0.4 ms here, so this checks one signature per key and device and batch instead
    of one per entry, and is exactly as hard to forge. `holds` keeps each verdict for the next pass.
    """
    by_device: dict[str, list[EntryRecord]] = defaultdict(list)
    for item in candidates:
        by_device[item.entry.device_id].append(item.entry)
    for entries in by_device.values():
        entries.sort(key=lambda e: e.seq, reverse=True)
        vouched: set[str] = set()
        above: EntryRecord | None = None
        for entry in entries:
            linked = (
                above is not None
                and above.id not in altered
                and entry.id not in altered
                and above.seq == entry.seq + 1
                and above.prev_hash == entry.hash
            )
            if not linked:
                vouched = set()
            above = entry
            if entry.id in altered:
                continue
            signer = book.signing_keys.get(entry.author_key_id)
            if signer is None:
                refused.setdefault(entry.id, UNKNOWN_SIGNER)
                continue
            if entry.id not in holds:
                holds[entry.id] = entry.author_key_id in vouched or verify(
                    signer.signing_public, entry.hash, entry.signature
                )
            if holds[entry.id]:
                vouched.add(entry.author_key_id)
            else:
                refused.setdefault(entry.id, BAD_SIGNATURE)


def _check_anchors(
    candidates: Sequence[PulledEntry],
    kinds: dict[str, str],
    refused: dict[str, str],
    anchors: Anchors,
    school_known: bool,
    local_key_material: list[EntryRecord],
) -> None:
    """The school entry and the enrolled team key must be the ones this PC was enrolled with."""
    team_entry = next((i.entry for i in candidates if i.entry.id == anchors.team_key_id), None)
    if team_entry is None:
        team_entry = next((e for e in local_key_material if e.id == anchors.team_key_id), None)
    for item in candidates:
        entry = item.entry
        kind = kinds.get(entry.id)
        if entry.id in refused or kind not in (EntryKind.SCHOOL, EntryKind.TEAM_KEY):
            continue
        data = entry.public_data()
        if kind == EntryKind.TEAM_KEY and entry.id == anchors.team_key_id:
            try:
                matches = unb64(str(data.get("public", ""))) == anchors.team_public
            except (binascii.Error, ValueError):
                matches = False
            if not matches:
                refused[entry.id] = TEAM_KEY_MISMATCH
        elif kind == EntryKind.SCHOOL:
            if school_known:
                refused[entry.id] = SECOND_SCHOOL
            elif data.get("school_id") != anchors.school_id:
                refused[entry.id] = SCHOOL_MISMATCH
            elif team_entry is None or team_entry.id in refused or entry.author_key_id != team_entry.author_key_id:
                refused[entry.id] = SCHOOL_NOT_ANCHORED
            else:
                school_known = True  # the first genuine one; any later one is a second


def _check_chains(
    candidates: Sequence[PulledEntry], heads: dict[str, tuple[int, bytes]], refused: dict[str, str]
) -> None:
    by_device: dict[str, list[EntryRecord]] = defaultdict(list)
    for item in candidates:
        by_device[item.entry.device_id].append(item.entry)
    for device, entries in by_device.items():
        entries.sort(key=lambda e: e.seq)
        seq, previous = heads.get(device, (0, GENESIS_HASH))
        broken = False
        for entry in entries:
            if entry.seq <= seq:  # a fork: not part of the chain this PC holds, though later entries may be
                refused.setdefault(entry.id, PLACE_TAKEN)
            elif broken:
                refused.setdefault(entry.id, FOLLOWS_REFUSED)
            elif entry.id in refused:
                broken = True
            elif entry.seq != seq + 1:
                refused[entry.id] = chain_jump(entry.seq, seq + 1)
                broken = True
            elif entry.prev_hash != previous:
                refused[entry.id] = CHAIN_BROKEN
                broken = True
            else:
                seq, previous = entry.seq, entry.hash
