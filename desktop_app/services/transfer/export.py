"""Sending a child's child-protection file to the next school: the transfer pack (a PDF) and the bundle.

* **Confidential in transit.** The bundle's content is sealed (AES-256-GCM) under a fresh transfer key, wrapped
  (Argon2id) under the *bundle passphrase*. The PDF is encrypted (AES-256, revision 6) under the *PDF password*, a
  second, independent secret (design note 17). The sending lead gives both to the receiving lead by telephone.
* **Proven with public keys alone.** The bundle carries the records as stored (hash, signature) with their opened
  content, and the sending school's key chain from its setup entry (`chain.py`); the manifest (school root, child,
  records, key chain) is signed by the sending lead at a point in the school's chains: the batch key of the lead's
  sign-in session, which names how far it had seen them. The receiving PC judges all of it with the app's own rules.
* **The fingerprint** shown at export is a digest of this school's root: the receiving lead hears it by telephone
  and types it in before anything is imported. The PDF does not print it: it must be heard, not copied.
* **Documents, by choice:** each chosen document's entry and its bytes (checked chunk by chunk as they are read) go
  in the signed manifest, so they are sealed as the bundle is; the receiving school checks them against the hashes
  the document entry records and stores them as its own chunks (design note 59). Documents not chosen stay here.
* **Not sent:** the access audit, transfers, attendance marks, documents not chosen, and key material of staff who
  wrote nothing about the child.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, to_millis
from desktop_app.domain.ids import new_id
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.domain.leavers import send_deadline
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.domain.transfer import BUNDLE_SUFFIX, MANIFEST_FORMAT, receipt_due
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.reports.attachments import DocumentNotPrintable
from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.inputs import IncludedDocument, TransferPackInput
from desktop_app.reports.transfer_pack import build_transfer_pack
from desktop_app.services.concerns import file_state_by_upn
from desktop_app.services.directory import categories, find_pupil
from desktop_app.services.documents import chosen_documents, documents_for_pack
from desktop_app.services.errors import ServiceError
from desktop_app.services.pack_files import Hashes, StagedFile, files_for_pack, new_pack_id
from desktop_app.services.session import Session
from desktop_app.services.transfer.bundle import receipt_code, seal_bundle, wrapped_transfer_key
from desktop_app.services.transfer.chain import ChainDoesNotHold, entry_json, fingerprint_of, key_chain
from desktop_app.services.transfer.passphrases import check_transfer_secrets
from desktop_app.services.uow import UnitOfWork, now_utc

_NOT_SENT = {
    EntryKind.FILE_VIEWED,
    EntryKind.FILE_EXPORTED,
    EntryKind.FILE_PRINTED,
    EntryKind.TRANSFER_OUT,
    EntryKind.TRANSFER_RECEIPT,
    EntryKind.ATTENDANCE,  # the school's own MIS marks: the receiving school has its own (design note 43)
    EntryKind.DOCUMENT_WITHDRAWN,  # a withdrawn document is not sent, so neither is its withdrawal
}


@dataclass(frozen=True, slots=True)
class TransferSent:
    transfer_id: str
    pack_id: str
    pdf: Path
    bundle: Path
    due_at: datetime
    fingerprint: str
    entries: int
    documents: int = 0  # documents carried in the bundle (and printed in the pack)


def school_fingerprint_of(session: Session) -> str:
    """This school's fingerprint, to read to a receiving lead (or to hear from a sending one)."""
    try:
        return fingerprint_of(session.keybook)
    except ChainDoesNotHold as exc:
        raise ServiceError(f"This school's fingerprint cannot be shown: {exc}.") from exc


def _safe_file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "pupil"


def _names(session: Session, state: SchoolState, author_keys: set[str]) -> dict[str, Any]:
    """Each author's name and job title as this school knows them (sealed staff data, vouched for by the lead)."""
    names = {}
    for key_id in sorted(author_keys | {session.key.key_id}):
        key = session.keybook.signing_keys.get(key_id)
        member = state.staff.get(key.account_id) if key else None
        names[key_id] = {"name": member.full_name if member else "", "job_title": member.job_title if member else ""}
    return names


def _session_anchor(session: Session) -> EntryRecord:
    """The batch key of this sign-in session (written with the access audit if the session had none yet): the
    point, in the order of signed entries, at which the lead signs the bundle."""
    batch = session.batch and session.keybook.batches.get(session.batch[0])
    if not batch:
        raise ServiceError("This sign-in session has no key of its own to sign with; sign out and in again.")
    why = session.keybook.entry_problem(session.key.key_id, batch.device_id, batch.seq + 1, lead_only=True)
    if why is not None:
        raise ServiceError(f"This account cannot send a child's file: {why}.")
    return batch


