"""Envelope sealing, password wrapping and recovery codes, with real keys: round trips, binding and tampering."""

from __future__ import annotations

import re
import struct
import uuid
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.crypto import kdf
from desktop_app.crypto.envelope import CannotOpen, NoKeyHeld, Recipient, open_envelope, recipient_key_ids, seal
from desktop_app.crypto.kdf import (
    PRODUCTION_COST,
    TEST_COST,
    DamagedSecret,
    KdfCost,
    WeakWrapping,
    WrongPassword,
    current_cost,
    unwrap_with_password,
    wrap_with_password,
    wrapped_cost,
)
from desktop_app.crypto.keys import (
    generate_recovery_code,
    generate_symmetric_key,
    normalise_recovery_code,
    x25519_from_bytes,
)
from desktop_app.domain.envelope_layout import SLOT_HEAD, parse_envelope
from desktop_app.services.verified import key_book_of
from tests.conftest import School

ENTRY_ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
SUBJECT = "0190a1b2-c3d4-7e5f-8a9b-aaaaaaaaaaaa"
RECOVERY_CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$")

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
uuids = st.uuids().map(str)


class Holder:
    """One recipient of an envelope and the private key that opens its slot."""

    def __init__(self, asymmetric: bool) -> None:
        self.key_id = str(uuid.uuid4())
        if asymmetric:
            self.private: X25519PrivateKey | bytes = X25519PrivateKey.generate()
            self.recipient = Recipient(self.key_id, public=self.private.public_key())
        else:
            self.private = generate_symmetric_key()
            self.recipient = Recipient(self.key_id, symmetric=self.private)

    def lookup(self, key_id: str) -> X25519PrivateKey | bytes | None:
        return self.private if key_id == self.key_id else None


def open_as(holder: Holder, blob: bytes, entry_id: str = ENTRY_ID, subject: str | None = SUBJECT) -> bytes:
    return open_envelope(blob, entry_id=entry_id, subject=subject, lookup=holder.lookup)


def opened_or_none(holder: Holder, blob: bytes) -> bytes | None:
    try:
        return open_as(holder, blob)
    except CannotOpen:
        return None


def slot_spans(blob: bytes) -> list[tuple[int, int]]:
    """Where each slot (head and wrapped key) lies in the envelope, as [start, end) byte offsets."""
    slots, _body = parse_envelope(blob)
    spans, offset = [], 2
    for slot in slots:
        end = offset + SLOT_HEAD.size + len(slot.wrapped)
        spans.append((offset, end))
        offset = end
    return spans


# --- sealing and opening -------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    plaintext=st.binary(max_size=2048),
    kinds=st.lists(st.booleans(), min_size=1, max_size=5),
    entry_id=uuids,
    subject=st.none() | uuids,
)
def test_every_recipient_opens_what_was_sealed(
    plaintext: bytes, kinds: list[bool], entry_id: str, subject: str | None
) -> None:
    holders = [Holder(asymmetric) for asymmetric in kinds]
    blob = seal(plaintext, entry_id=entry_id, subject=subject, recipients=[h.recipient for h in holders])
    assert recipient_key_ids(blob) == [h.key_id for h in holders]
    for holder in holders:
        assert open_as(holder, blob, entry_id, subject) == plaintext
    if plaintext:
        assert len(plaintext) < 8 or plaintext not in blob  # a tiny plaintext may occur in random bytes


def test_a_stranger_holds_no_key() -> None:
    holders = [Holder(True), Holder(False)]
    blob = seal(b"secret", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[h.recipient for h in holders])
    with pytest.raises(NoKeyHeld):
        open_as(Holder(True), blob)
    with pytest.raises(NoKeyHeld):
        open_envelope(blob, entry_id=ENTRY_ID, subject=SUBJECT, lookup=lambda _key_id: None)


def test_sealing_twice_gives_different_ciphertext() -> None:
    holder = Holder(True)
    one = seal(b"same words", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[holder.recipient])
    two = seal(b"same words", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[holder.recipient])
    assert one != two


@pytest.mark.parametrize("count", [0, 256])
def test_recipient_count_is_bounded(count: int) -> None:
    recipients = [Holder(False).recipient for _ in range(count)]
    with pytest.raises(ValueError):
        seal(b"x", entry_id=ENTRY_ID, subject=SUBJECT, recipients=recipients)


def test_a_symmetric_recipient_needs_a_32_byte_key() -> None:
    with pytest.raises(ValueError):
        seal(b"x", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[Recipient(str(uuid.uuid4()), symmetric=b"short")])


