"""The red flags' word matching: word forms, contractions and short phrases (a small stemmer of our own)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.red_flags import RedFlagThresholds
from desktop_app.domain.red_flags.facts import agree, is_explained
from desktop_app.domain.red_flags.words import _IRREGULAR as IRREGULAR_FORMS
from desktop_app.domain.red_flags.words import PhraseMatcher, stem, stems, words_found

LIMITS = RedFlagThresholds()
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


@pytest.mark.parametrize(
    ("listed", "written"),
    [("fingertip", "like fingertips"), ("bruise", "bruising"), ("bruise", "bruised"), ("bruise", "bruises"),
     ("grip", "gripped"), ("scald", "scalded"), ("edge", "clear-edged"), ("clear edge", "clear edges"),
     ("fall", "fell"), ("fall", "falling"), ("bite", "bitten"), ("tear", "torn"), ("hungry", "HUNGRY!"),
     ("don't know", "I do not know"), ("can't remember", "I cannot remember"), ("won't say", "he won’t say")],
)  # fmt: skip
def test_a_listed_word_finds_the_forms_staff_write(listed: str, written: str) -> None:
    assert words_found(written, (listed,)) == [listed]


@pytest.mark.parametrize(
    ("listed", "written"),
    [("late", "chocolate"), ("late", "later"), ("bite", "a bit red"), ("iron", "environment"), ("thin", "thing"),
     ("loop", "loophole"), ("round", "around the corner")],
)  # fmt: skip
def test_whole_words_only(listed: str, written: str) -> None:
    assert words_found(written, (listed,)) == []


@pytest.mark.parametrize(
    ("text", "explained"),
    [("I don't know", False), ("dunno", False), ("Can't remember.", False), ("(shrugged)", False), ("", False),
     ("won't say", False), ("silent", False), ("I don't know, I bumped it on the table", True), ("I fell", True),
     ("Mum did it", True)],
)  # fmt: skip
def test_non_answers_are_no_explanation(text: str, explained: bool) -> None:
    assert is_explained(text, LIMITS) is explained


def test_tellings_agree_by_words_or_by_the_kind_of_mechanism() -> None:
    assert agree("I fell over", "He tripped on the stairs", LIMITS)
    assert agree("He fell off the trampoline", "I fell off the trampoline", LIMITS)
    assert not agree("Daddy pushed me", "He walked into a door", LIMITS)
    assert not agree("My uncle hit me", "I fell in the playground", LIMITS)
    assert agree("don't know", "Dad hit me", LIMITS)  # a non-answer is not a second telling


@given(st.lists(_WORD, max_size=6), st.lists(_WORD, min_size=1, max_size=3), st.lists(_WORD, max_size=6))
def test_a_phrase_written_into_any_text_is_found(before: list[str], phrase: list[str], after: list[str]) -> None:
    listed = " ".join(phrase)
    text = ", ".join([" ".join(before), listed.upper(), " ".join(after)])
    assert listed in PhraseMatcher((listed,)).found(text)


@given(st.lists(_WORD, max_size=8), st.lists(_WORD, min_size=1, max_size=3))
def test_a_phrase_is_found_only_when_its_stems_follow_each_other(text: list[str], phrase: list[str]) -> None:
    words, key = stems(" ".join(text)), stems(" ".join(phrase))
    present = any(words[i : i + len(key)] == key for i in range(len(words)))
    assert bool(PhraseMatcher((" ".join(phrase),)).found(" ".join(text))) is present


@given(st.text(max_size=200))
def test_matching_never_fails_on_any_text(text: str) -> None:
    found = words_found(text, LIMITS.non_answers + LIMITS.patterned_words)
    assert set(found) <= set(LIMITS.non_answers + LIMITS.patterned_words)
    assert all(stem(word) for word in text.split() if word.isalpha())


@given(_WORD)
def test_stems_are_case_blind_and_a_plural_meets_its_singular(word: str) -> None:
    assert stem(word.upper()) == stem(word)
    irregular = word in IRREGULAR_FORMS  # "thrown" is mapped to "throw" by hand; "throwns" is no word to meet it
    if (
        len(word) >= 4
        and not word.endswith(("s", "e", "y", "ing", "ed"))
        and word not in ("teeth", "feet")
        and not irregular
    ):
        assert stem(word + "s") == stem(word)
