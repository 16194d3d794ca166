"""Households (children a lead linked as living together, with their adults), a child's family and family groups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import TYPE_CHECKING

from desktop_app.domain.lead.household_records import HouseholdAdult, HouseholdChange
from desktop_app.domain.lead.lead_records import LeadRecords

if TYPE_CHECKING:
    from desktop_app.domain.records import SchoolState

_ABBREVIATIONS = {
    "rd": "road",
    "st": "street",
    "ave": "avenue",
    "av": "avenue",
    "ln": "lane",
    "cl": "close",
    "ct": "court",
    "cres": "crescent",
    "dr": "drive",
    "gdns": "gardens",
    "gr": "grove",
    "pl": "place",
    "sq": "square",
    "ter": "terrace",
    "terr": "terrace",
    "hse": "house",
    "apt": "flat",
    "apartment": "flat",
}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "lady"}
_POSTCODE = re.compile(r"\b([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})\b")


@dataclass(frozen=True, slots=True)
class Household:
    """Children a lead linked as one household, and the adults recorded around them."""

    household_id: str
    pupil_ids: frozenset[str]
    adults: tuple[HouseholdAdult, ...] = ()


@dataclass(frozen=True, slots=True)
class HouseholdSuggestion:
    """Children who may be one household, with the reasons in words. `household_id` is set when some of them are
    already linked (the suggestion is then to add the others)."""

    pupil_ids: tuple[str, ...]
    reasons: tuple[str, ...]
    household_id: str = ""


def households_of(records: LeadRecords) -> dict[str, Household]:
    """Every household after replaying links and unlinks in recorded order (copies of one change count once).
    Kept on `records` until a household entry is added (records only ever grow)."""
    return _cached(records)[0]


def linked_with(records: LeadRecords) -> dict[str, frozenset[str]]:
    """For every child in a household, every child in any of their households (themselves included)."""
    return _cached(records)[1]


def _cached(records: LeadRecords) -> tuple[dict[str, Household], dict[str, frozenset[str]]]:
    version = records.household_version
    if records._households is not None and records._households[0] == version:
        cached: tuple[dict[str, Household], dict[str, frozenset[str]]] = records._households[1]
        return cached
    found = _replay(records)
    members: dict[str, set[str]] = {}
    for household in found.values():
        for pupil in household.pupil_ids:
            members.setdefault(pupil, set()).update(household.pupil_ids)
    result = (found, {pupil: frozenset(linked) for pupil, linked in members.items()})
    records._households = (version, result)
    return result


def _replay(records: LeadRecords) -> dict[str, Household]:
    changes: dict[str, HouseholdChange] = {}
    for change in records.household_changes.values():
        held = changes.get(change.change_id)
        if held is None or (change.at, change.entry_id) < (held.at, held.entry_id):
            changes[change.change_id] = change
    members: dict[str, set[str]] = {}
    for change in sorted(changes.values(), key=lambda c: (c.at, c.change_id)):
        if not change.household_id:
            continue
        held_members = members.setdefault(change.household_id, set())
        if change.linked:
            held_members.update(change.pupil_ids, change.members)
        else:
            held_members.difference_update(change.pupil_ids)
            held_members.update(m for m in change.members if m not in change.pupil_ids)
    adults: dict[str, list[HouseholdAdult]] = {}
    for adult in records.household_adults.values():
        if not adult.removed:
            adults.setdefault(adult.household_id, []).append(adult)
    closed = records.closed_for_erasure.keys()  # a child whose file is closed for erasure is in no household
    return {
        hid: Household(hid, frozenset(left), tuple(sorted(adults.get(hid, ()), key=lambda a: (a.at, a.adult_id))))
        for hid, pupils in members.items()
        if (left := pupils - closed)
    }


def households_for(records: LeadRecords, pupil_id: str) -> list[Household]:
    """The households a child belongs to (a child may live across two)."""
    return [h for h in households_of(records).values() if pupil_id in h.pupil_ids]


def family_of(records: LeadRecords, pupil_id: str) -> list[str]:
    """The child's family: the child and every child who shares one of their households, the child first, then the
    others sorted. The family chronology, sibling cross-references, red flags across siblings and packs use it."""
    others = {p for h in households_for(records, pupil_id) for p in h.pupil_ids} - {pupil_id}
    return [pupil_id, *sorted(others)]


def family_groups(records: LeadRecords) -> dict[str, str]:
    """Each child in a household mapped to its family group's id: households that share a child are one group (a
    child living across two homes joins them), so a half-sibling at the other home is in the group though not in
    the child's `family_of`. Patterns count families this way, so linked homes are not counted twice."""
    parent: dict[str, str] = {}

    def root(pupil_id: str) -> str:
        while parent.setdefault(pupil_id, pupil_id) != pupil_id:
            parent[pupil_id] = parent[parent[pupil_id]]
            pupil_id = parent[pupil_id]
        return pupil_id

    for household in households_of(records).values():
        members = sorted(household.pupil_ids)
        for other in members[1:]:
            parent[root(other)] = root(members[0])
    return {pupil_id: root(pupil_id) for pupil_id in parent}


