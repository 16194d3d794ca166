"""The entry: the one immutable, signed unit every change is written as, and its canonical bytes."""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = bytes(32)
_MAGIC = b"CLE1"


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


def to_millis(moment: datetime) -> int:
    """A timezone-aware datetime as integer milliseconds since the Unix epoch (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


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
        parts = (
            self.id.encode(),
            self.school_id.encode(),
            self.device_id.encode(),
            struct.pack(">q", self.seq),
            self.prev_hash,
            self.author_key_id.encode(),
            (self.subject or "").encode(),
            struct.pack(">qq", self.occurred_at, self.recorded_at),
            self.public if self.public is not None else b"\xff",
            self.sealed if self.sealed is not None else b"\xff",
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
