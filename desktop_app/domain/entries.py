"""The entry: the one immutable, signed unit every change is written as, and its canonical bytes."""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple, TypeVar

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
    # The designated lead's records (sealed to the team; see domain/lead/*_records.py).
    ACKNOWLEDGEMENT = "concern.acknowledged"
    CATEGORY_CHANGE = "concern.category"
    OWNER = "concern.owner"
    CONCERN_CLOSED = "concern.closed"
    DECISION = "decision"
    SIGN_OFF = "decision.signoff"
    ACTION = "action"
    ACTION_DONE = "action.done"  # a lead's, or the assignee's own on an action sealed to them (services/opening.py)
    MEETING = "meeting"  # a multi-agency meeting and the plan it made (domain/lead/meetings.py)
    AGENCY_CONTACT = "agency.contact"
    REFERRAL = "referral"
    REFERRAL_CHASED = "referral.chased"
    REFERRAL_OUTCOME = "referral.outcome"
    AGENCY_STATUS = "pupil.agency"
    FILE_STATUS = "file.status"
    MOBILITY = "pupil.mobility"
    CHILD_FACTS = "pupil.facts"  # ethnicity, first language, NHS number, GP... (domain/lead/file_facts.py)
    REFERRAL_FACTS = "referral.facts"  # the views, risk, what the referrer wants, the MASH worker...
    ATTENDANCE = "pupil.attendance"  # one child's session marks from one import (domain/attendance/)
    DOCUMENT = "document"  # a file a lead attached (domain/documents.py); its bytes are in chunk entries
    DOCUMENT_WITHDRAWN = "document.withdrawn"  # a lead took a document out of the file, with the reason
    DOCUMENT_CHUNK = "document.chunk"  # a chunk's name in messages: a chunk holds raw bytes under its own envelope
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
    # A child who has left the school, and the day they left (see domain/leavers.py).
    PUPIL_LEFT = "pupil.left"
    # Retention of a child's file (see domain/retention.py): an inquiry hold, and what a yearly review decided.
    RETENTION_HOLD = "retention.hold"
    RETENTION_REVIEW = "retention.review"
    # A lead closes a file decided due for erasure: the signed tombstone. Every entry about the child is then left
    # out of every fold (domain/fold.py); the entries' keys are NOT destroyed (docs/design-notes.md, "Retention").
    RETENTION_CLOSED = "retention.closed"
    # A lead erases a closed file by destroying its file keys: a public tombstone (key material: every PC and the hub
    # act on it with public keys alone) naming only the opaque child and the file key ids (services/erasure.py).
    RETENTION_ERASED = "retention.erased"
    # Allegations against staff (see domain/allegations.py): a key of their own, made and granted by the head, and
    # records sealed to it alone.
    ALLEGATIONS_KEY = "allegations.key"
    ALLEGATION = "allegation"
    ALLEGATION_OUTCOME = "allegation.outcome"
    ALLEGATIONS_HOLDER = "allegations.holder"  # the username the head named a holder by, for holders to read
    ALLEGATION_OPENED = "allegation.opened"  # a holder read allegations in full: the access log, sealed as they are
    # The head's role handed to another oversight account, or taken over when the head's account is no longer an
    # active oversight account (key material: domain/allegations_head.py judges it in the order of signed entries).
    ALLEGATIONS_HEAD = "allegations.head"


# Sealed kinds any active account may write: a concern, an addendum, the counts for oversight and the access log,
# and the allegations records (which count only when their author held the allegations key they are sealed to:
# domain/allegations.py judges that). Every other sealed kind is a designated lead's and counts only when a lead
# wrote it at its point in the order.
ANYONE_MAY_WRITE = frozenset(
    {
        EntryKind.CONCERN,
        EntryKind.ADDENDUM,
        EntryKind.METRICS,
        EntryKind.FILE_VIEWED,
        EntryKind.FILE_EXPORTED,
        EntryKind.FILE_PRINTED,
        EntryKind.ALLEGATION,
        EntryKind.ALLEGATION_OUTCOME,
        EntryKind.ALLEGATIONS_HOLDER,
        EntryKind.ALLEGATION_OPENED,
    }
)


