"""The `demo` command: a generated demo school with pupils, families, staff and concerns."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Command,
    _out,
)
from desktop_app.cli.secrets import SecretReader


def cmd_demo(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.demo import DemoOptions, generate_demo_school

    if args.pupils < 2 or args.pupils > 20_000 or args.years < 1 or args.years > 12:
        raise CliError("--pupils must be 2 to 20000 and --years 1 to 12", EXIT_USAGE)
    summary = generate_demo_school(args.data_dir, DemoOptions(pupils=args.pupils, years=args.years))
    for line in summary.lines():
        _out(line)
    return EXIT_OK


def add_demo_command(command: Command) -> None:
    p = command("demo", cmd_demo, "generate a demo school with pupils, families, staff and concerns")
    p.add_argument("--pupils", type=int, default=240)
    p.add_argument("--years", type=int, default=3)