# --- household members not on roll ------------------------------------------------------------------------------

MEMBER_PREFIX = "NR-"
_MEMBER_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U to misread
MAX_MEMBER_AGE_YEARS = 25
MAX_MEMBER_FIELD = 200


def member_reference(random_digits: Iterable[int]) -> str:
    """A household member's reference from eight numbers 0-31: `NR-7K2Q-D9XA`. It is not a UPN (a UPN is a letter
    and twelve digits), so it can never be mistaken for one, and it is typed where a UPN is."""
    letters = "".join(_MEMBER_LETTERS[d % 32] for d in random_digits)
    if len(letters) != 8:
        raise ValueError("a member reference takes eight characters")
    return f"{MEMBER_PREFIX}{letters[:4]}-{letters[4:]}"


def is_member_reference(text: str) -> bool:
    text = text.strip().upper()
    return (
        len(text) == 12
        and text.startswith(MEMBER_PREFIX)
        and text[7] == "-"
        and all(c in _MEMBER_LETTERS for c in text[3:7] + text[8:])
    )


def split_full_name(name: str) -> tuple[str, str]:
    """(forename(s), surname) of a full name: the last word is the surname."""
    words = name.split()
    return " ".join(words[:-1]), words[-1] if words else ""


def member_problems(name: str, born: date | None, relationship: str, school: str, today: date) -> list[str]:
    """What is wrong with a household member as given (empty when they can be added)."""
    problems = []
    name = " ".join(name.split())
    forename, surname = split_full_name(name)
    if len(name) > MAX_MEMBER_FIELD or not forename or len(forename.rstrip(".")) < 2 or len(surname) < 2:
        problems.append("give the child's full name (forename and surname), not initials")
    if born is None:
        problems.append("give the child's date of birth (YYYY-MM-DD)")
    elif born > today:
        problems.append("the date of birth is in the future")
    elif (today - born).days > MAX_MEMBER_AGE_YEARS * 366:
        problems.append(f"a household member added here is a child or young person (at most {MAX_MEMBER_AGE_YEARS})")
    relationship = " ".join(relationship.split())
    if not relationship or len(relationship) > MAX_MEMBER_FIELD:
        problems.append("say who they are to the child (e.g. baby sister, half-brother, cousin)")
    if len(school) > MAX_MEMBER_FIELD:
        problems.append(f"the school is at most {MAX_MEMBER_FIELD} characters")
    return problems


# --- matching ----------------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ł", "l").replace("ø", "o")


