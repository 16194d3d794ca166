"""Sync benchmarks: pushing and pulling 10,000 entries through a real PostgreSQL hub, and a PC catching up on 20,000.

Run from the repository root (not part of the pytest run; needs the PostgreSQL server programs)::

    .venv/bin/python -m tests.benchmarks.bench_sync [--entries 10000] [--catch-up 20000] [--strict]

It starts a private PostgreSQL cluster (fsync on) in a temporary folder, makes demo schools of about the sizes
asked (`generate_demo_school`), sets each up on the hub, and measures, through `services.sync.sync_once`:

1. **push**: the founding PC sends all its entries (binary COPY into a temporary table, then one
   INSERT … SELECT … ON CONFLICT DO NOTHING per batch of 1,000, under the school's push lock);
2. **pull**: a freshly joined PC fetches them all, checks every hash, the signatures (see below), the authority
   of key material and every device chain, and writes them to its SQLite store (WAL, synchronous=FULL);
3. **catch-up**: a freshly joined PC of a second, larger school does the same for a school year of entries.

Every connection, the app's and the baselines', goes over TCP with verified TLS (`sslmode=verify-full`), as a
school's PCs reach their hub.

Baselines, measured in the same run on the same rows: plain psycopg binary COPY of the rows into a plain table
with no constraints (push), and a plain binary SELECT of the rows plus a plain sqlite3 executemany into a table of
the same schema (pull): the least work moving the same bytes needs. The line "verify every signature one by
one" shows what checking each entry's own Ed25519 signature would cost here; the pull checks one signature per
key and device chain in each batch, which vouches for the entries below it by hash chain (sync/checks.py).

Sign-in is not measured, so the demo accounts are made with the test-only cheap Argon2id switch.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from desktop_app.crypto import kdf
from desktop_app.crypto.keys import verify_signature
from desktop_app.services.demo import DemoOptions, generate_demo_school
from desktop_app.services.enrolment import HUB_CA_FILE, Enrolment, join_school, keep_hub_ca
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import SyncReport, set_up_hub, sync_once
from desktop_app.services.verified import key_book_of
from desktop_app.services.verify import verify_store
from desktop_app.storage.engine import DB_FILENAME
from desktop_app.storage.models import ENTRY_COLUMNS
from tests.integration.pg import ADMIN, PgCluster, missing_reason

RATE_TARGET = 5_000.0  # entries per second, push and pull
CATCH_UP_SECONDS = 10.0
YEARS = 5
_HUB_PASSWORD = "benchmark-hub-password"


@dataclass(slots=True)
class Measure:
    """One line of the table: the value, its same-run baseline (same unit), and the target it is held to."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    target: str = ""
    passed: bool | None = None


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} /s" if unit == "/s" else f"{value:.2f} s"