def build_manifest(
    session: Session,
    state: SchoolState,
    pupil: Pupil,
    anchor: EntryRecord,
    transfer_id: str,
    to_school: str,
    now: datetime,
    due_at: datetime,
    documents: Mapping[str, bytes] | None = None,
) -> dict[str, Any]:
    """What the lead signs: the school root it comes from, the child, every record sent (as stored, with its opened
    content and its authors' names), the chosen `documents`' bytes (by document entry id, already checked), and the
    key chain that proves who wrote each and who sends it (at `anchor`)."""
    documents = documents or {}
    sent, records, authors = [], [], set()
    for entry in session.view.entries_about(pupil.pupil_id):
        content = session.keyring.open_content(entry)
        if content is None or not isinstance(content.get("kind"), str) or content["kind"] in _NOT_SENT:
            continue
        if content["kind"] == EntryKind.DOCUMENT and entry.id not in documents:
            continue  # a document not chosen stays at this school
        sent.append({**entry_json(entry), "content": content})
        records.append(entry)
        authors.add(entry.author_key_id)
    try:
        material = key_chain(session.store.log.key_material(), session.keybook, records, anchor)
    except ChainDoesNotHold as exc:
        raise ServiceError(f"The file cannot be sent: {exc}.") from exc
    return {
        "format": MANIFEST_FORMAT,
        "transfer_id": transfer_id,
        "sent_at": to_millis(now),
        "due_at": to_millis(due_at),
        "school_id": session.school_id,
        "school_entry": session.keybook.school_entry_id,
        "to_school": to_school,
        "sent_by": anchor.author_key_id,
        "anchor": anchor.id,
        "pupil": {**pupil.to_payload(), "pupil_id": pupil.pupil_id},
        "names": _names(session, state, authors),
        "key_material": [entry_json(e) for e in material],
        "entries": sent,
        "documents": {e["id"]: _b64(documents[e["id"]]) for e in sent if e["id"] in documents},
    }


def signed_body(manifest: dict[str, Any], sign: Callable[[bytes], bytes]) -> bytes:
    """The bundle's body: the manifest and the sending lead's Ed25519 signature over its canonical bytes."""
    return canonical_json({"manifest": manifest, "signature": _b64(sign(canonical_json(manifest)))})


def export_transfer(
    session: Session,
    upn: str,
    to_school: str,
    out_dir: Path,
    pdf_password: str,
    bundle_passphrase: str,
    state: SchoolState | None = None,
    now: datetime | None = None,
    *,
    documents: Sequence[str] = (),
    all_documents: bool = False,
) -> TransferSent:
    """Write the transfer pack (a PDF under `pdf_password`) and the bundle (under `bundle_passphrase`) into
    `out_dir`; log the transfer; mark the file transferred-out (read-only). Both files are written in full or not at
    all. The reading of the file is in the access audit from the start, whatever happens after."""
    session.require_lead()
    to_school, out_dir = _destination(to_school, out_dir)
    state = state or file_state_by_upn(session, upn)
    check_transfer_secrets(pdf_password, bundle_passphrase, state.school_name)
    pupil = find_pupil(state, upn)
    chosen = chosen_documents(state, pupil.pupil_id, documents, everything=all_documents)  # refused before writing
    now = now or now_utc()
    closed = settings_of(state).closed_days  # a leaver's 5 school days run from the day they left, not from now
    due_at = send_deadline(state, pupil.pupil_id, closed) or receipt_due(now, closed)
    sending = _Sending(new_id(), new_pack_id("TP"), to_school, now, due_at)
    fingerprint = school_fingerprint_of(session)
    _audit_reading(session, pupil.pupil_id, sending)
    anchor = _session_anchor(session)
    included = documents_for_pack(session, state, chosen)  # checked chunk by chunk
    carried = {d.document.entry_id: d.data for d in included}
    manifest = build_manifest(session, state, pupil, anchor, sending.transfer_id, to_school, now, due_at, carried)
    sent = manifest["entries"]
    bundle, code = _sealed_bundle(session, manifest, sending.transfer_id, bundle_passphrase)

    stem = f"{_safe_file_part(pupil.upn)}-{sending.pack_id}"
    bundle_path, pdf_path = out_dir / f"{stem}{BUNDLE_SUFFIX}", out_dir / f"{stem}.pdf"
    pdf = _transfer_pack_pdf(session, state, pupil, sending, sent, included, bundle_path.name, pdf_password)
    lead = state.staff.get(session.account_id)
    with (
        StagedFile(pdf_path, pdf) as staged_pdf,
        StagedFile(bundle_path, bundle) as staged_bundle,
        UnitOfWork(session) as uow,
    ):
        _record_transfer(uow, sending, pupil.pupil_id, code, [e["id"] for e in sent], lead.full_name if lead else "")
        uow.commit()
        staged_pdf.place()
        staged_bundle.place()
    carried_count = len(manifest["documents"])
    return TransferSent(
        sending.transfer_id, sending.pack_id, pdf_path, bundle_path, due_at, fingerprint, len(sent), carried_count
    )


