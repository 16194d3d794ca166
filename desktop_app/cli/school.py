"""Commands that set a school up: `setup`, `staff add|list`, `roster import`, `category add|list`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    AsUser,
    CliError,
    Command,
    _out,
    _sign_in,
    _sign_out,
    _store,
)
from desktop_app.cli.secrets import SecretReader
from desktop_app.file_limits import read_limited

if TYPE_CHECKING:
    from desktop_app.services.leavers import Leaving


def cmd_setup(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.accounts import create_school

    sheet = Path(args.recovery_sheet).expanduser() if args.recovery_sheet else None
    if sheet is not None and not sheet.parent.is_dir():
        raise CliError(f"the folder for the recovery sheet does not exist: {sheet.parent}; nothing was set up")
    passphrase = secrets.read(f"Passphrase for {args.lead}", confirm=True)
    store, code = create_school(args.data_dir, args.school, args.lead, args.lead_name, passphrase, args.job_title)
    store.close()
    if sheet is not None:
        from desktop_app.services.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(sheet, args.school, code, args.lead_name, args.data_dir)
        _out(f"Recovery sheet written to {sheet}. It is NOT encrypted: print it, keep the paper in the school safe,")
        _out("then delete the file.")
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
        _sign_out(session)
    _out(f"Added {args.role} account {args.username} ({args.name}).")
    return EXIT_OK


def cmd_staff_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.state import load_state

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        session.require_lead()
        state = load_state(session)
        _sign_out(session)
    for member in sorted(state.staff.values(), key=lambda m: m.full_name.casefold()):
        _out(f"{member.username:<24} {member.role.value:<10} {member.full_name}  {member.job_title}".rstrip())
    return EXIT_OK


def _leaving(args: argparse.Namespace) -> Leaving:
    """What the lead says of pupils on roll missing from the file (`--left-on`, `--leaver`, `--keep-missing`)."""
    from desktop_app.cli.workflow import _day
    from desktop_app.services.leavers import Leaving

    by_upn = {}
    for given in args.leaver or ():
        upn, sep, day = given.partition("=")
        if not sep or not upn.strip():
            raise CliError(f"--leaver is UPN=DATE, like A123456789012=2026-12-04, not {given!r}", EXIT_USAGE)
        by_upn[upn.strip().upper()] = _day(day, f"The leaving date of {upn.strip()}")
    everyone = _day(args.left_on, "--left-on") if args.left_on else None
    return Leaving(by_upn, everyone, bool(args.keep_missing))


def cmd_roster_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.roster import MAX_FILE_BYTES, RosterRejected
    from desktop_app.services.directory import import_roster
    from desktop_app.services.leavers import LeavingDateNeeded

    leaving = _leaving(args)
    try:
        data = read_limited(Path(args.file), MAX_FILE_BYTES, "a roster file")
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from exc
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            summary = import_roster(session, data, leaving=leaving)
        except RosterRejected as exc:
            print(f"error: roster rejected, nothing was imported: {len(exc.problems)} problem(s)", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_PROBLEM
        except LeavingDateNeeded as exc:
            print(
                f"error: nothing was imported: {len(exc.missing)} pupil(s) on roll are not in this file; give the day "
                "each left (--leaver UPN=DATE, or --left-on DATE for all), or --keep-missing if the file is partial",
                file=sys.stderr,
            )
            for pupil in exc.missing:
                print(f"  {pupil.words}", file=sys.stderr)
            return EXIT_PROBLEM
        finally:
            _sign_out(session)
    _out(summary.words)
    return EXIT_OK


def cmd_category_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import add_category

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        category = add_category(session, args.code, args.name, args.description)
        _sign_out(session)
    _out(f"Category added: {category.code} ({category.name}).")
    return EXIT_OK


def cmd_category_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import categories, load_directory

    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        items = categories(load_directory(session))
        _sign_out(session)
    for category in items:
        _out(f"{category.code:<20} {category.name}")
    return EXIT_OK


def add_school_commands(command: Command, as_user: AsUser) -> Any:
    """`setup`, `staff add|list`, `roster`, `category`. Returns the `staff` command's subcommands (the lead's
    account changes join them)."""
    p = command(
        "setup",
        cmd_setup,
        "set up a new school with its first designated lead (prints the recovery code)",
    )
    p.add_argument("--school", required=True)
    p.add_argument("--lead", required=True, metavar="USERNAME")
    p.add_argument("--lead-name", required=True, metavar="FULL NAME")
    p.add_argument("--job-title", default="Designated Safeguarding Lead")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="also write the recovery sheet (unencrypted) to print")

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
    p.add_argument("--left-on", metavar="DATE", help="the day every pupil on roll missing from the file left")
    p.add_argument("--leaver", action="append", metavar="UPN=DATE", help="the day one missing pupil left (repeat)")
    p.add_argument("--keep-missing", action="store_true", help="the file is partial: missing pupils stay on roll")
    as_user(p)

    category = command("category", lambda *_: EXIT_USAGE, "categories of concern").add_subparsers(dest="cat_command")
    p = command("add", cmd_category_add, "add a school category (a lead acts)", category)
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--description", default="")
    as_user(p)
    p = command("list", cmd_category_list, "list the school's categories", category)
    as_user(p)
    return staff
