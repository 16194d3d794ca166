"""Child-protection file transfers: the bundle's outer format, the 5-school-day receipt deadline, and the fold.

A transfer is three kinds of entry about the child: `transfer.out` at the sending school (to whom, when, the
deadline and the receipt code the receiving school will read back), `transfer.receipt` when that code is typed in,
and `transfer.in` at the receiving school (the imported file itself, checked). Pure: no crypto, no store.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from desktop_app.domain.entries import EntryKind, from_millis

if TYPE_CHECKING:
    from desktop_app.domain.fold import OpenedEntry

RECEIPT_WITHIN_SCHOOL_DAYS = 5
BUNDLE_MAGIC = b"CLTB2\n"
OLD_BUNDLE_MAGIC = b"CLTB1\n"  # version 1: the signer's keys and role were declared by the bundle itself
BUNDLE_FORMAT = "concern-logger transfer bundle 2"
MANIFEST_FORMAT = "concern-logger transfer manifest 2"
BUNDLE_SUFFIX = ".cltransfer"
_HEADER_LEN = struct.Struct(">I")
_MAX_HEADER = 64 * 1024
MAX_BUNDLE_BYTES = 256 * 1024 * 1024  # one child's whole file, far beyond the largest seen
# Crockford base32 (no I, L, O, U): a code read over the phone or typed from paper is unambiguous.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class BundleFormatError(ValueError):
    """The file is not a transfer bundle this program can read."""


def pack_bundle(header: dict[str, Any], sealed: bytes) -> bytes:
    """The bundle file: magic, header length, header (JSON: format, transfer id, wrapped key), sealed body."""
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return BUNDLE_MAGIC + _HEADER_LEN.pack(len(head)) + head + sealed


def unpack_bundle(data: bytes) -> tuple[dict[str, Any], bytes]:
    """(header, sealed body) of a bundle file; raises BundleFormatError naming what is wrong."""
    start = len(BUNDLE_MAGIC) + _HEADER_LEN.size
    if data.startswith(OLD_BUNDLE_MAGIC):
        raise BundleFormatError(
            "the bundle was made by an earlier version of Concern Logger, whose bundles did not prove which school "
            "sent them and could be forged; ask the sending school to export the file again with the current version"
        )
    if not data.startswith(BUNDLE_MAGIC) or len(data) < start:
        raise BundleFormatError("not a Concern Logger transfer bundle")
    (length,) = _HEADER_LEN.unpack_from(data, len(BUNDLE_MAGIC))
    if length > _MAX_HEADER or start + length > len(data):
        raise BundleFormatError("the bundle's header is damaged")
    try:
        header = json.loads(data[start : start + length])
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleFormatError("the bundle's header is damaged") from exc
    if not isinstance(header, dict) or header.get("format") != BUNDLE_FORMAT:
        raise BundleFormatError("the bundle is of a format this version cannot read")
    if not isinstance(header.get("transfer_id"), str) or not isinstance(header.get("key"), str):
        raise BundleFormatError("the bundle's header is incomplete")
    return header, data[start + length :]


def format_code(raw: bytes, groups: int = 4, size: int = 4) -> str:
    """`raw` as a Crockford base32 code in dash-separated groups, e.g. `7K2Q-D9XA-M3PV-0RTN`."""
    value = int.from_bytes(raw, "big")
    chars = []
    for _ in range(groups * size):
        value, digit = divmod(value, 32)
        chars.append(CODE_ALPHABET[digit])
    text = "".join(chars)
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def normalise_code(typed: str) -> str:
    """A code as typed: case folded, spaces and dashes dropped, look-alike letters mapped (O→0, I/L→1, U→V)."""
    cleaned = typed.upper().replace("-", "").replace(" ", "")
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")


def receipt_due(sent_at: datetime, closed: Collection[date] = (), tz: tzinfo | None = None) -> datetime:
    """The moment RECEIPT_WITHIN_SCHOOL_DAYS school days after `sent_at` (weekends and `closed` days skipped)."""
    local = sent_at.astimezone(tz)
    day, counted = local.date(), 0
    while counted < RECEIPT_WITHIN_SCHOOL_DAYS:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            counted += 1
    return datetime.combine(day, local.timetz()).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class TransferOut:
    """A child's file sent to another school: awaiting receipt until the receipt code is recorded."""

    entry_id: str
    pupil_id: str
    transfer_id: str
    to_school: str
    sent_at: datetime
    due_at: datetime
    receipt_code: str
    pack_id: str
    entry_ids: tuple[str, ...]
    by: str


