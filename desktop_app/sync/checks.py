"""Checking entries pulled from the hub before any is stored: integrity decides, authority is judged at use.

The hub is trusted with nothing: anyone who can write to it could put an entry there. Every pulled entry is
checked with public keys alone. Two kinds of finding are kept apart (design notes, "A refused entry never cuts off
a chain"):

- **Integrity**, which decides whether the entry is stored at all: its school is this PC's school; it is no bigger
  than `MAX_ENTRY_BYTES` (key material, batch keys included, no bigger than `MAX_KEY_MATERIAL_BYTES`; an oversized
  row is never even loaded: the hub sends its header only); its content matches its hash; its ids are in the form
  the app writes; key material can be read; its place in its device's chain (the next sequence number, the hash of
  the entry before it, held here or earlier in the pull); and its signature, its own or a later one of the same key
  over the chain that includes it (`domain.integrity.judge_chain`, the one judge the verified view uses too), by a
  key that key material which itself passed these checks declares. On a PC that joined with an enrolment file, the
  school entry and the team key must also be the ones the file names. An entry failing any of these cannot be linked
  to, so it is refused with its reason, and what follows it on its device with it.
- **Authority** (whether its author could make it at its point in the order of signed key material) never stops an
  entry being stored: an entry by a disabled account, a revoked lead or a member of staff writing a lead's kind is
  kept like any other, so the entries after it chain onto it, and the verified view quarantines it at every use
  with its reason, judging it again when key material changes. The pull only names it (`held_back`), judged with
  `seen` claims clamped to the chains this PC holds and is taking (`KeyBook.limit_to`), as at use.

Key material refused in one pass declares keys that signed other entries, so the checks repeat until nothing more
is refused.
"""

from __future__ import annotations

import binascii
import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord, size_problem
from desktop_app.domain.ids import is_canonical_id
from desktop_app.domain.integrity import ALTERED, BAD_SIGNATURE, UNKNOWN_SIGNER, Link, judge_chain
from desktop_app.domain.key_material import MalformedKeyMaterial, declared_signing_key, unb64
from desktop_app.domain.keybook import KeyBook, authority_problem
from desktop_app.sync.hub import PulledEntry, size_problem_of

Verifier = Callable[[bytes, bytes, bytes], bool]  # (signing public key, message, signature) -> the signature holds

__all__ = ["ALTERED", "BAD_SIGNATURE", "UNKNOWN_SIGNER", "Anchors", "PullOutcome", "check_pulled", "kind_of"]

ANOTHER_SCHOOL = "belongs to another school"
UNREADABLE = "key material that cannot be read"
DIFFERENT_COPY = "differs from the entry with the same id held on this PC"
SECOND_SCHOOL = "a second school entry (this PC already holds its school's)"
SCHOOL_MISMATCH = "school entry does not match the enrolment file"
SCHOOL_NOT_ANCHORED = "school entry not made by the lead who made the enrolled team key"
TEAM_KEY_MISMATCH = "team key does not match the enrolment file"
PLACE_TAKEN = "another entry already holds its place in its device's chain (a copied store?)"
CHAIN_BROKEN = "does not follow the previous entry of its device (chain broken)"
FOLLOWS_REFUSED = "follows a refused entry of its device"
NOT_OUR_FORM = "its id or its PC's id is not in the form the app writes"


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
    """The verdict on one pulled batch. `already_held`: id -> hub_seq of entries this PC holds already;
    `refused`: not stored (integrity), with why; `held_back`: stored, but not its author's to make (authority),
    with why: the verified view quarantines them at use."""

    accepted: list[PulledEntry] = field(default_factory=list)
    already_held: dict[str, int] = field(default_factory=dict)
    refused: list[tuple[PulledEntry, str]] = field(default_factory=list)
    held_back: list[tuple[PulledEntry, str]] = field(default_factory=list)


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
    chains_held: Mapping[str, int] | None = None,
) -> PullOutcome:
    """Sort a pulled batch (in hub order) into accepted, already held and refused (with the reason); of the
    accepted, `held_back` names those the verified view will not use, and why.

    `held`: id -> (hash, hub_seq) of pulled ids this PC holds; `heads`: device -> (seq, hash) of the last entry
    held of each device; `school_known`: this PC's store already holds its school entry; `chains_held`: how far
    this PC holds every device's chain (what `seen` claims are clamped to; without it, only the batch's devices).
    """
    outcome = PullOutcome()
    refused: dict[str, str] = {}
    candidates = _not_yet_held(pulled, held, refused, outcome)
    kinds, altered = _check_forms(candidates, anchors, refused)
    _check_until_settled(candidates, kinds, altered, refused, heads, local_key_material, anchors, school_known, verify)
    for item in pulled:
        why = refused.get(item.entry.id)
        if why is not None:
            outcome.refused.append((item, why))
    outcome.accepted = [item for item in candidates if item.entry.id not in refused]
    outcome.held_back = _authority(outcome.accepted, local_key_material, heads, chains_held)
    return outcome


