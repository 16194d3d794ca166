"""Transferring a child's child-protection file to the next school: export, import, receipt.

The bundle, and why it is built this way
----------------------------------------
* **Confidential in transit.** The bundle's content is sealed (crypto.envelope, AES-256-GCM) under a fresh random
  transfer key; the transfer key is wrapped (crypto.kdf, Argon2id) under the *transfer password*, the same one
  that opens the PDF, which the sending lead gives the receiving lead by telephone. Nothing about the child is
  outside the seal: the plaintext header holds only the format, the transfer id and the wrapped key.
* **Every record checkable.** Each of the child's entries travels as it is stored (header, ciphertext, hash and
  its author's Ed25519 signature) together with its opened content, and the bundle lists the public signing key,
  name and role of every author. The importer recomputes every hash and checks every signature; one failure
  refuses the whole bundle, naming the entry and what failed.
* **Attested by the sending lead.** The manifest (school, child, records, signers) is signed by the sending lead's
  Ed25519 key, so content cannot be changed or records dropped without the signature failing. The entries'
  ciphertext cannot be opened by the receiver (it is sealed to the sending school's keys); that the content shown
  is the content of each signed entry rests on this signature and on the transfer password, which only the two
  leads know. The sending school's fingerprint (SHA-256 of its id and its founding key) is printed on the PDF
  and by the import, so the two leads can compare it on the same call.
* **Not sent:** account entries (they carry staff members' password-wrapped private keys) and the access audit.
* **Receipt.** The import prints a receipt code, an HMAC of the transfer id and the bundle's content under the
  transfer key: only someone who opened and checked the bundle can produce it. The sending school holds the
  expected code (sealed to its team) and records the receipt when the code is read back to it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.crypto.envelope import CannotOpen, Recipient, open_envelope, seal
from desktop_app.crypto.kdf import (
    DamagedSecret,
    WeakWrapping,
    WrongPassword,
    unwrap_with_password,
    wrap_with_password,
)
from desktop_app.crypto.keys import generate_symmetric_key, verify_signature
from desktop_app.domain import bodymap
from desktop_app.domain.chronology import chronology_for
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, from_millis, to_millis
from desktop_app.domain.ids import new_id, new_person_id, short_reference
from desktop_app.domain.lead.records import FileStatusCode
from desktop_app.domain.records import Concern, Pupil, SchoolState
from desktop_app.domain.transfer import (
    BUNDLE_FORMAT,
    BUNDLE_SUFFIX,
    MANIFEST_FORMAT,
    BundleFormatError,
    TransferOut,
    format_code,
    normalise_code,
    pack_bundle,
    receipt_due,
    unpack_bundle,
)
from desktop_app.domain.triage import settings_of
from desktop_app.reports import inputs as rp
from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.transfer_pack import build_transfer_pack
from desktop_app.services.concerns import file_state_by_upn
from desktop_app.services.directory import find_pupil, load_directory
from desktop_app.services.directory_keys import sealing_recipient
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.referral import (
    ACCESS_KINDS,
    Hashes,
    StaffWords,
    StagedFile,
    agencies,
    check_password,
    child_details,
    chronology_rows,
    household,
    imported_rows,
    injury_events,
    new_pack_id,
    red_flags,
)
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork, now_utc

_NOT_SENT = ACCESS_KINDS | {EntryKind.TRANSFER_OUT, EntryKind.TRANSFER_RECEIPT}
_ENTRY_FIELDS = ("id", "school_id", "device_id", "seq", "author_key_id", "subject", "occurred_at", "recorded_at")


class TransferRefused(ServiceError):
    """A bundle that cannot be imported; the message names what failed. Nothing was written."""


@dataclass(frozen=True, slots=True)
class TransferSent:
    transfer_id: str
    pack_id: str
    pdf: Path
    bundle: Path
    due_at: datetime
    fingerprint: str
    entries: int


@dataclass(frozen=True, slots=True)
class TransferReceived:
    transfer_id: str
    pupil: Pupil
    from_school: str
    fingerprint: str
    records: int
    receipt_code: str
    new_pupil: bool


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def school_fingerprint(school_id: str, founder_signing_key: bytes) -> str:
    """A code two leads can compare by telephone: SHA-256 of the school id and its founding lead's first key."""
    digest = hashlib.sha256(b"concern-logger school|" + school_id.encode() + b"|" + founder_signing_key).digest()
    return format_code(digest[:10])


