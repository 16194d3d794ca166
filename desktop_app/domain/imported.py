"""Records received in another school's file, taken into this school's folded state, each marked as theirs.

A `transfer.in` entry (written by the receiving lead after the bundle was judged, design note 17) holds the sending
school's records with their opened content. The fold takes them in here as the records they are (concerns with their
marks, addenda, acknowledgements, decisions, referrals and outcomes, actions, agency contacts and statuses, mobility,
the referral form's facts about the child and about a referral in the file) so that the chronology, the red flags,
the front sheet and the packs read them in words with the school's own, and never as bare labels.

Each record gets a fresh id of this school's, derived from the `transfer.in` entry's id and its own (UUIDv5), so that
nothing the sending school chose can land on a record of this school; a reference to another record (the concern a
decision is about, the referral an outcome answers) is followed only inside the same file, and is dropped otherwise;
every record is about the child the `transfer.in` entry is about, whatever it says. Who wrote it (a name at the
sending school, never an account here), which school and when are kept in `TransferRecords` (`origins`, `authors`).
Kinds that would change this school's own file (its status, the roster, households, settings, the access audit) are
not taken in. Pure: no crypto, no store.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.transfer import ImportedAuthor, ImportedOrigin, ImportedRecord, TransferIn, imported_record

# What a received file may add to this school's state: records about the child, never this school's own settings.
TAKEN_IN = frozenset(
    {
        EntryKind.CONCERN,
        EntryKind.ADDENDUM,
        EntryKind.ACKNOWLEDGEMENT,
        EntryKind.CATEGORY_CHANGE,
        EntryKind.CONCERN_CLOSED,
        EntryKind.DECISION,
        EntryKind.SIGN_OFF,
        EntryKind.ACTION,
        EntryKind.ACTION_DONE,
        EntryKind.AGENCY_CONTACT,
        EntryKind.REFERRAL,
        EntryKind.REFERRAL_CHASED,
        EntryKind.REFERRAL_OUTCOME,
        EntryKind.AGENCY_STATUS,
        EntryKind.MOBILITY,
        EntryKind.CHILD_FACTS,
        EntryKind.REFERRAL_FACTS,
        EntryKind.MEETING,
        EntryKind.DOCUMENT,  # its chunks are this school's, written at import from the bytes the bundle carried
    }
)
# The content field that names another record of the same file, per kind (a record whose field names none of the
# file's is about the child alone, or, where the record means nothing without it, not taken in), and the fields
# naming children of the sending school (its pupil ids mean nothing here, and must not be read as this school's).
_CONCERN_OF = ("concern", False)
_REFERENCES: dict[str, tuple[str, bool]] = {
    EntryKind.ADDENDUM: ("amends", True),
    EntryKind.ACKNOWLEDGEMENT: _CONCERN_OF,
    EntryKind.CATEGORY_CHANGE: _CONCERN_OF,
    EntryKind.CONCERN_CLOSED: _CONCERN_OF,
    EntryKind.DECISION: _CONCERN_OF,
    EntryKind.ACTION: _CONCERN_OF,
    EntryKind.AGENCY_CONTACT: _CONCERN_OF,
    EntryKind.REFERRAL: _CONCERN_OF,
    EntryKind.DOCUMENT: ("record", False),  # the concern it is attached to; "" for the child's file
    EntryKind.SIGN_OFF: ("decision", True),
    EntryKind.ACTION_DONE: ("action", True),
    EntryKind.REFERRAL_CHASED: ("referral", True),
    EntryKind.REFERRAL_OUTCOME: ("referral", True),
    EntryKind.REFERRAL_FACTS: ("referral", True),  # facts being prepared there ("") are not this school's referral's
}
_OTHER_CHILDREN = ("other_children",)
# A file received by the sending school from an earlier one travels inside it; followed this deep at most.
MAX_NESTING = 4
_NAMESPACE = uuid.UUID("6f1d3c8e-2b7a-5e4f-9c1d-0a8b7e6f5d4c")


@dataclass(frozen=True, slots=True)
class TakenIn:
    """One received record as this school's fold takes it in: the fields of an opened entry, with its origin."""

    entry_id: str
    kind: str
    subject: str
    author_id: str
    occurred_at: datetime
    recorded_at: datetime
    content: dict[str, Any]
    origin: ImportedOrigin
    author: ImportedAuthor


