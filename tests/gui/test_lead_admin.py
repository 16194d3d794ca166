"""Families, the audit and staff accounts, driven through real widgets: households suggested, dismissed, linked and
given an adult, a family chronology; who looked at a file and a check that finds an altered record; and accounts
added, disabled, re-enabled, reset, made lead and revoked (with the new recovery code shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from desktop_app.domain.records import Role
from desktop_app.services.errors import SignInRefused
from desktop_app.ui.app import AppShell
from desktop_app.ui.lead.audit_model import AuditBreaksModel, FileAccessModel
from desktop_app.ui.lead.families_model import HouseholdsModel, SuggestionsModel
from desktop_app.ui.lead.install import PAGE_AUDIT, PAGE_CHILD_FILE, PAGE_FAMILIES, PAGE_STAFF
from desktop_app.ui.lead.staff_model import StaffModel
from desktop_app.ui.table_base import RowsModel
from tests.conftest import LEAD2, LEAD2_PASS, STAFF2, STAFF2_PASS, School
from tests.gui.test_lead_queue import JAKUB, ZOFIA, lead_window, queue_rows, record, wait_for_jobs
from tests.unit.test_verify import flip_byte


def _texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_households_are_suggested_dismissed_linked_given_an_adult_and_read_as_one_family(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, ZOFIA, "Hungry at breakfast club", 2)
    record(school, JAKUB, "Said his sister cries at night", 1)
    window, workspace = lead_window(qtbot, make_shell)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_FAMILIES
    page = workspace.families
    assert page is not None
    qtbot.waitUntil(lambda: page.suggestions.rowCount() == 1, timeout=10_000)
    suggested = _texts(page.suggestions, SuggestionsModel.COLUMN_CHILDREN)[0]
    assert "Zofia Łuczak (year R)" in suggested and "Jakub (Kuba) Łuczak (year 3)" in suggested
    assert "address" in _texts(page.suggestions, SuggestionsModel.COLUMN_REASONS)[0]

    _click(qtbot, page.ui.dismissButton)  # a lead's judgement: not one household
    qtbot.waitUntil(lambda: "not be suggested together again" in page.ui.noticeLabel.text() and not page._busy,
                    timeout=10_000)  # fmt: skip
    assert page.suggestions.rowCount() == 0 and page.households.rowCount() == 0

    _click(qtbot, page.ui.linkButton)  # on second thoughts, linked by hand
    dialog = page.open_dialog()
    assert dialog is not None and not dialog.save_button().isEnabled()
    for name in ("Zofia", "Kuba"):
        qtbot.keyClicks(dialog.finder.search_box, name)
        qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    assert dialog.save_button().isEnabled()
    _click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: page.open_dialog() is None and page.households.rowCount() == 1, timeout=10_000)

    page.ui.householdsTable.setCurrentIndex(page.ui.householdsTable.model().index(0, 0))
    _click(qtbot, page.ui.adultButton)
    adult = page.open_dialog()
    assert adult is not None
    adult.ui.nameEdit.setText("Marta Łuczak")  # QTest types ASCII only
    qtbot.keyClicks(adult.ui.relationshipEdit, "mother")
    adult.ui.responsibilityCombo.setCurrentIndex(adult.ui.responsibilityCombo.findData("yes"))
    _click(qtbot, adult.save_button())
    qtbot.waitUntil(lambda: page.open_dialog() is None and not page._busy, timeout=10_000)
    assert _texts(page.households, HouseholdsModel.COLUMN_ADULTS) == ["Marta Łuczak (mother)"]

    _click(qtbot, page.ui.familyButton)
    file_page = workspace.child_file
    assert file_page is not None and window.current_page() == PAGE_CHILD_FILE
    qtbot.waitUntil(lambda: file_page.view() is not None and not file_page._busy, timeout=10_000)
    assert file_page.view().family and file_page.ui.familyCheck.isChecked()
    children = {row.pupil_id for row in file_page.view().file.chronology}
    assert len(children) == 2  # both children's records in one chronology
    sheet = file_page.ui.frontSheetBrowser.toPlainText()
    assert "Marta Łuczak" in sheet and "mother" in sheet


def test_the_audit_shows_who_looked_at_a_file_and_a_check_names_an_altered_record_in_plain_words(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    concern = record(school, ZOFIA, "Hungry at breakfast club", 1)
    window, workspace = lead_window(qtbot, make_shell)
    pupil_id = queue_rows(workspace)[0]["item"].pupil_id
    workspace.open_child_file(pupil_id)
    file_page = workspace.child_file
    assert file_page is not None
    qtbot.waitUntil(lambda: file_page.view() is not None and not file_page._busy, timeout=10_000)
    _click(qtbot, file_page.ui.accessButton)
    audit = workspace.audit
    assert audit is not None and window.current_page() == PAGE_AUDIT
    qtbot.waitUntil(lambda: audit.access.rowCount() == 1, timeout=10_000)
    assert _texts(audit.access, FileAccessModel.COLUMN_WHO) == ["Alice Lead (lead)"]
    assert _texts(audit.access, FileAccessModel.COLUMN_WHAT) == ["opened the file"]
    assert "Zofia Łuczak" in audit.ui.accessLabel.text()

    _click(qtbot, audit.ui.checkButton)
    qtbot.waitUntil(lambda: audit.ui.headlineLabel.text().startswith("All "), timeout=20_000)
    assert "intact" in audit.ui.headlineLabel.text() and audit.breaks.rowCount() == 0

    flip_byte(school, concern, "sealed")  # someone with disk access changes a record
    _click(qtbot, audit.ui.checkButton)
    qtbot.waitUntil(lambda: audit.breaks.rowCount() > 0, timeout=20_000)
    assert "problem(s) found" in audit.ui.headlineLabel.text()
    words = " ".join(_texts(audit.breaks, AuditBreaksModel.COLUMN_WHAT))
    assert "was changed after it was written" in words
    assert _texts(audit.breaks, AuditBreaksModel.COLUMN_WHO)[0] == "Carys Teacher (Year 1 teacher)"


def _select_account(page: Any, username: str) -> None:
    proxy = page.ui.staffTable.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(RowsModel.RowRole).username == username:
            page.ui.staffTable.setCurrentIndex(proxy.index(row, 0))
            return
    raise AssertionError(username)


def _row(page: Any, username: str) -> Any:
    return next(r for r in page.model.rows() if r.username == username)


def test_a_lead_adds_disables_re_enables_resets_and_grants_and_revokes_the_lead_role(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    window, workspace = lead_window(qtbot, make_shell)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = workspace.staff
    assert page is not None and window.current_page() == PAGE_STAFF
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)
    names = _texts(page.model, StaffModel.COLUMN_NAME)
    assert "Alice Lead (you)" in names and "Erin Governor" in names

    _click(qtbot, page.ui.addButton)
    dialog = page.open_dialog()
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.usernameEdit, "f.office")
    qtbot.keyClicks(dialog.ui.nameEdit, "Fatima Office")
    qtbot.keyClicks(dialog.ui.jobEdit, "School business manager")
    qtbot.keyClicks(dialog.ui.passwordEdit, "office-password-6")
    qtbot.keyClicks(dialog.ui.repeatEdit, "office-password-6")
    _click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: page.open_dialog() is None and page.model.rowCount() == 6, timeout=10_000)
    school.sign_in("f.office", "office-password-6").close()

    _select_account(page, "f.office")
    _click(qtbot, page.ui.disableButton)
    qtbot.waitUntil(lambda: not _row(page, "f.office").active, timeout=10_000)
    assert "Disabled" in _texts(page.model, StaffModel.COLUMN_STATUS)
    try:
        school.sign_in("f.office", "office-password-6")
        raise AssertionError("a disabled account signed in")
    except SignInRefused:
        pass
    _click(qtbot, page.ui.enableButton)
    qtbot.waitUntil(lambda: _row(page, "f.office").active, timeout=10_000)

    _click(qtbot, page.ui.resetButton)
    reset = page.open_dialog()
    assert reset is not None
    qtbot.keyClicks(reset.ui.passwordEdit, "a-brand-new-password-7")
    qtbot.keyClicks(reset.ui.repeatEdit, "a-brand-new-password-7")
    _click(qtbot, reset.save_button())
    qtbot.waitUntil(lambda: page.open_dialog() is None and not page._busy, timeout=10_000)  # the list redrawn
    school.sign_in("f.office", "a-brand-new-password-7").close()

    _select_account(page, STAFF2)
    _click(qtbot, page.ui.grantButton)
    qtbot.waitUntil(lambda: _row(page, STAFF2).role == Role.LEAD, timeout=10_000)
    assert school.sign_in(STAFF2, STAFF2_PASS).holds_team_key

    _click(qtbot, page.ui.revokeButton)
    box = page.open_dialog()
    assert isinstance(box, QMessageBox)
    revoke = next(b for b in box.buttons() if b.text() == "&Revoke the lead role")
    _click(qtbot, revoke)
    qtbot.waitUntil(lambda: _row(page, STAFF2).role == Role.STAFF, timeout=10_000)
    shown = page.open_dialog()
    assert shown is not None and len(shown.code().replace("-", "").replace(" ", "")) >= 16
    assert "no longer a designated lead" in shown.ui.aboutLabel.text()
    _click(qtbot, shown.save_button())
    assert page.open_dialog() is None
    wait_for_jobs(qtbot, workspace)
    assert not school.sign_in(STAFF2, STAFF2_PASS).holds_team_key


def test_disabling_a_lead_asks_first_then_shows_the_new_recovery_code(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    window, workspace = lead_window(qtbot, make_shell)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = workspace.staff
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)
    _select_account(page, LEAD2)
    _click(qtbot, page.ui.disableButton)
    box = page.open_dialog()
    assert isinstance(box, QMessageBox) and "new recovery code" in box.informativeText()
    _click(qtbot, next(b for b in box.buttons() if b.text() == "&Disable the account"))
    qtbot.waitUntil(lambda: not _row(page, LEAD2).active, timeout=10_000)
    shown = page.open_dialog()
    assert shown is not None and len(shown.code().replace("-", "").replace(" ", "")) >= 16
    assert "can no longer sign in" in shown.ui.aboutLabel.text()
    _click(qtbot, shown.save_button())
    wait_for_jobs(qtbot, workspace)
    try:
        school.sign_in(LEAD2, LEAD2_PASS)
        raise AssertionError("a disabled lead signed in")
    except SignInRefused:
        pass
