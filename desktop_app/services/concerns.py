"""Recording concerns and addenda, and reading a child's chronology."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import Any

from desktop_app.crypto.envelope import CannotOpen, open_envelope
from desktop_app.domain import bodymap
from desktop_app.domain.attendance.summary import Figures
from desktop_app.domain.chronology.items import ChronologyItem
from desktop_app.domain.concern_fields import write_payload
from desktop_app.domain.concern_input import MAX_TEXT, ConcernInput, ConcernInputError, parse_concern, parse_injury
from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.fold import fold
from desktop_app.domain.households import family_of
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.apply import apply_lead
from desktop_app.domain.lead.child_file import ChildFile, child_file
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.oversight import MetricEvent
from desktop_app.domain.records import MAX_LATER_MARKS, Concern, InjuryMark, Pupil, SchoolState
from desktop_app.domain.red_flags import RedFlag
from desktop_app.services.content import decode_content
from desktop_app.services.directory import categories, find_pupil, load_directory
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.file_guard import ensure_file_open
from desktop_app.services.gc_pause import quiet_gc
from desktop_app.services.meetings import meetings_json, plan_json
from desktop_app.services.opening import open_rows
from desktop_app.services.oversight import record_metric
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork, now_utc
from desktop_app.services.verified import is_key_only, reason_in_words


@dataclass(frozen=True, slots=True)
class RefusedConcern:
    """One of the signed-in person's own concerns that the school does not use, and why in plain words."""

    concern: Concern
    reason: str


def refused_concerns(session: Session) -> list[RefusedConcern]:
    """The signed-in person's own concerns that the verified view quarantined for their author's authority (say,
    written on an offline PC while a lead disabled the account), opened with the person's own key so that "My
    concerns" can say "refused by the school" instead of "sent". Their integrity holds; they are never folded."""
    held = {q.entry_id: q for q in session.view.refused_for_authority()}
    if not held:
        return []
    own_keys = {key.key_id for key in session.account.keys}
    entries = [e for e in session.store.log.entries_about(ids=sorted(held)) if e.author_key_id in own_keys]
    for batch in entries:  # her own batch keys are refused with her entries: she made them, so she opens them
        if batch.public is not None and is_key_only(batch) and batch.sealed is not None:
            try:
                key = open_envelope(
                    batch.sealed, entry_id=batch.id, subject=batch.subject, lookup=session.keyring.lookup
                )
            except CannotOpen:
                continue
            session.keyring.hold(batch.id, key, batch=True)
    found = []
    for entry in entries:
        if entry.public is not None or entry.sealed is None or not entry.subject:
            continue
        try:
            content = decode_content(session.keyring.open_sealed(entry.sealed, entry.id, entry.subject))
        except (CannotOpen, ValueError):
            continue
        if not isinstance(content, dict) or content.pop("kind", "") != EntryKind.CONCERN:
            continue
        concern = Concern.from_payload(
            content,
            concern_id=entry.id,
            pupil_id=entry.subject,
            author_id=session.account_id,
            occurred_at=from_millis(entry.occurred_at),
            recorded_at=from_millis(entry.recorded_at),
        )
        found.append(RefusedConcern(concern, reason_in_words(held[entry.id].reason)))
    return found


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the person is told once a concern is safely on disk."""

    entry_id: str
    pupil: Pupil
    urgent: bool = False
    group_id: str = ""  # set when one concern was recorded for several children: one entry each, linked

    @property
    def reference(self) -> str:
        return short_reference(self.entry_id)


def check_concerns(directory: SchoolState, items: Sequence[Any]) -> list[ConcernInput]:
    """Every item checked against the school's categories and directory; raises ServiceError listing problems."""
    codes = [c.code for c in categories(directory)]
    checked: list[ConcernInput] = []
    problems: list[str] = []
    for index, item in enumerate(items):
        prefix = f"concern {index + 1}: " if len(items) > 1 else ""
        try:
            concern = parse_concern(item, codes)
        except ConcernInputError as exc:
            problems.extend(prefix + p for p in exc.problems)
            continue
        for upn in (*concern.pupils, *concern.other_children):
            if directory.pupil_by_upn(upn) is None:
                problems.append(f"{prefix}no pupil with UPN {upn} in this school's directory")
        checked.append(concern)
    if problems:
        raise ServiceError("Nothing was recorded: " + "; ".join(problems))
    return checked


def record_concerns(session: Session, directory: SchoolState, concerns: Sequence[ConcernInput]) -> list[Recorded]:
    """Seal and sign each concern to the safeguarding team and its author; all are on disk when this returns.

    A concern naming several children becomes one entry per child, in that child's file, each carrying the same
    new group id and the number of children inside its ciphertext (nothing in the plaintext links them); the
    result holds one `Recorded` per entry, in the order the children were named."""
    recorded = []
    with UnitOfWork(session) as uow:
        for concern in concerns:
            pupils = [find_pupil(directory, upn) for upn in concern.pupils]
            others = tuple(find_pupil(directory, upn).pupil_id for upn in concern.other_children)
            group = str(uuid.uuid4()) if len(pupils) > 1 else ""
            sealed = replace(concern.concern, other_children=others, group_id=group, group_size=len(pupils))
            content = write_payload(sealed)  # the payload as `Concern` declares it; `from_payload` reads it back
            for pupil in pupils:
                entry_id = uow.record(
                    EntryKind.CONCERN, content, subject=pupil.pupil_id, occurred_at=concern.occurred_at
                )
                record_metric(uow, session, MetricEvent.CONCERN, entry_id)  # counts for oversight: no name, no text
                recorded.append(Recorded(entry_id, pupil, concern.urgent, group))
        uow.commit()
    return recorded


