"""File names made from a child's name and a date: safe on Windows and Linux, and still readable."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')  # what Windows refuses, and control characters
_SPACES = re.compile(r"\s+")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
)
MAX_STEM = 120  # characters before the extension: well inside Windows' 255 and any path a school uses


def safe_file_part(text: str) -> str:
    """`text` with what a file system refuses taken out: 'Łuczak/Krężołek: "x"' -> 'Łuczak-Krężołek- x'."""
    text = unicodedata.normalize("NFC", text)
    # Invisible format characters (a right-to-left override can make "…fdp.exe" read as "…exe.pdf") go first.
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = _NOT_IN_A_NAME.sub("-", text)
    text = _SPACES.sub(" ", text).strip(" .-")
    return text


def pack_file_name(kind: str, child: str, day: date, extension: str = ".pdf") -> str:
    """'Referral pack - Jakub Łuczak - 2026-12-06.pdf': names the child and the day, nothing a disk refuses."""
    parts = [safe_file_part(kind), safe_file_part(child), day.isoformat()]
    stem = " - ".join(p for p in parts if p)[:MAX_STEM].rstrip(" .-")
    if stem.split(" ")[0].casefold() in _WINDOWS_RESERVED or not stem:
        stem = f"_{stem}"
    return stem + extension
