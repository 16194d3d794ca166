"""Attack the lead's workflow on the command line: a revoked lead, a member of staff and IT with the files.

A lead whose role was taken away can no longer acknowledge, decide or sign off (the role is checked by key, not by
what the command was asked); a member of staff can neither add a child to a household nor learn from the error
whether a reference exists; and a child added who is not on roll leaves no name, date of birth or identifier in
the store's file where IT could read them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop_app.storage.engine import DB_FILENAME
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, LEAD_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import assert_one_error, cli_school_template, entry_count, run_cli  # noqa: F401 (fixture)
from tests.e2e.test_lead_workflow_cli import BRUISE, ONLY_LEADS, ZOFIA, concern, record, school, team_template  # noqa: F401


def test_a_revoked_lead_can_no_longer_act_on_a_concern(school: Path, tmp_path: Path) -> None:  # noqa: F811
    [(ref, _id, _upn)] = record(school, tmp_path, concern(ZOFIA, "Bruise on her arm", injuries=[BRUISE]))
    decided = run_cli(school, "decide", ref, "--outcome", "monitor", "--rationale", "Seen by the nurse", "--as", LEAD,
                      secrets=[LEAD_PASS])  # fmt: skip
    assert decided.code == 0, decided.err
    revoked = run_cli(school, "staff", "revoke-lead", LEAD2, "--as", LEAD, secrets=[LEAD_PASS])
    assert revoked.code == 0, revoked.err
    before = entry_count(school)
    for args in (("signoff", ref, "--agree"), ("acknowledge", ref), ("close", ref, "--note", "done"),
                 ("household", "add-member", ZOFIA, "--name", "Lena Łuczak", "--born", "2026-09-01",
                  "--relationship", "sister")):  # fmt: skip
        assert assert_one_error(run_cli(school, *args, "--as", LEAD2, secrets=[LEAD2_PASS])) == ONLY_LEADS
    assert entry_count(school) <= before + 4  # at most each sign-in's batch key; no record


def test_staff_learn_nothing_from_references(school: Path, tmp_path: Path) -> None:  # noqa: F811
    [(ref, _id, _upn)] = record(school, tmp_path, concern(ZOFIA, "Bruise on her arm", injuries=[BRUISE]))
    said = {
        run_cli(school, "acknowledge", given, "--as", STAFF, secrets=[STAFF_PASS]).err
        for given in (ref, "CL-00000000", "banana")
    }
    assert said == {ONLY_LEADS + "\n"}


def test_a_child_not_on_roll_leaves_nothing_readable_in_the_store_file(school: Path, tmp_path: Path) -> None:  # noqa: F811
    args = ("--name", "Wiktoria Zawadzka-Łuczak", "--born", "2026-08-17", "--relationship", "half-sister", "--json")
    ran = run_cli(school, "household", "add-member", ZOFIA, *args, "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0, ran.err
    identifier = json.loads(ran.out)["identifier"]
    copy = tmp_path / "copy"
    shutil.copytree(school, copy)
    files = [p for p in copy.rglob("*") if p.is_file()]
    assert any(p.name == DB_FILENAME for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in ("Wiktoria", "Zawadzka", "half-sister", identifier, "2026-08-17"):
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                assert encoded not in data, f"{secret!r} in {path.name}"
