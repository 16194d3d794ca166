"""Opening entries with the signed-in person's keys: the rows they can read, decoded, with authority checked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.domain.entries import ANYONE_MAY_WRITE, EntryKind, EntryRecord, kind_label
from desktop_app.domain.fold import OpenedEntry
from desktop_app.domain.records import Role
from desktop_app.services.content import decode_content
from desktop_app.storage.log import LeanRow, lean_row

if TYPE_CHECKING:
    from desktop_app.domain.keybook import KeyBook
    from desktop_app.services.session import Session  # entries are opened with its keys
    from desktop_app.services.verified.view import VerifiedView

_KEY_MATERIAL = (EntryKind.BATCH, EntryKind.GRANT)
_NOT_THEIRS = "an addendum to a record its author did not write (only a lead may amend another's)"
_NOT_ASSIGNED = "an action marked done by someone it was not assigned to (only a lead may mark another's done)"


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
            elif why is not None and kind == EntryKind.ACTION_DONE:  # its assignee may mark their own action done
                why = assignee_problem(book, view, author_key_id, device_id, seq, subject, content.get("action"))
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


def assignee_problem(
    book: KeyBook,
    view: VerifiedView,
    author_key_id: str,
    device_id: str,
    seq: int,
    subject: str | None,
    action_id: object,
) -> str | None:
    """Why a member of staff's `action.done` does not count (None when it does): its author must be an account that
    could write at that point, and the action it names must be a lead's entry about the same child, sealed to one of
    the author's own keys. Decided by the keys the action was sealed to, not by anything the done entry claims."""
    key = book.signing_keys.get(author_key_id)
    why = book.entry_problem(author_key_id, device_id, seq, lead_only=False)
    if why is not None or key is None:
        return why or _NOT_ASSIGNED
    account = book.accounts.get(key.account_id)
    own = {k.key_id for k in account.keys} if account is not None else set()
    about, sealed_to = view.lead_sealed_to(action_id) if isinstance(action_id, str) else (None, frozenset())
    return None if own & sealed_to and about == subject else _NOT_ASSIGNED


def opened_entries(session: Session, entries: Iterable[EntryRecord]) -> Iterator[OpenedEntry]:
    """The entries this person can open, decoded (see `open_rows`); only those the view finds sound."""
    return open_rows(session, (lean_row(e) for e in session.view.verified(entries) if e.sealed is not None))


def roles_of(session: Session) -> dict[str, Role]:
    return {account_id: account.role for account_id, account in session.keybook.accounts.items()}
