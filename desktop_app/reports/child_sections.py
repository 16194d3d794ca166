"""The child's parts of a pack, drawn from the child's file: the child's details (with attendance), the household
and significant others, other agencies and referrals, the plan and its meetings, and the red flags."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from desktop_app.domain.lead.child_file import ChildFile, HouseholdMember
from desktop_app.domain.lead.file_parts import CHILD_LABELS
from desktop_app.domain.red_flags import RedFlag
from desktop_app.reports.attendance import attendance_cell
from desktop_app.reports.cells import NOT_APPLICABLE, age_on, answer, day, fact_cell, gap, refs, when, yes_no
from desktop_app.reports.inputs import NOT_RECORDED
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Cell, Grid, Span, TextBlock, facts, note


def child_facts(file: ChildFile, on: date, *, referral_form: bool = False) -> Grid:
    """The child's details, and the further details a lead recorded (ChildFile.referral_facts: ethnicity, NHS
    number, GP...); with `referral_form`, every further detail a referral form asks, each a gap until recorded."""
    sheet = file.front_sheet
    child = sheet.pupil
    born = day(child.date_of_birth)
    if child.date_of_birth:
        born = f"{born} (aged {age_on(child.date_of_birth, on)})"
    address = ", ".join(part for part in (child.address.strip(), child.postcode.strip()) if part)
    group = " / ".join(part for part in (child.year_group, child.reg_group) if part)
    mobile = {True: "Yes", False: "No (any injury is a red flag)", None: None}[sheet.independently_mobile]
    rows: list[tuple[str, Cell]] = [
        ("Forename(s)", answer(child.forename)),
        ("Surname", answer(child.surname)),
        ("Other names", answer(sheet.other_names)),
        ("Date of birth", born),
        ("Gender", answer(child.gender)),
        ("Address", answer(address)),
        ("School", answer(file.school_name)),
        ("Year / class", answer(group)),
        ("UPN", answer(child.upn)),
        ("Independently mobile", answer(mobile)),
        ("Attendance", attendance_cell(sheet.attendance)),
    ]
    if sheet.retention is not None:
        rows.append(("Retention", answer(sheet.retention.words(on))))
    # The recorded other names are printed once, in "Other names" above (after the roster's known-as name).
    further = [
        (label, value) for label, value in file.referral_facts.child_rows() if label != CHILD_LABELS["other_names"]
    ]
    rows += [(label, fact_cell(value)) for label, value in further if referral_form or value is not None]
    return facts(rows)


def household_grid(members: Sequence[HouseholdMember]) -> Flowable:
    """Everyone recorded in the child's households, as the front sheet lists them: parents, carers and significant
    adults first, then the children. Language and contact are asked of adults ("—" for a child); focus of referral
    is recorded for adults, so a child's prints as a gap."""
    if not members:
        return TextBlock(
            [
                gap(),
                Span(
                    "No household members or significant others are recorded in this child's file; that does not "
                    "mean there are none.",
                    size=SMALL + 0.5,
                    colour=MUTED,
                ),
            ],
            space_after=4,
        )
    rows = [
        [
            answer(m.name),
            answer(m.relationship),
            day(m.date_of_birth) if m.date_of_birth else gap(),
            yes_no(m.parental_responsibility),
            _address_and_contact(m),
            _language(m),
            answer(m.school),
            yes_no(m.focus_of_referral),
        ]
        for m in members
    ]
    header = ["Name", "Relationship", "Date of birth", "Parental respons.", "Address and contact", "Language",
              "School", "Focus of referral"]  # fmt: skip
    return Grid([0.14, 0.13, 0.1, 0.1, 0.19, 0.12, 0.12, 0.1], rows, header)


def _address_and_contact(member: HouseholdMember) -> Cell:
    """The address, then (for an adult) how to reach them: each a gap when not recorded."""
    address = Span(member.address) if member.address.strip() else gap()
    if not member.adult_id:
        return address
    contact = (
        Span(member.contact, label="Contact: ")
        if member.contact.strip()
        else Span(f"Contact: {NOT_RECORDED}", colour=MUTED)
    )
    return [address, contact]


