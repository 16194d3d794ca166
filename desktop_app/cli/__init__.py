"""The command line for IT staff and scripting; every action goes through `services`."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.cli.allegations import add_allegations_commands
from desktop_app.cli.attendance import add_attendance_commands
from desktop_app.cli.common import EXIT_OK, EXIT_PROBLEM, CliError
from desktop_app.cli.demo import add_demo_command
from desktop_app.cli.documents import add_document_commands
from desktop_app.cli.governors import add_governors_command
from desktop_app.cli.hub import add_hub_commands
from desktop_app.cli.lead import add_household_commands, add_oversight_commands
from desktop_app.cli.packs import add_pack_commands
from desktop_app.cli.patterns import add_patterns_command
from desktop_app.cli.people import add_people_commands
from desktop_app.cli.recording import add_recording_commands
from desktop_app.cli.retention import add_retention_commands
from desktop_app.cli.school import add_school_commands
from desktop_app.cli.search import add_search_command
from desktop_app.cli.secrets import SecretMissing, SecretReader
from desktop_app.cli.store import add_store_commands, cmd_configure
from desktop_app.cli.workflow_parser import add_workflow_commands
from desktop_app.paths import default_data_dir


def cmd_open_app(args: argparse.Namespace, _secrets: SecretReader) -> int:
    """No command: open the app's window."""
    from desktop_app.ui.app import run_app

    return run_app(args.data_dir, config=args.config)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="concern-logger",
        description="Concern Logger: encrypted safeguarding records. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"concern-logger {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="the school's data folder (default: per user)")
    parser.set_defaults(handler=cmd_open_app)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, handler: Callable[..., int], help_text: str, parent: Any = sub, aliases: Sequence[str] = ()
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text, aliases=list(aliases)
        )
        p.set_defaults(handler=handler)
        return p

    def as_user(p: argparse.ArgumentParser, required: bool = True) -> None:
        p.add_argument("--as", dest="as_user", required=required, metavar="USERNAME", help="who is acting")

    staff = add_school_commands(command, as_user)
    add_recording_commands(command, as_user)
    add_search_command(command, as_user)
    add_patterns_command(command, as_user)
    add_governors_command(command, as_user)
    add_attendance_commands(command, as_user)
    add_retention_commands(command, as_user)
    add_allegations_commands(command, as_user)
    add_document_commands(command, as_user)
    household = add_household_commands(command, as_user)
    add_people_commands(command, household, add_workflow_commands(command, sub, as_user), as_user)
    add_oversight_commands(command, staff, as_user)
    add_store_commands(command, as_user)
    add_hub_commands(command, as_user)
    add_demo_command(command)
    add_pack_commands(command, as_user)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # names such as Ахмед must print whatever the console's code page
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop_app.config import ConfigError, load_config
    from desktop_app.services.errors import ServiceError

    try:
        args.config = load_config()
    except ConfigError as exc:
        if args.handler is cmd_configure:  # IT staff are rewriting the file: its old problems must not stop them
            from desktop_app.config import MachineConfig

            args.config = MachineConfig()
        elif args.handler is cmd_open_app:
            from desktop_app.ui.app import create_application
            from desktop_app.ui.first_run import show_startup_problem

            create_application()
            return show_startup_problem(str(exc))
        else:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_PROBLEM
    if args.data_dir is None:
        args.data_dir = args.config.data_dir or default_data_dir()
    try:
        code: int = args.handler(args, SecretReader())
        return code
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except (ServiceError, SecretMissing) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:  # e.g. piped into `head`: the reader went away; what was written stays written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a disk, folder or permission problem no command foresaw: still one plain line
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was written", file=sys.stderr)
        return 130
