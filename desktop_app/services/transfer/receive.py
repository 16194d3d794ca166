"""Receiving a child's file from the previous school: the bundle judged in full, the fingerprint heard by telephone
compared, then the file added; and the receipt recorded at the sending school when its code is read back.

Whatever fails (a key chain that does not hold, a signer who was not a lead at the point it signed, a record whose
hash, signature or author's authority fails, a fingerprint other than the one the receiving lead was given) refuses
the whole bundle with one plain message, and nothing is written.
"""

from __future__ import annotations

import base64
import hmac
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.documents import document_from, received_document_problem
from desktop_app.domain.entries import ANYONE_MAY_WRITE, EntryKind, EntryRecord, canonical_json, from_millis
from desktop_app.domain.fold import unreadable_records
from desktop_app.domain.ids import new_person_id
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.domain.records import Pupil, Role, SchoolState
from desktop_app.domain.transfer import (
    MANIFEST_FORMAT,
    MAX_BUNDLE_BYTES,
    TransferIn,
    TransferOut,
    imported_record,
    normalise_code,
)
from desktop_app.file_limits import read_limited
from desktop_app.services.concerns import file_state_by_upn
from desktop_app.services.directory import find_pupil, load_directory
from desktop_app.services.directory_keys import sealing_recipient
from desktop_app.services.documents import store_received_bytes
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.transfer.bundle import TransferRefused, open_bundle, receipt_code
from desktop_app.services.transfer.chain import ChainDoesNotHold, ProvenSchool, entry_from_json, judge_key_chain
from desktop_app.services.uow import UnitOfWork

NOT_PROVEN = (
    "Refused, nothing was imported: this bundle does not prove that a designated safeguarding lead of the school it "
    "comes from sent it (it may be forged or altered: {why}). Ask the sending school to export the file again."
)
WRONG_FINGERPRINT = (
    "Refused, nothing was imported: this bundle was not signed by the school whose fingerprint you were given. "
    "Do not use it; phone the sending school on a number you look up yourself and check."
)
NO_FINGERPRINT = (
    "Give the sending school's fingerprint as its designated lead reads it to you by telephone (four groups of four "
    "characters, shown to them when they sent the file)."
)


@dataclass(frozen=True, slots=True)
class CheckedBundle:
    """A bundle whose key chain, signatures and authority all hold (not yet compared with a fingerprint)."""

    transfer_id: str
    key: bytes
    body: bytes
    manifest: dict[str, Any]
    school: ProvenSchool
    records: list[dict[str, Any]]
    documents: dict[str, bytes] = field(default_factory=dict)  # each document record's bytes, checked, by its id

    @property
    def fingerprint(self) -> str:
        return self.school.fingerprint

    @property
    def from_school(self) -> str:
        return self.school.name

    @property
    def pupil(self) -> Pupil:
        return Pupil.from_payload(self.manifest["pupil"])

    @property
    def sent_by(self) -> str:
        return self._name(self.manifest["sent_by"])

    def _name(self, key_id: str) -> str:
        named = self.manifest["names"].get(key_id, {})
        name, title = str(named.get("name", "")), str(named.get("job_title", ""))
        return (name + (f" ({title})" if title else "")).strip()


@dataclass(frozen=True, slots=True)
class TransferReceived:
    transfer_id: str
    pupil: Pupil
    from_school: str
    fingerprint: str
    records: int
    receipt_code: str
    new_pupil: bool


def _same_child(held: Pupil, sent: Pupil) -> bool:
    """Whether the child this school holds under a UPN is the bundle's: the same date of birth, and the same
    surname or forename (case and accents aside: a school may hold a preferred or corrected spelling of one)."""

    def folded(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())

    if held.date_of_birth != sent.date_of_birth:
        return False
    return folded(held.surname) == folded(sent.surname) or folded(held.forename) == folded(sent.forename)