@dataclass(frozen=True, slots=True)
class TransferReceipt:
    entry_id: str
    pupil_id: str
    transfer_id: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ImportedRecord:
    """One record of the sending school's file, as imported: its original id, hash and author in words."""

    entry_id: str
    kind: str
    occurred_at: datetime
    recorded_at: datetime
    author: str
    content_hash: str
    content: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ImportedOrigin:
    """Where a record taken in from a received file came from: the school, its own id there, the `transfer.in`
    entry that brought it, and when the sending school recorded it."""

    transfer_entry_id: str
    from_school: str
    original_id: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ImportedAuthor:
    """Who wrote a received record, as the sending school named them (`Name (job title)`), and that school."""

    words: str
    school: str

    @property
    def name(self) -> str:
        return self.words.rsplit(" (", 1)[0].strip() if self.words.endswith(")") else self.words.strip()

    @property
    def role(self) -> str:
        return self.words.rsplit(" (", 1)[1][:-1].strip() if self.words.endswith(")") and " (" in self.words else ""

    def described(self, external: bool = False) -> str:
        """`Name (job title), School`, or (external) `job title, School` (a name of the other school is theirs to
        give)."""
        who = (self.role or "member of staff") if external else (self.words or "unknown author")
        return f"{who}, {self.school}" if self.school else who


@dataclass(frozen=True, slots=True)
class TransferIn:
    """A child's file received from another school, every signature checked before it was written."""

    entry_id: str
    pupil_id: str
    transfer_id: str
    from_school: str
    fingerprint: str
    sent_at: datetime
    sent_by: str
    receipt_code: str
    records: tuple[ImportedRecord, ...]
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Leaving:
    """A lead's record that a child left on `left_on` (`how`: "roster" when a roster import noticed it)."""

    entry_id: str
    pupil_id: str
    left_on: date
    how: str
    by: str
    at: datetime


def leaving_from(entry_id: str, pupil_id: str, content: Mapping[str, Any], by: str, at: datetime) -> Leaving | None:
    """A `pupil.left` entry's record, or None when its content is not in the form the app writes."""
    text = content.get("left_on")
    try:
        left_on = date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        left_on = None
    if left_on is None or not pupil_id:
        return None
    how = content.get("how")
    return Leaving(entry_id, pupil_id, left_on, how if isinstance(how, str) else "", by, at)


@dataclass(slots=True)
class TransferRecords:
    """Every transfer entry a reader can open. Private state: none."""

    outs: dict[str, TransferOut] = field(default_factory=dict)
    receipts: dict[str, list[TransferReceipt]] = field(default_factory=dict)
    ins: dict[str, TransferIn] = field(default_factory=dict)
    # Records taken in from received files (domain/imported.py): where each came from, and who wrote them.
    origins: dict[str, ImportedOrigin] = field(default_factory=dict)
    authors: dict[str, ImportedAuthor] = field(default_factory=dict)
    # Children recorded as having left (domain/leavers.py), by entry id.
    left: dict[str, Leaving] = field(default_factory=dict)

    def detached(self) -> TransferRecords:
        """A copy for reading elsewhere (see `SchoolState.detached`)."""
        receipts = {transfer_id: list(found) for transfer_id, found in self.receipts.items()}
        return TransferRecords(
            dict(self.outs), receipts, dict(self.ins), dict(self.origins), dict(self.authors), dict(self.left)
        )

    def origin_of(self, entry_id: str) -> ImportedOrigin | None:
        """Where a record came from, when it was taken in from a file received from another school."""
        return self.origins.get(entry_id)

    def receipt_of(self, transfer_id: str) -> TransferReceipt | None:
        found = self.receipts.get(transfer_id)
        return min(found, key=lambda r: (r.at, r.entry_id)) if found else None

    def outs_for(self, pupil_id: str) -> list[TransferOut]:
        return sorted((t for t in self.outs.values() if t.pupil_id == pupil_id), key=lambda t: (t.sent_at, t.entry_id))

    def ins_for(self, pupil_id: str) -> list[TransferIn]:
        return sorted((t for t in self.ins.values() if t.pupil_id == pupil_id), key=lambda t: (t.sent_at, t.entry_id))

    def imported(self, transfer_id: str) -> TransferIn | None:
        return next((t for t in self.ins.values() if t.transfer_id == transfer_id), None)

    def awaiting_receipt(self) -> list[TransferOut]:
        """Transfers with no receipt yet, the earliest deadline first."""
        waiting = [t for t in self.outs.values() if self.receipt_of(t.transfer_id) is None]
        return sorted(waiting, key=lambda t: (t.due_at, t.entry_id))


