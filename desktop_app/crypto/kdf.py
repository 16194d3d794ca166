"""Argon2id password hashing, and wrapping a secret under a password or recovery code.

Each wrapped secret records its own Argon2id cost. Unwrapping refuses a secret recorded at less than the production
cost (`WeakWrapping`), so a store cannot be made to accept a cheaply guessed password.

Test-only switch: `use_test_cost()`, called in-process by the test suite (tests/conftest.py and the helpers the
tests start as subprocesses), makes new wrappings use a tiny cost and lets unwrapping accept it. Nothing outside
Python code running in the process turns it on: no environment variable, file or argument, and a frozen
(PyInstaller) app refuses it.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

_MAGIC = b"CLPW1"
_HEADER = struct.Struct(">III")
_MAX_MEMORY_KIB = 1024 * 1024  # refuse blobs that ask for more than 1 GiB


class WrongPassword(Exception):
    """The password or recovery code does not open this secret."""


class DamagedSecret(Exception):
    """The wrapped secret is not in a form this program can read."""


class WeakWrapping(DamagedSecret):
    """The wrapped secret was made at less than the production Argon2id cost; the message says what it has."""


@dataclass(frozen=True, slots=True)
class KdfCost:
    memory_kib: int
    iterations: int
    lanes: int

    def describe(self) -> str:
        """In words, as messages give it: `Argon2id 64 MiB, 3 passes, 4 lanes`."""
        memory = f"{self.memory_kib // 1024} MiB" if self.memory_kib % 1024 == 0 else f"{self.memory_kib} KiB"
        passes = "pass" if self.iterations == 1 else "passes"
        lanes = "lane" if self.lanes == 1 else "lanes"
        return f"Argon2id {memory}, {self.iterations} {passes}, {self.lanes} {lanes}"

    def at_least(self, other: KdfCost) -> bool:
        """Is every part of this cost (memory, passes, lanes) at least that of `other`?"""
        return self.memory_kib >= other.memory_kib and self.iterations >= other.iterations and self.lanes >= other.lanes


PRODUCTION_COST = KdfCost(memory_kib=64 * 1024, iterations=3, lanes=4)
MINIMUM_COST = PRODUCTION_COST  # every release so far has wrapped at exactly this cost
TEST_COST = KdfCost(memory_kib=64, iterations=1, lanes=1)
_test_cost = False  # set only by use_test_cost(), in the test suite's own processes


def use_test_cost(enabled: bool = True) -> None:
    """Test suite only: wrap new secrets at TEST_COST and accept that cost when unwrapping (or stop, with False).

    Refused in a frozen app: an installed Concern Logger always works at the production cost.
    """
    global _test_cost
    if enabled and getattr(sys, "frozen", False):
        raise RuntimeError("the test-only Argon2id cost cannot be used in an installed app")
    _test_cost = enabled


def cheap_test_cost_on() -> bool:
    """Has the test suite switched the test-only cost on in this process?"""
    return _test_cost


def current_cost() -> KdfCost:
    """The cost for new wrappings: production, unless the test suite has called use_test_cost()."""
    return TEST_COST if _test_cost else PRODUCTION_COST


def cost_accepted(cost: KdfCost) -> bool:
    """Is `cost` at least the production minimum in memory, passes and lanes (or the test suite's switch on)?"""
    return _test_cost or cost.at_least(MINIMUM_COST)


def check_cost(cost: KdfCost) -> None:
    """Raise WeakWrapping, saying what the cost is and what is required, when `cost` is not accepted."""
    if cost_accepted(cost):
        return
    raise WeakWrapping(f"protected by {cost.describe()}, less than the {MINIMUM_COST.describe()} this app requires")


# Two Argon2id derivations running at once in one process (threads: a sign-in in the background while another
# thread changes a password or seals a recovery sheet) can deadlock inside the cryptography library (seen with
# cryptography 50: both threads stop with no CPU use; tests/unit/test_crypto.py). One at a time: each derivation
# already uses its lanes on every core.
_ONE_DERIVATION = threading.Lock()


def derive_key(secret: str | bytes, salt: bytes, cost: KdfCost) -> bytes:
    material = secret.encode("utf-8") if isinstance(secret, str) else secret
    kdf = Argon2id(salt=salt, length=32, iterations=cost.iterations, lanes=cost.lanes, memory_cost=cost.memory_kib)
    with _ONE_DERIVATION:
        return kdf.derive(material)


def wrap_with_password(secret: bytes, password: str, cost: KdfCost | None = None) -> bytes:
    """Encrypt `secret` under a key derived from `password`; the result carries salt and cost. A cost below the
    production minimum is refused (WeakWrapping) unless the test suite's switch is on."""
    cost = cost or current_cost()
    check_cost(cost)
    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = _MAGIC + _HEADER.pack(cost.memory_kib, cost.iterations, cost.lanes) + salt + nonce
    key = derive_key(password, salt, cost)
    return header + AESGCM(key).encrypt(nonce, secret, header)


def wrapped_cost(blob: bytes) -> KdfCost:
    if len(blob) < len(_MAGIC) + _HEADER.size + 28 + 16 or not blob.startswith(_MAGIC):
        raise DamagedSecret("not a wrapped secret")
    memory, iterations, lanes = _HEADER.unpack_from(blob, len(_MAGIC))
    if not (8 * lanes <= memory <= _MAX_MEMORY_KIB and 1 <= iterations <= 64 and 1 <= lanes <= 64):
        raise DamagedSecret("wrapped secret asks for an unreasonable cost")
    return KdfCost(memory, iterations, lanes)


def unwrap_with_password(blob: bytes, password: str) -> bytes:
    """The secret inside `blob`; raises WrongPassword when `password` does not open it, and WeakWrapping when it
    does but the secret was wrapped at less than the production cost (the secret is never returned then).

    A weak secret is told apart only for someone who knows the password, and its answer comes no sooner than a
    production-cost one: a guesser learns nothing from it that a well-made secret would not tell them.
    """
    cost = wrapped_cost(blob)
    start = len(_MAGIC) + _HEADER.size
    salt, nonce = blob[start : start + 16], blob[start + 16 : start + 28]
    header = blob[: start + 28]
    weak = not cost_accepted(cost)
    if weak:
        derive_key(password, salt, MINIMUM_COST)  # time spent as for a well-made secret; the result is unused
    key = derive_key(password, salt, cost)
    try:
        secret = AESGCM(key).decrypt(nonce, blob[start + 28 :], header)
    except InvalidTag:
        raise WrongPassword("the password does not open this secret") from None
    if weak:
        check_cost(cost)  # raises WeakWrapping
    return secret
