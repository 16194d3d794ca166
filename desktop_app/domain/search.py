"""Search across a school's records for a lead: words anywhere in a concern, a mark, an addendum, an action or a
lead's note, narrowed by category, date, author and red flag. In memory only: built from the folded state after
unlock, dropped with it.

Words match at the start of a word, whatever their case and accents ("luczak" finds "Łuczak", "bruis" finds
"bruised"); a phrase in double quotes matches as written; every word given must appear in the same record.
"""

from __future__ import annotations

import heapq
import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from desktop_app.domain.concern_fields import text_fields
from desktop_app.domain.records import Concern, InjuryMark, SchoolState

_CONCERN_TEXTS = tuple(f.name for f in text_fields(Concern))  # every text a concern records, as declared
_MARK_TEXTS = tuple(f.name for f in text_fields(InjuryMark))

_NOT_WORD_NOR_SPACE = re.compile(r"(?:[^\w\x00 ]|_)+")  # the record separator kept
_SPACES = re.compile(" {2,}")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD = re.compile(r"[^\W_]+")
_PHRASES = re.compile(r'"([^"]*)"|(\S+)')
# Letters with no decomposition into a base letter and an accent: written here so "Łuczak" is found as "luczak".
_BASE_LETTERS = (("ł", "l"), ("ø", "o"), ("đ", "d"), ("ħ", "h"), ("ı", "i"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"))
_SEPARATOR = "\x00"  # between records in the corpus: never part of a needle
SNIPPET_CHARS = 160


def fold_words(text: str) -> str:
    """Text as the search compares it: case and accents folded, every run of non-letters one space, with a space
    at each end (so a needle " word" matches at the start of a word)."""
    return f" {_fold_all(text.replace(_SEPARATOR, ' ')).strip()} "


def needles(query: str) -> list[str]:
    """The query's words and quoted phrases as needles (longest first: the rarest drives the search)."""
    found = []
    for phrase, word in _PHRASES.findall(query):
        words = fold_words(phrase or word).strip()
        if words:
            found.append(f" {words}")
    return sorted(set(found), key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What narrows a search besides its words. `flag`: a red flag's code, or "any" for a child with any flag."""

    category: str | None = None
    since: date | None = None
    until: date | None = None
    author_id: str | None = None
    flag: str | None = None

    @property
    def given(self) -> bool:
        return any(v is not None for v in (self.category, self.since, self.until, self.author_id, self.flag))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One record that matched: whose file, what it is, when it happened, who wrote it, and its words around the
    match. `concern_id` is the concern it belongs to (its own id for a concern; empty for a note about the child)."""

    pupil_id: str
    entry_id: str
    concern_id: str
    what: str
    when: datetime
    author_id: str
    snippet: str


class _Record(NamedTuple):
    pupil_id: str
    entry_id: str
    concern_id: str
    what: str
    when: datetime
    author_id: str
    text: str


@dataclass(frozen=True, slots=True)
class SearchFound:
    """What a search found: the newest `hits` (as many as asked for), how many records matched in all, and the
    children they are about."""

    hits: list[SearchHit]
    total: int
    pupil_ids: frozenset[str]


@dataclass(slots=True)
class SearchIndex:
    """Every record's words in one folded corpus, newest event first. Private state: `_state` (what it was made
    from: a concern's categories are read from it as they stand when searched), `_records`, `_texts` (each record's
    folded words), `_corpus` (them joined), `_starts` (where each begins in it), `_ids` (the records' entry ids)."""

    _state: SchoolState = field(default_factory=SchoolState)
    _records: list[_Record] = field(default_factory=list)
    _texts: list[str] = field(default_factory=list)
    _corpus: str = ""
    _starts: list[int] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, state: SchoolState, known: AbstractSet[str] = frozenset()) -> SearchIndex:
        """The index of everything in `state` but the records whose entry ids are in `known` (those another index
        holds). Folded in one pass over all the words, not record by record."""
        index = cls(state)
        records = sorted(_records_of(state, known), key=_newest_first)
        words = _SEPARATOR.join(r.text.replace(_SEPARATOR, " ") for r in records)  # a NUL in a record is a space
        folded = _fold_all(words).split(_SEPARATOR)
        index._texts = texts = [f" {t.strip()} " for t in folded] if records else []
        starts, at = [], 0
        for text in texts:
            starts.append(at)
            at += len(text) + 1
        index._records, index._starts, index._corpus = records, starts, _SEPARATOR.join(texts)
        index._ids = {r.entry_id for r in records}
        return index

    def __len__(self) -> int:
        return len(self._records)

    @property
    def ids(self) -> AbstractSet[str]:
        return self._ids

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        flagged: Mapping[str, Sequence[str]] | None = None,
        *,
        limit: int | None = None,
    ) -> SearchFound:
        """The records holding all the query's words (or, with no words, every record the filters keep), newest
        event first: the first `limit` as hits (all without), with the total and the children. `flagged`: each
        child's red-flag codes (for `filters.flag`)."""
        numbers, wanted = self._found(query, filters, flagged)
        shown = numbers if limit is None else numbers[: max(limit, 0)]
        hits = [self._hit(n, wanted) for n in shown]
        return SearchFound(hits, len(numbers), frozenset(self._records[n].pupil_id for n in numbers))

    def _found(
        self, query: str, filters: SearchFilters | None, flagged: Mapping[str, Sequence[str]] | None
    ) -> tuple[list[int], list[str]]:
        """The numbers of the records found, in index order (newest first), and the query's needles."""
        filters = filters or SearchFilters()
        wanted = needles(query)
        if not wanted and not filters.given:
            return [], wanted
        chosen: Iterable[int] = self._matching(wanted) if wanted else range(len(self._records))
        if filters.given:
            records, flagged, state = self._records, flagged or {}, self._state
            chosen = [n for n in chosen if _kept(records[n], filters, flagged, state)]
        return list(chosen), wanted

    def _hit(self, number: int, wanted: list[str]) -> SearchHit:
        return _hit(self._records[number], self._texts[number], wanted[0] if wanted else "")

    def _matching(self, wanted: list[str]) -> Iterator[int]:
        """Records holding every needle, in index order: the longest is found in the corpus (a record counted once,
        the search going on from the next record), the others looked for in each record it finds."""
        first, rest = wanted[0], wanted[1:]
        corpus, starts, texts = self._corpus, self._starts, self._texts
        last = len(starts) - 1
        at = corpus.find(first)
        while at >= 0:
            number = bisect_right(starts, at) - 1
            if not rest or all(needle in texts[number] for needle in rest):
                yield number
            if number >= last:
                return
            at = corpus.find(first, starts[number + 1])


@dataclass(slots=True)
class LiveSearchIndex:
    """The search over a fold that goes on taking in entries: the index made once (`_whole`) and a small one of
    what came since (`_recent`), made again whenever the fold moves on; both are searched and their hits merged.
    The whole is made again once the recent one passes `remake_share` of it (and `min_remake` records), so a new
    concern costs a search milliseconds, not the seconds of indexing a whole school again. Records never change
    once written, so a record indexed stays right; what can change (a concern's categories, a child's flags) is
    read when searched. An addendum or a lead's note indexed before the concern it belongs to arrived (sync) is
    shown without its concern until the whole is made again."""

    remake_share: float = 0.05
    min_remake: int = 2000
    _whole: SearchIndex | None = None
    _recent: SearchIndex | None = None

    def update(self, state: SchoolState) -> None:
        """Take in what `state` holds that the index does not (call whenever the fold has moved on)."""
        whole = self._whole
        if whole is None or whole._state is not state:
            self._whole, self._recent = SearchIndex.of(state), None
            return
        recent = SearchIndex.of(state, whole.ids)
        if len(recent) > max(self.min_remake, self.remake_share * len(whole)):
            self._whole, self._recent = SearchIndex.of(state), None
        else:
            self._recent = recent if len(recent) else None

    def __len__(self) -> int:
        return sum(len(index) for index in self._parts())

    def _parts(self) -> list[SearchIndex]:
        return [index for index in (self._whole, self._recent) if index is not None]

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        flagged: Mapping[str, Sequence[str]] | None = None,
        *,
        limit: int | None = None,
    ) -> SearchFound:
        """As `SearchIndex.search`, over both indexes: the newest hits of either, in one order."""
        found = [(index, *index._found(query, filters, flagged)) for index in self._parts()]
        if len(found) == 1:  # nothing came since the index was made
            index, numbers, wanted = found[0]
            shown = numbers if limit is None else numbers[: max(limit, 0)]
            hits = [index._hit(n, wanted) for n in shown]
        else:  # each index's found are newest first already: only the first `limit` of each can be shown
            orders = [
                [(_newest_first(index._records[n]), i, n) for n in (numbers if limit is None else numbers[:limit])]
                for i, (index, numbers, _) in enumerate(found)
            ]
            chosen = list(itertools.islice(heapq.merge(*orders), None if limit is None else max(limit, 0)))
            hits = [found[i][0]._hit(n, found[i][2]) for _, i, n in chosen]
        total = sum(len(numbers) for _, numbers, _ in found)
        pupils = frozenset(index._records[n].pupil_id for index, numbers, _ in found for n in numbers)
        return SearchFound(hits, total, pupils)


