"""The public key material of a school, read from entries' public parts without any secret."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field

from desktop_app.domain.entries import EntryKind, EntryRecord
from desktop_app.domain.records import Role


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class MalformedKeyMaterial(ValueError):
    """An entry's public part is not in the expected form."""


@dataclass(frozen=True, slots=True)
class AccountKey:
    """One generation of an account's keys. `key_id` is the id of the entry that introduced it."""

    key_id: str
    account_id: str
    agreement_public: bytes
    signing_public: bytes
    wrapped_secret: bytes
    recorded_at: int


@dataclass(slots=True)
class AccountRecord:
    """What every PC knows of an account before anyone signs in: no name, only a login tag and keys."""

    account_id: str
    login_tag: str
    role: Role
    created_by: str
    active: bool = True
    keys: list[AccountKey] = field(default_factory=list)

    @property
    def current_key(self) -> AccountKey:
        return max(self.keys, key=lambda k: (k.recorded_at, k.key_id))


@dataclass(frozen=True, slots=True)
class TeamKey:
    key_id: str
    public: bytes
    recovery_wrapped: bytes
    recorded_at: int


@dataclass(frozen=True, slots=True)
class Grant:
    """A key (team or directory) sealed to one account key; the entry's envelope holds the key itself."""

    entry_id: str
    key_kind: str
    key_id: str
    account_id: str
    to_key_id: str


@dataclass(slots=True)
class KeyBook:
    """All key material of a school. Private state: none; everything here is public by design."""

    school_id: str = ""
    school_name: str = ""
    founder_key_id: str = ""
    team_keys: dict[str, TeamKey] = field(default_factory=dict)
    accounts: dict[str, AccountRecord] = field(default_factory=dict)
    signing_keys: dict[str, AccountKey] = field(default_factory=dict)
    grants: list[Grant] = field(default_factory=list)
    batches: dict[str, EntryRecord] = field(default_factory=dict)
    grant_entries: dict[str, EntryRecord] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    @property
    def current_team_key(self) -> TeamKey:
        if not self.team_keys:
            raise MalformedKeyMaterial("the school has no team key")
        return max(self.team_keys.values(), key=lambda k: (k.recorded_at, k.key_id))

    def account_by_login(self, tag: str) -> AccountRecord | None:
        for account in self.accounts.values():
            if account.login_tag == tag and account.active:
                return account
        return None

    def account_of_key(self, key_id: str) -> AccountRecord | None:
        key = self.signing_keys.get(key_id)
        return self.accounts.get(key.account_id) if key else None

    def is_lead_key(self, key_id: str) -> bool:
        account = self.account_of_key(key_id)
        return account is not None and account.role == Role.LEAD

    def grants_to(self, account_id: str) -> list[Grant]:
        return [g for g in self.grants if g.account_id == account_id]

    def add(self, entry: EntryRecord) -> None:
        """Take in one key-material entry; raises MalformedKeyMaterial if its public part is not readable."""
        try:
            data = json.loads(entry.public or b"{}")
            kind = data["type"]
            self.kinds[entry.id] = kind
            if kind == EntryKind.SCHOOL:
                self.school_id, self.school_name = data["school_id"], data["name"]
                self.founder_key_id = entry.author_key_id
            elif kind == EntryKind.TEAM_KEY:
                self.team_keys[entry.id] = TeamKey(
                    entry.id, unb64(data["public"]), unb64(data["recovery"]), entry.recorded_at
                )
            elif kind in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
                account_id = entry.id if kind == EntryKind.ACCOUNT else data["account_id"]
                key = AccountKey(
                    entry.id,
                    account_id,
                    unb64(data["agreement"]),
                    unb64(data["signing"]),
                    unb64(data["wrapped"]),
                    entry.recorded_at,
                )
                if kind == EntryKind.ACCOUNT:
                    record = AccountRecord(account_id, data["login"], Role(data["role"]), entry.author_key_id)
                    existing = self.accounts.get(account_id)
                    if existing:  # an account.keys entry arrived first
                        record.keys = existing.keys
                    self.accounts[account_id] = record
                else:
                    self.accounts.setdefault(account_id, AccountRecord(account_id, "", Role.STAFF, ""))
                self.accounts[account_id].keys.append(key)
                self.signing_keys[entry.id] = key
            elif kind == EntryKind.GRANT:
                self.grants.append(
                    Grant(entry.id, data["key_kind"], data["key_id"], data["account_id"], data["to_key"])
                )
                self.grant_entries[entry.id] = entry
            elif kind == EntryKind.BATCH:
                self.batches[entry.id] = entry
            else:
                raise MalformedKeyMaterial(f"unknown key-material type {kind!r}")
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            if isinstance(exc, MalformedKeyMaterial):
                raise
            raise MalformedKeyMaterial(f"public part is not readable ({exc})") from exc

    @classmethod
    def build(cls, entries: list[EntryRecord], problems: list[tuple[str, str]] | None = None) -> KeyBook:
        """The key book of `entries`; unreadable ones go to `problems` as (entry id, reason), or raise."""
        book = cls()
        for entry in entries:
            try:
                book.add(entry)
            except MalformedKeyMaterial as exc:
                if problems is None:
                    raise MalformedKeyMaterial(f"entry {entry.id}: {exc}") from exc
                problems.append((entry.id, str(exc)))
        return book
