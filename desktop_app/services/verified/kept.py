"""What a reader keeps between sign-ins: its sealed prefix (the hashes it verified and the entries it found
wanting) and this PC's signed checkpoint of the chain heads its readers verified."""

from __future__ import annotations

import json
import logging
import struct
from collections.abc import Callable, Mapping
from dataclasses import astuple, dataclass
from pathlib import Path

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.crypto.own_seal import open_own, own_key, seal_own
from desktop_app.domain.ids import is_canonical_id
from desktop_app.domain.integrity import HASH_SIZE
from desktop_app.file_limits import read_kept_file
from desktop_app.private_files import replace_privately

log = logging.getLogger(__name__)

PREFIX_FILE = "snapshots/{account}.verified"  # beside the snapshots: this reader's trusted prefix, sealed
CHECKPOINT_FILE = "snapshots/checkpoint"  # this PC's signed checkpoint of every chain head its readers verified
CHECKPOINT_LIMIT = 4 * 1024 * 1024
PREFIX_LIMIT = 64 * 1024 * 1024  # 2 million entries' hashes: anything bigger is not one of ours
_PREFIX_MAGIC = b"CLVERIFIED3\n"
_PREFIX_PURPOSE = b"concern-logger verified prefix v1"
_DEVICE = struct.Struct(">36sQ")

Heads = dict[str, tuple[int, bytes]]  # device id -> (sequence number, hash) of a chain's head


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An entry that is not used, and why."""

    entry_id: str
    device_id: str
    seq: int
    reason: str
    lead_kind: bool = False  # refused once opened, as a lead's kind of record (judged again without opening it)

    def __str__(self) -> str:
        return f"entry {self.entry_id}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Kept:
    """A reader's sealed prefix file, opened: the school entry it was verified under, the prefix, and the entries
    it found wanting."""

    root: str
    prefix: dict[str, bytes]
    held_back: list[Quarantined]


class PrefixFile:
    """One reader's prefix file on this PC, sealed under a key from the reader's own account secret (AES-GCM:
    nobody else can make or change one). Private state: the path, the key and the associated data."""

    def __init__(self, data_dir: Path, school_id: str, account_id: str, account_secret: bytes) -> None:
        self._path = data_dir / PREFIX_FILE.format(account=account_id)
        self._key = own_key(account_secret, account_id, _PREFIX_PURPOSE)
        self._bound = _PREFIX_MAGIC + f"{school_id}|{account_id}".encode()

    def read(self) -> Kept | None:
        """What the file holds, or None when there is none (or it is damaged, oversized or another's)."""
        try:
            data = read_kept_file(self._path, PREFIX_LIMIT)
            if data is None:
                return None
            plain = open_own(self._key, data, self._bound)
            (size,) = struct.unpack_from(">I", plain, 36)
            prefix = _decode_prefix(plain[40 : 40 + size])
            return Kept(plain[:36].decode("ascii"), prefix, _decode_quarantine(plain[40 + size :]))
        except FileNotFoundError:
            return None  # none kept yet
        except (OSError, CannotOpen, ValueError, struct.error) as exc:
            log.warning("not using this reader's verified prefix (%s): checking every entry again", exc)
            return None

    def write(self, root: str, prefix: Mapping[str, bytes | bytearray], held_back: list[Quarantined]) -> bool:
        """Keep them; returns whether it was written (a failure only means checking again next time)."""
        try:
            if not is_uuid(root):
                raise ValueError("no school entry to bind the prefix to")
            encoded = _encode_prefix(prefix)
            kept = json.dumps([list(astuple(q)) for q in held_back]).encode()
            plain = root.encode("ascii") + struct.pack(">I", len(encoded)) + encoded + kept
            replace_privately(self._path, seal_own(self._key, plain, self._bound))
            return True
        except (OSError, ValueError) as exc:
            log.warning("could not keep the verified prefix (nothing is lost; checked again next time): %s", exc)
            return False


def read_checkpoint(
    data_dir: Path, signing_public: Callable[[str], bytes | None], verify: Callable[[bytes, bytes, bytes], bool]
) -> Heads:
    """This PC's checkpoint, if it is there and signed by a key `signing_public` names (an account that counts);
    else empty."""
    path = data_dir / CHECKPOINT_FILE
    try:
        kept = read_kept_file(path, CHECKPOINT_LIMIT)
        if kept is None:
            return {}
        data = json.loads(kept)
        body, signer, signature = data["heads"], str(data["signer"]), bytes.fromhex(data["signature"])
        key = signing_public(signer)
        if key is None or not verify(key, _checkpoint_bytes(body), signature):
            raise ValueError("its signature does not hold")
        return {str(d): (int(seq), bytes.fromhex(h)) for d, (seq, h) in body.items()}
    except FileNotFoundError:
        return {}  # none kept yet
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("not using this PC's checkpoint (%s)", exc)
        return {}


def write_checkpoint(data_dir: Path, heads: Heads, signer: tuple[str, Callable[[bytes], bytes]]) -> bool:
    """Sign and keep this PC's checkpoint; returns whether it was written (a failure loses nothing)."""
    body = {device: [seq, digest.hex()] for device, (seq, digest) in sorted(heads.items())}
    key_id, sign = signer
    data = {"heads": body, "signer": key_id, "signature": sign(_checkpoint_bytes(body)).hex()}
    try:
        replace_privately(data_dir / CHECKPOINT_FILE, json.dumps(data).encode())
        return True
    except OSError as exc:
        log.warning("could not keep this PC's checkpoint (nothing is lost): %s", exc)
        return False


def is_uuid(text: str) -> bool:
    """Whether `text` is a UUID in the canonical form the app writes (36 characters, lower-case hex)."""
    return is_canonical_id(text)


def _checkpoint_bytes(body: object) -> bytes:
    return b"concern-logger checkpoint v1\n" + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def _decode_quarantine(data: bytes) -> list[Quarantined]:
    """What a reader kept of the entries it found wanting; ValueError when it is not that."""
    try:
        rows = json.loads(data.decode("utf-8")) if data else []
        found = [Quarantined(str(i), str(d), int(n), str(r), bool(k)) for i, d, n, r, k in rows]
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a list of entries held back ({exc})") from exc
    return found


def _encode_prefix(prefix: Mapping[str, bytes | bytearray]) -> bytes:
    prefix = {device: hashes for device, hashes in prefix.items() if hashes}  # a chain judged, none of it trusted
    parts: list[bytes | bytearray] = [struct.pack(">I", len(prefix))]
    for device, hashes in sorted(prefix.items()):
        if not is_uuid(device):
            raise ValueError(f"not a device id: {device!r}")
        parts += [_DEVICE.pack(device.encode("ascii"), len(hashes)), hashes]
    return b"".join(parts)


def _decode_prefix(data: bytes) -> dict[str, bytes]:
    """The prefix from `_encode_prefix`'s bytes; ValueError when they are not that."""
    try:
        (count,) = struct.unpack_from(">I", data)
        at, prefix = 4, {}
        for _ in range(count):
            raw, size = _DEVICE.unpack_from(data, at)
            at += _DEVICE.size
            if size % HASH_SIZE or at + size > len(data):
                raise ValueError("a chain's hashes are cut short")
            prefix[raw.rstrip(b"\0").decode("ascii")] = data[at : at + size]
            at += size
    except (struct.error, UnicodeDecodeError) as exc:
        raise ValueError(f"not a verified prefix ({exc})") from exc
    if at != len(data):
        raise ValueError("not a verified prefix (trailing bytes)")
    return prefix
