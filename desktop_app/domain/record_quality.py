"""Gentle prompts when a record of a concern is weak: initials, missing words, opinion in the facts, odd times."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

# The prompts a record can raise. They never block sending; the form shows each one in words.
INITIALS = "initials"
CHILDS_WORDS_MISSING = "childs-words-missing"
CHILDS_WORDS_SUGGESTED = "childs-words-suggested"
OPINION_IN_FACTS = "opinion-in-facts"
TIME_LONG_AGO = "time-long-ago"
TIME_IN_FUTURE = "time-in-future"

DISCLOSURE_CATEGORIES: frozenset[str] = frozenset({"disclosure"})
LONG_AGO = timedelta(days=7)
FUTURE_SLACK = timedelta(minutes=5)

# Fields where people are named; the child's own words are left exactly as said, whatever they contain.
NAMING_FIELDS: tuple[str, ...] = ("what_happened", "present", "action_taken", "opinion", "location")

# Words of judgement that belong in the opinion field, not in what was seen or heard.
OPINION_PHRASES: tuple[str, ...] = (
    "i think",
    "i thought",
    "i believe",
    "i feel",
    "i felt",
    "i suspect",
    "i assume",
    "i guess",
    "in my opinion",
    "probably",
    "possibly",
    "presumably",
    "likely",
    "seems",
    "seemed",
    "appears to",
    "appeared to",
    "obviously",
    "clearly",
    "definitely",
    "no doubt",
    "must have",
    "neglected",
    "neglectful",
    "abused",
    "abusive",
    "lying",
    "lied",
    "made it up",
    "attention seeking",
    "attention-seeking",
    "bad parent",
)

# Upper-case words that are not someone's initials.
_ABBREVIATIONS = (
    "A I OK UK PE RE TA HT DT IT ICT PSHE RSE RSHE SEN SEND SENCO SENDCO DSL DDSL SLT EYFS KS KS1 KS2 KS3 KS4 KS5 "
    "GP NHS A&E AE CCTV TV PC ID SATS SAT GCSE CAMHS MASH CIN CP CPP LAC CLA EHCP EHC ADHD ASD PTSD FSM PP EAL "
    "FGM CSE CCE DV CME SSW LADO PCSO NSPCC MDT TAC TAF AM PM WC DOB UPN CPOMS OT SALT ELSA EP HLTA LSA MSA"
)
COMMON_ABBREVIATIONS: frozenset[str] = frozenset(_ABBREVIATIONS.split())

_LETTER = r"[^\W\d_]"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Master)"
# "J.S.", "J. S.", "A.B.C": two to four letters, each but the last followed by a dot.
_DOTTED = re.compile(rf"(?<![\w.])(?:{_LETTER}\.\s?){{1,3}}{_LETTER}\.?(?!\w)")
# "Mrs B", "Mr. B.", "Miss K": a title and a single letter.
_TITLED = re.compile(rf"\b{_TITLES}\.?\s+({_LETTER})(?!\w)\.?")
# "J. Smith", "J Łuczak": one initial before a surname.
_INITIAL_SURNAME = re.compile(rf"(?<![\w.])({_LETTER})\.?\s({_LETTER}[\w'-]+)")
# "JS", "KB": two or three capitals standing alone (checked against COMMON_ABBREVIATIONS).
_CAPITALS = re.compile(r"(?<![\w&])[A-Z]{2,3}(?![\w&])")
_OPINION = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(OPINION_PHRASES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:told me|told us|said|says|saying|disclosed|asked me)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Prompt:
    """One gentle prompt: which rule (`code`), which field it is about, and the words that raised it."""

    code: str
    field: str
    found: tuple[str, ...] = ()


def _plain(text: str) -> str:
    """Typographic apostrophes and hyphens made plain (same length, so matches keep their places)."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u2018", "'")
    return text.replace("\u2010", "-").replace("\u2011", "-")


def _dedupe(found: Iterable[str]) -> tuple[str, ...]:
    """Each finding once (the first spelling of it), in order."""
    kept: dict[str, str] = {}
    for item in found:
        kept.setdefault(item.casefold(), item)
    return tuple(kept.values())


def initials_in(text: str) -> tuple[str, ...]:
    """Initials where a full name belongs ("J.S.", "Mrs B", "J. Smith", "JS"), in the order they appear."""
    hits: list[tuple[int, int, str]] = []
    for match in _DOTTED.finditer(text):
        token = match.group(0).strip()
        letters = token.replace(".", "").replace(" ", "")
        if letters.isupper() and letters not in COMMON_ABBREVIATIONS:
            hits.append((match.start(), match.end(), token))
    for match in _TITLED.finditer(text):
        if match.group(1).isupper():
            hits.append((match.start(), match.end(), match.group(0).strip()))
    for match in _INITIAL_SURNAME.finditer(text):
        initial, surname = match.group(1), match.group(2)
        dotted = "." in match.group(0)
        if initial in {"A", "I", "O"} and not dotted:
            continue  # "A Big boy", "I Told him": words, not initials
        if initial.isupper() and surname[0].isupper() and not surname[1:].isupper():
            hits.append((match.start(), match.end(), match.group(0).strip()))
    for match in _CAPITALS.finditer(text):
        if match.group(0) not in COMMON_ABBREVIATIONS:
            hits.append((match.start(), match.end(), match.group(0)))
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    kept: list[str] = []
    covered = -1
    for start, end, token in hits:
        if start < covered:
            continue  # inside an earlier, longer hit ("Mr. B." and "B.")
        kept.append(token)
        covered = end
    return _dedupe(kept)


def opinion_words_in(text: str) -> tuple[str, ...]:
    """Words of judgement ("I think", "probably", "neglected") found in a text, as written, in order."""
    return _dedupe(match.group(0) for match in _OPINION.finditer(_plain(text)))


def mentions_speech(text: str) -> bool:
    """Whether a text reports something said ("told me", "said", "disclosed")."""
    return bool(_SAID.search(text))


def review_concern(
    texts: Mapping[str, str],
    category: str | Iterable[str],
    occurred_at: datetime | None,
    now: datetime,
    disclosure_categories: Iterable[str] = DISCLOSURE_CATEGORIES,
) -> list[Prompt]:
    """Every prompt a record raises. `texts` holds the form's text fields by their concern_input names.

    `category` is the concern's category, or all of them. `occurred_at` (None: not chosen yet) and `now` must both
    be timezone-aware. None of these prompts stops a record being sent.
    """
    chosen = {category} if isinstance(category, str) else set(category)
    prompts: list[Prompt] = []
    for field in NAMING_FIELDS:
        found = initials_in(texts.get(field, ""))
        if found:
            prompts.append(Prompt(INITIALS, field, found))
    childs_words = texts.get("childs_words", "").strip()
    facts = texts.get("what_happened", "")
    if not childs_words:
        if chosen & set(disclosure_categories):
            prompts.append(Prompt(CHILDS_WORDS_MISSING, "childs_words"))
        elif mentions_speech(facts):
            prompts.append(Prompt(CHILDS_WORDS_SUGGESTED, "childs_words"))
    opinion = opinion_words_in(facts)
    if opinion:
        prompts.append(Prompt(OPINION_IN_FACTS, "what_happened", opinion))
    if occurred_at is not None:
        if occurred_at < now - LONG_AGO:
            prompts.append(Prompt(TIME_LONG_AGO, "occurred_at"))
        elif occurred_at > now + FUTURE_SLACK:
            prompts.append(Prompt(TIME_IN_FUTURE, "occurred_at"))
    return prompts
