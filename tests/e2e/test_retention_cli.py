"""Retention review on the command line, end to end (issue 17, item 6): a file reaching its retention date within
the year is on the leads' list; a review keeps it to its next review date; a hold keeps it off the list whatever its
dates; the school's longer retention shows in `chronology --json`; staff are refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.retention import years_after
from tests.conftest import LEAD, LEAD_PASS, ROSTER_CSV, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, entry_count, run_cli
from tests.e2e.test_lead_workflow_cli import ONLY_LEADS, concern, record

OLDER = "D123456789016"


@pytest.fixture
def school(cli_school_template: CliSchool, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    return data_dir


def lead(data_dir: Path, *args: str):
    return run_cli(data_dir, *args, "--as", LEAD, secrets=[LEAD_PASS])


def _born_to_reach_25_in(days: int) -> date:
    today = date.today()
    born = date(today.year - 25, today.month, 1)  # the 1st: never a 29 February
    return born + timedelta(days=days + (today.day - 1))


def test_a_file_near_retention_is_reviewed_kept_then_held(school: Path, tmp_path: Path) -> None:
    born = _born_to_reach_25_in(30)
    retain_until = years_after(born, 25)
    roster = tmp_path / "roster.csv"
    older = f"{OLDER},Kacper,Nowak,,{born.isoformat()},Male,13,13A,1 Hill Rd,CV4 1AA\n"
    roster.write_bytes(ROSTER_CSV + older.encode())
    assert lead(school, "roster", "import", str(roster)).code == 0
    record(school, tmp_path, concern(OLDER, "He said he had nowhere to sleep"))

    listed = lead(school, "retention", "list", "--json")
    assert listed.code == 0, listed.err
    data = json.loads(listed.out)
    assert data["retention_years"] == 25 and data["held"] == 0
    [row] = data["files"]  # Zofia, Jakub and the others are years from 25: not on it
    assert (row["upn"], row["pupil"], row["status"]) == (OLDER, "Kacper Nowak", "due-soon")
    assert row["retain_until"] == retain_until.isoformat()
    said = lead(school, "retention", "list")
    assert said.out.splitlines()[0].startswith("1 file to review on ")
    assert f"Kacper Nowak ({OLDER}): Kept until {retain_until:%d %b %Y} (date of birth + 25 years)" in said.out

    held = entry_count(school)
    too_soon = (retain_until - timedelta(days=1)).isoformat()
    refused = lead(school, "retention", "review", OLDER, "--keep", "--reason", "r", "--until", too_soon)
    assert refused.code != 0 and "cannot be before the file's retention date" in refused.err
    no_until = lead(school, "retention", "review", OLDER, "--keep", "--reason", "r")
    assert no_until.code != 0 and "--keep needs --until" in no_until.err
    assert entry_count(school) == held

    until = retain_until + timedelta(days=3 * 365)
    ran = lead(school, "retention", "review", OLDER, "--keep", "--reason", "Brother's file still open",
               "--until", until.isoformat(), "--json")  # fmt: skip
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["decision"] == "keep"
    assert json.loads(lead(school, "retention", "list", "--json").out)["files"] == []
    ahead = json.loads(lead(school, "retention", "list", "--json", "--within-days", "5000").out)["files"]
    assert [(f["upn"], f["review_on"], f["review"]["reason"]) for f in ahead][-1] == (
        OLDER, until.isoformat(), "Brother's file still open"
    )  # fmt: skip

    ran = lead(school, "retention", "hold", OLDER, "--reason", "IICSA inquiry: hold all records")
    assert ran.code == 0 and "never due for erasure while held" in ran.out
    chronology = json.loads(lead(school, "chronology", OLDER, "--json").out)
    retention = chronology["front_sheet"]["retention"]
    assert retention["status"] == "held" and retention["hold_reason"] == "IICSA inquiry: hold all records"
    data = json.loads(lead(school, "retention", "list", "--json", "--within-days", "36600").out)
    assert OLDER not in {f["upn"] for f in data["files"]} and data["held"] == 1
    assert lead(school, "retention", "hold", OLDER, "--lift", "--reason", "Inquiry ended").code == 0
    assert json.loads(lead(school, "chronology", OLDER, "--json").out)["front_sheet"]["retention"]["held"] is False


def test_the_schools_longer_retention_shows_in_the_chronology_and_staff_are_refused(
    school: Path, tmp_path: Path
) -> None:
    record(school, tmp_path, concern("A123456789012", "Bruise on her arm"))
    assert lead(school, "settings", "retention_years=30").code == 0
    shorter = lead(school, "settings", "retention_years=20")
    assert shorter.code != 0 and "at least 25 years" in shorter.err
    retention = json.loads(lead(school, "chronology", "A123456789012", "--json").out)["front_sheet"]["retention"]
    assert (retention["retention_years"], retention["retain_until"]) == (30, "2051-03-04")
    assert retention["words"] == "Kept until 04 Mar 2051 (date of birth + 30 years)"
    for args in (("list",), ("review", "A123456789012", "--erase", "--reason", "r"),
                 ("hold", "A123456789012", "--reason", "r")):  # fmt: skip
        ran = run_cli(school, "retention", *args, "--as", STAFF, secrets=[STAFF_PASS])
        assert ran.code != 0 and ran.err.strip() == ONLY_LEADS


def test_a_file_decided_due_for_erasure_is_closed_and_shows_nowhere(school: Path, tmp_path: Path) -> None:
    born = _born_to_reach_25_in(10)
    roster = tmp_path / "roster.csv"
    older = f"{OLDER},Kacper,Nowak,,{born.isoformat()},Male,13,13A,1 Hill Rd,CV4 1AA\n"
    roster.write_bytes(ROSTER_CSV + older.encode())
    assert lead(school, "roster", "import", str(roster)).code == 0
    record(school, tmp_path, concern(OLDER, "He said he had nowhere to sleep"),
           concern("A123456789012", "Bruise on her arm"))  # fmt: skip

    refused = lead(school, "retention", "close", OLDER)
    assert refused.code != 0 and "decided at review is due for erasure" in refused.err
    assert lead(school, "retention", "review", OLDER, "--erase", "--reason", "Past retention").code == 0
    listed = json.loads(lead(school, "retention", "list", "--json").out)
    assert [(f["upn"], f["status"]) for f in listed["files"]] == [(OLDER, "erasure")]

    ran = lead(school, "retention", "close", OLDER, "--json")
    assert ran.code == 0, ran.err
    closed = json.loads(ran.out)
    assert closed["keys_destroyed"] is False and closed["exports"] == []
    listed = json.loads(lead(school, "retention", "list", "--json").out)
    assert listed["files"] == [] and listed["closed_for_erasure"] == 1
    said = lead(school, "retention", "list")
    assert "1 file closed for erasure (their keys are not destroyed)." in said.out
    assert "erased" not in said.out.replace("closed for erasure", "")
    gone = lead(school, "chronology", OLDER)
    assert gone.code != 0 and f"No pupil with UPN {OLDER} in this school's directory" in gone.err
    assert lead(school, "chronology", "A123456789012").code == 0  # the rest of the school's records still open
    search = run_cli(school, "search", "nowhere to sleep", "--as", LEAD, secrets=[LEAD_PASS])
    assert search.code == 0 and OLDER not in search.out and "Kacper" not in search.out
    assert run_cli(school, "verify", "--as", LEAD, secrets=[LEAD_PASS]).code == 0


def test_a_closed_file_is_erased_by_destroying_its_keys(school: Path, tmp_path: Path) -> None:
    born = _born_to_reach_25_in(10)
    roster = tmp_path / "roster.csv"
    older = f"{OLDER},Kacper,Nowak,,{born.isoformat()},Male,13,13A,1 Hill Rd,CV4 1AA\n"
    roster.write_bytes(ROSTER_CSV + older.encode())
    assert lead(school, "roster", "import", str(roster)).code == 0
    record(school, tmp_path, concern(OLDER, "He said he had nowhere to sleep"))
    refused = lead(school, "retention", "erase", OLDER)
    assert refused.code != 0 and "No file closed for erasure is that of UPN" in refused.err
    assert lead(school, "retention", "review", OLDER, "--erase", "--reason", "Past retention").code == 0
    assert lead(school, "retention", "close", OLDER).code == 0
    staff = run_cli(school, "retention", "erase", OLDER, "--as", STAFF, secrets=[STAFF_PASS])
    assert staff.code != 0 and staff.err.strip() == ONLY_LEADS

    ran = lead(school, "retention", "erase", OLDER, "--json")
    assert ran.code == 0, ran.err
    erased = json.loads(ran.out)
    assert erased["keys_destroyed"] is True and len(erased["file_keys"]) == 1
    assert erased["erased"] >= 3 and erased["only_closed"] == 0  # roster entry, concern, review
    assert "backups" in erased["limits"] and "never syncs again" in erased["limits"]
    with closing(sqlite3.connect(f"file:{school / 'school.sqlite3'}?mode=ro", uri=True)) as db:
        assert db.execute("SELECT count(*) FROM file_keys WHERE key_id = ?", (erased["file_keys"][0],)).fetchone() == (
            0,
        )
    said = lead(school, "retention", "list")
    assert "1 file closed for erasure (all erased: their keys destroyed)." in said.out
    assert json.loads(lead(school, "retention", "list", "--json").out)["erased"] == 1
    again = lead(school, "retention", "erase", OLDER)
    assert again.code != 0  # its roster entry no longer opens: the UPN names no closed file any more
    checked = run_cli(school, "verify", "--as", LEAD, secrets=[LEAD_PASS])
    assert checked.code == 0 and f"{erased['erased']} erased (their file keys destroyed" in checked.out
