"""`allegations` (the head's key and its holders) and `allegation` (a holder records, lists and gives outcomes):
allegations against staff, sealed to the head's allegations key alone (services/allegations.py)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, _out, _sign_in, _sign_out, _store
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _day

OUTCOMES = ("substantiated", "malicious", "false", "unsubstantiated", "unfounded")


def _usage(*_: Any) -> int:
    return EXIT_USAGE


def add_allegations_commands(command: Any, as_user: Any) -> None:
    keys = command(
        "allegations",
        _usage,
        "the allegations key against staff: the head makes it and names the leads who hold it",
    )
    keys_sub = keys.add_subparsers(dest="allegations_command", metavar="ACTION", required=True)
    key = command("key", _usage, "the allegations key", parent=keys_sub)
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    p = command("create", cmd_key_create, "make the school's allegations key (the head acts, once)", parent=key_sub)
    as_user(p)
    holder = command("holder", _usage, "who holds the allegations key", parent=keys_sub)
    holder_sub = holder.add_subparsers(dest="holder_command", metavar="ACTION", required=True)
    p = command(
        "add",
        cmd_holder_add,
        "name a lead (or another oversight account) as a holder: they read every allegation so far (the head acts)",
        parent=holder_sub,
    )
    p.add_argument("username", metavar="ACCOUNT", help="the username of the account to name")
    as_user(p)
    p = command(
        "remove",
        cmd_holder_remove,
        "remove a holder: a new allegations key without them, so they read nothing recorded after (the head acts)",
        parent=holder_sub,
    )
    p.add_argument("username", metavar="ACCOUNT")
    as_user(p)
    p = command("list", cmd_holder_list, "who holds the allegations key (a holder acts)", parent=holder_sub)
    p.add_argument("--json", action="store_true")
    as_user(p)

    allegation = command("allegation", _usage, "allegations against staff (the head and the holders the head names)")
    sub = allegation.add_subparsers(dest="allegation_command", metavar="ACTION", required=True)
    p = command("record", cmd_record, "record an allegation against a member of staff (a holder acts)", parent=sub)
    p.add_argument("--date", required=True, metavar="DATE", help="when the allegation was made")
    p.add_argument("--raised-by", required=True, metavar="TEXT", help="who raised it (name and role)")
    p.add_argument("--staff", default="", metavar="ACCOUNT", help="the username of the member of staff concerned")
    p.add_argument("--staff-name", default="", metavar="NAME", help="their full name (an adult with no account too)")
    p.add_argument("--staff-role", default="", metavar="TEXT", help="their role in school")
    p.add_argument("--staff-born", default="", metavar="DATE", help="their date of birth (for the retention date)")
    p.add_argument("--alleged", required=True, metavar="TEXT", help="what is alleged")
    p.add_argument("--child", action="append", default=[], metavar="UPN", help="a child involved (repeatable)")
    p.add_argument("--lado-referred", default="", metavar="DATE", help="when it was referred to the LADO")
    p.add_argument("--lado-reference", default="", metavar="TEXT", help="the LADO's reference")
    p.add_argument("--advice", default="", metavar="TEXT", help="the advice given")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command("list", cmd_list, "the allegations recorded, with outcome and retention (a holder acts)", parent=sub)
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command("outcome", cmd_outcome, "record an allegation's outcome (KCSIE Part 4; a holder acts)", parent=sub)
    p.add_argument("allegation_id", metavar="ID", help="the allegation's id (or its start)")
    p.add_argument("--outcome", required=True, choices=OUTCOMES)
    p.add_argument("--date", required=True, metavar="DATE", help="when the outcome was reached")
    p.add_argument("--note", default="", metavar="TEXT")
    as_user(p)
    p = command(
        "head",
        cmd_head,
        "who the head is and since when; --to hands the role over (the head acts); --take-over takes it when the "
        "head's account is disabled (an oversight account acts)",
        parent=sub,
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--to", default="", metavar="ACCOUNT", help="the oversight account to hand the role to")
    which.add_argument("--take-over", action="store_true", help="take the role: only while the head is disabled")
    p.add_argument("--json", action="store_true")
    as_user(p)


def _acting(args: argparse.Namespace, secrets: SecretReader, work: Callable[[Any], Any]) -> Any:
    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        try:
            return work(session)
        finally:
            _sign_out(session)


def cmd_key_create(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations import create_allegations_key

    key_id = _acting(args, secrets, create_allegations_key)
    _out(f"Made the allegations key ({key_id}); only you hold it. Name holders with `allegations holder add`.")
    return EXIT_OK


def cmd_holder_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations import add_holder

    _acting(args, secrets, lambda session: add_holder(session, args.username))
    _out(f"{args.username.strip()} now holds the allegations key and can read every allegation recorded so far.")
    return EXIT_OK


def cmd_holder_remove(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations import remove_holder

    _acting(args, secrets, lambda session: remove_holder(session, args.username))
    _out(
        f"{args.username.strip()} no longer holds the allegations key: a new key was made without them, so they "
        "cannot read any allegation recorded from now on."
    )
    return EXIT_OK


def cmd_holder_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations import holders_words, list_holders

    found = _acting(args, secrets, list_holders)
    rows = [{"username": h.username or ("you" if h.is_you else ""), "role": h.role.value} for h in found]
    if args.json:
        _out(json.dumps({"holders": rows}, indent=2, ensure_ascii=False))
    else:
        _out(holders_words(found) + ".")
    return EXIT_OK


def cmd_record(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations import record_allegation

    fields = {
        "made_on": _day(args.date, "--date"),
        "raised_by": args.raised_by,
        "alleged": args.alleged,
        "staff_username": args.staff,
        "staff_name": args.staff_name,
        "staff_role": args.staff_role,
        "staff_born": _day(args.staff_born, "--staff-born") if args.staff_born else None,
        "children": args.child,
        "lado_referred": _day(args.lado_referred, "--lado-referred") if args.lado_referred else None,
        "lado_reference": args.lado_reference,
        "advice": args.advice,
    }
    recorded = _acting(args, secrets, lambda session: record_allegation(session, **fields))
    if args.json:
        _out(json.dumps({"id": recorded.allegation_id, "notice": recorded.notice}, indent=2))
        return EXIT_OK
    _out(f"Recorded allegation {recorded.allegation_id}, readable only by the allegations key's holders.")
    if recorded.notice:
        _out(recorded.notice)
    return EXIT_OK


def _row(allegation: Any) -> dict[str, Any]:
    outcome, retention = allegation.outcome, allegation.retention
    return {
        "id": allegation.allegation_id,
        "made_on": allegation.made_on.isoformat(),
        "raised_by": allegation.raised_by,
        "staff": allegation.staff_name,
        "staff_role": allegation.staff_role,
        "alleged": allegation.alleged,
        "children": list(allegation.children),
        "lado_referred": allegation.lado_referred.isoformat() if allegation.lado_referred else "",
        "lado_reference": allegation.lado_reference,
        "advice": allegation.advice,
        "outcome": outcome.outcome.value if outcome else "",
        "outcome_on": outcome.on.isoformat() if outcome else "",
        "outcome_note": outcome.note if outcome else "",
        "retention": retention.rule,
        "keep_until": retention.until.isoformat() if retention.until else "",
        "to_be_removed": retention.remove,
    }


def cmd_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations_opened import openings, read_allegations

    def read(session: Any) -> Any:
        return read_allegations(session, "listed in full on the command line"), openings(session)

    record, opened = _acting(args, secrets, read)
    rows = [_row(a) for a in sorted(record.allegations.values(), key=lambda a: (a.made_on, a.allegation_id))]
    for row in rows:
        row["opened"] = [{"by": o.who, "at": o.at.isoformat(), "how": o.how} for o in opened.get(row["id"], [])]
    set_aside = [{"id": entry_id, "why": why} for entry_id, why in record.set_aside]
    if args.json:
        _out(json.dumps({"allegations": rows, "set_aside": set_aside}, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        _out("No allegations recorded.")
    for row in rows:
        _out(f"{row['made_on']}  {row['staff']}  raised by {row['raised_by']}  ({row['id']})")
        _out(f"    alleged: {row['alleged']}")
        if row["children"]:
            _out(f"    children: {', '.join(row['children'])}")
        lado = f"referred {row['lado_referred']}" if row["lado_referred"] else "not referred"
        _out(f"    LADO: {lado}{'  ref ' + row['lado_reference'] if row['lado_reference'] else ''}")
        _out(f"    outcome: {row['outcome'] + ' (' + row['outcome_on'] + ')' if row['outcome'] else 'none yet'}")
        keep = "to be removed" if row["to_be_removed"] else f"keep until {row['keep_until']}"
        _out(f"    retention: {keep}: {row['retention']}")
        last = row["opened"][0] if row["opened"] else None
        if last is not None:
            _out(f"    opened {len(row['opened'])} time(s); last by {last['by']} at {last['at'][:16]} ({last['how']})")
    for item in set_aside:
        _out(f"set aside: {item['id']}: {item['why']}")
    return EXIT_OK


def cmd_outcome(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations import record_outcome

    day = _day(args.date, "--date")
    _acting(args, secrets, lambda session: record_outcome(session, args.allegation_id, args.outcome, day, args.note))
    _out(f"Recorded the outcome {args.outcome} for allegation {args.allegation_id}.")
    return EXIT_OK


def cmd_head(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.allegations_head import hand_over, head_words, take_over, the_head

    def act(session: Any) -> Any:
        if args.to:
            hand_over(session, args.to)
        elif args.take_over:
            take_over(session, args.as_user)
        return the_head(session)

    head = _acting(args, secrets, act)
    if args.json:
        found = None
        if head is not None:
            found = {
                "account_id": head.account_id,
                "name": head.name,
                "since": head.since.isoformat(),
                "you": head.is_you,
                "taken_over": head.taken_over,
                "former": head.former,
                "former_name": head.former_name,
            }
        _out(json.dumps({"head": found}, indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.to:
        _out(f"You handed the head's role to {args.to.strip()}: from now on only their allegations key changes count.")
    elif args.take_over:
        _out("You took over as the head; a new allegations key was made for you and the holders.")
    _out(head_words(head))
    return EXIT_OK