@settings(max_examples=30, deadline=None)
@given(asymmetric=st.booleans(), other_id=uuids, other_subject=uuids)
def test_ciphertext_is_bound_to_its_entry_and_subject(asymmetric: bool, other_id: str, other_subject: str) -> None:
    holder = Holder(asymmetric)
    blob = seal(b"what the child said", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[holder.recipient])
    assert open_as(holder, blob) == b"what the child said"
    with pytest.raises(CannotOpen):
        open_as(holder, blob, entry_id=other_id)
    with pytest.raises(CannotOpen):
        open_as(holder, blob, subject=other_subject)
    with pytest.raises(CannotOpen):
        open_as(holder, blob, subject=None)
    with pytest.raises(CannotOpen):
        open_as(holder, blob, entry_id=other_id, subject=other_subject)


def test_a_slot_cannot_be_swapped_between_envelopes() -> None:
    """Moving a recipient's slot from one entry's envelope into another's does not open the other."""
    holder = Holder(True)
    first = seal(b"first", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[holder.recipient])
    other_id = str(uuid.uuid4())
    second = seal(b"second", entry_id=other_id, subject=SUBJECT, recipients=[holder.recipient])
    (start, end), *_ = slot_spans(first)
    (start2, end2), *_ = slot_spans(second)
    spliced = second[:start2] + first[start:end] + second[end2:]
    with pytest.raises(CannotOpen):
        open_as(holder, spliced, entry_id=other_id)


@settings(max_examples=150, deadline=None)
@given(
    plaintext=st.binary(max_size=64),
    asymmetric=st.booleans(),
    position=st.integers(min_value=0),
    mask=st.integers(min_value=1, max_value=255),
)
def test_flipping_any_byte_of_a_single_recipient_envelope_stops_it_opening(
    plaintext: bytes, asymmetric: bool, position: int, mask: int
) -> None:
    holder = Holder(asymmetric)
    blob = bytearray(seal(plaintext, entry_id=ENTRY_ID, subject=SUBJECT, recipients=[holder.recipient]))
    blob[position % len(blob)] ^= mask
    with pytest.raises(CannotOpen):
        open_as(holder, bytes(blob))


def test_flipping_any_byte_outside_other_slots_stops_each_recipient_opening() -> None:
    """Every byte of a three-recipient envelope, flipped in turn: a recipient can open it only when the flip lay in
    someone else's slot, and then the plaintext is the original one."""
    holders = [Holder(True), Holder(False), Holder(True)]
    original = seal(
        b"bruise on left forearm", entry_id=ENTRY_ID, subject=SUBJECT, recipients=[h.recipient for h in holders]
    )
    spans = slot_spans(original)
    for position in range(len(original)):
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        for index, holder in enumerate(holders):
            in_other_slot = any(start <= position < end for i, (start, end) in enumerate(spans) if i != index)
            if in_other_slot:  # a changed slot length can shift this recipient's slot too, so it may fail
                assert opened_or_none(holder, bytes(damaged)) in (None, b"bruise on left forearm")
            else:
                with pytest.raises(CannotOpen):
                    open_as(holder, bytes(damaged))


@pytest.mark.parametrize("blob", [b"", b"\x01", b"\x02\x01", b"\x01\x01" + bytes(10), b"\x01\x00" + bytes(27)])
def test_truncated_or_unknown_envelopes_cannot_open(blob: bytes) -> None:
    with pytest.raises(CannotOpen):
        open_as(Holder(True), blob)
    assert recipient_key_ids(blob) == []


# --- password wrapping ---------------------------------------------------------------------------------------


def test_the_right_password_unwraps_and_a_wrong_one_is_refused() -> None:
    blob = wrap_with_password(b"k" * 64, "correct horse battery", TEST_COST)
    assert unwrap_with_password(blob, "correct horse battery") == b"k" * 64
    for wrong in ("correct horse batterY", "", "correct horse battery ", "x" * 200):
        with pytest.raises(WrongPassword):
            unwrap_with_password(blob, wrong)


def test_a_tampered_wrapping_is_refused() -> None:
    blob = bytearray(wrap_with_password(b"secret", "password-1", TEST_COST))
    blob[-1] ^= 0x80
    with pytest.raises(WrongPassword):
        unwrap_with_password(bytes(blob), "password-1")
    salted = bytearray(wrap_with_password(b"secret", "password-1", TEST_COST))
    salted[len(b"CLPW1") + 12] ^= 0x01  # first byte of the salt
    with pytest.raises(WrongPassword):
        unwrap_with_password(bytes(salted), "password-1")


