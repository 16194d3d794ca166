"""Starting the desktop app: the Qt application, the shipped fonts, and the sign-in window for a school.

Cold start: only Qt and the UI shell load before the sign-in window is on screen; the school's store (and with it
SQLAlchemy and the crypto stack) opens through the background-op helper while the window is showing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.config import MachineConfig
from desktop_app.domain.settings import UI_LANGUAGE
from desktop_app.paths import APP_AUTHOR, APP_NAME, resources_dir
from desktop_app.services.errors import ServiceError
from desktop_app.ui.i18n import install_language, translate
from desktop_app.ui.lock import minutes_to_ms
from desktop_app.ui.ops import BackgroundOp, wait_for_ops
from desktop_app.ui.settings import Settings, idle_lock_minutes
from desktop_app.ui.sign_in import NoSchoolHere, OpenedSchool, SignedIn, SignInWindow

BACKUP_CHECK_MS = 15 * 60_000  # how often the app asks whether a scheduled backup is due

if TYPE_CHECKING:
    from desktop_app.ui.first_run import FirstRunWizard
    from desktop_app.ui.main_window import MainWindow, PageInstaller

log = logging.getLogger(__name__)
APP_FONT_FAMILY = "DejaVu Sans"
APP_FONT_POINTS = 10
EXIT_NO_SCHOOL = 1


def _tr(text: str) -> str:
    return translate("App", text)


def register_fonts() -> list[str]:
    """Register the fonts in `resources/fonts/` and make DejaVu Sans the app's font (Łuczak, Ахмед, Şeyma)."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    if APP_FONT_FAMILY in families:
        QApplication.setFont(QFont(APP_FONT_FAMILY, APP_FONT_POINTS))
    return families


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (an existing one is reused, as under pytest-qt), with names and fonts set."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Concern Logger")
    register_fonts()
    return app


