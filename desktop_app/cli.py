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

    sheet = Path(args.recovery_sheet).expanduser() if args.recovery_sheet else None
    if sheet is not None and not sheet.parent.is_dir():
        raise CliError(f"the folder for the recovery sheet does not exist: {sheet.parent}; nothing was set up")
    passphrase = secrets.read(f"Passphrase for {args.lead}", confirm=True)
    store, code = create_school(args.data_dir, args.school, args.lead, args.lead_name, passphrase, args.job_title)
    store.close()
    if sheet is not None:
        from desktop_app.services.referral import write_recovery_sheet

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
        session.close()
    for item in recorded:
        _out(f"{item.reference}  {item.entry_id}  {item.pupil.upn}  sent to the safeguarding team")
    return EXIT_OK


def cmd_chronology(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.concerns import child_file_json, read_child_file_by_upn
    from desktop_app.services.errors import NotPermitted

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        if not session.holds_team_key:
            session.close()
            raise NotPermitted(
                "This account holds no safeguarding team key, so it cannot decrypt other people's records; "
                "a designated lead can open a chronology."
            )
        try:
            opened = read_child_file_by_upn(session, args.upn, family=args.family)
        finally:
            session.close()
    if args.json:
        _out(json.dumps(child_file_json(opened, datetime.now(UTC)), indent=2, ensure_ascii=False))
        return EXIT_OK
    pupil = opened.front_sheet.pupil
    born = pupil.date_of_birth.isoformat() if pupil.date_of_birth else "unknown"
    _out(f"Chronology for {pupil.full_name} (UPN {pupil.upn}, born {born}, year {pupil.year_group})")
    if args.family:
        others = [opened.pupil_names[p] for p in opened.pupil_ids[1:]]
        _out("Family chronology with: " + (", ".join(others) if others else "no linked household"))
    if opened.flags:
        _out(f"RED FLAGS: {len(opened.flags)} (shown at the entries they arise from)")
    if not opened.chronology:
        _out("No entries.")
    for item in opened.chronology:
        when = item.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
        late = "  [recorded late]" if item.recorded_late else ""
        kind = item.category if item.kind == "concern" else item.kind.upper()
        child = f"[{opened.pupil_names.get(item.pupil_id, '')}]  " if args.family else ""
        _out(f"{when}  {child}{kind:<16} {item.recorded_by}{late}")
        for line in item.summary.splitlines():
            _out(f"    {line}")
        if item.action and item.kind == "concern":
            _out(f"    Action: {item.action}")
        for flag in opened.flags_at(item.entry_id):
            _out(f"    RED FLAG: {flag.reason}")
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


def cmd_configure(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.config import machine_config_path, write_config

    changes = {
        dotted: value
        for dotted, value in (
            ("school.enrolment_file", args.school_file),
            ("hub.url", args.hub_url),
            ("hub.sslmode", args.hub_sslmode),
            ("hub.sslrootcert", args.hub_sslrootcert),
            ("lock.idle_minutes", args.idle_lock_minutes),
            ("marking.protective_marking", args.protective_marking),
            ("storage.data_dir", args.config_data_dir),
            ("backup.folder", args.backup_folder),
            ("backup.keep_last", args.backup_keep_last),
            ("backup.interval_hours", args.backup_interval_hours),
        )
        if value not in (None, "")  # an empty value (an installer property left unset) leaves the key as it is
    }
    for dotted in args.unset:
        changes[dotted] = ""
    path = Path(args.file) if args.file else machine_config_path()
    write_config(path, changes)
    _out(f"Wrote {path} ({len(changes)} setting(s) given; every other value kept).")
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


def _pack_answers(path: str | None) -> Any:
    from desktop_app.services.referral import ReferralAnswers

    if not path:
        return None
    data = _read_json(path)
    known = {"summary", "parents_know", "consent_given", "why_not", "contact"}
    if not isinstance(data, dict) or set(data) - known:
        raise CliError(f"{path} must be a JSON object with only these keys: {', '.join(sorted(known))}")
    for key in ("parents_know", "consent_given"):
        if data.get(key) not in (None, True, False):
            raise CliError(f"{path}: {key} must be true, false or null")
    for key in ("summary", "why_not", "contact"):
        if not isinstance(data.get(key, ""), str):
            raise CliError(f"{path}: {key} must be text")
    return ReferralAnswers(**data)


def cmd_referral_pack(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.referral import ReferralOptions, check_marking, export_referral_pack

    options = ReferralOptions(external=args.external, family=args.family, marking=check_marking(args.marking))
    answers = _pack_answers(args.answers)
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Password for the PDF (give it to the recipient by telephone)")
            done = export_referral_pack(session, args.upn, Path(args.out), password, options, answers)
        finally:
            session.close()
    version = "external version (staff named by role)" if args.external else "internal version"
    _out(f"Referral pack {done.pack_id} written to {done.path} ({version}, {done.entries} entries, AES-256).")
    _out("The export is recorded in the child's access log. Give the password by telephone, never with the file.")
    return EXIT_OK


def cmd_transfer_export(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.transfer import export_transfer

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Transfer password (opens the PDF and the bundle; give it by telephone)")
            sent = export_transfer(session, args.upn, args.to, Path(args.out_dir), password)
        finally:
            session.close()
    _out(f"Transfer pack {sent.pack_id} for {args.to}: {sent.entries} entries.")
    _out(f"  PDF (AES-256):     {sent.pdf}")
    _out(f"  bundle (signed, encrypted): {sent.bundle}")
    _out(f"  receipt due by {sent.due_at.astimezone():%a %d %b %Y} (5 school days); this school's fingerprint is")
    _out(f"  {sent.fingerprint}: read it to the receiving lead when you give the password.")
    _out("The child's file is now marked transferred out.")
    return EXIT_OK


def cmd_transfer_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.transfer import import_transfer

    try:
        data = Path(args.bundle).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.bundle}: {exc.strerror}") from exc
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Transfer password (from the sending lead)")
            got = import_transfer(session, data, password)
        finally:
            session.close()
    added = " (added to the directory)" if got.new_pupil else ""
    _out(f"Imported {got.records} records for {got.pupil.full_name}, UPN {got.pupil.upn}{added},")
    _out(f"from {got.from_school}.")
    _out(f"Every signature and hash checked. Sending school's fingerprint: {got.fingerprint}")
    _out(f"RECEIPT CODE: {got.receipt_code}")
    _out("Read the receipt code to the sending school's lead so they can record the receipt.")
    return EXIT_OK


def cmd_transfer_receipt(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.transfer import record_receipt

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            done = record_receipt(session, args.upn, args.code)
        finally:
            session.close()
    _out(f"Receipt recorded: {done.to_school} confirmed the file (transfer {done.pack_id}); the deadline is cleared.")
    return EXIT_OK


def _lead_state(args: argparse.Namespace, store: Any, secrets: SecretReader) -> tuple[Any, Any]:
    from desktop_app.services.state import load_state

    session = _sign_in(args, store, secrets, "Passphrase")
    try:
        session.require_lead()
        return session, load_state(session)
    except BaseException:
        session.close()
        raise


def cmd_household_suggestions(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.households import household_suggestions

    with _store(args) as store:
        session, state = _lead_state(args, store, secrets)
        try:
            suggestions = household_suggestions(session, state)
        finally:
            session.close()
    if not suggestions:
        _out("No household suggestions: every match in the roster is linked or dismissed.")
    for number, suggestion in enumerate(suggestions, start=1):
        joining = " (add to an existing household)" if suggestion.household_id else ""
        _out(f"{number}. {len(suggestion.pupils)} children{joining}:")
        for pupil in suggestion.pupils:
            _out(f"     {pupil.upn}  {pupil.full_name} (year {pupil.year_group})")
        for reason in suggestion.reasons:
            _out(f"   because: {reason}")
        _out(f"   to confirm: concern-logger household link {' '.join(p.upn for p in suggestion.pupils)} --as LEAD")
    return EXIT_OK


def cmd_household_link(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.households import link_by_upn

    with _store(args) as store:
        session, state = _lead_state(args, store, secrets)
        try:
            household_id, pupils = link_by_upn(session, state, args.upns)
        finally:
            session.close()
    _out(f"Linked as one household ({household_id}): " + ", ".join(f"{p.full_name} ({p.upn})" for p in pupils))
    return EXIT_OK


def cmd_triage(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.triage import load_queue, open_workspace

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            items = load_queue(open_workspace(session))
        finally:
            session.close()
    if args.json:
        _out(json.dumps([item.to_json() for item in items], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not items:
        _out("The triage queue is empty.")
    for item in items:
        due = item.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if item.due_at else "—"
        _out(f"[{item.clock.value.upper():<5}] due {due}  {item.stage.value}: {item.pupil_name} ({item.upn})")
        _out(f"        {item.summary}  (recorded by {item.recorded_by})")
        for reason in item.flags:
            _out(f"        RED FLAG: {reason}")
        _out(f"        ref {item.entry_id}")
    return EXIT_OK


def cmd_dashboard(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.oversight import load_dashboard

    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        try:
            board = load_dashboard(session)
        finally:
            session.close()
    for line in board.lines():
        _out(line)
    return EXIT_OK


def cmd_staff_change(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services import staff_admin

    with _store(args) as store:
        session, state = _lead_state(args, store, secrets)
        try:
            account_id = staff_admin.find_account(session, state, args.username)
            if args.staff_command == "disable":
                staff_admin.disable_account(session, account_id)
                said = f"Disabled {args.username}: it can no longer sign in (on other PCs after sync)."
            elif args.staff_command == "enable":
                staff_admin.enable_account(session, account_id)
                said = f"Enabled {args.username}."
            elif args.staff_command == "reset-password":
                password = secrets.read(f"New password for {args.username}")
                staff_admin.reset_password(session, state, account_id, password)
                said = f"New password set for {args.username}; their keys were renewed."
            elif args.staff_command == "grant-lead":
                staff_admin.grant_lead(session, account_id)
                said = f"{args.username} is now a designated lead."
            else:
                code = staff_admin.revoke_lead(session, account_id)
                said = (
                    f"{args.username} is no longer a lead; the team key was rotated.\n\n"
                    "NEW RECOVERY CODE (shown once; print a new recovery sheet and destroy the old one):\n"
                    f"    {code}"
                )
        finally:
            session.close()
    _out(said)
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.audit import audit_summary, file_access_log
    from desktop_app.services.directory import find_pupil, load_directory

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            if args.upn:
                session.require_lead()
                rows = file_access_log(session, find_pupil(load_directory(session), args.upn).pupil_id)
            else:
                summary = audit_summary(session)
        finally:
            session.close()
    if args.upn:
        for row in rows:
            _out(f"{row.when.astimezone().strftime('%Y-%m-%d %H:%M')}  {row.who}  {row.action}  {row.detail}".rstrip())
        if not rows:
            _out("Nobody has opened this file.")
        return EXIT_OK
    _out(summary.headline())
    for found in summary.breaks:
        when = found.when.astimezone().strftime("%Y-%m-%d %H:%M") if found.when else "an unknown time"
        _out(f"  {when}, by {found.by}: {found.words} (entry {found.entry_id})")
    return EXIT_OK if summary.intact else EXIT_PROBLEM


def _hub_school(args: argparse.Namespace) -> tuple[str, str, Any]:
    """The school `hub setup` registers: from --enrolment FILE, else this PC's store (which then remembers the hub)."""
    from desktop_app.services.enrolment import enrolment_of, read_enrolment

    if args.enrolment:
        enrolment = read_enrolment(Path(args.enrolment))
        return enrolment.school_id, enrolment.school_name, None
    store = _store(args)
    book, joined = store.keybook(), enrolment_of(store)
    if book.school_id:
        return book.school_id, book.school_name, store
    if joined is not None:
        return joined.school_id, joined.school_name, store
    store.close()
    raise CliError(f"the store in {args.data_dir} holds no school yet: give the school with --enrolment FILE")


def cmd_hub_setup(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.enrolment import HUB_URL_SETTING
    from desktop_app.services.sync import hub_role_for, set_up_hub

    school_id, school_name, store = _hub_school(args)
    try:
        role = hub_role_for(school_id, args.role)
        password = None if args.no_password else secrets.read(f"New password for the hub role {role}", confirm=True)
        made = set_up_hub(args.hub, school_id, role=role, password=password)
        if store is not None:
            store.settings.set(HUB_URL_SETTING, made.pc_address.text)
    finally:
        if store is not None:
            store.close()
    _out(f"Hub ready: {made.pc_address.place} (schema concern_hub).")
    created = "created" if made.role_created else "already there"
    _out(f"School {school_name!r} syncs as the database role {made.role} ({created}); it may only read and add")
    _out("entries of this school, and nothing on the hub can be changed or removed.")
    _out(f"PCs connect with:  {made.pc_address.text}")
    _out("(use the server's network name if this is a local address). Each PC needs the role's password in its")
    _out("PostgreSQL password file (PGPASSFILE or ~/.pgpass; %APPDATA%\\postgresql\\pgpass.conf on Windows):")
    _out(f"    HOST:PORT:{made.pc_address.database or '*'}:{made.role}:PASSWORD")
    if not made.password_set:
        _out("No password was set here (--no-password): the hub's own sign-in rules (pg_hba.conf) apply.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, _secrets: SecretReader) -> int:
    import time

    from desktop_app.services.sync import retry_delay, sync_failures, sync_once, sync_status

    configured = args.config.hub_address()
    with _store(args) as store:
        if args.status:
            status = sync_status(store, configured=configured)
            _out(status.text)
            if status.clock_warning:
                _out(status.clock_warning)
            if status.refused:
                _out(f"{status.refused} entr{'y' if status.refused == 1 else 'ies'} from the hub refused so far.")
            return EXIT_OK
        while True:
            report = sync_once(store, args.hub, configured=configured)
            stamp = "" if args.once else f"{datetime.now().astimezone():%Y-%m-%d %H:%M:%S}  "
            for line in report.lines():
                if line in report.errors and args.once:
                    continue
                _out(stamp + line)
            if args.once:
                break
            time.sleep(args.every if report.ok else max(args.every, retry_delay(sync_failures(store))))
    if report.errors:
        raise CliError(" ".join(report.errors))
    return EXIT_OK


def cmd_school_export_enrolment(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.config import HUB_URL
    from desktop_app.services.enrolment import export_enrolment

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            enrolment = export_enrolment(session, Path(args.file), args.hub or args.config.get(HUB_URL) or None)
        finally:
            session.close()
    _out(f"Enrolment file for {enrolment.school_name} written to {args.file} (no secret in it).")
    if enrolment.hub:
        _out(f"Hub: {enrolment.hub}")
    else:
        _out("It names no hub: give one when a PC joins (join FILE --hub URL) or in the machine configuration.")
    return EXIT_OK


def cmd_join(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.enrolment import join_school, read_enrolment

    enrolment = read_enrolment(Path(args.file))
    join_school(args.data_dir, enrolment, args.hub).close()
    _out(f"This PC joined {enrolment.school_name}. Its store in {args.data_dir} fills itself from the hub on its")
    _out("first sync (the app syncs at start; or run: concern-logger sync --once).")
    return EXIT_OK


def cmd_open_app(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.ui.app import run_app

    return run_app(args.data_dir, config=args.config)


def _int_or_empty(text: str) -> int | str:
    """A whole number; an empty value (an installer property left unset) means "leave as it is"."""
    try:
        return int(text) if text.strip() else ""
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc


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
    p.add_argument("--family", action="store_true", help="merge the chronologies of the child's household")
    as_user(p)

    household = command("household", lambda *_: EXIT_USAGE, "households linking siblings").add_subparsers(
        dest="household_command"
    )
    p = command("suggestions", cmd_household_suggestions, "children who may be one household (a lead acts)", household)
    as_user(p)
    p = command("link", cmd_household_link, "confirm children as one household (a lead acts)", household)
    p.add_argument("upns", nargs="+", metavar="UPN")
    as_user(p)

    p = command("triage", cmd_triage, "the lead's triage queue: overdue first")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command("dashboard", cmd_dashboard, "the oversight dashboard: counts and clocks only")
    as_user(p)
    p = command("audit", cmd_audit, "check the store in plain words, or (with a UPN) list who opened a child's file")
    p.add_argument("upn", nargs="?", default="")
    as_user(p)
    for name, help_text in (
        ("disable", "stop an account signing in (a lead acts)"),
        ("enable", "let a disabled account sign in again (a lead acts)"),
        ("reset-password", "give an account a new password and new keys (a lead acts; new password on stdin)"),
        ("grant-lead", "make an account a designated lead (a lead acts)"),
        ("revoke-lead", "take the lead role away and rotate the team key (prints the new recovery code)"),
    ):
        p = command(name, cmd_staff_change, help_text, staff)
        p.add_argument("username")
        as_user(p)

    p = command("verify", cmd_verify, "check every signature and chain; with --as, open every entry too")
    as_user(p, required=False)

    p = command("backup", cmd_backup, "write a consistent copy of the store (safe while in use)")
    p.add_argument("file", nargs="?")
    p.add_argument(
        "--scheduled", action="store_true", help="back up to the configured folder if due, keeping the last N"
    )
    p.add_argument("--now", action="store_true", help="with --scheduled: back up even if not yet due")
    p = command("restore", cmd_restore, "replace the store with a backup")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace a store that already holds entries")

    p = command("configure", cmd_configure, "set keys in the machine configuration (IT staff; used by the installer)")
    p.add_argument("--file", default=None, help="the configuration file (default: this PC's machine configuration)")
    p.add_argument("--school-file", default=None, metavar="ENROLMENT.json")
    p.add_argument("--hub-url", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    p.add_argument("--hub-sslmode", default=None)
    p.add_argument("--hub-sslrootcert", default=None, metavar="CA.pem")
    p.add_argument("--idle-lock-minutes", default=None, type=_int_or_empty)
    p.add_argument("--protective-marking", default=None)
    p.add_argument("--data-folder", dest="config_data_dir", default=None, metavar="DIR")
    p.add_argument("--backup-folder", default=None, metavar="DIR")
    p.add_argument("--backup-keep-last", default=None, type=_int_or_empty)
    p.add_argument("--backup-interval-hours", default=None, type=_int_or_empty)
    p.add_argument("--unset", action="append", default=[], metavar="SECTION.KEY", help="remove a key (repeatable)")

    hub = command("hub", lambda *_: EXIT_USAGE, "the school's hub (PostgreSQL)").add_subparsers(dest="hub_command")
    p = command("setup", cmd_hub_setup, "create the hub schema and this school's database role (IT, as admin)", hub)
    p.add_argument("--hub", required=True, metavar="postgresql://ADMIN@HOST/DATABASE", help="an admin connection")
    p.add_argument("--role", default=None, help="the database role the school's PCs use (default: from the school id)")
    p.add_argument("--enrolment", default=None, metavar="FILE", help="the school's enrolment file (default: this PC's)")
    p.add_argument("--no-password", action="store_true", help="set no password for the role (other sign-in rules)")
    p = command("sync", cmd_sync, "send this PC's new entries to the hub and fetch the others' (checked first)")
    p.add_argument("--once", action="store_true", help="sync once and exit (default: keep syncing until stopped)")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    p.add_argument("--status", action="store_true", help="only say how this PC stands (no network)")
    p.add_argument("--every", type=int, default=60, metavar="SECONDS", help="without --once: seconds between syncs")
    school = command("school", lambda *_: EXIT_USAGE, "the school as a whole").add_subparsers(dest="school_command")
    p = command("export-enrolment", cmd_school_export_enrolment, "write the file a new PC joins with", school)
    p.add_argument("file")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE", help="the hub it names")
    as_user(p)
    p = command("join", cmd_join, "make this PC's store for a school from its enrolment file (then sync)")
    p.add_argument("file")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE")

    p = command("demo", cmd_demo, "generate a demo school with pupils, families, staff and concerns")
    p.add_argument("--pupils", type=int, default=240)
    p.add_argument("--years", type=int, default=3)
    p = command("referral-pack", cmd_referral_pack, "write a child's referral pack as an encrypted PDF (a lead acts)")
    p.add_argument("upn")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--external", action="store_true", help="name members of staff by their role only")
    p.add_argument("--family", action="store_true", help="include the family chronology of linked children")
    p.add_argument("--marking", default="OFFICIAL-SENSITIVE", help="protective marking on every page")
    p.add_argument("--answers", metavar="FILE.json", help="summary, parents_know, consent_given, why_not, contact")
    as_user(p)

    transfer = command("transfer", lambda *_: EXIT_USAGE, "send or receive a child-protection file").add_subparsers(
        dest="transfer_command"
    )
    p = command("export", cmd_transfer_export, "write the transfer pack and bundle for the next school", transfer)
    p.add_argument("upn")
    p.add_argument("--to", required=True, metavar="SCHOOL NAME")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    as_user(p)
    p = command("import", cmd_transfer_import, "check and import a bundle from the previous school", transfer)
    p.add_argument("bundle")
    as_user(p)
    p = command("receipt", cmd_transfer_receipt, "record the receipt code the receiving school read back", transfer)
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
        if args.handler is cmd_configure:  # IT staff are rewriting the file: its old problems must not stop them
            from desktop_app.config import MachineConfig

            args.config = MachineConfig()
        elif args.handler is cmd_open_app:
            from desktop_app.ui.first_run import show_startup_problem

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
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was written", file=sys.stderr)
        return 130
