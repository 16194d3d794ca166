"""The sending school's signed key chain in a transfer bundle: which key material to send, and judging it on arrival.

A bundle proves where it comes from with public keys alone. It carries, as stored and signed, the sending school's
setup entry (the school root), the account entries, key changes, role and status changes that make the signing lead
(and each record's author) who they were, and the key material each signed record stands on (normally its sign-in
session's batch key, which names how far its writer had seen the school's chains). The receiving PC judges them with
the app's own rules: `domain.integrity.judge_chain` for hashes and signatures, `domain.keybook.KeyBook` for
authority at each entry's point in the order of signed entries. Nothing in the bundle about itself is believed: a
role, a key or a school name counts only as the chain from the school's setup entry makes it.

The fingerprint the two leads compare by telephone is a digest of the school root (its id, its setup entry and the
founding key that signed it), computed from the judged chain, never a value the bundle declares.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord
from desktop_app.domain.integrity import Link, judge_chain
from desktop_app.domain.key_material import MalformedKeyMaterial
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.transfer import format_code
from desktop_app.services.verified.kept import is_uuid

_ENTRY_FIELDS = ("id", "school_id", "device_id", "seq", "author_key_id", "subject", "occurred_at", "recorded_at")
_ACCOUNT_KINDS = (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS, EntryKind.ACCOUNT_ROLE, EntryKind.ACCOUNT_STATUS)
_MAX_KEY_MATERIAL = 20_000  # accounts, key changes and sessions' batch keys one child's file can stand on


class ChainDoesNotHold(ValueError):
    """The bundle's key chain does not prove what it must; the message says what failed."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def entry_json(entry: EntryRecord) -> dict[str, Any]:
    """An entry as the bundle carries it: every signed field, its hash and its signature."""
    item: dict[str, Any] = {name: getattr(entry, name) for name in _ENTRY_FIELDS}
    item.update(
        prev_hash=_b64(entry.prev_hash),
        public=_b64(entry.public) if entry.public is not None else None,
        sealed=_b64(entry.sealed) if entry.sealed is not None else None,
        hash=_b64(entry.hash),
        signature=_b64(entry.signature),
    )
    return item


def entry_from_json(item: Any) -> EntryRecord:
    """The entry an item of the bundle describes; raises ValueError (or KeyError, TypeError) when it is not one."""
    if not isinstance(item, dict):
        raise ValueError("not an entry")
    for name in ("id", "school_id", "device_id", "author_key_id"):
        if not isinstance(item[name], str):
            raise ValueError(f"{name} is not text")
    for name in ("seq", "occurred_at", "recorded_at"):
        if not isinstance(item[name], int) or isinstance(item[name], bool):
            raise ValueError(f"{name} is not a number")
    subject = item["subject"]
    if subject is not None and not isinstance(subject, str):
        raise ValueError("subject is not text")
    return EntryRecord(
        id=item["id"],
        school_id=item["school_id"],
        device_id=item["device_id"],
        seq=item["seq"],
        prev_hash=_unb64(item["prev_hash"]),
        author_key_id=item["author_key_id"],
        subject=subject,
        occurred_at=item["occurred_at"],
        recorded_at=item["recorded_at"],
        public=None if item.get("public") is None else _unb64(item["public"]),
        sealed=None if item.get("sealed") is None else _unb64(item["sealed"]),
        hash=_unb64(item["hash"]),
        signature=_unb64(item["signature"]),
    )


def _kind(entry: EntryRecord) -> str:
    try:
        data = entry.public_data()
    except ValueError:
        return ""
    kind = data.get("type") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else ""


def _account_of(entry: EntryRecord) -> str:
    if _kind(entry) == EntryKind.ACCOUNT:
        return entry.id
    account = entry.public_data().get("account_id", "")
    return account if isinstance(account, str) else ""


def school_fingerprint(school_id: str, school_entry_id: str, founder_signing_key: bytes) -> str:
    """The code two leads compare by telephone: SHA-256 of the school root (its id, its setup entry and the founding
    key that signed it), 80 bits in four groups of four characters."""
    digest = hashlib.sha256(
        b"concern-logger school root 2|"
        + school_id.encode()
        + b"|"
        + school_entry_id.encode()
        + b"|"
        + founder_signing_key
    ).digest()
    return format_code(digest[:10])


def fingerprint_of(book: KeyBook) -> str:
    """This school's fingerprint, from its judged key book (the root it was set up with)."""
    founder = book.signing_keys.get(book.founder_key_id)
    if not book.school_id or not book.school_entry_id or founder is None:
        raise ChainDoesNotHold("the school's setup entry or its founding key does not hold")
    return school_fingerprint(book.school_id, book.school_entry_id, founder.signing_public)


