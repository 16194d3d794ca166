"""Hub at a local authority's scale: one school's pull of its last 5,000 entries and an idle sync on a hub holding
300 schools and 3 million entries, each beside the same on a hub holding that school alone.

Run from the repository root (not part of the pytest run; needs the PostgreSQL server programs; about 10-15
minutes and 6 GB of disk at full size)::

    .venv/bin/python -m tests.benchmarks.bench_hub_scale [--schools 300] [--entries 3000000] [--strict]
    .venv/bin/python -m tests.benchmarks.bench_hub_scale --schools 30 --entries 300000     # a quick look

What it does:

1. Makes one real demo school (`generate_demo_school`, about `--school-entries` entries) and a private, durable
   PostgreSQL cluster (fsync on).
2. **Alone**: a hub database holding that school only. Its entries are loaded as the hub holds them (binary COPY
   by the administrator, in the order the founding PC wrote them); a PC joins the school and catches up (every
   entry checked), then the measures are taken.
3. **Trust**: a second hub database holding that school and `--schools - 1` others, `--entries` in all. The
   other schools' entries are synthetic rows of the same sizes as the real school's (random bytes: the hub cannot
   tell them apart, it never reads a record) and are loaded by COPY in rounds with the real school's, so the
   real school's rows are interleaved with everyone else's as on a hub where all schools write all day. A PC
   joins and catches up, then the same measures are taken.

Measures, each on both hubs (median of `--repeat`), with the ratio trust / alone (target ≤ 3×):

- **pull the last 5,000**: `HubClient.pull` of the school's last 5,000 entries as the joined PC's own hub login
  (the query, the transfer, the decoding); beside it the heap and index pages that query touches (EXPLAIN
  BUFFERS), which is what the layout by school decides;
- **idle sync**: `sync_once` on the joined PC with nothing new anywhere (connect, check, push nothing, pull
  nothing);
- **bytes per entry** on the hub: the entries table with its indexes and TOAST, divided by the entries held.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from desktop_app.crypto import kdf
from desktop_app.services.enrolment import Enrolment, join_school
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import hub_client_for, set_up_hub, sync_once
from desktop_app.services.verified import key_book_of
from desktop_app.storage.models import ENTRY_COLUMNS
from desktop_app.sync.schema import HUB_SCHEMA, PUSHED_COLUMNS
from tests.benchmarks.bench_sync import demo_school, store_rows
from tests.integration.pg import ADMIN, PgCluster, missing_reason

RATIO_TARGET = 3.0
PULL_ROWS = 5_000
DEVICES_PER_SCHOOL = 6
ROUNDS = 2_000  # the real school's entries arrive ~10 at a time among everyone else's, as pushes do
_PASSWORD = "benchmark-hub-password"
_COLUMNS = PUSHED_COLUMNS  # the hub's columns as a PC sends them, in that order
_TYPES = ["varchar", "varchar", "varchar", "bigint", "bytea", "varchar", "varchar", "bigint", "bigint", "text"]
_TYPES += ["bytea", "bytea", "bytea", "bytea"]
_COPY = f"COPY {HUB_SCHEMA}.entries ({', '.join(_COLUMNS)}) FROM STDIN (FORMAT BINARY)"


@dataclass(slots=True)
class Figures:
    """What one hub measured."""

    pull_seconds: float
    cold_pull_seconds: float
    pull_pages: int
    idle_seconds: float
    bytes_per_entry: float
    entries: int


def hub_rows(store: SchoolStore) -> list[tuple[Any, ...]]:
    """The school's entries in the order of the hub's columns, in the order its PC wrote them."""
    index = {name: n for n, name in enumerate((*ENTRY_COLUMNS, "recipients"))}
    return [tuple(row[index[name]] for name in _COLUMNS) for row in store_rows(store)]


class Synthetic:
    """Entries of other schools: the real school's sizes, random content. Private state: a pool of random bytes."""

    def __init__(self, sizes: list[int], seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.sizes = sizes
        self.pool = os.urandom(1 << 22)

    def blob(self, size: int) -> bytes:
        start = self.random.randrange(0, len(self.pool) - size)
        return self.pool[start : start + size]

    def school(self, school_id: str, count: int) -> Iterator[tuple[Any, ...]]:
        devices = [str(uuid.uuid4()) for _ in range(DEVICES_PER_SCHOOL)]
        seqs = [0] * DEVICES_PER_SCHOOL
        author = str(uuid.uuid4())
        now = int(time.time() * 1000)
        for n in range(count):
            device = n % DEVICES_PER_SCHOOL
            seqs[device] += 1
            size = self.random.choice(self.sizes)
            yield (
                school_id,
                str(uuid.uuid4()),
                devices[device],
                seqs[device],
                self.blob(32),
                author,
                str(uuid.uuid4()),
                now - (count - n) * 60_000,
                now - (count - n) * 60_000,
                "team",
                None,
                self.blob(max(size, 16)),
                self.blob(32),
                self.blob(64),
            )


class Bench:
    """The cluster, the real school and its joined PCs. Private state: the cluster and raw admin connections."""

    def __init__(self, folder: Path, school_entries: int) -> None:
        self.folder = folder
        self.cluster = PgCluster(durable=True)
        os.environ["PGPASSFILE"] = str(self.cluster.passfile)
        print(f"generating a demo school of about {school_entries:,} entries …", flush=True)
        self.school = demo_school(folder / "school", school_entries)
        self.book = key_book_of(self.school)
        self.rows = hub_rows(self.school)
        self.sizes = [len(row[11]) for row in self.rows if row[11]]

    def admin(self, database: str) -> psycopg.Connection:
        return psycopg.connect(host=str(self.cluster.socket_dir), port=self.cluster.port, user=ADMIN, dbname=database)

    def new_hub(self, database: str) -> str:
        """A hub database with the real school set up on it; returns the address its PCs use."""
        self.cluster.create_database(database)
        made = set_up_hub(self.cluster.admin_url(database), self.book.school_id, password=_PASSWORD)
        self.cluster.add_password(made.role, _PASSWORD)
        return self.cluster.pc_url(made.role, database)

    def add_schools(self, database: str, school_ids: list[str]) -> None:
        for number, school_id in enumerate(school_ids, 1):
            made = set_up_hub(self.cluster.admin_url(database), school_id, password=_PASSWORD)
            self.cluster.add_password(made.role, _PASSWORD)
            if number % 50 == 0:
                print(f"  {number} schools set up", flush=True)

    def load(self, database: str, batches: Iterator[list[tuple[Any, ...]]]) -> int:
        """COPY the rows in as the administrator (one transaction a batch); returns how many."""
        loaded = 0
        with self.admin(database) as conn:
            for rows in batches:
                with conn.cursor() as cur, cur.copy(_COPY) as copy:
                    copy.set_types(_TYPES)
                    for row in rows:
                        copy.write_row(row)
                conn.commit()
                loaded += len(rows)
            conn.autocommit = True
            conn.execute(f"VACUUM ANALYZE {HUB_SCHEMA}.entries")
        return loaded

    def joined_pc(self, name: str, url: str) -> SchoolStore:
        team = self.book.current_team_key
        ca = self.cluster.ca.pem.decode("ascii")  # the enrolment file carries the hub's authority
        enrolment = Enrolment(self.book.school_id, self.book.school_name, team.key_id, team.public, url, ca)
        pc = join_school(self.folder / name, enrolment)
        report = sync_once(pc)
        if not report.ok or report.refused or report.pulled != len(self.rows):
            raise SystemExit("the joined PC could not catch up: " + " / ".join(report.lines()))
        return pc

    def measure(self, database: str, pc: SchoolStore, repeat: int) -> Figures:
        school_id = self.book.school_id
        with self.admin(database) as conn:
            seqs = conn.execute(
                f"SELECT hub_seq FROM {HUB_SCHEMA}.entries WHERE school_id = %s ORDER BY hub_seq DESC LIMIT %s",
                (school_id, PULL_ROWS + 1),
            ).fetchall()
            after = seqs[-1][0]
            total, entries = conn.execute(  # a partitioned table's size is its partitions'
                f"SELECT pg_total_relation_size('{HUB_SCHEMA}.entries') + coalesce((SELECT sum("
                f"pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = '{HUB_SCHEMA}.entries'"
                f"::regclass), 0), (SELECT count(*) FROM {HUB_SCHEMA}.entries)"
            ).fetchone()
        self.cold()
        with hub_client_for(pc) as hub:  # the PC's own hub login, over verified TLS
            hub.check_ready()  # connect first: the cold figure is the query, not the sign-in
            cold, pulled = _clock(lambda: hub.pull(after, PULL_ROWS))
            assert len(pulled) == PULL_ROWS, len(pulled)
        pulls = []
        with hub_client_for(pc) as hub:
            for _ in range(repeat):
                seconds, pulled = _clock(lambda: hub.pull(after, PULL_ROWS))
                assert len(pulled) == PULL_ROWS, len(pulled)
                pulls.append(seconds)
        idles = []
        for _ in range(repeat):
            seconds, report = _clock(lambda: sync_once(pc))
            if not report.ok or report.pushed or report.pulled:
                raise SystemExit("the idle sync was not idle: " + " / ".join(report.lines()))
            idles.append(seconds)
        return Figures(
            statistics.median(pulls),
            cold,
            self.pages(database, after),
            statistics.median(idles),
            total / max(entries, 1),
            entries,
        )

    def cold(self) -> None:
        """Empty the server's buffers (a restart) and, where allowed, the operating system's page cache."""
        self.cluster.restart()
        os.sync()
        try:
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
        except OSError:
            print("  (the page cache could not be emptied: the cold figures are only the server's buffers)")

    def pages(self, database: str, after: int) -> int:
        """Shared buffers hit or read by the pull query (EXPLAIN ANALYZE BUFFERS), as the administrator."""
        with self.admin(database) as conn:
            plan = conn.execute(
                f"EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) SELECT * FROM {HUB_SCHEMA}.entries "
                "WHERE school_id = %s AND hub_seq > %s ORDER BY hub_seq LIMIT %s",
                (self.book.school_id, after, PULL_ROWS),
            ).fetchall()
        first = " ".join(line[0] for line in plan)
        found = re.search(r"Buffers: shared (?:hit=(\d+))?\s*(?:read=(\d+))?", first)
        return sum(int(n) for n in found.groups() if n) if found else -1

    def close(self) -> None:
        self.school.close()
        self.cluster.destroy()


def _clock(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def interleaved(real: list[tuple[Any, ...]], others: list[Iterator[tuple[Any, ...]]], each: int) -> Iterator:
    """Batches of about 50,000 rows made of rounds: each round a share of every other school's entries, then a
    share of the real school's, so the real school's rows end up scattered through the table ten or so at a time."""
    batch: list[tuple[Any, ...]] = []
    for round_ in range(ROUNDS):
        share = each // ROUNDS + (1 if round_ < each % ROUNDS else 0)
        for school in others:
            batch.extend(next(school) for _ in range(share))
        batch.extend(real[round_ * len(real) // ROUNDS : (round_ + 1) * len(real) // ROUNDS])
        if len(batch) >= 50_000:
            yield batch
            batch = []
        if (round_ + 1) % (ROUNDS // 10) == 0:
            print(f"  {10 * (round_ + 1) // (ROUNDS // 10)}% loaded", flush=True)
    if batch:
        yield batch


def run(folder: Path, schools: int, entries: int, school_entries: int, repeat: int) -> list[tuple[str, Any, Any]]:
    bench = Bench(folder, school_entries)
    try:
        url = bench.new_hub("alone")
        bench.load("alone", iter([bench.rows]))
        print("a PC of the school joins the hub holding it alone and catches up …", flush=True)
        alone_pc = bench.joined_pc("pc-alone", url)
        alone = bench.measure("alone", alone_pc, repeat)
        alone_pc.close()

        url = bench.new_hub("trust")
        others = [str(uuid.uuid4()) for _ in range(schools - 1)]
        print(f"setting up {len(others)} other schools …", flush=True)
        bench.add_schools("trust", others)
        each = max(0, entries - len(bench.rows)) // max(1, len(others))
        synthetic = Synthetic(bench.sizes)
        print(f"loading {each * len(others) + len(bench.rows):,} entries by COPY …", flush=True)
        started = time.perf_counter()
        loaded = bench.load(
            "trust",
            interleaved(bench.rows, [synthetic.school(s, each) for s in others], each),
        )
        print(f"  {loaded:,} loaded in {time.perf_counter() - started:.0f} s", flush=True)
        print("a PC of the school joins the trust's hub and catches up …", flush=True)
        trust_pc = bench.joined_pc("pc-trust", url)
        trust = bench.measure("trust", trust_pc, repeat)
        trust_pc.close()
    finally:
        bench.close()
    return [
        (f"pull the last {PULL_ROWS:,}, cold (s)", alone.cold_pull_seconds, trust.cold_pull_seconds),
        (f"pull the last {PULL_ROWS:,}, warm (s)", alone.pull_seconds, trust.pull_seconds),
        ("  pages the pull touches", alone.pull_pages, trust.pull_pages),
        ("idle sync (s)", alone.idle_seconds, trust.idle_seconds),
        ("bytes per entry on the hub", alone.bytes_per_entry, trust.bytes_per_entry),
        ("entries on the hub", alone.entries, trust.entries),
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_hub_scale", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--schools", type=int, default=300, help="schools on the trust's hub")
    parser.add_argument("--entries", type=int, default=3_000_000, help="entries on the trust's hub in all")
    parser.add_argument("--school-entries", type=int, default=20_000, help="entries of the measured school (about)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measure (the median is reported)")
    parser.add_argument("--keep", action="store_true", help="keep the stores made (in a temporary folder)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a ratio is above the target")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    kdf.use_test_cost()  # no sign-in is measured here
    reason = missing_reason()
    if reason is not None:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="bench-hub-scale-"))
    load = os.getloadavg()[0]
    started = time.perf_counter()
    try:
        lines = run(folder, max(2, args.schools), args.entries, args.school_entries, max(1, args.repeat))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print(
        f"Hub scale benchmark: Python {platform.python_version()}, {os.cpu_count()} cores, load average {load:.1f} "
        f"at start and {os.getloadavg()[0]:.1f} at end, {time.perf_counter() - started:.0f} s in all"
    )
    print(f"| measure | the school alone | {args.schools} schools | ratio | target |")
    print("|---|---|---|---|---|")
    missed = False
    for name, alone, trust in lines:
        timed = name.endswith("(s)")
        ratio = trust / alone if alone else float("nan")
        target = f"≤ {RATIO_TARGET:.0f}×" if timed else ""
        if timed and ratio > RATIO_TARGET:
            missed = True
            target += " MISSED"
        shown = (lambda v: f"{v * 1000:.1f} ms") if timed else (lambda v: f"{v:,.0f}")
        print(f"| {name.removesuffix(' (s)')} | {shown(alone)} | {shown(trust)} | {ratio:.2f}× | {target} |")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
