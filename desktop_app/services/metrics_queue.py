"""Oversight counts held back on this PC: one sealed queue row per unit of work, opened again when they are written.

A unit of work that counts an event for the dashboard does not write its metrics entry beside the entry it counts
(services/oversight.py, and docs/design-notes.md item 11): it writes one row here, durably, just before its own
entries. The row is sealed to the safeguarding team and the author, not to the oversight key, so a person who holds
the oversight key and watches the store's file cannot read a count as it is queued; it is padded, so its size does
not say what it counts. It names a `witness`, one entry of the same unit of work: the counts stand only once that
entry is in the store (a unit of work that failed or was killed before its entries were written counts nothing).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.crypto.envelope import CannotOpen, open_envelope, seal
from desktop_app.domain.entries import canonical_json
from desktop_app.services.session import Session
from desktop_app.storage.metrics_queue import MetricsQueue

QUEUE_ROW_BLOCK = 512  # a queue row's plaintext is padded to a multiple of this many bytes


def padded(plaintext: bytes, block: int) -> bytes:
    """JSON `plaintext` with spaces after it up to a multiple of `block` bytes (JSON allows trailing whitespace), so
    the sealed size says nothing finer than its bucket."""
    return plaintext + b" " * (-len(plaintext) % block)


@dataclass(frozen=True, slots=True)
class QueuedMetrics:
    """A queue row, opened: the metrics contents of one unit of work, the id of an entry it wrote (`witness`), and
    when it was queued (milliseconds; inside the sealed row only)."""

    row_id: str
    witness: str
    queued_at: int
    metrics: tuple[dict[str, Any], ...]


def _queue(session: Session) -> MetricsQueue:
    return MetricsQueue(session.store.engine)


def hold_back(session: Session, witness: str, metrics: Sequence[dict[str, Any]], queued_at: int) -> str:
    """Write one durable queue row for `metrics`, counted once `witness` is in the store; returns the row's id."""
    row_id = str(uuid.uuid4())
    body = canonical_json({"witness": witness, "queued_at": queued_at, "metrics": list(metrics)})
    recipients = [session.team_recipient(), session.own_recipient()]
    sealed = seal(padded(body, QUEUE_ROW_BLOCK), entry_id=row_id, subject=None, recipients=recipients)
    _queue(session).add(row_id, sealed)
    return row_id


def release(session: Session, row_ids: Sequence[str]) -> int:
    """Remove queue rows (written, or never to be counted)."""
    return _queue(session).remove(row_ids)


def queued_metrics(session: Session) -> list[QueuedMetrics]:
    """The queue rows on this PC that this person can open: their own, or, for a lead, everyone's."""
    found = []
    for row_id, sealed in _queue(session).all():
        try:
            data = json.loads(open_envelope(sealed, entry_id=row_id, subject=None, lookup=session.keyring.lookup))
            metrics = tuple(m for m in data["metrics"] if isinstance(m, dict))
            found.append(QueuedMetrics(row_id, str(data["witness"]), int(data["queued_at"]), metrics))
        except CannotOpen:
            continue  # someone else's (or damaged): left for a person who can open it
        except (ValueError, KeyError, TypeError):
            continue  # not a queue row this release wrote: left alone, never guessed at
    return found
