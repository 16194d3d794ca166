"""Helper for test_kill: records concerns one at a time and prints each entry id once it is acknowledged.

Run as ``python -m tests.unit.kill_child DATA_DIR USERNAME UPN`` with the password as one line on stdin. It records
until it is killed (or has recorded ``LIMIT`` concerns), printing an id only after record_concerns has returned.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.crypto import kdf
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.session import sign_in
from desktop_app.services.store import SchoolStore

LIMIT = 2000


def main(argv: list[str]) -> int:
    data_dir, username, upn = Path(argv[0]), argv[1], argv[2]
    kdf.use_test_cost()  # the test's school was made at the test-only Argon2id cost
    password = sys.stdin.readline().rstrip("\n")
    store = SchoolStore(data_dir)
    session = sign_in(store, username, password)
    directory = load_directory(session)
    print("ready", flush=True)
    for n in range(LIMIT):
        item = {
            "pupil": upn,
            "occurred_at": (datetime.now(UTC) - timedelta(minutes=5)).isoformat(),
            "category": "neglect",
            "what_happened": f"Concern {n} recorded before the power cut",
            "injuries": [{"view": "front", "x": 0.5, "y": 0.4, "explanation": "x" * (n % 50)}],
        }
        (recorded,) = record_concerns(session, directory, check_concerns(directory, [item]))
        print(recorded.entry_id, flush=True)  # acknowledged: on disk when record_concerns returned
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
