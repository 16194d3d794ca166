"""Multi-agency meetings and the plans they make: meeting types, outcomes, attendees, plan actions, the current plan."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

MAX_ATTENDEES = 60
MAX_PLAN_ACTIONS = 60
MAX_NAME = 200
MAX_ACTION_TEXT = 2000
SEPARATOR = "|"
# The categories a child-protection plan is made under (Working Together to Safeguard Children): category codes.
CP_CATEGORIES = ("physical-abuse", "emotional-abuse", "sexual-abuse", "neglect")


class MeetingType(enum.StrEnum):
    """The kinds of multi-agency meeting a DSL attends or holds about a child."""

    STRATEGY = "strategy"
    CP_CONFERENCE = "cp-conference"
    CP_REVIEW = "cp-review"
    CORE_GROUP = "core-group"
    CHILD_IN_NEED = "cin"
    EARLY_HELP = "early-help"

    @property
    def words(self) -> str:
        return _MEETING_WORDS[self]


_MEETING_WORDS = {
    MeetingType.STRATEGY: "Strategy discussion",
    MeetingType.CP_CONFERENCE: "Initial child-protection conference",
    MeetingType.CP_REVIEW: "Review child-protection conference",
    MeetingType.CORE_GROUP: "Core group",
    MeetingType.CHILD_IN_NEED: "Child-in-need meeting",
    MeetingType.EARLY_HELP: "Early Help / Team Around the Family meeting",
}


class PlanType(enum.StrEnum):
    """A plan a meeting can put a child on."""

    CHILD_PROTECTION = "cp"
    CHILD_IN_NEED = "cin"
    EARLY_HELP = "early-help"

    @property
    def words(self) -> str:
        return {"cp": "Child-protection plan", "cin": "Child-in-need plan", "early-help": "Early Help plan"}[self.value]


class Outcome(enum.StrEnum):
    """What a meeting decided about the child's plan. Each outcome names the plan that stands after it (or none)."""

    CP_PLAN = "cp-plan"  # a child-protection plan made (or kept), under a category
    CIN_PLAN = "cin-plan"
    EARLY_HELP_PLAN = "early-help-plan"
    PLAN_CONTINUES = "plan-continues"  # the plan that stands goes on, to the next review
    STEPPED_DOWN_TO_CIN = "stepped-down-to-cin"
    STEPPED_DOWN_TO_EARLY_HELP = "stepped-down-to-early-help"
    CLOSED = "closed"  # the plan ended with no other
    NO_PLAN = "no-plan"  # e.g. a strategy discussion that decided on no plan (or not yet)

    @property
    def words(self) -> str:
        return _OUTCOME_WORDS[self]


_OUTCOME_WORDS = {
    Outcome.CP_PLAN: "Child-protection plan",
    Outcome.CIN_PLAN: "Child-in-need plan",
    Outcome.EARLY_HELP_PLAN: "Early Help plan",
    Outcome.PLAN_CONTINUES: "Plan continues",
    Outcome.STEPPED_DOWN_TO_CIN: "Stepped down to a child-in-need plan",
    Outcome.STEPPED_DOWN_TO_EARLY_HELP: "Stepped down to Early Help",
    Outcome.CLOSED: "Plan closed",
    Outcome.NO_PLAN: "No plan",
}
_PLAN_AFTER: dict[Outcome, PlanType | None] = {
    Outcome.CP_PLAN: PlanType.CHILD_PROTECTION,
    Outcome.CIN_PLAN: PlanType.CHILD_IN_NEED,
    Outcome.EARLY_HELP_PLAN: PlanType.EARLY_HELP,
    Outcome.STEPPED_DOWN_TO_CIN: PlanType.CHILD_IN_NEED,
    Outcome.STEPPED_DOWN_TO_EARLY_HELP: PlanType.EARLY_HELP,
    Outcome.CLOSED: None,
}


