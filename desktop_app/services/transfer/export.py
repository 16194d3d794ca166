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
* **Not sent:** the access audit, transfers, and key material of staff who wrote nothing about the child.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain import bodymap
from desktop_app.domain.chronology import also_recorded_words, chronology_for
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, to_millis
from desktop_app.domain.ids import new_id, short_reference
from desktop_app.domain.lead.records import FileStatusCode
from desktop_app.domain.records import Concern, Pupil, SchoolState
from desktop_app.domain.transfer import BUNDLE_SUFFIX, MANIFEST_FORMAT, receipt_due
from desktop_app.domain.triage import settings_of
from desktop_app.reports import inputs as rp
from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.transfer_pack import build_transfer_pack
from desktop_app.services.concerns import file_state_by_upn
from desktop_app.services.directory import find_pupil
from desktop_app.services.errors import ServiceError
from desktop_app.services.referral import (
    ACCESS_KINDS,
    Hashes,
    StaffWords,
    StagedFile,
    agencies,
    child_details,
    chronology_rows,
    household,
    imported_rows,
    injury_events,
    new_pack_id,
    red_flags,
)
from desktop_app.services.session import Session
from desktop_app.services.transfer.bundle import receipt_code, seal_bundle, wrapped_transfer_key
from desktop_app.services.transfer.chain import ChainDoesNotHold, entry_json, fingerprint_of, key_chain
from desktop_app.services.transfer.passphrases import check_transfer_secrets
from desktop_app.services.uow import UnitOfWork, now_utc

_NOT_SENT = ACCESS_KINDS | {EntryKind.TRANSFER_OUT, EntryKind.TRANSFER_RECEIPT}


@dataclass(frozen=True, slots=True)
class TransferSent:
    transfer_id: str
    pack_id: str
    pdf: Path
    bundle: Path
    due_at: datetime
    fingerprint: str
    entries: int


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


def _full_records(state: SchoolState, concerns: list[Concern], words: StaffWords) -> tuple[rp.FullRecord, ...]:
    records: list[rp.FullRecord] = []
    for concern in sorted(concerns, key=lambda c: (c.occurred_at, c.recorded_at, c.concern_id)):
        category = ", ".join(state.lead.categories_of(concern.concern_id, concern.categories))
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
            ("Recorded for several children", also_recorded_words(concern) if concern.group_size > 1 else ""),
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


def build_manifest(
    session: Session,
    state: SchoolState,
    pupil: Pupil,
    anchor: EntryRecord,
    transfer_id: str,
    to_school: str,
    now: datetime,
    due_at: datetime,
) -> dict[str, Any]:
    """What the lead signs: the school root it comes from, the child, every record sent (as stored, with its opened
    content and its authors' names), and the key chain that proves who wrote each and who sends it (at `anchor`)."""
    sent, records, authors = [], [], set()
    for entry in session.view.entries_about(pupil.pupil_id):
        content = session.keyring.open_content(entry)
        if content is None or content.get("kind") in _NOT_SENT:
            continue
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
) -> TransferSent:
    """Write the transfer pack (a PDF under `pdf_password`) and the bundle (under `bundle_passphrase`) into
    `out_dir`; log the transfer; mark the file transferred-out (read-only). Both files are written in full or not at
    all. The reading of the file is in the access audit from the start, whatever happens after."""
    session.require_lead()
    to_school = " ".join(to_school.split())
    if not to_school or len(to_school) > 200:
        raise ServiceError("Give the name of the school the child is moving to (up to 200 characters).")
    out_dir = out_dir.expanduser()
    if not out_dir.is_dir():
        raise ServiceError(f"The folder {out_dir} does not exist; nothing was written.")
    state = state or file_state_by_upn(session, upn)
    check_transfer_secrets(pdf_password, bundle_passphrase, state.school_name)
    pupil = find_pupil(state, upn)
    now = now or now_utc()
    due_at = receipt_due(now, settings_of(state).closed_days)
    transfer_id, pack_id = new_id(), new_pack_id("TP")
    fingerprint = school_fingerprint_of(session)
    with UnitOfWork(session) as uow:
        uow.audit(
            EntryKind.FILE_EXPORTED, pupil.pupil_id, what="transfer pack", detail=f"pack {pack_id} to {to_school}"
        )
        uow.commit()
    anchor = _session_anchor(session)

    manifest = build_manifest(session, state, pupil, anchor, transfer_id, to_school, now, due_at)
    sent = manifest["entries"]
    body = signed_body(manifest, session.signer())
    transfer_key, wrapped = wrapped_transfer_key(bundle_passphrase)
    bundle = seal_bundle(transfer_id, body, transfer_key, wrapped)
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
        household=household(state, pupil.pupil_id, words),
        agencies=agencies(state, pupil.pupil_id),
        file_status=f"Transferred out to {to_school}",
        flags=red_flags(state, pupil.pupil_id),
        chronology=tuple(rows),
        records=_full_records(state, concerns, words),
        injury_events=injury_events(concerns, words),
        included=hashes.included([e["id"] for e in sent], {e["id"]: e["content"].get("kind", "") for e in sent}),
    )
    pdf = encrypt_pdf(build_transfer_pack(pack), pdf_password)
    lead = state.staff.get(session.account_id)
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
                "entries": [e["id"] for e in sent],
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
        uow.commit()
        staged_pdf.place()
        staged_bundle.place()
    return TransferSent(transfer_id, pack_id, pdf_path, bundle_path, due_at, fingerprint, len(sent))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
