"""Pausing the cyclic garbage collector while many long-lived objects are made (a fold, a snapshot), safely from
several threads at once: the collector is switched back on when the last pause ends, and only if it was on when
the first began."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def quiet_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: a fold allocates many small objects that live on, and the collector
    would rescan them (and a lead's whole workspace) again and again."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
