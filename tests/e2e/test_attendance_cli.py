"""Attendance on the command line, end to end (issue 17, item 4): `attendance import FILE --as LEAD` takes in an
MIS export all or nothing, and `attendance show UPN` tells the figures and the absence around each injury."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, entry_count, run_cli
from tests.e2e.test_lead_workflow_cli import BRUISE, record

ZOFIA, JAKUB = "A123456789012", "A123456789013"


@pytest.fixture
def school(cli_school_template: CliSchool, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    return data_dir


def lead(data_dir: Path, *args: str):
    return run_cli(data_dir, *args, "--as", LEAD, secrets=[LEAD_PASS])


def school_days_back(count: int) -> list[date]:
    """The last `count` weekdays before today, oldest first."""
    days, day = [], date.today()
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days[::-1]


def test_a_lead_imports_marks_and_sees_absence_around_an_injury(school: Path, tmp_path: Path) -> None:
    days = school_days_back(20)
    injured = days[10]
    when = datetime.combine(injured, time(10), tzinfo=UTC).isoformat(timespec="seconds")
    item = {"pupil": ZOFIA, "occurred_at": when, "category": "physical-abuse", "what_happened": "Bruise on her arm",
            "injuries": [BRUISE]}  # fmt: skip
    [(ref, _cid, _upn)] = record(school, tmp_path, item)
    lines = ["Legal Surname,Legal Forename,UPN,Date,Session,Mark"]
    for day in days:
        am, pm = ("I", "I") if day == days[11] else ("/", "\\")
        lines += [f"Łuczak,Zofia,{ZOFIA},{day:%d/%m/%Y},AM,{am}", f"Łuczak,Zofia,{ZOFIA},{day:%d/%m/%Y},PM,{pm}"]
        lines += [f"Łuczak,Jakub,{JAKUB},{day:%d/%m/%Y},AM,/", f"Łuczak,Jakub,{JAKUB},{day:%d/%m/%Y},PM,\\"]
    export = tmp_path / "marks.csv"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    held = entry_count(school)

    ran = lead(school, "attendance", "import", str(export))
    assert ran.code == 0, ran.err
    assert ran.out.strip() == (
        f"Attendance imported: 80 marks for 2 children, {days[0]:%d %b %Y} to {days[-1]:%d %b %Y}."
    )
    assert entry_count(school) - held <= 3  # one entry per child (and the session's batch key), not one per mark

    shown = lead(school, "attendance", "show", ZOFIA)
    assert shown.code == 0, shown.err
    out = shown.out.splitlines()
    assert out[0] == f"Zofia Łuczak (UPN {ZOFIA})"
    assert (
        out[1].startswith("95.0% attendance from ") and "38 of 40 possible sessions; 2 missed (2 authorised" in out[1]
    )
    after = f"{days[11]:%a} {days[11].day} {days[11]:%b}"
    assert out[2] == (
        f"Injury {ref} on {injured.isoformat()}: Attendance: present every session in the 3 school days before; "
        f"absent the school day after ({after} AM I, {after} PM I)."
    )
    assert out[3:] == ["Sessions missed:", f"  {days[11].isoformat()} AM  I (illness)",
                       f"  {days[11].isoformat()} PM  I (illness)"]  # fmt: skip

    as_json = json.loads(lead(school, "attendance", "show", ZOFIA, "--json").out)
    assert as_json["attendance"]["percent"] == 95.0 and not as_json["attendance"]["persistent_absence"]
    chronology = json.loads(lead(school, "chronology", ZOFIA, "--json").out)
    concern_row = next(r for r in chronology["entries"] if r["kind"] == "concern")
    assert "absent the school day after" in concern_row["summary"]
    assert chronology["front_sheet"]["attendance"]["possible"] == 40


def test_a_bad_export_changes_nothing_and_names_the_row(school: Path, tmp_path: Path) -> None:
    day = school_days_back(1)[0]
    export = tmp_path / "marks.csv"
    export.write_text(
        f"UPN,Date,Session,Mark\n{ZOFIA},{day:%d/%m/%Y},AM,/\n{JAKUB},{day:%d/%m/%Y},AM,?\n", encoding="utf-8"
    )
    held = entry_count(school)
    ran = lead(school, "attendance", "import", str(export))
    assert ran.code == 1 and ran.out == ""
    assert ran.err.splitlines() == [
        "error: attendance refused, nothing was imported: 1 problem(s)",
        '  line 3: "?" is not an attendance code (/ \\ L for present; I, M, C, E, G, N, O, U, ...)',
    ]
    assert entry_count(school) == held
    shown = lead(school, "attendance", "show", ZOFIA)
    assert shown.code == 0 and "No attendance marks have been imported for this child." in shown.out


def test_a_member_of_staff_is_refused_and_a_huge_file_is_refused_before_it_is_read(
    school: Path, tmp_path: Path
) -> None:
    day = school_days_back(1)[0]
    export = tmp_path / "marks.csv"
    export.write_text(f"UPN,Date,Session,Mark\n{ZOFIA},{day:%d/%m/%Y},AM,/\n", encoding="utf-8")
    ran = run_cli(school, "attendance", "import", str(export), "--as", STAFF, secrets=[STAFF_PASS])
    assert ran.code != 0 and "lead" in ran.err.lower()
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as handle:  # a sparse 64 GiB file: reading it whole would never end
        handle.truncate(64 * 1024**3)
    held = entry_count(school)
    ran = lead(school, "attendance", "import", str(huge))
    assert ran.code == 1 and "64 GiB; an attendance export is at most 20 MiB" in ran.err, ran.err
    assert entry_count(school) == held
