"""Meetings and plans on the command line, end to end: real subprocesses, secrets on stdin, a real store. A lead
records a child-protection conference with its plan, a member of staff lists and completes only her own action,
another member of staff sees nothing and cannot complete it, and every refusal is one `error:` line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS
from tests.e2e.conftest import CliSchool, Ran, assert_one_error, entry_count, run_cli

ZOFIA = "A123456789012"
HELD = date.today() - timedelta(days=14)


def _conference(data_dir: Path, *extra: str) -> Ran:
    return run_cli(
        data_dir, "meeting", "record", ZOFIA, "--type", "cp-conference", "--date", HELD.isoformat(),
        "--attendee", "Jo Bloggs|Social worker|Children's Services", "--attendee", "Alice Lead|DSL|School",
        "--outcome", "cp-plan", "--category", "neglect", "--next", (HELD + timedelta(days=90)).isoformat(),
        "--action", f"Weekly check-in with Zofia|{STAFF}|{(HELD + timedelta(days=7)).isoformat()}",
        "--action", f"Home visit|Jo Bloggs (Children's Services)|{(HELD + timedelta(days=60)).isoformat()}",
        *extra, "--json", "--as", LEAD, secrets=[LEAD_PASS],
    )  # fmt: skip


def test_a_conference_its_plan_and_my_actions_through_the_command_line(cli_school: CliSchool) -> None:
    data_dir = cli_school.data_dir
    ran = run_cli(data_dir, "staff", "add", STAFF2, "--name", "Dev Assistant", "--role", "staff", "--as", LEAD,
                  secrets=[LEAD_PASS, STAFF2_PASS])  # fmt: skip
    assert ran.code == 0, ran.err
    ran = _conference(data_dir)
    assert ran.code == 0, ran.err
    recorded = json.loads(ran.out)
    assert len(recorded["action_ids"]) == 2
    listed = run_cli(data_dir, "meeting", "list", ZOFIA, "--as", LEAD, secrets=[LEAD_PASS])
    assert listed.code == 0, listed.err
    assert f"{HELD.isoformat()}  Initial child-protection conference: Child-protection plan (neglect)" in listed.out
    assert "attended: Jo Bloggs (Social worker, Children's Services)" in listed.out
    assert "[OVERDUE] Weekly check-in with Zofia (Carys Teacher" in listed.out
    assert f"Current plan: Child-protection plan (neglect) since {HELD.isoformat()}" in listed.out

    mine = run_cli(data_dir, "actions", "mine", "--json", "--as", STAFF, secrets=[STAFF_PASS])
    assert mine.code == 0, mine.err
    actions = json.loads(mine.out)["actions"]
    assert [(a["text"], a["upn"], a["overdue"]) for a in actions] == [("Weekly check-in with Zofia", ZOFIA, True)]
    other = run_cli(data_dir, "actions", "mine", "--as", STAFF2, secrets=[STAFF2_PASS])
    assert (other.code, other.out.strip()) == (0, "You have no open actions.")
    short = actions[0]["action_id"][:8]
    before = entry_count(data_dir)
    refused = run_cli(data_dir, "actions", "done", short, "--note", "x", "--as", STAFF2, secrets=[STAFF2_PASS])
    assert assert_one_error(refused) == "error: No action of yours has that id."
    assert entry_count(data_dir) == before  # nothing written
    done = run_cli(data_dir, "actions", "done", short, "--note", "Saw her Monday and Thursday", "--as", STAFF,
                   secrets=[STAFF_PASS])  # fmt: skip
    assert (done.code, done.out.strip()) == (0, "Marked done: Weekly check-in with Zofia"), done.err
    mine = run_cli(data_dir, "action", "mine", "--as", STAFF, secrets=[STAFF_PASS])
    assert mine.out.strip() == "You have no open actions."
    listed = run_cli(data_dir, "meeting", "list", ZOFIA, "--json", "--as", LEAD, secrets=[LEAD_PASS])
    plan_actions = json.loads(listed.out)["meetings"][0]["actions"]
    assert [(a["text"], a["done"]) for a in plan_actions] == [
        ("Weekly check-in with Zofia", True),
        ("Home visit", False),
    ]
    chronology = run_cli(data_dir, "chronology", ZOFIA, "--json", "--as", LEAD, secrets=[LEAD_PASS])
    assert chronology.code == 0, chronology.err
    data = json.loads(chronology.out)
    assert data["front_sheet"]["current_plan"]["words"] == "Child-protection plan (neglect)"
    assert [m["meeting_id"] for m in data["meetings"]] == [recorded["meeting_id"]]
    assert {e["kind"] for e in data["entries"]} >= {"meeting", "action", "action-done"}
    assert any("Saw her Monday and Thursday" in e["summary"] for e in data["entries"])


def test_what_is_wrong_with_a_meeting_is_one_line_and_writes_nothing(cli_school: CliSchool) -> None:
    data_dir = cli_school.data_dir
    before = entry_count(data_dir)
    staff = run_cli(data_dir, "meeting", "list", ZOFIA, "--as", STAFF, secrets=[STAFF_PASS])
    assert assert_one_error(staff) == "error: Only a designated safeguarding lead can do this."
    bad = _conference(data_dir, "--attendee", "Jo Bloggs|Social worker")
    assert 'is not "Name|Role|Agency"' in assert_one_error(bad, 2)
    bad = _conference(data_dir, "--action", "Visit|Jo Bloggs|2026-01-01")
    assert "Name (Agency)" in assert_one_error(bad)
    bad = run_cli(data_dir, "meeting", "record", ZOFIA, "--type", "core-group", "--date", HELD.isoformat(),
                  "--outcome", "cp-plan", "--as", LEAD, secrets=[LEAD_PASS])  # fmt: skip
    line = assert_one_error(bad)
    assert "name at least one attendee" in line and "under a category" in line
    assert entry_count(data_dir) == before
