"""`concern-logger --help` and every subcommand's `--help` print what they printed before `build_parser` was split
by subcommand (issue 18), and each command still runs the same handler.

The expectation, tests/unit/data/cli_help.json, was written from the single `build_parser` of commit bd8b0bf at
100 columns under Python 3.11. A deliberate change to the command line rewrites it:
`python -m tests.unit.test_cli_help --write` (then read the diff).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import build_parser, main

EXPECTED = Path(__file__).with_name("data") / "cli_help.json"
COLUMNS = "100"
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


def _describe(parser: argparse.ArgumentParser, path: list[str], out: dict[str, dict[str, str]]) -> None:
    """Each command's help text and handler's name, by its words (`concern-logger hub setup`), in parser order."""
    handler = parser.get_default("handler")
    out["help"][" ".join(path)] = parser.format_help()
    out["handlers"][" ".join(path)] = getattr(handler, "__name__", "")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                _describe(child, [*path, name], out)


def described() -> dict[str, Any]:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = COLUMNS  # argparse wraps at the terminal's width
    try:
        out: dict[str, dict[str, str]] = {"help": {}, "handlers": {}}
        _describe(build_parser(), ["concern-logger"], out)
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    return {"python": PYTHON, **out}


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_every_command_is_there_in_the_same_order_with_the_same_handler(expected: dict[str, Any]) -> None:
    now = described()
    assert list(now["handlers"]) == list(expected["handlers"])
    assert now["handlers"] == expected["handlers"]
    assert len(now["handlers"]) >= 70


def test_every_help_prints_as_before(expected: dict[str, Any]) -> None:
    if expected["python"] != PYTHON:
        pytest.skip(
            f"argparse's layout differs between Pythons; the expectation was written under {expected['python']}"
        )
    now = described()["help"]
    changed = [command for command in expected["help"] if now.get(command) != expected["help"][command]]
    assert changed == []
    assert now == expected["help"]


def test_the_help_a_person_sees_is_the_expected_text(
    expected: dict[str, Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if expected["python"] != PYTHON:
        pytest.skip(
            f"argparse's layout differs between Pythons; the expectation was written under {expected['python']}"
        )
    monkeypatch.setenv("COLUMNS", COLUMNS)
    for words in ([], ["hub", "setup"], ["staff", "revoke-lead"], ["decide"]):
        with pytest.raises(SystemExit) as stopped:
            main([*words, "--help"])
        assert stopped.value.code == 0
        assert capsys.readouterr().out == expected["help"][" ".join(["concern-logger", *words])]


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    EXPECTED.parent.mkdir(exist_ok=True)
    EXPECTED.write_text(json.dumps(described(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}")
