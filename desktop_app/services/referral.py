"""Exporting a referral pack (the child's file assembled, encrypted, written, audited) and the recovery sheet."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.domain import bodymap
from desktop_app.domain.chronology import ChronologyItem, chronology_for
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.households import family_of, households_for
from desktop_app.domain.lead.records import AgencyStatusCode, FileStatusCode, decision_words
from desktop_app.domain.records import Concern, Pupil, SchoolState
from desktop_app.domain.red_flags import evaluate
from desktop_app.domain.transfer import format_code
from desktop_app.domain.triage import settings_of
from desktop_app.private_files import make_private
from desktop_app.reports import inputs as rp
from desktop_app.reports.document import DEFAULT_MARKING
from desktop_app.reports.encryption import WeakPdfPassword, check_pdf_password, encrypt_pdf
from desktop_app.reports.recovery_sheet import RecoverySheetInput, build_recovery_sheet
from desktop_app.reports.referral_pack import build_referral_pack
from desktop_app.services.concerns import file_state_by_upn
from desktop_app.services.directory import find_pupil
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork, now_utc

ACCESS_KINDS = {EntryKind.FILE_VIEWED, EntryKind.FILE_EXPORTED, EntryKind.FILE_PRINTED}


@dataclass(frozen=True, slots=True)
class ReferralOptions:
    """How the pack is made: external (staff named by role), with the family chronology, and its marking."""

    external: bool = False
    family: bool = False
    marking: str = DEFAULT_MARKING


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


def new_pack_id(prefix: str) -> str:
    """`RP-7K2Q-D9XA`: short enough to read over the phone, random so it says nothing about the child."""
    return f"{prefix}-{format_code(os.urandom(5), groups=2, size=4)}"


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


class StaffWords:
    """Staff as a pack names them: `Name (job title)`, or (external) the job title alone, also inside free text.

    Private state: the replacements, longest first so `Carys Teacher (Year 1 teacher)` goes before `Carys Teacher`.
    """

    def __init__(self, state: SchoolState, external: bool) -> None:
        self._state, self.external = state, external
        pairs: list[tuple[str, str]] = []
        if external:
            for member in state.staff.values():
                role = member.job_title or member.role.value
                if member.full_name.strip():
                    pairs.append((f"{member.full_name} ({role})", role))
                    pairs.append((member.full_name, role))
        pairs.sort(key=lambda p: -len(p[0]))
        self._pattern = re.compile("|".join(re.escape(a) for a, _ in pairs), re.IGNORECASE) if pairs else None
        self._to = {a.casefold(): b for a, b in pairs}

    def text(self, value: str) -> str:
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(lambda m: self._to.get(m.group(0).casefold(), m.group(0)), value)

    def person(self, account_id: str) -> rp.Person:
        member = self._state.staff.get(account_id)
        if member is None:
            return rp.Person("", "unknown account")
        role = member.job_title or member.role.value
        return rp.Person("" if self.external else member.full_name, role)

    def who(self, account_id: str) -> str:
        return self.person(account_id).words


def child_details(pupil: Pupil, school: str) -> rp.ChildDetails:
    other = pupil.preferred_name if pupil.preferred_name and pupil.preferred_name != pupil.forename else ""
    return rp.ChildDetails(
        forename=pupil.forename,
        surname=pupil.surname,
        other_names=other,
        date_of_birth=pupil.date_of_birth,
        gender=pupil.gender,
        address=pupil.address,
        postcode=pupil.postcode,
        school=school,
        upn=pupil.upn,
        year_group=pupil.year_group,
        reg_group=pupil.reg_group,
    )


def household(state: SchoolState, pupil_id: str, words: StaffWords) -> tuple[rp.HouseholdMember, ...]:
    members: list[rp.HouseholdMember] = []
    for home in households_for(state.lead, pupil_id):
        for adult in home.adults:
            members.append(
                rp.HouseholdMember(
                    name=adult.name,
                    relationship=adult.relationship,
                    parental_responsibility=adult.parental_responsibility,
                    address=adult.address,
                )
            )
        for other_id in sorted(home.pupil_ids - {pupil_id}):
            other = state.pupils.get(other_id)
            if other is not None:
                members.append(
                    rp.HouseholdMember(
                        name=other.full_name,
                        relationship="child in the same household",
                        date_of_birth=other.date_of_birth,
                        parental_responsibility=False,
                        school=state.school_name,
                    )
                )
    return tuple(members)


def agencies(state: SchoolState, pupil_id: str) -> tuple[rp.Agency, ...]:
    found: list[rp.Agency] = []
    latest: dict[str, object] = {}
    for status in sorted(state.lead.agency_statuses.values(), key=lambda s: (s.at, s.entry_id)):
        if status.pupil_id == pupil_id:
            latest[status.status] = status
    for status in latest.values():
        if status.active:  # type: ignore[attr-defined]
            try:
                name = AgencyStatusCode(status.status).words  # type: ignore[attr-defined]
            except ValueError:
                name = status.status  # type: ignore[attr-defined]
            found.append(rp.Agency(status.agency or name, name, status.contact))  # type: ignore[attr-defined]
    for referral in sorted(state.lead.referrals.values(), key=lambda r: (r.occurred_at, r.entry_id)):
        if referral.pupil_id != pupil_id:
            continue
        outcome = state.lead.referral_outcome(referral.entry_id)
        status = f"referral made {referral.occurred_at.astimezone():%d %b %Y}"
        status += f"; outcome: {outcome.outcome}" if outcome else "; awaiting outcome"
        found.append(rp.Agency(referral.agency, status, f"reference {referral.reference or '(none given)'}"))
    return tuple(found)


def file_status(state: SchoolState, pupil_id: str) -> str:
    status = state.lead.file_status_of(pupil_id)
    if status is None:
        return "Open"
    try:
        return FileStatusCode(status.status).words
    except ValueError:
        return status.status


def outcome_of(state: SchoolState, item: ChronologyItem) -> str:
    """The outcome column: a concern's closure, else where its latest decision stands."""
    if item.kind != "concern":
        return ""
    closure = state.lead.closure(item.entry_id)
    if closure is not None:
        return f"Closed: {closure.outcome}"
    decision = state.lead.latest_decision(item.entry_id)
    return f"Decision: {decision_words(decision.decision)}" if decision else ""


