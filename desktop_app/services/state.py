"""Rebuilding what the signed-in person may see, by opening every entry they hold a key for and folding."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.domain.entries import EntryKind, EntryRecord, from_millis
from desktop_app.domain.fold import OpenedEntry, fold
from desktop_app.domain.records import SchoolState
from desktop_app.services.session import Session


def opened_entries(session: Session, entries: Iterable[EntryRecord]) -> Iterator[OpenedEntry]:
    """The entries this person can open, decoded; entries sealed to others (or damaged) are passed over."""
    session.refresh()
    book, keyring = session.keybook, session.keyring
    for entry in entries:
        if entry.sealed is None:
            continue
        kind_public = book.kinds.get(entry.id)
        if kind_public in (EntryKind.BATCH, EntryKind.GRANT):
            continue  # key material, opened by the keyring itself
        try:
            content = keyring.open_content(entry)
        except (CannotOpen, ValueError):
            continue  # damaged: `verify` reports it
        if content is None:
            continue
        key = book.signing_keys.get(entry.author_key_id)
        kind = content.pop("kind", "")
        yield OpenedEntry(
            entry_id=entry.id,
            kind=kind,
            subject=entry.subject,
            author_id=key.account_id if key else "",
            occurred_at=from_millis(entry.occurred_at),
            recorded_at=from_millis(entry.recorded_at),
            content=content,
        )


def load_state(session: Session) -> SchoolState:
    """Everything this person can read in the store, folded."""
    roles = {account_id: account.role for account_id, account in session.keybook.accounts.items()}
    state = fold(opened_entries(session, session.store.log.all()), roles)
    state.school_id, state.school_name = session.keybook.school_id, session.keybook.school_name
    return state
