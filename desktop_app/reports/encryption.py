"""Encrypting a finished PDF with AES-256 (PDF 2.0 standard security handler, revision 6) through pypdf.

reportlab's own encryption (RC4 / AES-128) is deliberately not used. The owner password is random and thrown
away, so the permissions below cannot be lifted by anyone who only knows the password to open the file.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_BYTES = 127  # revision 6 uses at most the first 127 bytes of the UTF-8 password

# A reader may view, print and copy text (a social worker transcribes into the local authority's system, and
# assistive technology reads it); nobody may change, annotate, reassemble or fill in the pack.
PERMISSIONS = UserAccessPermissions.all() & ~(
    UserAccessPermissions.MODIFY
    | UserAccessPermissions.ADD_OR_MODIFY
    | UserAccessPermissions.FILL_FORM_FIELDS
    | UserAccessPermissions.ASSEMBLE_DOC
)


class WeakPdfPassword(ValueError):
    """A password that is too short (or too long) to protect a pack."""


def check_pdf_password(password: str) -> None:
    """Refuse a password shorter than 8 characters or longer than revision 6 can use."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPdfPassword(f"A PDF password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise WeakPdfPassword(f"A PDF password can be at most {MAX_PASSWORD_BYTES} bytes long.")


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """`data` (a PDF) encrypted with AES-256, revision 6, opened by `password`, with PERMISSIONS set."""
    check_pdf_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
        permissions_flag=PERMISSIONS,
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
