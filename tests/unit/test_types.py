"""The type checker guards the packages listed in pyproject.toml's [tool.mypy] `files`, strictly, with no error."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def _mypy(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[str, int]:
    monkeypatch.chdir(ROOT)  # `files` are relative to the checkout
    out, err, status = api.run(["--config-file", str(PYPROJECT), "--cache-dir", os.devnull, *args])
    return out + err, status


def test_the_checked_packages_hold_no_type_error(monkeypatch: pytest.MonkeyPatch) -> None:
    report, status = _mypy(monkeypatch)
    assert status == 0, report


def test_every_package_but_the_windows_is_checked_strictly() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    for package in ("domain", "crypto", "storage", "sync", "services", "reports", "cli"):
        assert f"desktop_app/{package}" in config["files"]


def test_the_check_finds_an_error_in_the_checked_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def age(years):\n    return years\n\n\ndef name() -> str:\n    return 1\n", encoding="utf-8")
    report, status = _mypy(monkeypatch, str(wrong))
    assert status == 1
    assert "Function is missing a type annotation" in report  # strict: an untyped function is refused
    assert 'Incompatible return value type (got "int", expected "str")' in report
