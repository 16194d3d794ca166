"""First start on a PC: the set-up wizard (create a school, or join one), and joining the configured school."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from desktop_app.config import HubSettings, MachineConfig
from desktop_app.services.enrolment import enrolment_of, export_enrolment
from desktop_app.services.session import sign_in
from desktop_app.services.store import SchoolStore
from desktop_app.ui import first_run
from desktop_app.ui.app import AppShell, create_application
from desktop_app.ui.first_run import PAGE_CREATE, PAGE_JOIN, PAGE_RECOVERY, FirstRunWizard, passphrase_strength
from desktop_app.ui.ops import wait_for_ops
from desktop_app.ui.settings import Settings
from tests.conftest import School
from tests.gui.conftest import SLOW_MS, sign_in_with_keys

CODE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$")
GOOD_PASSPHRASE = "kettle orchard lantern pebble"


@pytest.fixture
def shells(qapp: Any, tmp_path: Path) -> Any:
    create_application()
    made: list[AppShell] = []
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    def make(data_dir: Path, config: MachineConfig | None = None) -> AppShell:
        shell = AppShell(data_dir, settings, config=config)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        if shell.first_run is not None:
            shell.first_run.ui.keptCheck.setChecked(True)  # let a wizard left on the recovery page close
        shell.shut_down()
    wait_for_ops()
    QApplication.processEvents()


def _enrolment(school: School, tmp_path: Path, hub: str | None = None) -> Path:
    lead = school.lead()
    path = tmp_path / "hillside.enrolment.json"
    export_enrolment(lead, path, hub)
    lead.close()
    return path


def test_passphrase_strength_rewards_length_and_words_and_sees_through_names() -> None:
    assert passphrase_strength("short").score == 0
    assert passphrase_strength("password123").score <= 1
    assert passphrase_strength("aaaaaaaaaaaaaaaa").score <= 1
    assert passphrase_strength("abcdefgh12345678").score <= 1
    assert passphrase_strength(GOOD_PASSPHRASE).score >= 3
    own_name = "Hillside Alice Lead"
    assert passphrase_strength("HillsideAlice2024", [own_name]).score < passphrase_strength("HillsideAlice2024").score
    assert passphrase_strength("Tq7#vR2!pX9@mL4$").score == 4


def test_a_pc_with_no_school_sets_one_up_shows_the_recovery_code_once_then_signs_in(
    qtbot: Any, shells: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "new-school"
    shell = shells(data_dir)
    shell.start()
    qtbot.waitUntil(lambda: shell.first_run is not None and shell.first_run.isVisible())
    wizard = shell.first_run
    assert shell.sign_in_window is not None and not shell.sign_in_window.isVisible()
    assert not data_dir.exists(), "nothing is created before the person chooses"
    assert str(data_dir) in wizard.ui.folderLabel.text()

    wizard.next()
    assert wizard.currentId() == PAGE_CREATE
    ui = wizard.ui
    ui.schoolNameEdit.setText("Łąka Primary School")  # QTest types Latin-1 only: names beyond it are set
    ui.fullNameEdit.setText("Şeyma Krężołek")
    qtbot.keyClicks(ui.usernameEdit, "s.krezolek")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled(), "the passphrase is still empty"

    qtbot.keyClicks(ui.passphraseEdit, "krezolek1")
    assert ui.strengthBar.value() <= 1 and "Weak" in ui.strengthLabel.text()
    qtbot.keyClicks(ui.confirmEdit, "krezolek1")
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_CREATE and "stronger passphrase" in ui.createMessage.text()
    assert not data_dir.exists()

    ui.passphraseEdit.clear()
    qtbot.keyClicks(ui.passphraseEdit, GOOD_PASSPHRASE)
    assert ui.strengthBar.value() >= 3
    ui.confirmEdit.clear()
    qtbot.keyClicks(ui.confirmEdit, GOOD_PASSPHRASE + "x")
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert "differ" in ui.createMessage.text() and ui.confirmEdit.text() == ""

    qtbot.keyClicks(ui.confirmEdit, GOOD_PASSPHRASE)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=10_000)
    code = ui.recoveryCodeLabel.text()
    assert CODE.match(code), code
    assert ui.passphraseEdit.text() == "" and ui.confirmEdit.text() == "", "the passphrase is not kept in widgets"
    assert (
        not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        or not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    ), "the school exists: there is no going back to change it"

    qtbot.mouseClick(ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), "PDF documents (*.pdf)"))
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in ui.recoveryMessage.text(), timeout=10_000)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(sheet.read_bytes())).pages)
    assert code in text and "Łąka Primary School" in text

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "the code must be kept before going on"
    wizard.reject()
    assert wizard.isVisible() and "Keep the recovery code first" in ui.recoveryMessage.text()
    qtbot.mouseClick(ui.keptCheck, Qt.MouseButton.LeftButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    form = shell.sign_in_window
    qtbot.waitUntil(lambda: form.isVisible() and form.school() is not None)
    assert shell.first_run is None and shell.exit_code == 0
    assert "Łąka Primary School" in form.windowTitle()
    sign_in_with_keys(qtbot, form, "s.krezolek", GOOD_PASSPHRASE)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)


def test_joining_with_an_enrolment_file_says_plainly_when_the_hub_cannot_be_reached(
    qtbot: Any, school: School, tmp_path: Path
) -> None:
    create_application()
    enrolment = _enrolment(school, tmp_path, hub="postgresql://concern_app@127.0.0.1:9/concern_logger")
    data_dir = tmp_path / "second-pc"
    wizard = FirstRunWizard(data_dir, MachineConfig())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.joinRadio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_JOIN
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and finish.text() == "Join this school"

    not_enrolment = tmp_path / "roster.json"
    not_enrolment.write_text('{"pupils": []}', encoding="utf-8")
    wizard.choose_enrolment_file(not_enrolment)
    assert "not a Concern Logger enrolment file" in wizard.ui.joinMessage.text() and not finish.isEnabled()

    wizard.choose_enrolment_file(enrolment)
    assert "Hillside Primary School" in wizard.ui.enrolmentLabel.text() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.ui.joinMessage.isVisible(), timeout=20_000)
    message = wizard.ui.joinMessage.text()
    assert "has joined Hillside Primary School" in message and "nobody can sign in here yet" in message
    assert wizard.isVisible(), "the wizard stays open: the person can try again"
    with SchoolStore(data_dir) as store:
        joined = enrolment_of(store)
        assert joined is not None and joined.school_name == "Hillside Primary School"
        assert store.log.count() == 0
    wait_for_ops()


def _hub_that_copies_from(school: School) -> Any:
    """Stands in for the hub: the first sync brings every entry of the school's own store."""

    def sync_once(store: SchoolStore, hub_url: str | None = None, *, configured: HubSettings | None = None) -> Any:
        assert configured is not None and not configured.allow_insecure
        assert configured.url == "postgresql://concern_app@hub.school.local/concern_logger?sslmode=verify-full"
        store.log.insert_foreign(list(school.store.log.all()))
        return type("Report", (), {"lines": lambda self: ["Up to date."]})()

    return sync_once


