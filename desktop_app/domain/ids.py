"""UUIDv7 identifiers: time-ordered, so entries sort by creation without a separate counter."""

from __future__ import annotations

import os
import threading
import time
import uuid

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


def short_reference(entry_id: str) -> str:
    """The reference a person reads out: `CL-` and the last eight hex digits of the id, upper case."""
    return "CL-" + entry_id.replace("-", "")[-8:].upper()