def normalise_postcode(postcode: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", postcode.upper())


def normalise_address(address: str) -> tuple[str, ...]:
    """The address as words: case, accents, punctuation, a postcode inside it and common abbreviations smoothed."""
    text = _POSTCODE.sub(" ", _fold(address))
    words = re.findall(r"[a-z0-9]+", text)
    return tuple(_ABBREVIATIONS.get(w, w) for w in words)


def same_address(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or one is the other with the town left off (at least a house and a street must be there)."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 2 and longer[: len(shorter)] == shorter


def normalise_contact(contact: str) -> str:
    """A telephone number as digits (UK international form made national), or a name without titles; '' when
    the contact is too little to match on (a lone first name, a short number)."""
    digits = re.sub(r"\D", "", contact)
    letters = re.sub(r"[^a-z]", "", _fold(contact))
    if len(digits) >= 7 and len(letters) <= 3:
        if digits.startswith("44") and len(digits) == 12:
            digits = "0" + digits[2:]
        return "tel:" + digits if len(digits) >= 10 else ""
    words = [w for w in re.findall(r"[a-z]+", _fold(contact)) if w not in _TITLES]
    return "name:" + " ".join(words) if len(words) >= 2 else ""


@dataclass(slots=True)
class _Links:
    """Union-find over pupil ids, with the reasons each pair was joined. Private state: parents and reasons."""

    parent: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, list[str]] = field(default_factory=dict)

    def find(self, pupil: str) -> str:
        root = self.parent.setdefault(pupil, pupil)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[pupil] = root
        return root

    def join(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.reasons.setdefault(ra, []).extend(self.reasons.pop(rb, []))
        if reason not in self.reasons.setdefault(ra, []):
            self.reasons[ra].append(reason)


def suggest_households(state: SchoolState) -> list[HouseholdSuggestion]:
    """Children who share an address (same postcode, same house) or a roster contact and are not yet linked
    together, largest groups first. Pairs a lead dismissed are not suggested again."""
    households = households_of(state.lead)
    linked = {frozenset(pair) for h in households.values() for pair in combinations(sorted(h.pupil_ids), 2)}
    dismissed = {
        frozenset(pair) for d in state.lead.dismissed.values() for pair in combinations(sorted(d.pupil_ids), 2)
    }
    links = _Links()

    def join(a: str, b: str, reason: str) -> None:
        pair = frozenset((a, b))
        if a != b and pair not in dismissed:
            links.join(a, b, reason)

    by_postcode: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    in_order = sorted(state.pupils.values(), key=lambda p: (p.upn, p.pupil_id))  # ids are random: not their order
    for pupil in in_order:
        postcode = normalise_postcode(pupil.postcode)
        if postcode:
            by_postcode.setdefault(postcode, []).append((pupil.pupil_id, normalise_address(pupil.address)))
    for pupils in by_postcode.values():
        for (a, addr_a), (b, addr_b) in combinations(pupils, 2):
            if same_address(addr_a, addr_b):
                pupil = state.pupils[a]
                join(a, b, f"same address: {' '.join(pupil.address.split())}, {pupil.postcode.strip().upper()}")
    by_contact: dict[str, list[tuple[str, str]]] = {}
    for pupil_id in (p.pupil_id for p in in_order):
        for contact in state.pupil_contacts.get(pupil_id, ()):
            key = normalise_contact(contact)
            if key:
                by_contact.setdefault(key, []).append((pupil_id, contact))
    for sharing in by_contact.values():
        first, contact = sharing[0]
        for other, _ in sharing[1:]:
            join(first, other, f"shared contact: {' '.join(contact.split())}")

    groups: dict[str, set[str]] = {}
    for member in list(links.parent):
        groups.setdefault(links.find(member), set()).add(member)
    suggestions = []
    for root, together in groups.items():
        if len(together) < 2 or all(frozenset(p) in linked for p in combinations(sorted(together), 2)):
            continue
        holding = {h.household_id for h in households.values() if h.pupil_ids & together}
        suggestions.append(
            HouseholdSuggestion(
                tuple(sorted(together, key=lambda p: _sort_name(state, p))),
                tuple(links.reasons.get(root, ())),
                next(iter(holding)) if len(holding) == 1 else "",
            )
        )
    suggestions.sort(key=lambda s: (-len(s.pupil_ids), _sort_name(state, s.pupil_ids[0])))
    return suggestions


def _sort_name(state: SchoolState, pupil_id: str) -> tuple[str, str]:
    pupil = state.pupils.get(pupil_id)
    return (_fold(pupil.surname), _fold(pupil.forename)) if pupil else ("", pupil_id)


def pupils_in(households: Iterable[Household]) -> set[str]:
    return {p for h in households for p in h.pupil_ids}
