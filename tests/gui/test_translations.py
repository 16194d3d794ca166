"""Translations: the Welsh catalogue loads by setting or by the PC's language and changes what the windows say; the
.ts files are what pyside6-lupdate makes from today's sources and the .qm files what pyside6-lrelease makes of them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.i18n import PSEUDO, install_language
from desktop_app.ui.main_window import PAGE_CONCERN_FORM
from desktop_app.ui.pupil_finder_model import PupilFinderModel
from desktop_app.ui.sign_in import SignInForm
from tests.conftest import STAFF, STAFF_PASS
from tests.gui.conftest import signed_in_window
from tests.gui.window_checks import clash_report, clashes_on_every_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import update_translations


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[Callable[..., str]]:
    """Installs a language for one test; every translator is taken out again and the default locale put back."""
    before = QLocale()

    def install(language: str = "", system: QLocale | None = None) -> str:
        return install_language(qapp, language, system)

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(before)


def test_welsh_by_setting_changes_the_sign_in_form_and_the_finder(qtbot: Any, app_language: Any) -> None:
    assert app_language("cy") == "cy"
    form = SignInForm()
    qtbot.addWidget(form)
    assert form.ui.usernameLabel.text() == "&Enw defnyddiwr"
    assert form.ui.passwordLabel.text() == "&Cyfrinair"
    assert form.ui.signInButton.text() == "Yn agor…"  # the school is still opening
    assert PupilFinderModel().year_words("3") == "Blwyddyn 3"
    assert QLocale().language() == QLocale.Language.Welsh  # dates and numbers follow


def test_the_pcs_own_language_is_followed_and_an_unknown_one_stays_english(qtbot: Any, app_language: Any) -> None:
    assert app_language("", QLocale("fr_FR")) == "en"
    form = SignInForm()
    qtbot.addWidget(form)
    assert form.ui.usernameLabel.text() == "&Username"
    assert app_language("", QLocale("cy_GB")) == "cy"
    again = SignInForm()
    qtbot.addWidget(again)
    assert again.ui.usernameLabel.text() == "&Enw defnyddiwr"


def test_english_by_setting_ignores_a_welsh_pc_and_pseudo_stretches(qtbot: Any, app_language: Any) -> None:
    assert app_language("en", QLocale("cy_GB")) == "en"
    form = SignInForm()
    qtbot.addWidget(form)
    assert form.ui.usernameLabel.text() == "&Username"
    assert app_language(PSEUDO) == PSEUDO
    stretched = SignInForm()
    qtbot.addWidget(stretched)
    assert stretched.ui.usernameLabel.text().startswith("&Username ·")


def test_a_teachers_window_in_welsh_keeps_one_owner_per_letter(
    qtbot: Any, make_shell: Callable[..., AppShell], app_language: Any
) -> None:
    app_language("cy")
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    assert window.ui.recordButton.text() == "Cofnodi pryder\nCtrl+N"
    assert window.ui.personLabel.text().startswith("Wedi mewngofnodi: Carys Teacher, Staff")
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    assert form.ui.submitButton.text() == "Anfon at y tîm d&iogelu"
    found = clashes_on_every_page(window)
    assert not found, clash_report(found)


def test_the_translation_files_are_current_with_the_sources() -> None:
    assert update_translations.stale() == [], "run python tools/update_translations.py"


def test_every_welsh_translation_keeps_the_placeholders_of_its_source() -> None:
    import re
    import xml.etree.ElementTree as ET

    placeholders = re.compile(r"\{[^}]*\}")
    tree = ET.parse(update_translations.ts_path("cy"))
    translated = 0
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is None or not translation.text or translation.get("type") == "unfinished":
            continue
        translated += 1
        assert sorted(placeholders.findall(source)) == sorted(placeholders.findall(translation.text)), source
    assert translated >= 100
