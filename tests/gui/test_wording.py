"""The window's words say each thing once, plainly: roles, year and class, the hub, a sent concern, the demo
accounts, the export dialog and its file name, and a new person's window taking over without a blank frame."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QListWidget

from desktop_app.domain.file_names import pack_file_name, safe_file_part
from desktop_app.domain.records import Role
from desktop_app.services.accounts import add_staff
from desktop_app.services.demo_accounts import DEMO_ACCOUNTS_SETTING
from desktop_app.services.errors import ServiceError
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.main_window import PAGE_CONCERN_FORM
from desktop_app.ui.sync_status import SyncDriver
from tests.conftest import LEAD, LEAD_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.gui.conftest import SLOW_MS, sign_in_with_keys, signed_in_window
from tests.gui.test_lead_queue import JAKUB, lead_window, queue_rows, record


def test_a_job_title_that_repeats_the_role_is_said_once(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    lead = school.lead()
    try:
        add_staff(lead, "f.dsl", "Fola Adeyemi", Role.LEAD, "fola-passphrase-6", "Designated Safeguarding Lead")
    finally:
        lead.close()
    window = signed_in_window(qtbot, make_shell(), "f.dsl", "fola-passphrase-6")
    words = window.ui.personLabel.text()
    assert words == "Signed in: Fola Adeyemi, Designated safeguarding lead"
    assert words.casefold().count("safeguarding lead") == 1


def test_a_job_title_of_its_own_is_kept_beside_the_role(qtbot: Any, make_shell: Callable[..., AppShell]) -> None:
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    assert window.ui.personLabel.text() == "Signed in: Carys Teacher, Staff · Year 1 teacher"


def test_demo_accounts_name_the_role_once_and_none_looks_chosen_while_the_fields_are_empty(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    accounts = [[LEAD, LEAD_PASS, "lead", "Alice Lead"], [OVERSIGHT, OVERSIGHT_PASS, "oversight", "Erin Governor"]]
    school.store.settings.set(DEMO_ACCOUNTS_SETTING, json.dumps(accounts))
    form = make_shell().start()
    qtbot.waitUntil(lambda: form.school() is not None, timeout=SLOW_MS)
    demo = form.ui.demoList
    texts = [demo.item(row).text() for row in range(demo.count())]
    assert texts[1] == "Erin Governor — Oversight (head or governor) — username e.governor"
    assert all(") (" not in text for text in texts)
    assert form.ui.usernameEdit.text() == "" and form.ui.passwordEdit.text() == ""
    assert demo.selectedItems() == [] and demo.currentRow() == -1, "an account looks chosen while nothing is filled in"
    demo.setFocus()  # moving into the list puts the first account under the cursor; Enter takes it
    qtbot.keyClick(demo, Qt.Key.Key_Return)
    assert form.ui.usernameEdit.text() == LEAD and form.ui.passwordEdit.text() == LEAD_PASS


def test_the_front_sheet_says_year_and_class_in_words(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    record(school, JAKUB, "Hungry at breakfast club", 2)
    _window, workspace = lead_window(qtbot, make_shell)
    pupil_id = next(r["item"].pupil_id for r in queue_rows(workspace) if r["item"].upn == JAKUB)
    workspace.open_child_file(pupil_id, "")
    page = workspace.child_file
    qtbot.waitUntil(lambda: page.view() is not None and not page._busy, timeout=10_000)
    sheet = page.ui.frontSheetBrowser.toPlainText()
    assert "Year 3, class 3B" in sheet and "3 3B" not in sheet

    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    name = dialog.ui.pathEdit.text()
    assert name.endswith(f"Referral pack - Jakub (Kuba) Łuczak - {date.today().isoformat()}.pdf"), name
    # No empty bands: the dialog is as tall as its rows need, and the words at the top take only their lines.
    layout = dialog.layout()
    assert dialog.height() <= layout.totalHeightForWidth(dialog.width()) + 2
    about = dialog.ui.aboutLabel
    assert about.height() <= about.heightForWidth(about.width()) + 4
    dialog.reject()


def test_a_pack_file_name_names_the_child_and_the_day_and_nothing_a_disk_refuses() -> None:
    day = date(2026, 12, 6)
    assert pack_file_name("Referral pack", "Zofia Łuczak-Krężołek", day) == (
        "Referral pack - Zofia Łuczak-Krężołek - 2026-12-06.pdf"
    )
    assert pack_file_name("Referral pack", "Ахмед Krężołek", day) == "Referral pack - Ахмед Krężołek - 2026-12-06.pdf"
    assert safe_file_part('A/B\\C:D*E?"F<G>H|I\x00J') == "A-B-C-D-E-F-G-H-I-J"
    assert safe_file_part("  ..Tom  O'Brien.. ") == "Tom O'Brien"
    assert pack_file_name("CON", "", day).startswith("_CON")
    long = pack_file_name("Referral pack", "A" * 400, day)
    assert len(long) <= 124 and long.endswith(".pdf")


def test_the_status_line_says_there_is_no_hub_once(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    assert window.ui.statusLabel.text() == "No hub set up: records stay on this PC."
    driver = SyncDriver(window, school.store, None)
    driver._failed(ServiceError("No hub is set up for this PC: give one with --hub URL, or join the school's hub."))
    assert window.ui.statusLabel.text().casefold().count("hub") == 1


def test_a_sent_concern_is_said_to_be_sent_once(qtbot: Any, make_shell: Callable[..., AppShell]) -> None:
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    qtbot.keyClicks(form.finder.search_box, "zofia")
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    qtbot.keyClicks(form.ui.whenChoice, "j")  # "Just now": the time is chosen on purpose
    form.ui.categoryList.setFocus()
    qtbot.keyClick(form.ui.categoryList, Qt.Key.Key_N)  # Neglect
    qtbot.keyClick(form.ui.categoryList, Qt.Key.Key_Space)
    assert "neglect" in form.categories.codes()
    qtbot.keyClicks(form.ui.factsEdit, "Zofia said she had no breakfast and took toast from another child.")
    with qtbot.waitSignal(form.submitted, timeout=10_000):
        qtbot.mouseClick(form.ui.submitButton, Qt.MouseButton.LeftButton)
    shown = f"{form.ui.sentTitle.text()}\n{form.ui.sentLabel.text()}"
    assert shown.count("Sent to the safeguarding team") == 1, shown


class _SeenAtClose(QObject):
    """Notes, as the first window closes, whether its successor is already on screen."""

    def __init__(self, shell: AppShell) -> None:
        super().__init__()
        self.shell = shell
        self.successor_shown: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            successor = self.shell.main_window
            self.successor_shown.append(successor is not None and successor is not watched and successor.isVisible())
        return False


def test_someone_else_signing_in_at_the_lock_screen_never_leaves_the_screen_empty(
    qtbot: Any, make_shell: Callable[..., AppShell]
) -> None:
    shell = make_shell()
    window = signed_in_window(qtbot, shell, STAFF, STAFF_PASS)
    seen = _SeenAtClose(shell)
    window.installEventFilter(seen)
    window.lock()
    sign_in_with_keys(qtbot, window.lock_screen(), STAFF2, STAFF2_PASS)
    qtbot.waitUntil(lambda: bool(seen.successor_shown), timeout=10_000)
    assert seen.successor_shown == [True], "the old window closed before the new one was on screen"
    assert QApplication.activeWindow() is None or QApplication.activeWindow() is shell.main_window


def test_the_chosen_childs_name_and_details_are_never_cut_on_the_form(
    qtbot: Any, make_shell: Callable[..., AppShell]
) -> None:
    """At 1024x768 the chosen child's line sat in a one-row list with a sideways scroll bar over it: the name was cut
    through the middle (seen under Xvfb after the merge). Now the words wrap and the list grows to show them."""
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    window.resize(1024, 740)
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    qtbot.keyClicks(form.finder.search_box, "zofia")
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    chosen = form.finder.findChild(QListWidget, "chosenList")
    assert chosen is not None and chosen.count() == 1
    qtbot.waitUntil(lambda: chosen.isVisible())
    QApplication.processEvents()
    row = chosen.visualRect(chosen.model().index(0, 0))
    assert not chosen.horizontalScrollBar().isVisible()
    assert row.top() >= 0 and row.bottom() < chosen.viewport().height(), (row, chosen.viewport().height())
    assert "Zofia" in chosen.item(0).text() and "born" in chosen.item(0).text()
