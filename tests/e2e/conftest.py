"""End-to-end fixtures: the real command line (`python -m desktop_app`) run in subprocesses, secrets on stdin."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import LEAD, LEAD_PASS, ROSTER_CSV, STAFF, STAFF_PASS

REPO = Path(__file__).resolve().parents[2]
SCHOOL_NAME = "Hillside Primary School"


@dataclass(frozen=True)
class Ran:
    """What one run of the command line did: exit code, standard output and standard error (as UTF-8 text)."""

    code: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("error:")]


def _cap_memory(limit: int) -> None:
    import resource  # POSIX only

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_cli(
    data_dir: Path,
    *args: str,
    secrets: Sequence[str] = (),
    test_cost: bool = True,
    env: Mapping[str, str] | None = None,
    memory_limit: int | None = None,
) -> Ran:
    """Run the app's command line once, giving each secret as one line of standard input (not a terminal).

    With `test_cost` (the default) it runs through tests/e2e/cli_at_test_cost.py, which switches the test-only
    cheap Argon2id cost on first; without, it is exactly `python -m desktop_app`, as installed. `env` adds to the
    environment. `memory_limit` caps the process's address space (POSIX), so a run that tries to read far too much
    fails at once instead of taking the machine's memory."""
    environment = {**os.environ, **(env or {})}
    environment.pop("PYTHONIOENCODING", None)
    module = "tests.e2e.cli_at_test_cost" if test_cost else "desktop_app"
    done = subprocess.run(
        [sys.executable, "-m", module, "--data-dir", str(data_dir), *args],
        input="".join(f"{secret}\n" for secret in secrets).encode(),
        capture_output=True,
        cwd=REPO,
        env=environment,
        timeout=60,
        check=False,
        preexec_fn=None if memory_limit is None else partial(_cap_memory, memory_limit),
    )
    return Ran(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def assert_one_error(ran: Ran, code: int = 1) -> str:
    """The run failed with `code`, printing exactly one `error:` line, nothing else on stderr and no traceback."""
    assert "Traceback" not in ran.err, ran.err
    assert ran.code == code, (ran.code, ran.out, ran.err)
    assert len(ran.error_lines) == 1, ran.err
    assert ran.err.splitlines() == ran.error_lines, ran.err
    return ran.error_lines[0]


def entry_count(data_dir: Path) -> int:
    """Entries in a store, counted with plain sqlite3 so the count does not depend on the app's own code."""
    with closing(sqlite3.connect(f"file:{data_dir / 'school.sqlite3'}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


@dataclass(frozen=True)
class CliSchool:
    """A school made entirely through the command line: a lead, a member of staff and four pupils."""

    data_dir: Path
    recovery_code: str


@pytest.fixture(scope="session")
def cli_school_template(tmp_path_factory: pytest.TempPathFactory) -> CliSchool:
    """Made once per run (setup, staff add, roster import); tests get their own copy from `cli_school`."""
    base = tmp_path_factory.mktemp("cli-template")
    data_dir = base / "school"
    ran = run_cli(
        data_dir,
        *("setup", "--school", SCHOOL_NAME, "--lead", LEAD, "--lead-name", "Alice Lead"),
        secrets=[LEAD_PASS],
    )
    assert ran.code == 0, ran.err
    code = ran.out.split("RECOVERY CODE", 1)[1].splitlines()[1].strip()
    ran = run_cli(
        data_dir,
        *("staff", "add", STAFF, "--name", "Carys Teacher", "--role", "staff", "--as", LEAD),
        secrets=[LEAD_PASS, STAFF_PASS],
    )
    assert (ran.code, ran.out.strip()) == (0, f"Added staff account {STAFF} (Carys Teacher)."), ran.err
    roster = base / "roster.csv"
    roster.write_bytes(ROSTER_CSV)
    ran = run_cli(data_dir, "roster", "import", str(roster), "--as", LEAD, secrets=[LEAD_PASS])
    assert (ran.code, ran.out.strip()) == (0, "Roster imported: 4 added, 0 updated, 0 unchanged."), ran.err
    return CliSchool(data_dir, code)


@pytest.fixture
def cli_school(cli_school_template: CliSchool, tmp_path: Path) -> CliSchool:
    """This test's own copy of the command-line school (the template's stores are closed between runs)."""
    data_dir = tmp_path / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    return CliSchool(data_dir, cli_school_template.recovery_code)
