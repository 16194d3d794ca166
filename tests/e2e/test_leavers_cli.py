"""Leavers on the command line, end to end (issue 14, item 4): a roster without a pupil is refused until the lead
says when the child left; then the queue asks for the child's file, due 5 school days from that day."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.leavers import send_by
from tests.conftest import LEAD, LEAD_PASS, ROSTER_CSV
from tests.e2e.conftest import CliSchool, entry_count, run_cli
from tests.e2e.test_lead_workflow_cli import concern, record

ZOFIA, JAKUB = "A123456789012", "A123456789013"


@pytest.fixture
def school(cli_school_template: CliSchool, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    return data_dir


def lead(data_dir: Path, *args: str):
    return run_cli(data_dir, *args, "--as", LEAD, secrets=[LEAD_PASS])


def test_a_roster_without_a_pupil_asks_when_they_left_then_the_queue_asks_for_their_file(
    school: Path, tmp_path: Path
) -> None:
    record(school, tmp_path, concern(ZOFIA, "Bruise on her arm at lunch", hours_ago=100))
    roster = tmp_path / "roster.csv"
    roster.write_bytes(b"\n".join(line for line in ROSTER_CSV.split(b"\n") if ZOFIA.encode() not in line))
    held = entry_count(school)

    refused = lead(school, "roster", "import", str(roster))
    assert refused.code == 1 and refused.out == ""
    head, *listed = refused.err.splitlines()
    assert head.startswith("error: nothing was imported: 1 pupil(s) on roll are not in this file")
    assert "--leaver UPN=DATE" in head and "--keep-missing" in head
    assert listed == [f"  Zofia Łuczak ({ZOFIA}, has a child-protection file)"]
    assert entry_count(school) == held

    future = (date.today() + timedelta(days=3)).isoformat()
    ran = lead(school, "roster", "import", str(roster), "--leaver", f"{ZOFIA}={future}")
    assert ran.code != 0 and "in the future" in ran.err and entry_count(school) == held
    bad = lead(school, "roster", "import", str(roster), "--leaver", "tomorrow")
    assert bad.code != 0 and "UPN=DATE" in bad.err

    left_on = date.today() - timedelta(days=1)
    ran = lead(school, "roster", "import", str(roster), "--leaver", f"{ZOFIA}={left_on.isoformat()}")
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0] == "Roster imported: 0 added, 0 updated, 3 unchanged."
    assert lines[1] == "1 leaver(s) recorded:"
    assert f"send the child-protection file by {send_by(left_on):%a %d %b %Y}" in lines[2]

    queue = json.loads(lead(school, "triage", "--json").out)
    [task] = [item for item in queue if item["stage"] == "Left the school: send the child-protection file"]
    assert task["upn"] == ZOFIA and task["due_at"].startswith(send_by(left_on).isoformat())
    assert "weekends skipped; no closure days are recorded" in task["summary"]
    text = lead(school, "triage").out
    assert "Left the school: send the child-protection file: Zofia Łuczak" in text

    again = lead(school, "roster", "import", str(roster))  # she is a leaver now: not missing, nothing asked
    assert again.code == 0 and "leaver" not in again.out, again.out


def test_a_partial_roster_keeps_missing_pupils_on_roll_when_told(school: Path, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_bytes(b"\n".join(line for line in ROSTER_CSV.split(b"\n") if JAKUB.encode() not in line))
    ran = lead(school, "roster", "import", str(roster), "--keep-missing")
    assert ran.code == 0, ran.err
    assert "1 pupil(s) on roll are not in this file and stay on roll:" in ran.out and "Jakub" in ran.out
    queue = json.loads(lead(school, "triage", "--json").out)
    assert not [item for item in queue if item["stage"].startswith("Left the school")]
