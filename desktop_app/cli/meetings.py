"""`meeting record` and `meeting list` (a lead's), and `action mine` and `action done` (anyone's own plan actions)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import EXIT_USAGE, AsUser, CliError, Command, _sign_in, _sign_out, _store
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead, _day, _finish
from desktop_app.domain.lead.meetings import Attendee

if TYPE_CHECKING:
    from desktop_app.domain.records import SchoolState
    from desktop_app.services.session import Session

TYPES = ("strategy", "cp-conference", "cp-review", "core-group", "cin", "early-help")
OUTCOMES = (
    "cp-plan",
    "cin-plan",
    "early-help-plan",
    "plan-continues",
    "stepped-down-to-cin",
    "stepped-down-to-early-help",
    "closed",
    "no-plan",
)


def add_meeting_commands(command: Command, as_user: AsUser, action: Any) -> None:
    """`meeting record|list`; `mine` and `done` under the `action` command (`action`'s subcommands)."""
    meeting = command("meeting", lambda *_: EXIT_USAGE, "multi-agency meetings about a child and their plans")
    sub = meeting.add_subparsers(dest="meeting_command")
    p = command("record", cmd_meeting_record, "record a meeting, its outcome and its plan's actions (a lead)", sub)
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--type", required=True, dest="meeting_type", choices=TYPES, help="what kind of meeting")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day it was held")
    p.add_argument(
        "--attendee",
        action="append",
        default=[],
        metavar="NAME|ROLE|AGENCY",
        help='someone who attended, e.g. "Jo Bloggs|Social worker|Children\'s Services" (repeat)',
    )
    p.add_argument("--outcome", required=True, choices=OUTCOMES, help="what it decided about the child's plan")
    p.add_argument("--category", default="", metavar="CODE", help="a CP plan's category, e.g. neglect")
    p.add_argument("--next", default="", metavar="YYYY-MM-DD", help="the next meeting or review")
    p.add_argument("--notes", default="", metavar="TEXT")
    p.add_argument(
        "--action",
        action="append",
        default=[],
        dest="actions",
        metavar="TEXT|OWNER|REVIEW-DATE",
        help='a plan action; OWNER a member of staff\'s username or "Name (Agency)" (repeat)',
    )
    p.add_argument("--json", action="store_true", help="print what was done as JSON")
    as_user(p)
    p = command("list", cmd_meeting_list, "a child's meetings, their plans and the current plan (a lead)", sub)
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command("mine", cmd_action_mine, "the actions you own, open ones first, with their due dates", action)
    p.add_argument("--all", action="store_true", help="the done ones too")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command("done", cmd_action_done, "mark an action you own done, with a note (the lead sees it)", action)
    p.add_argument("action_id", metavar="ID", help="the action's id as `action mine` printed it (8 characters do)")
    p.add_argument("--note", default="", metavar="TEXT", help="what was done")
    p.add_argument("--json", action="store_true")
    as_user(p)


def _parsed(texts: list[str], parse: Any, what: str) -> list[Any]:
    from desktop_app.domain.lead.meetings import NotParsed

    try:
        return [parse(text) for text in texts]
    except NotParsed as exc:
        raise CliError(f"{what}: {exc}", EXIT_USAGE) from None


def cmd_meeting_record(args: argparse.Namespace, secrets: SecretReader) -> int:
    """A meeting about a child, its outcome and its plan, all written together or not at all."""
    from desktop_app.domain.lead.meetings import parse_attendee, parse_plan_action
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.meetings import plan_owner, record_meeting

    held = _day(args.date, "--date")
    next_on = _day(args.next, "--next") if args.next else None
    attendees = _parsed(args.attendee, parse_attendee, "--attendee")
    typed = _parsed(args.actions, parse_plan_action, "--action")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        actions = [(a.text, plan_owner(session, state, a.owner), a.review) for a in typed]
        recorded = record_meeting(
            session,
            state,
            pupil.pupil_id,
            args.meeting_type,
            held,
            attendees,
            args.outcome,
            category=args.category.strip(),
            next_on=next_on,
            notes=args.notes,
            actions=actions,
        )
        said = (
            f"Meeting recorded for {pupil.full_name} ({pupil.upn}) with {len(attendees)} attendee(s) and "
            f"{len(actions)} plan action(s)."
        )
        return {
            "meeting_id": recorded.meeting_id,
            "action_ids": list(recorded.action_ids),
            "upn": pupil.upn,
            "pupil": pupil.full_name,
            "said": said,
        }

    return _finish(args, _as_lead(args, secrets, work))


