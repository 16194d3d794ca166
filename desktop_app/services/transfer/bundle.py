"""A transfer bundle's envelope: the signed body sealed under a fresh transfer key, the key wrapped under the bundle
passphrase (Argon2id), and the receipt code only someone who opened it can give."""

from __future__ import annotations

import base64
import hashlib
import hmac

from desktop_app.crypto.envelope import CannotOpen, Recipient, open_envelope, seal
from desktop_app.crypto.kdf import DamagedSecret, WeakWrapping, WrongPassword, unwrap_with_password, wrap_with_password
from desktop_app.crypto.keys import generate_symmetric_key
from desktop_app.domain.transfer import BUNDLE_FORMAT, BundleFormatError, format_code, pack_bundle, unpack_bundle
from desktop_app.services.errors import ServiceError


class TransferRefused(ServiceError):
    """A bundle that cannot be imported; the message says what failed. Nothing was written."""


def receipt_code(transfer_key: bytes, transfer_id: str, body: bytes) -> str:
    """An HMAC of the transfer id and the signed body under the transfer key: only someone who opened the bundle
    can read it back."""
    digest = hashlib.sha256(body).digest()
    mac = hmac.new(transfer_key, b"concern-logger receipt|" + transfer_id.encode() + b"|" + digest, "sha256")
    return format_code(mac.digest()[:10])


def wrapped_transfer_key(passphrase: str) -> tuple[bytes, bytes]:
    """A fresh transfer key and that key wrapped under the bundle passphrase (Argon2id at the production cost)."""
    key = generate_symmetric_key()
    return key, wrap_with_password(key, passphrase)


def seal_bundle(transfer_id: str, body: bytes, key: bytes, wrapped_key: bytes) -> bytes:
    """The bundle file: `body` sealed under `key`, whose copy wrapped under the passphrase is `wrapped_key`."""
    sealed = seal(body, entry_id=transfer_id, subject=None, recipients=[Recipient(transfer_id, symmetric=key)])
    header = {
        "format": BUNDLE_FORMAT,
        "transfer_id": transfer_id,
        "key": base64.b64encode(wrapped_key).decode("ascii"),
    }
    return pack_bundle(header, sealed)


def open_bundle(data: bytes, passphrase: str) -> tuple[str, bytes, bytes]:
    """(transfer id, transfer key, signed body) of a bundle; raises TransferRefused naming what failed."""
    try:
        header, sealed = unpack_bundle(data)
    except BundleFormatError as exc:
        raise TransferRefused(f"Refused: {exc}; nothing was imported.") from exc
    transfer_id = header["transfer_id"]
    try:
        key = unwrap_with_password(base64.b64decode(header["key"].encode("ascii"), validate=True), passphrase)
    except WrongPassword:
        raise TransferRefused(
            "Refused: the bundle passphrase does not open this bundle; nothing was imported."
        ) from None
    except WeakWrapping as exc:
        raise TransferRefused(
            f"Refused: the bundle's key is {exc}; nothing was imported. Ask the sending school to export it again."
        ) from None
    except (DamagedSecret, ValueError) as exc:
        raise TransferRefused("Refused: the bundle's wrapped key is damaged; nothing was imported.") from exc
    try:
        body = open_envelope(
            sealed, entry_id=transfer_id, subject=None, lookup=lambda k: key if k == transfer_id else None
        )
    except CannotOpen as exc:
        raise TransferRefused(
            "Refused: the bundle's encrypted content fails its authentication check (altered or damaged); "
            "nothing was imported."
        ) from exc
    return transfer_id, key, body