def receipt_code(transfer_key: bytes, transfer_id: str, content: bytes) -> str:
    digest = hashlib.sha256(content).digest()
    mac = hmac.new(transfer_key, b"concern-logger receipt|" + transfer_id.encode() + b"|" + digest, "sha256")
    return format_code(mac.digest()[:10])


def _safe_file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "pupil"


def _founder_key(session: Session) -> bytes:
    book = session.keybook
    key = book.signing_keys.get(book.founder_key_id)
    return key.signing_public if key else b""


def _signers(session: Session, state: SchoolState, author_keys: set[str]) -> dict[str, Any]:
    book, signers = session.keybook, {}
    for key_id in sorted(author_keys | {book.founder_key_id, session.key.key_id}):
        key = book.signing_keys.get(key_id)
        if key is None:
            continue
        account = book.accounts.get(key.account_id)
        member = state.staff.get(key.account_id)
        signers[key_id] = {
            "signing": _b64(key.signing_public),
            "name": member.full_name if member else "",
            "job_title": member.job_title if member else "",
            "role": account.role.value if account else "",
        }
    return signers


def _entry_json(entry: EntryRecord, content: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {name: getattr(entry, name) for name in _ENTRY_FIELDS}
    item.update(
        prev_hash=_b64(entry.prev_hash),
        sealed=_b64(entry.sealed or b""),
        hash=_b64(entry.hash),
        signature=_b64(entry.signature),
        content=content,
    )
    return item


def _full_records(state: SchoolState, concerns: list[Concern], words: StaffWords) -> tuple[rp.FullRecord, ...]:
    records: list[rp.FullRecord] = []
    for concern in sorted(concerns, key=lambda c: (c.occurred_at, c.recorded_at, c.concern_id)):
        category = state.lead.category_of(concern.concern_id, concern.category)
        others = ", ".join(state.pupils[p].full_name for p in concern.other_children if p in state.pupils)
        marks = "; ".join(
            f"{i}. {m.type} on {bodymap.region_name(m.region) if m.region in bodymap.REGION_NAMES else m.region}"
            + (f", {m.size_cm:g} cm" if m.size_cm else "")
            for i, m in enumerate(concern.injuries, start=1)
        )
        fields = (
            ("Category", category),
            ("Where", concern.location),
            ("Who was present", words.text(concern.present)),
            ("What happened", words.text(concern.what_happened)),
            ("The child's own words", concern.childs_words),
            ("Opinion (kept apart from fact)", words.text(concern.opinion)),
            ("Action taken", words.text(concern.action_taken)),
            ("Other children involved", others),
            ("Injuries (see body maps)", marks),
        )
        records.append(
            rp.FullRecord(
                concern.concern_id,
                "Concern",
                concern.occurred_at,
                concern.recorded_at,
                words.who(concern.author_id),
                tuple((label, value) for label, value in fields if value or label in ("What happened",)),
            )
        )
        for note in state.addenda.get(concern.concern_id, ()):
            records.append(
                rp.FullRecord(
                    note.addendum_id,
                    f"Addendum to {short_reference(concern.concern_id)}",
                    note.recorded_at,
                    note.recorded_at,
                    words.who(note.author_id),
                    (("Text", words.text(note.text)),),
                )
            )
    return tuple(records)


def export_transfer(
    session: Session,
    upn: str,
    to_school: str,
    out_dir: Path,
    password: str,
    state: SchoolState | None = None,
    now: datetime | None = None,
) -> TransferSent:
    """Write the transfer pack (encrypted PDF) and bundle into `out_dir`; log the transfer; mark the file
    transferred-out (read-only). Both files are written in full or not at all."""
    session.require_lead()
    check_password(password)
    to_school = " ".join(to_school.split())
    if not to_school or len(to_school) > 200:
        raise ServiceError("Give the name of the school the child is moving to (up to 200 characters).")
    out_dir = out_dir.expanduser()
    if not out_dir.is_dir():
        raise ServiceError(f"The folder {out_dir} does not exist; nothing was written.")
    state = state or file_state_by_upn(session, upn)
    pupil = find_pupil(state, upn)
    now = now or now_utc()
    settings = settings_of(state)
    due_at = receipt_due(now, settings.closed_days)
    transfer_id, pack_id = new_id(), new_pack_id("TP")
    fingerprint = school_fingerprint(session.school_id, _founder_key(session))

    entries, authors = [], set()
    for entry in session.view.entries_about(pupil.pupil_id):
        content = session.keyring.open_content(entry)
        if content is None or content.get("kind") in _NOT_SENT:
            continue
        entries.append(_entry_json(entry, content))
        authors.add(entry.author_key_id)
    lead = state.staff.get(session.account_id)
    manifest = {
        "format": MANIFEST_FORMAT,
        "transfer_id": transfer_id,
        "sent_at": to_millis(now),
        "due_at": to_millis(due_at),
        "from_school": {"school_id": session.school_id, "name": state.school_name, "fingerprint": fingerprint},
        "founder_key": session.keybook.founder_key_id,
        "to_school": to_school,
        "sent_by": session.key.key_id,
        "pupil": {**pupil.to_payload(), "pupil_id": pupil.pupil_id},
        "signers": _signers(session, state, authors),
        "entries": entries,
    }
    body = canonical_json({"manifest": manifest, "signature": _b64(session.signer()(canonical_json(manifest)))})
    transfer_key = generate_symmetric_key()
    sealed = seal(body, entry_id=transfer_id, subject=None, recipients=[Recipient(transfer_id, symmetric=transfer_key)])
    header = {
        "format": BUNDLE_FORMAT,
        "transfer_id": transfer_id,
        "key": _b64(wrap_with_password(transfer_key, password)),
    }
    bundle = pack_bundle(header, sealed)
    code = receipt_code(transfer_key, transfer_id, body)

    words = StaffWords(state, external=False)
    items = [i for i in chronology_for(state, pupil.pupil_id, bodymap.region_name) if i.kind not in ACCESS_KINDS]
    rows = chronology_rows(state, items, words) + imported_rows(state, pupil.pupil_id, words)
    rows.sort(key=lambda r: (r.occurred_at, r.recorded_at, r.entry_id))
    hashes = Hashes(session)
    hashes.load(pupil.pupil_id)
    stem = f"{_safe_file_part(pupil.upn)}-{pack_id}"
    bundle_path, pdf_path = out_dir / f"{stem}{BUNDLE_SUFFIX}", out_dir / f"{stem}.pdf"
    concerns = state.concerns_for(pupil.pupil_id)
    pack = rp.TransferPackInput(
        pack_id=pack_id,
        transfer_id=transfer_id,
        school_name=state.school_name,
        to_school=to_school,
        sent_at=now,
        sent_by=words.person(session.account_id),
        receipt_due=due_at.astimezone().date(),
        child=child_details(pupil, state.school_name),
        bundle_name=bundle_path.name,
        school_fingerprint=fingerprint,
        household=household(state, pupil.pupil_id, words),
        agencies=agencies(state, pupil.pupil_id),
        file_status=f"Transferred out to {to_school}",
        flags=red_flags(state, pupil.pupil_id),
        chronology=tuple(rows),
        records=_full_records(state, concerns, words),
        injury_events=injury_events(concerns, words),
        included=hashes.included([e["id"] for e in entries], {e["id"]: e["content"].get("kind", "") for e in entries}),
    )
    pdf = encrypt_pdf(build_transfer_pack(pack), password)
    with (
        StagedFile(pdf_path, pdf) as staged_pdf,
        StagedFile(bundle_path, bundle) as staged_bundle,
        UnitOfWork(session) as uow,
    ):
        uow.record(
            EntryKind.TRANSFER_OUT,
            {
                "transfer_id": transfer_id,
                "to_school": to_school,
                "due_at": to_millis(due_at),
                "receipt_code": code,
                "pack_id": pack_id,
                "entries": [e["id"] for e in entries],
                "sent_by": lead.full_name if lead else "",
            },
            subject=pupil.pupil_id,
            occurred_at=now,
        )
        uow.record(
            EntryKind.FILE_STATUS,
            {"status": FileStatusCode.TRANSFERRED_OUT.value, "note": f"Transferred to {to_school} (pack {pack_id})"},
            subject=pupil.pupil_id,
            occurred_at=now,
        )
        uow.audit(
            EntryKind.FILE_EXPORTED, pupil.pupil_id, what="transfer pack", detail=f"pack {pack_id} to {to_school}"
        )
        uow.commit()
        staged_pdf.place()
        staged_bundle.place()
    return TransferSent(transfer_id, pack_id, pdf_path, bundle_path, due_at, fingerprint, len(entries))


# --- import ------------------------------------------------------------------------------------------------------


def open_bundle(data: bytes, password: str) -> tuple[str, bytes, bytes]:
    """(transfer id, transfer key, signed body) of a bundle; raises TransferRefused naming what failed."""
    try:
        header, sealed = unpack_bundle(data)
    except BundleFormatError as exc:
        raise TransferRefused(f"Refused: {exc}; nothing was imported.") from exc
    transfer_id = header["transfer_id"]
    try:
        key = unwrap_with_password(_unb64(header["key"]), password)
    except WrongPassword:
        raise TransferRefused(
            "Refused: the transfer password does not open this bundle; nothing was imported."
        ) from None
    except WeakWrapping as exc:
        raise TransferRefused(
            f"Refused: the bundle's key is {exc}; nothing was imported. Ask the sending school to export it again."
        ) from None
    except (DamagedSecret, ValueError) as exc:
        raise TransferRefused("Refused: the bundle's wrapped key is damaged; nothing was imported.") from exc
    try:
        body = open_envelope(
            sealed, entry_id=transfer_id, subject=None, lookup=lambda k: key if k == transfer_id else None
        )
    except CannotOpen as exc:
        raise TransferRefused(
            "Refused: the bundle's encrypted content fails its authentication check (altered or damaged); "
            "nothing was imported."
        ) from exc
    return transfer_id, key, body


def seal_bundle(transfer_id: str, body: bytes, password: str) -> bytes:
    """A bundle of `body` under `password` (export uses the same steps; tests use it to build altered bundles)."""
    key = generate_symmetric_key()
    sealed = seal(body, entry_id=transfer_id, subject=None, recipients=[Recipient(transfer_id, symmetric=key)])
    return pack_bundle(
        {"format": BUNDLE_FORMAT, "transfer_id": transfer_id, "key": _b64(wrap_with_password(key, password))}, sealed
    )


def _entry_record(item: dict[str, Any]) -> EntryRecord:
    return EntryRecord(
        id=str(item["id"]),
        school_id=str(item["school_id"]),
        device_id=str(item["device_id"]),
        seq=int(item["seq"]),
        prev_hash=_unb64(item["prev_hash"]),
        author_key_id=str(item["author_key_id"]),
        subject=item["subject"] if isinstance(item["subject"], str) else None,
        occurred_at=int(item["occurred_at"]),
        recorded_at=int(item["recorded_at"]),
        public=None,
        sealed=_unb64(item["sealed"]) or None,
        hash=_unb64(item["hash"]),
        signature=_unb64(item["signature"]),
    )


def check_manifest(transfer_id: str, body: bytes) -> tuple[dict[str, Any], list[str]]:
    """The manifest and every problem found in it: the lead's signature, every entry's hash and signature."""
    try:
        signed = json.loads(body)
        manifest, signature = signed["manifest"], _unb64(signed["signature"])
        signers = {k: _unb64(v["signing"]) for k, v in manifest["signers"].items()}
        school = manifest["from_school"]
        pupil_id = manifest["pupil"]["pupil_id"]
        entries = list(manifest["entries"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TransferRefused(
            f"Refused: the bundle's content is not in the expected form ({exc}); nothing was imported."
        ) from exc
    problems: list[str] = []
    if manifest.get("format") != MANIFEST_FORMAT or manifest.get("transfer_id") != transfer_id:
        problems.append("the manifest does not belong to this bundle")
    sender = manifest.get("sent_by")
    if sender not in signers or manifest["signers"][sender].get("role") != "lead":
        problems.append("the bundle is not signed by a designated lead of the sending school")
    elif not verify_signature(signers[sender], canonical_json(manifest), signature):
        problems.append("the sending lead's signature over the bundle does not match (altered or forged)")
    founder = signers.get(manifest.get("founder_key", ""), b"")
    if school_fingerprint(school.get("school_id", ""), founder) != school.get("fingerprint"):
        problems.append("the sending school's fingerprint does not match its keys")
    for item in entries:
        label = f"entry {item.get('id', '?')}" if isinstance(item, dict) else "an entry"
        try:
            entry = _entry_record(item)
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{label}: not in the expected form ({exc})")
            continue
        if entry.compute_hash() != entry.hash:
            problems.append(f"{label}: does not match its recorded hash (altered)")
        key = signers.get(entry.author_key_id)
        if key is None:
            problems.append(f"{label}: signed by a key the bundle does not list")
        elif not verify_signature(key, entry.hash, entry.signature):
            problems.append(f"{label}: its author's signature does not match (altered or forged)")
        if entry.school_id != school.get("school_id"):
            problems.append(f"{label}: belongs to another school")
        if entry.subject != pupil_id:
            problems.append(f"{label}: is about another child")
    return manifest, problems


def import_transfer(session: Session, data: bytes, password: str) -> TransferReceived:
    """Check a bundle in full and, only if every check passes, add the child's file to this school's store."""
    session.require_lead()
    transfer_id, key, body = open_bundle(data, password)
    manifest, problems = check_manifest(transfer_id, body)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise TransferRefused(f"Refused, nothing was imported: {shown}.")
    if manifest["from_school"].get("school_id") == session.school_id:
        raise TransferRefused("Refused: this bundle was made by this school; import it at the receiving school.")
    state = load_state(session)
    held = state.transfers.imported(transfer_id)
    if held is not None:
        raise TransferRefused(f"Refused: this transfer was already imported on {held.at.astimezone():%d %b %Y %H:%M}.")
    sent = Pupil.from_payload(manifest["pupil"])
    directory = load_directory(session)
    pupil, new_pupil = directory.pupil_by_upn(sent.upn), False
    signers = manifest["signers"]
    records = []
    for item in manifest["entries"]:
        content = dict(item["content"])
        kind = content.pop("kind", "")
        if kind == EntryKind.PUPIL:
            continue
        signer = signers.get(item["author_key_id"], {})
        author = signer.get("name", "") + (f" ({signer['job_title']})" if signer.get("job_title") else "")
        records.append(
            {
                "entry_id": item["id"],
                "kind": kind,
                "occurred_at": item["occurred_at"],
                "recorded_at": item["recorded_at"],
                "author": author.strip() or "unknown author",
                "hash": _unb64(item["hash"]).hex(),
                "content": content,
            }
        )
    code = receipt_code(key, transfer_id, body)
    school = manifest["from_school"]
    sender = signers.get(manifest["sent_by"], {})
    with UnitOfWork(session) as uow:
        if pupil is None:
            new_pupil = True
            pupil = Pupil.from_payload({**sent.to_payload(), "pupil_id": new_person_id()})
            content = pupil.to_payload()
            content.pop("pupil_id")
            uow.record(EntryKind.PUPIL, content, subject=pupil.pupil_id, recipients=[sealing_recipient(session, uow)])
        uow.record(
            EntryKind.TRANSFER_IN,
            {
                "transfer_id": transfer_id,
                "from_school": school.get("name", ""),
                "from_school_id": school.get("school_id", ""),
                "fingerprint": school.get("fingerprint", ""),
                "sent_at": manifest.get("sent_at"),
                "sent_by": sender.get("name", ""),
                "receipt_code": code,
                "records": records,
            },
            subject=pupil.pupil_id,
            occurred_at=from_millis(int(manifest.get("sent_at") or to_millis(now_utc()))),
        )
        uow.record(
            EntryKind.FILE_STATUS,
            {"status": FileStatusCode.TRANSFERRED_IN.value, "note": f"Received from {school.get('name', '')}"},
            subject=pupil.pupil_id,
        )
        uow.commit()
    return TransferReceived(
        transfer_id, pupil, school.get("name", ""), school.get("fingerprint", ""), len(records), code, new_pupil
    )


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