def _with_cost(blob: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    magic = b"CLPW1"
    return magic + struct.pack(">III", memory_kib, iterations, lanes) + blob[len(magic) + 12 :]


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (2**31, 3, 4),  # 2 TiB of memory
        (4 * 1024 * 1024, 3, 4),  # 4 GiB
        (64 * 1024, 10_000, 4),
        (64 * 1024, 0, 4),
        (64 * 1024, 3, 0),
        (64 * 1024, 3, 1000),
        (16, 1, 4),  # less memory than Argon2 allows for four lanes
    ],
)
def test_a_blob_asking_an_absurd_cost_is_damaged_not_run(memory_kib: int, iterations: int, lanes: int) -> None:
    blob = _with_cost(wrap_with_password(b"secret", "password-1", TEST_COST), memory_kib, iterations, lanes)
    with pytest.raises(DamagedSecret):
        unwrap_with_password(blob, "password-1")


@pytest.mark.parametrize("blob", [b"", b"CLPW1", b"NOPE1" + bytes(80), b"CLPW1" + bytes(20)])
def test_a_blob_that_is_not_a_wrapped_secret_is_damaged(blob: bytes) -> None:
    with pytest.raises(DamagedSecret):
        unwrap_with_password(blob, "password-1")


def test_production_cost_is_64_mib_three_passes_four_lanes() -> None:
    assert KdfCost(memory_kib=64 * 1024, iterations=3, lanes=4) == PRODUCTION_COST


@pytest.fixture
def production_cost() -> Iterator[None]:
    """The test-only switch off, as in an installed app, for one test (the suite's conftest turns it on)."""
    kdf.use_test_cost(False)
    try:
        yield
    finally:
        kdf.use_test_cost()


@pytest.mark.usefixtures("production_cost")
def test_the_test_switch_is_the_only_way_to_cheap_wrappings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCERN_LOGGER_TEST_KDF", "fast")  # the old environment switch does nothing now
    assert current_cost() == PRODUCTION_COST
    kdf.use_test_cost()
    assert current_cost() == TEST_COST


@pytest.mark.usefixtures("production_cost")
def test_a_wrapping_made_without_the_switch_really_uses_production_cost() -> None:
    blob = wrap_with_password(b"account keys", "a real passphrase")
    assert wrapped_cost(blob) == PRODUCTION_COST
    kdf.use_test_cost()  # unwrapping follows the blob, not the switch
    assert unwrap_with_password(blob, "a real passphrase") == b"account keys"


def test_test_cost_wrappings_say_so() -> None:
    assert wrapped_cost(wrap_with_password(b"x", "password-1")) == TEST_COST
    assert kdf.current_cost() == TEST_COST  # the suite's conftest sets the switch


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [(64, 1, 1), (64 * 1024 - 1, 3, 4), (64 * 1024, 2, 4), (64 * 1024, 3, 3), (1024 * 1024, 1, 4)],
)
def test_a_secret_wrapped_below_the_production_cost_is_refused(memory_kib: int, iterations: int, lanes: int) -> None:
    blob = wrap_with_password(b"account keys", "password-1", KdfCost(memory_kib, iterations, lanes))
    assert unwrap_with_password(blob, "password-1") == b"account keys"  # the test switch accepts it
    kdf.use_test_cost(False)
    try:
        with pytest.raises(WeakWrapping, match=r"less than the Argon2id 64 MiB, 3 passes, 4 lanes this app requires"):
            unwrap_with_password(blob, "password-1")
        with pytest.raises(WrongPassword):  # told apart only for someone who knows the password
            unwrap_with_password(blob, "password-2")
    finally:
        kdf.use_test_cost()


@pytest.mark.usefixtures("production_cost")
def test_a_secret_wrapped_above_the_production_cost_is_accepted() -> None:
    blob = wrap_with_password(b"account keys", "password-1", KdfCost(96 * 1024, 3, 4))
    assert unwrap_with_password(blob, "password-1") == b"account keys"


def test_a_frozen_app_refuses_the_test_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    with pytest.raises(RuntimeError, match="installed app"):
        kdf.use_test_cost()
    assert kdf.cheap_test_cost_on()  # the suite's own setting is left as it was


# --- recovery codes ------------------------------------------------------------------------------------------


