"""Sealing what one person keeps on one PC for themselves alone (a cache of their folded state, never synced):
AES-256-GCM under a key derived with HKDF from their own account secret, so it is exactly as protected as that
secret, and `bound` (associated data) says what the sealed bytes must still match to be opened."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.crypto.envelope import CannotOpen

_NONCE = 12
_TAG = 16


def own_key(account_secret: bytes, account_id: str, purpose: bytes) -> bytes:
    """A 32-byte key for one purpose, derived from an account's private key material."""
    info = purpose + b"|" + account_id.encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(account_secret)


def seal_own(key: bytes, plaintext: bytes, bound: bytes) -> bytes:
    """Nonce and ciphertext of `plaintext` under `key`, bound to `bound`."""
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, bound)


def open_own(key: bytes, sealed: bytes, bound: bytes) -> bytes:
    """The plaintext; raises CannotOpen when the bytes were altered, or the key or `bound` differ."""
    if len(sealed) < _NONCE + _TAG:
        raise CannotOpen("sealed bytes are truncated")
    try:
        return AESGCM(key).decrypt(sealed[:_NONCE], sealed[_NONCE:], bound)
    except InvalidTag as exc:
        raise CannotOpen("sealed bytes were altered or belong to another key or place") from exc
