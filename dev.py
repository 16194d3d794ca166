#!/usr/bin/env python3
"""Set up and run Concern Logger from a checkout.

    python3 dev.py demo          opens the app on a demo school
    python3 dev.py test [ARGS]   runs the whole test suite (ARGS go to pytest)
    python3 dev.py cli [ARGS]    runs the `concern-logger` command of the checkout, e.g. `python3 dev.py cli --version`

Each creates `.venv/` and installs what it needs: the Python packages at the versions and hashes of
requirements/dev.txt (refreshed with `python3 tools/lock.py`), the app itself editable."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
LOCK = ROOT / "requirements" / "dev.txt"  # the app, its tests and its build tools, with hashes
DEMO_DIR = ROOT / "demo-data"

# Debian/Ubuntu packages Qt needs: offscreen (tests), and a real window (the app).
QT_OFFSCREEN = ["libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6", "libglib2.0-0",
                "libxkbcommon0"]  # fmt: skip
QT_WINDOW = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-render-util0", "libxcb-shape0",
             "libxcb-xkb1", "libxkbcommon-x11-0"]  # fmt: skip
TEST_TOOLS = ["poppler-utils", "postgresql", "msitools", "wixl"]  # pdftotext; PostgreSQL for the hub; the MSI check


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def missing_packages(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []  # not Debian-like: trust the machine
    missing = []
    for name in names:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False)
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def ensure_system_packages(names: list[str]) -> None:
    missing = missing_packages(names)
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit(f"[dev] please install these system packages first: sudo apt-get install -y {' '.join(missing)}")
    say(f"installing system packages: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        sys.exit(f"[dev] Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    if not venv_python().exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + LOCK.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        say("installing Python packages into .venv from requirements/dev.txt (first run takes a minute or two)")
        py = str(venv_python())
        pip = [py, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True)
        # The app itself, built by the locked setuptools (no isolated build fetching an unpinned one).
        subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
        STAMP.write_text(wanted)
        say_where_the_command_is()
    return venv_python()


def say_where_the_command_is() -> None:
    """`concern-logger` lives in .venv/bin, which is not on the PATH: say the ways to run it."""
    command = VENV / ("Scripts/concern-logger.exe" if os.name == "nt" else "bin/concern-logger")
    say(f"the concern-logger command is {command}; to run it:")
    say("  from this folder:          python3 dev.py cli --help")
    say(f"  on this shell's PATH:      . {VENV / 'bin' / 'activate'}")
    say(f"  on every shell's PATH:     ln -s {command} ~/.local/bin/   (where ~/.local/bin is on the PATH)")


def run_demo(extra: list[str]) -> int:
    ensure_system_packages(QT_OFFSCREEN + QT_WINDOW)
    py = ensure_venv()
    if not (DEMO_DIR / "school.sqlite3").exists():
        say(f"generating the demo school in {DEMO_DIR}")
        subprocess.run([str(py), "-m", "desktop_app", "--data-dir", str(DEMO_DIR), "demo"], check=True)
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        say("this machine has no display to open a window on; the demo school is ready in demo-data/.")
        say('to look at it here: apt-get install -y xvfb && xvfb-run -s "-screen 0 1366x768x24" python3 dev.py demo')
        return 1
    say("opening the app (sign in with a DEMO account shown on the sign-in window)")
    return subprocess.run([str(py), "-m", "desktop_app", "--data-dir", str(DEMO_DIR), *extra], check=False).returncode


def run_tests(extra: list[str]) -> int:
    ensure_system_packages(QT_OFFSCREEN + TEST_TOOLS)
    py = ensure_venv()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    say("ruff check")
    lint = subprocess.run([str(py), "-m", "ruff", "check", str(ROOT)], cwd=ROOT, check=False, env=env)
    say("pytest")
    tests = subprocess.run([str(py), "-m", "pytest", *extra], cwd=ROOT, check=False, env=env)
    return lint.returncode or tests.returncode


def run_cli(extra: list[str]) -> int:
    py = ensure_venv()
    return subprocess.run([str(py), "-m", "desktop_app", *extra], check=False).returncode


def main() -> int:
    commands = {"demo": run_demo, "test": run_tests, "cli": run_cli}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