def _newest_first(record: _Record) -> tuple[float, str]:
    return (-record.when.timestamp(), record.entry_id)


def _fold_all(text: str) -> str:
    """`fold_words` over many records at once (their separator kept), without the spaces at each end."""
    folded = text.casefold()
    if not folded.isascii():
        for letter, base in _BASE_LETTERS:  # a replace each: `str.translate` with a table is slow on a big text
            if letter in folded:
                folded = folded.replace(letter, base)
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    # Punctuation (and any other non-letter) to spaces, then runs of spaces to one: far fewer substitutions than
    # replacing every run of non-letters, most of which are already one space.
    return _SPACES.sub(" ", _NOT_WORD_NOR_SPACE.sub(" ", folded))


def _kept(record: _Record, filters: SearchFilters, flagged: Mapping[str, Sequence[str]], state: SchoolState) -> bool:
    day = record.when.date()
    if filters.category is not None and filters.category not in _categories_of(state, record.concern_id):
        return False
    if filters.since is not None and day < filters.since:
        return False
    if filters.until is not None and day > filters.until:
        return False
    if filters.author_id is not None and record.author_id != filters.author_id:
        return False
    if filters.flag is not None:
        codes = flagged.get(record.pupil_id, ())
        return bool(codes) if filters.flag == "any" else filters.flag in codes
    return True


