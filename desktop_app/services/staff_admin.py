"""Staff management for leads: add, disable and re-enable accounts, reset passwords, grant and revoke the lead role.

Each action is key material (a public part every PC applies after sync) plus the grants it needs:

- disabling is an `account.status` entry: sign-in on every PC refuses the account from then on. It also takes what
  the account could open from then on: a new directory key (`services.directory_keys`) if it held the current one,
  a new oversight key if it held that (`services.oversight`), and for a lead a rotation of the team key as on
  revoking (below). Enabling again grants the current keys;
- a password reset gives the account new keys (`account.keys`, wrapped under the new password) and grants them the
  keys the account held; what was sealed to the old key (the member's own copies of their entries) stays sealed;
- granting the lead role is an `account.role` entry plus the team key (every generation) sealed to the account;
- revoking it is an `account.role` entry and a **rotation**: a new team key, granted to the remaining leads,
  wrapped under a new recovery code (returned: print it and replace the old sheet), with the older team keys and
  the oversight key sealed to it, and a new oversight key. Entries written after that are sealed to the new keys,
  which the former lead never holds, so after sync no PC will seal anything they can read.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.crypto.envelope import Recipient
from desktop_app.crypto.kdf import wrap_with_password
from desktop_app.crypto.keys import (
    AccountKeys,
    generate_recovery_code,
    generate_team_key,
    normalise_recovery_code,
    public_bytes_x25519,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import AccountRecord, b64
from desktop_app.domain.records import Role, SchoolState
from desktop_app.services.accounts import add_staff, check_password, grant_team_keys
from desktop_app.services.directory_keys import grant_current, holds_current, rotate_directory_key
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.oversight import grant_dashboard_access
from desktop_app.services.oversight_key import (
    TEAM_GRANTEE,
    has_dashboard_access,
    hold_oversight_key,
    holds_current_oversight_key,
    regrant_dashboard,
    rotate_oversight_key,
)
from desktop_app.services.session import KEY_KIND_DIRECTORY, KEY_KIND_OVERSIGHT, KEY_KIND_TEAM, Session
from desktop_app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One account as the staff list shows it."""

    account_id: str
    username: str
    full_name: str
    job_title: str
    role: Role
    active: bool
    dashboard: bool
    is_you: bool


def list_accounts(session: Session, state: SchoolState) -> list[AccountRow]:
    """Every account with a profile this lead can read, by name."""
    session.require_lead()
    rows = []
    for member in state.staff.values():
        account = session.keybook.accounts.get(member.account_id)
        if account is None:
            continue
        rows.append(
            AccountRow(
                member.account_id,
                member.username,
                member.full_name,
                member.job_title,
                account.role,
                account.active,
                account.role == Role.OVERSIGHT and has_dashboard_access(session, member.account_id),
                member.account_id == session.account_id,
            )
        )
    return sorted(rows, key=lambda r: r.full_name.casefold())


def find_account(session: Session, state: SchoolState, username: str) -> str:
    """The account id of a username (as typed: case and surrounding spaces do not matter)."""
    wanted = username.strip().casefold()
    for member in state.staff.values():
        if member.username.casefold() == wanted and member.account_id in session.keybook.accounts:
            return member.account_id
    raise NotFound(f"No account with the username {username.strip()!r}.")


def add_account(session: Session, username: str, full_name: str, role: Role, password: str, job_title: str = "") -> str:
    """A new account (see accounts.add_staff); an oversight account is also given the dashboard key."""
    account_id = add_staff(session, username, full_name, role, password, job_title)
    if role == Role.OVERSIGHT:
        grant_dashboard_access(session, account_id)
    return account_id


def _account(session: Session, account_id: str) -> AccountRecord:
    session.require_lead()
    account = session.keybook.accounts.get(account_id)
    if account is None or not account.keys:
        raise NotFound("No such account.")
    return account


def _active_leads(session: Session) -> list[AccountRecord]:
    return [a for a in session.keybook.accounts.values() if a.role == Role.LEAD and a.active and a.keys]


def _recipient(account: AccountRecord) -> Recipient:
    key = account.current_key
    return Recipient(key.key_id, public=x25519_public_from_bytes(key.agreement_public))