def no_school_message(data_dir: Path, problem: str = "") -> QMessageBox:
    """The one window shown when the data folder holds no usable school: what to run to create one."""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Concern Logger"), "")
    box.setObjectName("noSchoolMessage")
    box.setText(problem or _tr("There is no school set up in {folder} yet.").format(folder=data_dir))
    box.setInformativeText(
        _tr(
            "IT staff set up a school from a terminal:\n\n"
            '    concern-logger --data-dir "{folder}" setup --school "School name" --lead USERNAME '
            '--lead-name "Full Name"\n\n'
            "To try Concern Logger with made-up pupils, make a demo school in a folder of its own:\n\n"
            '    concern-logger --data-dir "{demo}" demo\n'
            '    concern-logger --data-dir "{demo}"'
        ).format(folder=data_dir, demo=data_dir.parent / "concern-logger-demo")
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(_tr("No school set up"))
    return box


class AppShell(QObject):
    """Shows the sign-in window at once and opens the school behind it; then one main window per person, and a
    fresh one when someone else signs in at a lock screen. If the folder holds no school, one message says how to
    make one. Private state: `_data_dir`, `_settings`, `_installers`, `_idle_lock_ms`.
    """

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        *,
        installers: Sequence[PageInstaller] = (),
        idle_lock_ms: int | None = None,
        config: MachineConfig | None = None,
    ) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._settings = settings
        self._installers = tuple(installers)
        self.config = config or MachineConfig()
        self._idle_lock_ms = idle_lock_ms or minutes_to_ms(idle_lock_minutes(self.config, settings).value)
        self.school: OpenedSchool | None = None
        self.sign_in_window: SignInWindow | None = None
        self.main_window: MainWindow | None = None
        self.no_school_box: QMessageBox | None = None
        self.first_run: FirstRunWizard | None = None
        self.backup_timer: QTimer | None = None
        self.exit_code = 0

    def start(self) -> SignInWindow:
        """Show the sign-in window now; it fills in the school's name once the store is open."""
        window = SignInWindow(self._settings)
        window.signed_in.connect(self._first_sign_in)
        window.show()
        self.sign_in_window = window
        data_dir, config = self._data_dir, self.config
        from desktop_app.ui.first_run import prepare_this_pc  # joins the configured school at first start

        # No parent: the opened store must reach `self.school` (and be closed at shut-down) even if the window went.
        BackgroundOp(
            None, lambda: prepare_this_pc(data_dir, config), self._school_opened, self._no_school
        ).run_in_background()
        return window

    def _school_opened(self, school: OpenedSchool) -> None:
        self.school = school
        if self.sign_in_window is not None:
            self.sign_in_window.set_school(school)
        self._start_scheduled_backups(school)

    def _start_scheduled_backups(self, school: OpenedSchool) -> None:
        """Every quarter of an hour, a backup to the configured folder if one is due (IT may also run the CLI)."""
        if self.config.backup_folder is None or self.backup_timer is not None:
            return
        timer = QTimer(self)
        timer.setInterval(BACKUP_CHECK_MS)
        timer.timeout.connect(lambda: self._back_up_if_due(school))
        timer.start()
        self.backup_timer = timer
        self._back_up_if_due(school)

    def _back_up_if_due(self, school: OpenedSchool) -> None:
        from datetime import UTC, datetime

        from desktop_app.services.scheduled_backup import backup_if_due

        config = self.config
        # A failed backup is IT's business, not the teacher's at the keyboard: it goes to the log, not a dialog.
        BackgroundOp(
            None,
            lambda: backup_if_due(school.store, config, datetime.now(UTC)),
            success=lambda done: done.written and log.info("scheduled backup written to %s", done.written),
            failure=lambda error: log.warning("scheduled backup failed: %s", error),
        ).run_in_background()

    def _first_run_done(self, school: OpenedSchool) -> None:
        self.first_run = None
        self.exit_code = 0
        self._school_opened(school)
        if self.sign_in_window is not None:
            self.sign_in_window.show()
            self.sign_in_window.activateWindow()

    def _no_school(self, error: BaseException) -> None:
        if isinstance(error, NoSchoolHere):  # nothing on this PC and no school configured: the set-up wizard
            from desktop_app.ui.first_run import FirstRunWizard

            self.exit_code = EXIT_NO_SCHOOL  # until the wizard opens a school
            wizard = FirstRunWizard(self._data_dir, self.config)
            wizard.school_ready.connect(self._first_run_done)
            if self.sign_in_window is not None:
                self.sign_in_window.hide()
            wizard.show()
            self.first_run = wizard
            return
        if isinstance(error, ServiceError):
            problem = str(error)
        else:
            problem = _tr("Concern Logger could not open {folder} ({kind}).").format(
                folder=self._data_dir, kind=type(error).__name__
            )
        self.exit_code = EXIT_NO_SCHOOL
        box = no_school_message(self._data_dir, problem)
        box.setInformativeText(_tr("Concern Logger cannot open the school on this PC. Please tell your IT staff."))
        box.show()
        self.no_school_box = box
        if self.sign_in_window is not None:
            self.sign_in_window.close()
            self.sign_in_window.deleteLater()
            self.sign_in_window = None

    def _open_main_window(self, signed_in: SignedIn) -> MainWindow:
        from desktop_app.ui.main_window import MainWindow  # loaded once someone has signed in, not at cold start

        assert self.school is not None
        window = MainWindow(
            self.school, signed_in, self._settings, idle_lock_ms=self._idle_lock_ms, installers=self._installers
        )
        window.other_person_signed_in.connect(self._someone_else)
        window.show()
        window.activateWindow()
        self.main_window = window
        return window

    def _first_sign_in(self, signed_in: SignedIn) -> None:
        self._open_main_window(signed_in)
        if self.sign_in_window is not None:
            self.sign_in_window.close()
            self.sign_in_window.deleteLater()
            self.sign_in_window = None

    def _someone_else(self, signed_in: SignedIn) -> None:
        """The new person's window is on screen before the old one closes: no blank frame between the two."""
        old = self.main_window
        if old is not None:
            old.save_geometry(self._settings)  # the new window opens where the old one was
        self._open_main_window(signed_in)
        if old is not None:
            old.close()
            old.deleteLater()

    def shut_down(self) -> None:
        """After the event loop ends: close the windows, let running ops finish, then close the store."""
        if self.backup_timer is not None:
            self.backup_timer.stop()
        for window in (self.first_run, self.sign_in_window, self.main_window, self.no_school_box):
            if window is not None:
                window.close()
        wait_for_ops()
        QApplication.processEvents()  # deliver the last results (an op may have just opened the store)
        self._settings.sync()
        if self.school is not None:
            self.school.store.close()


def run_app(data_dir: Path, config: MachineConfig | None = None) -> int:
    """`concern-logger` with no command: the sign-in window, then the main window, until the last one closes."""
    app = create_application()
    config = config or MachineConfig()
    if config.protective_marking:  # Qt adds the display name to every window title: "… — Concern Logger — MARKING"
        app.setApplicationDisplayName(config.protective_marking)
    from desktop_app.ui.concern_form import install_concern_form
    from desktop_app.ui.lead import install_lead_workspace
    from desktop_app.ui.sync_status import sync_installer

    settings = Settings()
    install_language(app, settings.get(UI_LANGUAGE))  # before the first window: every string is translated once
    installers = [install_concern_form, install_lead_workspace, sync_installer(config.hub())]
    shell = AppShell(data_dir, settings, config=config, installers=installers)
    shell.start()
    code = app.exec()
    shell.shut_down()
    return shell.exit_code or code
