"""The entry: the one immutable, signed unit every change is written as, and its canonical bytes."""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

GENESIS_HASH = bytes(32)
_MAGIC = b"CLE1"
SIGNATURE_BYTES = 64  # an Ed25519 signature

# The most an entry may hold (public part + sealed part + signature), written on a PC or taken from the hub. The
# hub has its own CHECK (hub-v2); the two are aligned by the lead. Measured in docs/design-notes.md ("Size limits").
MAX_ENTRY_BYTES = 8 * 1024 * 1024
# Key material (an account, a grant, a key: anything with a public part) is a few hundred bytes plus its `seen`
# vector, at most 5,000 devices of about 47 bytes (key_material.MAX_SEEN_DEVICES): 235,000 bytes. Anything bigger
# is not key material the app writes, and every lead would load it at sign-in. Judged on the size alone.
MAX_KEY_MATERIAL_BYTES = 256 * 1024
# A session's batch key has no `seen`: a public part and a key sealed to two or three recipients, under 400 bytes.
MAX_BATCH_BYTES = 4 * 1024


class EntryKind:
    """What an entry records. Key-material kinds travel in the entry's public part; all others are sealed."""

    SCHOOL = "school"
    TEAM_KEY = "team.key"
    ACCOUNT = "account"
    ACCOUNT_KEYS = "account.keys"
    GRANT = "grant"
    BATCH = "batch"
    PUPIL = "pupil"
    CONCERN = "concern"
    ADDENDUM = "addendum"
    FILE_VIEWED = "file.viewed"
    CATEGORY = "category"
    # Key material added for staff management and the oversight dashboard (public parts, authored by a lead).
    ACCOUNT_ROLE = "account.role"
    ACCOUNT_STATUS = "account.status"
    OVERSIGHT_KEY = "oversight.key"
    # The designated lead's records (sealed to the team; see domain/lead/records.py).
    ACKNOWLEDGEMENT = "concern.acknowledged"
    CATEGORY_CHANGE = "concern.category"
    OWNER = "concern.owner"
    CONCERN_CLOSED = "concern.closed"
    DECISION = "decision"
    SIGN_OFF = "decision.signoff"
    ACTION = "action"
    ACTION_DONE = "action.done"
    AGENCY_CONTACT = "agency.contact"
    REFERRAL = "referral"
    REFERRAL_CHASED = "referral.chased"
    REFERRAL_OUTCOME = "referral.outcome"
    AGENCY_STATUS = "pupil.agency"
    FILE_STATUS = "file.status"
    MOBILITY = "pupil.mobility"
    HOUSEHOLD_LINK = "household.link"
    HOUSEHOLD_UNLINK = "household.unlink"
    HOUSEHOLD_ADULT = "household.adult"
    HOUSEHOLD_DISMISSED = "household.dismissed"
    LEAD_SETTINGS = "lead.settings"
    METRICS = "metrics"
    FILE_EXPORTED = "file.exported"
    FILE_PRINTED = "file.printed"
    # Child-protection file transfers (see domain/transfer.py).
    TRANSFER_OUT = "transfer.out"
    TRANSFER_RECEIPT = "transfer.receipt"
    TRANSFER_IN = "transfer.in"


# Sealed kinds any active account may write: a concern, an addendum, the counts for oversight and the access log.
# Every other sealed kind is a designated lead's and counts only when a lead wrote it at its point in the order.
ANYONE_MAY_WRITE = frozenset(
    {
        EntryKind.CONCERN,
        EntryKind.ADDENDUM,
        EntryKind.METRICS,
        EntryKind.FILE_VIEWED,
        EntryKind.FILE_EXPORTED,
        EntryKind.FILE_PRINTED,
    }
)


def to_millis(moment: datetime) -> int:
    """A timezone-aware datetime as integer milliseconds since the Unix epoch (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1)  # exact: no float rounding


def from_millis(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def canonical_json(data: Any) -> bytes:
    """JSON with sorted keys and no spaces: the same object always gives the same bytes."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True, slots=True)
class EntryRecord:
    """An entry as stored and synced. Only these header fields are plaintext; `sealed` holds the content.

    `public` is canonical JSON for key-material entries only (public keys, password-wrapped secrets), never a
    name or any text about a child. `hash` and `signature` are filled in when the entry joins a device's chain.
    """

    id: str
    school_id: str
    device_id: str
    seq: int
    prev_hash: bytes
    author_key_id: str
    subject: str | None
    occurred_at: int
    recorded_at: int
    public: bytes | None
    sealed: bytes | None
    hash: bytes = b""
    signature: bytes = b""

    def canonical_bytes(self) -> bytes:
        """Every signed field, length-prefixed, so no two different entries share the same bytes."""

        def optional(value: bytes | None) -> bytes:  # absent and empty (or any value) must differ
            return b"\x00" if value is None else b"\x01" + value

        parts = (
            self.id.encode(),
            self.school_id.encode(),
            self.device_id.encode(),
            struct.pack(">q", self.seq),
            self.prev_hash,
            self.author_key_id.encode(),
            optional(self.subject.encode() if self.subject is not None else None),
            struct.pack(">qq", self.occurred_at, self.recorded_at),
            optional(self.public),
            optional(self.sealed),
        )
        return _MAGIC + b"".join(struct.pack(">I", len(p)) + p for p in parts)

    def compute_hash(self) -> bytes:
        return hashlib.sha256(self.canonical_bytes()).digest()

    def chained(self, seq: int, prev_hash: bytes) -> EntryRecord:
        """This entry placed in a chain: sequence and previous hash set, its own hash computed."""
        placed = replace(self, seq=seq, prev_hash=prev_hash)
        return replace(placed, hash=placed.compute_hash())

    def public_data(self) -> dict[str, Any]:
        return json.loads(self.public) if self.public else {}

    @property
    def size(self) -> int:
        """What the size limits count: public part, sealed part and signature, in bytes."""
        return len(self.public or b"") + len(self.sealed or b"") + max(len(self.signature), SIGNATURE_BYTES)


def size_problem(entry: EntryRecord, kind_of: Callable[[EntryRecord], str | None] | None = None) -> str | None:
    """Why an entry is too big to take (plain words), or None. `kind_of` reads a key-material entry's kind; it is
    asked only of an entry small enough to be key material and too big to be a batch key (nothing big is parsed)."""
    if entry.size > MAX_ENTRY_BYTES:
        return f"too big ({_megabytes(entry.size)}; an entry may hold at most {_megabytes(MAX_ENTRY_BYTES)})"
    if entry.public is None or entry.size <= MAX_BATCH_BYTES:
        return None
    if entry.size > MAX_KEY_MATERIAL_BYTES:
        return f"too big for key material ({entry.size:,} bytes; key material holds at most {MAX_KEY_MATERIAL_BYTES:,})"
    if kind_of is not None and kind_of(entry) == EntryKind.BATCH:
        return f"too big for a batch key ({entry.size:,} bytes; a batch key holds at most {MAX_BATCH_BYTES:,})"
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
