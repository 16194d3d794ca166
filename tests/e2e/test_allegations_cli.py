"""Allegations against staff on the command line, end to end (issue 17, item 5): the head makes the key and names a
lead; the lead records an allegation and its outcome; a lead the head did not name, and the member of staff, are
refused; an allegation about a holder, recorded by the head, removes them from the key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import LEAD, LEAD2, LEAD2_PASS, LEAD_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, assert_one_error, entry_count, run_cli

ZOFIA = "A123456789012"


@pytest.fixture
def school(cli_school_template: CliSchool, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    for username, name, role, password in (
        (OVERSIGHT, "Erin Head", "oversight", OVERSIGHT_PASS),
        (LEAD2, "Bilal Deputy", "lead", LEAD2_PASS),
    ):
        ran = run_cli(
            data_dir, "staff", "add", username, "--name", name, "--role", role, "--as", LEAD,
            secrets=[LEAD_PASS, password],
        )  # fmt: skip
        assert ran.code == 0, ran.err
    return data_dir


def as_(data_dir: Path, username: str, password: str, *args: str):
    return run_cli(data_dir, *args, "--as", username, secrets=[password])


def head(data_dir: Path, *args: str):
    return as_(data_dir, OVERSIGHT, OVERSIGHT_PASS, *args)


def deputy(data_dir: Path, *args: str):
    return as_(data_dir, LEAD2, LEAD2_PASS, *args)


RECORD = (
    "allegation", "record", "--date", "2026-11-02", "--raised-by", "Mrs Okafor (parent)", "--staff", STAFF,
    "--staff-name", "Carys Teacher", "--staff-role", "Year 1 teacher", "--staff-born", "1990-04-01",
    "--alleged", "Grabbed Zofia by the arm and shouted at her in the corridor.", "--child", ZOFIA,
    "--lado-referred", "2026-11-03", "--lado-reference", "LADO-2026-0412", "--advice", "Not to work alone with Zofia.",
)  # fmt: skip


def test_the_head_names_a_lead_who_records_an_allegation_and_its_outcome(school: Path) -> None:
    held = entry_count(school)
    refused = as_(school, LEAD, LEAD_PASS, "allegations", "key", "create")
    assert "Only the head" in assert_one_error(refused) and entry_count(school) == held

    made = head(school, "allegations", "key", "create")
    assert made.code == 0 and "Made the allegations key" in made.out, made.err
    assert "already has" in assert_one_error(head(school, "allegations", "key", "create"))
    assert "Only the head" in assert_one_error(as_(school, LEAD, LEAD_PASS, "allegations", "holder", "add", LEAD2))
    added = head(school, "allegations", "holder", "add", LEAD2)
    assert added.code == 0 and f"{LEAD2} now holds" in added.out, added.err

    recorded = deputy(school, *RECORD, "--json")
    assert recorded.code == 0, recorded.err
    allegation_id = json.loads(recorded.out)["id"]

    listed = json.loads(deputy(school, "allegation", "list", "--json").out)
    (row,) = listed["allegations"]
    assert row["staff"] == "Carys Teacher" and row["children"] == [ZOFIA]
    assert row["lado_reference"] == "LADO-2026-0412" and row["outcome"] == ""
    assert row["keep_until"] == "2057-04-01"  # retirement at 67 is later than ten years

    done = deputy(school, "allegation", "outcome", allegation_id[:13], "--outcome", "malicious", "--date", "2026-12-01")
    assert done.code == 0, done.err
    text = head(school, "allegation", "list")
    assert text.code == 0 and "outcome: malicious (2026-12-01)" in text.out
    assert "opened 2 time(s); last by the head at " in text.out  # the deputy's list, then this one: logged
    assert "2 accounts hold it: " in deputy(school, "allegations", "holder", "list").out
    assert "retention: to be removed" in text.out

    for username, password in ((LEAD, LEAD_PASS), (STAFF, STAFF_PASS)):  # not named by the head: refused
        ran = as_(school, username, password, "allegation", "list")
        assert "not been given the allegations key" in assert_one_error(ran)

    bad = deputy(school, *RECORD[:-2], "--child", "not-a-upn")
    assert "is not a UPN" in assert_one_error(bad)
    late = deputy(school, "allegation", "outcome", allegation_id, "--outcome", "proven", "--date", "2026-12-01")
    assert late.code == 2  # argparse names the choices


def test_an_allegation_about_a_holder_is_refused_to_a_lead_and_removes_them_when_the_head_records_it(
    school: Path,
) -> None:
    assert head(school, "allegations", "key", "create").code == 0
    for username in (LEAD, LEAD2):
        assert head(school, "allegations", "holder", "add", username).code == 0
    about_lead = list(RECORD)
    about_lead[about_lead.index(STAFF)] = LEAD
    held = entry_count(school)
    refused = deputy(school, *about_lead)
    assert "ask the head to remove them" in assert_one_error(refused) and entry_count(school) == held

    recorded = head(school, *about_lead)
    assert recorded.code == 0 and "a new key was made without them" in recorded.out, recorded.err
    listed = as_(school, LEAD, LEAD_PASS, "allegation", "list")
    assert "not been given the allegations key" in assert_one_error(listed)
    assert "Alice Lead" not in listed.out
    still = json.loads(deputy(school, "allegation", "list", "--json").out)
    assert len(still["allegations"]) == 1
    holders = json.loads(deputy(school, "allegations", "holder", "list", "--json").out)["holders"]
    assert sorted(h["username"] for h in holders) == ["", LEAD2]
    assert "cannot be given" in assert_one_error(head(school, "allegations", "holder", "add", LEAD))
    removed = head(school, "allegations", "holder", "remove", LEAD2)
    assert removed.code == 0 and "no longer holds" in removed.out


def test_the_head_is_shown_handed_over_and_a_take_over_while_active_is_refused(school: Path) -> None:
    governor, governor_pass = "f.governor", "governor-password-6"
    ran = run_cli(
        school, "staff", "add", governor, "--name", "Fay Governor", "--role", "oversight", "--as", LEAD,
        secrets=[LEAD_PASS, governor_pass],
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert head(school, "allegations", "key", "create").code == 0
    shown = head(school, "allegation", "head")
    assert shown.code == 0 and "The head: you (since " in shown.out
    held = entry_count(school)
    refused = as_(school, governor, governor_pass, "allegation", "head", "--take-over")
    assert "head's account is active" in assert_one_error(refused) and entry_count(school) == held
    refused = as_(school, governor, governor_pass, "allegations", "holder", "add", LEAD2)
    assert "another oversight account is the head" in assert_one_error(refused) and entry_count(school) == held
    handed = head(school, "allegation", "head", "--to", governor)
    assert handed.code == 0, handed.err
    assert "You handed the head's role to f.governor" in handed.out
    now = json.loads(as_(school, governor, governor_pass, "allegation", "head", "--json").out)["head"]
    assert now["you"] is True and now["taken_over"] is False
    refused = head(school, "allegations", "holder", "add", LEAD2)
    assert "another oversight account is the head" in assert_one_error(refused)
    assert as_(school, governor, governor_pass, "allegations", "holder", "add", LEAD2).code == 0