def chronology_rows(
    state: SchoolState, items: Iterable[ChronologyItem], words: StaffWords, child: Callable[[str], str] | None = None
) -> list[rp.ChronologyRow]:
    rows = []
    for item in items:
        concern = state.concerns.get(item.entry_id) if item.kind == "concern" else None
        by = words.who(concern.author_id) if concern else words.text(item.recorded_by)
        rows.append(
            rp.ChronologyRow(
                entry_id=item.entry_id,
                occurred_at=item.occurred_at,
                recorded_at=item.recorded_at,
                what=words.text(item.summary),
                recorded_by=by,
                action=words.text(item.action),
                outcome=words.text(outcome_of(state, item)),
                category=", ".join(item.all_categories),
                kind=item.kind,
                child=child(item.pupil_id) if child else "",
            )
        )
    return rows


def imported_rows(state: SchoolState, pupil_id: str, words: StaffWords) -> list[rp.ChronologyRow]:
    """The records of files received from the child's previous schools, as chronology rows."""
    rows = []
    for transfer in state.transfers.ins_for(pupil_id):
        for record in transfer.records:
            content = record.content
            text = str(content.get("what_happened") or content.get("text") or content.get("summary") or "")
            rows.append(
                rp.ChronologyRow(
                    entry_id=record.entry_id,
                    occurred_at=record.occurred_at,
                    recorded_at=record.recorded_at,
                    what=f"[{transfer.from_school}] {record.kind}: {text}".strip(),
                    recorded_by=words.text(record.author),
                    action=str(content.get("action_taken") or ""),
                    category=str(content.get("category") or ""),
                    kind=record.kind,
                )
            )
    return rows