def _refuse(why: str) -> TransferRefused:
    return TransferRefused(NOT_PROVEN.format(why=why))


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _read(transfer_id: str, body: bytes) -> tuple[dict[str, Any], bytes, list[EntryRecord], list[EntryRecord]]:
    try:
        signed = json.loads(body)
        manifest, signature = signed["manifest"], _unb64(signed["signature"])
        if not isinstance(manifest, dict):
            raise ValueError("the manifest is not an object")
        material = [entry_from_json(item) for item in manifest["key_material"]]
        entries = [entry_from_json(item) for item in manifest["entries"]]
        for item in manifest["entries"]:
            if not isinstance(item["content"], dict) or not isinstance(item["content"].get("kind"), str):
                raise ValueError("a record's content is not in the expected form")
        Pupil.from_payload(manifest["pupil"])
        for name in ("sent_by", "anchor", "school_id", "school_entry"):
            if not isinstance(manifest[name], str):
                raise ValueError(f"{name} is not text")
        if not isinstance(manifest["sent_at"], int) or isinstance(manifest["sent_at"], bool):
            raise ValueError("sent_at is not a time")
        if not isinstance(manifest["names"], dict) or not all(isinstance(v, dict) for v in manifest["names"].values()):
            raise ValueError("the authors' names are not in the expected form")
        carried = manifest.get("documents", {})
        if not isinstance(carried, dict) or not all(isinstance(v, str) for v in carried.values()):
            raise ValueError("the documents are not in the expected form")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _refuse(f"its content is not in the expected form ({exc})") from exc
    if manifest.get("format") != MANIFEST_FORMAT or manifest.get("transfer_id") != transfer_id:
        raise _refuse("the manifest does not belong to this bundle")
    if any(e.public is None for e in material) or any(e.public is not None for e in entries):
        raise _refuse("its key material and its records are mixed up")
    return manifest, signature, material, entries


def _assigned(entries: list[EntryRecord], items: list[dict[str, Any]], book: KeyBook) -> dict[str, str]:
    """Each action in the file written by a lead at its point, and the account it was assigned to (its owner)."""
    owners = {}
    for entry, item in zip(entries, items, strict=True):
        content = item["content"]
        if content.get("kind") != EntryKind.ACTION or not isinstance(content.get("owner"), str):
            continue
        if book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=True) is None:
            owners[entry.id] = content["owner"]
    return owners


def _signed_later_than_it_says(book: KeyBook, key_id: str, anchor: EntryRecord) -> bool:
    """A bundle's key material is chosen when it is signed, and an entry's hash cannot be known before it is made:
    so a disabling or demotion of the signer inside the bundle existed when it was signed. If the point the bundle
    names does not know it, the signer claims an earlier point than they had (a former lead's old session)."""
    account = book.account_of_key(key_id)
    if account is None:
        return True
    restricting = [
        c.entry_id
        for c in account.changes
        if (c.field == "active" and c.value == "false") or (c.field == "role" and c.value != Role.LEAD.value)
    ]
    return any(not book.knows(key_id, anchor.device_id, anchor.seq + 1, r) for r in restricting)


def check_bundle(data: bytes, passphrase: str) -> CheckedBundle:
    """Open a bundle and judge it in full: the sending school's key chain from its setup entry, the lead who signed
    it at the point it signed, the signature over everything, and every record's hash, signature and author's
    authority. Raises TransferRefused (one plain message) when anything fails."""
    transfer_id, key, body = open_bundle(data, passphrase)
    manifest, signature, material, entries = _read(transfer_id, body)
    try:
        school = judge_key_chain(material, entries)
    except ChainDoesNotHold as exc:
        raise _refuse(str(exc)) from exc
    _check_sender(manifest, signature, material, school)
    records = _checked_records(entries, manifest, school)
    checked = CheckedBundle(transfer_id, key, body, manifest, school, records, _documents(manifest, records))
    for record in records:
        record["author"] = checked._name(record["author"]) or "unknown author"
    _refuse_unreadable(transfer_id, school, records)
    return checked


def _check_sender(
    manifest: dict[str, Any], signature: bytes, material: list[EntryRecord], school: ProvenSchool
) -> None:
    """The bundle names the school whose key chain it carries, and a lead of it signed it at the point it says,
    over everything; else TransferRefused."""
    book = school.book
    if manifest["school_id"] != school.school_id or manifest["school_entry"] != book.school_entry_id:
        raise _refuse("the school it names is not the school whose key chain it carries")
    sender = book.signing_keys.get(manifest["sent_by"])
    anchor = next((e for e in material if e.id == manifest["anchor"]), None)
    if sender is None or anchor is None or anchor.author_key_id != sender.key_id:
        raise _refuse("it is signed by a key the school's key chain does not hold")
    why = book.entry_problem(sender.key_id, anchor.device_id, anchor.seq + 1, lead_only=True)
    if why is not None:
        raise _refuse(f"the person who signed it could not send a child's file at that point: {why}")
    if _signed_later_than_it_says(book, sender.key_id, anchor):
        raise _refuse(
            "it carries the removal of its signer's lead role or account, which the point it says it was signed at "
            "did not know: it was signed later, by someone who was no longer a lead"
        )
    if not verify_signature(sender.signing_public, canonical_json(manifest), signature):
        raise _refuse("the sending lead's signature over the bundle does not match (altered or forged)")