def kind_label(kind: object) -> str:
    """A kind as a message may quote it: what sealed content claims is anyone's JSON (a list, an object, 35,000
    characters), so only short printable text is quoted, else "a record"."""
    return kind if isinstance(kind, str) and 0 < len(kind) <= 40 and kind.isprintable() else "a record"


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


_LENGTH = struct.Struct(">I").pack
_SEQ = struct.Struct(">q").pack
_TIMES = struct.Struct(">qq").pack
_SEQ_LENGTH, _TIMES_LENGTH = _LENGTH(8), _LENGTH(16)
_ABSENT = _LENGTH(1) + b"\x00"  # an absent optional field: one byte, 0 (a present one is 1 and its bytes)
_PRESENT = b"\x01"
_sha256 = hashlib.sha256


def canonical_bytes(
    entry_id: str,
    school_id: str,
    device_id: str,
    seq: int,
    prev_hash: bytes,
    author_key_id: str,
    subject: str | None,
    occurred_at: int,
    recorded_at: int,
    public: bytes | None,
    sealed: bytes | None,
) -> bytes:
    """An entry's signed fields, each as a 4-byte length and its bytes, after a magic; an optional field is one
    byte, 0 when absent, else 1 followed by its bytes (so absent and empty differ). Built in one join: every
    entry read is hashed, a whole store's at the first sign-in on a PC."""
    entry_b, school_b, device_b, author_b = (
        entry_id.encode(),
        school_id.encode(),
        device_id.encode(),
        author_key_id.encode(),
    )
    parts = [
        _MAGIC,
        _LENGTH(len(entry_b)), entry_b,
        _LENGTH(len(school_b)), school_b,
        _LENGTH(len(device_b)), device_b,
        _SEQ_LENGTH, _SEQ(seq),
        _LENGTH(len(prev_hash)), prev_hash,
        _LENGTH(len(author_b)), author_b,
    ]  # fmt: skip
    if subject is None:
        parts.append(_ABSENT)
    else:
        subject_b = subject.encode()
        parts += (_LENGTH(len(subject_b) + 1), _PRESENT, subject_b)
    parts += (_TIMES_LENGTH, _TIMES(occurred_at, recorded_at))
    for optional in (public, sealed):
        if optional is None:
            parts.append(_ABSENT)
        else:
            parts += (_LENGTH(len(optional) + 1), _PRESENT, optional)
    return b"".join(parts)


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
        return canonical_bytes(
            self.id, self.school_id, self.device_id, self.seq, self.prev_hash, self.author_key_id, self.subject,
            self.occurred_at, self.recorded_at, self.public, self.sealed,
        )  # fmt: skip

    def compute_hash(self) -> bytes:
        return _sha256(self.canonical_bytes()).digest()

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


_Read = TypeVar("_Read", "EntryRecord", "StoredEntry")  # an entry as built, or a row as read from the store


def size_problem(entry: _Read, kind_of: Callable[[_Read], str | None] | None = None) -> str | None:
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


class StoredEntry(NamedTuple):
    """An entry as read back from a store to be judged (`EntryLog.device_rows`): `EntryRecord`'s fields in its
    order, with what judging reads of it. A named tuple: the first sign-in on a PC reads every entry of the store,
    and one is built in a third of an EntryRecord's time. `record()` gives the EntryRecord (for key material)."""

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
        return canonical_bytes(*self[:11])

    def compute_hash(self) -> bytes:
        return _sha256(canonical_bytes(*self[:11])).digest()

    def public_data(self) -> dict[str, Any]:
        return json.loads(self.public) if self.public else {}

    @property
    def size(self) -> int:
        """What the size limits count, as `EntryRecord.size`."""
        return len(self.public or b"") + len(self.sealed or b"") + max(len(self.signature), SIGNATURE_BYTES)

    def record(self) -> EntryRecord:
        return EntryRecord(*self)


AnyEntry = EntryRecord | StoredEntry  # what reading and judging an entry accept