def table(measures: Sequence[Measure]) -> str:
    head = ("measure", "value", "baseline", "target", "result")
    rows = [head]
    for m in measures:
        result = "info" if m.passed is None else ("pass" if m.passed else "FAIL")
        rows.append((m.name, _fmt(m.value, m.unit), _fmt(m.baseline, m.unit), m.target or "—", result))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _clock(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def demo_school(folder: Path, entries: int) -> SchoolStore:
    """A demo school of about `entries` entries (pupils, their concerns over five years, staff, keys)."""
    pupils = max(40, entries // 25)
    per_pupil_year = max(0.1, (entries - pupils - 60) / (pupils * YEARS))
    generate_demo_school(
        folder, DemoOptions(pupils=pupils, years=YEARS, concerns_per_pupil_year=per_pupil_year, lead_history=False)
    )
    return SchoolStore(folder)


class Hub:
    """The benchmark's hub: a durable private cluster and one database. Private state: the cluster."""

    def __init__(self) -> None:
        self.cluster = PgCluster(durable=True)
        os.environ["PGPASSFILE"] = str(self.cluster.passfile)
        self.database = "hub"
        self.generation = 0
        self.cluster.create_database(self.database)
        with self.cluster.admin_engine().connect() as conn:  # the baselines come over TLS too, as the PCs do
            conn.exec_driver_sql(f"ALTER ROLE {ADMIN} PASSWORD '{_HUB_PASSWORD}'")
        self.cluster.add_password(ADMIN, _HUB_PASSWORD)
        self._raw = psycopg.connect(
            host="127.0.0.1",
            port=self.cluster.port,
            user=ADMIN,
            dbname=self.database,
            sslmode="verify-full",
            sslrootcert=str(self.cluster.ca_file),
        )

    def set_up(self, store: SchoolStore, *, fresh: bool = False) -> str:
        """Register the store's school (on a new, empty hub database if `fresh`); returns the PCs' address."""
        database = self.database
        if fresh:
            self.generation += 1
            database = f"hub_{self.generation}"
            self.cluster.create_database(database)
        school_id = key_book_of(store).school_id
        made = set_up_hub(self.cluster.admin_url(database), school_id, password=_HUB_PASSWORD)
        self.cluster.add_password(made.role, _HUB_PASSWORD)
        keep_hub_ca(store.data_dir, self.cluster.ca.pem.decode("ascii"))  # as `hub setup --hub-ca` keeps it
        return self.cluster.pc_url(made.role, database)

    def baseline_push(self, rows: list[tuple], batch: int) -> float:
        """Seconds for plain binary COPYs of the same rows (batches of `batch`) into a plain table."""
        columns = [*ENTRY_COLUMNS, "recipients"]
        with self._raw.cursor() as cur:
            cur.execute("DROP TABLE IF EXISTS baseline_entries")
            cur.execute(
                "CREATE TABLE baseline_entries (id varchar, school_id varchar, device_id varchar, seq bigint,"
                " prev_hash bytea, author_key_id varchar, subject varchar, occurred_at bigint, recorded_at bigint,"
                " public bytea, sealed bytea, hash bytea, signature bytea, recipients text)"
            )
        self._raw.commit()
        types = ["varchar", "varchar", "varchar", "bigint", "bytea", "varchar", "varchar", "bigint", "bigint"]
        types += ["bytea", "bytea", "bytea", "bytea", "text"]
        copy_rows = f"COPY baseline_entries ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)"
        start = time.perf_counter()
        for first in range(0, len(rows), batch):
            with self._raw.cursor() as cur, cur.copy(copy_rows) as copy:
                copy.set_types(types)
                for row in rows[first : first + batch]:
                    copy.write_row(row)
            self._raw.commit()
        return time.perf_counter() - start

    def baseline_pull(self, folder: Path, batch: int) -> float:
        """Seconds for plain binary SELECTs of the rows and plain sqlite3 inserts of them (durable, batched)."""
        target = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
        target.execute("PRAGMA journal_mode=WAL")
        target.execute("PRAGMA synchronous=FULL")
        target.execute(f"CREATE TABLE entries ({', '.join(ENTRY_COLUMNS)}, recipients, local_seq, hub_seq)")
        insert = f"INSERT INTO entries VALUES ({', '.join('?' * (len(ENTRY_COLUMNS) + 3))})"
        select = f"SELECT {', '.join(ENTRY_COLUMNS)}, recipients, 0, 0 FROM baseline_entries"
        start = time.perf_counter()
        with self._raw.cursor(binary=True) as cur:
            cur.execute(select)
            while rows := cur.fetchmany(batch):
                target.execute("BEGIN IMMEDIATE")
                target.executemany(insert, rows)
                target.execute("COMMIT")
        self._raw.commit()
        seconds = time.perf_counter() - start
        target.close()
        return seconds

    def close(self) -> None:
        self._raw.close()
        self.cluster.destroy()


def store_rows(store: SchoolStore) -> list[tuple]:
    connection = sqlite3.connect(store.data_dir / DB_FILENAME)
    try:
        query = f"SELECT {', '.join(ENTRY_COLUMNS)}, recipients FROM entries ORDER BY local_seq"
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def joined(store: SchoolStore, folder: Path, hub_url: str) -> SchoolStore:
    book = key_book_of(store)
    team = book.current_team_key
    ca = (store.data_dir / HUB_CA_FILE).read_text(encoding="ascii")  # the enrolment file carries the authority
    return join_school(folder, Enrolment(book.school_id, book.school_name, team.key_id, team.public, hub_url, ca))


def timed_sync(store: SchoolStore, url: str | None = None) -> tuple[float, SyncReport]:
    """Seconds for one `sync_once`, which must succeed with nothing refused."""
    start = time.perf_counter()
    report = sync_once(store, url)
    seconds = time.perf_counter() - start
    if not report.ok or report.refused:
        raise SystemExit("sync failed: " + " / ".join(report.lines()))
    return seconds, report


def rate_measure(name: str, count: int, seconds: list[float], baseline: float | None = None) -> Measure:
    """Entries per second, from the median of the runs."""
    rate = count / statistics.median(seconds)
    return Measure(
        f"{name} (median of {len(seconds)})", rate, "/s", baseline, f"≥ {RATE_TARGET:,.0f} /s", rate >= RATE_TARGET
    )


def run(folder: Path, entries: int, catch_up: int, repeat: int) -> list[Measure]:
    measures: list[Measure] = []
    hub = Hub()
    try:
        print(f"generating a demo school of about {entries:,} entries …", flush=True)
        school = demo_school(folder / "school-a", entries)
        school_id, count = key_book_of(school).school_id, school.log.count()
        pushes = []
        for attempt in range(repeat):  # each time to a new, empty hub database
            url = hub.set_up(school, fresh=True)
            if attempt:
                school.log.forget_hub_seqs(school_id)
            seconds, report = timed_sync(school, url)
            assert report.pushed == count
            pushes.append(seconds)
        base = hub.baseline_push(store_rows(school), 1000)
        measures.append(rate_measure(f"push {count:,} entries", count, pushes, count / base))

        pulls = []
        for attempt in range(repeat):  # each time a newly joined PC
            newcomer = joined(school, folder / f"pc-b{attempt}", url)
            seconds, report = timed_sync(newcomer)
            assert report.pulled == count
            pulls.append(seconds)
            if attempt < repeat - 1:
                newcomer.close()
        base = hub.baseline_pull(folder, 5000)
        measures.append(rate_measure(f"pull {count:,} entries, checked", count, pulls, count / base))
        pulled = list(newcomer.log.all())
        book = key_book_of(newcomer)
        seconds, _ = _clock(
            lambda: [
                verify_signature(book.signing_keys[e.author_key_id].signing_public, e.hash, e.signature) for e in pulled
            ]
        )
        measures.append(Measure("  verify every signature one by one", count / seconds, "/s"))
        seconds, verdict = _clock(lambda: verify_store(newcomer))
        if not verdict.intact:
            raise SystemExit(f"verify failed after the pull: {verdict.problems[:3]}")
        measures.append(Measure("  verify_store on the new PC (every signature)", seconds, "s"))
        newcomer.close()
        school.close()

        print(f"generating a demo school of about {catch_up:,} entries …", flush=True)
        bigger = demo_school(folder / "school-c", catch_up)
        count = bigger.log.count()
        url = hub.set_up(bigger)
        seconds, report = timed_sync(bigger, url)
        measures.append(rate_measure(f"push {count:,} entries", count, [seconds]))
        catch_ups = []
        for attempt in range(repeat):
            catching_up = joined(bigger, folder / f"pc-d{attempt}", url)
            seconds, report = timed_sync(catching_up)
            assert report.pulled == count
            catch_ups.append(seconds)
            catching_up.close()
        seconds = statistics.median(catch_ups)
        measures.append(
            Measure(
                f"catch up on {count:,} entries, checked (median of {repeat})",
                seconds,
                "s",
                target=f"≤ {CATCH_UP_SECONDS:.0f} s",
                passed=seconds <= CATCH_UP_SECONDS,
            )
        )
        bigger.close()
    finally:
        hub.close()
    return measures


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_sync", description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=10_000, help="entries pushed and pulled (about)")
    parser.add_argument("--catch-up", type=int, default=20_000, help="entries a new PC catches up on (about)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure (the median is reported)")
    parser.add_argument("--keep", action="store_true", help="keep the stores made (in a temporary folder)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when any target is missed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    kdf.use_test_cost()  # no sign-in is measured here; see the docstring
    reason = missing_reason()
    if reason is not None:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    load = os.getloadavg()[0]
    started = time.perf_counter()
    try:
        measures = run(folder, args.entries, args.catch_up, max(1, args.repeat))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print(
        f"Sync benchmark: Python {platform.python_version()}, {os.cpu_count()} cores, load average {load:.1f} at "
        f"start and {os.getloadavg()[0]:.1f} at end, {time.perf_counter() - started:.0f} s in all"
    )
    print(table(measures))
    missed = [m for m in measures if m.passed is False]
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
