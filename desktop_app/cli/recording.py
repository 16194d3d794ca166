"""Commands that record and read a child's records: `record`, `addendum`, `chronology`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import Any

from desktop_app.cli.common import (
    EXIT_OK,
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


def add_recording_commands(command: Command, as_user: AsUser) -> None:
    """`record`, `addendum`, `chronology`."""
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
