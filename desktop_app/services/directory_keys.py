"""The pupil directory key when people leave: a new one on a disable, and the current one for whoever should hold it.

Directory entries (pupils and their roster updates, with addresses and contacts; the school's own categories; a pupil
who arrives by transfer) are sealed to the current directory key (`domain.directory_keys` chooses it). Disabling an
account that holds it makes a new key in the same unit of work, granted to every active account that should hold it,
with every older generation sealed to it: a disabled account holds nothing sealed after its disable, and whoever
holds the newest key (a new account, or one enabled again) reads the whole roster. A lead never seals a directory
entry to a key a disabled account holds: when a disable arrived from another PC with a rotation that did not know of
another disable (two leads on two PCs at once), the next directory write makes a new key first.
"""

from __future__ import annotations

from collections.abc import Collection

from desktop_app.crypto.envelope import Recipient
from desktop_app.crypto.keys import generate_symmetric_key, x25519_public_from_bytes
from desktop_app.domain.directory_keys import (
    DIRECTORY_GRANTEE,
    DIRECTORY_KIND,
    current_directory_key_id,
    directory_generations,
    granted_to,
)
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.ids import new_id
from desktop_app.domain.key_material import AccountRecord
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Role
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork


def should_hold(book: KeyBook, account: AccountRecord, role: Role | None = None) -> bool:
    """Whether the directory key is for this account (active or not) in its role (or in `role`, the one it is being
    given): staff and leads, and any other account already granted one."""
    if not account.keys or not account.login_tag:  # not its account entry yet (its role is not known)
        return False
    if (role or account.role) in (Role.STAFF, Role.LEAD):
        return True
    return any(g.key_kind == DIRECTORY_KIND for g in book.grants_to(account.account_id))


def holds_current(book: KeyBook, account_id: str) -> bool:
    """Whether the current directory key was granted to any of the account's keys."""
    key_id = current_directory_key_id(book)
    return key_id is not None and account_id in granted_to(book, key_id)


def _lacks(book: KeyBook, account: AccountRecord, key_id: str) -> bool:
    current = account.current_key.key_id
    return not any(
        g.key_kind == DIRECTORY_KIND and g.key_id == key_id and g.to_key_id == current
        for g in book.grants_to(account.account_id)
    )


def _grant(uow: UnitOfWork, key_id: str, key: bytes, account_id: str, to: Recipient) -> None:
    public = {"type": EntryKind.GRANT, "key_kind": DIRECTORY_KIND, "key_id": key_id, "account_id": account_id}
    uow.record_public({**public, "to_key": to.key_id}, secret=key, recipients=[to])


def _grant_to_account(uow: UnitOfWork, key_id: str, key: bytes, account: AccountRecord) -> None:
    target = account.current_key
    to = Recipient(target.key_id, public=x25519_public_from_bytes(target.agreement_public))
    _grant(uow, key_id, key, account.account_id, to)


def rotate_directory_key(session: Session, uow: UnitOfWork, leaving: Collection[str] = ()) -> tuple[str, bytes]:
    """A new directory key, in `uow`: every older generation this lead holds sealed to it, and it granted to every
    active account that should hold it except `leaving` (an account being disabled in the same unit). The session
    holds it once `uow` commits. Returns its id and the key."""
    book = session.keybook
    key_id, key = new_id(), generate_symmetric_key()
    to_new = Recipient(key_id, symmetric=key)
    for old in directory_generations(book):
        held = session.keyring.lookup(old)
        if isinstance(held, bytes):
            _grant(uow, old, held, DIRECTORY_GRANTEE, to_new)
    for account in sorted(book.accounts.values(), key=lambda a: a.account_id):
        if account.active and account.account_id not in leaving and should_hold(book, account):
            _grant_to_account(uow, key_id, key, account)
    uow.on_commit(lambda: session.keyring.hold(key_id, key))
    return key_id, key


def grant_current(session: Session, uow: UnitOfWork, account: AccountRecord, role: Role | None = None) -> bool:
    """Grant the current directory key to the account's current key, in `uow`, when it should hold it (in `role`,
    if it is being given one) and does not: an account enabled again, or made a lead from oversight. Older
    generations open through it. Returns whether a grant was written."""
    book = session.keybook
    key_id = current_directory_key_id(book)
    if key_id is None or not should_hold(book, account, role) or not _lacks(book, account, key_id):
        return False
    _, key = session.directory_key()
    _grant_to_account(uow, key_id, key, account)
    return True


def sealing_recipient(session: Session, uow: UnitOfWork) -> Recipient:
    """The directory key a lead seals new directory entries to in `uow` (ask once per unit of work). If a disabled
    account holds the current key, a new key is made first; an active account that should hold the current key and
    does not (enabled, or given new keys, on another PC meanwhile) is granted it."""
    book = session.keybook
    current = current_directory_key_id(book)
    if current is not None and any(not book.accounts[a].active for a in granted_to(book, current)):
        key_id, key = rotate_directory_key(session, uow)
    else:
        key_id, key = session.directory_key()
        for account in sorted(book.accounts.values(), key=lambda a: a.account_id):
            if account.active and should_hold(book, account) and _lacks(book, account, key_id):
                _grant_to_account(uow, key_id, key, account)
    return Recipient(key_id, symmetric=key)
