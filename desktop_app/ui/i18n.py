"""Every visible string goes through `translate`; the windows' language is chosen at start-up (a setting, or the
PC's own language), and a pseudo-locale stretches strings to find clipped layouts.

Translations are `desktop_app/resources/translations/concern_logger_<language>.ts`, made by
`tools/update_translations.py` (pyside6-lupdate) and compiled to `.qm` (pyside6-lrelease). Welsh (`cy`) is the
first; English is the source text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_app.paths import resources_dir

CATALOGUE = "concern_logger"
ENGLISH, WELSH, PSEUDO = "en", "cy", "pseudo"
LANGUAGES = ("", ENGLISH, WELSH, PSEUDO)  # "" follows the PC's own language

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

    def __init__(self, scale: float = 1.4, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._scale = scale

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return stretch(source, self._scale)


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_language(app: QCoreApplication, language: str = "", system: QLocale | None = None) -> str:
    """Load the windows' language before any window is made; returns the one in use ("en" when none fits).

    `language` is a setting ("" follows `system`, the PC's locale): a translation is used when
    `concern_logger_<language>.qm` exists, dates and numbers then follow that language too. `pseudo` stretches every
    string for layout checks. The translator is owned by `app`, so it lives as long as the application.
    """
    if language == PSEUDO:
        app.installTranslator(PseudoTranslator(parent=app))
        return PSEUDO
    if language == ENGLISH:
        return ENGLISH
    wanted = QLocale(language) if language else (system or QLocale.system())
    translator = QTranslator(app)
    if translator.load(wanted, CATALOGUE, "_", translations_dir()):
        app.installTranslator(translator)
        QLocale.setDefault(wanted)
        return wanted.name().split("_")[0]
    translator.deleteLater()
    return ENGLISH
