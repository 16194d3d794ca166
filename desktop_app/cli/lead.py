"""Commands for designated leads: triage, households, the dashboard, the audit and staff accounts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

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
from desktop_app.cli.workflow import cmd_household_add_member


def _lead_state(args: argparse.Namespace, store: Any, secrets: SecretReader) -> tuple[Any, Any]:
    from desktop_app.services.state import load_state

    session = _sign_in(args, store, secrets, "Passphrase")
    try:
        session.require_lead()
        return session, load_state(session)
    except BaseException:
        _sign_out(session)
        raise


def cmd_household_suggestions(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.households import household_suggestions

    with _store(args) as store:
        session, state = _lead_state(args, store, secrets)
        try:
            suggestions = household_suggestions(session, state)
        finally:
            _sign_out(session)
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
            _sign_out(session)
    _out(f"Linked as one household ({household_id}): " + ", ".join(f"{p.full_name} ({p.upn})" for p in pupils))
    return EXIT_OK


def cmd_triage(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.ids import short_reference
    from desktop_app.services.state import staff_names
    from desktop_app.services.triage import lead_queue, new_count, open_workspace
    from desktop_app.services.verified import trust_warnings

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            workspace = open_workspace(session)
            items = lead_queue(session, workspace)  # this lead's order and new-since markers
            passed_over = workspace.state.passed_over
            warnings = trust_warnings(session.view, names=staff_names(session), passed_over=passed_over)
        finally:
            _sign_out(session)
    for line in warnings:  # on standard error: a --json queue on standard output stays whole
        print(line if line.startswith("  ") else f"WARNING: {line}", file=sys.stderr)
    if args.json:
        rows = [{**item.to_json(), "reference": short_reference(item.concern_id) if item.concern_id else ""}
                for item in items]  # fmt: skip
        _out(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not items:
        _out("The triage queue is empty.")
    elif new_count(items):
        _out(f"{new_count(items)} new since you last looked (marked NEW).")
    for item in items:
        due = item.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if item.due_at else "—"
        marks = ("NEW " if item.new else "") + (f"URGENT (ticked by {item.urgent_by}) " if item.urgent else "")
        _out(f"[{item.clock.value.upper():<5}] {marks}due {due}  {item.stage.value}: {item.pupil_name} ({item.upn})")
        _out(f"        {item.summary}  (recorded by {item.recorded_by})")
        for reason in item.flags:
            _out(f"        RED FLAG: {reason}")
        _out(f"        ref {short_reference(item.concern_id)}" if item.concern_id else f"        ref {item.entry_id}")
    return EXIT_OK


def cmd_dashboard(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.oversight import load_dashboard

    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        try:
            board = load_dashboard(session)
        finally:
            _sign_out(session)
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
                code = staff_admin.disable_account(session, account_id)
                said = f"Disabled {args.username}: it can no longer sign in (on other PCs after sync)."
                if code is not None:  # a lead: the team key was rotated
                    said += (
                        " The team key was rotated.\n\n"
                        "NEW RECOVERY CODE (shown once; print a new recovery sheet and destroy the old one):\n"
                        f"    {code}"
                    )
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
            _sign_out(session)
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
            _sign_out(session)
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


def cmd_settings(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Show the school's clocks and red-flag thresholds, or change some (NAME=VALUE ...)."""
    from desktop_app.domain.triage.lead_settings import change_settings, describe_settings
    from desktop_app.services.triage import current_settings, save_settings

    with _store(args) as store:
        session, state = _lead_state(args, store, secrets)
        try:
            settings = current_settings(state)
            if args.changes:
                try:
                    settings = change_settings(settings, args.changes)
                except ValueError as exc:
                    raise CliError(f"settings not saved: {exc}") from exc
                save_settings(session, state, settings)
                _out("Settings saved; every lead's queue and red flags use them after sync.")
        finally:
            _sign_out(session)
    for line in describe_settings(settings):
        _out(line)
    return EXIT_OK


def add_household_commands(command: Command, as_user: AsUser) -> Any:
    """`household suggestions|link|add-member` and `triage`. Returns the `household` command's subcommands."""
    household = command("household", lambda *_: EXIT_USAGE, "households linking siblings").add_subparsers(
        dest="household_command"
    )
    p = command(
        "suggestions",
        cmd_household_suggestions,
        "children who may be one household (a lead acts)",
        household,
    )
    as_user(p)
    p = command("link", cmd_household_link, "confirm children as one household (a lead acts)", household)
    p.add_argument("upns", nargs="+", metavar="UPN")
    as_user(p)
    p = command(
        "add-member",
        cmd_household_add_member,
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

    p = command("triage", cmd_triage, "the lead's triage queue: overdue first")
    p.add_argument("--json", action="store_true")
    as_user(p)
    return household


def add_oversight_commands(command: Command, staff: Any, as_user: AsUser) -> None:
    """`settings`, `dashboard`, `audit`, and the account changes under `staff` (disable, enable, reset-password,
    grant-lead, revoke-lead)."""
    p = command(
        "settings",
        cmd_settings,
        "the school's clocks and red-flag thresholds: show them, or change some with NAME=VALUE (a lead acts)",
    )
    p.add_argument("changes", nargs="*", metavar="NAME=VALUE", help="e.g. acknowledge_within_school_days=2")
    as_user(p)
    p = command("dashboard", cmd_dashboard, "the oversight dashboard: counts and clocks only")
    as_user(p)
    p = command(
        "audit",
        cmd_audit,
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
        p = command(name, cmd_staff_change, help_text, staff)
        p.add_argument("username")
        as_user(p)
