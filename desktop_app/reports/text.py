"""Any text made safe to print: control and unprintable characters shown in words, and wrapped to a width.

Text is never parsed as markup here (reportlab's Paragraph mini-language is not used for anything a person
typed), so `<font>`, `&` or `<br/>` in a record are printed exactly as written. A character the font cannot
draw, a character outside the Basic Multilingual Plane (emoji: reportlab writes no valid ToUnicode entry for
them) and an invisible control or format character (such as a right-to-left override) is printed as its name in
square brackets, e.g. `[grinning face]`, so nothing is silently lost or able to rearrange what is shown.
Right-to-left scripts are printed in logical order, left to right (no bidi reordering or Arabic shaping).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from desktop_app.reports.fonts import has_glyph, string_width

_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_SIMPLE = frozenset(chr(c) for c in range(0x20, 0x7F)) | {"\n"}


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(char):04X}]"


def _printable(char: str) -> bool:
    if ord(char) > 0xFFFF or unicodedata.category(char) in _INVISIBLE:
        return False
    return has_glyph(char)


def clean(text: str | None) -> str:
    """`text` ready to print: newlines normalised, tabs as spaces, unprintable characters named in brackets."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    if _SIMPLE.issuperset(text):
        return text
    out = []
    for char in text:
        out.append(char if char in _SIMPLE or _printable(char) else _describe(char))
    return "".join(out)


def _break_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word too long for a line, cut between characters into pieces that each fit."""
    pieces, current, used = [], "", 0.0
    for char in word:
        char_width = measure(char)
        if current and used + char_width > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += char_width
    pieces.append(current)
    return pieces


_WIDTHS: dict[tuple[str, float, str], float] = {}


def _measure(piece: str, font: str, size: float) -> float:
    """Cached string width: the same words come back on every row of a chronology."""
    key = (font, size, piece)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        width = _WIDTHS[key] = string_width(piece, font, size)
    return width


def wrap(text: str, font: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
    """Lines of already-cleaned `text` that fit `width` points; words longer than a line are cut.

    Each newline starts a new line; runs of spaces collapse. `first_indent` narrows only the first line (for a
    bold label printed in front of it). An empty text gives one empty line.
    """

    def measure(piece: str) -> float:
        return _measure(piece, font, size)

    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, used = "", 0.0
        for word in paragraph.split():
            room = width - (first_indent if not lines else 0.0)
            word_width = measure(word)
            if current and used + space + word_width <= room:
                current, used = f"{current} {word}", used + space + word_width
                continue
            if current:
                lines.append(current)
                room = width
            if word_width <= room:
                current, used = word, word_width
                continue
            pieces = _break_word(word, room if not lines else width, measure)
            lines.extend(pieces[:-1])
            current, used = pieces[-1], measure(pieces[-1])
        lines.append(current)
    return lines or [""]


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of cleaned `text` cut to `width` with an ellipsis (for running headers)."""
    text = " ".join(text.split())
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
