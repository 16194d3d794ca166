"""Meetings and plans: parsing what is typed, the plan the meetings make, recording them, and "My actions"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.lead.meetings import (
    Attendee,
    Meeting,
    NotParsed,
    Outcome,
    PlanType,
    current_plan,
    external_owner,
    parse_attendee,
    parse_plan_action,
)
from desktop_app.domain.records import SchoolState
from desktop_app.domain.triage.items import Clock, Stage
from desktop_app.services.concerns import read_child_file
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.meetings import (
    PlanOwner,
    mark_action_done,
    meeting_problems,
    my_actions,
    plan_owner,
    record_meeting,
)
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace
from tests.conftest import STAFF2, STAFF2_PASS, School
from tests.unit.test_triage import ZOFIA

_PART = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="|"), max_size=40)
_WORD = _PART.map(str.strip).filter(lambda t: t != "" and t.isprintable())


@given(_WORD, _PART.map(str.strip).filter(str.isprintable), _WORD)
def test_an_attendee_typed_as_name_role_agency_reads_back_as_written(name: str, role: str, agency: str) -> None:
    assert parse_attendee(f" {name} | {role} |{agency}") == Attendee(name, role, agency)


@given(st.text(max_size=60))
def test_anything_typed_as_an_attendee_is_an_attendee_or_one_clear_refusal(text: str) -> None:
    try:
        attendee = parse_attendee(text)
    except NotParsed as exc:
        assert str(exc)
    else:
        assert attendee.name and attendee.agency and "|" not in attendee.name + attendee.role + attendee.agency


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Jo Bloggs|Social worker", "3 parts"),
        ("|Social worker|Children's Services", "no name"),
        ("Jo Bloggs|Social worker|", "no agency"),
        ("Jo|a|b|c", "3 parts"),
        ("Jo\u0007|x|y", "control character"),
    ],
)
def test_an_attendee_not_in_the_form_asked_for_is_refused_in_words(text: str, why: str) -> None:
    with pytest.raises(NotParsed, match=why):
        parse_attendee(text)


def test_a_plan_action_is_text_owner_and_review_date() -> None:
    action = parse_plan_action("Weekly check-in with Zofia | c.teacher | 2026-03-01")
    assert (action.text, action.owner, action.review) == ("Weekly check-in with Zofia", "c.teacher", date(2026, 3, 1))
    with pytest.raises(NotParsed, match="review date"):
        parse_plan_action("Check-in|c.teacher|next week")
    with pytest.raises(NotParsed, match="no owner"):
        parse_plan_action("Check-in||2026-03-01")
    assert external_owner("Jo Bloggs (Children's Services)") == ("Jo Bloggs", "Children's Services")
    assert external_owner("c.teacher") is None and external_owner("(Police)") is None


def _meeting(held: date, outcome: Outcome, category: str = "", next_on: date | None = None, n: int = 0) -> Meeting:
    at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n)
    return Meeting(f"m{n}", "p", "cp-conference", held, (), outcome, category, next_on, "", "lead", at)


def test_the_current_plan_follows_the_meetings_in_the_order_they_were_held() -> None:
    made = _meeting(date(2026, 1, 10), Outcome.CP_PLAN, "neglect", date(2026, 4, 10), n=3)
    review = _meeting(date(2026, 4, 10), Outcome.PLAN_CONTINUES, next_on=date(2026, 10, 10), n=1)
    core = _meeting(date(2026, 5, 1), Outcome.NO_PLAN, n=2)
    plan = current_plan([core, review, made])  # recorded out of order: held order decides
    assert plan is not None and plan.plan == PlanType.CHILD_PROTECTION and plan.category == "neglect"
    assert (plan.since, plan.next_review) == (date(2026, 1, 10), date(2026, 10, 10))
    assert plan.words == "Child-protection plan (neglect)"
    down = _meeting(date(2026, 10, 10), Outcome.STEPPED_DOWN_TO_CIN, next_on=date(2027, 1, 10), n=0)
    plan = current_plan([made, review, core, down])
    assert plan is not None and (plan.plan, plan.since, plan.category) == (PlanType.CHILD_IN_NEED, down.held_on, "")
    closed = _meeting(date(2027, 1, 10), Outcome.CLOSED, n=5)
    assert current_plan([made, review, down, closed]) is None
    assert current_plan([_meeting(date(2026, 1, 1), Outcome.PLAN_CONTINUES)]) is None  # nothing to continue
    newer = Meeting("x", "p", "cp-conference", date(2027, 2, 1), (), "something-newer", "", None, "", "lead", made.at)
    assert current_plan([made, newer]) == current_plan([made])


def test_a_meeting_is_checked_before_anything_is_written() -> None:
    today = date.today()
    someone = [Attendee("Jo Bloggs", "Social worker", "Children's Services")]
    assert meeting_problems("cp-conference", today, someone, "cp-plan", "neglect", None) == []
    problems = meeting_problems("tea-party", today + timedelta(days=3), [], "cp-plan", "", today)
    assert len(problems) == 5
    assert "category" in meeting_problems("core-group", today, someone, "cin-plan", "neglect", None)[0]


def _record(school: School, lead: Session, state: SchoolState, *, review: date, owner: str = "c.teacher") -> tuple:
    pupil = state.pupil_by_upn(ZOFIA)
    attendees = [Attendee("Jo Bloggs", "Social worker", "Children's Services"), Attendee("Alice Lead", "DSL", "School")]
    actions = [
        ("Weekly check-in with Zofia", plan_owner(lead, state, owner), review),
        ("Home visit", plan_owner(lead, state, "Jo Bloggs (Children's Services)"), review),
    ]
    held = date.today() - timedelta(days=20)
    return pupil, record_meeting(lead, state, pupil.pupil_id, "cp-conference", held, attendees, "cp-plan",
                                 category="neglect", next_on=held + timedelta(days=90), notes="Plan agreed.",
                                 actions=actions)  # fmt: skip


def test_a_member_of_staff_reads_only_their_own_plan_action_and_marks_it_done(school: School) -> None:
    lead = school.lead()
    state = load_state(lead)
    overdue = date.today() - timedelta(days=2)
    pupil, recorded = _record(school, lead, state, review=overdue)
    staff = school.staff()
    seen = load_state(staff)
    mine = my_actions(staff, seen)
    assert [(a.text, a.due, a.pupil_name, a.upn) for a in mine] == [
        ("Weekly check-in with Zofia", overdue, pupil.full_name, ZOFIA)
    ]
    assert mine[0].overdue(date.today())
    assert seen.lead.meetings == {}  # the meeting, its attendees and the other action are not sealed to her
    assert list(seen.lead.actions) == [recorded.action_ids[0]]
    other = school.sign_in(STAFF2, STAFF2_PASS)
    assert my_actions(other, load_state(other)) == [] and load_state(other).lead.actions == {}
    with pytest.raises(NotFound):
        mark_action_done(other, load_state(other), recorded.action_ids[0], "done it")
    mark_action_done(staff, seen, recorded.action_ids[0], "Checked in on Monday; she is settled.")
    assert my_actions(staff, load_state(staff)) == []
    assert my_actions(staff, load_state(staff), include_done=True)[0].done_note.startswith("Checked in")
    lead.close()
    lead = school.lead()
    workspace = open_workspace(lead, use_snapshot=False)
    done = workspace.state.lead.action_done(recorded.action_ids[0])
    assert done is not None and done.note == "Checked in on Monday; she is settled."
    queue = load_queue(workspace)
    due = [i for i in queue if i.stage == Stage.ACTION_DUE]
    assert [(i.summary, i.owner, i.clock) for i in due] == [
        ("Home visit", "Jo Bloggs (Children's Services)", Clock.RED)
    ]


def test_the_file_shows_the_meeting_its_plan_and_the_current_plan(school: School) -> None:
    lead = school.lead()
    state = load_state(lead)
    review = date.today() + timedelta(days=30)
    pupil, recorded = _record(school, lead, state, review=review)
    opened = read_child_file(lead, pupil.pupil_id)
    plan = opened.front_sheet.plan
    assert plan is not None and plan.words == "Child-protection plan (neglect)"
    assert plan.since == date.today() - timedelta(days=20) and plan.next_review == date.today() + timedelta(days=70)
    assert [m.entry_id for m in opened.meetings] == [recorded.meeting_id]
    assert [a.action.owner_name for a in opened.plan_actions(recorded.meeting_id)] == [
        "",
        "Jo Bloggs (Children's Services)",
    ]
    rows = {r.kind: r for r in opened.chronology}
    meeting_row = rows[RowKind.MEETING]
    assert "Initial child-protection conference. Outcome: Child-protection plan (neglect)" in meeting_row.summary
    assert "Jo Bloggs (Social worker, Children's Services)" in meeting_row.summary
    assert any("Plan action (Initial child-protection conference" in r.summary for r in opened.chronology)


def test_only_a_lead_records_a_meeting_and_owners_are_staff_or_named_with_their_agency(school: School) -> None:
    lead = school.lead()
    state = load_state(lead)
    staff = school.staff()
    pupil = state.pupil_by_upn(ZOFIA)
    someone = [Attendee("Jo Bloggs", "Social worker", "Children's Services")]
    with pytest.raises(NotPermitted):
        record_meeting(staff, load_state(staff), pupil.pupil_id, "core-group", date.today(), someone, "no-plan")
    with pytest.raises(NotFound, match="Name \\(Agency\\)"):
        plan_owner(lead, state, "Jo Bloggs")
    with pytest.raises(ServiceError, match="oversight"):
        plan_owner(lead, state, "e.governor")
    assert plan_owner(lead, state, "C.Teacher ") == PlanOwner(account_id=staff.account_id)
    with pytest.raises(ServiceError, match="before the meeting"):
        record_meeting(lead, state, pupil.pupil_id, "core-group", date.today(), someone, "no-plan",
                       actions=[("x", PlanOwner(name="Jo (CSC)"), date.today() - timedelta(days=1))])  # fmt: skip
    assert load_state(lead).lead.meetings == {}  # nothing half-written
