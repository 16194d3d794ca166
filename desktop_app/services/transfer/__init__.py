"""Transferring a child's child-protection file to the next school: export, import, receipt (design note 17).

`export.py` writes the transfer pack and the bundle; `receive.py` judges a bundle and imports it; `chain.py` is the
sending school's key chain a bundle carries; `bundle.py` its envelope; `passphrases.py` the two secrets.
"""

from __future__ import annotations

from desktop_app.services.transfer.bundle import TransferRefused, open_bundle, receipt_code, seal_bundle
from desktop_app.services.transfer.chain import school_fingerprint
from desktop_app.services.transfer.export import TransferSent, export_transfer, school_fingerprint_of
from desktop_app.services.transfer.passphrases import check_transfer_secrets, suggest_passphrase
from desktop_app.services.transfer.receive import (
    CheckedBundle,
    TransferReceived,
    check_bundle,
    fingerprint_matches,
    import_transfer,
    record_receipt,
)

__all__ = [
    "CheckedBundle",
    "TransferReceived",
    "TransferRefused",
    "TransferSent",
    "check_bundle",
    "check_transfer_secrets",
    "export_transfer",
    "fingerprint_matches",
    "import_transfer",
    "open_bundle",
    "receipt_code",
    "record_receipt",
    "school_fingerprint",
    "school_fingerprint_of",
    "seal_bundle",
    "suggest_passphrase",
]
