"""A lead searches the school's records after unlock (`domain.search`), in memory only; every child whose records a
search shows has that look written to their file's access audit."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.records import Pupil
from desktop_app.domain.search import LiveSearchIndex, SearchFilters, SearchHit, needles
from desktop_app.services.audit import SEARCH_RESULTS
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.folded import FoldedState, LeadWorkspace
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork

MAX_QUERY = 200
DEFAULT_SHOWN = 50

# One index per fold, made at the first search and brought up to date once the fold has moved on (what came since is
# indexed apart: `LiveSearchIndex`); it goes with the fold (sign-out and lock drop the fold, so nothing of it outlives
# the session).
_indexes: weakref.WeakKeyDictionary[FoldedState, tuple[int, LiveSearchIndex]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class SearchResults:
    """What a search found: the newest `shown` hits of `total`, how many children they touch, and each shown
    child's directory entry and each author's name."""

    hits: list[SearchHit]
    total: int
    children: int
    pupils: dict[str, Pupil]
    authors: dict[str, str]


def filters_for(
    workspace: LeadWorkspace,
    *,
    category: str | None = None,
    since: date | None = None,
    until: date | None = None,
    author: str | None = None,
    flag: str | None = None,
) -> SearchFilters:
    """Filters from what a lead gives: an author by username, a category or flag by code."""
    author_id = None
    if author is not None:
        found = [s for s in workspace.state.staff.values() if s.username == author.strip()]
        if not found:
            raise NotFound(f"There is no member of staff with the username {author.strip()!r}.")
        author_id = found[0].account_id
    if since is not None and until is not None and since > until:
        raise ServiceError("The search's first date is after its last.")
    return SearchFilters(category=category or None, since=since, until=until, author_id=author_id, flag=flag or None)


def search_records(
    session: Session,
    workspace: LeadWorkspace,
    query: str,
    filters: SearchFilters | None = None,
    *,
    shown: int = DEFAULT_SHOWN,
) -> SearchResults:
    """The records holding every word of `query` (and kept by `filters`), newest first; the first `shown` of them
    are returned, and each child among those has this look written to the access audit before anything is shown."""
    session.require_lead()
    filters = filters or SearchFilters()
    query = " ".join(query.split())
    if len(query) > MAX_QUERY:
        raise ServiceError(f"A search may be up to {MAX_QUERY} characters.")
    if not needles(query) and not filters.given:
        raise ServiceError("Give words to look for, or a filter (category, dates, author or red flag).")
    folded = workspace.folded
    with folded.lock:
        folded.refresh()
        index = _index_for(folded)
        flagged = {pupil_id: [f.code for f in flags] for pupil_id, flags in folded.flags.items() if flags}
        found = index.search(query, filters, flagged, limit=shown)
        state = folded.live
        hits = found.hits
        pupils = {h.pupil_id: state.pupils[h.pupil_id] for h in hits if h.pupil_id in state.pupils}
        authors = {h.author_id: _name(state.staff.get(h.author_id)) for h in hits}
        author = _name(state.staff.get(filters.author_id)) if filters.author_id is not None else None
    _audit_looks(session, pupils, _described(query, filters, author))
    return SearchResults(hits, found.total, len(found.pupil_ids), pupils, authors)


def _index_for(folded: FoldedState) -> LiveSearchIndex:
    """The fold's index, brought up to date when the fold has taken in entries since (hold the fold's lock)."""
    at = folded.cursor.total()
    held = _indexes.get(folded)
    if held is not None and held[0] == at:
        return held[1]
    index = held[1] if held is not None else LiveSearchIndex()
    index.update(folded.live)
    _indexes[folded] = (at, index)
    return index


def _name(member: object) -> str:
    return getattr(member, "full_name", "") or "unknown account"


def _described(query: str, filters: SearchFilters, author: str | None) -> str:
    """What was searched for, in words, for the access audit."""
    narrowed = ", ".join(
        f"{name} {value}"
        for name, value in (
            ("category", filters.category),
            ("from", filters.since),
            ("to", filters.until),
            ("by", author),
            ("red flag", filters.flag),
        )
        if value is not None
    )
    said = f"search: {query}" if query else "search"
    return f"{said} ({narrowed})" if narrowed else said


def _audit_looks(session: Session, pupils: dict[str, Pupil], detail: str) -> None:
    """One access-audit entry per child whose records a search shows, with what was searched for."""
    if not pupils:
        return
    with UnitOfWork(session) as uow:
        for pupil_id in sorted(pupils):
            uow.audit(EntryKind.FILE_VIEWED, pupil_id, what=SEARCH_RESULTS, detail=detail)
        uow.commit()
