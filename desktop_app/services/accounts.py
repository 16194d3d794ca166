"""Setting up a school and adding staff accounts: each is a set of key-material entries."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.crypto.envelope import Recipient
from desktop_app.crypto.kdf import wrap_with_password
from desktop_app.crypto.keys import (
    AccountKeys,
    generate_recovery_code,
    generate_symmetric_key,
    generate_team_key,
    login_tag,
    normalise_recovery_code,
    public_bytes_x25519,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.entries import EntryKind, canonical_json, to_millis
from desktop_app.domain.ids import new_id
from desktop_app.domain.key_material import AccountKey, AccountRecord, TeamKey, b64
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Role
from desktop_app.services.errors import ServiceError
from desktop_app.services.keyring import Keyring
from desktop_app.services.session import KEY_KIND_DIRECTORY, KEY_KIND_TEAM, Session
from desktop_app.services.store import SchoolStore, open_store, store_exists
from desktop_app.services.uow import UnitOfWork, now_utc
from desktop_app.services.verified import SCHOOL_ENTRY_SETTING, VerifiedView, has_school

MIN_PASSWORD_LENGTH = 8


def check_username(username: str) -> str:
    cleaned = username.strip()
    if not cleaned or len(cleaned) > 64 or any(ch.isspace() or ord(ch) < 32 for ch in cleaned):
        raise ServiceError("A username is 1 to 64 characters with no spaces.")
    return cleaned


def check_full_name(full_name: str) -> str:
    cleaned = " ".join(full_name.split())
    if len(cleaned) < 3 or " " not in cleaned or len(cleaned) > 120:
        raise ServiceError("Give the person's full name (forename and surname), not initials.")
    return cleaned


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")


def _account_public(account_id: str | None, login: str, role: Role, keys: AccountKeys, password: str) -> dict[str, Any]:
    public = {
        "type": EntryKind.ACCOUNT,
        "login": login,
        "role": role.value,
        "agreement": b64(keys.agreement_public),
        "signing": b64(keys.signing_public),
        "wrapped": b64(wrap_with_password(keys.secret_bytes(), password)),
    }
    if account_id is not None:
        public["account_id"] = account_id
    return public


def _grant_public(key_kind: str, key_id: str, account_id: str, to_key: str) -> dict[str, Any]:
    return {"type": EntryKind.GRANT, "key_kind": key_kind, "key_id": key_id, "account_id": account_id, "to_key": to_key}


def _profile(username: str, full_name: str, job_title: str) -> bytes:
    return canonical_json(
        {"kind": "account.profile", "username": username, "full_name": full_name, "job_title": job_title}
    )


def create_school(
    data_dir: Path, school_name: str, lead_username: str, lead_full_name: str, passphrase: str, job_title: str = ""
) -> tuple[SchoolStore, str]:
    """A new school store with its first lead. Returns the store and the recovery code (shown once)."""
    school_name, lead_username, lead_full_name = _checked_setup(
        data_dir, school_name, lead_username, lead_full_name, passphrase
    )
    store = open_store(data_dir, create=True)
    school_id, account_id, directory_key_id = new_id(), new_id(), new_id()
    team_key, team_key_id = generate_team_key(), new_id()
    keys = AccountKeys.generate()
    recovery_code = generate_recovery_code()
    now = to_millis(now_utc())

    keybook = KeyBook(school_id=school_id, school_name=school_name, founder_key_id=account_id)
    recovery = wrap_with_password(x25519_private_bytes(team_key), normalise_recovery_code(recovery_code))
    keybook.team_keys[team_key_id] = TeamKey(team_key_id, public_bytes_x25519(team_key.public_key()), recovery, now)
    tag = login_tag(school_id, lead_username)
    key = AccountKey(account_id, account_id, keys.agreement_public, keys.signing_public, b"", now)
    account = AccountRecord(account_id, tag, Role.LEAD, account_id, keys=[key])
    keybook.accounts[account_id] = account
    view = VerifiedView(store)
    view.book = keybook
    session = Session(store, keybook, account, key, keys, Keyring(keybook), view)

    directory_key = generate_symmetric_key()
    with UnitOfWork(session) as uow:
        uow.record_public({"type": EntryKind.SCHOOL, "school_id": school_id, "name": school_name})
        uow.record_public(
            {
                "type": EntryKind.TEAM_KEY,
                "public": b64(public_bytes_x25519(team_key.public_key())),
                "recovery": b64(recovery),
            },
            entry_id=team_key_id,
        )
        own = session.own_recipient()
        uow.record_public(
            _account_public(None, tag, Role.LEAD, keys, passphrase),
            entry_id=account_id,
            secret=_profile(lead_username, lead_full_name, job_title),
            recipients=[session.team_recipient(), own],
        )
        uow.record_public(
            _grant_public(KEY_KIND_TEAM, team_key_id, account_id, account_id),
            secret=x25519_private_bytes(team_key),
            recipients=[own],
        )
        uow.record_public(
            _grant_public(KEY_KIND_DIRECTORY, directory_key_id, account_id, account_id),
            secret=directory_key,
            recipients=[own],
        )
        uow.commit()
    store.settings.set(SCHOOL_ENTRY_SETTING, keybook.school_entry_id)  # the root every later judgement starts from
    session.close()
    return store, recovery_code


def _checked_setup(
    data_dir: Path, school_name: str, lead_username: str, lead_full_name: str, passphrase: str
) -> tuple[str, str, str]:
    """The school's name, the first lead's username and full name, tidied and checked, and the passphrase checked;
    ServiceError when any is refused or a school already exists in `data_dir` (nothing is written)."""
    school_name = " ".join(school_name.split())
    if not school_name or len(school_name) > 200:
        raise ServiceError("Give the school's name (up to 200 characters).")
    lead_username, lead_full_name = check_username(lead_username), check_full_name(lead_full_name)
    check_password(passphrase)
    if store_exists(data_dir):
        with open_store(data_dir) as existing:
            if has_school(existing):
                raise ServiceError(f"A school already exists in {data_dir}; nothing was changed.")
    return school_name, lead_username, lead_full_name


def add_staff(session: Session, username: str, full_name: str, role: Role, password: str, job_title: str = "") -> str:
    """A new account made by a lead: its keys, its profile, and the keys its role needs. Returns its id."""
    session.require_lead()
    username, full_name = check_username(username), check_full_name(full_name)
    check_password(password)
    tag = login_tag(session.school_id, username)
    if session.keybook.account_by_login(tag, include_disabled=True) is not None:  # a disabled one too
        raise ServiceError(f"There is already an account with the username {username!r}.")
    keys = AccountKeys.generate()
    account_id = new_id()
    new_recipient = Recipient(account_id, public=x25519_public_from_bytes(keys.agreement_public))
    with UnitOfWork(session) as uow:
        uow.record_public(
            _account_public(None, tag, role, keys, password),
            entry_id=account_id,
            secret=_profile(username, full_name, job_title),
            recipients=[session.team_recipient(), new_recipient],
        )
        if role in (Role.STAFF, Role.LEAD):
            directory_id, directory_key = session.directory_key()
            uow.record_public(
                _grant_public(KEY_KIND_DIRECTORY, directory_id, account_id, account_id),
                secret=directory_key,
                recipients=[new_recipient],
            )
        if role == Role.LEAD:
            grant_team_keys(session, uow, account_id, new_recipient)
        uow.commit()
    return account_id


def grant_team_keys(
    session: Session, uow: UnitOfWork, account_id: str, to: Recipient, have: Collection[str] = ()
) -> int:
    """Grant a lead every generation of the team key this lead holds (after a rotation the older ones still open
    older records), except those in `have`. Returns how many were granted."""
    granted = 0
    for team in sorted(session.keybook.team_keys.values(), key=lambda k: (k.recorded_at, k.key_id), reverse=True):
        private = session.keyring.lookup(team.key_id)
        if team.key_id in have or not isinstance(private, X25519PrivateKey):
            continue
        uow.record_public(
            _grant_public(KEY_KIND_TEAM, team.key_id, account_id, to.key_id),
            secret=x25519_private_bytes(private),
            recipients=[to],
        )
        granted += 1
    return granted
