"""Screenshots of every page as a person meets it, on a real X display with a window manager, and a check of each.

The window opens as the app opens it on that screen (fitted to it, maximised on 1024x768 and 1366x768), and each
shot is of the whole screen, title bar and all. Every page is filled with realistic content: a busy queue, search
results open, long names (Łuczak-Krężołek, Ахмед), a family chronology. For each page the script also checks that
every button lies inside the window, that the queue and chronology need no sideways scrolling, and that no child's
name is cut short; it exits 1 and names what failed if anything does.

Run from the checkout, once per screen size (PNGs go to screenshots/, git-ignored):

    Xvfb :85 -screen 0 1024x768x24 &  DISPLAY=:85 openbox &
    DISPLAY=:85 .venv/bin/python tests/screenshots.py            # then again on a 1366x768 display
    DISPLAY=:85 .venv/bin/python tests/screenshots.py --language cy   # Welsh; --language pseudo stretches strings
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAFF_USER = "r.okafor"
LEAD_USER = "dsl"
LONG_NAMES = (
    "upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode\n"
    "H900000000001,Zofia,Łuczak-Krężołek,,2019-03-04,Female,2,2C,7 Long Lane Coventry,CV9 1AA\n"
    "H900000000002,Maksymilian-Aleksander,Łuczak-Krężołek,Maks,2016-06-10,Male,5,5A,7 Long Lane Coventry,CV9 1AA\n"
    "H900000000003,Ахмед,Łuczak-Krężołek,,2021-01-20,Male,N,N1,7 Long Lane Coventry,CV9 1AA\n"
    "H900000000004,Ахмед,Hussain,,2017-09-01,Male,4,4K,12 Short Street Coventry,CV9 2BB\n"
    "H900000000005,Ахмед,Hussain,,2015-02-11,Male,6,6A,30 Other Road Coventry,CV9 3CC\n"
)


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("error: the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.4) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


class Shooter:
    """Grabs the whole screen after each step and checks the window. Private state: `out`, `suffix`, `problems`."""

    def __init__(self, out: Path, suffix: str) -> None:
        self.out = out
        self.suffix = suffix
        self.problems: list[str] = []

    def shoot(self, name: str, window: Any = None, tables: tuple[Any, ...] = (), names: tuple[Any, ...] = ()) -> None:
        """Save the screen as `name`; with a window, check its buttons, tables (`tables`) and name columns."""
        from PySide6.QtGui import QGuiApplication

        from desktop_app.ui.fit_columns import name_shown_whole
        from tests.gui.window_checks import cut_short, outside_the_window

        _settle()
        screen = QGuiApplication.primaryScreen()
        size = screen.size()
        path = self.out / f"{name}-{size.width()}x{size.height()}{self.suffix}.png"
        screen.grabWindow(0).save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        if window is None:
            return
        frame = window.frameGeometry()
        if not screen.availableGeometry().contains(frame):
            self.problems.append(f"{name}: the window {frame.getRect()} is not wholly on the screen")
        for outside in outside_the_window(window):
            self.problems.append(f"{name}: {outside}")
        for cut in cut_short(window):  # words cut off or squashed, and tabs that do not all show
            self.problems.append(f"{name}: {cut}")
        for table in tables:
            if table.horizontalScrollBar().maximum() > 0:
                self.problems.append(f"{name}: {table.objectName()} scrolls sideways")
        for table, column in names:
            for row in range(table.model().rowCount()):
                if not table.isColumnHidden(column) and not name_shown_whole(table, row, column):
                    self.problems.append(f"{name}: {table.model().index(row, column).data()!r} is cut short")

    def no_scrolling(self, name: str, widget: Any) -> None:
        """`widget` must show whole where it is: no scroll area around it."""
        from PySide6.QtWidgets import QAbstractScrollArea

        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                self.problems.append(f"{name}: {type(widget).__name__} scrolls inside {parent.objectName()}")
            parent = parent.parentWidget()

    def finder(self, name: str, finder: Any) -> None:
        for cut in finder.names_cut():
            self.problems.append(f"{name}: {cut!r} is cut short in the pupil finder")


def _type(widget: Any, text: str) -> None:
    """Type into a widget as a person would (QTest: one key event per character)."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    QTest.keyClicks(widget, text)


