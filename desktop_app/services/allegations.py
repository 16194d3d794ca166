"""Allegations against staff: the head's allegations key and its holders, and the records sealed to it alone.

The head (an oversight account: the head teacher, or the chair of governors when the allegation is about the head)
makes the **allegations key** (X25519) and grants it to themselves and to each lead they name. Allegations and their
outcomes are sealed to the current generation of that key and to nothing else: not the team key, not the author.
Removing a holder, or recording an allegation about someone who holds the key, makes a new generation without them
(design note "Allegations against staff"): they keep what they could read before, and read nothing written after.
The key book refuses allegations key material from anyone but the head at its point (domain/allegations_head.py:
the first key's maker, or whoever the role was handed to or taken over by; services/allegations_head.py), and
domain/allegations.py refuses records from anyone not given the generation they are sealed to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.crypto.envelope import Recipient, recipient_key_ids
from desktop_app.crypto.keys import (
    generate_team_key,
    login_tag,
    public_bytes_x25519,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.allegations import (
    AllegationError,
    AllegationsEntry,
    AllegationsRecord,
    allegation_content,
    fold_allegations,
    holders,
    outcome_content,
    writing_problem,
)
from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.key_material import AccountRecord, b64
from desktop_app.domain.records import Role
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.session import KEY_KIND_ALLEGATIONS, Session
from desktop_app.services.uow import UnitOfWork, now_utc

NOT_HEAD = "Only the head (an oversight account) can do this."
NOT_THE_HEAD = (
    "Only the head can do this: another oversight account is the head for allegations (Allegations shows who). "
    "The head can hand the role over; it can be taken over only when the head's account is disabled."
)
NOT_HEAD_NOTE = "a holder's name written by someone who was not the head at its point"
NO_KEY = "The head has not made the allegations key yet (allegations key create)."
NOT_HOLDER = "This account has not been given the allegations key; only the head and the leads the head names can."


@dataclass(frozen=True, slots=True)
class Holder:
    """An account that holds the current allegations key, with the username the head named it by."""

    account_id: str
    username: str
    role: Role
    is_you: bool


def may_see_allegations(session: Session) -> bool:
    """Whether the allegations page is for this person: an oversight account (the head, who makes the key) or
    whoever holds the current allegations key."""
    key = session.keybook.current_allegations_key
    return session.role == Role.OVERSIGHT or (key is not None and session.keyring.holds(key.key_id))


def is_head(session: Session) -> bool:
    """Whether this person is the head for allegations now: the oversight account that made the first allegations
    key, or the one the role was handed to (or who took it over) since (domain/allegations_head.py). Before there
    is a key, any oversight account may make it and so become the head."""
    if session.role != Role.OVERSIGHT:
        return False
    turn = session.keybook.allegations_head
    return turn is None or turn.account_id == session.account_id


def _require_head(session: Session) -> None:
    if session.role != Role.OVERSIGHT or session.keys is None:
        raise NotPermitted(NOT_HEAD)
    if not is_head(session):
        raise NotPermitted(NOT_THE_HEAD)


def account_named(session: Session, username: str) -> AccountRecord:
    """The active account with this username (as typed), found by its login tag: no name list is needed."""
    account = session.keybook.account_by_login(login_tag(session.school_id, username))
    if account is None or not account.keys:
        raise NotFound(f"No active account with the username {username.strip()!r}.")
    return account


def _recipient(account: AccountRecord) -> Recipient:
    key = account.current_key
    return Recipient(key.key_id, public=x25519_public_from_bytes(key.agreement_public))


def _grant(uow: UnitOfWork, key_id: str, account: AccountRecord, private: X25519PrivateKey) -> str:
    target = _recipient(account)
    public = {
        "type": EntryKind.GRANT,
        "key_kind": KEY_KIND_ALLEGATIONS,
        "key_id": key_id,
        "account_id": account.account_id,
        "to_key": target.key_id,
    }
    return uow.record_public(public, secret=x25519_private_bytes(private), recipients=[target])


def _new_generation(session: Session, uow: UnitOfWork, keeping: Sequence[AccountRecord]) -> tuple[str, Recipient]:
    """A new allegations key in `uow`, granted to this head and to `keeping`; held once `uow` commits."""
    private = generate_team_key()
    key_id = uow.record_public(
        {"type": EntryKind.ALLEGATIONS_KEY, "public": b64(public_bytes_x25519(private.public_key()))}
    )
    for account in [session.account, *(a for a in keeping if a.account_id != session.account_id)]:
        _grant(uow, key_id, account, private)
    uow.on_commit(lambda: session.keyring.hold(key_id, private))
    return key_id, Recipient(key_id, public=private.public_key())


def _current(session: Session) -> tuple[str, Recipient]:
    """The current generation, which this person must hold. When the head (an oversight account) acts and a holder
    of it has since been disabled, or is no longer a lead or an oversight account, a new generation is made
    without them first (`remove_departed_holders`)."""
    session.refresh()
    key = session.keybook.current_allegations_key
    if key is None:
        raise NotPermitted(NO_KEY)
    if not isinstance(session.keyring.lookup(key.key_id), X25519PrivateKey):
        raise NotPermitted(NOT_HOLDER)
    if is_head(session) and departed_holders(session):
        remove_departed_holders(session)
        key = session.keybook.current_allegations_key
        assert key is not None  # a generation was just made
    return key.key_id, Recipient(key.key_id, public=x25519_public_from_bytes(key.public))


def departed_holders(session: Session) -> list[AccountRecord]:
    """The accounts given the current allegations key that have since been disabled, or are no longer a lead or an
    oversight account (read from the signed key material, which every account holds)."""
    key = session.keybook.current_allegations_key
    if key is None:
        return []
    accounts = session.keybook.accounts
    found = [accounts[i] for i in sorted(holders(session.keybook, key.key_id)) if i in accounts]
    return [a for a in found if not a.active or a.role not in (Role.LEAD, Role.OVERSIGHT)]


def remove_departed_holders(session: Session) -> list[str]:
    """The head makes a new generation without every departed holder, as removing a holder does: they keep what
    they could read before and read nothing recorded after. Returns their account ids (none: nothing written)."""
    _require_head(session)
    leaving = {a.account_id for a in departed_holders(session)}
    if leaving:
        _rotate_without(session, leaving)
        session.refresh()
    return sorted(leaving)


def _require_no_departed_holder(session: Session) -> None:
    """A holder other than the head may not seal a record to a generation a disabled account still holds."""
    departed = departed_holders(session)
    if departed and not is_head(session):
        raise NotPermitted(
            "An account that held the allegations key has been disabled (or is no longer a lead): ask the head to "
            "open Allegations, which makes a new key without it, before anything more is recorded here."
        )


def create_allegations_key(session: Session) -> str:
    """The head makes the school's allegations key (once), holding it themselves. Returns its id."""
    _require_head(session)
    session.refresh()
    if session.keybook.current_allegations_key is not None:
        raise ServiceError("The school already has an allegations key; name holders with `allegations holder add`.")
    with UnitOfWork(session) as uow:
        key_id, _ = _new_generation(session, uow, [])
        uow.commit()
    return key_id


