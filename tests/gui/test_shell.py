"""The app shell driven through real widgets: sign-in, who is signed in, locking, "My concerns" and addenda."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.domain.settings import USER_SETTINGS
from desktop_app.services.demo_accounts import DEMO_ACCOUNTS_SETTING
from desktop_app.services.session import REFUSED
from desktop_app.services.state import load_state
from desktop_app.ui.app import APP_FONT_FAMILY, AppShell, create_application
from desktop_app.ui.main_window import PAGE_CONCERN_FORM, PAGE_MY_CONCERNS, MainWindow
from desktop_app.ui.my_concerns_model import MyConcernsModel
from desktop_app.ui.settings import Settings
from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.gui.conftest import SLOW_MS, record_concern, sign_in_with_keys, signed_in_window

ZOFIA, KUBA, AHMED = "A123456789012", "A123456789013", "B123456789014"


def _notes_page(window: MainWindow) -> None:
    window.add_page("notes", QLabel("A second page, to come back to"))


def _cells(window: MainWindow) -> list[list[str]]:
    model = window.my_concerns.model
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_shipped_font_draws_every_name_on_the_roll(qapp: Any) -> None:
    create_application()
    font = QApplication.font()
    assert font.family() == APP_FONT_FAMILY
    metrics = QFontMetrics(font)
    for char in "ŁłężАхмедŞşıİ—":
        assert metrics.inFontUcs4(ord(char)), char


def test_a_folder_with_no_school_offers_the_set_up_wizard_and_a_damaged_store_one_message(
    qtbot: Any, tmp_path: Path
) -> None:
    create_application()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    missing = tmp_path / "nothing-here"
    shell = AppShell(missing, settings)
    shell.start()
    qtbot.waitUntil(lambda: shell.first_run is not None and shell.first_run.isVisible())
    assert shell.no_school_box is None and shell.exit_code == 1, "until the wizard opens a school"
    assert not missing.exists(), "opening the app must not create a store"
    shell.shut_down()

    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "school.sqlite3").write_bytes(b"not a database at all" * 100)
    shell = AppShell(damaged, settings)
    shell.start()
    qtbot.waitUntil(lambda: shell.no_school_box is not None and shell.no_school_box.isVisible())
    assert "not a readable Concern Logger store" in shell.no_school_box.text()
    assert shell.sign_in_window is None and shell.first_run is None and shell.exit_code == 1
    shell.shut_down()


def test_a_wrong_password_is_refused_plainly_then_the_right_one_opens_the_main_window(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    form = shell.start()
    assert not form.ui.signInButton.isEnabled(), "the school is still opening"
    qtbot.waitUntil(lambda: form.school() is not None, timeout=SLOW_MS)
    assert "Hillside Primary School" in form.windowTitle() and form.ui.signInButton.isEnabled()
    assert not form.ui.demoBox.isVisible(), "a real school shows no demo accounts"

    sign_in_with_keys(qtbot, form, STAFF, "not-my-password")
    assert form.ui.busyBar.isVisible() and not form.ui.signInButton.isEnabled(), "busy while Argon2id runs"
    qtbot.waitUntil(lambda: form.ui.messageLabel.isVisible())
    assert form.ui.messageLabel.text() == REFUSED
    assert form.ui.passwordEdit.text() == "" and form.ui.passwordEdit.hasFocus()
    assert form.ui.usernameEdit.text() == STAFF
    assert shell.main_window is None and not form.is_busy()

    qtbot.keyClicks(form.ui.passwordEdit, STAFF_PASS)
    qtbot.keyClick(form.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible())
    window = shell.main_window
    assert "Hillside Primary School" in window.windowTitle()
    assert window.ui.schoolLabel.text() == "Hillside Primary School"
    assert "Carys Teacher" in window.ui.personLabel.text() and "Staff" in window.ui.personLabel.text()
    assert window.ui.statusLabel.text() == "No hub set up: records stay on this PC."
    assert window.current_page() == PAGE_MY_CONCERNS
    assert shell.sign_in_window is None


def test_the_demo_school_offers_its_accounts_in_a_marked_demo_panel(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    accounts = [[LEAD, LEAD_PASS, "lead", "Alice Lead"], [STAFF, STAFF_PASS, "staff", "Carys Teacher"]]
    school.store.settings.set(DEMO_ACCOUNTS_SETTING, json.dumps(accounts))
    shell = make_shell()
    form = shell.start()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form and form.school() is not None)
    assert form.ui.demoBox.isVisible() and "DEMO" in form.ui.demoBox.title()
    demo = form.ui.demoList
    assert demo.count() == 2 and "Carys Teacher" in demo.item(1).text()

    rect = demo.visualItemRect(demo.item(1))
    qtbot.mouseClick(demo.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.ui.usernameEdit.text() == STAFF and form.ui.passwordEdit.text() == STAFF_PASS
    assert form.ui.signInButton.hasFocus()
    qtbot.keyClick(form.ui.signInButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible())
    assert "Carys Teacher" in shell.main_window.ui.personLabel.text()


def test_ctrl_l_hides_everything_and_the_same_person_comes_back_to_their_page(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia said she had not eaten since Friday.")
    shell = make_shell(installers=[_notes_page])
    window = signed_in_window(qtbot, shell, STAFF, STAFF_PASS)
    assert window.my_concerns.model.rowCount() == 1
    window.show_page("notes")
    session = window.signed_in().session

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked() and window.signed_in() is None
    assert window.ui.shellStack.currentWidget() is window.lock_screen()
    assert not window.ui.contentPage.isVisible() and window.lock_screen().isVisible()
    assert session.closed and session.keys is None, "the keys are dropped"
    assert window.my_concerns.model.rowCount() == 0 and window.my_concerns.ui.detailsBrowser.toPlainText() == ""
    assert "Carys Teacher" in window.lock_screen().ui.introLabel.text()
    assert window.lock_screen().ui.usernameEdit.text() == STAFF
    assert window.lock_screen().ui.passwordEdit.hasFocus()
    assert "Locked" in window.windowTitle()
    qtbot.keyClick(window.lock_screen().ui.passwordEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "notes", "shortcuts do nothing while locked"

    qtbot.keyClicks(window.lock_screen().ui.passwordEdit, STAFF_PASS)
    qtbot.keyClick(window.lock_screen().ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked())
    assert shell.main_window is window
    assert window.ui.contentPage.isVisible() and window.current_page() == "notes"
    assert window.my_concerns.model.rowCount() == 1
    assert window.signed_in().session is not session


def test_the_lock_button_hides_an_open_addendum_dialog_and_brings_it_back(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a bruise on her arm.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    qtbot.mouseClick(window.my_concerns.ui.addAddendumButton, Qt.MouseButton.LeftButton)
    dialog = window.my_concerns.addendum_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.textEdit, "She told me later it was from PE.")

    qtbot.mouseClick(window.ui.lockButton, Qt.MouseButton.LeftButton)
    assert window.is_locked() and not dialog.isVisible()
    sign_in_with_keys(qtbot, window.lock_screen(), STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: not window.is_locked())
    assert dialog.isVisible() and dialog.text() == "She told me later it was from PE."


def test_no_keyboard_or_mouse_use_locks_the_window_after_the_idle_time(qtbot: Any, make_shell: Any) -> None:
    # Signed in with a long idle time, then a short one: a 250 ms idle time from the start locked a loaded CI
    # machine's window before the test could take hold of its session.
    window = signed_in_window(qtbot, make_shell(idle_lock_ms=60_000), STAFF, STAFF_PASS)
    session = window.signed_in().session
    window.idle_watcher().set_timeout_ms(250)
    qtbot.waitUntil(window.is_locked, timeout=10_000)
    assert session.closed and not window.ui.contentPage.isVisible()
    assert not window.idle_watcher().is_watching(), "no idle timer runs while locked"


def test_key_presses_keep_the_window_unlocked_and_it_locks_once_they_stop(qtbot: Any, make_shell: Any) -> None:
    # An idle time thirty key presses long: a CI machine under load can hold the event loop back for a few hundred
    # milliseconds, which with a short idle time locked the window in the middle of the typing (a flaky failure).
    window = signed_in_window(qtbot, make_shell(idle_lock_ms=1_500), STAFF, STAFF_PASS)
    table = window.my_concerns.ui.concernsTable
    typing = QTimer()
    typing.timeout.connect(lambda: qtbot.keyClick(table, Qt.Key.Key_Down))
    typing.start(50)
    clock = QElapsedTimer()
    clock.start()
    qtbot.waitUntil(lambda: clock.elapsed() > 3_200 or window.is_locked(), timeout=10_000)
    typing.stop()
    assert not window.is_locked(), "steady key use for twice the idle time must not lock"
    qtbot.waitUntil(window.is_locked, timeout=10_000)


def test_someone_else_signing_in_at_the_lock_screen_gets_a_fresh_window(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell(installers=[_notes_page])
    window = signed_in_window(qtbot, shell, STAFF, STAFF_PASS)
    window.resize(800, 570)  # the offscreen screen is 800 x 600
    window.show_page("notes")
    window.lock()
    sign_in_with_keys(qtbot, window.lock_screen(), STAFF2, STAFF2_PASS)
    qtbot.waitUntil(lambda: shell.main_window is not window and shell.main_window.isVisible())
    fresh = shell.main_window
    assert "Dev Assistant" in fresh.ui.personLabel.text()
    assert fresh.current_page() == PAGE_MY_CONCERNS and not fresh.is_locked()
    assert not shiboken6.isValid(window) or not window.isVisible(), "the first person's window is gone"
    assert (fresh.width(), fresh.height()) == (800, 570), "the window's size is remembered"


def test_my_concerns_lists_exactly_my_own_and_never_anyone_elses(qtbot: Any, make_shell: Any, school: School) -> None:
    mine = [
        record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia came in hungry again.", occurred_at="2025-03-03T09:00"),
        record_concern(
            school,
            STAFF,
            STAFF_PASS,
            AHMED,
            "Ahmed was upset at pick-up.",
            category="emotional-abuse",
            injuries=[{"view": "front", "x": 0.3, "y": 0.3, "region": "upper-arm-left", "size_cm": 2.5}],
        ),
    ]
    theirs = record_concern(school, STAFF2, STAFF2_PASS, KUBA, "Kuba had a mark on his neck.")
    leads = record_concern(school, LEAD, LEAD_PASS, ZOFIA, "Zofia's mother phoned the office.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)

    cells = _cells(window)
    assert len(cells) == 2
    references = {row[MyConcernsModel.COLUMN_REFERENCE] for row in cells}
    assert references == {r.reference for r in mine}
    flat = " ".join(" ".join(row) for row in cells)
    assert theirs.reference not in flat and leads.reference not in flat and "Kuba" not in flat
    assert {row[MyConcernsModel.COLUMN_PUPIL] for row in cells} == {"Zofia Łuczak", "Ахмед Krężołek"}
    assert {row[MyConcernsModel.COLUMN_CATEGORY] for row in cells} == {"Neglect", "Emotional abuse"}
    assert {row[MyConcernsModel.COLUMN_STATUS] for row in cells} == {"Sent to the safeguarding team"}

    table = window.my_concerns.ui.concernsTable
    table.setFocus()
    proxy = table.model()
    shown = [proxy.index(r, MyConcernsModel.COLUMN_PUPIL).data() for r in range(proxy.rowCount())]
    assert shown == ["Ахмед Krężołek", "Zofia Łuczak"], "newest first"
    qtbot.keyClick(table, Qt.Key.Key_Home)
    details = window.my_concerns.ui.detailsBrowser.toPlainText()
    assert "Ahmed was upset at pick-up." in details and "1. Bruise: left upper arm, 2.5 cm" in details
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert "Zofia came in hungry again." in window.my_concerns.ui.detailsBrowser.toPlainText()


def test_a_lead_sees_only_their_own_concerns_on_my_concerns(qtbot: Any, make_shell: Any, school: School) -> None:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia came in hungry again.")
    leads = record_concern(school, LEAD, LEAD_PASS, KUBA, "Kuba's father was angry at the gate.")
    window = signed_in_window(qtbot, make_shell(), LEAD, LEAD_PASS)
    assert len(window.signed_in().state.concerns) == 2, "a lead can read both"
    assert [row[MyConcernsModel.COLUMN_REFERENCE] for row in _cells(window)] == [leads.reference]
    assert "Designated safeguarding lead" in window.ui.personLabel.text()


def test_an_addendum_added_from_my_concerns_is_on_disk_and_shown(qtbot: Any, make_shell: Any, school: School) -> None:
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a bruise on her arm.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    page = window.my_concerns
    assert page.selected_concern_id() == recorded.entry_id
    assert page.ui.addAddendumButton.isEnabled()

    page.ui.addAddendumButton.setFocus()
    qtbot.keyClick(page.ui.addAddendumButton, Qt.Key.Key_Space)
    dialog = page.addendum_dialog()
    qtbot.waitExposed(dialog)
    assert recorded.reference in dialog.ui.aboutLabel.text()
    save = next(b for b in dialog.ui.buttonBox.buttons() if "Save" in b.text())
    assert not save.isEnabled(), "nothing to save yet"
    qtbot.keyClicks(dialog.ui.textEdit, "Her mother said she fell off her bike on Sunday.")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.addendum_dialog() is None)
    cell = page.model.index(0, MyConcernsModel.COLUMN_ADDENDA)
    assert cell.data() == "1"
    assert recorded.reference in page.ui.noticeLabel.text()
    qtbot.waitUntil(lambda: "fell off her bike" in page.ui.detailsBrowser.toPlainText())

    lead = school.lead()
    notes = load_state(lead).addenda[recorded.entry_id]
    lead.close()
    assert [n.text for n in notes] == ["Her mother said she fell off her bike on Sunday."]


def test_record_a_concern_waits_for_a_form_then_opens_it_by_button_and_shortcut(qtbot: Any, make_shell: Any) -> None:
    bare = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    assert not bare.ui.recordButton.isEnabled() and "not installed" in bare.ui.recordButton.toolTip()
    bare.close()

    form = QLabel("the concern form")
    shell = make_shell(installers=[lambda window: window.set_concern_form(form)])
    window = signed_in_window(qtbot, shell, STAFF, STAFF_PASS)
    assert window.ui.recordButton.isEnabled()
    with qtbot.waitSignal(window.page_changed) as shown:
        qtbot.mouseClick(window.ui.recordButton, Qt.MouseButton.LeftButton)
    assert shown.args == [PAGE_CONCERN_FORM] and window.ui.pageStack.currentWidget() is form
    qtbot.keyClick(window.my_concerns.ui.concernsTable, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_MY_CONCERNS
    qtbot.keyClick(window.my_concerns.ui.concernsTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_CONCERN_FORM


def test_every_control_has_an_accessible_name_and_the_tab_order_is_set(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a bruise on her arm.")
    shell = make_shell()
    form = shell.start()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form and form.school() is not None)
    form.ui.usernameEdit.setFocus()
    qtbot.keyClick(form.ui.usernameEdit, Qt.Key.Key_Tab)
    assert form.ui.passwordEdit.hasFocus()
    qtbot.keyClick(form.ui.passwordEdit, Qt.Key.Key_Tab)
    assert form.ui.signInButton.hasFocus()
    sign_in_with_keys(qtbot, form, STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible())
    window = shell.main_window
    window.my_concerns.ask_for_addendum()
    dialog = window.my_concerns.addendum_dialog()
    controls = (QAbstractButton, QLineEdit, QAbstractItemView, QTextEdit, QPlainTextEdit)
    for top in (window, dialog):
        for control in top.findChildren(QWidget):
            if isinstance(control, controls) and control.objectName() and not control.objectName().startswith("qt_"):
                assert control.accessibleName(), f"{control.objectName()} has no accessible name"
    dialog.reject()


def test_this_pcs_settings_hold_no_child_data_and_no_secrets(
    qtbot: Any, make_shell: Any, school: School, gui_settings: Settings, tmp_path: Path
) -> None:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a bruise on her arm.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    window.lock()
    window.close()
    gui_settings.sync()
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).allKeys()
    assert stored and set(stored) <= {s.key for s in USER_SETTINGS}
    for secret in (STAFF, STAFF_PASS, "Zofia", "Łuczak", "bruise", "Carys"):
        assert secret not in text
