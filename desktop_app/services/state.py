"""Rebuilding what the signed-in person may see, by opening every entry they hold a key for and folding."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.domain.entries import ANYONE_MAY_WRITE, EntryKind, EntryRecord, kind_label
from desktop_app.domain.fold import OpenedEntry
from desktop_app.domain.records import Role, SchoolState
from desktop_app.services.content import decode_content
from desktop_app.services.session import Session
from desktop_app.storage.log import LeanRow

_KEY_MATERIAL = (EntryKind.BATCH, EntryKind.GRANT)
_NOT_THEIRS = "an addendum to a record its author did not write (only a lead may amend another's)"
STATE_SNAPSHOT = "state"


def open_rows(session: Session, rows: Iterable[LeanRow]) -> Iterator[OpenedEntry]:
    """The rows this person can open, decoded; rows sealed to others (or damaged) are passed over, and a lead's
    kind of record written by someone who was not a lead at its point is quarantined in the view."""
    session.refresh()
    book, keyring, view = session.keybook, session.keyring, session.view
    kinds, signing_keys = book.kinds, book.signing_keys
    open_sealed, decode, moment = keyring.open_sealed, decode_content, datetime.fromtimestamp
    for entry_id, subject, author_key_id, occurred_at, recorded_at, sealed, device_id, seq in rows:
        if kinds.get(entry_id) in _KEY_MATERIAL:
            continue  # opened by the keyring itself
        try:
            content = decode(open_sealed(sealed, entry_id, subject))
        except CannotOpen:
            continue  # not sealed to this person (NoKeyHeld), or damaged: `verify` reports that
        except ValueError:  # not JSON (UnicodeDecodeError is a ValueError too)
            continue
        if not isinstance(content, dict):
            continue
        kind = content.pop("kind", "")
        if kind.__class__ is not str:  # anyone's JSON: a list or an object here is no kind (and cannot be looked up)
            view.refuse(entry_id, device_id, seq, f"{kind_label(kind)} whose kind is not text (a modified program?)")
            continue
        key = signing_keys.get(author_key_id)
        if kind not in ANYONE_MAY_WRITE or kind == EntryKind.ADDENDUM:
            why = book.entry_problem(author_key_id, device_id, seq, lead_only=True)
            if why is not None and kind == EntryKind.ADDENDUM:  # anyone may amend only what they wrote themselves
                amended = view.author_of(str(content.get("amends", "")))
                why = None if key is not None and amended == (key.account_id, subject) else _NOT_THEIRS
            if why is not None:
                view.refuse(entry_id, device_id, seq, f"{kind_label(kind)}: {why}")
                continue
        yield OpenedEntry(
            entry_id,
            kind,
            subject,
            key.account_id if key else "",
            moment(occurred_at / 1000, UTC),  # `from_millis`, inline: a whole-store fold makes 200,000
            moment(recorded_at / 1000, UTC),
            content,
        )


def opened_entries(session: Session, entries: Iterable[EntryRecord]) -> Iterator[OpenedEntry]:
    """The entries this person can open, decoded (see `open_rows`); only those the view finds sound."""
    rows = (
        (e.id, e.subject, e.author_key_id, e.occurred_at, e.recorded_at, e.sealed, e.device_id, e.seq)
        for e in session.view.verified(entries)
        if e.sealed is not None
    )
    return open_rows(session, rows)


def roles_of(session: Session) -> dict[str, Role]:
    return {account_id: account.role for account_id, account in session.keybook.accounts.items()}


def load_state(session: Session, *, use_snapshot: bool = True) -> SchoolState:
    """Everything this person can read in the store, folded: a copy of the session's one folded state
    (`services.folded`), after taking in what reached the store since, safe to read while that fold goes on.

    The first time on a PC every entry is opened and folded, and the result is kept as a sealed snapshot (see
    `services.snapshot`); a later sign-in opens the snapshot and folds in only the entries received since. Without
    `use_snapshot`, everything is folded afresh, apart from the session's fold, and nothing is kept.
    """
    from desktop_app.services.folded import FoldedState

    if use_snapshot:
        return session.folded.copy()
    folded = FoldedState(session, use_snapshot=False)
    folded.refresh()
    return folded.live


def staff_names(session: Session) -> dict[str, str]:
    """Account id -> full name of every member of staff this person can read (to say who wrote what)."""
    return {account_id: member.full_name for account_id, member in load_state(session).staff.items()}
