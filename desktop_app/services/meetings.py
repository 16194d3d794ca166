"""Multi-agency meetings and their plans (a lead's), and each member of staff's own plan actions ("My actions").

A meeting is one `meeting` entry sealed to the team; each action of its plan is an `action` entry naming it, sealed
to the team and, when a member of staff owns it, to that person's own key as well: that is what lets them read it
(its text, its date and the child it is about, from the directory), and nothing else of the file. The owner marks
it done with an `action.done` entry, which counts only because the action was sealed to them (services/opening.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.lead.meetings import (
    CP_CATEGORIES,
    MAX_ATTENDEES,
    MAX_PLAN_ACTIONS,
    Attendee,
    CurrentPlan,
    Meeting,
    MeetingType,
    Outcome,
    external_owner,
    meeting_content,
)
from desktop_app.domain.oversight import MetricEvent
from desktop_app.domain.records import Role, SchoolState
from desktop_app.services.decisions import MAX_TEXT, _text
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.file_guard import ensure_file_open
from desktop_app.services.oversight import record_metric
from desktop_app.services.session import Session
from desktop_app.services.triage import author_recipient
from desktop_app.services.uow import UnitOfWork, now_utc


@dataclass(frozen=True, slots=True)
class PlanOwner:
    """Who owns a plan action: a member of staff (`account_id`), or a named person from another agency (`name`)."""

    account_id: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRecorded:
    meeting_id: str
    action_ids: tuple[str, ...]


def plan_owner(session: Session, state: SchoolState, written: str) -> PlanOwner:
    """An owner as typed: "Name (Agency)" for someone from another agency, else a member of staff's username or full
    name (an active account that is not oversight); anything else is refused in words."""
    outside = external_owner(written)
    if outside is not None:
        return PlanOwner(name=f"{outside[0]} ({outside[1]})")
    wanted = written.strip().casefold()
    for member in state.staff.values():
        if member.username.casefold() == wanted:
            return PlanOwner(account_id=_staff_owner(session, state, member.account_id))
    named = [m for m in state.staff.values() if m.full_name.casefold() == wanted]
    if len(named) == 1:  # a full name, as a lead types one in the window, when only one member of staff has it
        return PlanOwner(account_id=_staff_owner(session, state, named[0].account_id))
    if named:
        raise ServiceError(f"More than one member of staff is called {written.strip()}: give their username.")
    raise NotFound(
        f"{written.strip()!r} is not a member of staff's username; name someone from another agency as "
        '"Name (Agency)".'
    )


def _staff_owner(session: Session, state: SchoolState, account_id: str) -> str:
    account = session.keybook.accounts.get(account_id)
    if account is None or not account.active or not account.keys or account_id not in state.staff:
        raise ServiceError("A plan action's owner must be an active account.")
    if account.role == Role.OVERSIGHT:
        raise ServiceError("A governor or head with oversight only cannot own a plan action; name a member of staff.")
    return account_id


def record_meeting(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    meeting_type: str,
    held_on: date,
    attendees: Sequence[Attendee],
    outcome: str,
    *,
    category: str = "",
    next_on: date | None = None,
    notes: str = "",
    actions: Sequence[tuple[str, PlanOwner, date]] = (),
) -> MeetingRecorded:
    """A lead records a meeting about a child, its outcome and its plan's actions (what, who, review date), in one
    unit of work: the meeting and every action are written together or not at all."""
    session.require_lead()
    if pupil_id not in state.pupils:
        raise NotFound("That pupil is not in this school's directory.")
    ensure_file_open(state, pupil_id)
    problems = meeting_problems(meeting_type, held_on, attendees, outcome, category, next_on, len(actions))
    if problems:
        raise ServiceError("Meeting not recorded: " + "; ".join(problems) + ".")
    notes = _text(notes, "The notes", required=False, limit=MAX_TEXT)
    checked = []
    for text, owner, review in actions:
        text = _text(text, "A plan action", limit=2000)
        if owner.account_id:
            _staff_owner(session, state, owner.account_id)
        elif not owner.name.strip():
            raise ServiceError("A plan action needs an owner.")
        if review < held_on:
            raise ServiceError(f"A plan action's review date ({review.isoformat()}) is before the meeting.")
        checked.append((text, owner, review))
    content = meeting_content(meeting_type, held_on, attendees, outcome, category, next_on, notes)
    with UnitOfWork(session) as uow:
        meeting_id = uow.record(EntryKind.MEETING, content, subject=pupil_id)
        action_ids = []
        for text, owner, review in checked:
            assignee = author_recipient(session, owner.account_id) if owner.account_id else None
            action_content = {"text": text, "owner": owner.account_id, "owner_name": owner.name,
                              "due": review.isoformat(), "concern": "", "meeting": meeting_id}  # fmt: skip
            action_id = uow.record(
                EntryKind.ACTION, action_content, subject=pupil_id, also_to=[assignee] if assignee else []
            )
            record_metric(uow, session, MetricEvent.ACTION, action_id, action_id, due_day=review.isoformat())
            action_ids.append(action_id)
        uow.commit()
    return MeetingRecorded(meeting_id, tuple(action_ids))


def meeting_problems(
    meeting_type: str,
    held_on: date,
    attendees: Sequence[Attendee],
    outcome: str,
    category: str,
    next_on: date | None,
    action_count: int = 0,
) -> list[str]:
    """What is wrong with a meeting as given, in words (empty when nothing is)."""
    problems = []
    if meeting_type not in set(MeetingType):
        problems.append(f"the meeting type must be one of {', '.join(MeetingType)}")
    if held_on > now_utc().astimezone().date():  # this PC's today: a meeting this morning is not in the future
        problems.append("a meeting is recorded once it has been held: its date cannot be in the future")
    if not attendees:
        problems.append("name at least one attendee")
    elif len(attendees) > MAX_ATTENDEES:
        problems.append(f"at most {MAX_ATTENDEES} attendees")
    if outcome not in set(Outcome):
        problems.append(f"the outcome must be one of {', '.join(Outcome)}")
    if outcome == Outcome.CP_PLAN and category not in CP_CATEGORIES:
        problems.append(f"a child-protection plan is made under a category: {', '.join(CP_CATEGORIES)}")
    if outcome != Outcome.CP_PLAN and category:
        problems.append("a category is given only with a child-protection plan")
    if next_on is not None and next_on < held_on:
        problems.append("the next meeting or review cannot be before this one")
    if action_count > MAX_PLAN_ACTIONS:
        problems.append(f"at most {MAX_PLAN_ACTIONS} plan actions")
    return problems


def meetings_of(state: SchoolState, pupil_id: str) -> list[Meeting]:
    """A child's meetings, oldest first (a lead's state)."""
    return sorted(
        (m for m in state.lead.meetings.values() if m.pupil_id == pupil_id), key=lambda m: (m.held_on, m.at, m.entry_id)
    )


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def plan_json(plan: CurrentPlan | None) -> dict[str, Any] | None:
    """The current plan as JSON (None: none)."""
    if plan is None:
        return None
    return {"plan": plan.plan.value, "words": plan.words, "since": plan.since.isoformat(), "category": plan.category,
            "next_review": _day(plan.next_review), "meeting_id": plan.meeting_id}  # fmt: skip


def meetings_json(opened: ChildFile) -> list[dict[str, Any]]:
    """A child's meetings as JSON, oldest first, each with its plan's actions (as `chronology --json` and `meeting
    list --json` print them)."""
    found = []
    for m in opened.meetings:
        actions = []
        for status in opened.plan_actions(m.entry_id):
            action = status.action
            owner = opened.who(action.owner_id).words if action.owner_id else action.owner_name
            actions.append({"action_id": action.entry_id, "text": action.text, "owner": owner,
                            "review": _day(action.due), "done": status.done, "overdue": status.overdue})  # fmt: skip
        found.append({"meeting_id": m.entry_id, "type": m.meeting_type, "type_words": m.type_words,
                      "held_on": m.held_on.isoformat(), "attendees": [[a.name, a.role, a.agency] for a in m.attendees],
                      "outcome": m.outcome, "outcome_words": m.outcome_words, "category": m.category,
                      "next_on": _day(m.next_on), "notes": m.notes, "actions": actions})  # fmt: skip
    return found


# --- "My actions" -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MyAction:
    """One action owned by the signed-in person, as they may see it: what, by when, about which child."""

    action_id: str
    text: str
    due: date | None
    pupil_name: str
    upn: str
    done: bool
    done_note: str
    set_at: datetime

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


def my_actions(session: Session, state: SchoolState, *, include_done: bool = False) -> list[MyAction]:
    """The actions the signed-in person owns, open ones first by due date. A member of staff's state holds only the
    actions sealed to them (and, of the file, nothing else); a lead's holds every action, of which only theirs."""
    found = []
    for action in state.lead.actions.values():
        if action.owner_id != session.account_id:
            continue
        done = state.lead.action_done(action.entry_id)
        if done is not None and not include_done:
            continue
        pupil = state.pupils.get(action.pupil_id)
        found.append(
            MyAction(action.entry_id, action.text, action.due, pupil.full_name if pupil else "(a child not on roll)",
                     pupil.upn if pupil else "", done is not None, done.note if done else "", action.at)
        )  # fmt: skip
    return sorted(found, key=lambda a: (a.done, a.due or date.max, a.set_at, a.action_id))