def holder_accounts(session: Session) -> list[AccountRecord]:
    """The active accounts given the current allegations key (the head among them)."""
    key = session.keybook.current_allegations_key
    if key is None:
        return []
    ids = holders(session.keybook, key.key_id)
    accounts = [session.keybook.accounts[i] for i in sorted(ids) if i in session.keybook.accounts]
    return [a for a in accounts if a.active]


def list_holders(session: Session) -> list[Holder]:
    """Who holds the current allegations key, for a holder to see (by the usernames the head named them by)."""
    _current(session)
    names = {account_id: name for account_id, name in _holder_names(session).items()}
    return [
        Holder(a.account_id, names.get(a.account_id, ""), a.role, a.account_id == session.account_id)
        for a in holder_accounts(session)
    ]


def _holder_names(session: Session) -> dict[str, str]:
    """The usernames the head named holders by (a note by anyone but the head at its point is set aside when
    judged: `_judged`)."""
    found: dict[str, str] = {}
    for entry in _judged(session):
        if entry.kind == EntryKind.ALLEGATIONS_HOLDER and entry.problem is None:
            account, username = entry.content.get("account"), entry.content.get("username")
            if isinstance(account, str) and isinstance(username, str):
                found[account] = username[:100]
    return found


def add_holder(session: Session, username: str) -> str:
    """The head names an account (a lead, or another oversight account) as a holder: it is granted every generation
    the head holds, so it reads the allegations recorded so far. Refused for anyone an allegation is about. Returns
    the account id."""
    _require_head(session)
    key_id, recipient = _current(session)
    account = account_named(session, username)
    if account.role == Role.STAFF:
        raise ServiceError("Only a designated lead or an oversight account can hold the allegations key.")
    current_key = account.current_key.key_id
    granted = {
        g.key_id
        for g in session.keybook.grants_to(account.account_id)
        if g.key_kind == KEY_KIND_ALLEGATIONS and g.to_key_id == current_key
    }  # to their current key: after a password reset the head names them again
    if key_id in granted:
        raise ServiceError(f"{username.strip()} already holds the allegations key.")
    if load_allegations(session).about(account.account_id):
        raise ServiceError(
            f"An allegation is recorded about {username.strip()}: they cannot be given the allegations key."
        )
    with UnitOfWork(session) as uow:
        for generation in sorted(session.keybook.allegations_keys.values(), key=lambda k: (k.recorded_at, k.key_id)):
            private = session.keyring.lookup(generation.key_id)
            if isinstance(private, X25519PrivateKey) and generation.key_id not in granted:
                _grant(uow, generation.key_id, account, private)
        _name_holder(uow, recipient, account, username)
        uow.commit()
    return account.account_id