def _checked_records(
    entries: list[EntryRecord], manifest: dict[str, Any], school: ProvenSchool
) -> list[dict[str, Any]]:
    """The file's records, each of the school and about the child, each its author's to write at its point (the
    child's directory entry is checked, not kept); else TransferRefused."""
    book = school.book
    pupil_id = manifest["pupil"].get("pupil_id")
    records: list[dict[str, Any]] = []
    assigned = _assigned(entries, manifest["entries"], book)
    for entry, item in zip(entries, manifest["entries"], strict=True):
        content = dict(item["content"])
        kind = content.pop("kind")
        if entry.school_id != school.school_id:
            raise _refuse(f"entry {entry.id} belongs to another school")
        if entry.subject != pupil_id:
            raise _refuse(f"entry {entry.id} is about another child")
        lead_only = kind not in ANYONE_MAY_WRITE
        author = book.signing_keys.get(entry.author_key_id)
        if kind == EntryKind.ACTION_DONE and author is not None:  # the owner of an action in the file may mark it done
            lead_only = assigned.get(str(content.get("action", ""))) != author.account_id
        why = book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=lead_only)
        if why is not None:
            raise _refuse(f"entry {entry.id}: {why}")
        if kind == EntryKind.PUPIL:
            continue
        records.append(
            {
                "entry_id": entry.id,
                "kind": kind,
                "occurred_at": entry.occurred_at,
                "recorded_at": entry.recorded_at,
                "author": entry.author_key_id,
                "hash": entry.hash.hex(),
                "content": content,
            }
        )
    return records


def _refuse_unreadable(transfer_id: str, school: ProvenSchool, records: list[dict[str, Any]]) -> None:
    """TransferRefused when any record is in no form this version writes (it could not be taken in)."""
    taken = tuple(r for r in (imported_record(item) for item in records) if r)
    trial = TransferIn(
        "check", "check", transfer_id, school.name, "", from_millis(0), "", "", taken, "", from_millis(0)
    )
    unreadable = unreadable_records(trial)
    if unreadable:
        raise TransferRefused(
            f"Refused, nothing was imported: {len(unreadable)} of the file's records are not in a form this version "
            f"of Concern Logger writes (the first: {unreadable[0]}). Ask the sending school to check its version and "
            "export the file again."
        )


def _documents(manifest: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, bytes]:
    """Each document record's bytes from the manifest, checked against what its signed entry records: the size,
    each chunk's length and SHA-256 at its place, and the whole file's SHA-256 (`received_document_problem`)."""
    carried, found = manifest.get("documents", {}), {}
    for record in records:
        if record["kind"] != EntryKind.DOCUMENT:
            continue
        try:
            data = _unb64(carried[record["entry_id"]])
            document = document_from(record["content"], record["entry_id"], "", from_millis(0), "", from_millis(0))
        except (KeyError, ValueError) as exc:
            raise _refuse(f"document {record['entry_id']} is not carried in the expected form ({exc})") from exc
        why = received_document_problem(document, data)
        if why:
            raise _refuse(f"document {record['entry_id']} ({document.name!r}) {why}")
        found[record["entry_id"]] = data
    return found


def fingerprint_matches(checked: CheckedBundle, heard: str) -> bool:
    """Whether the fingerprint the receiving lead heard by telephone is the bundle's school's (as its root makes
    it), however it was typed (case, spaces, dashes, look-alike letters)."""
    return hmac.compare_digest(normalise_code(heard), normalise_code(checked.fingerprint))


def import_transfer(session: Session, data: bytes, passphrase: str, fingerprint: str) -> TransferReceived:
    """Check a bundle in full, compare its school's fingerprint with the one the receiving lead was given by
    telephone (`fingerprint`) and, only if all holds, add the child's file to this school's store."""
    session.require_lead()
    if not normalise_code(fingerprint):
        raise TransferRefused(NO_FINGERPRINT)
    checked = check_bundle(data, passphrase)
    if not fingerprint_matches(checked, fingerprint):
        raise TransferRefused(WRONG_FINGERPRINT)
    if checked.school.school_id == session.school_id:
        raise TransferRefused("Refused: this bundle was made by this school; import it at the receiving school.")
    state = load_state(session)
    held = state.transfers.imported(checked.transfer_id)
    if held is not None:
        raise TransferRefused(
            f"Refused: this transfer was already imported on {held.at.astimezone():%d %b %Y %H:%M}; nothing new "
            "was written."
        )
    sent = checked.pupil
    directory = load_directory(session)
    pupil, new_pupil = directory.pupil_by_upn(sent.upn), False
    if pupil is not None and not _same_child(pupil, sent):
        born = f"{sent.date_of_birth:%d %b %Y}" if sent.date_of_birth else "date of birth not given"
        raise TransferRefused(
            f"Refused, nothing was imported: the bundle's child ({sent.full_name}, born {born}) is not the child this "
            f"school holds under UPN {pupil.upn} ({pupil.full_name}). Check the UPN with the sending school."
        )
    code = receipt_code(checked.key, checked.transfer_id, checked.body)
    if pupil is None:  # its id first: a received document's chunks are sealed under the child's file key
        new_pupil = True
        pupil = Pupil.from_payload({**sent.to_payload(), "pupil_id": new_person_id()})
    records = [_stored_here(session, state, pupil.pupil_id, record, checked.documents) for record in checked.records]
    _write_received(session, checked, pupil, new_pupil, code, records)
    return TransferReceived(
        checked.transfer_id, pupil, checked.from_school, checked.fingerprint, len(checked.records), code, new_pupil
    )


