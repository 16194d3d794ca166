"""The one switch for Python's cyclic garbage collector: pauses counted across threads, the collector back on when
the last pause ends (and only if it was on when the first began).

Two kinds of work hold a pause: a fold or a snapshot (`quiet_gc`: many small objects that all live on, which the
collector would rescan again and again), and, in the GUI, every background op from its start until its result is
delivered on the GUI thread (`ui.ops`: a collection tripped on a worker thread could free Qt objects caught in a
cycle from the wrong thread). An op's pause encloses the folds it runs, so in the GUI the collector comes back on
the GUI thread, where the op helper then collects once. Private state: `_lock`, `_pauses`, `_was_enabled`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


def pause() -> None:
    """Begin a pause (end it with `resume`, in any thread)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume(*, keep: bool = False) -> bool:
    """End a pause; returns whether this turned the collector back on (the last pause ended). `keep`: what was made
    during the pause lives on (a folded state), so before the collector comes back every object it tracks is moved
    out of its sight (`gc.freeze`): otherwise its first collection rescans them all (about 0.15 s after folding a
    whole store) and later ones again. `thaw` gives them back when the state is dropped."""
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            if keep:
                gc.freeze()
            gc.enable()
            return True
        return False


def thaw() -> None:
    """Give the objects `resume(keep=True)` moved out of the collector's sight back to it (sign-out and lock drop
    the folded state: anything of it caught in a reference cycle is then collected, not kept for the process's life)."""
    gc.unfreeze()


@contextmanager
def quiet_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: a fold allocates many small objects that live on, and the collector
    would rescan them (and a lead's whole folded state) again and again."""
    pause()
    try:
        yield
    finally:
        resume(keep=True)
