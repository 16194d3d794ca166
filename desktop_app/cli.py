"""The command line for IT staff and scripting; every action goes through `services`."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.cli_secrets import SecretMissing, SecretReader
from desktop_app.paths import default_data_dir

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """One line for the person at the terminal, and an exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.code = code


def _out(text: str = "") -> None:
    print(text, flush=True)


def _store(args: argparse.Namespace, *, create: bool = False):
    from desktop_app.services.store import SchoolStore

    if not create and not SchoolStore.exists(args.data_dir):
        raise CliError(f"no school store in {args.data_dir} (run 'concern-logger setup' or 'demo' first)")
    return SchoolStore(args.data_dir, create=create)


def _sign_in(args: argparse.Namespace, store: Any, secrets: SecretReader, prompt: str = "Password"):
    from desktop_app.services.session import sign_in

    return sign_in(store, args.as_user, secrets.read(f"{prompt} for {args.as_user}"))


def cmd_setup(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.accounts import create_school

    passphrase = secrets.read(f"Passphrase for {args.lead}", confirm=True)
    store, code = create_school(args.data_dir, args.school, args.lead, args.lead_name, passphrase, args.job_title)
    store.close()
    _out(f"School {args.school!r} set up in {args.data_dir}; first lead: {args.lead}.")
    _out()
    _out("RECOVERY CODE (shown once; print it and keep it in the school safe):")
    _out(f"    {code}")
    _out("It opens every record if all leads' passphrases are lost. Anyone holding it can read every record.")
    return EXIT_OK


def cmd_staff_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.records import Role
    from desktop_app.services.accounts import add_staff

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        password = secrets.read(f"First password for {args.username}")
        add_staff(session, args.username, args.name, Role(args.role), password, args.job_title)
        session.close()
    _out(f"Added {args.role} account {args.username} ({args.name}).")
    return EXIT_OK


def cmd_staff_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.state import load_state

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        session.require_lead()
        state = load_state(session)
        session.close()
    for member in sorted(state.staff.values(), key=lambda m: m.full_name.casefold()):
        _out(f"{member.username:<24} {member.role.value:<10} {member.full_name}  {member.job_title}".rstrip())
    return EXIT_OK


def cmd_roster_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.roster import RosterRejected
    from desktop_app.services.directory import import_roster

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from exc
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            summary = import_roster(session, data)
        except RosterRejected as exc:
            print(f"error: roster rejected, nothing was imported: {len(exc.problems)} problem(s)", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_PROBLEM
        finally:
            session.close()
    _out(f"Roster imported: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged.")
    return EXIT_OK


def cmd_category_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import add_category

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        category = add_category(session, args.code, args.name, args.description)
        session.close()
    _out(f"Category added: {category.code} ({category.name}).")
    return EXIT_OK


def cmd_category_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import categories, load_directory

    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        items = categories(load_directory(session))
        session.close()
    for category in items:
        _out(f"{category.code:<20} {category.name}")
    return EXIT_OK


def _read_json(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc


def cmd_record(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.concerns import check_concerns, record_concerns
    from desktop_app.services.directory import load_directory

    with _store(args) as store:
        session = _sign_in(args, store, secrets)  # before the JSON: with `--from -` the secret comes first on stdin
        data = _read_json(args.from_file)
        items = data if isinstance(data, list) else [data]
        if not items:
            raise CliError(f"{args.from_file} holds no concerns")
        directory = load_directory(session)
        checked = check_concerns(directory, items)
        recorded = record_concerns(session, directory, checked)
        session.close()
    for item in recorded:
        _out(f"{item.reference}  {item.entry_id}  {item.pupil.upn}  sent to the safeguarding team")
    return EXIT_OK


def cmd_chronology(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.concerns import chronology_json, open_child_file
    from desktop_app.services.errors import NotPermitted

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        if not session.holds_team_key:
            session.close()
            raise NotPermitted(
                "This account holds no safeguarding team key, so it cannot decrypt other people's records; "
                "a designated lead can open a chronology."
            )
        pupil, items = open_child_file(session, args.upn)
        session.close()
    if args.json:
        _out(json.dumps(chronology_json(pupil, items, datetime.now(UTC)), indent=2, ensure_ascii=False))
        return EXIT_OK
    born = pupil.date_of_birth.isoformat() if pupil.date_of_birth else "unknown"
    _out(f"Chronology for {pupil.full_name} (UPN {pupil.upn}, born {born}, year {pupil.year_group})")
    if not items:
        _out("No entries.")
    for item in items:
        when = item.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
        late = "  [recorded late]" if item.recorded_late else ""
        kind = "ADDENDUM" if item.kind == "addendum" else item.category
        _out(f"{when}  {kind:<16} {item.recorded_by}{late}")
        for line in item.summary.splitlines():
            _out(f"    {line}")
        if item.action:
            _out(f"    Action: {item.action}")
        _out(f"    ref {item.entry_id}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.verify import verify_store

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase") if args.as_user else None
        report = verify_store(store, session)
        if session:
            session.close()
    for problem in report.problems:
        _out(str(problem))
    opened = f", {report.opened} opened" if session else ""
    if report.intact:
        _out(f"OK: {report.entries} entries, every signature and chain intact{opened}.")
        return EXIT_OK
    _out(f"FAILED: {len(report.problems)} problem(s) in {report.entries} entries{opened}.")
    return EXIT_PROBLEM


def cmd_backup(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.backup import backup_store

    with _store(args) as store:
        count = backup_store(store, Path(args.file))
    _out(f"Backed up {count} entries to {args.file}.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.backup import restore_store

    count = restore_store(args.data_dir, Path(args.file), force=args.force)
    _out(f"Restored {count} entries into {args.data_dir}.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.demo import DemoOptions, generate_demo_school

    if args.pupils < 2 or args.pupils > 20_000 or args.years < 1 or args.years > 12:
        raise CliError("--pupils must be 2 to 20000 and --years 1 to 12", EXIT_USAGE)
    summary = generate_demo_school(args.data_dir, DemoOptions(pupils=args.pupils, years=args.years))
    for line in summary.lines():
        _out(line)
    return EXIT_OK


def cmd_open_app(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.ui.app import run_app

    return run_app(args.data_dir)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="concern-logger",
        description="Concern Logger: encrypted safeguarding records. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"concern-logger {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="the school's data folder (default: per user)")
    parser.set_defaults(handler=cmd_open_app)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[..., int], help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    def as_user(p: argparse.ArgumentParser, required: bool = True) -> None:
        p.add_argument("--as", dest="as_user", required=required, metavar="USERNAME", help="who is acting")

    p = command("setup", cmd_setup, "set up a new school with its first designated lead (prints the recovery code)")
    p.add_argument("--school", required=True)
    p.add_argument("--lead", required=True, metavar="USERNAME")
    p.add_argument("--lead-name", required=True, metavar="FULL NAME")
    p.add_argument("--job-title", default="Designated Safeguarding Lead")

    staff = command("staff", lambda *_: EXIT_USAGE, "manage staff accounts").add_subparsers(dest="staff_command")
    p = command("add", cmd_staff_add, "add a staff account (a lead acts)", staff)
    p.add_argument("username")
    p.add_argument("--name", required=True, metavar="FULL NAME")
    p.add_argument("--role", required=True, choices=["staff", "lead", "oversight"])
    p.add_argument("--job-title", default="")
    as_user(p)
    p = command("list", cmd_staff_list, "list staff accounts (a lead acts)", staff)
    as_user(p)

    roster = command("roster", lambda *_: EXIT_USAGE, "the pupil roster").add_subparsers(dest="roster_command")
    p = command("import", cmd_roster_import, "import pupils from a CSV export (all or nothing)", roster)
    p.add_argument("file")
    as_user(p)

    category = command("category", lambda *_: EXIT_USAGE, "categories of concern").add_subparsers(dest="cat_command")
    p = command("add", cmd_category_add, "add a school category (a lead acts)", category)
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--description", default="")
    as_user(p)
    p = command("list", cmd_category_list, "list the school's categories", category)
    as_user(p)

    p = command("record", cmd_record, "record one concern or a list of concerns from JSON")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json", help="JSON file, or - for stdin")
    as_user(p)

    p = command("chronology", cmd_chronology, "a child's chronology (a lead acts; the opening is audited)")
    p.add_argument("upn")
    p.add_argument("--json", action="store_true")
    as_user(p)

    p = command("verify", cmd_verify, "check every signature and chain; with --as, open every entry too")
    as_user(p, required=False)

    p = command("backup", cmd_backup, "write a consistent copy of the store (safe while in use)")
    p.add_argument("file")
    p = command("restore", cmd_restore, "replace the store with a backup")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace a store that already holds entries")

    p = command("demo", cmd_demo, "generate a demo school with pupils, families, staff and concerns")
    p.add_argument("--pupils", type=int, default=240)
    p.add_argument("--years", type=int, default=3)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # names such as Ахмед must print whatever the console's code page
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    from desktop_app.services.errors import ServiceError

    try:
        return args.handler(args, SecretReader())
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except (ServiceError, SecretMissing) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:  # e.g. piped into `head`: the reader went away; what was written stays written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was written", file=sys.stderr)
        return 130