def _write_received(
    session: Session,
    checked: CheckedBundle,
    pupil: Pupil,
    new_pupil: bool,
    code: str,
    records: list[dict[str, Any]],
) -> None:
    """In one unit of work: the child (when new to this school), the `transfer.in` entry holding the received
    records, and the file's status as transferred in."""
    with UnitOfWork(session) as uow:
        if new_pupil:
            content = pupil.to_payload()
            content.pop("pupil_id")
            uow.record(EntryKind.PUPIL, content, subject=pupil.pupil_id, recipients=[sealing_recipient(session, uow)])
        uow.record(
            EntryKind.TRANSFER_IN,
            {
                "transfer_id": checked.transfer_id,
                "from_school": checked.from_school,
                "from_school_id": checked.school.school_id,
                "fingerprint": checked.fingerprint,
                "sent_at": checked.manifest.get("sent_at"),
                "sent_by": checked.sent_by,
                "receipt_code": code,
                "records": records,
            },
            subject=pupil.pupil_id,
            occurred_at=from_millis(checked.manifest["sent_at"]),
        )
        uow.record(
            EntryKind.FILE_STATUS,
            {"status": FileStatusCode.TRANSFERRED_IN.value, "note": f"Received from {checked.from_school}"},
            subject=pupil.pupil_id,
        )
        uow.commit()


def _stored_here(
    session: Session, state: SchoolState, pupil_id: str, record: dict[str, Any], documents: dict[str, bytes]
) -> dict[str, Any]:
    """A received record as the `transfer.in` entry keeps it; a document's bytes are first written as this school's
    own chunks (stored once per content), and its record names them in place of the sending school's."""
    data = documents.get(record["entry_id"])
    if record["kind"] != EntryKind.DOCUMENT or data is None:
        return record
    content = record["content"]
    name, sha256 = str(content.get("name", "")), str(content.get("sha256", ""))
    refs = store_received_bytes(session, state, pupil_id, name, data, sha256)
    return {**record, "content": {**content, "chunks": [[r.entry_id, r.sha256, r.size] for r in refs]}}


def import_transfer_file(session: Session, path: Path, passphrase: str, fingerprint: str) -> TransferReceived:
    """`import_transfer` of the bundle file at `path` (size-checked before it is read)."""
    try:
        data = read_limited(path, MAX_BUNDLE_BYTES, "a transfer bundle")
    except OSError as exc:
        raise TransferRefused(f"The bundle {path} cannot be read ({exc.strerror}); nothing was imported.") from exc
    return import_transfer(session, data, passphrase, fingerprint)


def record_receipt(session: Session, upn: str, code: str, state: SchoolState | None = None) -> TransferOut:
    """The receiving school's receipt code, read back and typed in: the transfer is complete, its deadline cleared."""
    session.require_lead()
    state = state or file_state_by_upn(session, upn)
    pupil = find_pupil(state, upn)
    waiting = [t for t in state.transfers.outs_for(pupil.pupil_id) if state.transfers.receipt_of(t.transfer_id) is None]
    if not waiting:
        raise NotFound(f"No transfer of {pupil.full_name}'s file is awaiting receipt.")
    typed = normalise_code(code)
    match = next((t for t in waiting if hmac.compare_digest(normalise_code(t.receipt_code), typed)), None)
    if match is None:
        raise ServiceError(
            "That receipt code does not match the transfer awaiting receipt; check it with the receiving school."
        )
    with UnitOfWork(session) as uow:
        uow.record(
            EntryKind.TRANSFER_RECEIPT,
            {"transfer_id": match.transfer_id, "to_school": match.to_school},
            subject=pupil.pupil_id,
        )
        uow.commit()
    return match
