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
from desktop_app.cli import hub as hub_commands
from desktop_app.cli import lead as lead_commands
from desktop_app.cli import packs as pack_commands
from desktop_app.cli import records as record_commands
from desktop_app.cli import workflow as workflow_commands
from desktop_app.cli.attendance import add_attendance_commands
from desktop_app.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CliError
from desktop_app.cli.governors import add_governors_command
from desktop_app.cli.patterns import add_patterns_command
from desktop_app.cli.people import add_people_commands
from desktop_app.cli.search import add_search_command
from desktop_app.cli.secrets import SecretMissing, SecretReader
from desktop_app.paths import default_data_dir


def _int_or_empty(text: str) -> int | str:
    """A whole number; an empty value (an installer property left unset) means "leave as it is"."""
    try:
        return int(text) if text.strip() else ""
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc


def _true_false_or_empty(text: str) -> bool | str:
    """true or false; an empty value (an installer property left unset) means "leave as it is"."""
    words = {"true": True, "false": False, "": ""}
    if text.strip().lower() not in words:
        raise argparse.ArgumentTypeError(f"{text!r} is not true or false")
    return words[text.strip().lower()]


def add_workflow_commands(command: Callable[..., argparse.ArgumentParser], sub: Any, as_user: Callable) -> Any:
    """The lead's workflow (desktop_app/cli/workflow.py). REF is a concern's reference as `record` printed it.
    Returns the `pupil` command's subcommands."""
    w = workflow_commands

    def lead_command(name: str, handler: Callable[..., int], help_text: str, parent: Any = sub, *, ref: bool = True):
        p = command(name, handler, help_text, parent)
        if ref:
            p.add_argument("ref", metavar="REF", help="the concern's reference, e.g. CL-1A2B3C4D")
        p.add_argument("--json", action="store_true", help="print what was done as JSON")
        as_user(p)
        return p

    p = lead_command("flags", w.cmd_flags, "a child's red flags (a lead acts; the opening is audited)", ref=False)
    p.add_argument("upn", metavar="UPN")
    lead_command("acknowledge", w.cmd_acknowledge, "acknowledge a concern (its author sees that)")
    p = lead_command("decide", w.cmd_decide, "record a decision on a concern, with its rationale")
    p.add_argument(
        "--outcome",
        required=True,
        metavar="|".join(("refer", "early-help", "monitor", "no-further-action")),
        help="refer (to children's social care), refer-police, early-help, monitor or no-further-action",
    )
    p.add_argument("--rationale", required=True, metavar="TEXT", help="why this decision, on what information")
    p = lead_command(
        "signoff", w.cmd_signoff, "a second lead agrees with or challenges the latest decision on a concern"
    )
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--agree", dest="agree", action="store_true")
    choice.add_argument("--challenge", dest="agree", action="store_false")
    p.add_argument("--note", default="", metavar="TEXT", help="a comment (a challenge needs its reason)")
    p = lead_command("refer", w.cmd_refer, "record a referral of a concern to another agency")
    p.add_argument("--agency", required=True, metavar="NAME")
    p.add_argument("--reference", default="", metavar="X", help="the agency's reference")
    p.add_argument("--made-at", default=None, metavar="YYYY-MM-DDTHH:MM", help="when it was made (default: now)")
    p = command("chase", w.cmd_chase, "list referrals awaiting a response, or (with REF) record a chase")
    p.add_argument("ref", nargs="?", default="", metavar="REF", help="the concern whose referral was chased")
    p.add_argument("--agency", default="", metavar="NAME", help="which referral, when the concern has several")
    p.add_argument("--note", default="", metavar="TEXT", help="who you spoke to and what they said")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = lead_command("outcome", w.cmd_outcome, "record what the agency decided about a concern's referral")
    p.add_argument("--note", required=True, metavar="TEXT", help="what the agency decided")
    p.add_argument("--agency", default="", metavar="NAME", help="which referral, when the concern has several")
    p = lead_command("close", w.cmd_close, "close a concern with its outcome")
    p.add_argument("--note", required=True, metavar="TEXT", help="the outcome: what happened in the end")

    action = command("action", lambda *_: EXIT_USAGE, "actions for members of staff").add_subparsers(
        dest="action_command"
    )
    p = lead_command("add", w.cmd_action_add, "an action about a child: what, who, by when", action, ref=False)
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--text", required=True, metavar="TEXT", help="what is to be done")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--owner", default="", metavar="USERNAME", help="who does it (default: you)")
    p.add_argument("--concern", default="", metavar="REF", help="the concern it follows from")

    agency = command("agency", lambda *_: EXIT_USAGE, "other agencies' involvement").add_subparsers(
        dest="agency_command"
    )
    p = lead_command("set", w.cmd_agency_set, "an agency's involvement with a child starting or ending", agency,
                     ref=False)  # fmt: skip
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--status", required=True, metavar="cin|cp-plan|looked-after|early-help")
    p.add_argument("--ended", action="store_true", help="the involvement has ended")
    p.add_argument("--agency", default="", metavar="NAME")
    p.add_argument("--contact", default="", metavar="TEXT", help="the named worker and how to reach them")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="when it started or ended (default: now)")

    pupil = command("pupil", lambda *_: EXIT_USAGE, "facts about a child").add_subparsers(dest="pupil_command")
    p = lead_command("mobility", w.cmd_pupil_mobility, "whether a child is independently mobile", pupil, ref=False)
    p.add_argument("upn", metavar="UPN")
    p.add_argument("mobility", metavar="mobile|not-mobile")
    p.add_argument("--note", default="", metavar="TEXT")
    return pupil


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="concern-logger",
        description="Concern Logger: encrypted safeguarding records. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"concern-logger {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="the school's data folder (default: per user)")
    parser.set_defaults(handler=record_commands.cmd_open_app)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[..., int], help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    def allow_insecure(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--allow-insecure",
            action="store_true",
            help="accept a weaker TLS mode than verify-full named in the hub address (the hub is then not checked)",
        )

    def as_user(p: argparse.ArgumentParser, required: bool = True) -> None:
        p.add_argument("--as", dest="as_user", required=required, metavar="USERNAME", help="who is acting")

    p = command(
        "setup",
        record_commands.cmd_setup,
        "set up a new school with its first designated lead (prints the recovery code)",
    )
    p.add_argument("--school", required=True)
    p.add_argument("--lead", required=True, metavar="USERNAME")
    p.add_argument("--lead-name", required=True, metavar="FULL NAME")
    p.add_argument("--job-title", default="Designated Safeguarding Lead")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="also write the recovery sheet (unencrypted) to print")

    staff = command("staff", lambda *_: EXIT_USAGE, "manage staff accounts").add_subparsers(dest="staff_command")
    p = command("add", record_commands.cmd_staff_add, "add a staff account (a lead acts)", staff)
    p.add_argument("username")
    p.add_argument("--name", required=True, metavar="FULL NAME")
    p.add_argument("--role", required=True, choices=["staff", "lead", "oversight"])
    p.add_argument("--job-title", default="")
    as_user(p)
    p = command("list", record_commands.cmd_staff_list, "list staff accounts (a lead acts)", staff)
    as_user(p)

    roster = command("roster", lambda *_: EXIT_USAGE, "the pupil roster").add_subparsers(dest="roster_command")
    p = command("import", record_commands.cmd_roster_import, "import pupils from a CSV export (all or nothing)", roster)
    p.add_argument("file")
    p.add_argument("--left-on", metavar="DATE", help="the day every pupil on roll missing from the file left")
    p.add_argument("--leaver", action="append", metavar="UPN=DATE", help="the day one missing pupil left (repeat)")
    p.add_argument("--keep-missing", action="store_true", help="the file is partial: missing pupils stay on roll")
    as_user(p)

    category = command("category", lambda *_: EXIT_USAGE, "categories of concern").add_subparsers(dest="cat_command")
    p = command("add", record_commands.cmd_category_add, "add a school category (a lead acts)", category)
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--description", default="")
    as_user(p)
    p = command("list", record_commands.cmd_category_list, "list the school's categories", category)
    as_user(p)

    p = command("record", record_commands.cmd_record, "record one concern or a list of concerns from JSON")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json", help="JSON file, or - for stdin")
    as_user(p)

    p = command("addendum", record_commands.cmd_addendum, "add to or correct a concern: text, and marks noticed later")
    p.add_argument("ref", metavar="REF", help="the concern's reference, as `record` printed it")
    p.add_argument(
        "--from", dest="from_file", required=True, metavar="FILE.json",
        help='JSON {"text": ..., "marks": [...]} (marks only on your own concern), or - for stdin',
    )  # fmt: skip
    as_user(p)

    p = command(
        "chronology", record_commands.cmd_chronology, "a child's chronology (a lead acts; the opening is audited)"
    )
    p.add_argument("upn")
    p.add_argument("--json", action="store_true")
    p.add_argument("--family", action="store_true", help="merge the chronologies of the child's household")
    as_user(p)

    add_search_command(command, as_user)
    add_patterns_command(command, as_user)
    add_governors_command(command, as_user)
    add_attendance_commands(command, as_user)

    household = command("household", lambda *_: EXIT_USAGE, "households linking siblings").add_subparsers(
        dest="household_command"
    )
    p = command(
        "suggestions",
        lead_commands.cmd_household_suggestions,
        "children who may be one household (a lead acts)",
        household,
    )
    as_user(p)
    p = command("link", lead_commands.cmd_household_link, "confirm children as one household (a lead acts)", household)
    p.add_argument("upns", nargs="+", metavar="UPN")
    as_user(p)
    p = command(
        "add-member",
        workflow_commands.cmd_household_add_member,
        "add a child not on roll to a pupil's household (prints the identifier that stands for their UPN)",
        household,
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--name", required=True, metavar="FULL NAME")
    p.add_argument("--born", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--relationship", required=True, metavar="REL", help="to the pupil named, e.g. brother")
    p.add_argument("--school", default="", metavar="NAME", help="the school or nursery they go to, if any")
    p.add_argument("--json", action="store_true")
    as_user(p)

    p = command("triage", lead_commands.cmd_triage, "the lead's triage queue: overdue first")
    p.add_argument("--json", action="store_true")
    as_user(p)
    add_people_commands(command, household, add_workflow_commands(command, sub, as_user), as_user)
    p = command(
        "settings",
        lead_commands.cmd_settings,
        "the school's clocks and red-flag thresholds: show them, or change some with NAME=VALUE (a lead acts)",
    )
    p.add_argument("changes", nargs="*", metavar="NAME=VALUE", help="e.g. acknowledge_within_school_days=2")
    as_user(p)
    p = command("dashboard", lead_commands.cmd_dashboard, "the oversight dashboard: counts and clocks only")
    as_user(p)
    p = command(
        "audit",
        lead_commands.cmd_audit,
        "check the store in plain words, or (with a UPN) list who opened a child's file",
    )
    p.add_argument("upn", nargs="?", default="")
    as_user(p)
    for name, help_text in (
        ("disable", "stop an account signing in (a lead acts)"),
        ("enable", "let a disabled account sign in again (a lead acts)"),
        ("reset-password", "give an account a new password and new keys (a lead acts; new password on stdin)"),
        ("grant-lead", "make an account a designated lead (a lead acts)"),
        ("revoke-lead", "take the lead role away and rotate the team key (prints the new recovery code)"),
    ):
        p = command(name, lead_commands.cmd_staff_change, help_text, staff)
        p.add_argument("username")
        as_user(p)

    p = command(
        "verify", record_commands.cmd_verify, "check every signature and chain; with --as, open every entry too"
    )
    as_user(p, required=False)

    p = command("backup", record_commands.cmd_backup, "write a consistent copy of the store (safe while in use)")
    p.add_argument("file", nargs="?")
    p.add_argument(
        "--scheduled", action="store_true", help="back up to the configured folder if due, keeping the last N"
    )
    p.add_argument("--now", action="store_true", help="with --scheduled: back up even if not yet due")
    p = command("restore", record_commands.cmd_restore, "replace the store with a backup")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace a store that already holds entries")

    command(
        "versions",
        record_commands.cmd_versions,
        "the versions of the libraries this installation carries (OpenSSL, libpq, SQLite, Qt, ...)",
    )
    p = command(
        "configure",
        record_commands.cmd_configure,
        "set keys in the machine configuration (IT staff; used by the installer)",
    )
    p.add_argument("--file", default=None, help="the configuration file (default: this PC's machine configuration)")
    p.add_argument("--school-file", default=None, metavar="ENROLMENT.json")
    p.add_argument("--hub-url", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    p.add_argument("--hub-sslmode", default=None)
    p.add_argument("--hub-sslrootcert", default=None, metavar="CA.pem")
    p.add_argument("--hub-allow-insecure", default=None, type=_true_false_or_empty, metavar="true|false")
    p.add_argument("--idle-lock-minutes", default=None, type=_int_or_empty)
    p.add_argument("--protective-marking", default=None)
    p.add_argument("--data-folder", dest="config_data_dir", default=None, metavar="DIR")
    p.add_argument("--backup-folder", default=None, metavar="DIR")
    p.add_argument("--backup-keep-last", default=None, type=_int_or_empty)
    p.add_argument("--backup-interval-hours", default=None, type=_int_or_empty)
    p.add_argument("--unset", action="append", default=[], metavar="SECTION.KEY", help="remove a key (repeatable)")

    hub = command("hub", lambda *_: EXIT_USAGE, "the school's hub (PostgreSQL)").add_subparsers(dest="hub_command")
    p = command(
        "setup",
        hub_commands.cmd_hub_setup,
        "create or upgrade the hub schema and register this school (IT, as admin)",
        hub,
    )
    p.add_argument("--hub", required=True, metavar="postgresql://ADMIN@HOST/DATABASE", help="an admin connection")
    p.add_argument(
        "--role",
        default=None,
        help="the school's enrolment login, which PCs use once to register their own (default: the one it has, "
        "or a new random cl_ name)",
    )
    p.add_argument("--enrolment", default=None, metavar="FILE", help="the school's enrolment file (default: this PC's)")
    p.add_argument("--no-password", action="store_true", help="set no password for the login (other sign-in rules)")
    hub_ca = "the authority that signed the hub's certificate"
    p.add_argument("--hub-ca", default=None, metavar="CA.pem", help=hub_ca + " (kept here)")
    allow_insecure(p)
    admin = ("--hub",), {"required": True, "metavar": "postgresql://ADMIN@HOST/DATABASE", "help": "an admin connection"}

    def it_command(name: str, run: Any, text: str) -> argparse.ArgumentParser:
        made = command(name, run, text, hub)
        made.add_argument(*admin[0], **admin[1])
        made.add_argument("--hub-ca", default=None, metavar="CA.pem", help=hub_ca)
        allow_insecure(made)
        return made

    it_command(
        "close-legacy",
        hub_commands.cmd_hub_close_legacy,
        "stop serving version-1 PCs through their school's shared login (after every PC is updated)",
    )
    p = it_command("pcs", hub_commands.cmd_hub_pcs, "list the PCs' own hub logins (IT, as admin)")
    p.add_argument("--school-id", default=None, help="only this school's PCs")
    p = it_command("revoke-pc", hub_commands.cmd_hub_revoke_pc, "drop one PC's own hub login (a lost or retired PC)")
    p.add_argument("login", help="the PC's login (cl_…), as 'sync --status' on that PC or 'hub pcs' shows it")
    p = it_command("quota", hub_commands.cmd_hub_quota, "show or set a school's quotas on the hub (IT, as admin)")
    p.add_argument("--school-id", required=True)
    p.add_argument("--max-pcs", type=int, default=None, help="how many PCs may register their own login")
    p.add_argument("--max-megabytes", type=int, default=None, help="how many MB of entries the school may hold")
    p = command(
        "sync", hub_commands.cmd_sync, "send this PC's new entries to the hub and fetch the others' (checked first)"
    )
    p.add_argument("--once", action="store_true", help="sync once and exit (default: keep syncing until stopped)")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    p.add_argument("--status", action="store_true", help="only say how this PC stands (no network)")
    p.add_argument("--every", type=int, default=60, metavar="SECONDS", help="without --once: seconds between syncs")
    allow_insecure(p)
    school = command("school", lambda *_: EXIT_USAGE, "the school as a whole").add_subparsers(dest="school_command")
    p = command(
        "export-enrolment", hub_commands.cmd_school_export_enrolment, "write the file a new PC joins with", school
    )
    p.add_argument("file")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE", help="the hub it names")
    p.add_argument(
        "--hub-ca",
        default=None,
        metavar="CA.pem",
        help="the authority that signed the hub's certificate, carried in the file (default: the one this PC uses)",
    )
    as_user(p)
    p = command("join", hub_commands.cmd_join, "make this PC's store for a school from its enrolment file (then sync)")
    p.add_argument("file")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    allow_insecure(p)

    p = command("demo", record_commands.cmd_demo, "generate a demo school with pupils, families, staff and concerns")
    p.add_argument("--pupils", type=int, default=240)
    p.add_argument("--years", type=int, default=3)
    p = command(
        "referral-pack",
        pack_commands.cmd_referral_pack,
        "write a child's referral pack as an encrypted PDF (a lead acts)",
    )
    p.add_argument("upn")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--external", action="store_true", help="the external version: leaves out what the school marks internal"
    )
    p.add_argument("--family", action="store_true", help="include the family chronology of linked children")
    p.add_argument("--marking", default="OFFICIAL-SENSITIVE", help="protective marking on every page")
    p.add_argument(
        "--purpose",
        choices=["referral-csc", "referral-police", "meeting"],
        default="",
        help="what the pack is for (its title); default: a referral when the decision that stands refers, "
        "otherwise a chronology summary for a meeting",
    )
    p.add_argument("--answers", metavar="FILE.json", help="summary, parents_know, consent_given, why_not, contact")
    as_user(p)

    transfer = command("transfer", lambda *_: EXIT_USAGE, "send or receive a child-protection file").add_subparsers(
        dest="transfer_command"
    )
    p = command(
        "export", pack_commands.cmd_transfer_export, "write the transfer pack and bundle for the next school", transfer
    )
    p.add_argument("upn")
    p.add_argument("--to", required=True, metavar="SCHOOL NAME")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    as_user(p)
    p = command(
        "import", pack_commands.cmd_transfer_import, "check and import a bundle from the previous school", transfer
    )
    p.add_argument("bundle")
    p.add_argument(
        "--fingerprint",
        metavar="CODE",
        help="the sending school's fingerprint, as its lead reads it to you by telephone",
    )
    as_user(p)
    p = command(
        "fingerprint",
        pack_commands.cmd_transfer_fingerprint,
        "show this school's fingerprint, to read to a receiving lead",
        transfer,
    )
    p = command(
        "receipt",
        pack_commands.cmd_transfer_receipt,
        "record the receipt code the receiving school read back",
        transfer,
    )
    p.add_argument("upn")
    p.add_argument("code")
    as_user(p)
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
        if (
            args.handler is record_commands.cmd_configure
        ):  # IT staff are rewriting the file: its old problems must not stop them
            from desktop_app.config import MachineConfig

            args.config = MachineConfig()
        elif args.handler is record_commands.cmd_open_app:
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
    except OSError as exc:  # a disk, folder or permission problem no command foresaw: still one plain line
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was written", file=sys.stderr)
        return 130
