"""Recording concerns and addenda, and reading a child's chronology."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.domain import bodymap
from desktop_app.domain.chronology import ChronologyItem, chronology_for
from desktop_app.domain.concern_input import MAX_TEXT, ConcernInput, ConcernInputError, parse_concern
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.services.directory import categories, find_pupil
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the person is told once a concern is safely on disk."""

    entry_id: str
    pupil: Pupil

    @property
    def reference(self) -> str:
        return short_reference(self.entry_id)


def check_concerns(directory: SchoolState, items: Sequence[Any]) -> list[ConcernInput]:
    """Every item checked against the school's categories and directory; raises ServiceError listing problems."""
    codes = [c.code for c in categories(directory)]
    checked, problems = [], []
    for index, item in enumerate(items):
        prefix = f"concern {index + 1}: " if len(items) > 1 else ""
        try:
            concern = parse_concern(item, codes)
        except ConcernInputError as exc:
            problems.extend(prefix + p for p in exc.problems)
            continue
        for upn in (concern.pupil, *concern.other_children):
            if directory.pupil_by_upn(upn) is None:
                problems.append(f"{prefix}no pupil with UPN {upn} in this school's directory")
        checked.append(concern)
    if problems:
        raise ServiceError("Nothing was recorded: " + "; ".join(problems))
    return checked


def record_concerns(session: Session, directory: SchoolState, concerns: Sequence[ConcernInput]) -> list[Recorded]:
    """Seal and sign each concern to the safeguarding team and its author; all are on disk when this returns."""
    recorded = []
    with UnitOfWork(session) as uow:
        for concern in concerns:
            pupil = find_pupil(directory, concern.pupil)
            others = [find_pupil(directory, upn).pupil_id for upn in concern.other_children]
            content = {
                "category": concern.category,
                "what_happened": concern.what_happened,
                "location": concern.location,
                "childs_words": concern.childs_words,
                "opinion": concern.opinion,
                "present": concern.present,
                "action_taken": concern.action_taken,
                "other_children": others,
                "injuries": [mark.to_payload() for mark in concern.injuries],
            }
            entry_id = uow.record(EntryKind.CONCERN, content, subject=pupil.pupil_id, occurred_at=concern.occurred_at)
            recorded.append(Recorded(entry_id, pupil))
        uow.commit()
    return recorded


def add_addendum(session: Session, state: SchoolState, amends: str, text: str) -> str:
    """A correction or addition to a concern; the original is never changed. Authors and leads may add one."""
    concern = state.concerns.get(amends)
    if concern is None:
        raise NotFound("That concern is not one you can see.")
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise ServiceError(f"An addendum needs some text (at most {MAX_TEXT} characters).")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ADDENDUM, {"amends": amends, "text": text}, subject=concern.pupil_id)
        uow.commit()
    return entry_id


def open_child_file(session: Session, upn: str) -> tuple[Pupil, list[ChronologyItem]]:
    """A lead opens a child's file: the chronology, with the opening written to the access audit."""
    session.require_lead()
    state = load_state(session)
    pupil = find_pupil(state, upn)
    items = chronology_for(state, pupil.pupil_id, bodymap.region_name)
    with UnitOfWork(session) as uow:
        uow.audit(EntryKind.FILE_VIEWED, pupil.pupil_id, what="chronology")
        uow.commit()
    return pupil, items


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
