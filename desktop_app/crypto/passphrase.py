"""Passphrases for transfers: generated ones (seven words from the EFF large word list), and a conservative guess at
how strong a typed one is, so that weak ones ("password", the school's name, "aaaaaaaa1") are refused.

The estimate counts what a guesser would try first, never more than a word list gives: a word from the EFF list
counts log2(7776) ≈ 12.9 bits (as if it were drawn at random, which is what the generator does), any other run of
letters at most 11 bits (a word from a list of about 2,000 common words), a run of digits at most 13.3 bits (four
digits: a year, a date), a run of symbols at most 8, a token repeated or running in sequence ("1234", "abcd")
almost nothing, and capital letters nothing. Words are split at spaces, punctuation and case changes. The word list
is desktop_app/resources/wordlists/eff_large_wordlist.txt (CC BY 3.0 US, see LICENSE-EFF.txt beside it).
"""

from __future__ import annotations

import itertools
import math
import re
import secrets
import unicodedata
from functools import cache

from desktop_app.paths import resource_file

GENERATED_WORDS = 7  # 7 × log2(7776) ≈ 90.5 bits
MIN_BITS = 80.0
WORD_LIST_SIZE = 7776
_WORD_BITS = math.log2(WORD_LIST_SIZE)
_OTHER_WORD_BITS = 11.0
_LETTER_BITS = 2.5
_DIGIT_BITS = math.log2(10)
_MAX_DIGIT_BITS = 4 * math.log2(10)
_SYMBOL_BITS = 4.0
_MAX_SYMBOL_BITS = 8.0
_TOKENS = re.compile(r"[^\W\d_]+|\d+|[^\w\s]+", re.UNICODE)
_CASE_SPLIT = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_]+", re.UNICODE)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
# Words that do not single out a school: a passphrase may hold them even when the school's name does.
_GENERIC = frozenset(
    {
        "academy", "and", "church", "college", "community", "england", "federation", "first", "free", "grammar",
        "high", "infant", "infants", "junior", "juniors", "lower", "middle", "nursery", "of", "primary", "saint",
        "school", "schools", "secondary", "st", "the", "trust", "upper",
    }
)  # fmt: skip


class WeakPassphrase(ValueError):
    """A passphrase that is too easy to guess; the message says why and how to get a good one."""


@cache
def word_list() -> tuple[str, ...]:
    """The EFF large word list (7,776 words), as shipped in resources/wordlists."""
    path = resource_file("wordlists", "eff_large_wordlist.txt")
    words = tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    if len(words) != WORD_LIST_SIZE or len(set(words)) != WORD_LIST_SIZE:
        raise RuntimeError(f"{path} must hold {WORD_LIST_SIZE} different words")
    return words


@cache
def _word_set() -> frozenset[str]:
    return frozenset(word_list())


def generate_passphrase(words: int = GENERATED_WORDS, school_name: str = "") -> str:
    """`words` different words drawn at random (the `secrets` module's generator) from the EFF large word list,
    separated by spaces: log2(7776 × 7775 × … × 7770) ≈ 90.5 bits for seven. Drawn again in the rare case the
    check below would refuse it (the list holds "password"; a word may be part of the school's name)."""
    while True:
        made = " ".join(secrets.SystemRandom().sample(word_list(), words))
        if passphrase_problem(made, school_name) is None:
            return made


def _in_sequence(token: str) -> bool:
    """ "abcd", "4321", "aaaa": each character one step (or none) from the one before."""
    if len(token) < 3:
        return False
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(token)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def _tokens(passphrase: str) -> list[str]:
    found: list[str] = []
    for token in _TOKENS.findall(passphrase):
        if token[0].isalpha():
            found += _CASE_SPLIT.findall(token) or [token]
        else:
            found.append(token)
    return found


def estimate_bits(passphrase: str) -> float:
    """A conservative estimate of the passphrase's strength in bits (see the module docstring)."""
    text = unicodedata.normalize("NFKC", passphrase)
    bits, seen = 0.0, set()
    for token in _tokens(text):
        key = token.casefold()
        if key in seen:
            continue  # a repeated word adds nothing
        seen.add(key)
        if _in_sequence(key):
            bits += 2.0
        elif token[0].isalpha():
            bits += _WORD_BITS if key in _word_set() else min(_LETTER_BITS * len(token), _OTHER_WORD_BITS)
        elif token[0].isdigit():
            bits += min(_DIGIT_BITS * len(token), _MAX_DIGIT_BITS)
        else:
            bits += min(_SYMBOL_BITS * len(token), _MAX_SYMBOL_BITS)
    return bits


def _letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold().translate(_LEET) if c.isalpha())


def passphrase_problem(passphrase: str, school_name: str = "") -> str | None:
    """Why `passphrase` is too weak, in words, or None."""
    text = unicodedata.normalize("NFKC", passphrase).strip()
    if not text:
        return "it is empty"
    letters = _letters(text)
    if "password" in letters or "passwd" in letters:
        return 'it contains the word "password"'
    names = [w for w in re.findall(r"[^\W\d_]+", school_name.casefold()) if len(w) >= 4 and w not in _GENERIC]
    if any(_letters(name) and _letters(name) in letters for name in names):
        return "it contains the school's name"
    if len(set(text.casefold())) < 5 or re.search(r"(.)\1{3,}", text):
        return "it repeats the same characters"
    bits = estimate_bits(text)
    if bits < MIN_BITS:
        return f"it is too easy to guess (about {bits:.0f} bits; at least {MIN_BITS:.0f} are needed)"
    return None


def check_passphrase(passphrase: str, what: str, school_name: str = "") -> None:
    """Raise WeakPassphrase with one plain sentence saying why `passphrase` (`what`: "The bundle passphrase") is
    refused and how to get a good one."""
    why = passphrase_problem(passphrase, school_name)
    if why is not None:
        raise WeakPassphrase(
            f"{what} is refused: {why}. Use the one the app suggests (seven random words), or type eight or more "
            "unrelated words."
        )
