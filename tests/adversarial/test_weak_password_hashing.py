"""Attack: make the app protect keys with a cheap Argon2id cost, so a stolen store's passwords are guessed quickly.
Setting CONCERN_LOGGER_TEST_KDF=fast in an installed app's environment used to wrap new accounts at 64 KiB and one
pass, and unlocking accepted that cost. Now the test-only cost is a call the test suite makes in its own process, and
unwrapping refuses any secret below the production cost, with one clear message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.crypto import kdf
from desktop_app.crypto.keys import login_tag
from desktop_app.services.errors import SignInRefused
from desktop_app.services.session import REFUSED
from desktop_app.services.store import SchoolStore
from desktop_app.services.transfer import TransferRefused, open_bundle, seal_bundle
from desktop_app.services.verified import key_book_of
from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS, School
from tests.e2e.conftest import SCHOOL_NAME, assert_one_error, run_cli
from tests.unit.test_transfer import PASSWORD as PASSPHRASE

SWITCH = {"CONCERN_LOGGER_TEST_KDF": "fast"}
WEAK = kdf.KdfCost(memory_kib=64, iterations=1, lanes=1)
REFUSAL = (
    "This account's keys are protected by Argon2id 64 KiB, 1 pass, 1 lane, less than the Argon2id 64 MiB, 3 passes, "
    "4 lanes this app requires. Ask a designated safeguarding lead to reset the password."
)


@pytest.fixture
def as_installed() -> Iterator[None]:
    """This process as an installed app runs: the test suite's switch off (after the fixtures named before it)."""
    kdf.use_test_cost(False)
    try:
        yield
    finally:
        kdf.use_test_cost()


def test_the_old_environment_switch_does_not_cheapen_what_the_real_cli_wraps(tmp_path: Path) -> None:
    data_dir = tmp_path / "school"
    setup = ("setup", "--school", SCHOOL_NAME, "--lead", LEAD, "--lead-name", "Alice Lead")
    ran = run_cli(data_dir, *setup, secrets=[LEAD_PASS], test_cost=False, env=SWITCH)
    assert ran.code == 0, ran.err
    staff = ("staff", "add", STAFF, "--name", "Carys Teacher", "--role", "staff", "--as", LEAD)
    ran = run_cli(data_dir, *staff, secrets=[LEAD_PASS, STAFF_PASS], test_cost=False, env=SWITCH)
    assert ran.code == 0, ran.err

    with SchoolStore(data_dir) as store:
        book = key_book_of(store)
    wrapped = [key.wrapped_secret for account in book.accounts.values() for key in account.keys]
    wrapped += [team.recovery_wrapped for team in book.team_keys.values()]
    assert len(wrapped) == 3, "the lead's keys, the teacher's keys and the recovery code's wrapping"
    assert {kdf.wrapped_cost(blob) for blob in wrapped} == {kdf.PRODUCTION_COST}


def test_the_real_cli_refuses_keys_wrapped_at_a_cheap_cost_even_with_the_switch_in_its_environment(
    school: School,
) -> None:
    tag = login_tag(key_book_of(school.store).school_id, LEAD)
    lead = key_book_of(school.store).account_by_login(tag)
    assert lead is not None and kdf.wrapped_cost(lead.current_key.wrapped_secret) == kdf.TEST_COST  # made cheap

    staff_list = ("staff", "list", "--as", LEAD)
    right = run_cli(school.data_dir, *staff_list, secrets=[LEAD_PASS], test_cost=False, env=SWITCH)
    assert assert_one_error(right) == f"error: {REFUSAL}"
    assert right.out == ""
    wrong = run_cli(school.data_dir, *staff_list, secrets=["not-the-pass"], test_cost=False, env=SWITCH)
    assert assert_one_error(wrong) == f"error: {REFUSED}", "only someone who knows the password learns why"


def test_a_secret_wrapped_cheaply_with_the_real_kdf_is_refused_on_unwrap_sign_in_and_transfer_import(
    school: School, as_installed: None
) -> None:
    """`school` is made first, at the cheap cost; `as_installed` then switches the cost off."""
    kdf.use_test_cost()  # an attacker's tool: the real functions, at a cheap cost
    blob = kdf.wrap_with_password(b"k" * 64, "their-password", WEAK)
    key = b"t" * 32
    bundle = seal_bundle("0190f5a2-0000-7000-8000-000000000001", b"{}", key, kdf.wrap_with_password(key, PASSPHRASE))
    kdf.use_test_cost(False)

    with pytest.raises(kdf.WeakWrapping) as refused:
        kdf.unwrap_with_password(blob, "their-password")
    assert str(refused.value) == (
        "protected by Argon2id 64 KiB, 1 pass, 1 lane, less than the Argon2id 64 MiB, 3 passes, 4 lanes "
        "this app requires"
    )
    with pytest.raises(kdf.WrongPassword):
        kdf.unwrap_with_password(blob, "a-guess")
    with pytest.raises(kdf.WeakWrapping):
        kdf.wrap_with_password(b"k" * 64, "their-password", WEAK)  # nor is one ever made outside the tests

    with pytest.raises(SignInRefused) as signed_in:
        school.sign_in(STAFF, STAFF_PASS)
    assert str(signed_in.value) == REFUSAL

    with pytest.raises(TransferRefused) as imported:
        open_bundle(bundle, PASSPHRASE)
    assert str(imported.value).startswith("Refused: the bundle's key is protected by Argon2id 64 KiB, 1 pass, 1 lane")
    assert str(imported.value).endswith("nothing was imported. Ask the sending school to export it again.")
