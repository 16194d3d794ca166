"""Opening one child's file by reading only that child's entries, not folding the whole store."""

from __future__ import annotations

from desktop_app.domain import bodymap
from desktop_app.domain.chronology import ChronologyItem, chronology_for
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import fold
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.services.errors import NotFound
from desktop_app.services.session import Session
from desktop_app.services.state import opened_entries
from desktop_app.services.uow import UnitOfWork


def child_state(session: Session, pupil_id: str) -> SchoolState:
    """What this person can read about one child: the child's own entries and their authors' profiles, folded.

    Everything a chronology needs carries the child's id as its subject (directory details, concerns, addenda),
    so the store's subject index finds it without opening anyone else's records. `staff` holds only the people
    who wrote in this file: their names come from their account entries, read by id.
    """
    log, book = session.store.log, session.keybook
    entries = log.sealed_entries(subject=pupil_id)
    authors = {key.account_id for entry in entries if (key := book.signing_keys.get(entry.author_key_id))}
    profiles = [entry for entry in map(log.get, sorted(authors)) if entry is not None]
    roles = {account_id: account.role for account_id, account in book.accounts.items()}
    state = fold(opened_entries(session, [*profiles, *entries]), roles)
    state.school_id, state.school_name = book.school_id, book.school_name
    return state


def load_child_file(session: Session, pupil_id: str) -> tuple[Pupil, list[ChronologyItem]]:
    """A lead opens a child's file by pupil id: the chronology, with the opening written to the access audit."""
    session.require_lead()
    state = child_state(session, pupil_id)
    pupil = state.pupils.get(pupil_id)
    if pupil is None:
        raise NotFound("That pupil is not in this school's directory.")
    items = chronology_for(state, pupil_id, bodymap.region_name)
    with UnitOfWork(session) as uow:
        uow.audit(EntryKind.FILE_VIEWED, pupil_id, what="chronology")
        uow.commit()
    return pupil, items
