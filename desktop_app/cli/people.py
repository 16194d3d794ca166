"""The people around a child and the referral form's facts on the command line: `household adult` records or
corrects a parent, carer or significant adult; `pupil facts` records (or, with no field, shows) what a referral
form asks beyond the roster; `chronology` prints both through `people_lines`."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import EXIT_USAGE, CliError
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead, _day, _finish
from desktop_app.domain.lead.file_parts import CHILD_LABELS, REFERRAL_LABELS

YES_NO = {"yes": True, "no": False, "unknown": None, "not-known": None}


def _yes_no(text: str | None, what: str) -> Any:
    """`yes`, `no` or `unknown` from an option; ... when the option was not given (keep what stands)."""
    if text is None:
        return ...
    word = text.strip().lower()
    if word not in YES_NO:
        raise CliError(f"{what} must be yes, no or unknown (not {text!r}); nothing was recorded", EXIT_USAGE)
    return YES_NO[word]


def add_people_commands(command: Any, household: Any, pupil: Any, as_user: Any) -> None:
    """`household adult` and `pupil facts` (their parsers: desktop_app/cli/__init__.py calls this)."""
    p = command("adult", cmd_household_adult, "record or correct a parent, carer or significant adult of a child",
                household)  # fmt: skip
    p.add_argument("upn", metavar="UPN", help="a child they are around (linked siblings share them)")
    p.add_argument("--adult", default="", metavar="ID", help="the adult to correct (their id, or its first 8+ "
                   "characters, as this command or chronology --json printed it)")  # fmt: skip
    p.add_argument("--name", default=None, metavar="FULL NAME")
    p.add_argument("--relationship", default=None, metavar="REL", help="to the child, e.g. mother, stepfather")
    p.add_argument("--parental-responsibility", default=None, metavar="yes|no|unknown")
    p.add_argument("--address", default=None, metavar="TEXT")
    p.add_argument("--contact", default=None, metavar="TEXT", help="telephone, e-mail")
    p.add_argument("--language", default=None, metavar="TEXT", help="the language they speak at home")
    p.add_argument("--interpreter", default=None, metavar="yes|no|unknown", help="whether they need an interpreter")
    p.add_argument("--born", default=None, metavar="YYYY-MM-DD", help="their date of birth ('' clears it)")
    p.add_argument("--school", default=None, metavar="NAME", help="a young parent's school or college")
    p.add_argument("--focus", default=None, metavar="yes|no|unknown", help="whether they are a focus of the referral")
    p.add_argument("--notes", default=None, metavar="TEXT")
    p.add_argument("--remove", action="store_true", help="take the adult off (recorded in error, or moved away)")
    p.add_argument("--json", action="store_true")
    as_user(p)

    p = command("facts", cmd_pupil_facts, "record (or, with no field, show) what a referral form asks beyond the "
                "roster: the child's details and the latest referral's", pupil)  # fmt: skip
    p.add_argument("upn", metavar="UPN")
    for name, label in (*CHILD_LABELS.items(), *REFERRAL_LABELS.items()):
        metavar = "yes|no|unknown" if name == "interpreter_needed" else "TEXT"
        p.add_argument("--" + name.replace("_", "-"), dest=name, default=None, metavar=metavar,
                       help=f"{label} ('' clears it)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    as_user(p)


def _find_adult(members: Any, wanted: str) -> Any:
    wanted = wanted.strip().lower()
    found = [
        m
        for m in members
        if m.adult_id and (m.adult_id == wanted or (len(wanted) >= 8 and m.adult_id.startswith(wanted)))
    ]
    if len(found) != 1:
        raise CliError(
            f"no single adult {wanted!r} around this child (chronology UPN --json lists their adult_id); nothing was "
            "recorded"
        )
    return found[0]


def cmd_household_adult(args: argparse.Namespace, secrets: SecretReader) -> int:
    """A parent, carer or significant adult recorded (or corrected, or taken off) from a child's UPN."""
    from desktop_app.domain.households import households_for
    from desktop_app.domain.lead.child_file import front_sheet
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.households import AdultDetails, record_adult_for_child, remove_household_adult

    choices = {
        "parental_responsibility": _yes_no(args.parental_responsibility, "--parental-responsibility"),
        "interpreter_needed": _yes_no(args.interpreter, "--interpreter"),
        "focus_of_referral": _yes_no(args.focus, "--focus"),
    }
    born: Any = ... if args.born is None else (_day(args.born, "--born") if args.born.strip() else None)
    texts = {k: getattr(args, k) for k in ("name", "relationship", "address", "contact", "language", "school", "notes")}
    if not args.adult and (args.remove or not (args.name or "").strip() or not (args.relationship or "").strip()):
        raise CliError("a new adult needs --name and --relationship (--remove needs --adult)", EXIT_USAGE)

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        current: Any = None
        if args.adult:
            current = _find_adult(front_sheet(state, pupil.pupil_id).members, args.adult)
        if args.remove:
            household = next(h for h in households_for(state.lead, pupil.pupil_id)
                             if current.adult_id in {a.adult_id for a in h.adults})  # fmt: skip
            remove_household_adult(session, state, household.household_id, current.adult_id)
            said = f"{current.name} ({current.relationship}) is taken off the household of {pupil.full_name}."
            return {"adult_id": current.adult_id, "removed": True, "upn": pupil.upn, "said": said}
        given: dict[str, Any] = {k: v for k, v in {**texts, **choices}.items() if v is not None and v is not ...}
        if born is not ...:
            given["date_of_birth"] = born
        if current is not None:
            kept = {k: getattr(current, k) for k in (*texts, *choices, "date_of_birth")}
            given = {**kept, **given}
        adult_id = record_adult_for_child(session, state, pupil.pupil_id, AdultDetails(**given),
                                          current.adult_id if current else "")  # fmt: skip
        verb = "corrected" if current else "recorded"
        said = f"{adult_id}  {' '.join(given['name'].split())} ({given['relationship'].strip()}) {verb} around " \
               f"{pupil.full_name} ({pupil.upn}) and the children linked with them."  # fmt: skip
        return {"adult_id": adult_id, "upn": pupil.upn, "corrected": current is not None, "said": said}

    return _finish(args, _as_lead(args, secrets, work))


