"""The two secrets of a transfer, the PDF password and the bundle passphrase: suggested, checked, kept apart.

They are independent (design note 17): the PDF's AES-256 (revision 6) check is a fast hash that anyone holding the
PDF can run against guesses, so a secret shared with the bundle would let the PDF be used to find the bundle's.
"""

from __future__ import annotations

import unicodedata

from desktop_app.crypto.passphrase import WeakPassphrase, check_passphrase, generate_passphrase
from desktop_app.services.errors import ServiceError

PDF_PASSWORD = "The PDF password"
BUNDLE_PASSPHRASE = "The bundle passphrase"


def suggest_passphrase(school_name: str = "") -> str:
    """Seven words drawn at random from the EFF large word list (about 90 bits), none of them the school's name."""
    return generate_passphrase(school_name=school_name)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def check_transfer_secrets(pdf_password: str, bundle_passphrase: str, school_name: str = "") -> None:
    """Raise ServiceError with one plain sentence when either secret is weak, or when they are not independent."""
    from desktop_app.reports.encryption import WeakPdfPassword, check_pdf_password  # pypdf: loaded when first used

    try:
        check_passphrase(pdf_password, PDF_PASSWORD, school_name)
        check_pdf_password(pdf_password)
        check_passphrase(bundle_passphrase, BUNDLE_PASSPHRASE, school_name)
    except (WeakPassphrase, WeakPdfPassword) as exc:
        raise ServiceError(str(exc)) from exc
    pdf, bundle = _plain(pdf_password), _plain(bundle_passphrase)
    pdf_words = {w.casefold() for w in pdf_password.split() if len(w) > 3}
    shared = pdf_words & {w.casefold() for w in bundle_passphrase.split() if len(w) > 3}
    if pdf in bundle or bundle in pdf or len(shared) >= 2:
        raise ServiceError(
            "The PDF password and the bundle passphrase must be two different secrets (sharing words lets one be "
            "found from the other). Use the two the app suggests."
        )
