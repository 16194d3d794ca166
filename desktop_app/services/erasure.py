"""Erasing a child's file by destroying its keys (crypto-shredding): the lead's erasure and its signed tombstone.

A file a lead closed for erasure (services/retention.py) is erased by a public, lead-signed tombstone
(`retention.erased`, key material naming only the opaque child, the closing tombstone and the file key ids) and by
deleting the child's file keys from the key shelf on this PC; every other PC deletes its copies when it takes in the
tombstone and finds it holds up (sync), and the hub's through `shred` (sync/hub.py). Records sealed under a file key
(envelope version 3) then open with no key that exists; records written before file keys existed (version 1) are
only closed. What keeps the key all the same, said wherever erasure is offered: backups made before the erasure,
transfer bundles already sent, and any PC that never syncs again.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.envelope_layout import FILE_KEY_ENVELOPE_VERSION, file_key_id
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.services.content import decode_content
from desktop_app.services.erasures import erasures_in
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.session import Session
from desktop_app.services.snapshot import SNAPSHOT_DIR
from desktop_app.services.uow import UnitOfWork
from desktop_app.storage.store import SchoolStore

FOLDED_SUFFIXES = (".state", ".workspace")  # services/folded.py's snapshots: what was folded, in plaintext when opened
LIMITS = (
    "What erasure cannot reach: backups of the store made before the erasure, transfer bundles and packs already "
    "sent, and any PC that never syncs again keep the key; records written before file keys existed are only "
    "closed (hidden, still encrypted under keys that remain)."
)


@dataclass(frozen=True, slots=True)
class ErasedFile:
    """What erasing one file did: the tombstone's id, the file keys destroyed on this PC, how many records were sealed
    under them (erased) and how many were written before file keys existed (only closed)."""

    entry_id: str
    file_keys: tuple[str, ...]
    erased: int
    only_closed: int


def records_about(store: SchoolStore, subject: str, closing: str = "", keys: tuple[str, ...] = ()) -> tuple[int, int]:
    """(entries sealed under a file key, records written before file keys) about a child, from their headers alone:
    the child's records, and the documents' chunks under any file key of the child's (those its records name, and
    `keys`). The closing tombstone (`closing`), kept openable on purpose, is in neither."""
    under, before, key_ids = 0, 0, set(keys)
    for entry in store.log.entries_about([subject]):
        if entry.sealed is None or entry.public is not None or entry.id == closing:
            continue
        key_id = file_key_id(entry.sealed) if entry.sealed[0] == FILE_KEY_ENVELOPE_VERSION else None
        if key_id is not None:
            under += 1
            key_ids.add(key_id)
        else:
            before += 1
    return under + store.log.chunks_under(sorted(key_ids)), before


def forget_snapshots(store: SchoolStore) -> int:
    """Delete every account's folded snapshot on this PC (they may hold what was folded of an erased file before it
    was closed); each account folds afresh at its next sign-in. Returns how many there were."""
    folder = store.data_dir / SNAPSHOT_DIR
    removed = 0
    for path in sorted(folder.glob("*")) if folder.is_dir() else ():
        if path.is_file() and path.suffix in FOLDED_SUFFIXES:  # not the verified prefixes nor the checkpoint
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def apply_erasures(store: SchoolStore, book: KeyBook) -> list[str]:
    """Delete this PC's file keys of every child whose erasure holds up, and the snapshots with them; returns the
    children whose keys were deleted now. A tombstone that does not hold up (a member of staff's, a revoked lead's,
    a forged one) deletes nothing."""
    erased = erasures_in(book, store)
    held = store.shelf.subjects() & set(erased)
    if not held:
        return []
    store.shelf.remove_subjects(sorted(held))
    forget_snapshots(store)
    return sorted(held)


@dataclass(frozen=True, slots=True)
class ClosedChild:
    """A file closed for erasure as a lead finds it to erase: the child as the roster said (None once the roster
    entry was erased or never opened here), whether an erasure that holds up names the child, and how many of the
    child's file keys this PC still holds."""

    pupil_id: str
    pupil: Pupil | None
    erased: bool
    keys_here: int


def closed_files(session: Session, state: SchoolState, *, erasable_only: bool = False) -> list[ClosedChild]:
    """Every file closed for erasure (a lead only), with the child's roster details where they still open: the fold
    leaves the child out, so the roster entry is read here, by the child's opaque id, for the lead to choose. With
    `erasable_only`, the files there is something to erase of (not erased, or a key made since): the erased ones'
    records are not opened again each time the review list is read."""
    session.require_lead()
    erased = erasures_in(session.keybook, session.store)
    found = []
    for pupil_id in sorted(state.lead.closed_for_erasure):
        keys_here = len(session.store.shelf.of_subject(pupil_id))
        if erasable_only and pupil_id in erased and not keys_here:
            continue
        found.append(ClosedChild(pupil_id, _roster_entry(session, pupil_id), pupil_id in erased, keys_here))
    return sorted(found, key=lambda c: (c.pupil.full_name if c.pupil else "~", c.pupil_id))


def find_closed(session: Session, state: SchoolState, upn: str) -> ClosedChild:
    """The closed file of the child with this UPN; NotFound when no closed file has it."""
    wanted = upn.strip().upper()
    for child in closed_files(session, state):
        if child.pupil is not None and child.pupil.upn.upper() == wanted:
            return child
    raise NotFound(
        f"No file closed for erasure is that of UPN {wanted}: close it first (retention close UPN). A file erased "
        "already has no roster entry that opens, so its UPN is no longer known here."
    )


def _roster_entry(session: Session, pupil_id: str) -> Pupil | None:
    newest: tuple[int, str] | None = None
    pupil = None
    for entry in session.view.entries_about(pupil_id):
        if entry.sealed is None or entry.public is not None:
            continue
        try:
            content = decode_content(session.keyring.open_bytes(entry))
        except (CannotOpen, ValueError):
            continue
        if not isinstance(content, dict) or content.get("kind") != EntryKind.PUPIL:
            continue
        if newest is None or (entry.recorded_at, entry.id) > newest:
            body = {k: v for k, v in content.items() if k != "kind"}
            try:
                pupil, newest = Pupil.from_payload({**body, "pupil_id": pupil_id}), (entry.recorded_at, entry.id)
            except (TypeError, ValueError, KeyError):
                continue
    return pupil


def erase_file(session: Session, state: SchoolState, pupil_id: str) -> ErasedFile:
    """Erase a file a lead closed for erasure: write the tombstone, delete the child's file keys on this PC and the
    snapshots. A file erased before may be erased again (a PC that had not synced wrote about the child and made a
    key since): a new tombstone names the keys found."""
    session.require_lead()
    closing = state.lead.closed_for_erasure.get(pupil_id)
    if closing is None:
        raise NotFound("Only a file closed for erasure can be erased: close it first (retention close UPN).")
    rows = session.store.shelf.of_subject(pupil_id)
    erased_before = pupil_id in erasures_in(session.keybook, session.store)
    if erased_before and not rows:
        raise ServiceError("This file is erased already: this PC holds none of its keys.")
    keys = tuple(row.key_id for row in rows)
    with UnitOfWork(session) as uow:
        entry_id = uow.record_public(
            {"type": EntryKind.RETENTION_ERASED, "closed": closing.entry_id, "file_keys": list(keys)}, subject=pupil_id
        )
        uow.commit()
    session.store.shelf.remove_subjects([pupil_id])
    session.keyring.forget_file_keys()
    forget_snapshots(session.store)
    under, before = records_about(session.store, pupil_id, closing.entry_id, keys)
    return ErasedFile(entry_id, keys, under, before)