def injury_events(concerns: Iterable[Concern], words: StaffWords) -> tuple[rp.InjuryEvent, ...]:
    events = []
    for concern in sorted(concerns, key=lambda c: (c.occurred_at, c.recorded_at, c.concern_id)):
        if not concern.injuries:
            continue
        marks = tuple(
            rp.MarkDetails(
                number=index,
                view=mark.view,
                x=mark.x,
                y=mark.y,
                site=bodymap.region_name(mark.region) if mark.region in bodymap.REGION_NAMES else mark.region,
                type=str(mark.type),
                size_cm=mark.size_cm,
                shape=mark.shape,
                colour=mark.colour,
                skin_broken=mark.skin_broken,
                explanation=words.text(mark.explanation),
                first_aid=words.text(mark.first_aid),
                observed_by=words.text(mark.observed_by),
                explanation_by=_GIVERS.get(mark.given_by, ""),
                witnessed_by=words.text(mark.witnessed_by),
            )
            for index, mark in enumerate(concern.injuries, start=1)
            if mark.view in bodymap.VIEW_ASPECT
        )
        events.append(
            rp.InjuryEvent(
                concern.concern_id,
                concern.occurred_at,
                concern.recorded_at,
                words.who(concern.author_id),
                words.text(concern.what_happened),
                marks,
            )
        )
    return tuple(events)


_GIVERS = {"child": "the child", "parent": "a parent", "carer": "a carer", "other-adult": "another adult"}


def red_flags(state: SchoolState, pupil_id: str) -> tuple[rp.RedFlag, ...]:
    flags = evaluate(state, settings_of(state).red_flags, [pupil_id]).get(pupil_id, [])
    return tuple(rp.RedFlag(flag.reason, tuple(dict.fromkeys((*flag.entry_ids, flag.at_entry)))) for flag in flags)


@dataclass(slots=True)
class Hashes:
    """Entry hashes of the children a pack covers, read once per child from the store."""

    session: Session
    held: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)

    def load(self, pupil_id: str) -> None:
        if pupil_id in self.read:
            return
        self.read.add(pupil_id)
        for entry in self.session.view.entries_about(pupil_id):
            self.held[entry.id] = (pupil_id, entry.hash)

    def included(self, ids: Iterable[str], kinds: dict[str, str]) -> tuple[rp.IncludedEntry, ...]:
        found = []
        for entry_id in dict.fromkeys(ids):
            held = self.held.get(entry_id)
            if held is not None:
                found.append(rp.IncludedEntry(entry_id, kinds.get(entry_id, ""), held[1].hex()))
        return tuple(found)


def _decision(state: SchoolState, pupil_id: str, words: StaffWords) -> rp.Decision | None:
    decisions = [d for d in state.lead.decisions.values() if d.pupil_id == pupil_id]
    if not decisions:
        return None
    referring = [d for d in decisions if d.decision in ("refer-csc", "refer-police")]
    chosen = max(referring or decisions, key=lambda d: (d.at, d.entry_id))
    sign_offs = [s for s in state.lead.sign_offs.get(chosen.entry_id, ()) if s.by != chosen.by]
    signed = ""
    if sign_offs:
        last = max(sign_offs, key=lambda s: (s.at, s.entry_id))
        verdict = "agreed" if last.agrees else "challenged"
        signed = f"{verdict} by {words.who(last.by)}" + (f": {words.text(last.comment)}" if last.comment else "")
    elif chosen.needs_second_lead:
        signed = "awaiting a second lead"
    return rp.Decision(
        decision_words(chosen.decision), words.text(chosen.rationale), words.who(chosen.by), chosen.at, signed
    )


