"""The erasures that hold up: lead-signed `retention.erased` tombstones in a verified key book, by child."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.keybook import KeyBook
from desktop_app.storage.store import SchoolStore


@dataclass(frozen=True, slots=True)
class Erasure:
    """A verified erasure tombstone: its entry, the child (opaque subject), the file key ids it names, the closing
    tombstone it follows."""

    entry_id: str
    subject: str
    file_keys: tuple[str, ...]
    closed: str


def erasures_in(book: KeyBook, store: SchoolStore) -> dict[str, Erasure]:
    """The erasure tombstones that hold up (signed, chained, and written by a lead at their point), by child."""
    found: dict[str, Erasure] = {}
    for entry_id, kind in sorted(book.kinds.items()):
        if kind != EntryKind.RETENTION_ERASED or entry_id in book.refused:
            continue
        entry = store.log.get(entry_id)
        if entry is None or not entry.subject:
            continue
        data = json.loads(entry.public or b"{}")
        found.setdefault(
            entry.subject, Erasure(entry_id, entry.subject, tuple(data.get("file_keys", ())), str(data.get("closed")))
        )
    return found