def test_the_configured_enrolment_file_joins_this_pc_at_first_start_without_a_lead(
    qtbot: Any, school: School, shells: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrolment = _enrolment(school, tmp_path)
    monkeypatch.setattr("desktop_app.services.sync.sync_once", _hub_that_copies_from(school))
    config = MachineConfig(
        values={
            "school.enrolment_file": str(enrolment),
            "hub.url": "postgresql://concern_app@hub.school.local/concern_logger",
            "hub.sslmode": "verify-full",
            "lock.idle_minutes": 3,
        }
    )
    data_dir = tmp_path / "new-pc"
    shell = shells(data_dir, config)
    form = shell.start()
    qtbot.waitUntil(lambda: form.school() is not None, timeout=SLOW_MS)
    assert shell.first_run is None and shell.no_school_box is None
    assert "Hillside Primary School" in form.windowTitle()
    with SchoolStore(data_dir) as store:
        assert enrolment_of(store) is not None
        assert store.settings.get("hub_url") == config.hub_address()
    assert shell._idle_lock_ms == 3 * 60_000
    sign_in_with_keys(qtbot, form, "c.teacher", "teacher-password-3")
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)


def test_a_configured_enrolment_file_that_is_missing_is_named_with_its_key(
    qtbot: Any, shells: Any, tmp_path: Path
) -> None:
    config = MachineConfig(source=tmp_path / "config.toml", values={"school.enrolment_file": str(tmp_path / "nope")})
    shell = shells(tmp_path / "pc", config)
    shell.start()
    qtbot.waitUntil(lambda: shell.no_school_box is not None and shell.no_school_box.isVisible())
    text = shell.no_school_box.text()
    assert str(tmp_path / "config.toml") in text and "school.enrolment_file" in text and "no file" in text
    assert shell.first_run is None and not (tmp_path / "pc").exists()


def test_a_bad_machine_configuration_stops_the_app_with_one_message(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert first_run.show_startup_problem("Bad configuration in /etc/concern-logger/config.toml: hub.url: ...") == 1
    assert shown == ["Bad configuration in /etc/concern-logger/config.toml: hub.url: ..."]


def test_a_school_created_then_signed_in_through_the_services(tmp_path: Path) -> None:
    created = first_run.create_and_open(
        tmp_path / "s", "Oak School", "o.lead", "Olu Lead", GOOD_PASSPHRASE, "Designated Safeguarding Lead"
    )
    try:
        assert created.opened.school_name == "Oak School" and CODE.match(created.recovery_code)
        session = sign_in(created.opened.store, "o.lead", GOOD_PASSPHRASE, sleep=lambda _s: None)
        assert session.holds_team_key
        session.close()
    finally:
        created.opened.store.close()


def test_the_running_app_makes_the_scheduled_backup_once_the_school_is_open(
    qtbot: Any, school: School, shells: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    config = MachineConfig(values={"backup.folder": str(folder), "backup.keep_last": 2})
    shell = shells(school.data_dir, config)
    form = shell.start()
    qtbot.waitUntil(lambda: form.school() is not None, timeout=SLOW_MS)
    assert shell.backup_timer is not None and shell.backup_timer.isActive()
    qtbot.waitUntil(lambda: len(list(folder.glob("concern-logger-*.sqlite3"))) == 1, timeout=10_000)
