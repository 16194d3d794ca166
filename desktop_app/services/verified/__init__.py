"""The one way to read entries: a verified view of the store (DESIGN.md, 'Trust at use').

Sign-in's key book, the fold, the lead's workspace, a child's file read from the store, packs, transfers, the
dashboard, `verify` and sync read through a `VerifiedView` (`view.py`). What a reader keeps between sign-ins, its
sealed prefix and this PC's signed checkpoint, is `kept.py`.
"""

from __future__ import annotations

from desktop_app.domain.keybook import KeyBook
from desktop_app.services.store import SchoolStore
from desktop_app.services.verified.kept import Quarantined
from desktop_app.services.verified.view import (
    FUTURE_TOLERANCE_MS,
    SCHOOL_ENTRY_SETTING,
    VerifiedView,
    is_key_only,
)

__all__ = [
    "FUTURE_TOLERANCE_MS",
    "SCHOOL_ENTRY_SETTING",
    "Quarantined",
    "VerifiedView",
    "has_school",
    "is_key_only",
    "key_book_of",
    "trust_warnings",
]


def trust_warnings(view: VerifiedView, limit: int = 5) -> list[str]:
    """What a lead must be told about entries that are not used (the window's banner, the CLI's warning lines):
    how many and why, naming the first few, and every chain problem. Empty when all is well."""
    held_back = view.quarantine()
    problems = view.problems()
    if not held_back and not problems:
        return []
    lines = []
    if held_back:
        count = len(held_back)
        lines.append(
            f"{count} record{'s' if count != 1 else ''} failed {'their' if count != 1 else 'its'} checks and "
            f"{'are' if count != 1 else 'is'} not shown (run 'verify' or the audit for the full list):"
        )
        lines += [f"  {q}" for q in held_back[:limit]]
        if count > limit:
            lines.append(f"  … and {count - limit} more")
    lines += [f"{'entry ' + entry_id + ': ' if entry_id else ''}{what}" for entry_id, what in problems[:limit]]
    return lines


def key_book_of(store: SchoolStore) -> KeyBook:
    """The store's key material that holds up (for the sign-in window, set-up and sync, before anyone signs in)."""
    return VerifiedView(store).load_key_book()


def has_school(store: SchoolStore) -> bool:
    return bool(key_book_of(store).school_id)
