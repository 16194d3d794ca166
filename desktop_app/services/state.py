"""Rebuilding what the signed-in person may see, by opening every entry they hold a key for and folding."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.domain.entries import EntryKind, EntryRecord, from_millis
from desktop_app.domain.fold import OpenedEntry, fold, fold_more
from desktop_app.domain.records import Role, SchoolState
from desktop_app.services.gc_pause import quiet_gc
from desktop_app.services.session import Session
from desktop_app.services.snapshot import RESAVE_AFTER, load_snapshot, save_snapshot
from desktop_app.storage.log import LeanRow

_KEY_MATERIAL = (EntryKind.BATCH, EntryKind.GRANT)
STATE_SNAPSHOT = "state"


def open_rows(session: Session, rows: Iterable[LeanRow]) -> Iterator[OpenedEntry]:
    """The rows this person can open, decoded; rows sealed to others (or damaged) are passed over."""
    session.refresh()
    book, keyring = session.keybook, session.keyring
    kinds, signing_keys = book.kinds, book.signing_keys
    open_sealed, loads = keyring.open_sealed, json.loads
    for entry_id, subject, author_key_id, occurred_at, recorded_at, sealed in rows:
        if kinds.get(entry_id) in _KEY_MATERIAL:
            continue  # opened by the keyring itself
        try:
            content = loads(open_sealed(sealed, entry_id, subject).decode("utf-8"))
        except CannotOpen:
            continue  # not sealed to this person (NoKeyHeld), or damaged: `verify` reports that
        except ValueError:  # not JSON (UnicodeDecodeError is a ValueError too)
            continue
        key = signing_keys.get(author_key_id)
        yield OpenedEntry(
            entry_id,
            content.pop("kind", ""),
            subject,
            key.account_id if key else "",
            from_millis(occurred_at),
            from_millis(recorded_at),
            content,
        )


def opened_entries(session: Session, entries: Iterable[EntryRecord]) -> Iterator[OpenedEntry]:
    """The entries this person can open, decoded (see `open_rows`)."""
    rows = (
        (e.id, e.subject, e.author_key_id, e.occurred_at, e.recorded_at, e.sealed)
        for e in entries
        if e.sealed is not None
    )
    return open_rows(session, rows)


def roles_of(session: Session) -> dict[str, Role]:
    return {account_id: account.role for account_id, account in session.keybook.accounts.items()}


def load_state(session: Session, *, use_snapshot: bool = True) -> SchoolState:
    """Everything this person can read in the store, folded.

    The first time on a PC every entry is opened and folded, and the result is kept as a sealed snapshot (see
    `services.snapshot`); afterwards only the entries received since the snapshot are opened and folded in.
    """
    return fold_state(session, use_snapshot=use_snapshot)[0]


def fold_state(session: Session, *, use_snapshot: bool = True) -> tuple[SchoolState, int]:
    """`load_state`, and the store position (local_seq) the state holds everything up to."""
    session.refresh()
    log = session.store.log
    roles = roles_of(session)
    snapshot = (
        load_snapshot(session, STATE_SNAPSHOT, lambda value: isinstance(value, SchoolState)) if use_snapshot else None
    )
    upto = log.newest_local_seq()  # after the snapshot: never behind it, even if another thread just wrote one
    with quiet_gc():
        if snapshot is None:
            state = fold(open_rows(session, log.sealed_rows_received(0, upto)), roles)
        else:
            state = snapshot.value
            fold_more(state, open_rows(session, log.sealed_rows_received(snapshot.seen, upto)), roles)
            state.apply_roles(roles)
    state.school_id, state.school_name = session.keybook.school_id, session.keybook.school_name
    if use_snapshot and (snapshot is None or upto - snapshot.seen >= RESAVE_AFTER):
        save_snapshot(session, STATE_SNAPSHOT, state, upto)
    return state, upto
