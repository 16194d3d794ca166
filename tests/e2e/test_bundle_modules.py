"""The commands that need more than the window work without the modules the PyInstaller spec leaves out.

The bundle once crashed on every referral pack with "No module named 'PIL'" (reportlab 5 imports Pillow for every
PDF; the spec excluded it as optional). Here the command line runs with the spec's exclusions in force
(tests/e2e/cli_as_bundled.py), so such an exclusion fails on Linux, in seconds, without building a bundle."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS
from tests.e2e.cli_as_bundled import excluded_modules
from tests.e2e.conftest import REPO, CliSchool
from tests.unit.test_reports import flat, open_pdf

PDF_PASS = "pdf-password-2"
ZOFIA = "A123456789012"


def as_bundled(data_dir: Path, *args: str, secrets: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.e2e.cli_as_bundled", "--data-dir", str(data_dir), *args],
        input="".join(f"{secret}\n" for secret in secrets),
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_the_exclusions_are_read_from_the_spec_and_enforced(tmp_path: Path) -> None:
    excluded = excluded_modules()
    assert "tkinter" in excluded and "PySide6.QtNetwork" in excluded
    ran = subprocess.run(
        [sys.executable, "-m", "tests.e2e.cli_as_bundled", "--version"], capture_output=True, text=True,
        cwd=REPO, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    probe = "import runpy, sys; sys.argv = ['x']; import tests.e2e.cli_as_bundled as c; "
    probe += "sys.meta_path.insert(0, c.LeftOut(c.excluded_modules())); import tkinter"
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=False)
    assert "No module named 'tkinter' (left out of the bundle)" in ran.stderr


def test_a_referral_pack_is_written_with_only_what_the_bundle_holds(cli_school: CliSchool, tmp_path: Path) -> None:
    concern = {
        "pupil": ZOFIA,
        "category": "physical-abuse",
        "occurred_at": "2024-03-04T09:15:00+00:00",
        "what_happened": "I saw a bruise on Zofia's cheek at registration.",
        "injuries": [{"view": "head-left", "x": 0.55, "y": 0.62, "region": "cheek-left", "type": "bruise"}],
    }
    (tmp_path / "concern.json").write_text(json.dumps(concern), encoding="utf-8")
    ran = as_bundled(cli_school.data_dir, "record", "--from", str(tmp_path / "concern.json"), "--as", STAFF,
                     secrets=[STAFF_PASS])  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    out = tmp_path / "pack.pdf"
    ran = as_bundled(cli_school.data_dir, "referral-pack", ZOFIA, "--as", LEAD, "--out", str(out),
                     secrets=[LEAD_PASS, PDF_PASS])  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    _, text = open_pdf(out.read_bytes(), PDF_PASS)
    assert "Łuczak" in text and "left cheek" in flat(text)