def _name_holder(uow: UnitOfWork, recipient: Recipient, account: AccountRecord, username: str) -> None:
    content = {"account": account.account_id, "username": username.strip()}
    uow.record(EntryKind.ALLEGATIONS_HOLDER, content, recipients=[recipient])


def holders_words(found: Sequence[Holder]) -> str:
    """Who holds the key, each one plainly a person of their own: "2 accounts hold it: you (a designated lead);
    the head (an oversight account)"."""
    roles = {Role.LEAD: "a designated lead", Role.OVERSIGHT: "an oversight account"}
    named = [f"{'you' if h.is_you else h.username or 'the head'} ({roles.get(h.role, h.role.value)})" for h in found]
    count = "1 account holds it" if len(named) == 1 else f"{len(named)} accounts hold it"
    return f"{count}: " + "; ".join(named)


def remove_holder(session: Session, username: str) -> str:
    """The head removes a holder: a new generation of the key, granted to everyone else who holds it. The removed
    account keeps what it could read; it reads nothing recorded after. Returns the new generation's id."""
    _require_head(session)
    key_id, _ = _current(session)
    account = account_named(session, username)
    if account.account_id == session.account_id:
        raise ServiceError("You cannot remove yourself; another oversight account holding the key can.")
    current = holders(session.keybook, key_id)
    if account.account_id not in current:
        raise ServiceError(f"{username.strip()} does not hold the allegations key.")
    return _rotate_without(session, {account.account_id})


def _rotate_without(session: Session, leaving: set[str]) -> str:
    names = _holder_names(session)
    keeping = [a for a in holder_accounts(session) if a.account_id not in leaving]
    with UnitOfWork(session) as uow:
        key_id, recipient = _new_generation(session, uow, keeping)
        for account in keeping:
            if account.account_id in names:
                _name_holder(uow, recipient, account, names[account.account_id])
        uow.commit()
    return key_id


@dataclass(frozen=True, slots=True)
class Recorded:
    """An allegation recorded, and what the head must know (a holder it was about was removed), or ""."""

    allegation_id: str
    notice: str


