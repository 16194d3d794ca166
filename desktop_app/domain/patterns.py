"""Patterns across children for leads: the same adult, place or telephone number named around children of different
families, and several concerns naming one member of staff (which routes a lead to the allegations process).

Computed from the folded state after unlock, in memory only, never stored. A pattern is a prompt to look, not a
finding: it lists the records that gave rise to it, and a lead judges. What is matched:
- a **telephone number** (UK forms: 07700 900123, +44 7700 900123, (01632) 960001) written in a record, or held as a
  roster contact of another child;
- an **adult** the school knows by name (a household adult, a roster contact's name) written in full in a record
  about a child of another family;
- a **place** written as where a concern happened, for children of two or more families, unless it is a place in
  school or one named for a large share of the children (a playground names everyone);
- a **member of staff** named in a concern's words or the child's own words (in full, or as "Mr Patel") in two or
  more concerns they did not write.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime

from desktop_app.domain.households import family_groups, households_of
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.search import fold_words

TELEPHONE = "telephone"
ADULT = "adult"
PLACE = "place"
STAFF = "staff"

_PHONE = re.compile(r"(?<![\d+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d[\d\s()\-]{7,13}\d(?!\d)")
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr")
# Places in school: named around many children by the nature of school, not a pattern.
SCHOOL_PLACES = frozenset(
    fold_words(place).strip()
    for place in (
        "classroom", "class", "playground", "school office", "office", "hall", "dining hall", "corridor", "toilets",
        "toilet", "school gate", "gate", "school", "library", "field", "school field", "changing room", "pe",
        "gym", "canteen", "reception", "staff room", "medical room", "nurture room", "breakfast club",
        "after school club", "minibus", "school trip", "online", "at home", "home", "unknown", "not known",
    )
)  # fmt: skip
_KIND_WORDS = {TELEPHONE: "Telephone number", ADULT: "Adult", PLACE: "Place", STAFF: "Member of staff"}
_KIND_ORDER = (STAFF, TELEPHONE, ADULT, PLACE)  # the likeliest to matter first, among patterns as wide
COMMON_SHARE = 0.1  # a place named for more than this share of the children with concerns is not a pattern
MIN_WORD = 2  # a name's words: at least two letters each


@dataclass(frozen=True, slots=True)
class PatternRecord:
    """One record behind a pattern: the concern, whose it is, and when it happened."""

    concern_id: str
    pupil_id: str
    when: datetime


@dataclass(frozen=True, slots=True)
class Pattern:
    """What is named (`label`, as first written) around several children, the records naming it (newest first),
    the children it connects, and how many families they are. `known_around`: children it is held for without
    being written in their records (a roster contact's number or name). `staff_account_id`: for a member of staff
    named in several concerns, their account (never shown to them: see `find_patterns`)."""

    kind: str
    label: str
    records: tuple[PatternRecord, ...]
    pupil_ids: frozenset[str]
    families: int
    known_around: frozenset[str] = frozenset()
    staff_account_id: str = ""

    @property
    def what(self) -> str:
        """What kind of thing is named, in words."""
        return _KIND_WORDS[self.kind]

    @property
    def advice(self) -> str:
        if self.kind == STAFF:
            return (
                "Several concerns name a member of staff: consider whether this meets the threshold for the "
                "allegations process (speak to the LADO), and record your decision. An allegation is recorded by the "
                "head, or a lead the head named, under Allegations (`allegation record`), sealed so that the member "
                "of staff cannot read it."
            )
        return f"Named around {len(self.pupil_ids)} children of {self.families} families: worth a look."


def find_patterns(state: SchoolState, *, reader: str = "") -> list[Pattern]:
    """Every pattern in `state`, the ones connecting most families first. A lead (`reader`, an account id) who is
    the member of staff several concerns name is not shown that pattern: it would tell them of a possible
    allegation before the other leads and the head had decided what to do (KCSIE Part 4)."""
    family = family_groups(state.lead)
    texts = list(_concern_texts(state))
    found = [
        *_telephones(state, texts, family),
        *_adults(state, texts, family),
        *_places(state, family),
        *(p for p in _staff(state, texts, family) if not reader or p.staff_account_id != reader),
    ]
    return sorted(found, key=lambda p: (-p.families, _KIND_ORDER.index(p.kind), -len(p.records), p.label))


def telephone_digits(text: str) -> str:
    """A UK telephone number as its digits from the leading 0 ("+44 7700 900123" -> "07700900123"), else ""."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return digits if digits.startswith("0") and len(digits) in (10, 11) else ""


# --- what is read ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Text:
    concern: Concern
    words: str  # the concern's words, as written (what happened, the child's words, who was present, opinion, ...)
    said: str  # what happened and the child's own words only, folded (where staff are looked for)


def _concern_texts(state: SchoolState) -> Iterator[_Text]:
    notes = state.addenda
    for concern in state.concerns.values():
        marks = " ".join(f"{m.explanation} {m.witnessed_by} {m.first_aid}" for m in concern.injuries)
        later = " ".join(n.text for n in notes.get(concern.concern_id, ()) if n.pupil_id == concern.pupil_id)
        words = " ".join(
            (concern.what_happened, concern.childs_words, concern.present, concern.opinion, concern.action_taken,
             concern.location, marks, later)
        )  # fmt: skip
        yield _Text(concern, words, fold_words(f"{concern.what_happened} {concern.childs_words}"))


def _families(pupil_ids: Iterable[str], family: dict[str, str]) -> int:
    return len({family.get(p, p) for p in pupil_ids})


def _pattern(
    kind: str, label: str, concerns: Iterable[Concern], family: dict[str, str], around: Iterable[str] = ()
) -> Pattern:
    unique = {c.concern_id: c for c in concerns}
    records = tuple(
        PatternRecord(c.concern_id, c.pupil_id, c.occurred_at)
        for c in sorted(unique.values(), key=lambda c: (c.occurred_at, c.concern_id), reverse=True)
    )
    named = {r.pupil_id for r in records}
    known = frozenset(around) - named
    return Pattern(kind, label, records, frozenset(named | known), _families(named | known, family), known)


# --- the four kinds -----------------------------------------------------------------------------------------------


def _telephones(state: SchoolState, texts: list[_Text], family: dict[str, str]) -> Iterator[Pattern]:
    named: dict[str, list[Concern]] = defaultdict(list)
    written: dict[str, str] = {}
    for text in texts:
        for match in _PHONE.finditer(text.words):
            digits = telephone_digits(match.group())
            if digits:
                named[digits].append(text.concern)
                written.setdefault(digits, " ".join(match.group().split()))
    held: dict[str, set[str]] = defaultdict(set)
    for pupil_id, contacts in state.pupil_contacts.items():
        for contact in contacts:
            digits = telephone_digits(contact)
            if digits in named:
                held[digits].add(pupil_id)
    for digits, concerns in named.items():
        pattern = _pattern(TELEPHONE, written[digits], concerns, family, held.get(digits, ()))
        if pattern.families >= 2:
            yield pattern


def _name_key(name: str) -> tuple[str, ...]:
    """A name's folded words, when it has at least two words of at least two letters (else no key)."""
    words = tuple(w for w in fold_words(name).split() if w not in _TITLES)
    return words if len(words) >= 2 and all(len(w) >= MIN_WORD for w in words) else ()


def _adults(state: SchoolState, texts: list[_Text], family: dict[str, str]) -> Iterator[Pattern]:
    known: dict[tuple[str, ...], tuple[str, set[str]]] = {}  # folded name -> (as written, children it is held for)
    for household in households_of(state.lead).values():
        for adult in household.adults:
            key = _name_key(adult.name)
            if key and not adult.removed:
                known.setdefault(key, (adult.name.strip(), set()))[1].update(household.pupil_ids)
    for pupil_id, contacts in state.pupil_contacts.items():
        for contact in contacts:
            key = () if telephone_digits(contact) or "@" in contact else _name_key(contact)
            if key:
                known.setdefault(key, (contact.strip(), set()))[1].add(pupil_id)
    staff = {_name_key(m.full_name) for m in state.staff.values()}
    by_last = _by_last_word(key for key in known if key not in staff)
    named: dict[tuple[str, ...], list[Concern]] = defaultdict(list)
    for text in texts:
        for key in _names_in(fold_words(text.words).split(), by_last):
            named[key].append(text.concern)
    for key, concerns in named.items():
        label, around = known[key]
        pattern = _pattern(ADULT, label, concerns, family, around)
        if pattern.families >= 2:
            yield pattern


def _by_last_word(keys: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in keys:
        index[key[-1]].append(key)
    return index


def _names_in(words: list[str], by_last: dict[str, list[tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """The known names written in full in `words` (folded): each word that ends a name is checked against the
    words before it."""
    found = set()
    for at, word in enumerate(words):
        for key in by_last.get(word, ()):
            if at + 1 >= len(key) and tuple(words[at + 1 - len(key) : at + 1]) == key:
                found.add(key)
    return found


def _places(state: SchoolState, family: dict[str, str]) -> Iterator[Pattern]:
    named: dict[str, list[Concern]] = defaultdict(list)
    written: dict[str, str] = {}
    for concern in state.concerns.values():
        place = fold_words(concern.location).strip()
        if place and place not in SCHOOL_PLACES and len(place) >= 3:
            named[place].append(concern)
            written.setdefault(place, " ".join(concern.location.split()))
    children = {c.pupil_id for c in state.concerns.values()}
    common = max(2, COMMON_SHARE * len(children))
    for place, concerns in named.items():
        pattern = _pattern(PLACE, written[place], concerns, family)
        if pattern.families >= 2 and len(pattern.pupil_ids) <= common:
            yield pattern


def _staff(state: SchoolState, texts: list[_Text], family: dict[str, str]) -> Iterator[Pattern]:
    forms: dict[str, list[tuple[str, ...]]] = {}  # account id -> the ways its name is written
    for member in state.staff.values():
        key = _name_key(member.full_name)
        if key:
            forms[member.account_id] = [key, *((title, key[-1]) for title in _TITLES)]
    by_last = _by_last_word(form for keys in forms.values() for form in keys)
    owner = {form: account_id for account_id, keys in forms.items() for form in keys}
    named: dict[str, list[Concern]] = defaultdict(list)
    for text in texts:
        for form in _names_in(text.said.split(), by_last):
            account_id = owner[form]
            if account_id != text.concern.author_id:
                named[account_id].append(text.concern)
    for account_id, concerns in named.items():
        unique = {c.concern_id for c in concerns}
        if len(unique) >= 2:
            pattern = _pattern(STAFF, state.staff[account_id].full_name, concerns, family)
            yield replace(pattern, staff_account_id=account_id)
