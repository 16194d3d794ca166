"""The allegations' own access log: reading allegations in full (one in the window, every one on the command line)
writes an `allegation.opened` entry, as opening a child's file writes `file.viewed`. It is sealed to the current
allegations key alone, like the allegations, so only the holders read who looked at what, and when (design note
55)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.allegations import Allegation, AllegationsRecord
from desktop_app.domain.entries import EntryKind
from desktop_app.services.allegations import _current, _holder_names, _judged, load_allegations
from desktop_app.services.errors import NotFound
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork

MAX_HOW = 100


@dataclass(frozen=True, slots=True)
class Opening:
    """One reading of an allegation: who (by the username the head named them by, or "the head"), when, and how."""

    account_id: str
    who: str
    at: datetime
    how: str


def _write_opening(session: Session, allegation_ids: Sequence[str], how: str) -> None:
    if not allegation_ids:
        return
    _, recipient = _current(session)
    with UnitOfWork(session) as uow:
        content = {"allegations": sorted(allegation_ids), "how": how[:MAX_HOW]}
        uow.record(EntryKind.ALLEGATION_OPENED, content, recipients=[recipient])
        uow.commit()


def read_allegations(session: Session, how: str) -> AllegationsRecord:
    """Every allegation this holder can read, in full; the reading is written to the allegations' access log."""
    record = load_allegations(session)
    _write_opening(session, list(record.allegations), how)
    return record


def open_allegation(session: Session, allegation_id: str, how: str) -> tuple[Allegation, list[Opening]]:
    """One allegation in full and who has opened it so far (this opening included, newest first); the opening is
    written to the allegations' access log."""
    record = load_allegations(session)
    allegation = record.allegations.get(allegation_id)
    if allegation is None:
        raise NotFound(f"No allegation {allegation_id!r} that you can read.")
    _write_opening(session, [allegation_id], how)
    return allegation, openings(session).get(allegation_id, [])


def openings(session: Session) -> dict[str, list[Opening]]:
    """Each allegation's openings, newest first, from the access-log entries that count (written by a holder of the
    generation they are sealed to)."""
    names = _holder_names(session)
    found: dict[str, list[Opening]] = {}
    for entry in _judged(session):
        if entry.kind != EntryKind.ALLEGATION_OPENED or entry.problem is not None:
            continue
        ids, how = entry.content.get("allegations"), entry.content.get("how", "")
        if not isinstance(ids, list) or not isinstance(how, str):
            continue
        who = names.get(entry.author, "") or "the head"
        for allegation_id in ids:
            if isinstance(allegation_id, str):
                found.setdefault(allegation_id, []).append(Opening(entry.author, who, entry.recorded_at, how[:MAX_HOW]))
    for held in found.values():
        held.sort(key=lambda o: o.at, reverse=True)
    return found
