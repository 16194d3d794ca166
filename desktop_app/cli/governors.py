"""`governors-report`: a lead makes the termly safeguarding report for governors (counts only, encrypted)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_OK, _out
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead, _day


def add_governors_command(command: Any, as_user: Any) -> None:
    p = command(
        "governors-report",
        cmd_governors_report,
        "the termly safeguarding report for governors: counts by category, year group and decision, the clocks met, "
        "the term before beside them; no child named (secrets: the lead's passphrase, then the PDF's password)",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the PDF (encrypted)")
    p.add_argument("--term-of", metavar="DATE", help="a day in the term to report on (default: today's term)")
    as_user(p)


def cmd_governors_report(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.governors import make_governors_report

    day = _day(args.term_of, "--term-of") if args.term_of else None

    def work(session: Any, workspace: Any) -> Any:
        password = secrets.read("Password for the PDF")
        return make_governors_report(session, workspace, Path(args.out), password, day=day)

    made = _as_lead(args, secrets, work)
    report = made.report
    _out(f"Wrote the {made.term.name} report for governors to {made.path}: {report.concerns.count} concerns, "
         f"about {report.children.count} children.")  # fmt: skip
    return EXIT_OK
