"""The wheel, installed into a fresh venv far from the checkout, carries everything the app reads: it sets up a
school, records a concern (the taxonomy), makes a referral pack (the fonts) and checks a passphrase (the word list).

Opt-in with the other packaging tests (CONCERN_LOGGER_PACKAGING_TESTS=1; CI sets it): it builds the wheel with pip
(an isolated build, as `pip install .` does) and installs requirements/app.txt with hashes from PyPI or pip's cache,
about a minute on two cores.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import venv
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.packaging.conftest import packaging_lines
from tests.unit.test_reports import flat, open_pdf

ROOT = Path(__file__).resolve().parents[2]
LEFTOVERS = (".git", ".venv", ".venv-win", "build", "dist", "*.egg-info", "__pycache__", "demo-data", ".ruff_cache")
LOCK = ROOT / "requirements" / "app.txt"
PASS = "wheel-test-passphrase-1"
PDF_PASS = "wheel-pdf-password-2"
ZOFIA = "A123456789012"
ROSTER = "upn,forename,surname,date_of_birth,year_group\nA123456789012,Zofia,Łuczak,2019-03-04,R\n"
CONCERN = {
    "pupil": ZOFIA,
    "occurred_at": "2026-03-04T10:15",
    "location": "classroom",
    "category": "neglect",
    "what_happened": "I saw that Zofia had no coat and was shivering.",
    "injuries": [{"view": "front", "x": 0.8, "y": 0.3, "type": "bruise"}],
}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("CONCERN_LOGGER_PACKAGING_TESTS") != "1",
        reason="opt-in (about a minute, fetches from PyPI): set CONCERN_LOGGER_PACKAGING_TESTS=1",
    ),
]


def _run(command: list[str], cwd: Path, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=900)


def _timed(label: str, command: list[str], cwd: Path, env: dict[str, str], report: Callable[[str], None]) -> None:
    started = time.monotonic()
    done = _run(command, cwd, env)
    assert done.returncode == 0, f"{label}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    report(f"[wheel] {label}: {time.monotonic() - started:.0f} s")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    report = packaging_lines.append
    """A fresh venv in a temporary folder holding requirements/app.txt and the wheel built from this checkout."""
    work = tmp_path_factory.mktemp("wheel")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env |= {"HOME": str(work / "home"), "XDG_DATA_HOME": str(work / "home" / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env |= {"CONCERN_LOGGER_CONFIG": str(work / "config.toml")}  # an empty machine configuration
    (work / "home").mkdir()
    (work / "config.toml").write_text("", encoding="utf-8")
    target = work / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = str(target / "bin" / "python")
    pip = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    # Built from a copy without the checkout's build leftovers (an old egg-info's file list would hide a gap).
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFTOVERS))
    _timed("wheel built", [python, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist"), str(source)],
           work, env, report)  # fmt: skip
    wheel = next((work / "dist").glob("concern_logger-*.whl"))
    report(f"[wheel] {wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB")
    _timed("requirements/app.txt installed", [*pip, "--require-hashes", "-r", str(LOCK)], work, env, report)
    _timed("wheel installed", [*pip, "--no-deps", str(wheel)], work, env, report)
    site = next(target.glob("lib/python3*/site-packages"))
    report(f"[wheel] the venv: {sum(f.stat().st_size for f in site.rglob('*') if f.is_file()) / 1e6:.0f} MB installed")
    return target, env


def test_the_installed_package_lives_in_the_venv_with_its_resources(installed: tuple[Path, dict[str, str]]) -> None:
    target, env = installed
    probe = "import desktop_app.paths as p; print(p.__file__); print(p.resources_dir())"
    done = _run([str(target / "bin" / "python"), "-c", probe], target.parent, env)
    assert done.returncode == 0, done.stderr
    module, resources = done.stdout.split()
    assert Path(module).is_relative_to(target) and not Path(module).is_relative_to(ROOT), module
    source = ROOT / "desktop_app" / "resources"
    shipped = {path.relative_to(source) for path in source.rglob("*")}
    installed_files = {path.relative_to(resources) for path in Path(resources).rglob("*")}
    assert shipped <= installed_files, f"not in the wheel: {sorted(map(str, shipped - installed_files))}"


def test_the_installed_cli_records_a_concern_and_makes_a_referral_pack(installed: tuple[Path, dict[str, str]]) -> None:
    target, env = installed
    work = target.parent
    app = str(target / "bin" / "concern-logger")
    data = str(work / "school")
    (work / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (work / "concern.json").write_text(json.dumps(CONCERN), encoding="utf-8")

    def cli(*args: str, secrets: tuple[str, ...] = (PASS,)) -> str:
        done = _run([app, "--data-dir", data, *args], work, env, stdin="".join(f"{s}\n" for s in secrets))
        assert done.returncode == 0, f"{args[0]}: {done.stdout[-1500:]}{done.stderr[-3000:]}"
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    cli("setup", "--school", "Wheel Primary", "--lead", "w.lead", "--lead-name", "Wendy Lead", secrets=(PASS, PASS))
    cli("roster", "import", str(work / "roster.csv"), "--as", "w.lead")
    assert "neglect" in cli("category", "list", "--as", "w.lead")  # the taxonomy
    assert "CL-" in cli("record", "--as", "w.lead", "--from", str(work / "concern.json"))
    assert "no coat and was shivering" in cli("chronology", ZOFIA, "--as", "w.lead")
    pack = work / "pack.pdf"
    assert "Referral pack RP-" in cli("referral-pack", ZOFIA, "--as", "w.lead", "--out", str(pack),
                                      secrets=(PASS, PDF_PASS))  # fmt: skip
    reader, text = open_pdf(pack.read_bytes(), PDF_PASS)
    assert "Łuczak" in text and "no coat and was shivering" in flat(text)
    fonts = {str(font.get_object()["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any(name.endswith("DejaVuSans") for name in fonts), fonts  # set in the shipped font, subset-tagged
    assert cli("verify", "--as", "w.lead").startswith("OK: ")


def test_a_missing_resource_is_one_line_not_a_traceback(installed: tuple[Path, dict[str, str]]) -> None:
    """A damaged installation (IT deleted a file) is named, with what to do, in one `error:` line."""
    target, env = installed
    taxonomy = next(target.glob("lib/python3*/site-packages/desktop_app/resources/taxonomy/categories.json"))
    moved = taxonomy.with_suffix(".json.away")
    taxonomy.rename(moved)
    try:
        done = _run([str(target / "bin" / "concern-logger"), "--data-dir", str(target.parent / "school"), "category",
                     "list", "--as", "w.lead"], target.parent, env, stdin=f"{PASS}\n")  # fmt: skip
    finally:
        moved.rename(taxonomy)
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    expected = f"error: a file of the app's installation is missing (reinstall Concern Logger): {taxonomy}"
    assert done.stderr.strip() == expected
