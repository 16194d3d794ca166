"""Triage: the school-day clock, the queue's order and stages, and the lead's acknowledge / category / owner actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.entries import EntryKind, to_millis
from desktop_app.domain.red_flags import evaluate
from desktop_app.domain.triage.items import Clock, Stage, clock_at
from desktop_app.domain.triage.lead_settings import LeadSettings, settings_of
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.domain.triage.school_days import add_school_days, add_working_days, is_school_day
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.triage import (
    acknowledge,
    acknowledgement_of,
    assign_owner,
    lead_accounts,
    load_queue,
    open_workspace,
    refresh_workspace,
    save_settings,
    set_category,
)
from tests.conftest import STAFF2, STAFF2_PASS, School
from tests.unit.test_red_flags import LEAD2_ID, Build, at, mark

ZOFIA, JAKUB, AHMED = "A123456789012", "A123456789013", "B123456789014"
FRIDAY = datetime(2026, 1, 9, 10, 0, tzinfo=UTC)


def record(session: Session, upn: str, text: str, days_ago: float = 0, **extra: object) -> str:
    """Record one concern as `session` through the services; returns its entry id."""
    directory = load_directory(session)
    when = datetime.now(UTC) - timedelta(days=days_ago)
    item = {"pupil": upn, "occurred_at": when.isoformat(), "category": "neglect", "what_happened": text, **extra}
    return record_concerns(session, directory, check_concerns(directory, [item]))[0].entry_id


# --- the school-day calendar -------------------------------------------------------------------------------------


def test_a_school_day_later_skips_the_weekend_and_closed_days() -> None:
    assert add_school_days(FRIDAY, 1, tz=UTC) == datetime(2026, 1, 12, 10, 0, tzinfo=UTC)
    saturday = FRIDAY + timedelta(days=1)
    assert add_school_days(saturday, 1, tz=UTC) == datetime(2026, 1, 12, 10, 0, tzinfo=UTC)
    assert add_school_days(FRIDAY, 1, closed={date(2026, 1, 12)}, tz=UTC) == datetime(2026, 1, 13, 10, tzinfo=UTC)
    assert add_school_days(FRIDAY, 0, tz=UTC) == FRIDAY
    assert add_working_days(FRIDAY, 2, tz=UTC) == datetime(2026, 1, 13, 10, 0, tzinfo=UTC)


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)),
    st.integers(min_value=1, max_value=15),
    st.sets(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 2, 1)), max_size=20),
)
def test_adding_n_school_days_passes_exactly_n_school_days(start: datetime, days: int, closed: set[date]) -> None:
    due = add_school_days(start, days, closed, tz=UTC)
    assert is_school_day(due.date(), closed) and due.time() == start.time()
    between = [start.date() + timedelta(days=i) for i in range(1, (due.date() - start.date()).days + 1)]
    assert sum(is_school_day(d, closed) for d in between) == days


def test_the_clock_turns_amber_then_red() -> None:
    settings = LeadSettings(amber_hours_before_due=4)
    due = FRIDAY
    assert clock_at(due, due - timedelta(hours=5), settings) == Clock.GREEN
    assert clock_at(due, due - timedelta(hours=4), settings) == Clock.AMBER
    assert clock_at(due, due, settings) == Clock.AMBER
    assert clock_at(due, due + timedelta(seconds=1), settings) == Clock.RED


def test_settings_round_trip_and_fall_back_from_nonsense() -> None:
    tuned = LeadSettings(acknowledge_within_school_days=2, closed_days=(date(2026, 2, 16),))
    assert LeadSettings.from_payload(tuned.to_payload()) == tuned
    assert LeadSettings.from_payload({"acknowledge_within_school_days": 0, "closed_days": ["nope"]}) == LeadSettings()
    assert LeadSettings(decide_within_school_days=99).problems() == [
        "decide within school days must be 1 to 30 (not 99)"
    ]


# --- the queue (pure) --------------------------------------------------------------------------------------------


def queue_of(b: Build, now: datetime, flags: dict | None = None, settings: LeadSettings | None = None) -> list:
    return triage_queue(b.state(), now, flags, settings, tz=UTC)


def test_with_nothing_at_risk_the_earliest_due_comes_first_so_the_most_overdue_on_top() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    other, third = b.pupil("Anna", date(2015, 1, 1)), b.pupil("Ben", date(2015, 1, 1))
    old = b.concern(child, 0, "oldest")  # recorded Mon 5 Jan 09:30: due Tue 09:30
    older = b.concern(third, 1, "second oldest")  # due Wed 09:30
    amber = b.concern(other, 3.15, "due soon")  # recorded Thu 13:06: due Fri 13:06
    flagged = b.concern(child, 3.5, "flagged", marks=[mark("ear-left")])  # due Fri 21:30
    plain_new = b.concern(other, 3.6, "newest")  # due Fri 23:54
    now = at(4) + timedelta(hours=3)  # Fri 9 Jan 12:00
    state = b.state()
    items = triage_queue(state, now, evaluate(state), LeadSettings(), tz=UTC)
    assert [i.entry_id for i in items] == [old, older, amber, flagged, plain_new]
    assert [i.clock for i in items] == [Clock.RED, Clock.RED, Clock.AMBER, Clock.GREEN, Clock.GREEN]
    assert (items[0].stage, items[0].recorded_by, items[0].summary) == (Stage.NEW, "Carys Teacher (staff)", "oldest")
    assert items[3].flags and not items[4].flags


def test_a_concern_moves_through_the_queue_until_dealt_with() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    concern = b.concern(child, 0, "bruise", marks=[mark("shin-left")], childs_words="x")
    now = at(1)
    assert [i.stage for i in queue_of(b, now)] == [Stage.NEW]
    b.lead(EntryKind.ACKNOWLEDGEMENT, {"concern": concern}, child, 0.1)
    [item] = queue_of(b, now)
    assert (item.stage, item.acknowledged_by) == (Stage.AWAITING_DECISION, "Alice Lead (lead)")
    decision = b.lead(EntryKind.DECISION, {"concern": concern, "decision": "monitor", "rationale": "r",
                                           "needs_second_lead": True, "flags": ["x"]}, child, 0.2)  # fmt: skip
    [item] = queue_of(b, now)
    assert (item.stage, item.entry_id, item.summary) == (Stage.AWAITING_SECOND_LEAD, decision, "Monitor in school: r")
    b.lead(EntryKind.SIGN_OFF, {"decision": decision, "agrees": True, "comment": ""}, child, 0.3)  # own: no count
    assert [i.stage for i in queue_of(b, now)] == [Stage.AWAITING_SECOND_LEAD]
    b.lead(EntryKind.SIGN_OFF, {"decision": decision, "agrees": False, "comment": "refer"}, child, 0.4, LEAD2_ID)
    assert [i.stage for i in queue_of(b, now)] == [Stage.CHALLENGED]
    b.lead(EntryKind.DECISION, {"concern": concern, "decision": "refer-csc", "rationale": "agreed"}, child, 0.5)
    assert queue_of(b, now) == []


def test_referrals_to_chase_and_actions_due_join_the_queue() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    concern = b.concern(child, 0, "x")
    b.lead(EntryKind.DECISION, {"concern": concern, "decision": "refer-csc", "rationale": "r"}, child, 0.1)
    b.lead(EntryKind.ACKNOWLEDGEMENT, {"concern": concern}, child, 0.1)
    referral = b.lead(EntryKind.REFERRAL, {"concern": concern, "agency": "MASH", "reference": "M-1",
                                           "expected_by": to_millis(at(1))}, child, 0.2)  # fmt: skip
    action = b.lead(EntryKind.ACTION, {"text": "Phone mum", "owner": LEAD2_ID, "due": at(3).date().isoformat(),
                                       "concern": concern}, child, 0.2)  # fmt: skip
    assert queue_of(b, at(0.9)) == []
    [chase] = queue_of(b, at(1.5))  # Tue 21:00: the response was expected at 09:00
    assert (chase.stage, chase.entry_id, chase.clock) == (Stage.CHASE_REFERRAL, referral, Clock.RED)
    assert chase.summary == "MASH, reference M-1: no response yet"
    b.lead(EntryKind.REFERRAL_CHASED, {"referral": referral, "note": "left a message"}, child, 1.6)
    assert queue_of(b, at(1.7)) == []  # chased: the next reminder is a working day later
    items = queue_of(b, at(3.0))  # Thu 09:00: chase again, and the action is due today
    assert [(i.stage, i.clock) for i in items] == [(Stage.CHASE_REFERRAL, Clock.RED), (Stage.ACTION_DUE, Clock.AMBER)]
    assert items[1].owner == "Bilal Deputy (lead)"
    assert [(i.entry_id, i.clock) for i in queue_of(b, at(4.0))][1] == (action, Clock.RED)
    b.lead(EntryKind.REFERRAL_OUTCOME, {"referral": referral, "outcome": "Strategy meeting"}, child, 4.1)
    b.lead(EntryKind.ACTION_DONE, {"action": action, "note": "done"}, child, 4.1)
    assert queue_of(b, at(5.0)) == []


def test_closed_concerns_leave_the_queue_and_a_tuned_clock_moves_the_due_time() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    concern = b.concern(child, 0, "x")
    [item] = queue_of(b, at(0.5), settings=LeadSettings(acknowledge_within_school_days=3))
    assert item.due_at == at(3) + timedelta(minutes=30)
    b.lead(EntryKind.CONCERN_CLOSED, {"concern": concern, "outcome": "resolved"}, child, 1)
    assert queue_of(b, at(2)) == []


def test_the_latest_saved_settings_stand() -> None:
    b = Build()
    b.lead(EntryKind.LEAD_SETTINGS, LeadSettings(acknowledge_within_school_days=2).to_payload(), "school", 1)
    b.lead(EntryKind.LEAD_SETTINGS, LeadSettings(acknowledge_within_school_days=4).to_payload(), "school", 2)
    assert settings_of(b.state()).acknowledge_within_school_days == 4


# --- services ----------------------------------------------------------------------------------------------------


def test_acknowledging_tells_the_author_and_no_other_member_of_staff(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    concern = record(staff, ZOFIA, "Came in hungry")
    state = load_state(lead)
    ack = acknowledge(lead, state, concern)
    assert acknowledge(lead, load_state(lead), concern) == ack  # again: the first acknowledgement stands
    mine = acknowledgement_of(load_state(staff), concern)
    assert mine is not None and (mine.entry_id, mine.by) == (ack, lead.account_id)
    other = school.sign_in(STAFF2, STAFF2_PASS)
    assert acknowledgement_of(load_state(other), concern) is None
    with pytest.raises(NotPermitted):
        acknowledge(staff, state, concern)
    with pytest.raises(NotFound):
        acknowledge(lead, state, "no-such-concern")


def test_a_category_correction_is_its_own_entry(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    concern = record(staff, ZOFIA, "Said Dad hit her")
    state = load_state(lead)
    with pytest.raises(ServiceError, match="Unknown category"):
        set_category(lead, state, concern, "not-a-category")
    with pytest.raises(ServiceError, match="already has"):
        set_category(lead, state, concern, "neglect")
    change = set_category(lead, state, concern, "physical-abuse", "a disclosure of hitting")
    after = load_state(lead)
    assert after.concerns[concern].category == "neglect"  # the author's record is never edited
    assert after.lead.category_of(concern, "neglect") == "physical-abuse"
    rows = chronology_for(after, after.concerns[concern].pupil_id)
    assert [(r.kind, r.category) for r in rows] == [
        (RowKind.CONCERN, "physical-abuse"),
        (RowKind.CATEGORY, "physical-abuse"),
    ]
    assert rows[1].entry_id == change
    assert (
        rows[1].summary == "Category set to physical-abuse (recorded by its author as neglect): a disclosure of hitting"
    )


def test_only_an_active_lead_can_own_a_concern(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    concern = record(staff, ZOFIA, "x")
    state = load_state(lead)
    leads = lead_accounts(lead, state)
    assert [m.full_name for m in leads] == ["Alice Lead", "Bilal Deputy"]
    with pytest.raises(ServiceError, match="designated lead"):
        assign_owner(lead, state, concern, staff.account_id)
    assign_owner(lead, state, concern, leads[1].account_id)
    workspace = open_workspace(lead)
    assert load_queue(workspace)[0].owner == "Bilal Deputy (Deputy DSL)"


def test_a_refresh_takes_in_what_others_recorded_and_gives_the_same_queue_as_a_full_fold(school: School) -> None:
    lead, staff = school.lead(), school.staff()
    first = record(staff, ZOFIA, "bruise", injuries=[{"view": "front", "x": 0.3, "y": 0.3, "region": "chest"}])
    workspace = open_workspace(lead)
    assert refresh_workspace(lead, workspace) == 0
    second = record(school.sign_in(STAFF2, STAFF2_PASS), ZOFIA, "another bruise", days_ago=1,
                    injuries=[{"view": "front", "x": 0.3, "y": 0.3, "region": "chest"}])  # fmt: skip
    acknowledge(lead, workspace.state, first)
    assert refresh_workspace(lead, workspace) >= 2  # the new concern (another person's batch) and the acknowledgement
    queue = load_queue(workspace)
    assert {(i.entry_id, i.stage) for i in queue} == {(first, Stage.AWAITING_DECISION), (second, Stage.NEW)}
    fresh = open_workspace(lead)
    now = datetime.now(UTC)
    assert load_queue(workspace, now) == load_queue(fresh, now)
    assert workspace.flags == fresh.flags and any(workspace.flags.values())
    assert workspace.pending == fresh.pending == {first, second}


def test_saved_settings_change_the_clock_and_are_checked(school: School) -> None:
    lead = school.lead()
    record(school.staff(), ZOFIA, "x")
    workspace = open_workspace(lead)
    with pytest.raises(ServiceError, match="must be 1 to 30"):
        save_settings(lead, workspace.state, LeadSettings(acknowledge_within_school_days=0))
    save_settings(lead, workspace.state, LeadSettings(acknowledge_within_school_days=5))
    refresh_workspace(lead, workspace)
    assert workspace.settings.acknowledge_within_school_days == 5
    [item] = load_queue(workspace)
    assert item.due_at is not None and item.due_at - item.recorded_at >= timedelta(days=5)


def _ids(items: Sequence) -> list[str]:
    return [i.entry_id for i in items]


def test_settings_change_by_name_and_value_and_refuse_unknown_names() -> None:
    from desktop_app.domain.triage.lead_settings import LeadSettings, change_settings, describe_settings

    changed = change_settings(
        LeadSettings(),
        ["acknowledge_within_school_days=2", "red_flags.recurrence_days=120", "closed_days=2026-12-25,2026-12-24"],
    )
    assert changed.acknowledge_within_school_days == 2 and changed.red_flags.recurrence_days == 120
    assert [d.isoformat() for d in changed.closed_days] == ["2026-12-24", "2026-12-25"]
    assert "red_flags.recurrence_days = 120" in describe_settings(changed)
    for bad in ("bogus=1", "acknowledge_within_school_days=two", "red_flags.nope=3", "closed_days=24/12/2026", "x"):
        with pytest.raises(ValueError):
            change_settings(LeadSettings(), [bad])
    assert change_settings(LeadSettings(), ["acknowledge_within_school_days=99"]).problems()
