"""Record-quality prompts: initials, missing child's words, opinion in the facts, times far off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.record_quality import (
    CHILDS_WORDS_MISSING,
    CHILDS_WORDS_SUGGESTED,
    INITIALS,
    OPINION_IN_FACTS,
    TIME_IN_FUTURE,
    TIME_LONG_AGO,
    Prompt,
    initials_in,
    opinion_words_in,
    review_concern,
)

NOW = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I saw J.S. push K.B. in the line", ("J.S.", "K.B.")),
        ("J. S. was crying", ("J. S.",)),
        ("Mrs B was on the gate", ("Mrs B",)),
        ("Mr. B. and Miss K were there", ("Mr. B.", "Miss K")),
        ("J. Smith pushed him", ("J. Smith",)),
        ("with J Łuczak at lunch", ("J Łuczak",)),
        ("JS and KB were there with the TA in PE", ("JS", "KB")),
        ("Ó.B. was here", ("Ó.B.",)),
    ],
)
def test_initials_are_found(text: str, found: tuple[str, ...]) -> None:
    assert initials_in(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Barker (class teacher) and Mr Jones (TA) were present",
        "Jakub Łuczak and Şeyma Yılmaz, Year 5",
        "at 3 p.m. on the KS2 playground, e.g. by the gate",
        "I saw it. A big bruise. I told the DSL and the SENCO.",
        "He went to A&E with his GP letter",
        "U.K.",
    ],
)
def test_full_names_and_common_abbreviations_raise_nothing(text: str) -> None:
    assert initials_in(text) == ()


def test_opinion_words_are_found_once_each_in_order() -> None:
    text = "I think he was probably hungry; he seems tired and is obviously neglected. He wasn’t lying. Probably."
    assert opinion_words_in(text) == ("I think", "probably", "seems", "obviously", "neglected", "lying")


@pytest.mark.parametrize("text", ["He said he was hungry.", "Unlikely story", "Clearly-marked exit", "Her abusedness"])
def test_facts_without_judgement_raise_nothing(text: str) -> None:
    assert opinion_words_in(text) == ()


def review(
    category: str = "physical-abuse", occurred_at: datetime = NOW - timedelta(hours=1), **texts: str
) -> list[Prompt]:
    fields = {"what_happened": "I saw a bruise on Kuba Łuczak's left forearm.", "childs_words": "", **texts}
    return review_concern(fields, category, occurred_at, NOW)


def test_a_good_record_raises_no_prompt() -> None:
    assert review() == []


def test_initials_are_prompted_in_each_naming_field_but_never_in_the_childs_words() -> None:
    prompts = review(present="Mrs B", action_taken="Told J.S.", childs_words="Mrs B hit me")
    assert prompts == [Prompt(INITIALS, "present", ("Mrs B",)), Prompt(INITIALS, "action_taken", ("J.S.",))]


def test_a_disclosure_without_the_childs_words_is_prompted() -> None:
    assert review(category="disclosure") == [Prompt(CHILDS_WORDS_MISSING, "childs_words")]
    assert review(category="disclosure", childs_words="He hits me with the belt") == []


def test_facts_reporting_speech_suggest_recording_the_childs_words() -> None:
    assert review(what_happened="She told me her dad was angry.") == [Prompt(CHILDS_WORDS_SUGGESTED, "childs_words")]


def test_opinion_in_the_facts_is_prompted_and_allowed_in_the_opinion_field() -> None:
    assert review(what_happened="He is obviously neglected.") == [
        Prompt(OPINION_IN_FACTS, "what_happened", ("obviously", "neglected"))
    ]
    assert review(opinion="I think he is probably hungry at home.") == []


@pytest.mark.parametrize(
    ("offset", "code"),
    [
        (timedelta(days=-8), TIME_LONG_AGO),
        (timedelta(days=-6, hours=-23), None),
        (timedelta(minutes=4), None),
        (timedelta(hours=2), TIME_IN_FUTURE),
    ],
)
def test_times_far_in_the_past_or_in_the_future_are_prompted(offset: timedelta, code: str | None) -> None:
    prompts = review(occurred_at=NOW + offset)
    assert prompts == ([Prompt(code, "occurred_at")] if code else [])


@given(st.text(max_size=300), st.text(max_size=300), st.sampled_from(["disclosure", "other", ""]))
def test_any_text_is_reviewed_without_error(facts: str, present: str, category: str) -> None:
    prompts = review_concern({"what_happened": facts, "present": present}, category, None, NOW)
    assert all(p.field in ("what_happened", "present", "childs_words") for p in prompts)
