"""The head for allegations against staff: who it is and since when, handing the role over, and taking it over when
the head's account is no longer an active oversight account (design note 63; judged in domain/allegations_head.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.domain.allegations_head import TAKEN_OVER
from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.records import Role
from desktop_app.services.allegations import (
    _current,
    _grant,
    _holder_names,
    _name_holder,
    _new_generation,
    _require_head,
    account_named,
    holder_accounts,
    load_allegations,
)
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.session import KEY_KIND_ALLEGATIONS, Session
from desktop_app.services.uow import UnitOfWork

HEAD_ACTIVE = "The head's account is active: only the head can hand the role over (Allegations, Hand over to…)."


@dataclass(frozen=True, slots=True)
class HeadNow:
    """Who the head is (a username where this person can know it, else "" and `is_you`), since when, and, for a
    take-over, who the former head was and that their account had been disabled (or was no longer oversight)."""

    account_id: str
    name: str
    since: date
    is_you: bool
    taken_over: bool
    former: str  # the former head's account id ("" unless handed over or taken over)
    former_name: str


def the_head(session: Session) -> HeadNow | None:
    """The head now, or None before the school's first allegations key. Holders see the head's name when the head
    named themselves or was named (a hand-over writes the new head's name for the holders)."""
    session.refresh()
    turn = session.keybook.allegations_head
    if turn is None:
        return None
    held = any(isinstance(session.keyring.lookup(k), X25519PrivateKey) for k in session.keybook.allegations_keys)
    names = _holder_names(session) if held else {}
    return HeadNow(
        turn.account_id,
        names.get(turn.account_id, ""),
        from_millis(turn.since).date(),
        turn.account_id == session.account_id,
        turn.how == TAKEN_OVER,
        turn.former,
        names.get(turn.former, ""),
    )


def head_words(head: HeadNow | None) -> str:
    """ "The head: j.smith (since 2026-11-02)", and for a take-over, that it followed the former head's account
    being disabled."""
    if head is None:
        return "There is no head for allegations yet: the oversight account that makes the allegations key is the head."
    who = "you" if head.is_you else head.name or f"an oversight account ({head.account_id[:8]})"
    words = f"The head: {who} (since {head.since.isoformat()})"
    if head.taken_over:
        former = head.former_name or f"an oversight account ({head.former[:8]})"
        words += f", taken over after the former head's account ({former}) was disabled or demoted"
    return words + "."


def hand_over(session: Session, username: str) -> str:
    """The head hands the role to another active oversight account: it is granted every generation the head holds
    and named for the holders, then the signed hand-over is written (in that order, so the grants are the head's at
    their point). From the hand-over on, only the new head's key material counts. Returns the new head's id."""
    _require_head(session)
    _, recipient = _current(session)
    account = account_named(session, username)
    if account.account_id == session.account_id:
        raise ServiceError("You are already the head.")
    if account.role != Role.OVERSIGHT:
        raise ServiceError(
            f"{username.strip()} is not an oversight account: only an oversight account can be the head."
        )
    if load_allegations(session).about(account.account_id):
        raise ServiceError(f"An allegation is recorded about {username.strip()}: they cannot be made the head.")
    current_key = account.current_key
    granted = {
        g.key_id
        for g in session.keybook.grants_to(account.account_id)
        if g.key_kind == KEY_KIND_ALLEGATIONS and g.to_key_id == current_key.key_id
    }
    with UnitOfWork(session) as uow:
        for key_id in sorted(session.keybook.allegations_keys, key=session.keybook.position):
            private = session.keyring.lookup(key_id)
            if isinstance(private, X25519PrivateKey) and key_id not in granted:
                _grant(uow, key_id, account, private)
        _name_holder(uow, recipient, account, username)
        uow.record_public({"type": EntryKind.ALLEGATIONS_HEAD, "account_id": account.account_id})
        uow.commit()
    session.refresh()
    return account.account_id


def take_over(session: Session, username: str) -> str:
    """An active oversight account takes the role when the head's account is disabled (or no longer oversight):
    the signed take-over, then a new generation of the key granted to them and to every active holder (they may not
    hold the older ones: those stay with the holders). Every holder sees it was a take-over. Returns the new key."""
    if session.role != Role.OVERSIGHT or session.keys is None:
        raise NotPermitted("Only an oversight account can take over as the head.")
    session.refresh()
    turn = session.keybook.allegations_head
    if turn is None:
        raise ServiceError("There is no head to take over from: make the allegations key (you become the head).")
    if turn.account_id == session.account_id:
        raise ServiceError("You are already the head.")
    if account_named(session, username).account_id != session.account_id:
        raise NotPermitted("Type your own username: a take-over names the account taking over.")
    former = session.keybook.accounts.get(turn.account_id)
    if former is not None and former.active and former.role == Role.OVERSIGHT:
        raise NotPermitted(HEAD_ACTIVE)
    held = any(isinstance(session.keyring.lookup(k), X25519PrivateKey) for k in session.keybook.allegations_keys)
    names = _holder_names(session) if held else {}
    with UnitOfWork(session) as uow:
        uow.record_public({"type": EntryKind.ALLEGATIONS_HEAD, "account_id": session.account_id})
        uow.commit()
    session.refresh()
    keeping = [a for a in holder_accounts(session) if a.role in (Role.LEAD, Role.OVERSIGHT)]
    with UnitOfWork(session) as uow:
        key_id, recipient = _new_generation(session, uow, keeping)
        _name_holder(uow, recipient, session.account, username)
        for account in keeping:
            if account.account_id in names and account.account_id != session.account_id:
                _name_holder(uow, recipient, account, names[account.account_id])
        uow.commit()
    session.refresh()
    return key_id
