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


_ROLE_KINDS = {
    EntryKind.SCHOOL,
    EntryKind.ACCOUNT,
    EntryKind.ACCOUNT_KEYS,
    EntryKind.ACCOUNT_ROLE,
    EntryKind.ACCOUNT_STATUS,
}


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


@dataclass(frozen=True, slots=True)
class AccountChange:
    """A lead's change to an account: its role (`field` "role") or whether it may sign in ("active")."""

    entry_id: str
    field: str
    value: str
    author_key_id: str
    recorded_at: int


@dataclass(slots=True)
class AccountRecord:
    """What every PC knows of an account before anyone signs in: no name, only a login tag and keys.

    `role` and `active` are as the latest change a lead made (by recorded time) left them; `created_role` and
    `changes` keep the history, so the key book can judge authority as it stood when an entry was written
    (`KeyBook.role_at`). A change or an account made by someone who was not a lead at the time does not count.
    """

    account_id: str
    login_tag: str
    role: Role
    created_by: str
    active: bool = True
    keys: list[AccountKey] = field(default_factory=list)
    created_role: Role | None = None
    changes: list[AccountChange] = field(default_factory=list)

    @property
    def current_key(self) -> AccountKey:
        return max(self.keys, key=lambda k: (k.recorded_at, k.key_id))

    @property
    def created_at(self) -> int | None:
        """When the account entry itself was recorded (its first key has the account's id)."""
        return next((k.recorded_at for k in self.keys if k.key_id == self.account_id), None)


@dataclass(frozen=True, slots=True)
class TeamKey:
    key_id: str
    public: bytes
    recovery_wrapped: bytes
    recorded_at: int