def _review(day: date | None) -> str:
    return day.isoformat() if day else "none set"


def cmd_meeting_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    """A child's meetings, oldest first, each with its attendees and plan actions, then the current plan."""
    from desktop_app.services.concerns import read_child_file
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.meetings import meetings_json, plan_json

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        opened = read_child_file(session, pupil.pupil_id, state=state, flags=workspace.flags)
        meetings = meetings_json(opened)
        lines = [f"Meetings for {pupil.full_name} ({pupil.upn})"]
        for m in meetings:
            lines.append(f"{m['held_on']}  {m['type_words']}: {m['outcome_words']}; next {m['next_on'] or 'none set'}")
            lines += [f"    attended: {Attendee(*a).words}" for a in m["attendees"]]
            for a in m["actions"]:
                state_words = "done" if a["done"] else "OVERDUE" if a["overdue"] else "open"
                lines.append(f"    action {a['action_id'][:8]} [{state_words}] {a['text']} ({a['owner']}, review "
                             f"{a['review'] or 'none set'})")  # fmt: skip
        plan = opened.front_sheet.plan
        if plan is None:
            lines.append("Current plan: none")
        else:
            lines.append(f"Current plan: {plan.words} since {plan.since.isoformat()}, next review "
                         f"{_review(plan.next_review)}")  # fmt: skip
        return {"upn": pupil.upn, "pupil": pupil.full_name, "meetings": meetings, "current_plan": plan_json(plan),
                "said": "\n".join(lines)}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def _signed_in(
    args: argparse.Namespace, secrets: SecretReader, work: Callable[[Session, SchoolState], dict[str, Any]]
) -> dict[str, Any]:
    """Sign anyone in (their own actions: no lead needed), fold what they can read, run `work`, sign out."""
    from desktop_app.services.state import load_state

    with _store(args) as store:
        session = _sign_in(args, store, secrets)
        try:
            return work(session, load_state(session))
        finally:
            _sign_out(session)


def cmd_action_mine(args: argparse.Namespace, secrets: SecretReader) -> int:
    """The actions the signed-in person owns: id, due date (OVERDUE when past), the child, what to do."""
    from desktop_app.services.meetings import my_actions

    def work(session: Any, state: Any) -> dict[str, Any]:
        today = date.today()
        mine = my_actions(session, state, include_done=args.all)
        lines = [
            f"{a.action_id[:8]}  {'done' if a.done else 'OVERDUE' if a.overdue(today) else 'due'} "
            f"{_review(a.due)}  {a.pupil_name} ({a.upn}): {a.text}"
            for a in mine
        ]
        items = [
            {
                "action_id": a.action_id,
                "text": a.text,
                "due": _review(a.due),
                "pupil": a.pupil_name,
                "upn": a.upn,
                "done": a.done,
                "overdue": a.overdue(today),
                "note": a.done_note,
            }
            for a in mine
        ]
        return {"actions": items, "said": "\n".join(lines) or "You have no open actions."}

    return _finish(args, _signed_in(args, secrets, work))


def cmd_action_done(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Mark one of your own actions done (a lead may mark anyone's), with a note."""
    from desktop_app.services.meetings import find_my_action, mark_action_done

    def work(session: Any, state: Any) -> dict[str, Any]:
        action_id = find_my_action(session, state, args.action_id)
        entry_id = mark_action_done(session, state, action_id, args.note)
        action = state.lead.actions[action_id]
        return {"action_id": action_id, "done_id": entry_id, "said": f"Marked done: {action.text}"}

    return _finish(args, _signed_in(args, secrets, work))