def words_of(code: str, kind: type[MeetingType] | type[Outcome]) -> str:
    """A meeting type or outcome code in words (an unknown code, from a newer app, as it is)."""
    try:
        return kind(code).words
    except ValueError:
        return code


@dataclass(frozen=True, slots=True)
class Attendee:
    """Someone at a meeting: their full name, their role, and the agency they came from ("School" for staff)."""

    name: str
    role: str
    agency: str

    @property
    def words(self) -> str:
        """ "Jo Bloggs (Social worker, Children's Services)"."""
        about = ", ".join(p for p in (self.role, self.agency) if p)
        return f"{self.name} ({about})" if about else self.name


class NotParsed(ValueError):
    """Text from the command line or a form that is not in the form asked for; the message says what to write."""


def _parts(text: str, count: int, form: str, first_limit: int = MAX_NAME) -> list[str]:
    """`count` parts separated by '|', each stripped, printable and at most MAX_NAME characters (the first at most
    `first_limit`)."""
    parts = [p.strip() for p in text.split(SEPARATOR)]
    if len(parts) != count:
        raise NotParsed(f"{text[:80]!r} is not {form} ({count} parts separated by '{SEPARATOR}')")
    for number, part in enumerate(parts):
        limit = first_limit if number == 0 else MAX_NAME
        if len(part) > limit:
            raise NotParsed(f"{part[:40]!r}... is longer than {limit} characters")
        if not part.isprintable():
            raise NotParsed(f"{part[:40]!r} holds a control character")
    return parts


def parse_attendee(text: str) -> Attendee:
    """ "Name|Role|Agency" as an attendee; the name and the agency are required, the role may be blank."""
    name, role, agency = _parts(text, 3, '"Name|Role|Agency"')
    if not name:
        raise NotParsed(f'{text!r} has no name: an attendee is "Name|Role|Agency"')
    if not agency:
        raise NotParsed(f'{text!r} has no agency: write "School" for the school\'s own staff')
    return Attendee(name, role, agency)


@dataclass(frozen=True, slots=True)
class PlanActionInput:
    """A plan action as typed: what is to be done, who owns it (as written: a username, or "Name (Agency)"), by
    when it is reviewed."""

    text: str
    owner: str
    review: date


def parse_plan_action(text: str) -> PlanActionInput:
    """ "text|owner|review-date" (the owner a member of staff's username, or "Name (Agency)" from another agency)."""
    what, owner, when = _parts(text, 3, '"text|owner|review-date"', MAX_ACTION_TEXT)
    if not what:
        raise NotParsed(f'{text!r} says nothing to do: a plan action is "text|owner|review-date"')
    if not owner:
        raise NotParsed(f'{text!r} has no owner: name a member of staff, or "Name (Agency)" from another agency')
    try:
        review = date.fromisoformat(when)
    except ValueError:
        raise NotParsed(f"{when!r} is not a review date like 2026-12-07") from None
    return PlanActionInput(what, owner, review)


def external_owner(owner: str) -> tuple[str, str] | None:
    """ "Name (Agency)" as (name, agency), or None when the owner is not written that way (then it must be staff)."""
    owner = owner.strip()
    if not owner.endswith(")") or "(" not in owner:
        return None
    name, _, agency = owner[:-1].rpartition("(")
    name, agency = name.strip(), agency.strip()
    return (name, agency) if name and agency else None


@dataclass(frozen=True, slots=True)
class Meeting:
    """A multi-agency meeting about a child, as a lead recorded it. `held_on` is the day it was held,
    `next_on` the next meeting or review (None: none set), `category` the CP plan's category of harm."""

    entry_id: str
    pupil_id: str
    meeting_type: str
    held_on: date
    attendees: tuple[Attendee, ...]
    outcome: str
    category: str
    next_on: date | None
    notes: str
    by: str
    at: datetime

    @property
    def type_words(self) -> str:
        return words_of(self.meeting_type, MeetingType)

    @property
    def outcome_words(self) -> str:
        words = words_of(self.outcome, Outcome)
        return f"{words} ({self.category})" if self.outcome == Outcome.CP_PLAN and self.category else words