def local_id(transfer_entry_id: str, original_id: str) -> str:
    """This school's id for a received record: fixed by the `transfer.in` entry and the record's id there."""
    return str(uuid.uuid5(_NAMESPACE, f"{transfer_entry_id}|{original_id}"))


def _author_id(transfer_entry_id: str, words: str, school: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{transfer_entry_id}|author|{school}|{words}"))


def _content(record: ImportedRecord, ns: str, ids: set[str]) -> dict[str, Any] | None:
    """The record's content as this school reads it: its reference mapped into the file's own ids (None when it
    needs one and names none of the file's), the sending school's pupil and account ids left out."""
    content = dict(record.content)
    name, needed = _REFERENCES.get(record.kind, ("", False))
    if name:
        value = content.get(name)
        found = isinstance(value, str) and value in ids
        if needed and not found:
            return None
        content[name] = local_id(ns, value) if found else ""  # type: ignore[arg-type]
    for name in _OTHER_CHILDREN:
        content.pop(name, None)
    if record.kind == EntryKind.ACTION:
        content["owner"] = ""  # an account of the sending school: named nowhere here
        meeting = content.get("meeting")  # the meeting whose plan it was, if the file carries it
        content["meeting"] = local_id(ns, meeting) if isinstance(meeting, str) and meeting in ids else ""
    return content


def _nested(record: ImportedRecord, ns: str, pupil_id: str, by: str) -> TransferIn:
    """A file the sending school had itself received, as a `TransferIn` of this child under a local id."""
    content = record.content
    items = content.get("records", ())
    nested = tuple(r for r in (imported_record(i) for i in (items if isinstance(items, list) else ())) if r)
    text = content.get("from_school")
    return TransferIn(
        entry_id=local_id(ns, record.entry_id),
        pupil_id=pupil_id,
        transfer_id="",
        from_school=text if isinstance(text, str) else "",
        fingerprint="",
        sent_at=record.occurred_at,
        sent_by="",
        receipt_code="",
        records=nested,
        by=by,
        at=record.recorded_at,
    )


def taken_in(received: TransferIn, depth: int = 0) -> Iterator[TakenIn]:
    """Every record of `received` this school's fold takes in, in the order the sending school recorded them, and
    those of any file it had received in turn (`MAX_NESTING` deep)."""
    ns, pupil_id = received.entry_id, received.pupil_id
    ids = {r.entry_id for r in received.records if r.entry_id}
    for record in sorted(received.records, key=lambda r: (r.recorded_at, r.entry_id)):
        if not record.entry_id:
            continue
        if record.kind == EntryKind.TRANSFER_IN and depth < MAX_NESTING:
            yield from taken_in(_nested(record, ns, pupil_id, received.by), depth + 1)
            continue
        if record.kind == EntryKind.DOCUMENT and depth:
            continue  # a document of a file received earlier names the sending school's chunks: it is not carried
        content = _content(record, ns, ids) if record.kind in TAKEN_IN else None
        if content is None:
            continue
        author = ImportedAuthor(record.author, received.from_school)
        yield TakenIn(
            entry_id=local_id(ns, record.entry_id),
            kind=record.kind,
            subject=pupil_id,
            author_id=_author_id(ns, record.author, received.from_school),
            occurred_at=record.occurred_at,
            recorded_at=record.recorded_at,
            content=content,
            origin=ImportedOrigin(ns, received.from_school, record.entry_id, record.recorded_at),
            author=author,
        )
