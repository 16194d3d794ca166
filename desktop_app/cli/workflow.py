"""The lead's workflow on the command line: flags, acknowledge, decide, sign off, refer, chase, outcome, close,
actions, agency statuses and mobility. Each command signs in, requires a lead, calls the one service the lead's
window calls, prints one line (or JSON with --json) and signs out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, CliError, _out, _sign_in, _sign_out, _store
from desktop_app.cli.secrets import SecretReader

if TYPE_CHECKING:
    from desktop_app.services.folded import LeadWorkspace
    from desktop_app.services.session import Session

#: `decide --outcome` words and the decision each records (`refer` is a referral to children's social care).
OUTCOMES = {
    "refer": "refer-csc",
    "refer-csc": "refer-csc",
    "refer-police": "refer-police",
    "early-help": "early-help",
    "monitor": "monitor",
    "no-further-action": "no-further-action",
}
MOBILITY = {"mobile": True, "not-mobile": False}

T = TypeVar("T")


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _moment(text: str | None, what: str) -> datetime | None:
    """An ISO date or date and time from the command line; without a zone it is this PC's local time."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{what} must be a date and time like 2026-12-07T09:30, not {text!r}", EXIT_USAGE) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{what} must be a date like 2026-12-07, not {text!r}", EXIT_USAGE) from None


def _as_lead(args: argparse.Namespace, secrets: SecretReader, work: Callable[[Session, LeadWorkspace], T]) -> T:
    """Sign in, open the lead's workspace (a lead only), run `work(session, workspace)`, sign out."""
    from desktop_app.services.triage import open_workspace

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            session.require_lead()
            return work(session, open_workspace(session))
        finally:
            _sign_out(session)


