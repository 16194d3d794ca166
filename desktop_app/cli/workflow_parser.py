"""The arguments of the lead's workflow commands (`flags`, `decide`, `refer`, `action add`, ...; run by
desktop_app/cli/workflow.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop_app.cli import workflow
from desktop_app.cli.common import EXIT_USAGE, AsUser, Command
from desktop_app.cli.meetings import add_meeting_commands


def add_workflow_commands(command: Command, sub: Any, as_user: AsUser) -> Any:
    """The lead's workflow (desktop_app/cli/workflow.py). REF is a concern's reference as `record` printed it.
    Returns the `pupil` command's subcommands; meetings and "my actions" join here (desktop_app/cli/meetings.py)."""

    def lead_command(
        name: str, handler: Callable[..., int], help_text: str, parent: Any = sub, *, ref: bool = True
    ) -> argparse.ArgumentParser:
        p = command(name, handler, help_text, parent)
        if ref:
            p.add_argument("ref", metavar="REF", help="the concern's reference, e.g. CL-1A2B3C4D")
        p.add_argument("--json", action="store_true", help="print what was done as JSON")
        as_user(p)
        return p

    _add_decision_commands(command, lead_command, as_user)
    pupil, action = _add_follow_up_commands(command, lead_command)
    add_meeting_commands(command, as_user, action)
    return pupil


def _add_decision_commands(command: Command, lead_command: Command, as_user: AsUser) -> None:
    """`flags`, `acknowledge`, `decide`, `signoff`, `refer`, `chase`, `outcome`, `close`."""
    p = lead_command(
        "flags", workflow.cmd_flags, "a child's red flags (a lead acts; the opening is audited)", ref=False
    )
    p.add_argument("upn", metavar="UPN")
    lead_command("acknowledge", workflow.cmd_acknowledge, "acknowledge a concern (its author sees that)")
    p = lead_command("decide", workflow.cmd_decide, "record a decision on a concern, with its rationale")
    p.add_argument(
        "--outcome",
        required=True,
        metavar="|".join(("refer", "early-help", "monitor", "no-further-action")),
        help="refer (to children's social care), refer-police, early-help, monitor or no-further-action",
    )
    p.add_argument("--rationale", required=True, metavar="TEXT", help="why this decision, on what information")
    p = lead_command(
        "signoff", workflow.cmd_signoff, "a second lead agrees with or challenges the latest decision on a concern"
    )
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--agree", dest="agree", action="store_true")
    choice.add_argument("--challenge", dest="agree", action="store_false")
    p.add_argument("--note", default="", metavar="TEXT", help="a comment (a challenge needs its reason)")
    p = lead_command("refer", workflow.cmd_refer, "record a referral of a concern to another agency")
    p.add_argument("--agency", required=True, metavar="NAME")
    p.add_argument("--reference", default="", metavar="X", help="the agency's reference")
    p.add_argument("--made-at", default=None, metavar="YYYY-MM-DDTHH:MM", help="when it was made (default: now)")
    p = command("chase", workflow.cmd_chase, "list referrals awaiting a response, or (with REF) record a chase")
    p.add_argument("ref", nargs="?", default="", metavar="REF", help="the concern whose referral was chased")
    p.add_argument("--agency", default="", metavar="NAME", help="which referral, when the concern has several")
    p.add_argument("--note", default="", metavar="TEXT", help="who you spoke to and what they said")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = lead_command("outcome", workflow.cmd_outcome, "record what the agency decided about a concern's referral")
    p.add_argument("--note", required=True, metavar="TEXT", help="what the agency decided")
    p.add_argument("--agency", default="", metavar="NAME", help="which referral, when the concern has several")
    p = lead_command("close", workflow.cmd_close, "close a concern with its outcome")
    p.add_argument("--note", required=True, metavar="TEXT", help="the outcome: what happened in the end")


def _add_follow_up_commands(command: Command, lead_command: Command) -> tuple[Any, Any]:
    """`action add`, `agency set` and `pupil mobility`; returns the `pupil` and `action` commands' subcommands."""
    action = command(
        "action", lambda *_: EXIT_USAGE, "actions about a child, and your own (`actions mine`)", aliases=["actions"]
    ).add_subparsers(dest="action_command")
    p = lead_command("add", workflow.cmd_action_add, "an action about a child: what, who, by when", action, ref=False)
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--text", required=True, metavar="TEXT", help="what is to be done")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--owner", default="", metavar="USERNAME", help="who does it (default: you)")
    p.add_argument("--concern", default="", metavar="REF", help="the concern it follows from")

    agency = command("agency", lambda *_: EXIT_USAGE, "other agencies' involvement").add_subparsers(
        dest="agency_command"
    )
    p = lead_command("set", workflow.cmd_agency_set, "an agency's involvement with a child starting or ending", agency,
                     ref=False)  # fmt: skip
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--status", required=True, metavar="cin|cp-plan|looked-after|early-help")
    p.add_argument("--ended", action="store_true", help="the involvement has ended")
    p.add_argument("--agency", default="", metavar="NAME")
    p.add_argument("--contact", default="", metavar="TEXT", help="the named worker and how to reach them")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="when it started or ended (default: now)")

    pupil = command("pupil", lambda *_: EXIT_USAGE, "facts about a child").add_subparsers(dest="pupil_command")
    p = lead_command(
        "mobility", workflow.cmd_pupil_mobility, "whether a child is independently mobile", pupil, ref=False
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("mobility", metavar="mobile|not-mobile")
    p.add_argument("--note", default="", metavar="TEXT")
    return pupil, action
