"""Transferring a child's child-protection file to the next school: export, import, receipt (design note 17).

`export.py` writes the transfer pack and the bundle; `receive.py` judges a bundle and imports it; `chain.py` is the
sending school's key chain a bundle carries; `bundle.py` its envelope; `passphrases.py` the two secrets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.services.transfer.bundle import TransferRefused, open_bundle, receipt_code, seal_bundle
from desktop_app.services.transfer.chain import school_fingerprint
from desktop_app.services.transfer.passphrases import check_transfer_secrets, suggest_passphrase
from desktop_app.services.transfer.receive import (
    CheckedBundle,
    TransferReceived,
    check_bundle,
    fingerprint_matches,
    import_transfer,
    import_transfer_file,
    record_receipt,
)

if TYPE_CHECKING:
    from desktop_app.services.transfer.export import TransferSent, export_transfer, school_fingerprint_of

_EXPORT = frozenset({"TransferSent", "export_transfer", "school_fingerprint_of"})


def __getattr__(name: str) -> Any:
    """The export's names, loaded when first used: they bring in the PDF stack, which the window does not need at
    start-up (the receiving side and the passphrase checks do not)."""
    if name in _EXPORT:
        from desktop_app.services.transfer import export

        return getattr(export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "import_transfer_file",
    "open_bundle",
    "receipt_code",
    "record_receipt",
    "school_fingerprint",
    "school_fingerprint_of",
    "seal_bundle",
    "suggest_passphrase",
]