def _hit(record: _Record, folded: str, needle: str) -> SearchHit:
    text = " ".join(record.text.split())
    if len(text) <= SNIPPET_CHARS:
        snippet = text
    else:
        # The match is the n-th word of the folded words: start a little before the n-th word of the text (folding
        # keeps words apart as the text has them, but for the odd character such as "½": then near enough).
        at = folded.find(needle) if needle else -1
        starts = [m.start() for m in _WORD.finditer(text)]
        place = starts[min(folded.count(" ", 0, at), len(starts) - 1)] if at > 0 and starts else 0
        start = max(0, min(place - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
        start = max((w for w in starts if w <= start), default=0)  # at the start of a word
        snippet = ("…" if start else "") + text[start : start + SNIPPET_CHARS].strip() + "…"
    return SearchHit(record.pupil_id, record.entry_id, record.concern_id, record.what, record.when, record.author_id,
                     snippet)  # fmt: skip


def _words(*parts: Any) -> str:
    return "\n".join(p for p in parts if isinstance(p, str) and p.strip())


def _categories_of(state: SchoolState, concern_id: str) -> tuple[str, ...]:
    concern = state.concerns.get(concern_id)
    return state.lead.categories_of(concern_id, concern.categories) if concern is not None else ()


def _records_of(state: SchoolState, known: AbstractSet[str] = frozenset()) -> Iterator[_Record]:
    """Every record with words in it, as the search holds it, but those whose entry ids are in `known`."""
    concerns = state.concerns
    for concern_id in concerns.keys() - known if known else concerns:
        concern = concerns[concern_id]
        marks = [_words(*(getattr(m, name) for name in _MARK_TEXTS)) for m in concern.injuries]
        text = _words(*(getattr(concern, name) for name in _CONCERN_TEXTS), *marks)
        yield _Record(concern.pupil_id, concern.concern_id, concern.concern_id, "Concern", concern.occurred_at,
                      concern.author_id, text)  # fmt: skip
    for amends, notes in state.addenda.items():
        for note in notes:
            if note.addendum_id not in known:
                yield _Record(note.pupil_id, note.addendum_id, amends if amends in concerns else "", "Addendum",
                              note.recorded_at, note.author_id, note.text)  # fmt: skip
    yield from (r for r in _lead_records(state) if r.entry_id not in known)


def _lead_records(state: SchoolState) -> Iterator[_Record]:
    """A lead's records with words of their own: decisions, actions, notes on contacts, referrals and statuses."""
    lead = state.lead

    def record(what: str, r: Any, concern_id: str, when: datetime, *texts: Any) -> _Record:
        return _Record(r.pupil_id, r.entry_id, concern_id, what, when, r.by, _words(*texts))

    for d in lead.decisions.values():
        yield record("Decision", d, d.concern_id, d.at, d.rationale)
    for a in lead.actions.values():
        yield record("Action", a, a.concern_id, a.at, a.text)
    for done in lead.actions_done.values():
        for n in done:
            action = lead.actions.get(n.action_id)
            yield record("Action done", n, action.concern_id if action else "", n.at, n.note)
    for c in lead.contacts.values():
        yield record("Agency contact", c, c.concern_id, c.occurred_at, c.who, c.organisation, c.said)
    for r in lead.referrals.values():
        yield record("Referral", r, r.concern_id, r.occurred_at, r.agency, r.reference)
    for chases in lead.chases.values():
        for chase in chases:
            yield record("Referral chased", chase, _referral_concern(state, chase.referral_id), chase.at, chase.note)
    for outcomes in lead.outcomes.values():
        for outcome in outcomes:
            yield record(
                "Referral outcome", outcome, _referral_concern(state, outcome.referral_id), outcome.at, outcome.outcome
            )
    for agency in lead.agency_statuses.values():
        yield record("Agency status", agency, "", agency.occurred_at, agency.agency, agency.contact, agency.note)
    for status in lead.file_statuses.values():
        yield record("File status", status, "", status.occurred_at, status.note)
    for closures in lead.closures.values():
        for closure in closures:
            yield record("Concern closed", closure, closure.concern_id, closure.at, closure.outcome)
    for offs in lead.sign_offs.values():
        for off in offs:
            decision = lead.decisions.get(off.decision_id)
            yield record("Sign-off", off, decision.concern_id if decision else "", off.at, off.comment)


def _referral_concern(state: SchoolState, referral_id: str) -> str:
    referral = state.lead.referrals.get(referral_id)
    return referral.concern_id if referral else ""
