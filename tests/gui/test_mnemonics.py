"""Every Alt+letter has one owner on every page and in every dialog: a test walks them all and names each clash."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QWidget, QWizard

import desktop_app.ui.forms as forms
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.main_window import PAGE_CONCERN_FORM
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import signed_in_window
from tests.gui.test_lead_queue import ZOFIA, lead_window, queue_rows, record
from tests.gui.window_checks import clash_report, clashes, clashes_on_every_page, mnemonic


def test_the_mnemonic_is_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("&Lock (Ctrl+L)") == "l"
    assert mnemonic("Save draft and c&lose") == "l"
    assert mnemonic("Fish && chips") == ""
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("no letter") == ""


def test_a_clash_is_found_and_named(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    QPushButton("&Families", page).setObjectName("one")
    QPushButton("&Front sheet", page).setObjectName("two")
    QPushButton("&Lock", page)
    page.show()
    assert clashes(page) == {"f": ["Families (one)", "Front sheet (two)"]}


def _ui_classes() -> list[tuple[str, type]]:
    found = []
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        found.extend((name, cls) for name, cls in inspect.getmembers(module, inspect.isclass) if name.startswith("Ui_"))
    return sorted(found)


@pytest.mark.parametrize(("name", "ui_class"), _ui_classes(), ids=[name for name, _ in _ui_classes()])
def test_every_designer_form_has_one_owner_per_letter_on_each_of_its_pages(
    qtbot: Any, name: str, ui_class: type
) -> None:
    source = inspect.getsource(ui_class.setupUi)
    host: QWidget
    if "QMainWindow" in source or name == "Ui_MainWindow":
        host = QMainWindow()
    elif "QWizard" in source:
        host = QWizard()
    elif "Dialog" in name:
        host = QDialog()
    else:
        host = QWidget()
    qtbot.addWidget(host)
    ui_class().setupUi(host)
    host.show()
    found = clashes_on_every_page(host)
    assert not found, clash_report(found)


def test_every_page_of_a_teachers_window_has_one_owner_per_letter(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    qtbot.keyClicks(form.finder.search_box, "zof")  # results and a chosen pupil bring their own controls
    found = clashes_on_every_page(window)
    assert not found, clash_report(found)


def test_every_page_of_a_leads_window_has_one_owner_per_letter(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    record(school, ZOFIA, "Hungry at breakfast club", 3)
    window, workspace = lead_window(qtbot, make_shell)
    pupil_id = next(r["item"].pupil_id for r in queue_rows(workspace) if r["item"].upn == ZOFIA)
    workspace.open_child_file(pupil_id, "")
    qtbot.waitUntil(lambda: workspace.child_file.view() is not None and not workspace.child_file._busy, timeout=10_000)
    found = clashes_on_every_page(window)
    assert not found, clash_report(found)
