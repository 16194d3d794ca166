"""The allegations page: a lead the head named types an allegation into the dialog and records its outcome; a lead
the head did not name has no such page; the head makes the key and names a holder from the page; it fits
1024x768."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from desktop_app.services.allegations import add_holder, create_allegations_key, load_allegations
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.lead.install import PAGE_ALLEGATIONS, PAGE_DASHBOARD
from tests.conftest import LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, School
from tests.gui.conftest import signed_in_window
from tests.gui.test_lead_queue import keep_workspace, lead_window, workspace_of
from tests.gui.window_checks import cut_short, outside_the_window

ZOFIA = "A123456789012"


def name_the_deputy(school: School) -> None:
    head = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    create_allegations_key(head)
    add_holder(head, LEAD2)
    head.close()


def test_a_named_lead_types_an_allegation_and_its_outcome(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    name_the_deputy(school)
    window, workspace = lead_window(qtbot, make_shell, LEAD2, LEAD2_PASS)
    page = workspace.allegations
    assert page is not None
    window.show_page(PAGE_ALLEGATIONS)
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.holds, timeout=10_000)
    assert not page.ui.addHolderButton.isVisible()  # a lead names no holders

    qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5_000)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.height() <= 768 - 30 - 40  # a 1024x768 screen, its title bar and a taskbar
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.ui.raisedByEdit, "Mrs Okafor (parent)")
    qtbot.keyClicks(dialog.ui.staffNameEdit, "Carys Teacher")
    qtbot.keyClicks(dialog.ui.staffBornEdit, "1990-04-01")
    qtbot.keyClicks(dialog.ui.allegedEdit, "Grabbed Zofia by the arm in the corridor.")
    qtbot.keyClicks(dialog.ui.childrenEdit, ZOFIA.lower())
    qtbot.keyClicks(dialog.ui.ladoReferredEdit, "not a date")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "The LADO referral date must be a date like 2026-11-02."
    assert dialog.isVisible()  # nothing typed is lost
    dialog.ui.ladoReferredEdit.clear()
    qtbot.keyClicks(dialog.ui.ladoReferenceEdit, "LADO-2026-0412")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not dialog.isVisible()

    page.ui.allegationsView.selectRow(0)  # opened in the background, and written to the allegations' access log
    qtbot.waitUntil(lambda: "Opened by" in page.ui.detailView.toPlainText(), timeout=10_000)
    assert "Grabbed Zofia by the arm" in page.ui.detailView.toPlainText()
    assert f"{LEAD2} (opened in the window)" in page.ui.detailView.toPlainText()
    assert "Children (UPN): A123456789012" in page.ui.detailView.toPlainText()
    page.ui.outcomeCombo.setCurrentIndex(page.ui.outcomeCombo.findData("unfounded"))
    qtbot.keyClicks(page.ui.outcomeNoteEdit, "No basis found.")
    qtbot.mouseClick(page.ui.outcomeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.messageLabel.text() == "Outcome recorded: unfounded.", timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.loaded.allegations[0].outcome is not None,
                    timeout=10_000)  # fmt: skip
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    (recorded,) = load_allegations(deputy).allegations.values()
    assert recorded.outcome is not None and recorded.outcome.note == "No basis found."
    assert recorded.lado_reference == "LADO-2026-0412" and recorded.children == (ZOFIA,)


def test_a_lead_the_head_did_not_name_has_no_allegations_page(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    name_the_deputy(school)
    window, workspace = lead_window(qtbot, make_shell)
    assert workspace.allegations is None and window.page(PAGE_ALLEGATIONS) is None


@pytest.mark.parametrize(("width", "height"), [(1024, 768)])
def test_the_head_makes_the_key_and_names_a_holder_and_the_page_fits(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], width: int, height: int
) -> None:
    shell = make_shell(installers=[install_concern_form, keep_workspace])
    window = signed_in_window(qtbot, shell, OVERSIGHT, OVERSIGHT_PASS)
    page = workspace_of(window).allegations
    assert page is not None
    window.show_page(PAGE_ALLEGATIONS)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    assert page.ui.makeKeyButton.isVisible() and not page.ui.recordButton.isEnabled()
    qtbot.mouseClick(page.ui.makeKeyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.holds, timeout=10_000)
    assert not page.ui.makeKeyButton.isVisible()
    qtbot.keyClicks(page.ui.holderEdit, LEAD2)
    qtbot.mouseClick(page.ui.addHolderButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.loaded is not None and len(page.loaded.holders) == 2, timeout=10_000)
    said = page.ui.holdersLabel.text()  # each holder plainly a person of their own, with what they are
    assert said.startswith("2 accounts hold the key: ") and said.endswith(".")
    assert sorted(said[len("2 accounts hold the key: ") : -1].split("; ")) == sorted(
        ["you (an oversight account)", f"{LEAD2} (a designated lead)"]
    )
    window.showNormal()
    window.resize(width, height - 30)
    QApplication.processEvents()
    assert outside_the_window(window) == [] and cut_short(window) == []


def test_a_holding_lead_at_1024_reaches_the_page_from_the_dashboard_and_every_button_reads_whole(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    """A lead's navigation row (nine buttons with My actions) has no room for a tenth at 1024 pixels: the page is
    reached from the Dashboard's button or Ctrl+8, and the Dashboard's button stays checked while it is shown."""
    name_the_deputy(school)
    window, workspace = lead_window(qtbot, make_shell, LEAD2, LEAD2_PASS)
    window.showNormal()
    window.resize(1024, 768 - 30)
    QApplication.processEvents()
    assert window.width() <= 1024, "the window's least width is wider than the screen"
    assert outside_the_window(window) == [] and cut_short(window) == []
    assert window.findChild(QPushButton, f"nav-{PAGE_ALLEGATIONS}") is None
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_DASHBOARD
    dashboard = workspace.dashboard
    qtbot.waitUntil(lambda: dashboard.ui.allegationsButton.isVisible(), timeout=10_000)
    qtbot.mouseClick(dashboard.ui.allegationsButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_ALLEGATIONS
    assert window.findChild(QPushButton, f"nav-{PAGE_DASHBOARD}").isChecked()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_ALLEGATIONS
    QApplication.processEvents()
    assert outside_the_window(window) == [] and cut_short(window) == []


def test_a_lead_not_named_sees_no_allegations_button_on_the_dashboard(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    name_the_deputy(school)
    window, workspace = lead_window(qtbot, make_shell)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_DASHBOARD and not workspace.dashboard.ui.allegationsButton.isVisible()


def test_the_page_says_who_the_head_is_and_the_head_hands_over_from_it(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    from desktop_app.domain.records import Role
    from desktop_app.services.accounts import add_staff

    add_staff(school.lead(), "f.governor", "Fay Governor", Role.OVERSIGHT, "governor-password-6", "Chair")
    name_the_deputy(school)
    shell = make_shell(installers=[install_concern_form, keep_workspace])
    window = signed_in_window(qtbot, shell, OVERSIGHT, OVERSIGHT_PASS)
    page = workspace_of(window).allegations
    assert page is not None
    window.show_page(PAGE_ALLEGATIONS)
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.holds, timeout=10_000)
    assert page.ui.headLabel.text().startswith("The head: you (since ")
    assert page.ui.handOverButton.isVisible() and not page.ui.takeOverButton.isVisible()
    page.hand_over_to("f.governor")
    qtbot.waitUntil(lambda: page.loaded is not None and not page.loaded.head, timeout=10_000)
    assert page.ui.headLabel.text().startswith("The head: f.governor (since ")
    assert not page.ui.handOverButton.isVisible() and not page.ui.addHolderButton.isVisible()
    window.showNormal()
    window.resize(1024, 768 - 30)
    QApplication.processEvents()
    assert outside_the_window(window) == [] and cut_short(window) == []


def test_an_oversight_account_may_take_over_from_the_page_only_once_the_head_is_disabled(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    from desktop_app.domain.records import Role
    from desktop_app.services.accounts import add_staff
    from desktop_app.services.allegations import account_named
    from desktop_app.services.staff_admin import disable_account

    add_staff(school.lead(), "f.governor", "Fay Governor", Role.OVERSIGHT, "governor-password-6", "Chair")
    name_the_deputy(school)
    lead = school.lead()
    disable_account(lead, account_named(lead, OVERSIGHT).account_id)
    shell = make_shell(installers=[install_concern_form, keep_workspace])
    window = signed_in_window(qtbot, shell, "f.governor", "governor-password-6")
    page = workspace_of(window).allegations
    assert page is not None
    window.show_page(PAGE_ALLEGATIONS)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    assert page.ui.takeOverButton.isVisible() and not page.ui.handOverButton.isVisible()
    page.take_over_now()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.head, timeout=10_000)
    assert page.ui.headLabel.text().startswith("The head: you (since ")
    assert "taken over after the former head's account" in page.ui.headLabel.text()
    assert not page.ui.takeOverButton.isVisible()
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    from desktop_app.services.allegations_head import head_words, the_head

    assert "f.governor" in head_words(the_head(deputy)) and "taken over" in head_words(the_head(deputy))