def add_addendum(session: Session, state: SchoolState, amends: str, text: str, marks: Sequence[InjuryMark] = ()) -> str:
    """A correction or addition to a concern; the original is never changed. Authors and leads may add one; `marks`
    (body-map marks noticed later) only the person who recorded the concern: anyone else records a concern of
    their own. Each mark is checked as a concern's marks are."""
    concern = state.concerns.get(amends)
    if concern is None:
        raise NotFound("That concern is not one you can see.")
    ensure_file_open(state, concern.pupil_id)
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise ServiceError(f"An addendum needs some text (at most {MAX_TEXT} characters).")
    if marks and concern.author_id != session.account_id:
        raise ServiceError(
            "Only the person who recorded a concern can add marks to it; record a new concern for a mark you saw."
        )
    if len(marks) > MAX_LATER_MARKS:
        raise ServiceError(f"An addendum may add at most {MAX_LATER_MARKS} marks.")
    problems: list[str] = []
    checked = [parse_injury(mark.to_payload(), index, problems) for index, mark in enumerate(marks)]
    if problems:
        raise ServiceError("Nothing was saved: " + "; ".join(problems))
    content: dict[str, Any] = {"amends": amends, "text": text}
    if checked:
        content["marks"] = [mark.to_payload() for mark in checked if mark is not None]
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ADDENDUM, content, subject=concern.pupil_id)
        uow.commit()
    return entry_id


def chronology_json(pupil: Pupil, items: list[ChronologyItem], generated_at: datetime) -> dict[str, Any]:
    return {
        "pupil": {
            "upn": pupil.upn,
            "name": pupil.full_name,
            "date_of_birth": pupil.date_of_birth.isoformat() if pupil.date_of_birth else None,
            "year_group": pupil.year_group,
        },
        "generated_at": generated_at.isoformat(),
        "entries": [item.to_json() for item in items],
    }


def file_state(session: Session, pupil_id: str) -> SchoolState:
    """What a child's file needs, read by the store's subject index rather than a whole-store fold: the child's
    entries, the school's lead settings, every entry about the other children of the child's households (for the
    family chronology and the household red flags), and the staff profiles (read by id)."""
    book = session.keybook
    own = list(open_rows(session, session.view.rows_about([pupil_id, session.school_id])))
    households = LeadRecords()
    for entry in own:
        if entry.kind in (EntryKind.HOUSEHOLD_LINK, EntryKind.HOUSEHOLD_UNLINK):
            apply_lead(households, entry)
    siblings = family_of(households, pupil_id)[1:]
    profiles = sorted({key.key_id for account in book.accounts.values() for key in account.keys})
    more = open_rows(session, session.view.rows_about(siblings, profiles))
    roles = {account_id: account.role for account_id, account in book.accounts.items()}
    state = fold([*own, *more], roles)
    state.school_id, state.school_name = book.school_id, book.school_name
    return state


def file_state_by_upn(session: Session, upn: str) -> SchoolState:
    """`file_state` for a UPN: what exporting or transferring one child's file needs, without a whole-store fold."""
    return file_state(session, find_pupil(load_directory(session), upn).pupil_id)