def _text(content: dict[str, Any], key: str) -> str:
    value = content.get(key, "")
    return value if isinstance(value, str) else ""


def _moment(value: Any, default: datetime) -> datetime:
    return from_millis(value) if isinstance(value, int) and not isinstance(value, bool) else default


def imported_record(item: Any) -> ImportedRecord | None:
    """One record of a `transfer.in` entry's list, or None when it is not in the form the import writes."""
    if not isinstance(item, dict) or not isinstance(item.get("content"), dict):
        return None
    recorded = _moment(item.get("recorded_at"), datetime(1970, 1, 1, tzinfo=UTC))
    return ImportedRecord(
        entry_id=_text(item, "entry_id"),
        kind=_text(item, "kind"),
        occurred_at=_moment(item.get("occurred_at"), recorded),
        recorded_at=recorded,
        author=_text(item, "author"),
        content_hash=_text(item, "hash"),
        content=item["content"],
    )


def apply_transfer(records: TransferRecords, entry: OpenedEntry) -> bool:
    """Take in one transfer entry; False when `entry` is not a transfer kind or has no subject."""
    content, pupil = entry.content, entry.subject or ""
    if not pupil:
        return False
    if entry.kind == EntryKind.TRANSFER_OUT:
        records.outs[entry.entry_id] = TransferOut(
            entry.entry_id,
            pupil,
            _text(content, "transfer_id") or entry.entry_id,
            _text(content, "to_school"),
            entry.occurred_at,
            _moment(content.get("due_at"), entry.occurred_at),
            _text(content, "receipt_code"),
            _text(content, "pack_id"),
            tuple(i for i in content.get("entries", ()) if isinstance(i, str)),
            entry.author_id,
        )
    elif entry.kind == EntryKind.TRANSFER_RECEIPT:
        transfer_id = _text(content, "transfer_id")
        receipt = TransferReceipt(entry.entry_id, pupil, transfer_id, entry.author_id, entry.recorded_at)
        records.receipts.setdefault(transfer_id, []).append(receipt)
    elif entry.kind == EntryKind.PUPIL_LEFT:
        leaving = leaving_from(entry.entry_id, pupil, content, entry.author_id, entry.recorded_at)
        if leaving is not None:
            records.left[entry.entry_id] = leaving
    elif entry.kind == EntryKind.TRANSFER_IN:
        imported = (imported_record(item) for item in content.get("records", ()))
        records.ins[entry.entry_id] = TransferIn(
            entry.entry_id,
            pupil,
            _text(content, "transfer_id"),
            _text(content, "from_school"),
            _text(content, "fingerprint"),
            _moment(content.get("sent_at"), entry.occurred_at),
            _text(content, "sent_by"),
            _text(content, "receipt_code"),
            tuple(sorted((r for r in imported if r is not None), key=lambda r: (r.occurred_at, r.entry_id))),
            entry.author_id,
            entry.recorded_at,
        )
    else:
        return False
    return True


@dataclass(frozen=True, slots=True)
class TransferDue:
    """A transfer awaiting receipt as the triage queue shows it: overdue once its deadline has passed."""

    transfer: TransferOut
    overdue: bool


def transfers_due(records: TransferRecords, now: datetime) -> list[TransferDue]:
    """Every transfer still awaiting its receipt, the earliest deadline first."""
    return [TransferDue(t, now > t.due_at) for t in records.awaiting_receipt()]


def fold_transfers(entries: Iterable[OpenedEntry]) -> TransferRecords:
    """The transfer records among `entries` (any order)."""
    records = TransferRecords()
    for entry in entries:
        apply_transfer(records, entry)
    return records
