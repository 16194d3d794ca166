"""Transferring a child's file from the child's file page, typed into the real widgets: weak secrets refused as they
are typed, suggested ones shown clearly and accepted, and what is sent opens with them at the receiving school."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.crypto.passphrase import word_list
from desktop_app.services.transfer import export_transfer, import_transfer
from desktop_app.ui.app import AppShell
from tests.conftest import School, make_school
from tests.gui.test_lead_child_file import _history, _open_zofia
from tests.gui.test_lead_queue import lead_window
from tests.unit.test_reports import ZOFIA, open_pdf, record_history
from tests.unit.test_transfer import PASSWORD, PDF_PASSWORD


def _retype(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_weak_secrets_are_refused_and_suggested_ones_are_shown_clearly_and_sent(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    _history(school)
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None and page.ui.transferButton.isEnabled()
    qtbot.mouseClick(page.ui.transferButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None
    ui = dialog.ui
    assert "fingerprint" in ui.fingerprintLabel.text() and ui.shownLabel.isHidden()
    qtbot.keyClicks(ui.toEdit, "Riverside Academy")
    _retype(qtbot, ui.folderEdit, str(tmp_path))

    qtbot.keyClicks(ui.pdfEdit, "password")
    qtbot.keyClicks(ui.bundleEdit, "Password123!")
    assert ui.pdfEdit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.save_button().isEnabled() and ui.errorLabel.isVisible()
    assert 'The PDF password is refused: it contains the word "password"' in ui.errorLabel.text()
    assert "suggests" in ui.errorLabel.text()
    _retype(qtbot, ui.pdfEdit, "Hillside transfer for Riverside Academy please today now")
    assert "school's name" in ui.errorLabel.text() and not dialog.save_button().isEnabled()
    _retype(qtbot, ui.pdfEdit, "correct horse battery staple")
    assert "too easy to guess" in ui.errorLabel.text() and not dialog.save_button().isEnabled()

    qtbot.mouseClick(ui.pdfSuggestButton, Qt.MouseButton.LeftButton)
    pdf_password = ui.pdfEdit.text()
    assert len(pdf_password.split()) == 7 and set(pdf_password.split()) <= set(word_list())
    assert ui.pdfEdit.echoMode() == QLineEdit.EchoMode.Normal, "a suggested secret is shown, to be read out"
    assert ui.shownLabel.isVisible() and pdf_password in ui.shownLabel.text()
    assert "The bundle passphrase is refused" in ui.errorLabel.text() and not dialog.save_button().isEnabled()

    qtbot.mouseClick(ui.bundleSuggestButton, Qt.MouseButton.LeftButton)
    passphrase = ui.bundleEdit.text()
    assert passphrase != pdf_password and not set(passphrase.split()) & set(pdf_password.split())
    assert dialog.save_button().isEnabled() and ui.errorLabel.isHidden()
    shown = ui.shownLabel.text().splitlines()
    assert len(shown) == 2 and shown[0].endswith(pdf_password) and shown[1].endswith(passphrase)

    qtbot.keyClicks(ui.bundleEdit, "x")  # typed into: the lead's own secret now, hidden and no longer shown
    assert ui.bundleEdit.echoMode() == QLineEdit.EchoMode.Password and passphrase not in ui.shownLabel.text()
    _retype(qtbot, ui.bundleEdit, pdf_password)
    assert "two different secrets" in ui.errorLabel.text() and not dialog.save_button().isEnabled()
    qtbot.mouseClick(ui.bundleSuggestButton, Qt.MouseButton.LeftButton)
    passphrase = ui.bundleEdit.text()
    assert dialog.save_button().isEnabled()

    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog() is None and not page._busy, timeout=30_000)
    notice = page.ui.noticeLabel.text()
    assert "written to" in notice and "fingerprint" in notice
    assert pdf_password not in notice and passphrase not in notice, "the secrets are not kept on screen"
    (pdf,) = tmp_path.glob("*.pdf")
    (bundle,) = tmp_path.glob("*.cltransfer")
    assert "Łuczak" in open_pdf(pdf.read_bytes(), pdf_password)[1]
    fingerprint = notice.split("fingerprint ", 1)[1].split()[0]

    receiving = make_school(tmp_path / "riverside")
    try:
        got = import_transfer(receiving.lead(), bundle.read_bytes(), passphrase, fingerprint)
        assert got.records >= 4 and got.from_school == "Hillside Primary School"
    finally:
        receiving.store.close()


def test_a_transfer_is_received_only_with_the_fingerprint_heard_by_telephone(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    sending = make_school(tmp_path / "previous")
    try:
        record_history(sending, 2)
        (tmp_path / "out").mkdir()
        sent = export_transfer(sending.lead(), ZOFIA, "Hillside", tmp_path / "out", PDF_PASSWORD, PASSWORD)
    finally:
        sending.store.close()
    _window, workspace = lead_window(qtbot, make_shell)
    queue = workspace.queue
    assert queue is not None
    before = school.store.log.count()
    qtbot.mouseClick(queue.ui.receiveButton, Qt.MouseButton.LeftButton)
    dialog = queue.open_dialog()
    assert dialog is not None
    ui = dialog.ui
    qtbot.keyClicks(ui.bundleEdit, str(sent.bundle))
    qtbot.keyClicks(ui.passphraseEdit, PASSWORD)
    qtbot.keyClicks(ui.fingerprintEdit, sent.fingerprint[:9])
    assert not dialog.save_button().isEnabled(), "a fingerprint half typed cannot be checked"
    qtbot.keyClicks(ui.fingerprintEdit, "0000-0000")  # misheard
    assert dialog.save_button().isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible(), timeout=20_000)
    assert "not signed by the school whose fingerprint you were given" in ui.errorLabel.text()
    assert queue.open_dialog() is dialog and school.store.log.count() == before, "nothing was imported"

    ui.fingerprintEdit.selectAll()
    qtbot.keyClick(ui.fingerprintEdit, Qt.Key.Key_Delete)
    qtbot.keyClicks(ui.fingerprintEdit, sent.fingerprint.lower().replace("-", " "))
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.open_dialog() is None, timeout=20_000)
    notice = queue.ui.noticeLabel.text()
    assert "Imported" in notice and "Łuczak" in notice and "RECEIPT CODE:" in notice
    assert school.store.log.count() > before