def cmd_pupil_facts(args: argparse.Namespace, secrets: SecretReader) -> int:
    """The referral form's facts: each option given is recorded (only what changed); with none, shown."""
    from desktop_app.domain.lead.file_facts import referral_facts
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.file_facts import record_file_facts

    given = {name: getattr(args, name) for name in (*CHILD_LABELS, *REFERRAL_LABELS) if getattr(args, name) is not None}

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        written: list[str] = []
        if given:
            written = record_file_facts(session, state, pupil.pupil_id, given)
            from desktop_app.services.triage import refresh_workspace

            refresh_workspace(session, workspace, save=False)
            state = workspace.state
        facts = referral_facts(state.lead, pupil.pupil_id)
        lines = [f"{'Recorded' if written else 'Facts'} for {pupil.full_name} ({pupil.upn}):"]
        for label, value in (*facts.child_rows(), *facts.assessment_rows()):
            lines.append(f"  {label}: {_words(value)}")
        return {"upn": pupil.upn, "entries": written, "facts": facts.to_json(), "said": "\n".join(lines)}

    return _finish(args, _as_lead(args, secrets, work))


def _words(value: str | bool | None) -> str:
    if value is None:
        return "[not recorded]"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " / ".join(value.splitlines())


def people_lines(opened: Any) -> list[str]:
    """The people around the child, for `chronology`'s text: each adult and child of the household, then the
    referral form's facts a lead recorded (a field not recorded is left out here; `pupil facts UPN` shows all)."""
    lines = []
    members = opened.front_sheet.members
    lines.append("People around the child:" if members else "People around the child: none recorded yet")
    for m in members:
        details = [m.relationship]
        if m.parental_responsibility is not None:
            details.append("parental responsibility" if m.parental_responsibility else "no parental responsibility")
        if m.date_of_birth:
            details.append(f"born {m.date_of_birth.isoformat()}")
        details += [t for t in (m.address, m.contact, m.school) if t]
        if m.language:
            details.append(f"speaks {m.language}")
        if m.interpreter_needed:
            details.append("needs an interpreter")
        if m.focus_of_referral:
            details.append("a focus of the referral")
        ident = f" [{m.adult_id[:8]}]" if m.adult_id else ""
        lines.append(f"  {m.name}{ident}: " + "; ".join(" ".join(d.split()) for d in details if d))
    recorded = [
        (label, value)
        for label, value in (*opened.referral_facts.child_rows(), *opened.referral_facts.assessment_rows())
        if value is not None
    ]
    if recorded:
        lines.append("Referral form details:")
        lines += [f"  {label}: {_words(value)}" for label, value in recorded]
    return lines