def _choose_another_day(form: Any) -> None:
    """ "Another day…" chosen from the keyboard, and a day and a time typed: every field of the row shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    form.ui.whenChoice.setFocus()
    QTest.keyClick(form.ui.whenChoice, Qt.Key.Key_A)
    _type(form.ui.whenDateEdit, "3/11")
    _type(form.ui.whenTimeEdit, "9:05")


def _sign_in(shell: Any, username: str, password: str) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    form = shell.sign_in_window if shell.sign_in_window is not None else shell.start()
    _wait(lambda: form.school() is not None)
    form.ui.usernameEdit.clear()
    _type(form.ui.usernameEdit, username)
    _type(form.ui.passwordEdit, password)
    QTest.keyClick(form.ui.passwordEdit, Qt.Key.Key_Return)
    _wait(lambda: shell.main_window is not None and shell.main_window.isVisible())
    return shell.main_window


def _teacher(data_dir: Path, settings: Any, shots: Shooter) -> None:
    from desktop_app.services.demo import demo_password
    from desktop_app.ui.app import AppShell
    from desktop_app.ui.concern_form import install_concern_form
    from desktop_app.ui.main_window import PAGE_CONCERN_FORM

    shell = AppShell(data_dir, settings, installers=[install_concern_form])
    form = shell.start()
    _wait(lambda: form.school() is not None)
    shots.shoot("sign-in")
    _type(form.ui.usernameEdit, STAFF_USER)
    _type(form.ui.passwordEdit, "not-the-password")
    form.submit()
    _wait(lambda: form.ui.messageLabel.isVisible())
    shots.shoot("sign-in-refused")

    window = _sign_in(shell, STAFF_USER, demo_password(STAFF_USER))
    shots.shoot("my-concerns", window, tables=(window.my_concerns.ui.concernsTable,))
    window.open_concern_form()
    concern_form = window.page(PAGE_CONCERN_FORM)
    _type(concern_form.finder.search_box, "lucz")  # every Łuczak and Łuczak-Krężołek
    shots.shoot("concern-form-finder", window)
    shots.finder("concern-form-finder", concern_form.finder)
    concern_form.finder.search_box.clear()
    _type(concern_form.finder.search_box, "hussain")  # two of the same name: the UPN's tail tells them apart
    shots.shoot("concern-form-same-name", window)
    shots.finder("concern-form-same-name", concern_form.finder)
    concern_form.finder.search_box.clear()
    _choose_another_day(concern_form)
    shots.shoot("concern-form-another-day", window)
    concern_form.body_map.canvas.marks_model().add("front", 0.78, 0.3)
    concern_form.body_map.canvas.marks_model().add("back", 0.3, 0.3)
    shots.shoot("concern-form-mark", window)
    concern_form.body_map.panel.first_aid.setFocus()  # the keyboard on a field low in the mark's details
    shots.shoot("concern-form-mark-details-low", window)
    window.show_my_concerns()
    if window.my_concerns.ui.concernsTable.model().rowCount():
        window.my_concerns.ask_for_addendum()
        dialog = window.my_concerns.addendum_dialog()
        if dialog is not None:
            _type(dialog.ui.textEdit, "Her mother phoned: she says the bruise came from a fall at the park.")
            shots.shoot("addendum-dialog", dialog)
            dialog.ui.marksButton.click()
            assert dialog.body_map is not None
            dialog.body_map.canvas.marks_model().add("hands-back", 0.3, 0.6)
            shots.shoot("addendum-dialog-marks", dialog)
            shots.no_scrolling("addendum-dialog-marks", dialog.body_map)
            dialog.reject()
            if dialog.discard_box is not None:
                dialog.discard_box.button(dialog.discard_box.StandardButton.Discard).click()
    window.lock()
    shots.shoot("locked", window)
    window.close()
    shell.shut_down()


def _lead(data_dir: Path, settings: Any, shots: Shooter) -> None:
    from desktop_app.services.demo import demo_password
    from desktop_app.ui.app import AppShell
    from desktop_app.ui.concern_form import install_concern_form
    from desktop_app.ui.lead.chronology_model import ChronologyModel
    from desktop_app.ui.lead.install import (
        PAGE_AUDIT,
        PAGE_DASHBOARD,
        PAGE_FAMILIES,
        PAGE_STAFF,
        install_lead_workspace,
    )
    from desktop_app.ui.lead.queue_model import TriageQueueModel

    made: list[Any] = []
    shell = AppShell(
        data_dir, settings, installers=[install_concern_form, lambda w: made.append(install_lead_workspace(w))]
    )
    shell.start()
    window = _sign_in(shell, LEAD_USER, demo_password(LEAD_USER))
    lead = made[0]
    _wait(lambda: lead.controller.view() is not None and window.ops_running() == 0)
    queue = lead.queue.ui.queueTable
    shots.shoot("lead-queue", window, tables=(queue,), names=((queue, TriageQueueModel.COLUMN_PUPIL),))

    items = lead.controller.view().items
    child = next((i for i in items if "Łuczak-Krężołek" in i.pupil_name), None) or max(
        items, key=lambda i: len(i.flags)
    )
    lead.open_child_file(child.pupil_id, child.concern_id)
    page = lead.child_file
    _wait(lambda: page.view() is not None and window.ops_running() == 0)
    chronology = page.ui.chronologyTable
    checks = {"tables": (chronology,), "names": ((chronology, ChronologyModel.COLUMN_CHILD),)}
    for tab, name in (
        (page.ui.frontSheetTab, "front-sheet"),
        (page.ui.chronologyTab, "chronology"),
        (page.ui.bodyMapTab, "bodymap"),
        (page.ui.workTab, "decisions"),
    ):
        page.ui.tabs.setCurrentWidget(tab)
        shots.shoot(f"lead-file-{name}", window, **checks)
    if page.ui.familyCheck.isEnabled():
        page.ui.tabs.setCurrentWidget(page.ui.chronologyTab)
        page.ui.familyCheck.click()
        _wait(lambda: window.ops_running() == 0 and not chronology.isColumnHidden(ChronologyModel.COLUMN_CHILD))
        shots.shoot("lead-file-family-chronology", window, **checks)
    page.ui.exportButton.click()
    dialog = page.open_dialog()
    if dialog is not None:
        shots.shoot("export-pack-dialog", dialog)
        dialog.reject()

    window.show_page(PAGE_FAMILIES)
    _settle(1.0)
    _wait(lambda: window.ops_running() == 0)
    shots.shoot("lead-families", window)
    _type(lead.families.ui.filterEdit, "lucz")
    shots.shoot("lead-families-find", window)
    for name, page_name in (("lead-dashboard", PAGE_DASHBOARD), ("lead-audit", PAGE_AUDIT), ("lead-staff", PAGE_STAFF)):
        window.show_page(page_name)
        _wait(lambda: window.ops_running() == 0)
        shots.shoot(name, window)
    window.close()
    shell.shut_down()


def _add_long_names_and_a_busy_queue(data_dir: Path) -> None:
    """Children with long names, two of one name, and concerns about them from several staff."""
    from datetime import UTC, datetime, timedelta

    from desktop_app.services.concerns import check_concerns, record_concerns
    from desktop_app.services.demo import demo_password
    from desktop_app.services.directory import import_roster, load_directory
    from desktop_app.services.households import link_household
    from desktop_app.services.session import sign_in
    from desktop_app.services.state import load_state
    from desktop_app.services.store import SchoolStore

    with SchoolStore(data_dir) as store:
        lead = sign_in(store, LEAD_USER, demo_password(LEAD_USER))
        try:
            import_roster(lead, LONG_NAMES.encode())
            state = load_state(lead)
            family = [state.pupil_by_upn(f"H90000000000{n}").pupil_id for n in (1, 2, 3)]
            link_household(lead, state, family)
        finally:
            lead.close()
        staff = sign_in(store, STAFF_USER, demo_password(STAFF_USER))
        try:
            directory = load_directory(staff)
            now = datetime.now(UTC)
            items = [
                {
                    "pupil": upn,
                    "occurred_at": (now - timedelta(days=days, hours=2)).isoformat(),
                    "category": category,
                    "what_happened": what,
                }
                for upn, days, category, what in (
                    ("H900000000001", 9, "neglect", "Zofia came in without a coat again and said she was hungry."),
                    (
                        "H900000000002",
                        6,
                        "physical-abuse",
                        "Maks had a bruise on his cheek; he said he walked into a door.",
                    ),
                    ("H900000000004", 4, "emotional-abuse", "Ахмед was crying in the corridor and would not say why."),
                    (
                        "H900000000005",
                        2,
                        "online-safety",
                        "Ахмед showed a friend messages from an adult he met online.",
                    ),
                    ("H900000000001", 1, "neglect", "Zofia fell asleep in class; her clothes were the same all week."),
                )
            ]
            record_concerns(staff, directory, check_concerns(directory, items))
        finally:
            staff.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", default="en", help="en, cy (Welsh) or pseudo (every string stretched)")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("error: no X display; run under Xvfb with a window manager (see the top of this file)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings

    from desktop_app.crypto import kdf
    from desktop_app.services.demo import DemoOptions, generate_demo_school
    from desktop_app.ui.app import create_application
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.settings import Settings

    kdf.use_test_cost()  # demo accounts only: the test-only cheap Argon2id cost
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "en" else f"-{args.language}"
    shots = Shooter(args.out, suffix)
    with tempfile.TemporaryDirectory(prefix="concern-logger-shots-") as tmp:
        data_dir = Path(tmp) / "demo"
        generate_demo_school(data_dir, DemoOptions(pupils=80, years=2))
        _add_long_names_and_a_busy_queue(data_dir)
        app = create_application()
        install_language(app, args.language)
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        _teacher(data_dir, settings, shots)
        _lead(data_dir, settings, shots)
    for problem in shots.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if shots.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
