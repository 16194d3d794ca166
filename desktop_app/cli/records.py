"""Commands for setting up, recording, reading, verifying and backing up a school's records."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
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
    _read_json,
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


def cmd_record(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.concerns import check_concerns, record_concerns
    from desktop_app.services.directory import load_directory

    from_stdin = args.from_file == "-"
    data = None if from_stdin else _read_json(args.from_file)  # a bad file is refused before any password
    with _store(args) as store:
        session = _sign_in(args, store, secrets)  # with `--from -` the secret comes first on stdin, then the JSON
        if from_stdin:
            data = _read_json(args.from_file)
        items = data if isinstance(data, list) else [data]
        if not items:
            raise CliError(f"{args.from_file} holds no concerns")
        directory = load_directory(session)
        checked = check_concerns(directory, items)
        recorded = record_concerns(session, directory, checked)
        _sign_out(session)
    for item in recorded:
        _out(f"{item.reference}  {item.entry_id}  {item.pupil.upn}  sent to the safeguarding team")
    return EXIT_OK


def cmd_addendum(args: argparse.Namespace, secrets: SecretReader) -> int:
    """An addendum to a concern this person can see: text, and marks noticed later (only on one's own concern)."""
    from desktop_app.domain.concern_input import ConcernInputError, parse_addendum
    from desktop_app.domain.ids import short_reference
    from desktop_app.services.concerns import add_addendum
    from desktop_app.services.references import find_concern
    from desktop_app.services.state import load_state

    from_stdin = args.from_file == "-"
    data = None if from_stdin else _read_json(args.from_file)  # a bad file is refused before any password
    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        if from_stdin:
            data = _read_json(args.from_file)
        try:
            text, marks = parse_addendum(data)
        except ConcernInputError as exc:
            raise CliError("Nothing was saved: " + "; ".join(exc.problems)) from exc
        state = load_state(session)
        concern = find_concern(state, args.ref)
        add_addendum(session, state, concern.concern_id, text, marks)
        _sign_out(session)
    added = f" with {len(marks)} mark{'s' if len(marks) != 1 else ''} noticed later" if marks else ""
    _out(f"Addendum{added} to {short_reference(concern.concern_id)} saved and sent to the safeguarding team")
    return EXIT_OK


def cmd_chronology(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.cli.people import people_lines
    from desktop_app.services.concerns import child_file_json, read_child_file_by_upn
    from desktop_app.services.errors import NotPermitted
    from desktop_app.services.state import load_state, staff_names
    from desktop_app.services.verified import trust_warnings

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        if not session.holds_team_key:
            _sign_out(session)
            raise NotPermitted(
                "This account holds no safeguarding team key, so it cannot decrypt other people's records; "
                "a designated lead can open a chronology."
            )
        try:
            opened = read_child_file_by_upn(session, args.upn, family=args.family)
            passed_over = load_state(session).passed_over
            warnings = trust_warnings(session.view, names=staff_names(session), passed_over=passed_over)
        finally:
            _sign_out(session)
    warning_lines = [line if line.startswith("  ") else f"WARNING: {line}" for line in warnings]
    if args.json:
        for line in warning_lines:  # on standard error: the JSON on standard output stays whole
            print(line, file=sys.stderr)
        _out(json.dumps(child_file_json(opened, datetime.now(UTC)), indent=2, ensure_ascii=False))
        return EXIT_OK
    for line in warning_lines:
        _out(line)
    pupil = opened.front_sheet.pupil
    born = pupil.date_of_birth.isoformat() if pupil.date_of_birth else "unknown"
    _out(f"Chronology for {pupil.full_name} (UPN {pupil.upn}, born {born}, year {pupil.year_group})")
    if args.family:
        others = [opened.pupil_names[p] for p in opened.pupil_ids[1:]]
        _out("Family chronology with: " + (", ".join(others) if others else "no linked household"))
    for line in people_lines(opened):
        _out(line)
    if opened.flags:
        _out(f"RED FLAGS: {len(opened.flags)} (shown at the entries they arise from)")
    if not opened.chronology:
        _out("No entries.")
    _print_chronology_items(opened, family=args.family)
    return EXIT_OK


def _print_chronology_items(opened: Any, *, family: bool) -> None:
    """Each chronology row as `chronology` prints it: when, (the child,) kind, who; the words; red flags; ref."""
    zone = opened.zone
    for item in opened.chronology:
        when = item.occurred_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
        late = "  [recorded late]" if item.recorded_late else ""
        kind = item.category if item.kind == "concern" else item.kind.upper()
        child = f"[{opened.pupil_names.get(item.pupil_id, '')}]  " if family else ""
        _out(f"{when}  {child}{kind:<16} {item.recorded_by}{late}")
        for line in item.summary.splitlines():
            _out(f"    {line}")
        if item.kind == "concern":
            _out(f"    Child's own words: {item.childs_words or '(not recorded)'}")
            _out(f"    Present: {item.present or '(not recorded)'}")
            _out(f"    Shared with: {item.shared_with or '(not recorded)'}")
            _out(f"    Where: {item.location or '(not recorded)'}")
            if item.action:
                _out(f"    Action: {item.action}")
            if item.outcome:
                _out(f"    Outcome: {item.outcome}")
        for flag in opened.flags_at(item.entry_id):
            _out(f"    RED FLAG: {flag.reason}")
        _out(f"    ref {item.entry_id}")


def cmd_verify(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.verify import verify_store

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase") if args.as_user else None
        report = verify_store(store, session)
        if session:
            _sign_out(session)
    for problem in report.problems:
        _out(str(problem))
    for held in report.refused:
        _out(f"NOT USED: {held} (kept: the entries after it still count)")
    for chunk in report.unreferenced_chunks or ():
        _out(f"UNREFERENCED: entry {chunk}: a document's chunk no document names (an attach interrupted?); kept, "
             "sealed, never shown")  # fmt: skip
    opened = f", {report.opened} opened" if session else ""
    opened += f", {report.erased} erased (their file keys destroyed: counted, never opened)" if report.erased else ""
    if report.intact:
        refused = f"; {len(report.refused)} kept but not used (refused by the school)" if report.refused else ""
        _out(f"OK: {report.entries} entries, every signature and chain intact{opened}{refused}.")
        return EXIT_OK
    _out(f"FAILED: {len(report.problems)} problem(s) in {report.entries} entries{opened}.")
    return EXIT_PROBLEM


def cmd_backup(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.backup import backup_store

    if args.scheduled:
        return _scheduled_backup(args)
    if not args.file:
        raise CliError("give the backup FILE, or --scheduled for the configured backup folder", EXIT_USAGE)
    with _store(args) as store:
        count = backup_store(store, Path(args.file))
    _out(f"Backed up {count} entries to {args.file}.")
    return EXIT_OK


def _scheduled_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.scheduled_backup import backup_if_due, backup_now

    if args.file:
        raise CliError("--scheduled writes to the configured backup folder; give no FILE", EXIT_USAGE)
    if args.config.backup_folder is None:
        raise CliError(f"no backup folder is configured: set [backup] folder in {args.config.file_named}")
    with _store(args) as store:
        now = datetime.now(UTC)
        done = backup_now(store, args.config, now) if args.now else backup_if_due(store, args.config, now)
    if done.written is None:
        assert done.last is not None and done.next_due is not None
        _out(f"No backup due: the last was at {done.last:%Y-%m-%d %H:%M} UTC; the next is due after "
             f"{done.next_due:%Y-%m-%d %H:%M} UTC.")  # fmt: skip
        return EXIT_OK
    _out(f"Backed up {done.entries} entries to {done.written}.")
    if done.removed:
        _out(f"Removed {len(done.removed)} older backup(s), keeping the last {args.config.backup_keep_last}.")
    return EXIT_OK


def cmd_versions(_args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.components import components

    found = components()
    width = max(len(name) for name, _version in found)
    for name, version in found:
        _out(f"{name:<{width}}  {version}")
    return EXIT_OK


def cmd_configure(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app import config as machine
    from desktop_app.config import machine_config_path, write_config

    changes = {
        setting.key: value
        for setting, value in (
            (machine.ENROLMENT_FILE, args.school_file),
            (machine.HUB_URL, args.hub_url),
            (machine.HUB_SSLMODE, args.hub_sslmode),
            (machine.HUB_SSLROOTCERT, args.hub_sslrootcert),
            (machine.HUB_ALLOW_INSECURE, args.hub_allow_insecure),
            (machine.IDLE_MINUTES, args.idle_lock_minutes),
            (machine.PROTECTIVE_MARKING, args.protective_marking),
            (machine.DATA_DIR, args.config_data_dir),
            (machine.BACKUP_FOLDER, args.backup_folder),
            (machine.BACKUP_KEEP_LAST, args.backup_keep_last),
            (machine.BACKUP_INTERVAL_HOURS, args.backup_interval_hours),
        )
        if value not in (None, "")  # an empty value (an installer property left unset) leaves the key as it is
    }
    for dotted in args.unset:
        changes[dotted] = ""
    if args.list:
        if changes:
            raise CliError("--list writes nothing: give it without settings to change", EXIT_USAGE)
        return _list_settings(args)
    path = Path(args.file) if args.file else machine_config_path()
    write_config(path, changes)
    _out(f"Wrote {path} ({len(changes)} setting(s) given; every other value kept).")
    return EXIT_OK


def _list_settings(args: argparse.Namespace) -> int:
    """`configure --list`: every setting, its scope, the value in force and where it came from."""
    from desktop_app.config import load_config
    from desktop_app.services.settings_in_force import settings_in_force

    config = load_config(Path(args.file)) if args.file else load_config()  # a bad file: its one message, exit 1
    rows = [(row.name, row.scope, row.value, row.source) for row in settings_in_force(config, args.data_dir)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for name, scope, value, source in rows:
        _out(f"{name:<{widths[0]}}  {scope:<{widths[1]}}  {value:<{widths[2]}}  {source}")
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

    return run_app(args.data_dir, config=args.config)


def add_record_commands(command: Command, as_user: AsUser) -> Any:
    """`setup`, `staff add|list`, `roster`, `category`, `record`, `addendum`, `chronology`. Returns the `staff`
    command's subcommands (the lead's account changes join them)."""
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

    p = command("record", cmd_record, "record one concern or a list of concerns from JSON")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json", help="JSON file, or - for stdin")
    as_user(p)

    p = command("addendum", cmd_addendum, "add to or correct a concern: text, and marks noticed later")
    p.add_argument("ref", metavar="REF", help="the concern's reference, as `record` printed it")
    p.add_argument(
        "--from", dest="from_file", required=True, metavar="FILE.json",
        help='JSON {"text": ..., "marks": [...]} (marks only on your own concern), or - for stdin',
    )  # fmt: skip
    as_user(p)

    p = command("chronology", cmd_chronology, "a child's chronology (a lead acts; the opening is audited)")
    p.add_argument("upn")
    p.add_argument("--json", action="store_true")
    p.add_argument("--family", action="store_true", help="merge the chronologies of the child's household")
    as_user(p)
    return staff


def add_demo_command(command: Command) -> None:
    p = command("demo", cmd_demo, "generate a demo school with pupils, families, staff and concerns")
    p.add_argument("--pupils", type=int, default=240)
    p.add_argument("--years", type=int, default=3)
