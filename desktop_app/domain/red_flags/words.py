"""Matching words and short phrases as staff write them: word forms (fingertip, fingertips), contractions, hyphens.

A deliberately small stemmer (suffix stripping with a few irregular forms), not a linguistic one: it only has to
make a listed word or phrase match the forms staff write it in, and never make two unrelated listed words meet.
"""

from __future__ import annotations

import functools
import re

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "don't": ("do", "not"),
    "doesn't": ("do", "not"),
    "didn't": ("did", "not"),
    "wouldn't": ("would", "not"),
    "couldn't": ("could", "not"),
    "isn't": ("is", "not"),
    "wasn't": ("was", "not"),
    "aren't": ("are", "not"),
    "weren't": ("were", "not"),
    "haven't": ("have", "not"),
    "hasn't": ("has", "not"),
    "shouldn't": ("should", "not"),
    "i'm": ("i", "am"),
}
# Irregular forms that matter for injuries and explanations; each maps to the stem of its plain form.
_IRREGULAR = {
    "fell": "fall",
    "fallen": "fall",
    "bite": "bite",
    "bites": "bite",
    "biting": "bite",
    "bitten": "bite",
    "broke": "break",
    "broken": "break",
    "torn": "tear",
    "tore": "tear",
    "burnt": "burn",
    "caught": "catch",
    "threw": "throw",
    "thrown": "throw",
    "hit": "hit",
    "hits": "hit",
    "hitting": "hit",
    "kids": "kid",
    "children": "child",
    "teeth": "tooth",
    "feet": "foot",
    "ran": "run",
    "running": "run",
    "said": "say",
    "says": "say",
    "saying": "say",
    "told": "tell",
    "pe": "pe",
}
_SUFFIXES = (("ies", "y", 2), ("ied", "y", 2), ("ing", "", 3), ("ed", "", 3), ("es", "", 4), ("s", "", 3))
_NO_UNDOUBLE = frozenset("lsz")


@functools.lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The stem of one word: lower case, possessive and common suffixes stripped, a doubled end undone."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ss"):
        return word
    for suffix, replacement, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) - 1 >= 3:
        word = word[:-1]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in _NO_UNDOUBLE and word[-1] not in "aeiou":
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=4096)
def stems(text: str) -> tuple[str, ...]:
    """The stems of a text's words in order; contractions become two words (don't: do not)."""
    out: list[str] = []
    for token in _TOKEN.findall(text.casefold().replace("’", "'")):
        expanded = _CONTRACTIONS.get(token)
        if expanded is None and token.endswith("n't"):
            expanded = (token[:-3], "not")
        if expanded is not None:
            out.extend(stem(word) for word in expanded)
        else:
            out.append(stem(token))
    return tuple(out)


class PhraseMatcher:
    """Finds listed words and short phrases in a text by their stems, whole words only.

    Private state: `_by_first` (each phrase's stems, grouped by its first stem, longest first) and `_phrases`
    (the phrases as listed, in the order given).
    """

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self._phrases = phrases
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in phrases:
            key = stems(phrase)
            if key:
                self._by_first.setdefault(key[0], []).append((key, phrase))
        for options in self._by_first.values():
            options.sort(key=lambda item: -len(item[0]))

    def found(self, text: str) -> list[str]:
        """The listed phrases that occur in `text`, in the order first found, once each."""
        if not text or not self._by_first:
            return []
        words = stems(text)
        hits: dict[str, None] = {}
        for i, word in enumerate(words):
            for key, phrase in self._by_first.get(word, ()):
                if words[i : i + len(key)] == key:
                    hits.setdefault(phrase)
        return list(hits)

    def any_in(self, *texts: str) -> bool:
        return any(self.found(text) for text in texts if text)


@functools.lru_cache(maxsize=64)
def matcher(phrases: tuple[str, ...]) -> PhraseMatcher:
    """One matcher per list of phrases (the thresholds' lists are tuples, so they cache)."""
    return PhraseMatcher(phrases)


def words_found(text: str, phrases: tuple[str, ...]) -> list[str]:
    """The listed words or phrases that occur in `text`, in any of their word forms, in the order first found."""
    return matcher(phrases).found(text)
