"""`retention list|review|hold|close|erase`: the leads' yearly retention review of children's files, inquiry holds,
closing a file for erasure and erasing it by destroying its keys."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, AsUser, CliError, Command, _out
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead, _day, _finish


def add_retention_commands(command: Any, as_user: Any) -> None:
    """`retention list|review|hold|close|erase`, in that order."""
    retention = command(
        "retention", lambda *_: EXIT_USAGE, "how long children's files are kept: the leads' yearly review and holds"
    ).add_subparsers(dest="retention_command")
    _add_review_commands(command, as_user, retention)
    _add_erasure_commands(command, as_user, retention)


def _add_review_commands(command: Command, as_user: AsUser, retention: Any) -> None:
    """`retention list|review|hold`: the files due, a lead's review of one, and an inquiry hold."""
    p = command(
        "list",
        cmd_retention_list,
        "files past their retention date or reaching it within a year (leavers included), and what was decided "
        "at review (a lead acts)",
        retention,
    )
    p.add_argument("--within-days", type=int, default=365, metavar="N", help="how far ahead to look (default 365)")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command(
        "review",
        cmd_retention_review,
        "record a file's retention review: --keep with --reason and --until (the next review date), or --erase "
        "with --reason (due for erasure) (a lead acts)",
        retention,
    )
    p.add_argument("upn", metavar="UPN")
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--keep", action="store_true", help="keep the file until --until")
    decision.add_argument("--erase", action="store_true", help="the file is due for erasure")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="with --keep: the next review date")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command(
        "hold",
        cmd_retention_hold,
        "hold a child's file past retention (an inquiry hold: never due while held), or --lift the hold (a lead acts)",
        retention,
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the file is held (or why the hold ends)")
    p.add_argument("--lift", action="store_true", help="end the hold that stands")
    p.add_argument("--json", action="store_true")
    as_user(p)


def _add_erasure_commands(command: Command, as_user: AsUser, retention: Any) -> None:
    """`retention close|erase`: a file decided due for erasure closed, then erased by destroying its keys."""
    p = command(
        "close",
        cmd_retention_close,
        "close a file decided due for erasure: a signed tombstone, after which the file shows in no view of the "
        "app; its keys are NOT destroyed until 'retention erase' (a lead acts; export it first to keep a copy)",
        retention,
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command(
        "erase",
        cmd_retention_erase,
        "erase a closed file by destroying its keys on this PC, then on the hub and every PC as they sync: records "
        "written under its file keys never open again; records written before file keys existed stay only closed. "
        "Backups made before, transfer bundles already sent and a PC that never syncs again keep the keys "
        "(a lead acts; cannot be undone)",
        retention,
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--json", action="store_true")
    as_user(p)


def cmd_retention_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.retention import retention_list

    if not 0 <= args.within_days <= 36_600:
        raise CliError(f"--within-days must be 0 to 36600, not {args.within_days}", EXIT_USAGE)

    def work(session: Any, workspace: Any) -> Any:
        return retention_list(session, workspace.state, args.within_days)

    listed = _as_lead(args, secrets, work)
    rows = [
        {
            "upn": r.pupil.upn,
            "pupil": r.pupil.full_name,
            "pupil_id": r.pupil.pupil_id,
            "date_of_birth": r.pupil.date_of_birth.isoformat() if r.pupil.date_of_birth else None,
            "left_on": r.item.left_on.isoformat() if r.item.left_on else None,
            **r.retention.to_json(listed.today),
        }
        for r in listed.rows
    ]
    if args.json:
        _out(json.dumps({"today": listed.today.isoformat(), "within_days": listed.within_days,
                         "retention_years": listed.years, "held": listed.held, "closed_for_erasure": listed.closed,
                         "erased": listed.erased, "written_after_closure": listed.after_closure, "files": rows},
                        indent=2, ensure_ascii=False))  # fmt: skip
        return EXIT_OK
    closing = ""
    if listed.closed:
        kept = listed.closed - listed.erased
        keys = (
            "their keys are not destroyed"
            if not listed.erased
            else "all erased: their keys destroyed"
            if not kept
            else f"{listed.erased} erased: their keys destroyed; the other {kept}'s keys are not"
        )
        closing = f"{_files(listed.closed)} closed for erasure ({keys})"
        if listed.after_closure:
            records = "1 record" if listed.after_closure == 1 else f"{listed.after_closure} records"
            closing += f"; {records} written about them after they were closed are not shown"
        closing += "."
    _out(
        f"{_files(len(rows))} to review on {listed.today:%d %b %Y} (past retention or within {listed.within_days} "
        f"days; date of birth + {listed.years} years); {listed.held} held."
    )
    for row in listed.rows:
        left = f", left {row.item.left_on:%d %b %Y}" if row.item.left_on else ""
        _out(f"  {row.pupil.full_name} ({row.pupil.upn}{left}): {row.words}")
    if closing:
        _out(closing)
    return EXIT_OK


def cmd_retention_review(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.retention import review_file

    until = _day(args.until, "--until") if args.until else None
    if args.erase and until is not None:
        raise CliError("--until goes with --keep: a file due for erasure has no next review date", EXIT_USAGE)
    if args.keep and until is None:
        raise CliError("--keep needs --until (the next review date); nothing was recorded", EXIT_USAGE)

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        pupil = find_pupil(workspace.state, args.upn)
        entry_id = review_file(session, workspace.state, pupil.pupil_id, keep=args.keep, reason=args.reason,
                               until=until)  # fmt: skip
        decided = f"kept until {until:%d %b %Y}" if until else "due for erasure"
        said = f"Recorded the retention review of {pupil.full_name} ({pupil.upn})'s file: {decided}."
        return {"review_id": entry_id, "upn": pupil.upn, "pupil": pupil.full_name,
                "decision": "keep" if args.keep else "erase", "until": until.isoformat() if until else None,
                "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_retention_hold(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.retention import hold_file

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        pupil = find_pupil(workspace.state, args.upn)
        entry_id = hold_file(session, workspace.state, pupil.pupil_id, args.reason, lift=args.lift)
        said = (
            f"Lifted the hold on {pupil.full_name} ({pupil.upn})'s file."
            if args.lift
            else f"Held {pupil.full_name} ({pupil.upn})'s file: it is never due for erasure while held."
        )
        return {"hold_id": entry_id, "upn": pupil.upn, "pupil": pupil.full_name, "held": not args.lift, "said": said}

    return _finish(args, _as_lead(args, secrets, work))


def cmd_retention_close(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.retention import close_for_erasure

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        pupil = find_pupil(workspace.state, args.upn)
        closed = close_for_erasure(session, workspace.state, pupil.pupil_id)
        exported = (
            f"{len(closed.exports)} export(s) since the review" if closed.exports else "no export since the review"
        )
        said = (
            f"Closed {pupil.full_name} ({pupil.upn})'s file for erasure ({exported}): it shows in no view of this app "
            "on any PC once they have synced. Its keys are NOT destroyed: its entries stay, encrypted, in every "
            f"store, on the hub and in backups until it is erased (retention erase {pupil.upn})."
        )
        return {"tombstone_id": closed.entry_id, "review_id": closed.review_id, "exports": list(closed.exports),
                "upn": pupil.upn, "keys_destroyed": False, "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_retention_erase(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.erasure import LIMITS, erase_file, find_closed

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        child = find_closed(session, workspace.state, args.upn)
        assert child.pupil is not None
        done = erase_file(session, workspace.state, child.pupil_id)
        who = f"{child.pupil.full_name} ({child.pupil.upn})"
        only = (
            f"; {done.only_closed} record(s) written before file keys existed are only closed, not erased"
            if done.only_closed
            else ""
        )
        said = (
            f"Erased {who}'s file: {len(done.file_keys)} file key(s) destroyed on this PC, so {done.erased} "
            f"record(s) sealed under them open with no key there is{only}. The hub and the other PCs destroy their "
            f"copies when they sync. {LIMITS}"
        )
        return {"tombstone_id": done.entry_id, "upn": child.pupil.upn, "file_keys": list(done.file_keys),
                "erased": done.erased, "only_closed": done.only_closed, "keys_destroyed": True,
                "limits": LIMITS, "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def _files(count: int) -> str:
    return "No file" if count == 0 else "1 file" if count == 1 else f"{count} files"
