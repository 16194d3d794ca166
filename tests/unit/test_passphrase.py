"""Transfer secrets: generated passphrases, the conservative strength check, and the PDF password kept apart from the
bundle passphrase (design note 17)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.crypto import kdf
from desktop_app.crypto.passphrase import (
    GENERATED_WORDS,
    MIN_BITS,
    estimate_bits,
    generate_passphrase,
    passphrase_problem,
    word_list,
)
from desktop_app.paths import resources_dir
from desktop_app.services.errors import ServiceError
from desktop_app.services.transfer import check_transfer_secrets, suggest_passphrase
from desktop_app.services.transfer.bundle import wrapped_transfer_key

SCHOOL = "Hillside Primary School"


def test_the_word_list_is_the_eff_large_list_with_its_licence() -> None:
    words = word_list()
    assert len(words) == len(set(words)) == 7776
    assert words[0] == "abacus" and words[-1] == "zoom"
    licence = (resources_dir() / "wordlists" / "LICENSE-EFF.txt").read_text(encoding="utf-8")
    assert "Electronic Frontier Foundation" in licence and "CC BY 3.0" in licence


def test_a_generated_passphrase_is_seven_random_words_of_at_least_80_bits() -> None:
    made = {generate_passphrase(school_name=SCHOOL) for _ in range(200)}
    assert len(made) == 200
    for phrase in made:
        words = phrase.split(" ")
        assert len(set(words)) == GENERATED_WORDS and set(words) <= set(word_list())
        assert passphrase_problem(phrase, SCHOOL) is None and estimate_bits(phrase) >= MIN_BITS
    assert sum(math.log2(7776 - i) for i in range(GENERATED_WORDS)) > 90 > MIN_BITS


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("password", '"password"'),
        ("Password123!", '"password"'),
        ("P@ssw0rd for the transfer of Zofia's file today", '"password"'),
        ("hillside hillside hillside", "school's name"),
        ("Hillside2024 transfer pack for riverside academy please", "school's name"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaa", "repeats"),
        ("abababababababab", "repeats"),
        ("correct horse battery staple", "too easy to guess"),
        ("abacus", "too easy to guess"),
        ("12345678901234567890", "too easy to guess"),
        ("Transfer2024!", "too easy to guess"),
        ("", "empty"),
    ],
)
def test_weak_passphrases_are_refused_saying_why(typed: str, why: str) -> None:
    problem = passphrase_problem(typed, SCHOOL)
    assert problem is not None and why in problem


def test_a_long_random_string_from_a_password_manager_is_accepted() -> None:
    assert passphrase_problem("k8Jd2mQp9XzL4rTv7NbW3yHc6FgS1aEu", SCHOOL) is None


@given(st.text(max_size=200))
def test_the_estimate_reads_any_text_and_a_repeated_phrase_adds_nothing(text: str) -> None:
    bits = estimate_bits(text)
    assert 0 <= bits < 10_000
    assert estimate_bits(f"{text} {text}") <= bits + 1e-9


def test_the_two_secrets_must_be_strong_and_independent() -> None:
    pdf, bundle = suggest_passphrase(SCHOOL), suggest_passphrase(SCHOOL)
    check_transfer_secrets(pdf, bundle, SCHOOL)
    with pytest.raises(ServiceError, match="two different secrets"):
        check_transfer_secrets(pdf, pdf, SCHOOL)
    with pytest.raises(ServiceError, match="two different secrets"):
        check_transfer_secrets(pdf, pdf.upper() + " extra words here", SCHOOL)
    shared = " ".join(pdf.split()[:3] + bundle.split()[3:])
    with pytest.raises(ServiceError, match="two different secrets"):
        check_transfer_secrets(pdf, shared, SCHOOL)
    with pytest.raises(ServiceError, match="The PDF password is refused"):
        check_transfer_secrets("password", bundle, SCHOOL)
    with pytest.raises(ServiceError, match=r"The bundle passphrase is refused.*suggests"):
        check_transfer_secrets(pdf, "hillside rules", SCHOOL)
    with pytest.raises(ServiceError, match="at most 127 bytes"):
        check_transfer_secrets(" ".join(word_list()[:40]), bundle, SCHOOL)


def test_the_bundle_key_is_wrapped_at_the_production_argon2id_cost() -> None:
    """The bundle passphrase is checked only through Argon2id (64 MiB, 3 passes): guessing it costs what guessing a
    lead's passphrase costs, whatever the PDF's own fast check allows for the PDF password."""
    kdf.use_test_cost(False)
    try:
        key, wrapped = wrapped_transfer_key(suggest_passphrase())
        assert kdf.wrapped_cost(wrapped) == kdf.PRODUCTION_COST and len(key) == 32
    finally:
        kdf.use_test_cost()
