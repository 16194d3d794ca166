"""Search across a school's records for a lead: words anywhere in a concern, a mark, an addendum, an action or a
lead's note, narrowed by category, date, author and red flag. In memory only: built from the folded state after
unlock, dropped with it.

Words match at the start of a word, whatever their case and accents ("luczak" finds "Łuczak", "bruis" finds
"bruised"); a phrase in double quotes matches as written; every word given must appear in the same record.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.domain.records import SchoolState

_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
_PHRASES = re.compile(r'"([^"]*)"|(\S+)')
# Letters with no decomposition into a base letter and an accent: written here so "Łuczak" is found as "luczak".
_BASE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
_SEPARATOR = "\x00"  # between records in the corpus: never part of a needle
SNIPPET_CHARS = 160


def fold_words(text: str) -> str:
    """Text as the search compares it: case and accents folded, every run of non-letters one space, with a space
    at each end (so a needle " word" matches at the start of a word)."""
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded.translate(_BASE_LETTERS))
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return f" {_NOT_WORD.sub(' ', folded).strip()} "


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


@dataclass(frozen=True, slots=True)
class _Record:
    pupil_id: str
    entry_id: str
    concern_id: str
    what: str
    when: datetime
    author_id: str
    category: str
    text: str


@dataclass(slots=True)
class SearchIndex:
    """Every record's words in one folded corpus. Private state: `_records`, `_texts` (each record's folded words),
    `_corpus` (them joined), `_starts` (where each begins in it)."""

    _records: list[_Record] = field(default_factory=list)
    _texts: list[str] = field(default_factory=list)
    _corpus: str = ""
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, state: SchoolState) -> SearchIndex:
        """The index of everything in `state` (each concern under its category as it stands: a lead may have
        changed it since it was recorded)."""
        index = cls()
        index._records = list(_records_of(state))
        index._texts = [fold_words(r.text) for r in index._records]
        starts, at = [], 0
        for text in index._texts:
            starts.append(at)
            at += len(text) + 1
        index._starts = starts
        index._corpus = _SEPARATOR.join(index._texts)
        return index

    def __len__(self) -> int:
        return len(self._records)

    def search(
        self,
        query: str,
        filters: SearchFilters = SearchFilters(),
        flagged: Mapping[str, Sequence[str]] | None = None,
    ) -> list[SearchHit]:
        """Every record holding all the query's words (or, with no words, every record the filters keep), newest
        event first. `flagged`: each child's red-flag codes (for `filters.flag`)."""
        wanted = needles(query)
        if not wanted and not filters.given:
            return []
        chosen = self._matching(wanted) if wanted else range(len(self._records))
        hits = []
        for number in chosen:
            record = self._records[number]
            if _kept(record, filters, flagged or {}):
                hits.append(_hit(record, self._texts[number], wanted[0] if wanted else ""))
        hits.sort(key=lambda h: (h.when, h.entry_id), reverse=True)
        return hits

    def _matching(self, wanted: list[str]) -> Iterator[int]:
        """Records holding every needle: the longest is found in the corpus (a record counted once, the search going
        on from the next record), the others looked for in each record it finds."""
        first, rest = wanted[0], wanted[1:]
        corpus, starts, texts = self._corpus, self._starts, self._texts
        at = corpus.find(first)
        while at >= 0:
            number = bisect_right(starts, at) - 1
            text = texts[number]
            if all(needle in text for needle in rest):
                yield number
            following = number + 1
            if following >= len(starts):
                return
            at = corpus.find(first, starts[following])


def _kept(record: _Record, filters: SearchFilters, flagged: Mapping[str, Sequence[str]]) -> bool:
    day = record.when.date()
    if filters.category is not None and record.category != filters.category:
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
        snippet = ("…" if start else "") + text[start : start + SNIPPET_CHARS].strip() + "…"
    return SearchHit(record.pupil_id, record.entry_id, record.concern_id, record.what, record.when, record.author_id,
                     snippet)  # fmt: skip


def _words(*parts: Any) -> str:
    return "\n".join(p for p in parts if isinstance(p, str) and p.strip())


def _category_of(state: SchoolState, concern_id: str) -> str:
    concern = state.concerns.get(concern_id)
    return state.lead.category_of(concern_id, concern.category) if concern is not None else ""


def _records_of(state: SchoolState) -> Iterator[_Record]:
    """Every record with words in it, as the search holds it."""
    concerns = state.concerns
    for concern in concerns.values():
        marks = [
            _words(m.explanation, m.first_aid, m.observed_by, m.witnessed_by, m.shape, m.colour)
            for m in concern.injuries
        ]
        text = _words(
            concern.what_happened, concern.childs_words, concern.location, concern.present, concern.opinion,
            concern.action_taken, *marks,
        )  # fmt: skip
        category = _category_of(state, concern.concern_id)
        yield _Record(concern.pupil_id, concern.concern_id, concern.concern_id, "Concern", concern.occurred_at,
                      concern.author_id, category, text)  # fmt: skip
    for amends, notes in state.addenda.items():
        category = _category_of(state, amends)
        for note in notes:
            yield _Record(note.pupil_id, note.addendum_id, amends if amends in concerns else "", "Addendum",
                          note.recorded_at, note.author_id, category, note.text)  # fmt: skip
    yield from _lead_records(state)


def _lead_records(state: SchoolState) -> Iterator[_Record]:
    """A lead's records with words of their own: decisions, actions, notes on contacts, referrals and statuses."""
    lead = state.lead

    def record(what: str, r: Any, concern_id: str, when: datetime, *texts: Any) -> _Record:
        return _Record(r.pupil_id, r.entry_id, concern_id, what, when, r.by, _category_of(state, concern_id),
                       _words(*texts))  # fmt: skip

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
        for n in chases:
            yield record("Referral chased", n, _referral_concern(state, n.referral_id), n.at, n.note)
    for outcomes in lead.outcomes.values():
        for n in outcomes:
            yield record("Referral outcome", n, _referral_concern(state, n.referral_id), n.at, n.outcome)
    for s in lead.agency_statuses.values():
        yield record("Agency status", s, "", s.occurred_at, s.agency, s.contact, s.note)
    for s in lead.file_statuses.values():
        yield record("File status", s, "", s.occurred_at, s.note)
    for closures in lead.closures.values():
        for n in closures:
            yield record("Concern closed", n, n.concern_id, n.at, n.outcome)
    for offs in lead.sign_offs.values():
        for n in offs:
            decision = lead.decisions.get(n.decision_id)
            yield record("Sign-off", n, decision.concern_id if decision else "", n.at, n.comment)


def _referral_concern(state: SchoolState, referral_id: str) -> str:
    referral = state.lead.referrals.get(referral_id)
    return referral.concern_id if referral else ""
