"""Referral pack benchmark: 200 chronology entries and 20 body-map pages, built and encrypted (target ≤ 1.5 s).

Run from the repository root (not part of the pytest run)::

    .venv/bin/python -m tests.benchmarks.bench_reports [--entries 200] [--events 20] [--repeat 5] [--strict]

The pack is made from plain input (no store), as the services layer hands it to reports/: what is timed is the
layout, drawing and AES-256 encryption. The first build also registers the fonts and is reported apart.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.referral_pack import build_referral_pack
from tests.unit.test_reports import sample_pack

TARGET_S = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--events", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}; {args.entries} entries, {args.events} body-map pages")
    pack = sample_pack(entries=args.entries, events=args.events)
    start = time.perf_counter()
    first = encrypt_pdf(build_referral_pack(pack), "benchmark-pass-1")
    print(f"first build (fonts registered): {time.perf_counter() - start:.3f} s, {len(first) // 1024} KiB")
    builds, encrypts = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        data = build_referral_pack(pack)
        built = time.perf_counter()
        encrypt_pdf(data, "benchmark-pass-1")
        builds.append(built - start)
        encrypts.append(time.perf_counter() - built)
    totals = [b + e for b, e in zip(builds, encrypts, strict=True)]
    print(f"build   median {statistics.median(builds):.3f} s")
    print(f"encrypt median {statistics.median(encrypts):.3f} s")
    best, median = min(totals), statistics.median(totals)
    verdict = "OK" if median <= TARGET_S else "MISSED"
    print(f"total   median {median:.3f} s, best {best:.3f} s (target ≤ {TARGET_S} s): {verdict}")
    return 1 if args.strict and median > TARGET_S else 0


if __name__ == "__main__":
    raise SystemExit(main())
