"""Screenshots of the app's main screens under a real X display, for checking clipped or overlapping text.

Run from the checkout (makes a small demo school in a temporary folder; PNGs go to screenshots/, git-ignored):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/screenshots.py [--pseudo]

`--pseudo` stretches every string by 40% (the pseudo-locale) to show where a longer language would clip.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1024, 768))
DEMO_USER = "r.okafor"


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("error: the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.3) -> None:
    """Let layouts and painting finish before a grab."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pseudo", action="store_true", help="stretch every string (pseudo-locale)")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print('error: no X display; run under xvfb-run -s "-screen 0 1366x768x24"', file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.crypto import kdf
    from desktop_app.services.demo import DemoOptions, demo_password, generate_demo_school
    from desktop_app.ui.app import AppShell, create_application
    from desktop_app.ui.i18n import PseudoTranslator
    from desktop_app.ui.settings import Settings

    kdf.use_test_cost()  # demo accounts only: the test-only cheap Argon2id cost
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-pseudo" if args.pseudo else ""
    with tempfile.TemporaryDirectory(prefix="concern-logger-shots-") as tmp:
        generate_demo_school(Path(tmp) / "demo", DemoOptions(pupils=80, years=2))
        app = create_application()
        if args.pseudo:
            translator = PseudoTranslator()
            app.installTranslator(translator)
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        from desktop_app.ui.concern_form import install_concern_form

        shell = AppShell(Path(tmp) / "demo", settings, installers=[install_concern_form])

        def shoot(widget: QWidget, name: str) -> None:
            _settle()
            path = args.out / f"{name}{suffix}.png"
            widget.grab().save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

        nowhere = AppShell(Path(tmp) / "no-school-here", settings)
        nowhere.start()
        _wait(lambda: nowhere.no_school_box is not None or nowhere.first_run is not None)  # a new PC: the wizard
        shoot(nowhere.no_school_box or nowhere.first_run, "no-school-message")
        nowhere.shut_down()

        form = shell.start()
        _wait(lambda: form.school() is not None)
        for width, height in SIZES:
            form.resize(width, height)
            shoot(form, f"sign-in-{width}x{height}")
        form.ui.usernameEdit.setText(DEMO_USER)
        form.ui.passwordEdit.setText("not-the-password")
        form.submit()
        _wait(lambda: form.ui.messageLabel.isVisible())
        shoot(form, "sign-in-refused-1024x768")

        form.ui.usernameEdit.setText(DEMO_USER)
        form.ui.passwordEdit.setText(demo_password(DEMO_USER))
        form.submit()
        _wait(lambda: shell.main_window is not None and shell.main_window.isVisible())
        window = shell.main_window
        assert window is not None
        for width, height in SIZES:
            window.resize(width, height)
            shoot(window, f"main-{width}x{height}")

        window.open_concern_form()
        concern_form = window.page("concern-form")
        concern_form.finder.search_box.setFocus()
        canvas = concern_form.body_map.canvas
        canvas.marks_model().add("front", 0.78, 0.3)
        for width, height in SIZES:
            window.resize(width, height)
            shoot(window, f"concern-form-{width}x{height}")
        window.show_my_concerns()

        window.my_concerns.ask_for_addendum()
        dialog = window.my_concerns.addendum_dialog()
        assert dialog is not None
        dialog.ui.textEdit.setPlainText(
            "Her mother phoned: she says the bruise came from a fall at the park on Sunday."
        )
        shoot(dialog, "addendum-dialog")
        dialog.reject()

        window.lock()
        for width, height in SIZES:
            window.resize(width, height)
            shoot(window, f"locked-{width}x{height}")
        window.close()
        shell.shut_down()
        QApplication.processEvents()
        _shoot_lead_workspace(Path(tmp) / "demo", settings, shoot)
    return 0


def _shoot_lead_workspace(data_dir: Path, settings: object, shoot: Callable[..., None]) -> None:
    """The designated lead's queue, a child's file (chronology and body-map history) and the dashboard."""
    from desktop_app.services.demo import demo_password
    from desktop_app.ui.app import AppShell
    from desktop_app.ui.lead.install import PAGE_DASHBOARD, install_lead_workspace

    made = []
    shell = AppShell(data_dir, settings, installers=[lambda w: made.append(install_lead_workspace(w))])  # type: ignore[arg-type]
    form = shell.start()
    _wait(lambda: form.school() is not None)
    form.ui.usernameEdit.setText("dsl")
    form.ui.passwordEdit.setText(demo_password("dsl"))
    form.submit()
    _wait(lambda: bool(made) and made[0].controller.view() is not None and shell.main_window is not None)
    window, lead = shell.main_window, made[0]
    items = lead.controller.view().items
    child = max(items, key=lambda item: (len(item.flags), item.category == "physical-abuse"))
    for width, height in SIZES:
        window.resize(width, height)
        shoot(window, f"lead-queue-{width}x{height}")
    lead.open_child_file(child.pupil_id, child.concern_id)
    _wait(lambda: lead.child_file.view() is not None and lead.window.ops_running() == 0)
    for tab, name in ((lead.child_file.ui.chronologyTab, "chronology"), (lead.child_file.ui.bodyMapTab, "bodymap")):
        lead.child_file.ui.tabs.setCurrentWidget(tab)
        for width, height in SIZES:
            window.resize(width, height)
            shoot(window, f"lead-file-{name}-{width}x{height}")
    window.show_page(PAGE_DASHBOARD)
    _wait(lambda: lead.dashboard.dashboard() is not None)
    for width, height in SIZES:
        window.resize(width, height)
        shoot(window, f"lead-dashboard-{width}x{height}")
    window.close()
    shell.shut_down()


if __name__ == "__main__":
    raise SystemExit(main())