@dataclass(frozen=True, slots=True)
class OversightKey:
    """The X25519 key the oversight dashboard's counts are sealed to; its private half is granted by a lead."""

    key_id: str
    public: bytes
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
    oversight_keys: dict[str, OversightKey] = field(default_factory=dict)
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

    @property
    def current_oversight_key(self) -> OversightKey | None:
        """The key the oversight dashboard's counts are sealed to, once a lead has made one."""
        if not self.oversight_keys:
            return None
        return max(self.oversight_keys.values(), key=lambda k: (k.recorded_at, k.key_id))

    def account_by_login(self, tag: str, *, include_disabled: bool = False) -> AccountRecord | None:
        """The account with this login tag (an active one first; a disabled one only when asked)."""
        found = [a for a in self.accounts.values() if a.login_tag == tag and (a.active or include_disabled)]
        found.sort(key=lambda a: (not a.active, a.account_id))
        return found[0] if found else None

    def account_of_key(self, key_id: str) -> AccountRecord | None:
        key = self.signing_keys.get(key_id)
        return self.accounts.get(key.account_id) if key else None

    def is_lead_key(self, key_id: str, at: int | None = None) -> bool:
        """True when the key's account is a lead now, or (with `at`, milliseconds) was one just before then."""
        account = self.account_of_key(key_id)
        return account is not None and self.role_at(account.account_id, at) == Role.LEAD

    def role_at(self, account_id: str, at: int | None = None) -> Role:
        """An account's role just before `at` (milliseconds), or now: its role when made, then every role change
        made by a lead, in recorded order. Nobody makes themselves a lead."""
        return self._role_at(account_id, at, frozenset())

    def active_at(self, account_id: str, at: int | None = None) -> bool:
        account = self.accounts.get(account_id)
        if account is None:
            return False
        value = self._latest(account, "active", at, frozenset())
        return value != "false"

    def disabled_since(self, account_id: str) -> int | None:
        """When a lead last disabled the account, if it is disabled now."""
        account = self.accounts.get(account_id)
        if account is None or self.active_at(account_id):
            return None
        offs = [
            c.recorded_at
            for c in account.changes
            if c.field == "active" and c.value == "false" and self._by_lead(c, frozenset())
        ]
        return max(offs, default=None)

    def _role_at(self, account_id: str, at: int | None, seen: frozenset[tuple[str, int | None]]) -> Role:
        account = self.accounts.get(account_id)
        if account is None or (account_id, at) in seen:
            return Role.STAFF
        seen = seen | {(account_id, at)}
        role = account.created_role or Role.STAFF
        if role == Role.LEAD and account_id != self.founder_key_id:
            created = account.created_at
            creator = self.account_of_key(account.created_by)
            if created is None or creator is None or self._role_at(creator.account_id, created, seen) != Role.LEAD:
                role = Role.STAFF  # an account made a lead by someone who was not one
        value = self._latest(account, "role", at, seen)
        try:
            return Role(value) if value is not None else role
        except ValueError:
            return role

    def _by_lead(self, change: AccountChange, seen: frozenset[tuple[str, int | None]]) -> bool:
        author = self.account_of_key(change.author_key_id)
        return author is not None and self._role_at(author.account_id, change.recorded_at, seen) == Role.LEAD

    def _latest(self, account: AccountRecord, name: str, at: int | None, seen: frozenset) -> str | None:
        value = None
        for change in sorted(account.changes, key=lambda c: (c.recorded_at, c.entry_id)):
            if change.field == name and (at is None or change.recorded_at < at) and self._by_lead(change, seen):
                value = change.value
        return value

    def _settle(self) -> None:
        """Recompute every account's role and status (an entry arriving late can change others' authority)."""
        for account in self.accounts.values():
            account.role = self.role_at(account.account_id)
            account.active = self.active_at(account.account_id)

    def grants_to(self, account_id: str) -> list[Grant]:
        return [g for g in self.grants if g.account_id == account_id]

    def add(self, entry: EntryRecord, *, settle: bool = True) -> None:
        """Take in one key-material entry; raises MalformedKeyMaterial if its public part is not readable.
        `settle=False` leaves roles to be recomputed once at the end (building a whole book)."""
        self._add(entry)
        if settle and self.kinds.get(entry.id) in _ROLE_KINDS:
            self._settle()

    def _add(self, entry: EntryRecord) -> None:
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
                    role = Role(data["role"])
                    record = AccountRecord(account_id, data["login"], role, entry.author_key_id, created_role=role)
                    existing = self.accounts.get(account_id)
                    if existing:  # an account.keys or account change entry arrived first
                        record.keys, record.changes = existing.keys, existing.changes
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
            elif kind in (EntryKind.ACCOUNT_ROLE, EntryKind.ACCOUNT_STATUS):
                account_id = data["account_id"]
                if kind == EntryKind.ACCOUNT_ROLE:
                    change = AccountChange(
                        entry.id, "role", Role(data["role"]).value, entry.author_key_id, entry.recorded_at
                    )
                else:
                    active = data["active"]
                    if not isinstance(active, bool):
                        raise MalformedKeyMaterial("account.status needs active: true or false")
                    value = "true" if active else "false"
                    change = AccountChange(entry.id, "active", value, entry.author_key_id, entry.recorded_at)
                record = self.accounts.setdefault(account_id, AccountRecord(account_id, "", Role.STAFF, ""))
                record.changes.append(change)
            elif kind == EntryKind.OVERSIGHT_KEY:
                self.oversight_keys[entry.id] = OversightKey(entry.id, unb64(data["public"]), entry.recorded_at)
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
                book.add(entry, settle=False)
            except MalformedKeyMaterial as exc:
                if problems is None:
                    raise MalformedKeyMaterial(f"entry {entry.id}: {exc}") from exc
                problems.append((entry.id, str(exc)))
        book._settle()
        return book


# Key material that needs the hand of an account that was a lead when the entry was written (or, for a new key of
# one's own account, the account itself). Used by `verify` and by sync's pull checks alike.
NEEDS_LEAD = frozenset(
    {
        EntryKind.ACCOUNT,
        EntryKind.ACCOUNT_KEYS,
        EntryKind.GRANT,
        EntryKind.TEAM_KEY,
        EntryKind.ACCOUNT_ROLE,
        EntryKind.ACCOUNT_STATUS,
        EntryKind.OVERSIGHT_KEY,
    }
)
AFTER_DISABLED = "made by an account after it was disabled"


def not_a_lead(kind: str) -> str:
    return f"{kind} entry made by an account that is not a lead"


def authority_problem(book: KeyBook, entry: EntryRecord) -> str | None:
    """Why `entry` was not its author's to make (authority as it stood when it was written), or None."""
    kind = book.kinds.get(entry.id)
    if kind in NEEDS_LEAD and not book.is_lead_key(entry.author_key_id, at=entry.recorded_at):
        key, author = book.signing_keys.get(entry.id), book.signing_keys.get(entry.author_key_id)
        own_new_key = kind == EntryKind.ACCOUNT_KEYS and key is not None and author is not None
        if not (own_new_key and key.account_id == author.account_id):
            return not_a_lead(kind)
    account = book.account_of_key(entry.author_key_id)
    disabled = book.disabled_since(account.account_id) if account else None
    if disabled is not None and entry.recorded_at > disabled:
        return AFTER_DISABLED
    return None
