"""First start on a PC: join the school named in the machine configuration, or a wizard to set one up or join one.

The work that touches the store (`prepare_this_pc`, `create_and_open`, `join_and_open`) runs through the
background-op helper; the services and the crypto stack load inside those functions, off the GUI thread.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget, QWizard

from desktop_app.config import ENROLMENT_FILE, MachineConfig
from desktop_app.services.errors import ServiceError
from desktop_app.services.verified import key_book_of
from desktop_app.ui.forms.ui_first_run import Ui_FirstRun
from desktop_app.ui.i18n import translate
from desktop_app.ui.ops import BackgroundOp
from desktop_app.ui.sign_in import NoSchoolHere, OpenedSchool, open_school_store

PAGE_CHOOSE, PAGE_CREATE, PAGE_RECOVERY, PAGE_JOIN = range(4)
MIN_STRENGTH = 2  # "fair": the lead's passphrase protects every record of the school


def _tr(text: str) -> str:
    return translate("FirstRun", text)


# --- passphrase strength ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Strength:
    """A passphrase's strength from 0 (unusable) to 4 (strong), with one sentence of advice."""

    score: int
    advice: str


_COMMON = {"password", "passphrase", "letmein", "welcome", "qwerty", "abc123", "iloveyou", "safeguarding", "school",
           "teacher", "admin", "changeme", "secret", "monkey", "dragon", "football"}  # fmt: skip
_RUN = re.compile(r"(.)\1{2,}")


def _alphabet_size(text: str) -> int:
    size = 0
    for chars, weight in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26), (string.digits, 10)):
        if any(ch in chars for ch in text):
            size += weight
    if any(not ch.isalnum() and not ch.isspace() for ch in text):
        size += 33
    if any(ch.isspace() for ch in text):
        size += 1
    if any(ord(ch) > 127 for ch in text):
        size += 40
    return size


def passphrase_strength(passphrase: str, context: Sequence[str] = ()) -> Strength:
    """A plain estimate: length and variety, less for common words, repeats, runs and the person's or school's own
    names (`context`). Four or more unrelated words make a strong passphrase that is easy to remember."""
    if len(passphrase) < 8:
        return Strength(0, _tr("Too short: use at least 8 characters; four or more words is best."))
    lowered = passphrase.casefold()
    effective = _RUN.sub(lambda m: m.group(1), lowered)  # "aaaa" counts as "a"
    for word in sorted(_COMMON | {part.casefold() for name in context for part in re.split(r"\W+", name)
                                  if len(part) >= 3}, key=len, reverse=True):  # fmt: skip
        effective = effective.replace(word, "w")  # a guessable word counts as one character
    for run in ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"):
        for length in range(len(run), 3, -1):
            for start in range(len(run) - length + 1):
                effective = effective.replace(run[start : start + length], "r")
    bits = len(effective) * math.log2(max(2, _alphabet_size(passphrase)))
    words = [w for w in re.split(r"[\s\-_.,]+", lowered) if len(w) >= 3 and w not in _COMMON]
    if len(set(words)) >= 4 and len(effective) >= 16:
        bits = max(bits, 70.0)
    if bits < 40:
        return Strength(1, _tr("Weak: easy to guess. Add more words, or make it longer."))
    if bits < 60:
        return Strength(2, _tr("Fair. A longer passphrase (four or more words) would be stronger."))
    if bits < 80:
        return Strength(3, _tr("Good."))
    return Strength(4, _tr("Strong."))


# --- work run off the GUI thread --------------------------------------------------------------------------------


class WaitingForHub(ServiceError):
    """This PC has joined a school but has not yet received it from the hub, so nobody can sign in yet."""


@dataclass(frozen=True, slots=True)
class CreatedSchool:
    opened: OpenedSchool
    recovery_code: str
    lead_username: str
    lead_full_name: str
    created_at: datetime


def _has_joined(data_dir: Path) -> bool:
    from desktop_app.services.enrolment import enrolment_of
    from desktop_app.services.store import open_store, store_exists

    if not store_exists(data_dir):
        return False
    with open_store(data_dir) as store:
        return enrolment_of(store) is not None