def referral_input(
    session: Session,
    state: SchoolState,
    pupil: Pupil,
    options: ReferralOptions,
    answers: ReferralAnswers | None = None,
    now: datetime | None = None,
) -> rp.ReferralPackInput:
    """Everything the referral pack shows, from the folded state; audits nothing (see export_referral_pack)."""
    now = now or now_utc()
    answers = answers or ReferralAnswers()
    words = StaffWords(state, options.external)
    hashes = Hashes(session)
    hashes.load(pupil.pupil_id)
    items = chronology_for(state, pupil.pupil_id, bodymap.region_name)
    items = [i for i in items if i.kind not in ACCESS_KINDS]
    rows = sorted(
        chronology_rows(state, items, words) + imported_rows(state, pupil.pupil_id, words),
        key=lambda r: (r.occurred_at, r.recorded_at, r.entry_id),
    )
    concerns = state.concerns_for(pupil.pupil_id)
    kinds = {i.entry_id: i.kind for i in items}
    ids = [i.entry_id for i in items]
    family: list[rp.FamilyChild] = []
    family_rows: list[rp.ChronologyRow] = []
    if options.family:
        others = [p for p in family_of(state.lead, pupil.pupil_id) if p != pupil.pupil_id]
        names = {p: state.pupils[p].full_name for p in [pupil.pupil_id, *others] if p in state.pupils}
        merged: list[ChronologyItem] = list(items)
        for other in others:
            hashes.load(other)
            sibling = state.pupils.get(other)
            if sibling is not None:
                family.append(rp.FamilyChild(sibling.full_name, "brother or sister", sibling.date_of_birth))
            theirs = [i for i in chronology_for(state, other, bodymap.region_name) if i.kind not in ACCESS_KINDS]
            merged += theirs
            kinds.update({i.entry_id: i.kind for i in theirs})
            ids += [i.entry_id for i in theirs]
        merged.sort(key=lambda i: (i.occurred_at, i.recorded_at, i.entry_id))
        family_rows = chronology_rows(state, merged, words, lambda p: names.get(p, ""))
    lead = words.person(session.account_id)
    gaps = []
    if not answers.summary.strip():
        gaps.append("the lead's summary for this referral (write it on the referral form in the app)")
    if answers.parents_know is None:
        gaps.append("whether the parents know of the referral, and consent")
    return rp.ReferralPackInput(
        pack_id=new_pack_id("RP"),
        school_name=state.school_name,
        generated_at=now,
        child=child_details(pupil, state.school_name),
        referrer=rp.Person(lead.name, lead.role, state.school_name, answers.contact),
        household=household(state, pupil.pupil_id, words),
        agencies=agencies(state, pupil.pupil_id),
        consent=rp.Consent(answers.parents_know, answers.consent_given, answers.why_not),
        summary=answers.summary,
        flags=red_flags(state, pupil.pupil_id),
        decision=_decision(state, pupil.pupil_id, words),
        chronology=tuple(rows),
        injury_events=injury_events(concerns, words),
        family=tuple(family),
        family_rows=tuple(family_rows),
        family_requested=options.family,
        included=hashes.included(ids, kinds),
        marking=check_marking(options.marking),
        external=options.external,
        file_status=file_status(state, pupil.pupil_id),
        gaps=tuple(gaps),
    )


class StagedFile:
    """A file written in full beside its destination, moved into place only by `place` (so all or nothing), and
    readable by this user only (private_files).

    Private state: the temporary path, removed on leaving the `with` block if it was never placed.
    """

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path.expanduser()
        folder = self.path.parent
        if not folder.is_dir():
            raise ServiceError(f"The folder {folder} does not exist; nothing was written.")
        handle, temp = tempfile.mkstemp(prefix=".concern-logger-", suffix=".part", dir=folder)
        self._temp = Path(temp)
        try:
            make_private(self._temp)  # before any of it is written (mkstemp's 0600 is POSIX only)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            self._temp.unlink(missing_ok=True)
            raise

    def place(self) -> None:
        os.replace(self._temp, self.path)

    def __enter__(self) -> StagedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._temp.unlink(missing_ok=True)


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
    state = state or file_state_by_upn(session, upn)
    pupil = find_pupil(state, upn)
    pack = referral_input(session, state, pupil, options, answers)
    data = encrypt_pdf(build_referral_pack(pack), password)
    detail = f"pack {pack.pack_id}, {len(pack.included)} entries" + (", external" if options.external else "")
    detail += ", with family chronology" if options.family else ""
    with StagedFile(out, data) as staged, UnitOfWork(session) as uow:
        uow.audit(EntryKind.FILE_EXPORTED, pupil.pupil_id, what="referral pack", detail=detail, pack_id=pack.pack_id)
        uow.commit()
        staged.place()
    return ExportedPack(pack.pack_id, out, len(pack.included))


def write_recovery_sheet(
    path: Path, school_name: str, code: str, lead_name: str, data_dir: Path, created_at: datetime | None = None
) -> Path:
    """The one-page recovery sheet for the school safe, written in full or not at all. It is NOT encrypted (it is
    printed at once and the file deleted); the file is readable by its owner only. `created_at`: when the code was
    made (default now)."""
    sheet = RecoverySheetInput(school_name, code, created_at or now_utc(), lead_name, str(data_dir))
    with StagedFile(path, build_recovery_sheet(sheet)) as staged:
        staged.place()
    return staged.path
