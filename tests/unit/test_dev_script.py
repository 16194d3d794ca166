"""`dev.py`: `cli` runs the checkout's concern-logger, the install step says how to put it on the PATH, and the
Python packages come from the hash-locked requirements/dev.txt."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_runs_the_checkouts_command_with_its_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _dev()
    monkeypatch.setattr(dev, "ensure_venv", lambda: Path(sys.executable))  # this venv stands in for .venv
    ran: list[list[str]] = []
    real_run = subprocess.run

    def recording_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        ran.append(command)
        return real_run(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(dev.subprocess, "run", recording_run)
    monkeypatch.setattr(sys, "argv", ["dev.py", "cli", "--version"])
    assert dev.main() == 0
    assert ran == [[sys.executable, "-m", "desktop_app", "--version"]]
    monkeypatch.setattr(sys, "argv", ["dev.py", "cli", "no-such-command"])
    assert dev.main() == 2  # argparse's usage error, passed through


def test_an_unknown_command_gets_the_usage(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    dev = _dev()
    monkeypatch.setattr(sys, "argv", ["dev.py", "install"])
    assert dev.main() == 2
    assert "python3 dev.py cli [ARGS]" in capsys.readouterr().out


def test_the_install_step_says_how_to_run_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    dev = _dev()
    dev.say_where_the_command_is()
    out = capsys.readouterr().out
    assert f"{ROOT / '.venv' / 'bin' / 'concern-logger'}" in out
    assert "python3 dev.py cli --help" in out and "/bin/activate" in out and "~/.local/bin" in out


def test_the_venv_is_installed_from_the_lock_with_hashes() -> None:
    dev = _dev()
    assert dev.LOCK == ROOT / "requirements" / "dev.txt"
    pins = [line for line in dev.LOCK.read_text().splitlines() if "==" in line and not line.startswith("#")]
    assert pins and all(line.rstrip().endswith("\\") for line in pins), "every pin is followed by its hashes"
    assert any(line.startswith("pyside6-essentials==6.11.") for line in pins)  # below 6.12, as pyproject says
    for name in ("pyinstaller==", "setuptools==", "pytest==", "cryptography=="):
        assert any(line.startswith(name) for line in pins), name
