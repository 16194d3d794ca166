"""Generations of the pupil directory key, from public key material alone: which is current, who was granted which.

The directory key is symmetric, so no entry introduces it: a generation appears with its first grant. Disabling an
account that holds the current generation makes a new one (`services.directory_keys`), granted to everyone who
should hold it, with the older generations sealed to it (grants to `DIRECTORY_GRANTEE`), so whoever holds the
newest reads the whole roster and a disabled account holds nothing sealed after its disable.
"""

from __future__ import annotations

import threading

from desktop_app.domain.entries import EntryRecord
from desktop_app.domain.key_material import Grant
from desktop_app.domain.keybook import KeyBook, authority_problem

DIRECTORY_KIND = "directory"  # the key kind of its grants (services.session.KEY_KIND_DIRECTORY)
# A grant sealing an older directory key to a newer one carries this as its account id (cf. oversight_key.TEAM_GRANTEE).
DIRECTORY_GRANTEE = "directory"

_cache_lock = threading.Lock()
_cache: tuple[KeyBook, int, int, tuple[str, ...]] | None = None  # (book, grants, key material, generations)


def _position(book: KeyBook, entry: EntryRecord) -> tuple[int, str]:
    """Where a key-material entry stands in the school's order of signed key material (`KeyBook.position`): never
    by a time its author wrote."""
    return book.position(entry.id)


def _generations(book: KeyBook) -> tuple[str, ...]:
    """Every directory key's id, oldest first, each placed where its first grant made with authority (a lead's,
    not after a disable) stands. A grant anyone else wrote introduces nothing."""
    candidates: list[tuple[tuple[int, str], Grant, EntryRecord]] = []
    for grant in book.grants:
        entry = book.grant_entries.get(grant.entry_id)
        if grant.key_kind == DIRECTORY_KIND and entry is not None:
            candidates.append((_position(book, entry), grant, entry))
    candidates.sort(key=lambda c: c[0])
    introduced: dict[str, tuple[int, str]] = {}
    for position, grant, entry in candidates:
        if grant.key_id not in introduced and authority_problem(book, entry) is None:
            introduced[grant.key_id] = position
    return tuple(sorted(introduced, key=lambda key_id: (introduced[key_id], key_id)))


def directory_generations(book: KeyBook) -> tuple[str, ...]:
    """`_generations`, worked out once per state of the key book (it is asked for on every directory write and
    every oversight reference). A key book only grows, so its identity and sizes name its state."""
    global _cache
    sizes = (len(book.grants), len(book.kinds))  # taken first: a book that grows meanwhile is worked out again
    with _cache_lock:
        held = _cache
    if held is not None and held[0] is book and held[1:3] == sizes:
        return held[3]
    found = _generations(book)
    with _cache_lock:
        _cache = (book, *sizes, found)
    return found


def current_directory_key_id(book: KeyBook) -> str | None:
    """The directory key new directory entries are sealed to: the newest generation (None before any grant)."""
    generations = directory_generations(book)
    return generations[-1] if generations else None


def first_directory_key_id(book: KeyBook) -> str | None:
    """The school's first directory key: oversight references are keyed by it, so they stay the same across
    rotations (a concern recorded before one and acknowledged after is still one concern on the dashboard)."""
    generations = directory_generations(book)
    return generations[0] if generations else None


def granted_to(book: KeyBook, key_id: str) -> set[str]:
    """The accounts a directory key was granted to (to any of their keys: an old password opens an old key)."""
    return {
        g.account_id
        for g in book.grants
        if g.key_kind == DIRECTORY_KIND and g.key_id == key_id and g.account_id in book.accounts
    }
