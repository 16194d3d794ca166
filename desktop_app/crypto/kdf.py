"""Argon2id password hashing, and wrapping a secret under a password or recovery code.

Test-only switch: setting the environment variable ``CONCERN_LOGGER_TEST_KDF=fast`` makes *new* wrappings use a
tiny Argon2id cost so the test suite runs quickly. Each wrapped secret records its own parameters, so unwrapping
always uses what the secret was made with; the production parameters are checked by a test.
"""

from __future__ import annotations

import os
import struct
import threading
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

TEST_SWITCH = "CONCERN_LOGGER_TEST_KDF"
_MAGIC = b"CLPW1"
_HEADER = struct.Struct(">III")
_MAX_MEMORY_KIB = 1024 * 1024  # refuse blobs that ask for more than 1 GiB


class WrongPassword(Exception):
    """The password or recovery code does not open this secret."""


class DamagedSecret(Exception):
    """The wrapped secret is not in a form this program can read."""


@dataclass(frozen=True, slots=True)
class KdfCost:
    memory_kib: int
    iterations: int
    lanes: int


PRODUCTION_COST = KdfCost(memory_kib=64 * 1024, iterations=3, lanes=4)
TEST_COST = KdfCost(memory_kib=64, iterations=1, lanes=1)


def current_cost() -> KdfCost:
    """The cost for new wrappings: production unless the documented test-only switch is set."""
    return TEST_COST if os.environ.get(TEST_SWITCH) == "fast" else PRODUCTION_COST


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
    """Encrypt `secret` under a key derived from `password`; the result carries salt and cost."""
    cost = cost or current_cost()
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
    """The secret inside `blob`; raises WrongPassword when `password` does not open it."""
    cost = wrapped_cost(blob)
    start = len(_MAGIC) + _HEADER.size
    salt, nonce = blob[start : start + 16], blob[start + 16 : start + 28]
    header = blob[: start + 28]
    key = derive_key(password, salt, cost)
    try:
        return AESGCM(key).decrypt(nonce, blob[start + 28 :], header)
    except InvalidTag:
        raise WrongPassword("the password does not open this secret") from None