def _audit_reading(session: Session, pupil_id: str, sending: _Sending) -> None:
    """The reading of the child's file for a transfer pack, in the access audit before anything is written."""
    with UnitOfWork(session) as uow:
        uow.audit(
            EntryKind.FILE_EXPORTED,
            pupil_id,
            what="transfer pack",
            detail=f"pack {sending.pack_id} to {sending.to_school}",
        )
        uow.commit()


def _sealed_bundle(session: Session, manifest: dict[str, Any], transfer_id: str, passphrase: str) -> tuple[bytes, str]:
    """The bundle: the manifest signed by the lead and sealed under a transfer key wrapped by `passphrase`; and the
    receipt code the receiving school will read back (an HMAC under the same key)."""
    body = signed_body(manifest, session.signer())
    transfer_key, wrapped = wrapped_transfer_key(passphrase)
    bundle = seal_bundle(transfer_id, body, transfer_key, wrapped)
    return bundle, receipt_code(transfer_key, transfer_id, body)


@dataclass(frozen=True, slots=True)
class _Sending:
    """One transfer being sent: its ids, where to, when, and when its receipt is due."""

    transfer_id: str
    pack_id: str
    to_school: str
    now: datetime
    due_at: datetime


def _destination(to_school: str, out_dir: Path) -> tuple[str, Path]:
    """The receiving school's name (spaces tidied) and the folder the files go into, or ServiceError."""
    to_school = " ".join(to_school.split())
    if not to_school or len(to_school) > 200:
        raise ServiceError("Give the name of the school the child is moving to (up to 200 characters).")
    out_dir = out_dir.expanduser()
    if not out_dir.is_dir():
        raise ServiceError(f"The folder {out_dir} does not exist; nothing was written.")
    return to_school, out_dir


def _transfer_pack_pdf(
    session: Session,
    state: SchoolState,
    pupil: Pupil,
    sending: _Sending,
    sent: list[dict[str, Any]],
    included: Sequence[IncludedDocument],
    bundle_name: str,
    pdf_password: str,
) -> bytes:
    """The transfer pack, encrypted under `pdf_password`: the child's file, what the bundle holds, the documents
    chosen. A document that cannot be printed refuses it (ServiceError)."""
    file, _ = files_for_pack(state, pupil.pupil_id, sending.now)
    hashes = Hashes(session)
    hashes.load([pupil.pupil_id])
    pack = TransferPackInput(
        pack_id=sending.pack_id,
        transfer_id=sending.transfer_id,
        to_school=sending.to_school,
        sent_at=sending.now,
        sent_by=file.who(session.account_id),
        receipt_due=sending.due_at.astimezone(file.zone).date(),
        file=file,
        bundle_name=bundle_name,
        included=hashes.included([e["id"] for e in sent], {e["id"]: e["content"].get("kind", "") for e in sent}),
        category_names={c.code: c.name for c in categories(state)},
        documents=tuple(included),
    )
    try:
        return encrypt_pdf(build_transfer_pack(pack), pdf_password)
    except DocumentNotPrintable as exc:
        raise ServiceError(f"{exc}; nothing was sent.") from exc


def _record_transfer(
    uow: UnitOfWork, sending: _Sending, pupil_id: str, code: str, entry_ids: list[str], sent_by: str
) -> None:
    """The transfer's entry (what was sent, and the receipt code to expect back) and the file marked transferred."""
    uow.record(
        EntryKind.TRANSFER_OUT,
        {
            "transfer_id": sending.transfer_id,
            "to_school": sending.to_school,
            "due_at": to_millis(sending.due_at),
            "receipt_code": code,
            "pack_id": sending.pack_id,
            "entries": entry_ids,
            "sent_by": sent_by,
        },
        subject=pupil_id,
        occurred_at=sending.now,
    )
    uow.record(
        EntryKind.FILE_STATUS,
        {
            "status": FileStatusCode.TRANSFERRED_OUT.value,
            "note": f"Transferred to {sending.to_school} (pack {sending.pack_id})",
        },
        subject=pupil_id,
        occurred_at=sending.now,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