def test_recovery_codes_are_six_groups_of_five_unambiguous_characters() -> None:
    codes = {generate_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert RECOVERY_CODE.match(code), code
        assert not set(code) & set("ILOU")
        assert normalise_recovery_code(code) == code


_LOOK_ALIKES = {"0": "0oO", "1": "1iIlL"}


@settings(max_examples=50, deadline=None)
@given(
    chars=st.text(alphabet=CODE_ALPHABET, min_size=30, max_size=30),
    typing=st.lists(st.tuples(st.integers(0, 4), st.sampled_from(["", " ", "-", "  "])), min_size=30, max_size=30),
)
def test_a_recovery_code_typed_carelessly_still_normalises(chars: str, typing: list[tuple[int, str]]) -> None:
    """Lower case, spaces or dashes anywhere, O for 0 and I or L for 1: the code still comes out right."""
    code = "-".join(chars[i : i + 5] for i in range(0, 30, 5))
    typed = ""
    for ch, (variant, gap) in zip(chars, typing, strict=True):
        options = _LOOK_ALIKES.get(ch, ch + ch.lower())
        typed += options[variant % len(options)] + gap
    assert normalise_recovery_code(typed) == code
    assert normalise_recovery_code(" " + typed.upper() + " ") == code


def test_the_recovery_code_opens_the_team_key(school: School) -> None:
    team = key_book_of(school.store).current_team_key
    scruffy = school.recovery_code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    secret = unwrap_with_password(team.recovery_wrapped, normalise_recovery_code(scruffy))
    assert x25519_from_bytes(secret).public_key().public_bytes_raw() == team.public
    with pytest.raises(WrongPassword):
        unwrap_with_password(team.recovery_wrapped, normalise_recovery_code(generate_recovery_code()))


@given(plaintext=st.binary(max_size=2048), subject=st.one_of(st.none(), st.uuids().map(str)))
@settings(max_examples=60, deadline=None)
def test_a_symmetric_sealer_round_trips_and_binds_the_entry(plaintext: bytes, subject: str | None) -> None:
    from desktop_app.crypto.envelope import SymmetricSealer

    key_id, key, entry_id = str(uuid.uuid4()), bytes(range(32)), str(uuid.uuid4())
    sealer = SymmetricSealer(key_id, key)
    sealed = sealer.seal(plaintext, entry_id=entry_id, subject=subject)
    assert recipient_key_ids(sealed) == [key_id]
    assert open_envelope(sealed, entry_id=entry_id, subject=subject, lookup={key_id: key}.get) == plaintext
    assert sealer.seal(plaintext, entry_id=entry_id, subject=subject) != sealed  # fresh data key and nonces
    with pytest.raises(CannotOpen):
        open_envelope(sealed, entry_id=str(uuid.uuid4()), subject=subject, lookup={key_id: key}.get)
    with pytest.raises(NoKeyHeld):
        open_envelope(sealed, entry_id=entry_id, subject=subject, lookup={}.get)


def test_argon2id_derivations_in_several_threads_all_finish() -> None:
    """Concurrent Argon2id derivations in one process deadlocked inside the cryptography library (50.0); the
    derivations are now taken one at a time. Without that lock this test hangs on its first round."""
    import threading

    cost = kdf.KdfCost(memory_kib=8 * 1024, iterations=1, lanes=4)
    results: list[bytes] = []

    def derive(i: int) -> None:
        for _ in range(8):
            results.append(kdf.derive_key(f"password-{i}", bytes(16), cost))

    threads = [threading.Thread(target=derive, args=(i,), daemon=True) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "Argon2id derivations deadlocked"
    assert len(results) == 24 and len(set(results)) == 3


def test_what_a_person_seals_for_themselves_opens_only_with_their_key_and_the_same_binding() -> None:
    from desktop_app.crypto.own_seal import open_own, own_key, seal_own

    key = own_key(bytes(64), "account-a", b"purpose")
    assert key != own_key(bytes(64), "account-b", b"purpose") != own_key(bytes(64), "account-a", b"other")
    sealed = seal_own(key, b"folded state", b"bound")
    assert open_own(key, sealed, b"bound") == b"folded state"
    for wrong_key, bound, data in (
        (own_key(bytes(64), "account-b", b"purpose"), b"bound", sealed),
        (key, b"another place", sealed),
        (key, b"bound", sealed[:-1] + bytes([sealed[-1] ^ 1])),
        (key, b"bound", sealed[:20]),
    ):
        with pytest.raises(CannotOpen):
            open_own(wrong_key, data, bound)
