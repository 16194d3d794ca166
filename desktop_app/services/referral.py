"""Exporting a referral pack: the child's file built once (domain/lead/child_file.py), drawn as a PDF by
`reports`, encrypted, written whole and audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.lead.concern_records import DecisionType
from desktop_app.domain.lead.file_parts import latest_referral
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.reports.attachments import DocumentNotPrintable
from desktop_app.reports.document import DEFAULT_MARKING
from desktop_app.reports.encryption import WeakPdfPassword, check_pdf_password, encrypt_pdf
from desktop_app.reports.inputs import Consent, PackPurpose, ReferralPackInput, Referrer
from desktop_app.reports.referral_pack import build_referral_pack
from desktop_app.services.concerns import file_state_by_upn
from desktop_app.services.directory import categories, find_pupil
from desktop_app.services.documents import chosen_documents, documents_for_pack
from desktop_app.services.errors import ServiceError
from desktop_app.services.pack_files import Hashes, StagedFile, files_for_pack, new_pack_id
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork, now_utc


@dataclass(frozen=True, slots=True)
class ReferralOptions:
    """How the pack is made: external (leaves out what the school marks internal), with the family chronology,
    its marking, and its purpose ("" to follow the decision that stands: a referral when it refers, else a
    chronology summary for a meeting; or a `PackPurpose` value)."""

    external: bool = False
    family: bool = False
    marking: str = DEFAULT_MARKING
    purpose: str = ""
    documents: tuple[str, ...] = ()  # attached documents to print after the pack (ids), or
    all_documents: bool = False  # every document attached to the child's file


@dataclass(frozen=True, slots=True)
class ReferralAnswers:
    """What the lead answers on the referral form itself (the GUI's form, or `--answers FILE.json`)."""

    summary: str = ""
    parents_know: bool | None = None
    consent_given: bool | None = None
    why_not: str = ""
    contact: str = ""


@dataclass(frozen=True, slots=True)
class ExportedPack:
    pack_id: str
    path: Path
    entries: int
    pages_note: str = ""
    documents: int = 0  # attached documents printed after the pack's own pages


def check_password(password: str) -> None:
    try:
        check_pdf_password(password)
    except WeakPdfPassword as exc:
        raise ServiceError(str(exc)) from exc


def check_marking(marking: str) -> str:
    cleaned = " ".join(marking.split())
    if not cleaned or len(cleaned) > 60:
        raise ServiceError("A protective marking is 1 to 60 characters, e.g. OFFICIAL-SENSITIVE.")
    return cleaned


def check_purpose(purpose: str) -> str:
    if purpose and purpose not in {p.value for p in PackPurpose}:
        known = ", ".join(p.value for p in PackPurpose)
        raise ServiceError(f"A pack's purpose is one of {known} (or left out to follow the decision).")
    return purpose


def pack_purpose(file: ChildFile, chosen: str = "") -> PackPurpose:
    """The purpose asked for, else what the decision that stands says: a referral to children's social care or
    to the police when it refers, otherwise a chronology summary for a meeting."""
    if chosen:
        return PackPurpose(chosen)
    decision = file.decision.decision.decision if file.decision else ""
    if decision == DecisionType.REFER_CSC:
        return PackPurpose.REFERRAL_CSC
    if decision == DecisionType.REFER_POLICE:
        return PackPurpose.REFERRAL_POLICE
    return PackPurpose.MEETING


def referral_input(
    session: Session,
    state: SchoolState,
    pupil: Pupil,
    options: ReferralOptions,
    answers: ReferralAnswers | None = None,
    now: datetime | None = None,
) -> ReferralPackInput:
    """What the referral pack prints: the child's file as the window shows it, and this pack's own parts; audits
    nothing (see export_referral_pack)."""
    now = now or now_utc()
    answers = answers or ReferralAnswers()
    file, family = files_for_pack(state, pupil.pupil_id, now, family=options.family)
    purpose = pack_purpose(file, check_purpose(options.purpose))
    shown = [file] + ([family] if family is not None else [])
    hashes = Hashes(session)
    hashes.load(p for f in shown for p in f.pupil_names)
    items = [item for f in shown for item in f.chronology]
    gaps = []
    if not answers.summary.strip():
        gaps.append("the lead's summary for this pack (write it on the pack's form in the app)")
    if purpose.refers and answers.parents_know is None:
        gaps.append("whether the parents know of the referral, and consent")
    referral = latest_referral(state.lead, pupil.pupil_id) if purpose.refers else None
    return ReferralPackInput(
        pack_id=new_pack_id("RP"),
        generated_at=now,
        file=file,
        referrer=Referrer(file.who(session.account_id), state.school_name, answers.contact),
        purpose=purpose,
        referred_at=referral.occurred_at if referral else None,
        consent=Consent(answers.parents_know, answers.consent_given, answers.why_not),
        summary=answers.summary,
        family_file=family,
        family_requested=options.family,
        included=hashes.included([i.entry_id for i in items], {i.entry_id: i.kind for i in items}),
        marking=check_marking(options.marking),
        external=options.external,
        internal_parts=file.settings.internal_parts,
        gaps=tuple(gaps),
        category_names={c.code: c.name for c in categories(state)},
        documents=documents_for_pack(
            session,
            state,
            chosen_documents(state, pupil.pupil_id, options.documents, everything=options.all_documents),
        ),
    )


def export_referral_pack(
    session: Session,
    upn: str,
    out: Path,
    password: str,
    options: ReferralOptions | None = None,
    answers: ReferralAnswers | None = None,
    state: SchoolState | None = None,
) -> ExportedPack:
    """Write the child's referral pack, encrypted with `password`, to `out`; the export is an access-audit entry."""
    session.require_lead()
    options = options or ReferralOptions()
    check_password(password)
    check_marking(options.marking)
    check_purpose(options.purpose)
    state = state or file_state_by_upn(session, upn)
    pupil = find_pupil(state, upn)
    pack = referral_input(session, state, pupil, options, answers)
    try:
        data = encrypt_pdf(build_referral_pack(pack), password)
    except DocumentNotPrintable as exc:
        raise ServiceError(f"{exc}; the pack was not written.") from exc
    detail = f"pack {pack.pack_id}, {pack.purpose.heading.lower()}, {len(pack.included)} entries"
    if pack.documents:
        detail += ", 1 document" if len(pack.documents) == 1 else f", {len(pack.documents)} documents"
    detail += ", external" if options.external else ""
    detail += ", with family chronology" if options.family else ""
    with StagedFile(out, data) as staged, UnitOfWork(session) as uow:
        uow.audit(EntryKind.FILE_EXPORTED, pupil.pupil_id, what="referral pack", detail=detail, pack_id=pack.pack_id)
        uow.commit()
        staged.place()
    return ExportedPack(pack.pack_id, out, len(pack.included), documents=len(pack.documents))