def _open_or_fill_from_hub(data_dir: Path, config: MachineConfig) -> OpenedSchool:
    """Open the school; a PC that joined but holds no school yet syncs once first (it needs no sign-in)."""
    try:
        return open_school_store(data_dir)
    except NoSchoolHere:
        if not _has_joined(data_dir):
            raise
    from desktop_app.services.enrolment import enrolment_of
    from desktop_app.services.store import open_store
    from desktop_app.services.sync import sync_once

    with open_store(data_dir) as store:
        enrolment = enrolment_of(store)
        assert enrolment is not None
        report = sync_once(store, configured=config.hub())
    try:
        return open_school_store(data_dir)
    except NoSchoolHere:
        said = " ".join(report.lines())
        raise WaitingForHub(
            _tr(
                "This PC has joined {school}, but has not yet received the school from its hub, so nobody can sign "
                "in here yet. {report} Start Concern Logger again once the hub can be reached, or tell your IT staff."
            ).format(school=enrolment.school_name, report=said)
        ) from None


def prepare_this_pc(data_dir: Path, config: MachineConfig) -> OpenedSchool:
    """At start: join the school whose enrolment file the machine configuration names if this PC has no school
    yet (no lead needed), then open the school. Raises NoSchoolHere when there is none and none is configured."""
    from desktop_app.services.store import store_exists

    enrolment_file = config.enrolment_file
    if enrolment_file is not None and not store_exists(data_dir):
        from desktop_app.services.enrolment import join_school, read_enrolment

        if not enrolment_file.is_file():
            raise config.problem(ENROLMENT_FILE, _tr("there is no file {file}").format(file=enrolment_file))
        join_school(data_dir, read_enrolment(enrolment_file), configured=config.hub()).close()
    return _open_or_fill_from_hub(data_dir, config)


def create_and_open(
    data_dir: Path, school_name: str, username: str, full_name: str, passphrase: str, job_title: str
) -> CreatedSchool:
    """Set up the school with its first lead (slow: Argon2id) and keep its store open for the sign-in window."""
    from desktop_app.services.accounts import create_school

    store, code = create_school(data_dir, school_name, username, full_name, passphrase, job_title)
    try:
        name = key_book_of(store).school_name
    except Exception:
        store.close()
        raise
    return CreatedSchool(OpenedSchool(store, name), code, username.strip(), " ".join(full_name.split()),
                         datetime.now(UTC))  # fmt: skip


def join_and_open(data_dir: Path, enrolment_file: Path, config: MachineConfig) -> OpenedSchool:
    from desktop_app.services.enrolment import join_school, read_enrolment

    join_school(data_dir, read_enrolment(enrolment_file), configured=config.hub()).close()
    return _open_or_fill_from_hub(data_dir, config)


def describe_enrolment(path: Path) -> str:
    """What the enrolment file says, in words (raises ServiceError for a file that is not one)."""
    from desktop_app.services.enrolment import describe_hub_ca, read_enrolment

    enrolment = read_enrolment(path)
    hub = enrolment.hub or _tr("none in the file (this PC's configuration must name one)")
    authority = (
        describe_hub_ca(enrolment.hub_ca)
        if enrolment.hub_ca
        else _tr("none in the file (this PC's configuration must name one)")
    )
    return _tr("School: {school}\nHub: {hub}\nHub's certificate authority: {authority}").format(
        school=enrolment.school_name, hub=hub, authority=authority
    )


def save_recovery_sheet(created: CreatedSchool, destination: Path, data_folder: Path) -> Path:
    """The recovery sheet written through the one service that writes it (staged, fsynced, owner-only), as the
    command line does."""
    from desktop_app.services.recovery_sheet import write_recovery_sheet

    return write_recovery_sheet(
        destination,
        created.opened.school_name,
        created.recovery_code,
        created.lead_full_name,
        data_folder,
        created_at=created.created_at,
    )