def _language(member: HouseholdMember) -> Cell:
    """An adult's language and whether an interpreter is needed (a child's is on their own file: not applicable)."""
    if not member.adult_id:
        return Span(NOT_APPLICABLE, colour=MUTED)
    language = Span(member.language) if member.language.strip() else gap()
    interpreter = {True: "Interpreter needed", False: "No interpreter needed", None: None}[member.interpreter_needed]
    return (
        [language, Span(interpreter, size=SMALL)]
        if interpreter
        else [language, Span(f"Interpreter: {NOT_RECORDED}", size=SMALL, colour=MUTED)]
    )


def agencies_grid(file: ChildFile) -> Flowable:
    """Each agency status that stands, then each referral and its outcome (a gap when none is recorded)."""
    zone = file.zone
    rows: list[list[Cell]] = []
    for status in file.front_sheet.agencies:
        rows.append(
            [
                answer(status.agency),
                f"{status.words} since {day(status.since.astimezone(zone).date())}",
                answer(", ".join(t for t in (status.contact, status.note) if t)),
            ]
        )
    for item in file.referrals:
        referral = item.referral
        words = f"Referral made {when(referral.occurred_at, zone)}; "
        words += f"outcome: {item.outcome.outcome}" if item.outcome else "awaiting its outcome"
        rows.append([answer(referral.agency), words, answer(referral.reference and f"reference {referral.reference}")])
    if not rows:
        return TextBlock(
            [
                gap(),
                Span(
                    "No other agency's involvement is recorded in this school's file; that does not mean there is "
                    "none.",
                    size=SMALL + 0.5,
                    colour=MUTED,
                ),
            ],
            space_after=4,
        )
    return Grid([0.28, 0.4, 0.32], rows, ["Agency", "Status", "Contact / reference"])


def plan_note(file: ChildFile) -> Flowable:
    """The plan the child's meetings put them on (type, since when, next review), or that there is none."""
    plan = file.front_sheet.plan
    if plan is None:
        return note("Current plan: no meeting in this school's file put the child on a plan.")
    review = day(plan.next_review) if plan.next_review else "not set"
    return TextBlock(Span(f"Current plan: {plan.words} since {day(plan.since)}; next review {review}", bold=True),
                     space_after=4)  # fmt: skip


def meetings_grid(file: ChildFile) -> list[Flowable]:
    """The current plan, then each meeting (oldest first): its day and type, outcome, who came, and its plan's
    actions with their owners and review dates."""
    story: list[Flowable] = [plan_note(file)]
    if not file.meetings:
        return story
    rows: list[list[Cell]] = []
    for meeting in file.meetings:
        actions = []
        for status in file.plan_actions(meeting.entry_id):
            action = status.action
            owner = file.who(action.owner_id).words if action.owner_id else action.owner_name
            state = "done" if status.done else "OVERDUE" if status.overdue else "open"
            actions.append(f"{action.text} ({owner}; review {day(action.due)}; {state})")
        outcome = meeting.outcome_words + (f"; next {day(meeting.next_on)}" if meeting.next_on else "")
        rows.append(
            [
                f"{day(meeting.held_on)}\n{meeting.type_words}",
                outcome + (f"\n{meeting.notes}" if meeting.notes else ""),
                answer("; ".join(a.words for a in meeting.attendees)),
                answer("\n".join(actions)),
            ]
        )
    story.append(Grid([0.2, 0.24, 0.28, 0.28], rows, ["Meeting", "Outcome", "Attended", "Plan actions"]))
    return story


def flags_grid(flags: Sequence[RedFlag]) -> Flowable:
    if not flags:
        return note("None of the red-flag rules is met by this child's entries.")
    rows: list[list[Cell]] = [
        [Span(flag.reason, colour=WARNING), refs(list(dict.fromkeys((*flag.entry_ids, flag.at_entry))))]
        for flag in flags
    ]
    return Grid([0.68, 0.32], rows, ["Red flag and its reason", "Entries behind it"], zebra=False)