def find_my_action(session: Session, state: SchoolState, reference: str) -> str:
    """An action id from what was typed: the whole id, or its first characters (at least 8) when one action the
    person may mark done starts with them."""
    wanted = reference.strip().lower()
    if len(wanted) < 8:
        raise ServiceError("Give at least the first 8 characters of the action's id (`action mine` lists them).")
    mine = [
        a.entry_id
        for a in state.lead.actions.values()
        if a.entry_id.startswith(wanted) and (a.owner_id == session.account_id or session.role == Role.LEAD)
    ]
    if not mine:
        raise NotFound("No action of yours has that id.")
    if len(mine) > 1:
        raise ServiceError("More than one action starts with that; give more of its id.")
    return mine[0]


def mark_action_done(session: Session, state: SchoolState, action_id: str, note: str = "") -> str:
    """The action's owner (or a lead) marks it done, with a note. The entry is sealed to the team and its author;
    a lead's also to the owner, whose "My actions" then shows it done."""
    action = state.lead.actions.get(action_id)
    if action is None:
        raise NotFound("That action is not one you can see.")
    if action.owner_id != session.account_id:
        session.require_lead()  # refuses, in words, anyone else
    if state.lead.action_done(action_id) is not None:
        raise ServiceError("That action is already done.")
    note = _text(note, "A note", required=False)
    owner = author_recipient(session, action.owner_id) if action.owner_id else None
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ACTION_DONE, {"action": action_id, "note": note}, subject=action.pupil_id,
                              also_to=[owner] if owner else [])  # fmt: skip
        record_metric(uow, session, MetricEvent.ACTION_DONE, action.concern_id or action_id, action_id)
        uow.commit()
    return entry_id
