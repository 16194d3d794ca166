"""Attacks on the packs drawn from one child's file (issue 14): a settings entry naming a file as its time zone, an
external version that should leave out what the school marks internal and nothing else, a recovery sheet aimed at
a planted symbolic link, and the window writing a recovery sheet round the service."""

from __future__ import annotations

import ast
import io
import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

import desktop_app
from desktop_app.domain.setting_checks import DEFAULT_TIME_ZONE
from desktop_app.domain.triage.lead_settings import LeadSettings, change_settings
from desktop_app.services import pack_files
from desktop_app.services.recovery_sheet import write_recovery_sheet
from desktop_app.services.referral import ReferralOptions, export_referral_pack
from desktop_app.services.state import load_state
from desktop_app.services.triage import current_settings, save_settings
from tests.conftest import School
from tests.rich_case import ZOFIA, record_rich_case

PASSWORD = "pdf-password-1"


@pytest.mark.parametrize(
    "name", ["../../../../etc/passwd", "/etc/localtime", "", "Europe/" + "x" * 200, "Mars/Olympus", "\x00"]
)
def test_a_time_zone_that_is_a_path_or_nonsense_is_refused_and_never_read(name: str) -> None:
    assert change_settings(LeadSettings(), [f"time_zone={name}"]).problems()
    held = LeadSettings.from_payload({"time_zone": name})  # a settings entry written by a modified app
    assert held.time_zone == DEFAULT_TIME_ZONE and str(held.zone) == DEFAULT_TIME_ZONE
    assert LeadSettings.from_payload({"time_zone": 7}).time_zone == DEFAULT_TIME_ZONE


def test_unknown_internal_parts_are_refused_and_dropped_when_read() -> None:
    assert change_settings(LeadSettings(), ["internal_parts=opinion,everything"]).problems()
    held = LeadSettings.from_payload({"internal_parts": ["opinion", "names", 3]})
    assert held.internal_parts == ()  # not a list of text: the default, nothing internal
    held = LeadSettings.from_payload({"internal_parts": ["opinion", "names"]})
    assert held.internal_parts == ("opinion",)


def _words(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.decrypt(PASSWORD)
    return " ".join("\n".join(page.extract_text() for page in reader.pages).split())


def test_the_external_version_leaves_out_what_the_school_marks_internal_and_keeps_who_to_contact(
    school: School, tmp_path: Path
) -> None:
    record_rich_case(school)
    lead = school.lead()
    internal_words = ("She seemed frightened of going home", "Check in with Zofia each morning",
                      "Finger marks on a 3-year-old: refer")  # fmt: skip
    kept = ("Carys Teacher (Year 1 teacher)", "I (Carys Teacher, Year 1 teacher)", "Dev Assistant (Teaching assistant)",
            "Alice Lead", "Mummy's friend pushed me", "Told the DSL at once")  # fmt: skip

    plain = tmp_path / "external-nothing-marked.pdf"
    export_referral_pack(lead, ZOFIA, plain, PASSWORD, ReferralOptions(external=True))
    words = _words(plain)
    assert all(text in words for text in internal_words + kept)
    assert "The school marks nothing internal" in words

    state = load_state(lead)
    marked = change_settings(current_settings(state), ["internal_parts=opinion,actions,sign-offs"])
    save_settings(lead, state, marked)
    external, internal = tmp_path / "external.pdf", tmp_path / "internal.pdf"
    export_referral_pack(lead, ZOFIA, external, PASSWORD, ReferralOptions(external=True))
    export_referral_pack(lead, ZOFIA, internal, PASSWORD, ReferralOptions())
    outside, inside = _words(external), _words(internal)
    for text in internal_words:
        assert text not in outside and text in inside
    for text in kept:
        assert text in outside and text in inside
    assert "Left out, as the school marks it internal: staff members' opinions" in outside
    assert "A second lead challenges the decision" not in outside and "A second lead challenges the decision" in inside


def test_a_recovery_sheet_aimed_at_a_planted_link_replaces_the_link_never_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "victim.txt"
    target.write_text("someone else's file")
    link = tmp_path / "sheet.pdf"
    link.symlink_to(target)
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(pack_files.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    written = write_recovery_sheet(link, "Hillside Primary School", "7K2QD-9XAM3", "Alice Lead", tmp_path)
    assert target.read_text() == "someone else's file"
    assert not written.is_symlink() and written.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert len(synced) >= 2  # the file's bytes, then the folder's entry for it
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".concern-logger-")] == []


def test_nothing_in_the_window_or_the_command_line_builds_a_pdf_itself() -> None:
    """The recovery sheet (and every pack) reach the disk only through a service: no module of the GUI or the CLI
    imports `desktop_app.reports`."""
    root = Path(desktop_app.__file__).parent
    offenders = []
    for folder in ("ui", "cli"):
        for path in (root / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                offenders += [f"{path.relative_to(root)}: {n}" for n in names if n.startswith("desktop_app.reports")]
    assert offenders == []
