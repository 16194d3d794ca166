"""Every visible string goes through `translate`; a pseudo-locale stretches strings to find clipped layouts."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

# Placeholders and rich-text tags keep their exact form in a stretched string.
_KEEP = re.compile(r"(\{[^}]*\}|%\d|<[^>]*>|&[A-Za-z#0-9]+;)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (the same call `pyside6-uic` emits for forms)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def stretch(text: str, scale: float) -> str:
    """`text` made about `scale` times as long, as a longer language would be; placeholders are kept."""
    if not text or scale <= 1:
        return text
    extra = max(1, round(len(_KEEP.sub("", text)) * (scale - 1)))
    return f"{text} {'·' * extra}"


class PseudoTranslator(QTranslator):
    """A translator that stretches every string by `scale` (Vorta's TRANS_SCALE habit), for screenshots."""

    def __init__(self, scale: float = 1.4) -> None:
        super().__init__()
        self._scale = scale

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return stretch(source, self._scale)
