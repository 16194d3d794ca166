"""The fonts every PDF uses: DejaVu Sans from desktop_app/resources/fonts, registered once with reportlab."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import ResourceMissing, resource_file

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_registering = threading.Lock()  # one thread registers; the others wait and find the fonts there


class FontsMissing(ResourceMissing):
    """The shipped fonts are not where they should be (a damaged installation)."""


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab; safe to call many times and from any thread. Whether
    they are registered is asked of reportlab's own registry, the one place that knows."""
    with _registering:
        if _is_registered():
            return
        for name, filename in _FILES.items():
            try:
                path = resource_file("fonts", filename)
            except ResourceMissing as exc:
                raise FontsMissing(Path(exc.filename)) from None
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)


def _is_registered() -> bool:
    registered = pdfmetrics.getRegisteredFontNames()
    return all(name in registered for name in _FILES)


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    regular = set(pdfmetrics.getFont(REGULAR).face.charWidths)
    bold = set(pdfmetrics.getFont(BOLD).face.charWidths)
    return frozenset(regular & bold)


def has_glyph(char: str) -> bool:
    """True when both faces can draw `char`."""
    return ord(char) in _covered()


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` set in `font` at `size`."""
    return float(pdfmetrics.stringWidth(text, font, size))