def _held_by(session: Session, account: AccountRecord, key_kind: str) -> set[str]:
    """Key ids of `key_kind` granted to the account's current key."""
    current = account.current_key.key_id
    return {
        g.key_id
        for g in session.keybook.grants_to(account.account_id)
        if g.key_kind == key_kind and g.to_key_id == current
    }


def _grant(uow: UnitOfWork, key_kind: str, key_id: str, account_id: str, to: Recipient, secret: bytes) -> None:
    public = {
        "type": EntryKind.GRANT,
        "key_kind": key_kind,
        "key_id": key_id,
        "account_id": account_id,
        "to_key": to.key_id,
    }
    uow.record_public(public, secret=secret, recipients=[to])


def disable_account(session: Session, account_id: str) -> str | None:
    """Stop an account signing in on every PC (after sync), and rotate what it could open: a new directory key and a
    new oversight key if it held the current ones, and for a lead a new team key. You cannot disable yourself or the
    last lead. Returns the NEW recovery code when a lead was disabled (shown once: print a new recovery sheet), else
    None."""
    account = _account(session, account_id)
    if account_id == session.account_id:
        raise NotPermitted("You cannot disable your own account; ask another designated lead.")
    if not account.active:
        raise ServiceError("That account is already disabled.")
    remaining = [a for a in _active_leads(session) if a.account_id != account_id]
    if account.role == Role.LEAD and not remaining:
        raise ServiceError("That is the school's only active lead; add or enable another lead first.")
    code = None
    with UnitOfWork(session) as uow:
        uow.record_public({"type": EntryKind.ACCOUNT_STATUS, "account_id": account_id, "active": False})
        if account.role == Role.LEAD:
            code, team = _rotate_team_key(session, uow, remaining)
            rotate_oversight_key(session, uow, team, leaving={account_id})
        elif holds_current_oversight_key(session, account_id):
            rotate_oversight_key(session, uow, session.team_recipient(), leaving={account_id})
        if holds_current(session.keybook, account_id):
            rotate_directory_key(session, uow, leaving={account_id})
        uow.commit()
    return code


