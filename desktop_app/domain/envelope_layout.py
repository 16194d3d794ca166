"""The byte layout of a sealed envelope, readable without keys (see crypto/envelope.py for the sealing)."""

from __future__ import annotations

import functools
import struct
import uuid
from dataclasses import dataclass

ENVELOPE_VERSION = 1
# A document's chunk: the same layout, raw bytes (not a record) under its own associated data. The fold passes over
# it unopened (a record's opener refuses any version but 1 at its first byte), so no chunk is decrypted at sign-in.
CHUNK_ENVELOPE_VERSION = 2
# A record about a child sealed under the child's file key too (crypto/envelope.py, `seal` with a file key): the
# version byte is followed by the file key's 16-byte id, then the layout of version 1. Opening needs a slot's key AND
# the file key; destroying every copy of the file key erases the record (services/erasure.py).
FILE_KEY_ENVELOPE_VERSION = 3
# A document's chunk under its child's file key: version 3's layout, a chunk's associated data of its own. The fold
# refuses it at its first byte, as it refuses version 2.
FILE_KEY_CHUNK_ENVELOPE_VERSION = 4
FILE_KEY_VERSIONS = (FILE_KEY_ENVELOPE_VERSION, FILE_KEY_CHUNK_ENVELOPE_VERSION)
CHUNK_VERSIONS = (CHUNK_ENVELOPE_VERSION, FILE_KEY_CHUNK_ENVELOPE_VERSION)
FILE_KEY_ID_SIZE = 16
SLOT_X25519 = 1
SLOT_SYMMETRIC = 2
SLOT_HEAD = struct.Struct(">B16sH")


class MalformedEnvelope(ValueError):
    """The bytes are not an envelope of a known version."""


@dataclass(frozen=True, slots=True)
class Slot:
    kind: int
    key_id: str
    wrapped: bytes


@functools.lru_cache(maxsize=4096)
def key_id_text(raw_id: bytes) -> str:
    """A slot's 16-byte key id as text. A store's envelopes name few keys (accounts, team keys, batches), and
    writing a run of entries or reading a store names the same ones again and again."""
    return str(uuid.UUID(bytes=raw_id))


def parse_envelope(blob: bytes) -> tuple[list[Slot], bytes]:
    """The slots and the content part (nonce and ciphertext) of an envelope."""
    try:
        if blob[0] not in (ENVELOPE_VERSION, CHUNK_ENVELOPE_VERSION, *FILE_KEY_VERSIONS):
            raise MalformedEnvelope("unknown envelope version")
        offset = 1 + (FILE_KEY_ID_SIZE if blob[0] in FILE_KEY_VERSIONS else 0)
        if offset >= len(blob):
            raise MalformedEnvelope("envelope is truncated")
        count, offset, slots = blob[offset], offset + 1, []
        for _ in range(count):
            kind, raw_id, length = SLOT_HEAD.unpack_from(blob, offset)
            offset += SLOT_HEAD.size
            if offset + length > len(blob):
                raise MalformedEnvelope("envelope is truncated")
            slots.append(Slot(kind, key_id_text(raw_id), blob[offset : offset + length]))
            offset += length
    except (IndexError, struct.error) as exc:
        raise MalformedEnvelope("envelope is truncated") from exc
    body = blob[offset:]
    if len(body) < 12 + 16:
        raise MalformedEnvelope("envelope is truncated")
    return slots, body


def pack_slot(kind: int, key_id: str, wrapped: bytes) -> bytes:
    return SLOT_HEAD.pack(kind, uuid.UUID(key_id).bytes, len(wrapped)) + wrapped


def recipient_key_ids(blob: bytes | None) -> list[str]:
    """The key ids an envelope is sealed to; empty for no envelope or a malformed one."""
    if not blob:
        return []
    try:
        return [slot.key_id for slot in parse_envelope(blob)[0]]
    except MalformedEnvelope:
        return []


def is_chunk(blob: bytes | None) -> bool:
    """Whether sealed bytes are a document's chunk (read from its first byte alone, without keys)."""
    return bool(blob) and blob[0] in CHUNK_VERSIONS  # type: ignore[index]


def file_key_id(blob: bytes | None) -> str | None:
    """The id of the file key a record or a chunk is sealed under (version 3 or 4), or None for any other envelope."""
    if not blob or blob[0] not in FILE_KEY_VERSIONS or len(blob) < 1 + FILE_KEY_ID_SIZE:
        return None
    return key_id_text(bytes(blob[1 : 1 + FILE_KEY_ID_SIZE]))
