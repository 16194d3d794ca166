"""The oversight key: its generations, who holds them, the grants giving them, its rotation when a holder leaves."""

from __future__ import annotations

from collections.abc import Collection

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.crypto.envelope import CannotOpen, Recipient, open_envelope
from desktop_app.crypto.keys import (
    generate_team_key,
    public_bytes_x25519,
    x25519_from_bytes,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import AccountRecord, OversightKey, b64
from desktop_app.domain.records import Role
from desktop_app.services.session import KEY_KIND_OVERSIGHT, Session
from desktop_app.services.uow import UnitOfWork

# Grants sealed to the team key rather than to one account carry this as their account id.
TEAM_GRANTEE = "team"


def oversight_grant(key_id: str, account_id: str, to_key: str) -> dict[str, str]:
    return {
        "type": EntryKind.GRANT,
        "key_kind": KEY_KIND_OVERSIGHT,
        "key_id": key_id,
        "account_id": account_id,
        "to_key": to_key,
    }


def oversight_generations(session: Session) -> list[OversightKey]:
    """Every oversight key, oldest first (the order `KeyBook.current_oversight_key` takes the newest of)."""
    return sorted(session.keybook.oversight_keys.values(), key=lambda k: (k.recorded_at, k.key_id))


def _open_through_team(session: Session, key_id: str) -> None:
    for grant in session.keybook.grants:
        if grant.key_id != key_id or grant.account_id != TEAM_GRANTEE:
            continue
        entry = session.keybook.grant_entries.get(grant.entry_id)
        if entry is None or entry.sealed is None:
            continue
        try:
            raw = open_envelope(entry.sealed, entry_id=entry.id, subject=None, lookup=session.keyring.lookup)
        except CannotOpen:
            continue
        session.keyring.hold(key_id, x25519_from_bytes(raw))
        return


def hold_oversight_key(session: Session) -> X25519PrivateKey | None:
    """The current oversight key's private half, put into the keyring with every older one this person can open
    (leads open them through the team keys). None when there is none, or it cannot be opened here."""
    key = session.keybook.current_oversight_key
    if key is None:
        return None
    for generation in oversight_generations(session):
        if not isinstance(session.keyring.lookup(generation.key_id), X25519PrivateKey):
            _open_through_team(session, generation.key_id)
    held = session.keyring.lookup(key.key_id)
    return held if isinstance(held, X25519PrivateKey) else None


def grant_every_generation(session: Session, uow: UnitOfWork, account: AccountRecord) -> str:
    """Grant the account's current key every generation of the oversight key this lead holds and it lacks, oldest
    first (older metrics are sealed to older keys). Returns the id of the last grant written ("" for none)."""
    target = account.current_key
    to = Recipient(target.key_id, public=x25519_public_from_bytes(target.agreement_public))
    have = {g.key_id for g in session.keybook.grants_to(account.account_id) if g.to_key_id == target.key_id}
    grant_id = ""
    for generation in oversight_generations(session):
        private = session.keyring.lookup(generation.key_id)
        if generation.key_id in have or not isinstance(private, X25519PrivateKey):
            continue
        grant_id = uow.record_public(
            oversight_grant(generation.key_id, account.account_id, target.key_id),
            secret=x25519_private_bytes(private),
            recipients=[to],
        )
    return grant_id


def regrant_dashboard(session: Session, uow: UnitOfWork, account: AccountRecord) -> bool:
    """For an oversight account enabled again that had the dashboard: the keys made while it was disabled, in
    `uow`. Returns whether it had the dashboard."""
    had = any(g.key_kind == KEY_KIND_OVERSIGHT for g in session.keybook.grants_to(account.account_id))
    if account.role != Role.OVERSIGHT or not had or hold_oversight_key(session) is None:
        return False
    grant_every_generation(session, uow, account)
    return True


def holds_current_oversight_key(session: Session, account_id: str) -> bool:
    """Whether the current oversight key was granted to the account itself (to any of its keys)."""
    key = session.keybook.current_oversight_key
    return key is not None and any(g.key_id == key.key_id for g in session.keybook.grants_to(account_id))


def rotate_oversight_key(session: Session, uow: UnitOfWork, team: Recipient, leaving: Collection[str]) -> None:
    """A new oversight key, in `uow`, when someone who held the current one leaves: sealed to `team` (the current
    team key, or the new one of a rotation in the same unit) and granted to the active oversight accounts that have
    the dashboard (they hold the older generations already), except `leaving`. Nothing when the school has no
    oversight key yet. The session holds it once `uow` commits."""
    book = session.keybook
    if book.current_oversight_key is None:
        return
    keeping = [
        a
        for a in sorted(book.accounts.values(), key=lambda a: a.account_id)
        if a.active
        and a.account_id not in leaving
        and a.role == Role.OVERSIGHT
        and has_dashboard_access(session, a.account_id)
    ]
    private = generate_team_key()
    key_id = uow.record_public(
        {"type": EntryKind.OVERSIGHT_KEY, "public": b64(public_bytes_x25519(private.public_key()))}
    )
    uow.record_public(
        oversight_grant(key_id, TEAM_GRANTEE, team.key_id), secret=x25519_private_bytes(private), recipients=[team]
    )
    for account in keeping:
        target = account.current_key
        to = Recipient(target.key_id, public=x25519_public_from_bytes(target.agreement_public))
        uow.record_public(
            oversight_grant(key_id, account.account_id, target.key_id),
            secret=x25519_private_bytes(private),
            recipients=[to],
        )
    uow.on_commit(lambda: session.keyring.hold(key_id, private))


def has_dashboard_access(session: Session, account_id: str) -> bool:
    """True when the account's current key has been granted the current oversight key."""
    key = session.keybook.current_oversight_key
    account = session.keybook.accounts.get(account_id)
    if key is None or account is None:
        return False
    current = account.current_key.key_id
    return any(g.key_id == key.key_id and g.to_key_id == current for g in session.keybook.grants_to(account_id))
