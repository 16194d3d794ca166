"""A child's file key on the key shelf: made at random, wrapped under the directory key (AES-256-GCM), never in the
entry log. Associated data binds the wrapped key to its child, its own id and the directory key's id, so a row moved
to another child or key id on the shelf does not open."""

from __future__ import annotations

import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.envelope import CannotOpen, FileKey

_NONCE = 12
WRAPPED_BYTES = _NONCE + 32 + 16  # nonce, the key, the tag


def new_file_key() -> FileKey:
    """32 random bytes under a fresh random id."""
    return FileKey(str(uuid.uuid4()), AESGCM.generate_key(256))


def _bound(subject: str, key_id: str, directory_key_id: str) -> bytes:
    return b"CL3|file-key|%s|%s|%s" % (subject.encode(), key_id.encode(), directory_key_id.encode())


def wrap_file_key(file_key: FileKey, subject: str, directory_key_id: str, directory_key: bytes) -> bytes:
    """The file key under the directory key, bound to the child, its id and the directory key's id."""
    nonce = os.urandom(_NONCE)
    bound = _bound(subject, file_key.key_id, directory_key_id)
    return nonce + AESGCM(directory_key).encrypt(nonce, file_key.key, bound)


def unwrap_file_key(wrapped: bytes, subject: str, key_id: str, directory_key_id: str, directory_key: bytes) -> FileKey:
    """The file key; raises CannotOpen when the row was altered, moved, or wrapped under another key."""
    if len(wrapped) != WRAPPED_BYTES:
        raise CannotOpen("a file key on the shelf is not in its form")
    try:
        bound = _bound(subject, key_id, directory_key_id)
        key = AESGCM(directory_key).decrypt(wrapped[:_NONCE], wrapped[_NONCE:], bound)
    except InvalidTag as exc:
        raise CannotOpen("a file key on the shelf was altered, moved, or wrapped under another key") from exc
    return FileKey(key_id, key)
