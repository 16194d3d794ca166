"""The command line end to end: real subprocesses, secrets on stdin, real stores; every error is one clear line."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app import __version__
from desktop_app.domain.bodymap import REGION_CODES
from tests.conftest import LEAD, LEAD_PASS, ROSTER_CSV, STAFF, STAFF_PASS
from tests.e2e.conftest import SCHOOL_NAME, CliSchool, Ran, assert_one_error, entry_count, run_cli

RECOVERY_CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$")
RECORDED_LINE = re.compile(r"^(CL-[0-9A-F]{8})  ([0-9a-f-]{36})  ([A-Z0-9]{13})  sent to the safeguarding team$")
ZOFIA = "A123456789012"


def recorded_line(line: str) -> tuple[str, str, str]:
    """The reference, entry id and UPN from one line printed by `record`."""
    found = RECORDED_LINE.match(line)
    assert found, line
    reference, entry_id, upn = found.groups()
    return reference, entry_id, upn


def as_lead(school: CliSchool, *args: str, secrets: tuple[str, ...] = (LEAD_PASS,)) -> Ran:
    return run_cli(school.data_dir, *args, "--as", LEAD, secrets=secrets)


def record(school: CliSchool, tmp_path: Path, data: Any, name: str = "concern.json") -> Ran:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return run_cli(school.data_dir, "record", "--from", str(path), "--as", STAFF, secrets=[STAFF_PASS])


def concern(upn: str = ZOFIA, *, hours_ago: float = 2, **fields: Any) -> dict[str, Any]:
    return {
        "pupil": upn,
        "occurred_at": (datetime.now(UTC) - timedelta(hours=hours_ago)).isoformat(timespec="seconds"),
        "category": "physical-abuse",
        "what_happened": "Bruise on her upper arm seen when she took off her coat",
        **fields,
    }


# --- setting up ----------------------------------------------------------------------------------------------


def test_setup_prints_a_recovery_code_once_and_refuses_a_second_school(tmp_path: Path) -> None:
    data_dir = tmp_path / "new-school"
    args = ("setup", "--school", SCHOOL_NAME, "--lead", LEAD, "--lead-name", "Alice Lead")
    first = run_cli(data_dir, *args, secrets=[LEAD_PASS])
    assert (first.code, first.err) == (0, "")
    lines = first.out.splitlines()
    assert lines[0] == f"School {SCHOOL_NAME!r} set up in {data_dir}; first lead: {LEAD}."
    code = lines[lines.index("RECOVERY CODE (shown once; print it and keep it in the school safe):") + 1].strip()
    assert RECOVERY_CODE.match(code), code
    held = entry_count(data_dir)

    again = run_cli(data_dir, *args, secrets=["another-passphrase"])
    assert assert_one_error(again) == f"error: A school already exists in {data_dir}; nothing was changed."
    assert again.out == ""
    assert entry_count(data_dir) == held


def test_version() -> None:
    ran = run_cli(Path("unused"), "--version")
    assert (ran.code, ran.out.strip(), ran.err) == (0, f"concern-logger {__version__}", "")


# --- the roster ----------------------------------------------------------------------------------------------

HEADER = b"upn,forename,surname,date_of_birth,year_group\n"
HOSTILE_ROSTERS = {
    "a formula, a duplicate UPN and a bad date": (
        HEADER
        + b"A123456789099,=cmd|' /C calc'!A0,Smith,2016-01-20,5\n"
        + b"A123456789098,Amy,Smith,2016-01-20,5\n"
        + b"A123456789098,Ben,Smith,2017-02-21,4\n"
        + b"A123456789097,Cal,Jones,31/02/2016,5\n",
        [
            "line 2, forename: ",
            "looks like a spreadsheet formula",
            "line 4, upn: ",
            "is also on line 3",
            "line 5, date_of_birth: ",
            "is not a real date",
        ],
    ),
    "cp1252 bytes": (HEADER + "A123456789099,Zoë,Brontë,2016-01-20,5\n".encode("cp1252"), ["not UTF-8"]),
    "a 10 MB cell": (
        b"upn,forename,surname,date_of_birth,year_group,address\n"
        + b"A123456789099,Amy,Smith,2016-01-20,5,"
        + b"x" * (10 * 2**20)
        + b"\n",
        ["a cell is longer than"],
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE_ROSTERS))
def test_a_hostile_roster_is_rejected_whole_with_its_problems_listed(
    cli_school: CliSchool, tmp_path: Path, kind: str
) -> None:
    data, expected = HOSTILE_ROSTERS[kind]
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    held = entry_count(cli_school.data_dir)
    ran = as_lead(cli_school, "roster", "import", str(path))
    assert ran.code == 1
    assert "Traceback" not in ran.err
    assert ran.out == ""
    head, *problems = ran.err.splitlines()
    assert re.fullmatch(r"error: roster rejected, nothing was imported: \d+ problem\(s\)", head), head
    assert problems and all(line.startswith("  ") for line in problems), ran.err
    for words in expected:
        assert any(words in line for line in problems), (words, ran.err)
    assert len(ran.err) < 2000  # a huge cell is described, never echoed
    assert entry_count(cli_school.data_dir) == held


def test_importing_an_unchanged_roster_again_adds_nothing(cli_school: CliSchool, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER_CSV)
    held = entry_count(cli_school.data_dir)
    ran = as_lead(cli_school, "roster", "import", str(path))
    assert (ran.code, ran.out.strip()) == (0, "Roster imported: 0 added, 0 updated, 4 unchanged."), ran.err
    assert entry_count(cli_school.data_dir) == held


# --- recording and reading -----------------------------------------------------------------------------------


def test_a_list_of_concerns_is_recorded_and_read_back_in_the_order_things_happened(
    cli_school: CliSchool, tmp_path: Path
) -> None:
    items = [
        concern(hours_ago=3, what_happened="Came in hungry and asked for toast"),
        concern(hours_ago=24 * 5, what_happened="Backdated: told me on Monday that Dad hit her", category="disclosure"),
        concern("B123456789014", hours_ago=1, what_happened="Ахмед had a cut lip"),
    ]
    ran = record(cli_school, tmp_path, items)
    assert (ran.code, ran.err) == (0, "")
    recorded = [recorded_line(line) for line in ran.out.splitlines()]
    assert [upn for _ref, _id, upn in recorded] == [ZOFIA, ZOFIA, "B123456789014"]
    assert len({entry_id for _ref, entry_id, _upn in recorded}) == 3

    shown = as_lead(cli_school, "chronology", ZOFIA, "--json")
    assert (shown.code, shown.err) == (0, "")
    file = json.loads(shown.out)
    assert file["pupil"]["name"] == "Zofia Łuczak"
    assert file["pupil"]["upn"] == ZOFIA
    entries = file["entries"]
    assert [e["entry_id"] for e in entries] == [recorded[1][1], recorded[0][1]]  # the backdated one first
    assert [e["occurred_at"] for e in entries] == sorted(e["occurred_at"] for e in entries)
    assert [e["recorded_late"] for e in entries] == [True, False]
    assert entries[0]["category"] == "disclosure"
    assert entries[0]["summary"] == "Backdated: told me on Monday that Dad hit her"
    assert entries[0]["recorded_by"] == "Carys Teacher (Member of staff)"  # no job title: the role in words


def test_an_unknown_region_records_nothing_and_lists_the_valid_ones(cli_school: CliSchool, tmp_path: Path) -> None:
    held = entry_count(cli_school.data_dir)
    items = [concern(), concern(injuries=[{"view": "front", "x": 0.5, "y": 0.5, "region": "elbow"}])]
    message = assert_one_error(record(cli_school, tmp_path, items))
    assert message.startswith("error: Nothing was recorded: concern 2: injuries[0].region: unknown region 'elbow'")
    assert message.endswith("valid regions: " + ", ".join(REGION_CODES))
    assert entry_count(cli_school.data_dir) == held


# --- signing in ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("username", "password"), [(LEAD, "not-the-passphrase"), ("nobody.here", LEAD_PASS)])
def test_wrong_sign_in_details_get_one_plain_line(cli_school: CliSchool, username: str, password: str) -> None:
    ran = run_cli(cli_school.data_dir, "staff", "list", "--as", username, secrets=[password])
    assert assert_one_error(ran) == "error: Username or password not recognised."
    assert ran.err == "error: Username or password not recognised.\n"
    assert ran.out == ""


# --- backup, restore and verify ------------------------------------------------------------------------------


def test_record_one_concern_back_up_and_restore(cli_school: CliSchool, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    ran = run_cli(cli_school.data_dir, "backup", str(backup))
    in_backup = entry_count(cli_school.data_dir)
    assert (ran.code, ran.out.strip(), ran.err) == (0, f"Backed up {in_backup} entries to {backup}.", "")

    # One concern (a JSON object, not a list) recorded after the backup: one reference printed.
    injuries = [{"view": "front", "x": 0.66, "y": 0.27, "size_cm": 3, "explanation": "Said she fell"}]
    ran = record(cli_school, tmp_path, concern(injuries=injuries, childs_words="It was an accident"))
    assert (ran.code, ran.err) == (0, "")
    (line,) = ran.out.splitlines()
    reference, entry_id, upn = recorded_line(line)
    assert upn == ZOFIA
    assert reference == "CL-" + entry_id.replace("-", "")[-8:].upper()
    held = entry_count(cli_school.data_dir)
    assert held == in_backup + 2  # the concern, and this sign-in's batch key

    refused = run_cli(cli_school.data_dir, "restore", str(backup))
    assert assert_one_error(refused) == (
        f"error: The store in {cli_school.data_dir} already holds {held} entries; "
        "use --force to replace it (it is kept aside)."
    )
    assert entry_count(cli_school.data_dir) == held

    ran = run_cli(cli_school.data_dir, "restore", str(backup), "--force")
    assert (ran.code, ran.out.strip(), ran.err) == (0, f"Restored {in_backup} entries into {cli_school.data_dir}.", "")
    assert entry_count(cli_school.data_dir) == in_backup
    (aside,) = cli_school.data_dir.glob("school.sqlite3.before-restore-*")
    with closing(sqlite3.connect(aside)) as conn:
        assert conn.execute("SELECT count(*) FROM entries WHERE id = ?", (entry_id,)).fetchone()[0] == 1

    verified = run_cli(cli_school.data_dir, "verify", "--as", LEAD, secrets=[LEAD_PASS])
    assert (verified.code, verified.err) == (0, "")
    # The lead and staff profiles and the four pupils open; grants are key material, not content.
    assert verified.out.strip() == f"OK: {in_backup} entries, every signature and chain intact, 6 opened."


def test_verify_names_an_altered_entry(cli_school: CliSchool) -> None:
    with closing(sqlite3.connect(cli_school.data_dir / "school.sqlite3")) as conn:
        conn.execute("DROP TRIGGER entries_no_update")
        entry_id, sealed = conn.execute(
            "SELECT id, sealed FROM entries WHERE subject IS NOT NULL ORDER BY local_seq LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (sealed[:-1] + bytes([sealed[-1] ^ 1]), entry_id))
        conn.commit()
    ran = run_cli(cli_school.data_dir, "verify")
    assert ran.code == 1
    assert "Traceback" not in ran.err
    assert f"entry {entry_id}: content does not match its recorded hash (altered)" in ran.out.splitlines()
    assert ran.out.splitlines()[-1].startswith("FAILED: ")


# --- every other error: one line, no traceback ---------------------------------------------------------------


def _write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


ERROR_CASES: dict[str, tuple[Any, str]] = {
    "no secret on stdin": (
        lambda school, tmp: run_cli(school.data_dir, "staff", "list", "--as", LEAD),
        f"error: expected passphrase for {LEAD} as a line on standard input",
    ),
    "staff add by a member of staff": (
        lambda school, tmp: run_cli(
            school.data_dir,
            *("staff", "add", "x.person", "--name", "Xavier Person", "--role", "lead", "--as", STAFF),
            secrets=[STAFF_PASS, "new-password-9"],
        ),
        "error: Only a designated safeguarding lead can do this.",
    ),
    "a file that is not JSON": (
        lambda school, tmp: run_cli(
            school.data_dir, "record", "--from", _write(tmp, "c.json", "{not json"), "--as", STAFF
        ),
        "c.json is not valid JSON: ",
    ),
}


@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_every_error_is_one_line_with_no_traceback(cli_school: CliSchool, tmp_path: Path, case: str) -> None:
    act, words = ERROR_CASES[case]
    held = entry_count(cli_school.data_dir)
    message = assert_one_error(act(cli_school, tmp_path))
    assert message.startswith("error: ") and words in message, message
    assert entry_count(cli_school.data_dir) == held