# --- the wizard -------------------------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Set up a new school (name, first lead, passphrase with strength feedback, then the recovery code shown once
    with its recovery sheet) or join one with its enrolment file. Emits `school_ready(OpenedSchool)` when the school
    is open on this PC. Private state: `_data_dir`, `_config`, `_created` (the set-up school, once made),
    `_opened` (the joined school, once open), `_busy`.
    """

    school_ready = Signal(object)

    def __init__(self, data_dir: Path, config: MachineConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRun()
        self.ui.setupUi(self)
        self._data_dir = data_dir
        self._config = config
        self._created: CreatedSchool | None = None
        self._opened: OpenedSchool | None = None
        self._busy = False
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("Set up the school"))
        self.ui.createPage.setCommitPage(True)  # once the school exists there is no going back to change it
        self.ui.recoveryPage.setFinalPage(True)
        self.ui.joinPage.setFinalPage(True)
        self.ui.folderLabel.setText(_tr("Records will be kept in {folder}").format(folder=data_dir.absolute()))
        for page, name, widget in (
            (self.ui.createPage, "school*", self.ui.schoolNameEdit),
            (self.ui.createPage, "fullName*", self.ui.fullNameEdit),
            (self.ui.createPage, "username*", self.ui.usernameEdit),
            (self.ui.createPage, "passphrase*", self.ui.passphraseEdit),
            (self.ui.createPage, "confirm*", self.ui.confirmEdit),
            (self.ui.recoveryPage, "kept*", self.ui.keptCheck),
            (self.ui.joinPage, "enrolmentFile*", self.ui.fileEdit),
        ):
            page.registerField(name, widget)
        for label in (self.ui.createMessage, self.ui.recoveryMessage, self.ui.joinMessage, self.ui.enrolmentLabel):
            label.hide()
        for bar in (self.ui.createBusy, self.ui.joinBusy):
            bar.hide()
        code_font = QFont("DejaVu Sans Mono")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSize(max(16, QApplication.font().pointSize() * 2))
        code_font.setBold(True)
        self.ui.recoveryCodeLabel.setFont(code_font)
        self.ui.passphraseEdit.textChanged.connect(self._show_strength)
        self.ui.copyButton.clicked.connect(self._copy_code)
        self.ui.saveSheetButton.clicked.connect(self._save_sheet)
        self.ui.chooseFileButton.clicked.connect(self._choose_file)
        self.currentIdChanged.connect(self._name_finish_button)
        self._show_strength("")

    # navigation

    def nextId(self) -> int:
        page = self.currentId()
        if page == PAGE_CHOOSE:
            return PAGE_JOIN if self.ui.joinRadio.isChecked() else PAGE_CREATE
        if page == PAGE_CREATE:
            return PAGE_RECOVERY
        return -1

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == PAGE_CREATE:
            return self._created is not None or self._start_creating()
        if page == PAGE_JOIN:
            return self._opened is not None or self._start_joining()
        return not self._busy

    def _name_finish_button(self, page: int) -> None:
        finish = _tr("Join this school") if page == PAGE_JOIN else _tr("Go to sign in")
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)

    def reject(self) -> None:
        if self._created is not None and not self.ui.keptCheck.isChecked():
            self._recovery_message(_tr("Keep the recovery code first: it cannot be shown again."))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._busy:
            return  # the school is being set up or joined: wait for it
        opened = self._created.opened if self._created else self._opened
        if result == QWizard.DialogCode.Accepted and opened is not None:
            self.school_ready.emit(opened)  # the sign-in window shows before this one goes: the app stays open
        elif opened is not None:
            opened.store.close()  # closed without finishing: the school exists, the next start opens it
        super().done(result)

    def _set_busy(self, busy: bool, bar: QWidget) -> None:
        self._busy = busy
        bar.setVisible(busy)
        for button in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                       QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):  # fmt: skip
            self.button(button).setEnabled(not busy)
        self.currentPage().setEnabled(not busy)

    # setting up a school

    def _context(self) -> list[str]:
        return [self.ui.schoolNameEdit.text(), self.ui.fullNameEdit.text(), self.ui.usernameEdit.text()]

    def _show_strength(self, text: str) -> None:
        strength = passphrase_strength(text, self._context())
        self.ui.strengthBar.setValue(strength.score)
        self.ui.strengthBar.setAccessibleDescription(strength.advice)
        self.ui.strengthLabel.setText(strength.advice if text else _tr("Four or more words you will remember."))

    def _create_message(self, text: str) -> None:
        self.ui.createMessage.setText(text)
        self.ui.createMessage.setVisible(bool(text))

    def _start_creating(self) -> bool:
        if self._busy:
            return False
        passphrase = self.ui.passphraseEdit.text()
        strength = passphrase_strength(passphrase, self._context())
        if strength.score < MIN_STRENGTH:
            self._create_message(_tr("Choose a stronger passphrase: {advice}").format(advice=strength.advice))
            self.ui.passphraseEdit.setFocus()
            return False
        if passphrase != self.ui.confirmEdit.text():
            self._create_message(_tr("The two passphrases differ: type the same passphrase twice."))
            self.ui.confirmEdit.clear()
            self.ui.confirmEdit.setFocus()
            return False
        self._create_message("")
        data_dir = self._data_dir
        values = (self.ui.schoolNameEdit.text(), self.ui.usernameEdit.text(), self.ui.fullNameEdit.text(),
                  passphrase, self.ui.jobTitleEdit.text().strip())  # fmt: skip
        BackgroundOp(
            self,
            lambda: create_and_open(data_dir, *values),
            success=self._created_school,
            failure=lambda error: self._create_message(_failure_text(error)),
            busy=lambda busy: self._set_busy(busy, self.ui.createBusy),
        ).run_in_background()
        return False

    def _created_school(self, created: CreatedSchool) -> None:
        self._created = created
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()
        self.ui.recoveryCodeLabel.setText(created.recovery_code)
        self.next()

    def _copy_code(self) -> None:
        if self._created is not None:
            QGuiApplication.clipboard().setText(self._created.recovery_code)
            self._recovery_message(_tr("Copied. Paste it only into a document you print at once, then delete it."))

    def _recovery_message(self, text: str) -> None:
        self.ui.recoveryMessage.setText(text)
        self.ui.recoveryMessage.setVisible(bool(text))

    def _save_sheet(self) -> None:
        created = self._created
        if created is None or self._busy:
            return
        suggested = str(Path.home() / "Concern Logger recovery sheet.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save the recovery sheet"), suggested, _tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        data_dir = self._data_dir
        BackgroundOp(
            self,
            lambda: save_recovery_sheet(created, Path(chosen), data_dir),
            success=lambda path: self._recovery_message(
                _tr("Saved {file}. Print it now, then delete the file: it is not encrypted.").format(file=path)
            ),
            failure=lambda error: self._recovery_message(
                _tr("The recovery sheet could not be saved ({problem}).").format(problem=_failure_text(error))
            ),
        ).run_in_background()

    # joining a school

    def _join_message(self, text: str) -> None:
        self.ui.joinMessage.setText(text)
        self.ui.joinMessage.setVisible(bool(text))

    def choose_enrolment_file(self, path: Path) -> None:
        """Take `path` as the enrolment file: show what it says, or why it cannot be used."""
        self._join_message("")
        try:
            described = describe_enrolment(path)
        except ServiceError as exc:
            self.ui.fileEdit.clear()
            self.ui.enrolmentLabel.hide()
            self._join_message(str(exc))
            return
        self.ui.fileEdit.setText(str(path))
        self.ui.enrolmentLabel.setText(described)
        self.ui.enrolmentLabel.show()

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _tr("Choose the school's enrolment file"), str(Path.home()), _tr("Enrolment files (*.json)")
        )
        if chosen:
            self.choose_enrolment_file(Path(chosen))

    def _start_joining(self) -> bool:
        if self._busy or not self.ui.fileEdit.text():
            return False
        self._join_message("")
        data_dir, path, config = self._data_dir, Path(self.ui.fileEdit.text()), self._config
        BackgroundOp(
            self,
            lambda: join_and_open(data_dir, path, config),
            success=self._joined,
            failure=lambda error: self._join_message(_failure_text(error)),
            busy=lambda busy: self._set_busy(busy, self.ui.joinBusy),
        ).run_in_background()
        return False

    def _joined(self, opened: OpenedSchool) -> None:
        self._opened = opened
        self.accept()


def _failure_text(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return str(error)
    return _tr("Something unexpected went wrong ({kind}). Please tell your IT staff.").format(kind=type(error).__name__)


def show_startup_problem(message: str) -> int:
    """A problem that stops the app before any window (a bad machine configuration): one message, exit code 1. The
    caller makes the application first (`ui.app.create_application`, which imports this module)."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Concern Logger"), message)
    box.setObjectName("startupProblem")
    box.setInformativeText(_tr("Concern Logger cannot start until this is put right. Please tell your IT staff."))
    box.exec()
    return 1
