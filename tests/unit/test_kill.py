"""A process killed while recording loses nothing it acknowledged, and leaves no torn entry behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.services.state import load_state
from desktop_app.services.verify import verify_store
from tests.conftest import STAFF, STAFF_PASS, School

REPO = Path(__file__).resolve().parents[2]
UPN = "A123456789012"


def record_until_killed(school: School, acknowledgements: int) -> list[str]:
    """Start a real child process recording concerns, read `acknowledgements` ids, SIGKILL it, and return every
    id it acknowledged (including any printed between the last read and the kill)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.kill_child", str(school.data_dir), STAFF, UPN],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(30, child.kill)  # only fires if the child hangs; the test then fails below
    watchdog.start()
    try:
        assert child.stdin is not None and child.stdout is not None and child.stderr is not None
        child.stdin.write(STAFF_PASS + "\n")
        child.stdin.close()
        assert child.stdout.readline() == "ready\n", child.stderr.read()
        acknowledged = []
        for _ in range(acknowledgements):
            line = child.stdout.readline()
            assert line.endswith("\n"), child.stderr.read()
            acknowledged.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)  # mid-batch: the child is still recording
        child.wait()
        rest = child.stdout.read()
        child.stderr.read()
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    lines = rest.split("\n")
    acknowledged += [line for line in lines[:-1] if line]  # a last line without its newline was never finished
    return acknowledged


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_nothing_acknowledged_is_lost_when_the_process_is_killed(school: School) -> None:
    before = school.store.log.count()
    acknowledged: list[str] = []
    for count in (2, 5, 9):  # three kills at different points, each continuing the same device chain
        acknowledged += record_until_killed(school, count)
    assert len(acknowledged) >= 16
    assert len(set(acknowledged)) == len(acknowledged)

    for entry_id in acknowledged:
        assert school.store.log.get(entry_id) is not None, f"acknowledged {entry_id} is not in the store"
    assert school.store.log.count() >= before + len(acknowledged) + 3  # plus one batch key per sign-in

    lead = school.lead()
    report = verify_store(school.store, lead)
    assert report.intact, report.problems
    concerns = load_state(lead).concerns
    for entry_id in acknowledged:
        assert concerns[entry_id].what_happened.endswith("recorded before the power cut")