def enable_account(session: Session, account_id: str) -> str:
    """Let a disabled account sign in again, with the current directory key; a lead is given any team keys made
    while they were disabled, an oversight account that had the dashboard the oversight keys."""
    account = _account(session, account_id)
    if account.active:
        raise ServiceError("That account is already enabled.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record_public({"type": EntryKind.ACCOUNT_STATUS, "account_id": account_id, "active": True})
        if account.role == Role.LEAD:
            grant_team_keys(session, uow, account_id, _recipient(account), _held_by(session, account, KEY_KIND_TEAM))
        grant_current(session, uow, account)
        regrant_dashboard(session, uow, account)
        uow.commit()
    return entry_id


def reset_password(session: Session, state: SchoolState, account_id: str, new_password: str) -> str:
    """New keys for an account under a new password, with every key it held granted again. Entries sealed to
    the old key (the member's own copies) stay sealed to it. Returns the new key's id."""
    account = _account(session, account_id)
    if account_id == session.account_id:
        raise NotPermitted("Change your own password from your own account, not by a reset.")
    check_password(new_password)
    member = state.staff.get(account_id)
    old = account.current_key.key_id
    kinds = {(g.key_kind, g.key_id) for g in session.keybook.grants_to(account_id) if g.to_key_id == old}
    keys = AccountKeys.generate()
    public = {
        "type": EntryKind.ACCOUNT_KEYS,
        "account_id": account_id,
        "agreement": b64(keys.agreement_public),
        "signing": b64(keys.signing_public),
        "wrapped": b64(wrap_with_password(keys.secret_bytes(), new_password)),
    }
    if account.role == Role.OVERSIGHT:
        hold_oversight_key(session)
    with UnitOfWork(session) as uow:
        key_id = uow.record_public(public)
        to = Recipient(key_id, public=x25519_public_from_bytes(keys.agreement_public))
        for key_kind, granted_id in sorted(kinds):
            held = session.keyring.lookup(granted_id)
            if isinstance(held, X25519PrivateKey):
                _grant(uow, key_kind, granted_id, account_id, to, x25519_private_bytes(held))
            elif isinstance(held, bytes) and key_kind == KEY_KIND_DIRECTORY:
                _grant(uow, key_kind, granted_id, account_id, to, held)
        if member is not None:  # the profile again, so the member sees their own name under the new key
            profile = {
                "account_id": account_id,
                "username": member.username,
                "full_name": member.full_name,
                "job_title": member.job_title,
            }
            uow.record("account.profile", profile, recipients=[session.team_recipient(), to])
        uow.commit()
    return key_id


def grant_lead(session: Session, account_id: str) -> str:
    """Make an account a designated lead: the role, and the team key (every generation) sealed to it."""
    account = _account(session, account_id)
    if account.role == Role.LEAD:
        raise ServiceError("That account is already a lead.")
    if not account.active:
        raise ServiceError("Enable the account before making it a lead.")
    to = _recipient(account)
    with UnitOfWork(session) as uow:
        entry_id = uow.record_public(
            {"type": EntryKind.ACCOUNT_ROLE, "account_id": account_id, "role": Role.LEAD.value}
        )
        grant_team_keys(session, uow, account_id, to, _held_by(session, account, KEY_KIND_TEAM))
        grant_current(session, uow, account, Role.LEAD)  # an oversight account made a lead holds none yet
        uow.commit()
    return entry_id


def revoke_lead(session: Session, account_id: str) -> str:
    """Take the lead role from an account and rotate the team key. Returns the NEW recovery code (shown once:
    print a new recovery sheet; the old code no longer opens records written from now on). The account stays a
    member of staff, so it keeps the directory key (disabling it rotates that)."""
    account = _account(session, account_id)
    if account.role != Role.LEAD:
        raise ServiceError("That account is not a lead.")
    if account_id == session.account_id:
        raise NotPermitted("You cannot revoke your own lead role; ask another designated lead.")
    remaining = [a for a in _active_leads(session) if a.account_id != account_id]
    if not remaining:
        raise ServiceError("That is the school's only active lead; make another lead first.")
    with UnitOfWork(session) as uow:
        uow.record_public({"type": EntryKind.ACCOUNT_ROLE, "account_id": account_id, "role": Role.STAFF.value})
        code, team = _rotate_team_key(session, uow, remaining)
        rotate_oversight_key(session, uow, team, leaving={account_id})
        uow.commit()
    return code


def _rotate_team_key(session: Session, uow: UnitOfWork, remaining: list[AccountRecord]) -> tuple[str, Recipient]:
    """A new team key in `uow`, granted to the `remaining` leads and wrapped under a new recovery code, with the
    older team keys and the oversight key sealed to it. The session holds it once `uow` commits. Returns the new
    recovery code and the new key as a recipient."""
    new_team = generate_team_key()
    code = generate_recovery_code()
    recovery = wrap_with_password(x25519_private_bytes(new_team), normalise_recovery_code(code))
    oversight = hold_oversight_key(session)
    team_id = uow.record_public(
        {
            "type": EntryKind.TEAM_KEY,
            "public": b64(public_bytes_x25519(new_team.public_key())),
            "recovery": b64(recovery),
        }
    )
    team = Recipient(team_id, public=new_team.public_key())
    for old in session.keybook.team_keys.values():  # older records stay readable from the new key
        held = session.keyring.lookup(old.key_id)
        if isinstance(held, X25519PrivateKey):
            _grant(uow, KEY_KIND_TEAM, old.key_id, TEAM_GRANTEE, team, x25519_private_bytes(held))
    if oversight is not None and session.keybook.current_oversight_key is not None:
        oversight_id = session.keybook.current_oversight_key.key_id
        _grant(uow, KEY_KIND_OVERSIGHT, oversight_id, TEAM_GRANTEE, team, x25519_private_bytes(oversight))
    for lead in remaining:
        _grant(uow, KEY_KIND_TEAM, team_id, lead.account_id, _recipient(lead), x25519_private_bytes(new_team))

    def adopt() -> None:
        session.keyring.hold(team_id, new_team)
        session.batch = None  # this session's batch key is sealed to the old team key

    uow.on_commit(adopt)
    return code, team
