"""Attendance from the school's MIS: a lead imports session marks (all or nothing) and reads a child's attendance.

Each child's marks from one import are one entry (`pupil.attendance`), sealed to the team like every lead record
and counted only when a lead wrote it: a school of 400 pupils makes 400 entries a term, not 56,000 marks.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app.domain.attendance.csv_marks import MAX_FILE_BYTES, MarksFile, MarksProblem, MarksRejected, parse_marks
from desktop_app.domain.attendance.summary import Absence, Around, ChildAttendance, Figures, attendance_of
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.ids import new_id
from desktop_app.domain.lead.file_records import AttendanceMarks
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.file_limits import read_limited
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork

_LATEST = datetime.max.replace(tzinfo=UTC)  # what was just written stands over what was held


@dataclass(frozen=True, slots=True)
class AttendanceImported:
    """What an import wrote: children and marks, the days covered, who stands below 90%, and the children whose
    file is read-only here (transferred out), whose marks were not kept."""

    children: int
    marks: int
    first: date
    last: date
    persistent: tuple[str, ...] = ()
    read_only: tuple[str, ...] = ()

    @property
    def words(self) -> str:
        text = (
            f"Attendance imported: {self.marks:,} marks for {self.children} child"
            f"{'' if self.children == 1 else 'ren'}, {self.first:%d %b %Y} to {self.last:%d %b %Y}."
        )
        if self.persistent:
            text += f" {len(self.persistent)} below 90% of possible sessions (persistent absence)."
        if self.read_only:
            text += f" Not kept for {len(self.read_only)} whose file was transferred out: {', '.join(self.read_only)}."
        return text


def _pupils_for(state: SchoolState, marks: MarksFile) -> dict[str, Pupil]:
    """Each UPN of the file's children, as in the directory; MarksRejected naming the line of every UPN that is not."""
    by_upn = {p.upn: p for p in state.pupils.values()}
    unknown = [
        MarksProblem(held.line, f"{upn} is not a pupil in this school's directory (import the roster first)")
        for upn, held in marks.pupils.items()
        if upn not in by_upn
    ]
    if unknown:
        raise MarksRejected(unknown[:200], len(unknown))
    return {upn: by_upn[upn] for upn in marks.pupils}


def import_attendance(
    session: Session, data: bytes, *, today: date | None = None, state: SchoolState | None = None
) -> AttendanceImported:
    """All-or-nothing: a bad file, or a UPN not in the directory, raises MarksRejected and writes nothing. Each
    child's marks are one entry, written in a shuffled order (a file sorted by name must not show in the chain).
    `state` is a folded state to find the children in (default: this session's)."""
    session.require_lead()
    marks = parse_marks(data, today=today)
    state = state if state is not None else load_state(session)
    pupils = _pupils_for(state, marks)
    import_id = new_id()
    order = list(marks.pupils.values())
    secrets.SystemRandom().shuffle(order)
    read_only = sorted(pupils[h.upn].full_name for h in order if state.lead.read_only_reason(pupils[h.upn].pupil_id))
    kept = [h for h in order if not state.lead.read_only_reason(pupils[h.upn].pupil_id)]
    persistent = []
    with UnitOfWork(session) as uow:
        for held in kept:
            pupil = pupils[held.upn]
            days = list(held.days)
            content = {
                "import": import_id,
                "days": [d.isoformat() for d in days],
                "am": [held.days[d][0] for d in days],
                "pm": [held.days[d][1] for d in days],
            }
            uow.record(EntryKind.ATTENDANCE, content, subject=pupil.pupil_id)
        uow.commit()
    for held in kept:  # the figures as the file gives them with what was held before
        pupil = pupils[held.upn]
        figures = _after_import(state, pupil.pupil_id, held.days).figures()
        if figures is not None and figures.persistent:
            persistent.append(pupil.full_name)
    count = sum(sum(1 for c in codes if c) for h in kept for codes in h.days.values())
    return AttendanceImported(len(kept), count, marks.first, marks.last, tuple(sorted(persistent)), tuple(read_only))


def _after_import(state: SchoolState, pupil_id: str, days: dict[date, list[str]]) -> ChildAttendance:
    held = state.lead.about(pupil_id, AttendanceMarks)
    listed = list(days)
    am, pm = tuple(days[d][0] for d in listed), tuple(days[d][1] for d in listed)
    new = AttendanceMarks("~new", pupil_id, "", tuple(d.isoformat() for d in listed), am, pm, "", _LATEST)
    return ChildAttendance([*held, new])


def read_attendance_file(path: Path) -> bytes:
    """The bytes of an attendance export, refused before it is read whole when it is over the limit."""
    try:
        return read_limited(path, MAX_FILE_BYTES, "an attendance export")
    except OSError as exc:
        raise ServiceError(
            f"The attendance file {path} cannot be read ({exc.strerror}); nothing was imported."
        ) from exc


def import_attendance_file(session: Session, path: Path) -> AttendanceImported:
    """`import_attendance` of the file at `path` (size-checked before it is read)."""
    return import_attendance(session, read_attendance_file(path))


@dataclass(frozen=True, slots=True)
class ChildAbsence:
    """A child's attendance as a lead reads it: the figures, every session missed, and the absence around each
    injury (concern id, when, and in words)."""

    figures: Figures | None
    absences: tuple[Absence, ...]
    around_injuries: tuple[tuple[str, date, Around], ...]


def child_attendance(state: SchoolState, pupil_id: str) -> ChildAbsence:
    """What the marks held say about one child (read from a folded state the lead already holds)."""
    held = attendance_of(state.lead, pupil_id)
    around = []
    for concern in sorted(state.concerns_for(pupil_id), key=lambda c: (c.occurred_at, c.concern_id)):
        if concern.injuries and held:
            day = concern.occurred_at.date()
            around.append((concern.concern_id, day, held.around(day)))
    return ChildAbsence(held.figures(), tuple(held.absences()), tuple(around))
