"""Identifiers. Entries get UUIDv7 (time-ordered, so they sort by creation without a separate counter); people
(pupils, the adults around them) get random UUIDv4, since a pupil's id is a plaintext `subject` column and a
time-ordered one would give away the roster's order and when each child was added."""

from __future__ import annotations

import os
import re
import threading
import time
import uuid
from collections.abc import Iterable, Sequence

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """A version 7 UUID (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter and random bits.

    Identifiers made in the same millisecond by this process keep increasing.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | _counter << 64 | 0b10 << 62 | rand
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new identifier as the canonical 36-character string."""
    return str(uuid7())


def new_person_id() -> str:
    """A new identifier for a person (a pupil, an adult in a household): random, so it sorts in no meaningful order
    and says nothing of when or in which order people were added."""
    return str(uuid.uuid4())


def short_reference(entry_id: str) -> str:
    """The reference a person reads out: `CL-` and the last eight hex digits of the id, upper case."""
    return "CL-" + entry_id.replace("-", "")[-8:].upper()


SHORTEST_REFERENCE = 8  # hex digits in `short_reference`; a longer tail of the id may be given to tell two apart


def reference_digits(reference: str) -> str | None:
    """The hex digits a person gave as a reference (`CL-1A2B3C4D`, `cl-1a2b3c4d`, `1A2B3C4D`, a longer tail of the
    id, or the whole id), upper case; None when it is not a reference at all."""
    text = reference.strip().upper()
    text = text.removeprefix("CL-").removeprefix("CL")
    digits = text.replace("-", "")
    if not SHORTEST_REFERENCE <= len(digits) <= 32 or any(c not in "0123456789ABCDEF" for c in digits):
        return None
    return digits


def ids_with_reference(reference: str, entry_ids: Iterable[str]) -> list[str]:
    """The ids among `entry_ids` a reference names: those whose hex digits end with the reference's digits."""
    digits = reference_digits(reference)
    if digits is None:
        return []
    return sorted(e for e in entry_ids if e.replace("-", "").upper().endswith(digits))


def distinct_references(entry_ids: Sequence[str]) -> list[str]:
    """For ids that share a short reference: the shortest tail of each (as `CL-…`) that names it alone."""
    plain = [e.replace("-", "").upper() for e in entry_ids]
    found = []
    for digits in plain:
        length = SHORTEST_REFERENCE
        while length < len(digits) and sum(other.endswith(digits[-length:]) for other in plain) > 1:
            length += 1
        found.append("CL-" + digits[-length:])
    return found


def is_canonical_id(text: object) -> bool:
    """Whether `text` is a UUID in the canonical form the app writes (36 characters, lower-case hex, hyphens)."""
    return isinstance(text, str) and _CANONICAL.fullmatch(text) is not None