def _finish(args: argparse.Namespace, result: dict[str, Any]) -> int:
    """Print the result: its JSON with --json, else its `said` line(s)."""
    said = result.pop("said")
    if getattr(args, "json", False):
        _out(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _out(said)
    return EXIT_OK


def _about(state: Any, concern: Any) -> dict[str, Any]:
    from desktop_app.domain.ids import short_reference

    pupil = state.pupils.get(concern.pupil_id)
    return {
        "reference": short_reference(concern.concern_id),
        "concern_id": concern.concern_id,
        "upn": pupil.upn if pupil else "",
        "pupil": pupil.full_name if pupil else "(pupil not in the directory)",
    }


def _child(about: dict[str, Any]) -> str:
    return f"{about['pupil']}, {about['upn']}"


def cmd_flags(args: argparse.Namespace, secrets: SecretReader) -> int:
    """A child's red flags (the opening is written to the file's access audit, as `chronology` does)."""
    from desktop_app.domain.decisions import open_flags
    from desktop_app.domain.ids import short_reference
    from desktop_app.services.concerns import read_child_file
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.verified import trust_warnings

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        opened = read_child_file(session, pupil.pupil_id, state=state, flags=workspace.flags)
        flags = [
            {
                **flag.to_json(),
                "open": bool(open_flags(state, [flag], flag.at_entry)),
                "references": [short_reference(e) for e in flag.entry_ids],
            }
            for flag in opened.flags
            if flag.pupil_id == pupil.pupil_id
        ]
        names = {a: m.full_name for a, m in state.staff.items()}
        warnings = trust_warnings(session.view, names=names, passed_over=state.passed_over)
        return {"flags": flags, "pupil": pupil.full_name, "upn": pupil.upn, "warnings": warnings}

    result = _as_lead(args, secrets, work)
    for line in result["warnings"]:  # entries set aside as untrustworthy, as `chronology` says (on standard error)
        print(line if line.startswith("  ") else f"WARNING: {line}", file=sys.stderr)
    if args.json:
        _out(json.dumps(result["flags"], indent=2, ensure_ascii=False))
        return EXIT_OK
    flags = result["flags"]
    _out(f"{len(flags)} red flag(s) for {result['pupil']} ({result['upn']})" + (":" if flags else "."))
    for flag in flags:
        strength = "STRONG " if flag["strong"] else ""
        standing = "" if flag["open"] else " (acted on: referred)"
        _out(f"  {strength}[{flag['code']}] {flag['reason']}{standing}")
        _out(f"      from {', '.join(flag['references'])}")
    return EXIT_OK


def cmd_acknowledge(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.triage.standing import who
    from desktop_app.services.references import find_concern
    from desktop_app.services.triage import acknowledge

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        held = state.lead.acknowledgement(concern.concern_id)
        entry_id = acknowledge(session, state, concern.concern_id)
        if held is not None:
            said = (f"{about['reference']} ({_child(about)}) was already acknowledged by {who(state, held.by)} on "
                    f"{_when(held.at)}; nothing new was written.")  # fmt: skip
        else:
            said = f"Acknowledged {about['reference']} ({_child(about)}); its author will see that."
        return {**about, "acknowledgement_id": entry_id, "already": held is not None, "said": said}

    return _finish(args, _as_lead(args, secrets, work))


def cmd_decide(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.lead.concern_records import decision_words
    from desktop_app.services.decisions import record_decision
    from desktop_app.services.references import find_concern

    decision = OUTCOMES.get(args.outcome.strip().lower())
    if decision is None:
        raise CliError(f"--outcome must be one of: {', '.join(OUTCOMES)} (not {args.outcome!r}); nothing was recorded")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        done = record_decision(session, state, concern.concern_id, decision, args.rationale)
        said = f"Decision recorded on {about['reference']} ({_child(about)}): {decision_words(decision)}."
        if done.needs_second_lead:
            said += (" It is not a referral while a red flag is open, so a different lead must sign it off: "
                     f"concern-logger signoff {about['reference']} --agree|--challenge --as LEAD")  # fmt: skip
        return {
            **about,
            "decision_id": done.decision_id,
            "decision": decision,
            "needs_second_lead": done.needs_second_lead,
            "open_flags": [flag.reason for flag in done.open_flags],
            "said": said,
        }

    return _finish(args, _as_lead(args, secrets, work))


def cmd_signoff(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.lead.concern_records import decision_words
    from desktop_app.services.decisions import decision_standing, latest_decision_id, sign_off_decision
    from desktop_app.services.references import find_concern
    from desktop_app.services.triage import refresh_workspace

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        decision = state.lead.decisions[latest_decision_id(state, concern.concern_id)]
        entry_id = sign_off_decision(session, state, decision.entry_id, args.agree, args.note)
        refresh_workspace(
            session, workspace, save=False
        )  # the sign-off just written, so its standing is told as it is now
        standing = decision_standing(workspace.state, decision.entry_id)
        verb = "Agreed with" if args.agree else "Challenged"
        said = f"{verb} the decision on {about['reference']} ({_child(about)}): {decision_words(decision.decision)}."
        said += f" It stands as: {standing}."
        return {**about, "sign_off_id": entry_id, "decision_id": decision.entry_id, "agrees": args.agree,
                "standing": standing, "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_refer(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.decisions import record_referral
    from desktop_app.services.references import find_concern
    from desktop_app.services.triage import refresh_workspace

    made = _moment(args.made_at, "--made-at")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        referral_id = record_referral(session, state, concern.concern_id, args.agency, args.reference, made)
        refresh_workspace(session, workspace, save=False)
        referral = workspace.state.lead.referrals[referral_id]
        said = (
            f"Referral to {referral.agency} recorded on {about['reference']} ({_child(about)}), reference "
            f"{referral.reference or '(none given)'}; a response is expected by {_when(referral.expected_by)}."
        )
        return {
            **about,
            "referral_id": referral_id,
            "agency": referral.agency,
            "agency_reference": referral.reference,
            "expected_by": referral.expected_by.isoformat(),
            "said": said,
        }

    return _finish(args, _as_lead(args, secrets, work))


def cmd_chase(args: argparse.Namespace, secrets: SecretReader) -> int:
    """With REF, record a chase of the concern's referral; without, list the referrals awaiting a response."""
    from desktop_app.services.decisions import chase_referral
    from desktop_app.services.follow_ups import referral_of, referrals_awaiting
    from desktop_app.services.references import find_concern
    from desktop_app.services.uow import now_utc

    if not args.ref:
        if args.note or args.agency:
            raise CliError("--note and --agency go with a concern's reference: chase REF --note TEXT", EXIT_USAGE)
        awaiting = _as_lead(args, secrets, lambda _s, workspace: {"list": referrals_awaiting(workspace.state,
                                                                                              now_utc())})  # fmt: skip
        rows = awaiting["list"]
        if args.json:
            _out(json.dumps([row.to_json() for row in rows], indent=2, ensure_ascii=False))
            return EXIT_OK
        if not rows:
            _out("No referral is awaiting a response.")
        for row in rows:
            r = row.referral
            late = "OVERDUE: chase now" if row.overdue else f"chase after {_when(row.chase_due)}"
            _out(
                f"{row.reference}  {row.pupil_name} ({row.upn})  {r.agency}, reference {r.reference or '(none given)'}"
            )
            _out(f"        made {_when(r.occurred_at)}; {late}; chased {row.chases} time(s)")
        return EXIT_OK

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        referral = referral_of(state, concern, args.agency)
        entry_id = chase_referral(session, state, referral.entry_id, args.note)
        said = (f"Chase of the referral to {referral.agency} on {about['reference']} ({_child(about)}) recorded; the "
                "queue reminds you again if no answer comes.")  # fmt: skip
        return {**about, "chase_id": entry_id, "referral_id": referral.entry_id, "agency": referral.agency,
                "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_outcome(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Record what the agency decided about the concern's referral."""
    from desktop_app.services.decisions import record_referral_outcome
    from desktop_app.services.follow_ups import referral_of
    from desktop_app.services.references import find_concern

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        referral = referral_of(state, concern, args.agency)
        entry_id = record_referral_outcome(session, state, referral.entry_id, args.note)
        said = f"Outcome of the referral to {referral.agency} on {about['reference']} ({_child(about)}) recorded."
        return {**about, "outcome_id": entry_id, "referral_id": referral.entry_id, "agency": referral.agency,
                "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_close(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.decisions import close_concern
    from desktop_app.services.references import find_concern

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        concern = find_concern(state, args.ref)
        about = _about(state, concern)
        entry_id = close_concern(session, state, concern.concern_id, args.note)
        said = f"Closed {about['reference']} ({_child(about)}) with its outcome; it has left the queue."
        return {**about, "closure_id": entry_id, "said": said}

    return _finish(args, _as_lead(args, secrets, work))


def cmd_action_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    """An action for a member of staff about a child, by a due date (optionally tied to one of its concerns)."""
    from desktop_app.services.decisions import add_action
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.errors import ServiceError
    from desktop_app.services.references import find_concern
    from desktop_app.services.staff_admin import find_account

    due = _day(args.due, "--due")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        concern_id = ""
        if args.concern:
            concern = find_concern(state, args.concern)
            if concern.pupil_id != pupil.pupil_id:
                raise ServiceError(f"{args.concern.strip().upper()} is not a concern about {pupil.full_name}.")
            concern_id = concern.concern_id
        owner_id = find_account(session, state, args.owner) if args.owner else session.account_id
        action_id = add_action(session, state, pupil.pupil_id, args.text, owner_id, due, concern_id)
        owner = state.staff.get(owner_id)
        owner_name = owner.full_name if owner else args.owner
        said = f"Action added for {pupil.full_name} ({pupil.upn}), owned by {owner_name}, due {due.isoformat()}."
        return {"action_id": action_id, "upn": pupil.upn, "pupil": pupil.full_name, "owner": owner_name,
                "due": due.isoformat(), "concern_id": concern_id, "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_agency_set(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Another agency's involvement with a child starting (or, with --ended, ending), for the front sheet."""
    from desktop_app.domain.lead.agency_records import AgencyStatusCode
    from desktop_app.services.decisions import set_agency_status
    from desktop_app.services.directory import find_pupil

    when = _moment(args.on, "--on")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        status = args.status.strip().lower()
        entry_id = set_agency_status(session, state, pupil.pupil_id, status, not args.ended, args.agency,
                                     args.contact, args.note, when)  # fmt: skip
        words = AgencyStatusCode(status).words
        said = f"{words} {'ended' if args.ended else 'recorded'} for {pupil.full_name} ({pupil.upn})" + (
            f", with {args.agency.strip()}." if args.agency.strip() else "."
        )
        return {"agency_status_id": entry_id, "upn": pupil.upn, "pupil": pupil.full_name, "status": status,
                "active": not args.ended, "agency": args.agency.strip(), "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_pupil_mobility(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Whether a child is independently mobile (for a child who is not, any injury is a red flag)."""
    from desktop_app.services.decisions import set_mobility
    from desktop_app.services.directory import find_pupil

    mobile = MOBILITY.get(args.mobility.strip().lower())
    if mobile is None:
        raise CliError(f"mobility must be mobile or not-mobile (not {args.mobility!r}); nothing was recorded")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        entry_id = set_mobility(session, state, pupil.pupil_id, mobile, args.note)
        words = "independently mobile" if mobile else "not independently mobile"
        said = f"Recorded {pupil.full_name} ({pupil.upn}) as {words}."
        return {"mobility_id": entry_id, "upn": pupil.upn, "pupil": pupil.full_name, "independently_mobile": mobile,
                "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))


def cmd_household_add_member(args: argparse.Namespace, secrets: SecretReader) -> int:
    """A child in a pupil's household who is not on the roll; prints the reference that stands for their UPN."""
    from desktop_app.domain.households import households_for
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.households import add_household_member
    from desktop_app.services.triage import refresh_workspace

    born = _day(args.born, "--born")

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        pupil = find_pupil(workspace.state, args.upn)
        member = add_household_member(session, workspace.state, pupil.pupil_id, args.name, born, args.relationship,
                                      args.school)  # fmt: skip
        refresh_workspace(session, workspace, save=False)
        household = sorted(h.household_id for h in households_for(workspace.state.lead, member.pupil_id))
        said = (
            f"{member.upn}  {member.full_name} ({member.relationship}, born {born.isoformat()}) added to the "
            f"household of {pupil.full_name} ({pupil.upn}); use {member.upn} wherever a UPN is asked for."
        )
        return {"identifier": member.upn, "name": member.full_name, "born": born.isoformat(),
                "relationship": member.relationship, "school": member.school, "household_id": household[0],
                "with_upn": pupil.upn, "said": said}  # fmt: skip

    return _finish(args, _as_lead(args, secrets, work))