def _not_yet_held(
    pulled: Sequence[PulledEntry],
    held: dict[str, tuple[bytes, int | None]],
    refused: dict[str, str],
    outcome: PullOutcome,
) -> list[PulledEntry]:
    """The pulled entries this PC does not hold yet; a held one pulled in a different copy is refused, and one held
    under another hub place is noted in `outcome.already_held`."""
    candidates: list[PulledEntry] = []
    for item in pulled:
        copy = held.get(item.entry.id)
        if copy is None:
            candidates.append(item)
        elif copy[0] != item.entry.hash:
            refused[item.entry.id] = DIFFERENT_COPY
        elif copy[1] != item.hub_seq:
            outcome.already_held[item.entry.id] = item.hub_seq
    return candidates


def _check_forms(
    candidates: Sequence[PulledEntry], anchors: Anchors, refused: dict[str, str]
) -> tuple[dict[str, str], set[str]]:
    """Each candidate's size, hash, school, ids and public kind checked on its own; returns the kinds of those with
    public content, and the ids of those altered (or too big to load), whose signatures are not to be trusted."""
    kinds: dict[str, str] = {}
    altered: set[str] = set()
    for item in candidates:
        entry = item.entry
        if item.oversize is not None:
            refused[entry.id] = size_problem_of(item.oversize)
            altered.add(entry.id)  # its content was never loaded: nothing in it can be checked
        elif (too_big := size_problem(entry, kind_of)) is not None:
            refused[entry.id] = too_big
            altered.add(entry.id)
        elif entry.compute_hash() != entry.hash:
            refused[entry.id] = ALTERED
            altered.add(entry.id)
        elif entry.school_id != anchors.school_id:
            refused[entry.id] = ANOTHER_SCHOOL
        elif not (is_canonical_id(entry.id) and is_canonical_id(entry.device_id)):
            refused[entry.id] = NOT_OUR_FORM
        elif entry.public is not None:
            kind = kind_of(entry)
            if kind is None:
                refused[entry.id] = UNREADABLE
            else:
                kinds[entry.id] = kind
    return kinds, altered


def _check_until_settled(
    candidates: Sequence[PulledEntry],
    kinds: dict[str, str],
    altered: set[str],
    refused: dict[str, str],
    heads: dict[str, tuple[int, bytes]],
    local_key_material: list[EntryRecord],
    anchors: Anchors,
    school_known: bool,
    verify: Verifier,
) -> None:
    """Anchors, signatures and chains checked over and over until a pass refuses nothing more (a refused key entry
    refused can take away the key or the anchor another one needs); each signature is verified once."""
    local_keys = {e.id: key for e in local_key_material if (key := declared_signing_key(e)) is not None}
    memo: dict[tuple[bytes, bytes, bytes], bool] = {}

    def remembered(public: bytes, message: bytes, signature: bytes) -> bool:
        found = memo.get((public, message, signature))
        if found is None:
            found = memo[(public, message, signature)] = verify(public, message, signature)
        return found

    while True:
        before = len(refused)
        _check_anchors(candidates, kinds, refused, anchors, school_known, local_key_material)
        keys = dict(local_keys)
        for item in candidates:
            if item.entry.id not in refused and (key := declared_signing_key(item.entry)) is not None:
                keys.setdefault(item.entry.id, key)
        _check_signatures(candidates, heads, keys, refused, altered, remembered)
        _check_chains(candidates, heads, refused)
        if len(refused) == before:
            break


def _authority(
    accepted: Sequence[PulledEntry],
    local_key_material: list[EntryRecord],
    heads: dict[str, tuple[int, bytes]],
    chains_held: Mapping[str, int] | None,
) -> list[tuple[PulledEntry, str]]:
    """Of entries accepted, those whose author could not make them at their point (stored all the same; the
    verified view quarantines them at use), judged with `seen` clamped to what this PC will hold."""
    limits = dict(chains_held) if chains_held is not None else {d: seq for d, (seq, _) in heads.items()}
    for item in accepted:
        limits[item.entry.device_id] = max(limits.get(item.entry.device_id, 0), item.entry.seq)
    book = KeyBook(school_entry_id="")
    book.limit_to(limits)
    for entry in [*local_key_material, *(i.entry for i in accepted if i.entry.public is not None)]:
        try:
            book.add(entry, settle=False)
        except MalformedKeyMaterial:
            continue  # refused above when pulled; a local one is the view's to name
    book.settle()
    held_back = []
    for item in accepted:
        why = authority_problem(book, item.entry)
        if why is not None:
            held_back.append((item, why))
    return held_back


def _check_signatures(
    candidates: Sequence[PulledEntry],
    heads: dict[str, tuple[int, bytes]],
    keys: dict[str, bytes],
    refused: dict[str, str],
    altered: set[str],
    verify: Verifier,
) -> None:
    """Each device's entries judged by `domain.integrity.judge_chain` on top of the head this PC holds: one
    signature per key and stretch of chain vouches for that key's entries below it (the same rule as the view)."""
    by_device: dict[str, list[EntryRecord]] = defaultdict(list)
    for item in candidates:
        by_device[item.entry.device_id].append(item.entry)
    for device, entries in by_device.items():
        links = [
            Link(e.id, e.seq, e.prev_hash, e.hash, e.id not in altered, e.author_key_id, e.signature) for e in entries
        ]
        start = heads.get(device, (0, GENESIS_HASH))
        verdict = judge_chain(device, links, b"", keys.get, verify, head=start)
        for entry_id, why in verdict.failed.items():
            refused.setdefault(entry_id, why)


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
