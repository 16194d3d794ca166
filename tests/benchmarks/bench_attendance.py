"""Importing a term of attendance for a school of 400 pupils, each step beside a baseline measured in the same run.

Run from the repository root (not part of the pytest run)::

    .venv/bin/python -m tests.benchmarks.bench_attendance [--pupils 400] [--repeat 3]

The export is one row per session (as SIMS and Arbor give it) for every weekday of an autumn term (1 September
to 19 December 2025: 80 days, 160 sessions), so 400 pupils make 64,000 marks. Each pupil's marks are one entry:
the import writes 400 entries, not 60,800. Measured, each beside its baseline:
1. reading the export (`parse_marks`: every cell checked) beside `csv.reader` listing the same rows;
2. the whole import (`import_attendance`: read, find each child, seal, sign, chain and commit durably) beside the
   least the same work can cost: `csv.reader`, grouping by UPN, the same canonical JSON per child, AES-GCM under one
   key, and the rows inserted in one durable SQLite transaction;
3. the lead's first fold of the store (every entry checked and opened: `load_state(use_snapshot=False)`) after the
   import beside the same fold before it, so the ratio is what a term of attendance adds to a sign-in on a new PC;
4. one child's attendance (`ChildAttendance`: the term's marks merged, figures, absences around 5 days) beside
   `json.loads` of the child's entry content.
The school is made at the test-only cheap Argon2id cost (kdf.use_test_cost): no sign-in is measured here.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto import kdf
from desktop_app.domain.attendance.csv_marks import parse_marks
from desktop_app.domain.attendance.summary import ChildAttendance
from desktop_app.domain.entries import canonical_json
from desktop_app.domain.lead.file_records import AttendanceMarks
from desktop_app.services.accounts import create_school
from desktop_app.services.attendance import import_attendance
from desktop_app.services.directory import import_roster
from desktop_app.services.session import sign_in
from desktop_app.services.state import load_state

TERM = (date(2025, 9, 1), date(2025, 12, 19))
_LEAD, _PASS = "a.lead", "bench-lead-passphrase"


def _best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _upn(n: int) -> str:
    return f"A{n:011d}{n % 10}"


def roster_csv(pupils: int) -> bytes:
    lines = ["upn,forename,surname,date_of_birth,year_group"]
    lines += [f"{_upn(n)},Pupil{n},Surname{n},2016-0{1 + n % 9}-1{n % 9},{1 + n % 6}" for n in range(pupils)]
    return ("\n".join(lines) + "\n").encode()


def marks_csv(pupils: int, seed: int = 17) -> tuple[bytes, int]:
    """A term of marks, one row per session: mostly present, about 5% absent with DfE codes."""
    rng = random.Random(seed)
    first, last = TERM
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    lines = ["Legal Surname,Legal Forename,UPN,Date,Session,Mark"]
    for n in range(pupils):
        for day in days:
            for session, present in (("AM", "/"), ("PM", "\\")):
                mark = rng.choice("IMNOUL") if rng.random() < 0.05 else present
                lines.append(f"Surname{n},Pupil{n},{_upn(n)},{day:%d/%m/%Y},{session},{mark}")
    return ("\n".join(lines) + "\n").encode(), len(days)


def raw_import(data: bytes, folder: Path) -> int:
    """The least an import can cost: rows read, grouped per child, one JSON per child, AES-GCM, one durable commit."""
    by_child: dict[str, dict[str, list[str]]] = {}
    reader = csv.reader(io.StringIO(data.decode()))
    next(reader)
    for _s, _f, upn, day, session, mark in reader:
        by_child.setdefault(upn, {}).setdefault(day, ["", ""])[0 if session == "AM" else 1] = mark
    aead, key_nonce = AESGCM(AESGCM.generate_key(bit_length=256)), os.urandom
    path = folder / "raw.sqlite3"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE e (id TEXT PRIMARY KEY, subject TEXT, sealed BLOB)")
    with db:
        for upn, days in by_child.items():
            ordered = sorted(days)
            am, pm = [days[d][0] for d in ordered], [days[d][1] for d in ordered]
            content = canonical_json({"kind": "pupil.attendance", "days": ordered, "am": am, "pm": pm})
            nonce = key_nonce(12)
            db.execute("INSERT INTO e VALUES (?, ?, ?)", (upn, upn, nonce + aead.encrypt(nonce, content, None)))
    db.close()
    return len(by_child)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_attendance", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--pupils", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of each timed step (best reported)")
    args = parser.parse_args(argv)
    kdf.use_test_cost()  # see the docstring
    folder = Path(tempfile.mkdtemp(prefix="bench-attendance-"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"bench_attendance on {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average {load:.2f}", flush=True)  # fmt: skip
    rows: list[tuple[str, float, str, float]] = []
    try:
        data, school_days = marks_csv(args.pupils)
        marks = args.pupils * school_days * 2
        print(f"{args.pupils} pupils x {school_days} school days = {marks:,} marks, {len(data) / 2**20:.1f} MiB")
        today = TERM[1] + timedelta(days=1)

        parse = _best(args.repeat, lambda: parse_marks(data, today=today))
        rows_only = _best(args.repeat, lambda: list(csv.reader(io.StringIO(data.decode()))))
        rows.append(("read the export (parse_marks)", parse, "csv.reader of the same rows", rows_only))

        store, _code = create_school(folder / "school", "Bench School", _LEAD, "Bench Lead", _PASS)
        lead = sign_in(store, _LEAD, _PASS, sleep=lambda _s: None)
        import_roster(lead, roster_csv(args.pupils))
        fold_before = _best(args.repeat, lambda: load_state(lead, use_snapshot=False))
        count_before = store.log.count()
        started = time.perf_counter()
        done = import_attendance(lead, data, today=today)
        whole = time.perf_counter() - started
        written = store.log.count() - count_before
        raw = _best(args.repeat, lambda: raw_import(data, folder))
        rows.append((f"whole import ({done.children} children, {written} entries written)", whole,
                     "csv + JSON + AES-GCM + one durable SQLite commit", raw))  # fmt: skip
        fold_after = _best(args.repeat, lambda: load_state(lead, use_snapshot=False))
        rows.append((f"first fold after the import ({store.log.count():,} entries)", fold_after,
                     f"the same fold before it ({count_before:,} entries)", fold_before))  # fmt: skip

        state = load_state(lead)
        child = next(iter(state.lead.attendance.values())).pupil_id
        held = state.lead.about(child, AttendanceMarks)
        probe = [TERM[0] + timedelta(days=n) for n in (10, 30, 50, 70, 90)]

        def one_child() -> None:
            attendance = ChildAttendance(held)
            attendance.figures()
            for day in probe:
                attendance.around(day)

        content = json.dumps({"days": list(held[0].days), "am": list(held[0].am), "pm": list(held[0].pm)})
        child_time = statistics.median(_best(1, one_child) for _ in range(50))
        loads = statistics.median(_best(1, lambda: json.loads(content)) for _ in range(50))
        rows.append(("one child's attendance: merge, figures, 5 days around", child_time,
                     "json.loads of the child's entry content", loads))  # fmt: skip
        lead.close()
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print()
    print("| measure | time | baseline | baseline time | ratio |")
    print("|---|---|---|---|---|")
    for name, seconds, base_name, base in rows:
        print(f"| {name} | {seconds * 1000:,.1f} ms | {base_name} | {base * 1000:,.1f} ms | {seconds / base:.1f}x |")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nLoad average at the end: {load:.2f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
