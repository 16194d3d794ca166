"""Key material as entries carry it: the public parts (accounts, keys, grants, team, oversight and allegations keys,
batch keys), read and checked for the fields each kind needs. Who may make which is the key book's business
(`domain.keybook`)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.entries import MAX_KEY_MATERIAL_BYTES, EntryKind, EntryRecord
from desktop_app.domain.records import Role

ALLEGATIONS_GRANT = "allegations"  # a grant's key_kind for an allegations key (the head's alone to give)
SEEN = "seen"  # the key in a key-material entry's public part naming the chains its writer had seen
MAX_SEEN_DEVICES = 5_000  # PCs a school could have had over the years, generously


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


@dataclass(frozen=True, slots=True)
class AccountChange:
    """A change to an account: its role (`field` "role") or whether it may sign in ("active")."""

    entry_id: str
    field: str
    value: str
    author_key_id: str
    recorded_at: int


@dataclass(slots=True)
class AccountRecord:
    """What every PC knows of an account before anyone signs in: no name, only a login tag and keys.

    `role` and `active` are as the valid changes known to the whole store leave them; `keys` are its valid key
    generations, `current_key` the newest in the order of signed entries. `changes` keeps the valid changes."""

    account_id: str
    login_tag: str
    role: Role
    created_by: str
    active: bool = True
    keys: list[AccountKey] = field(default_factory=list)
    created_role: Role | None = None
    changes: list[AccountChange] = field(default_factory=list)
    current_key_id: str = ""

    @property
    def current_key(self) -> AccountKey:
        by_id = {k.key_id: k for k in self.keys}
        return by_id.get(self.current_key_id) or max(self.keys, key=lambda k: k.key_id)

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
class AllegationsKey:
    """One generation of the X25519 key allegations against staff are sealed to: made by the head (`made_by`, an
    account id), its private half granted by the head to the holders the head names, never to the team key."""

    key_id: str
    public: bytes
    made_by: str
    recorded_at: int


@dataclass(frozen=True, slots=True)
class Grant:
    """A key (team or directory) sealed to one account key; the entry's envelope holds the key itself."""

    entry_id: str
    key_kind: str
    key_id: str
    account_id: str
    to_key_id: str


@dataclass(frozen=True, slots=True)
class ParsedKeyMaterial:
    """One key-material entry as taken in: its kind, place, what it had seen, and its public part."""

    entry: EntryRecord
    kind: str
    data: dict[str, Any]
    seen: dict[str, int]


def parse_key_material(entry: EntryRecord) -> ParsedKeyMaterial:
    """An entry's public part, checked for the fields its kind needs."""
    try:
        data = json.loads(entry.public or b"{}")
        if not isinstance(data, dict):
            raise MalformedKeyMaterial("public part is not an object")
        kind = data["type"]
        needed = {
            EntryKind.SCHOOL: ("school_id", "name"),
            EntryKind.TEAM_KEY: ("public", "recovery"),
            EntryKind.ACCOUNT: ("agreement", "signing", "wrapped", "role", "login"),
            EntryKind.ACCOUNT_KEYS: ("agreement", "signing", "wrapped", "account_id"),
            EntryKind.GRANT: ("key_kind", "key_id", "account_id", "to_key"),
            EntryKind.BATCH: (),
            EntryKind.ACCOUNT_ROLE: ("account_id", "role"),
            EntryKind.ACCOUNT_STATUS: ("account_id", "active"),
            EntryKind.OVERSIGHT_KEY: ("public",),
            EntryKind.ALLEGATIONS_KEY: ("public",),
            EntryKind.ALLEGATIONS_HEAD: ("account_id",),
            EntryKind.RETENTION_ERASED: ("file_keys", "closed"),
        }.get(kind)
        if needed is None:
            raise MalformedKeyMaterial(f"unknown key-material type {kind!r}")
        missing = [name for name in needed if name not in data]
        if missing:
            raise MalformedKeyMaterial(f"{kind} needs {', '.join(missing)}")
        for name in ("public", "recovery", "agreement", "signing", "wrapped"):
            if name in needed:
                unb64(data[name])
        if kind == EntryKind.ACCOUNT or kind == EntryKind.ACCOUNT_ROLE:
            Role(data["role"])
        if kind == EntryKind.RETENTION_ERASED and not (
            entry.subject
            and isinstance(data["closed"], str)
            and isinstance(data["file_keys"], list)
            and all(isinstance(k, str) for k in data["file_keys"])
        ):
            raise MalformedKeyMaterial("retention.erased needs its child (subject), closed and file_keys")
        if kind == EntryKind.ALLEGATIONS_HEAD and not (isinstance(data["account_id"], str) and data["account_id"]):
            raise MalformedKeyMaterial("allegations.head needs the account_id of the new head")
        if kind == EntryKind.ACCOUNT_STATUS and not isinstance(data["active"], bool):
            raise MalformedKeyMaterial("account.status needs active: true or false")
        seen = data.get(SEEN, {})
        if not isinstance(seen, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in seen.items()
        ):
            raise MalformedKeyMaterial("seen must map device ids to sequence numbers")
        if len(seen) > MAX_SEEN_DEVICES:
            raise MalformedKeyMaterial(f"seen names more than {MAX_SEEN_DEVICES} devices")
        return ParsedKeyMaterial(entry, kind, data, dict(seen))
    except MalformedKeyMaterial:
        raise
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise MalformedKeyMaterial(f"public part is not readable ({exc})") from exc


def declared_signing_key(entry: EntryRecord) -> bytes | None:
    """The signing key an account or account-keys entry declares (for checking signatures only: whether the key
    counts is the key book's business), or None for any other entry or one that cannot be read."""
    if not entry.public or len(entry.public) > MAX_KEY_MATERIAL_BYTES:
        return None  # too big to be key material: never parsed (it fails its size check)
    try:
        data = json.loads(entry.public)
    except ValueError:  # not UTF-8 or not JSON: judged (and quarantined) where it is taken in
        return None
    if not isinstance(data, dict) or data.get("type") not in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
        return None
    try:
        return unb64(str(data.get("signing", "")))
    except (ValueError, binascii.Error):
        return None