def key_chain(
    material: Iterable[EntryRecord], book: KeyBook, signed: Sequence[EntryRecord], anchor: EntryRecord
) -> list[EntryRecord]:
    """The key material a bundle must carry so that `signed` (the records sent) and the signing lead at `anchor` (the
    key material of the lead's session) can be judged with public keys alone: the school's setup entry; every
    account, key change, role and status change of each author and, in turn, of each author of those, back to the
    founder; and the key material each signed entry stands on (its author's newest on its device before it). Only
    what counts in this school's own judged key book is sent; staff who wrote nothing about the child are not
    named."""
    counts = {e.id: e for e in material if e.id in book.kinds and e.id not in book.refused}
    by_account: dict[str, list[EntryRecord]] = {}
    account_of_key: dict[str, str] = {}
    own: dict[tuple[str, str], list[EntryRecord]] = {}
    for entry in counts.values():
        kind = book.kinds[entry.id]
        if kind in _ACCOUNT_KINDS:
            by_account.setdefault(_account_of(entry), []).append(entry)
        if kind in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
            account_of_key[entry.id] = _account_of(entry)
        own.setdefault((entry.device_id, entry.author_key_id), []).append(entry)
    chosen: dict[str, EntryRecord] = {}
    root = counts.get(book.school_entry_id)
    if root is None:
        raise ChainDoesNotHold("this school's setup entry does not hold in its own store")
    chosen[root.id] = root
    if anchor.id not in counts:
        raise ChainDoesNotHold("the key of this sign-in session does not hold")
    chosen[anchor.id] = anchor
    for entry in signed:
        below = [k for k in own.get((entry.device_id, entry.author_key_id), []) if k.seq < entry.seq]
        if below:
            anchor = max(below, key=lambda k: k.seq)
            chosen[anchor.id] = anchor
    todo = {account_of_key.get(e.author_key_id, "") for e in [*signed, *chosen.values()]}
    done: set[str] = set()
    while todo:
        account = todo.pop()
        if account in done or not account:
            continue
        done.add(account)
        for entry in by_account.get(account, ()):
            chosen[entry.id] = entry
            todo.add(account_of_key.get(entry.author_key_id, ""))
    return sorted(chosen.values(), key=lambda e: (e.device_id, e.seq))


@dataclass(frozen=True, slots=True)
class ProvenSchool:
    """What a bundle's key chain proves: the sending school as its setup entry names it, its fingerprint, and the
    key book judged from that root (for judging the lead and each record at their points)."""

    school_id: str
    name: str
    fingerprint: str
    book: KeyBook


def judge_key_chain(material: Sequence[EntryRecord], signed: Sequence[EntryRecord]) -> ProvenSchool:
    """Judge the bundle's key material and signed records: every hash, link and signature (`judge_chain`, with the
    signing keys the key material declares), then authority from the one school root (`KeyBook`). Raises
    ChainDoesNotHold naming the first thing that fails."""
    if len(material) > _MAX_KEY_MATERIAL:
        raise ChainDoesNotHold("the bundle carries more key material than any school's file needs")
    everything = [*material, *signed]
    places: dict[tuple[str, int], str] = {}
    for entry in everything:
        if not (is_uuid(entry.id) and is_uuid(entry.device_id)):
            raise ChainDoesNotHold(f"entry {entry.id[:40]}: its id or its PC's id is not in the form the app writes")
        if places.setdefault((entry.device_id, entry.seq), entry.id) != entry.id:
            raise ChainDoesNotHold(f"entry {entry.id}: another entry in the bundle claims its place in its PC's chain")
    keys: dict[str, bytes] = {}
    for entry in material:
        if _kind(entry) in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
            try:
                keys.setdefault(entry.id, _unb64(entry.public_data().get("signing")))
            except ValueError:
                continue  # unreadable: the key book names it below
    by_device: dict[str, dict[str, EntryRecord]] = {}
    for entry in everything:
        by_device.setdefault(entry.device_id, {})[entry.id] = entry
    for device, entries in sorted(by_device.items()):
        links = [
            Link(e.id, e.seq, e.prev_hash, e.hash, e.compute_hash() == e.hash, e.author_key_id, e.signature)
            for e in entries.values()
        ]
        verdict = judge_chain(device, links, b"", keys.get, verify_signature)
        if verdict.failed:
            entry_id, why = sorted(verdict.failed.items())[0]
            raise ChainDoesNotHold(f"entry {entry_id}: {why}")
        ordered = sorted(entries.values(), key=lambda e: e.seq)
        for before, after in zip([None, *ordered], ordered, strict=False):
            follows = before.hash if before is not None and before.seq == after.seq - 1 else None
            if (after.seq == 1 and after.prev_hash != GENESIS_HASH) or (follows and after.prev_hash != follows):
                raise ChainDoesNotHold(f"entry {after.id}: does not follow the entry before it (a forked chain)")
    schools = [e for e in material if _kind(e) == EntryKind.SCHOOL]
    if len(schools) != 1:
        raise ChainDoesNotHold("the bundle must carry exactly one setup entry of its school")
    book = KeyBook(school_entry_id=schools[0].id)
    held: dict[str, int] = {}
    for entry in material:
        held[entry.device_id] = max(held.get(entry.device_id, 0), entry.seq)
    book.limit_to(held)
    try:
        for entry in material:
            book.add(entry, settle=False)
    except MalformedKeyMaterial as exc:
        raise ChainDoesNotHold(f"key material that cannot be read ({exc})") from exc
    book.settle()
    if not book.school_id or schools[0].id in book.refused:
        raise ChainDoesNotHold("the school's setup entry does not hold")
    return ProvenSchool(book.school_id, book.school_name, fingerprint_of(book), book)