@dataclass(frozen=True, slots=True)
class CurrentPlan:
    """The plan a child is on after every meeting so far: its type, the day it began (its type's first meeting in an
    unbroken run), the CP category, the next review, and the meeting that last spoke of it."""

    plan: PlanType
    since: date
    category: str
    next_review: date | None
    meeting_id: str

    @property
    def words(self) -> str:
        return f"{self.plan.words} ({self.category})" if self.category else self.plan.words


def current_plan(meetings: Iterable[Meeting]) -> CurrentPlan | None:
    """The plan that stands after the meetings, in the order they were held (then recorded): an outcome naming a
    plan starts it (or, for the same plan, keeps it and its start); "plan continues" and "no plan" keep what stands
    and move its review on; "closed" ends it. An unknown outcome (from a newer app) changes nothing."""
    plan: CurrentPlan | None = None
    for meeting in sorted(meetings, key=lambda m: (m.held_on, m.at, m.entry_id)):
        try:
            outcome = Outcome(meeting.outcome)
        except ValueError:
            continue
        if outcome in (Outcome.PLAN_CONTINUES, Outcome.NO_PLAN):
            if plan is not None:
                plan = CurrentPlan(plan.plan, plan.since, plan.category, meeting.next_on or plan.next_review,
                                   meeting.entry_id)  # fmt: skip
            continue
        after = _PLAN_AFTER[outcome]
        if after is None:
            plan = None
            continue
        category = meeting.category if after == PlanType.CHILD_PROTECTION else ""
        since = plan.since if plan is not None and plan.plan == after else meeting.held_on
        plan = CurrentPlan(after, since, category or (plan.category if plan and plan.plan == after else ""),
                           meeting.next_on, meeting.entry_id)  # fmt: skip
    return plan


def meeting_from(entry_id: str, pupil_id: str, content: dict[str, Any], by: str, at: datetime) -> Meeting:
    """A meeting entry's content as a `Meeting`; ValueError when it is in no form the app writes (the fold then
    passes over it and `verify` names it)."""
    held = content.get("held_on")
    if not isinstance(held, str):
        raise ValueError("a meeting is held on a day")
    held_on = date.fromisoformat(held)
    given = content.get("attendees", [])
    if not isinstance(given, list) or len(given) > MAX_ATTENDEES:
        raise ValueError(f"a meeting's attendees are a list of at most {MAX_ATTENDEES}")
    attendees = []
    for one in given:
        if not (isinstance(one, list) and len(one) == 3 and all(isinstance(p, str) for p in one)):
            raise ValueError("an attendee is a name, a role and an agency")
        attendees.append(Attendee(*one))
    next_on = content.get("next_on") or None
    texts = {key: content.get(key, "") for key in ("type", "outcome", "category", "notes")}
    if not all(isinstance(v, str) for v in texts.values()) or not (next_on is None or isinstance(next_on, str)):
        raise ValueError("a meeting's type, outcome, category, notes and next date are text")
    return Meeting(
        entry_id, pupil_id, texts["type"], held_on, tuple(attendees), texts["outcome"], texts["category"],
        date.fromisoformat(next_on) if next_on else None, texts["notes"], by, at,
    )  # fmt: skip


def meeting_content(
    meeting_type: str, held_on: date, attendees: Iterable[Attendee], outcome: str, category: str,
    next_on: date | None, notes: str,
) -> dict[str, Any]:  # fmt: skip
    """What a meeting entry holds (the other way from `meeting_from`)."""
    return {
        "type": meeting_type,
        "held_on": held_on.isoformat(),
        "attendees": [[a.name, a.role, a.agency] for a in attendees],
        "outcome": outcome,
        "category": category,
        "next_on": next_on.isoformat() if next_on else "",
        "notes": notes,
    }