def read_child_file(
    session: Session,
    pupil_id: str,
    *,
    family: bool = False,
    state: SchoolState | None = None,
    flags: Mapping[str, Sequence[RedFlag]] | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> ChildFile:
    """A lead opens a child's file: front sheet, chronology (with `family`, every child of the household's),
    red flags, body-map history and open work. The opening is written to the access audit. Give `state` and
    `flags` (the lead's workspace) to skip reading the store; otherwise only this family's entries are read. The
    opening is on disk in the audit before the file is assembled."""
    session.require_lead()
    with quiet_gc():
        state = state if state is not None else file_state(session, pupil_id)
    if pupil_id not in state.pupils:
        raise NotFound("That pupil is not in this school's directory.")
    _audit_opening(session, pupil_id, "family chronology" if family else "file")
    with quiet_gc():
        return child_file(
            state, pupil_id, now or now_utc(), family=family, region_name=bodymap.region_name, tz=tz, flags=flags
        )


def _audit_opening(session: Session, pupil_id: str, what: str) -> None:
    with UnitOfWork(session) as uow:
        uow.audit(EntryKind.FILE_VIEWED, pupil_id, what=what)
        uow.commit()


def read_child_file_by_upn(session: Session, upn: str, *, family: bool = False) -> ChildFile:
    """`read_child_file` for a UPN (the command line)."""
    session.require_lead()
    return read_child_file(session, find_pupil(load_directory(session), upn).pupil_id, family=family)


def attendance_json(figures: Figures | None) -> dict[str, Any] | None:
    """A child's attendance figures as JSON (None when nothing is imported)."""
    if figures is None:
        return None
    return {
        "from": figures.first.isoformat(), "to": figures.last.isoformat(), "possible": figures.possible,
        "attended": figures.attended, "authorised": figures.authorised, "unauthorised": figures.unauthorised,
        "percent": round(figures.percent, 1), "persistent_absence": figures.persistent, "words": figures.words,
    }  # fmt: skip


def child_file_json(opened: ChildFile, generated_at: datetime) -> dict[str, Any]:
    """A child's file as JSON: the chronology with each row's red flags, the flags, the front sheet (people around
    the child, agencies that stand), the decision a pack stands on and the referrals: the same model the window
    and the packs read."""
    sheet = opened.front_sheet
    pupil = sheet.pupil
    state_names = opened.pupil_names
    data = chronology_json(pupil, list(opened.chronology), generated_at)
    by_entry: dict[str, list[dict[str, Any]]] = {}
    for flag in opened.flags:
        by_entry.setdefault(flag.at_entry, []).append(flag.to_json())
    for row in data["entries"]:
        row["red_flags"] = by_entry.get(row["entry_id"], [])
        row["child"] = state_names.get(row["pupil_id"], "")
    data["time_zone"] = opened.settings.time_zone
    data["red_flags"] = [{**f.to_json(), "child": state_names.get(f.pupil_id, "")} for f in opened.flags]
    data["family"] = [{"pupil_id": p, "name": state_names.get(p, "")} for p in opened.pupil_ids]
    data["front_sheet"] = _front_sheet_json(opened, generated_at)
    data["meetings"] = meetings_json(opened)
    data["referral_facts"] = opened.referral_facts.to_json()
    data["documents"] = _documents_json(opened)
    data["decision"] = _decision_json(opened)
    data["referrals"] = [
        {"entry_id": r.referral.entry_id, "agency": r.referral.agency, "reference": r.referral.reference,
         "occurred_at": r.referral.occurred_at.isoformat(), "outcome": r.outcome.outcome if r.outcome else None}
        for r in opened.referrals
    ]  # fmt: skip
    return data


def _front_sheet_json(opened: ChildFile, generated_at: datetime) -> dict[str, Any]:
    """The front sheet: the child's details, file status, attendance, retention, plan, agencies and household."""
    sheet = opened.front_sheet
    pupil = sheet.pupil
    return {
        "other_names": sheet.other_names,
        "address": pupil.address,
        "postcode": pupil.postcode,
        "gender": pupil.gender,
        "school": opened.school_name,
        "file_status": sheet.file_status,
        "file_status_words": sheet.file_status_words,
        "independently_mobile": sheet.independently_mobile,
        "attendance": attendance_json(sheet.attendance),
        "retention": sheet.retention.to_json(generated_at.astimezone(opened.settings.zone).date())
        if sheet.retention
        else None,
        "current_plan": plan_json(sheet.plan),
        "agencies": [
            {
                "status": a.status,
                "words": a.words,
                "agency": a.agency,
                "contact": a.contact,
                "note": a.note,
                "since": a.since.isoformat(),
                "entry_id": a.entry_id,
            }
            for a in sheet.agencies
        ],
        "household": [
            {
                "name": m.name,
                "relationship": m.relationship,
                "parental_responsibility": m.parental_responsibility,
                "address": m.address,
                "school": m.school,
                "date_of_birth": m.date_of_birth.isoformat() if m.date_of_birth else None,
                "focus_of_referral": m.focus_of_referral,
                "adult_id": m.adult_id or None,
                "pupil_id": m.pupil_id or None,
                "contact": m.contact,
                "language": m.language,
                "interpreter_needed": m.interpreter_needed,
                "notes": m.notes,
            }
            for m in sheet.members
        ],
    }


def _documents_json(opened: ChildFile) -> list[dict[str, Any]]:
    """The documents attached to the file: what each is, its hash, and who attached it when."""
    return [
        {
            "document_id": d.entry_id,
            "name": d.name,
            "media_type": d.media_type,
            "size": d.size,
            "sha256": d.sha256,
            "record": d.record or None,
            "description": d.description,
            "attached_at": d.occurred_at.isoformat(),
            "attached_by": opened.who(d.by).words,
        }
        for d in opened.documents
    ]


def _decision_json(opened: ChildFile) -> dict[str, Any] | None:
    """The decision a pack stands on, or None."""
    decision = opened.decision
    return (
        None
        if decision is None
        else {
            "entry_id": decision.decision.entry_id,
            "concern_id": decision.decision.concern_id,
            "decision": decision.decision.decision,
            "words": decision.words,
            "rationale": decision.decision.rationale,
            "decided_by": opened.who(decision.decision.by).words,
            "decided_at": decision.decision.at.isoformat(),
        }
    )
