"""The one way to read entries: a verified view of the store (DESIGN.md, 'Trust at use').

Sign-in's key book, the fold, the lead's workspace, a child's file read from the store, packs, transfers, the
dashboard, `verify` and sync read through a `VerifiedView` (`view.py`, which names the sibling modules that make it
up). What a reader keeps between sign-ins, its sealed prefix and this PC's signed checkpoint, is `kept.py`.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.integrity import FUTURE
from desktop_app.domain.key_refusals import AFTER_DISABLED, UNKNOWN_AUTHOR, WHILE_DEMOTED, WHILE_DISABLED
from desktop_app.domain.keybook import KeyBook
from desktop_app.services.verified.book import SCHOOL_ENTRY_SETTING
from desktop_app.services.verified.kept import Quarantined
from desktop_app.services.verified.state import FUTURE_TOLERANCE_MS, is_key_only
from desktop_app.services.verified.view import VerifiedView
from desktop_app.storage.store import SchoolStore

__all__ = [
    "FUTURE_TOLERANCE_MS",
    "SCHOOL_ENTRY_SETTING",
    "Quarantined",
    "VerifiedView",
    "has_school",
    "is_key_only",
    "key_book_of",
    "reason_in_words",
    "trust_warnings",
]

_WORDS = {
    WHILE_DISABLED: "the account was disabled by a designated lead while this was written "
    "(it counts again if a lead re-enables the account)",
    AFTER_DISABLED: "written after the account had been disabled",
    WHILE_DEMOTED: "written as a designated lead while the lead role was being removed",
    UNKNOWN_AUTHOR: "written by an account the school does not hold",
    FUTURE: "dated ahead of this PC's clock (it counts once that time has come)",
}


def reason_in_words(reason: str) -> str:
    """Why the school does not use an entry, in the words its author reads ("refused by the school: …")."""
    if reason.endswith(_WORDS_LEAD_SUFFIX):
        return "a designated lead's kind of record, written by an account that was not a lead"
    return _WORDS.get(reason, reason)


_WORDS_LEAD_SUFFIX = "made by an account that was not a lead"


def trust_warnings(
    view: VerifiedView,
    limit: int = 5,
    names: Mapping[str, str] | None = None,
    passed_over: Mapping[str, str] | None = None,
) -> list[str]:
    """What a lead must be told about entries that are not used (the window's banner, the CLI's warning lines):
    how many and why, naming the first few (with who wrote each, from `names`: account id -> name, when given),
    every chain problem, and the entries the fold passed over (`passed_over`: the folded state's, entry id -> the
    kind it claims) because their content is in no form the app writes. Empty when all is well."""
    held_back = view.quarantine()
    problems = view.problems()
    if not held_back and not problems and not passed_over:
        return []
    lines = []
    refused = {q.entry_id for q in view.refused_for_authority()}
    failed = [q for q in held_back if q.entry_id not in refused]
    not_theirs = [q for q in held_back if q.entry_id in refused]
    if failed:
        count = len(failed)
        lines.append(
            f"{count} record{'s' if count != 1 else ''} failed {'their' if count != 1 else 'its'} checks and "
            f"{'are' if count != 1 else 'is'} not shown (run 'verify' or the audit for the full list):"
        )
        lines += [f"  {_named(view, q, names)}" for q in failed[:limit]]
        if count > limit:
            lines.append(f"  … and {count - limit} more")
    if not_theirs:
        count = len(not_theirs)
        lines.append(
            f"{count} record{'s' if count != 1 else ''} refused by the school {'are' if count != 1 else 'is'} not "
            "shown (kept, never used; why on each line; run 'verify' for the full list):"
        )
        lines += [f"  {_named(view, q, names)}" for q in not_theirs[:limit]]
        if count > limit:
            lines.append(f"  … and {count - limit} more")
    if passed_over:
        count = len(passed_over)
        lines.append(
            f"{count} record{'s' if count != 1 else ''} in no form the app writes (a modified program?) "
            f"{'are' if count != 1 else 'is'} not shown (run 'verify' for the full list):"
        )
        for entry_id, kind in sorted(passed_over.items())[:limit]:
            what = Quarantined(entry_id, "", 0, f"{_kind_in_words(kind)} whose content the app cannot read")
            lines.append(f"  {_named(view, what, names)}")
        if count > limit:
            lines.append(f"  … and {count - limit} more")
    lines += [f"{'entry ' + entry_id + ': ' if entry_id else ''}{what}" for entry_id, what in problems[:limit]]
    return lines


def _kind_in_words(kind: str) -> str:
    """The kind a passed-over entry claims, when it is one the app knows (anything else is hostile text)."""
    return f"a record of kind '{kind}'" if kind in _KNOWN_KINDS else "a record"


_KNOWN_KINDS = frozenset(value for name, value in vars(EntryKind).items() if not name.startswith("_"))


def _named(view: VerifiedView, q: Quarantined, names: Mapping[str, str] | None) -> str:
    """One quarantined entry, with who wrote it when the account is known and named."""
    if not names:
        return str(q)
    entry = view.store.log.get(q.entry_id)
    key = view.book.signing_keys.get(entry.author_key_id) if entry is not None else None
    author = names.get(key.account_id) if key is not None else None
    return f"{q} (written by {author})" if author else str(q)


def key_book_of(store: SchoolStore) -> KeyBook:
    """The store's key material that holds up (for the sign-in window, set-up and sync, before anyone signs in)."""
    return VerifiedView(store).load_key_book()


def has_school(store: SchoolStore) -> bool:
    return bool(key_book_of(store).school_id)
