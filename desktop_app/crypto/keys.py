"""The key hierarchy: account keys (X25519 to receive, Ed25519 to sign), the team key, symmetric keys, codes."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

_RAW = (Encoding.Raw, PublicFormat.Raw)
_RAW_PRIVATE = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
# Crockford base32: no I, L, O or U, so a recovery code read aloud or typed from paper is unambiguous.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS = 6
_CODE_GROUP_LEN = 5


def public_bytes_x25519(key: X25519PublicKey) -> bytes:
    return key.public_bytes(*_RAW)


def public_bytes_ed25519(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(*_RAW)


@dataclass(frozen=True, slots=True)
class AccountKeys:
    """One account's private keys: `agreement` receives sealed data keys, `signing` signs entries."""

    agreement: X25519PrivateKey
    signing: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> AccountKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    def secret_bytes(self) -> bytes:
        return self.agreement.private_bytes(*_RAW_PRIVATE) + self.signing.private_bytes(*_RAW_PRIVATE)

    @classmethod
    def from_secret_bytes(cls, raw: bytes) -> AccountKeys:
        if len(raw) != 64:
            raise ValueError("account key material has the wrong length")
        return cls(X25519PrivateKey.from_private_bytes(raw[:32]), Ed25519PrivateKey.from_private_bytes(raw[32:]))

    @property
    def agreement_public(self) -> bytes:
        return public_bytes_x25519(self.agreement.public_key())

    @property
    def signing_public(self) -> bytes:
        return public_bytes_ed25519(self.signing.public_key())

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message)


def verify_signature(signing_public: bytes, message: bytes, signature: bytes) -> bool:
    """True when `signature` is the Ed25519 signature of `message` by the holder of `signing_public`."""
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def generate_team_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def x25519_from_bytes(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def x25519_private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(*_RAW_PRIVATE)


def x25519_public_from_bytes(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(raw)


def generate_symmetric_key() -> bytes:
    return os.urandom(32)


def login_tag(school_id: str, username: str) -> str:
    """An opaque lookup tag for a username, so no username is stored in plaintext."""
    normalised = username.strip().casefold().encode("utf-8")
    return hmac.new(school_id.encode(), b"login:" + normalised, hashlib.sha256).hexdigest()[:32]


def generate_recovery_code() -> str:
    """A 150-bit code in six groups of five characters, e.g. `7K2QD-...`, to print once for the school safe."""
    chars = [secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUPS * _CODE_GROUP_LEN)]
    groups = ["".join(chars[i : i + _CODE_GROUP_LEN]) for i in range(0, len(chars), _CODE_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(typed: str) -> str:
    """The code as typed, with spaces and dashes dropped, case folded and look-alike letters mapped."""
    cleaned = typed.upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    groups = [cleaned[i : i + _CODE_GROUP_LEN] for i in range(0, len(cleaned), _CODE_GROUP_LEN)]
    return "-".join(groups)