def record_allegation(
    session: Session,
    *,
    made_on: date,
    raised_by: str,
    alleged: str,
    staff_username: str = "",
    staff_name: str = "",
    staff_role: str = "",
    staff_born: date | None = None,
    children: Sequence[str] = (),
    lado_referred: date | None = None,
    lado_reference: str = "",
    advice: str = "",
) -> Recorded:
    """A holder records an allegation, sealed to the allegations key alone. When it is about someone who holds the
    key, the head (or another oversight account) recording it makes a new generation without them first; anyone
    else is refused and told to ask the head. Nothing is written when a field is wrong."""
    _current(session)
    _require_no_departed_holder(session)
    subject = account_named(session, staff_username) if staff_username.strip() else None
    if subject is not None and subject.account_id == session.account_id:
        raise NotPermitted("An allegation about yourself is recorded by the head, not by you.")
    try:
        content = allegation_content(
            made_on=made_on,
            raised_by=raised_by,
            staff_name=staff_name or staff_username,
            alleged=alleged,
            staff_account=subject.account_id if subject else "",
            staff_role=staff_role,
            staff_born=staff_born,
            children=children,
            lado_referred=lado_referred,
            lado_reference=lado_reference,
            advice=advice,
            today=now_utc().date(),
        )
    except AllegationError as exc:
        raise ServiceError(f"Allegation not recorded: {exc}.") from None
    notice = ""
    if subject is not None and subject.account_id in {a.account_id for a in holder_accounts(session)}:
        if not is_head(session):
            raise NotPermitted(
                f"{staff_username.strip()} holds the allegations key: ask the head to remove them as a holder "
                "(allegations holder remove) before this is recorded, so they cannot read it."
            )
        _rotate_without(session, {subject.account_id})
        notice = (
            f"{staff_username.strip()} held the allegations key: a new key was made without them, so they cannot "
            "read this allegation or any recorded after it."
        )
    _, recipient = _current(session)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ALLEGATION, content, recipients=[recipient], occurred_at=now_utc())
        uow.commit()
    return Recorded(entry_id, notice)


def record_outcome(session: Session, allegation_id: str, outcome: str, on: date, note: str = "") -> str:
    """A holder records an allegation's outcome (a later one replaces an earlier one in the record)."""
    _current(session)
    _require_no_departed_holder(session)
    found = load_allegations(session).allegations
    matches = [a for a in found if a == allegation_id or a.startswith(allegation_id)] if allegation_id else []
    if len(matches) != 1:
        raise NotFound(f"No single allegation with the id {allegation_id!r}.")
    try:
        content = outcome_content(matches[0], outcome, on, note)
    except AllegationError as exc:
        raise ServiceError(f"Outcome not recorded: {exc}.") from None
    _, recipient = _current(session)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ALLEGATION_OUTCOME, content, recipients=[recipient])
        uow.commit()
    return entry_id


def _judged(session: Session) -> list[AllegationsEntry]:
    """Every allegations record this person can open, with why it does not count where it does not."""
    book, keyring = session.keybook, session.keyring
    held = [k for k in book.allegations_keys if isinstance(keyring.lookup(k), X25519PrivateKey)]
    if not held:
        return []
    judged = []
    for entry in session.view.verified(session.store.log.sealed_to_any(held)):
        content = keyring.open_content(entry)
        if not isinstance(content, dict) or entry.sealed is None:
            continue
        kind = content.pop("kind", "")
        recipients = recipient_key_ids(entry.sealed)
        problem = writing_problem(book, entry.author_key_id, entry.device_id, entry.seq, recipients)
        account = book.account_of_key(entry.author_key_id)
        if problem is None and kind == EntryKind.ALLEGATIONS_HOLDER:
            head = book.head_at(entry.author_key_id, entry.device_id, entry.seq)
            if account is None or head != account.account_id:
                problem = NOT_HEAD_NOTE
        generation = next((r for r in recipients if r in book.allegations_keys), "")
        judged.append(
            AllegationsEntry(
                entry.id,
                str(kind),
                account.account_id if account else "",
                from_millis(entry.recorded_at),
                content,
                generation,
                problem,
            )
        )
    return judged


def load_allegations(session: Session) -> AllegationsRecord:
    """Every allegation this holder can read, with its outcomes; what does not count is in `set_aside`."""
    _current(session)
    judged = [e for e in _judged(session) if e.kind not in (EntryKind.ALLEGATIONS_HOLDER, EntryKind.ALLEGATION_OPENED)]
    return fold_allegations(session.keybook, judged)
