"""Decisions, sign-off, actions, agency contacts, referrals and outcomes; the child's file that shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.chronology.build import filter_chronology
from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.decisions import check_decision, decision_status, needs_second_lead, open_flags
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.bodymap_history import bodymap_history, history_between
from desktop_app.domain.red_flags import evaluate
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.school_days import add_working_days
from desktop_app.services.concerns import read_child_file
from desktop_app.services.decisions import (
    add_action,
    chase_referral,
    close_concern,
    complete_action,
    record_agency_contact,
    record_decision,
    record_referral,
    record_referral_outcome,
    set_agency_status,
    set_file_status,
    set_mobility,
    sign_off_candidates,
    sign_off_decision,
)
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledgement_of, load_queue, open_workspace
from tests.conftest import LEAD2, LEAD2_PASS, School
from tests.unit.test_red_flags import Build, mark
from tests.unit.test_triage import AHMED, ZOFIA, record

ARM = {"view": "front", "x": 0.3, "y": 0.35, "region": "upper-arm-left", "type": "bruise", "explanation": "fell"}


def test_a_decision_needs_a_known_type_and_a_rationale() -> None:
    assert check_decision("monitor", "  ") == ["a decision needs its rationale: why this decision, on what information"]
    assert check_decision("ignore", "because")[0].startswith("the decision must be one of: refer-csc, refer-police")
    assert check_decision("refer-csc", "Disclosure of hitting") == []


def test_not_referring_with_an_open_flag_needs_a_second_lead_until_a_referral_closes_the_flag() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    first = b.concern(child, 0, marks=[mark("chest")], childs_words="x")
    second = b.concern(child, 30, marks=[mark("chest")], childs_words="x")
    state = b.state()
    flags = open_flags(state, evaluate(state)[child], second)
    assert [f.code for f in flags] == ["recurring-injury"]
    assert needs_second_lead("monitor", flags) and needs_second_lead("no-further-action", flags)
    assert not needs_second_lead("refer-csc", flags) and not needs_second_lead("monitor", [])
    b.lead(EntryKind.DECISION, {"concern": first, "decision": "refer-csc", "rationale": "r"}, child, 1)
    state = b.state()
    assert open_flags(state, evaluate(state)[child], second) == []


def test_the_second_lead_must_be_a_different_lead(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    record(staff, ZOFIA, "bruise", days_ago=40, injuries=[ARM])
    concern = record(staff, ZOFIA, "another bruise", days_ago=1, injuries=[ARM])
    state = load_state(lead)
    with pytest.raises(ServiceError, match="rationale"):
        record_decision(lead, state, concern, "monitor", "")
    decided = record_decision(lead, state, concern, "monitor", "Mum explained at the door")
    assert decided.needs_second_lead and [f.code for f in decided.open_flags][-1] == "recurring-injury"
    state = load_state(lead)
    assert acknowledgement_of(state, concern) is not None  # deciding acknowledged it
    assert decision_status(state, decided.decision_id).words == "Monitor in school: awaiting a second lead"
    queue = load_queue(open_workspace(lead))
    assert [(i.stage, i.entry_id) for i in queue if i.concern_id == concern] == [
        (Stage.AWAITING_SECOND_LEAD, decided.decision_id)
    ]
    with pytest.raises(NotPermitted, match="different designated lead"):
        sign_off_decision(lead, state, decided.decision_id)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert sign_off_candidates(lead, state, decided.decision_id) == [deputy.account_id]
    with pytest.raises(ServiceError, match="challenge needs a reason"):
        sign_off_decision(deputy, state, decided.decision_id, agrees=False)
    sign_off_decision(deputy, state, decided.decision_id, agrees=True, comment="Agreed: monitor for two weeks")
    state = load_state(lead)
    assert decision_status(state, decided.decision_id).words == "Monitor in school: agreed by a second lead"
    assert [i for i in load_queue(open_workspace(lead)) if i.concern_id == concern] == []


def test_a_concern_cannot_be_closed_round_a_second_leads_look_at_its_decision(school: School) -> None:
    """Closing a concern takes it out of the queue, so it must not be the way to skip the sign-off a decision not
    to refer needs, nor to leave a challenged decision standing."""
    staff, lead = school.staff(), school.lead()
    record(staff, ZOFIA, "bruise", days_ago=40, injuries=[ARM])
    concern = record(staff, ZOFIA, "another bruise", days_ago=1, injuries=[ARM])
    decided = record_decision(lead, load_state(lead), concern, "monitor", "Mum explained at the door")
    assert decided.needs_second_lead
    with pytest.raises(ServiceError, match="needs a different lead's sign-off before the concern can be closed"):
        close_concern(lead, load_state(lead), concern, "Nothing further")
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    sign_off_decision(deputy, load_state(deputy), decided.decision_id, agrees=False, comment="Refer: second bruise")
    with pytest.raises(ServiceError, match="challenged by a second lead"):
        close_concern(lead, load_state(lead), concern, "Nothing further")
    redecided = record_decision(lead, load_state(lead), concern, "refer-csc", "Second arm bruise in six weeks")
    assert not redecided.needs_second_lead
    close_concern(lead, load_state(lead), concern, "Referred; MASH took it on")
    assert load_state(lead).lead.closure(concern) is not None


def test_a_referral_decision_with_open_flags_needs_no_second_lead(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    record(staff, ZOFIA, "bruise", days_ago=40, injuries=[ARM])
    concern = record(staff, ZOFIA, "another bruise", days_ago=1, injuries=[ARM])
    decided = record_decision(lead, load_state(lead), concern, "refer-csc", "Second arm bruise in six weeks")
    assert (decided.needs_second_lead, decided.open_flags) == (False, ())


def test_actions_have_an_owner_and_a_due_date_and_show_in_the_queue_when_due(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    concern = record(staff, ZOFIA, "x")
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    with pytest.raises(ServiceError, match="due date"):
        add_action(lead, state, zofia.pupil_id, "Phone mum", staff.account_id, None)
    with pytest.raises(ServiceError, match="cannot be blank"):
        add_action(lead, state, zofia.pupil_id, " ", staff.account_id, date.today())
    overdue = add_action(lead, state, zofia.pupil_id, "Phone mum", staff.account_id, date.today() - timedelta(days=1),
                         concern)  # fmt: skip
    add_action(lead, state, zofia.pupil_id, "Check in on Friday", staff.account_id, date.today() + timedelta(days=9))
    queue = load_queue(open_workspace(lead))
    [due] = [i for i in queue if i.stage == Stage.ACTION_DUE]
    assert (due.entry_id, due.owner, due.summary) == (overdue, "Carys Teacher (Year 1 teacher)", "Phone mum")
    complete_action(lead, load_state(lead), overdue, "Spoke to mum at 15:20")
    assert [i for i in load_queue(open_workspace(lead)) if i.stage == Stage.ACTION_DUE] == []
    with pytest.raises(ServiceError, match="already done"):
        complete_action(lead, load_state(lead), overdue)


def test_a_referral_expects_a_response_in_one_working_day_and_asks_for_a_chase(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    concern = record(staff, ZOFIA, "Disclosure")
    state = load_state(lead)
    made = datetime.now(UTC) - timedelta(days=5)
    referral = record_referral(lead, state, concern, "Coventry MASH", "MASH-2026-0042", made_at=made)
    state = load_state(lead)
    expected = state.lead.referrals[referral].expected_by
    assert abs(expected - add_working_days(made, 1)) < timedelta(milliseconds=1)  # stored to the millisecond
    queue = load_queue(open_workspace(lead))
    [chase] = [i for i in queue if i.stage == Stage.CHASE_REFERRAL]
    assert chase.summary == "Coventry MASH, reference MASH-2026-0042: no response yet"
    chase_referral(lead, state, referral, "Left a message with the duty desk")
    assert [i for i in load_queue(open_workspace(lead)) if i.stage == Stage.CHASE_REFERRAL] == []
    record_referral_outcome(lead, load_state(lead), referral, "Accepted for a child and family assessment")
    close_concern(lead, load_state(lead), concern, "Referred; assessment under way")
    with pytest.raises(ServiceError, match="already closed"):
        close_concern(lead, load_state(lead), concern, "again")
    assert [i for i in load_queue(open_workspace(lead)) if i.concern_id == concern] == []
    with pytest.raises(ServiceError, match="future"):
        record_referral(lead, state, concern, "MASH", made_at=datetime.now(UTC) + timedelta(days=1))


def test_the_childs_file_merges_everything_in_the_order_it_happened(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    old = record(staff, ZOFIA, "Bruise on arm", days_ago=20, injuries=[ARM])
    new = record(staff, ZOFIA, "Hungry", days_ago=2)
    record(staff, AHMED, "Another child entirely")
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    record_agency_contact(lead, state, zofia.pupil_id, "Sam Patel, social worker", "Coventry Children's Services",
                          "Known to them: a previous assessment in 2024", datetime.now(UTC) - timedelta(days=10),
                          old)  # fmt: skip
    set_agency_status(lead, state, zofia.pupil_id, "cin", agency="Coventry Children's Services", contact="Sam Patel",
                      occurred_at=datetime.now(UTC) - timedelta(days=9))  # fmt: skip
    set_agency_status(lead, state, zofia.pupil_id, "early-help", occurred_at=datetime.now(UTC) - timedelta(days=30))
    set_agency_status(lead, state, zofia.pupil_id, "early-help", active=False)
    set_mobility(lead, state, zofia.pupil_id, True)
    set_file_status(
        lead, state, zofia.pupil_id, "transferred-in", "From Park School", datetime.now(UTC) - timedelta(days=60)
    )
    with pytest.raises(ServiceError, match="file status is one of"):
        set_file_status(lead, state, zofia.pupil_id, "lost")
    record_decision(lead, load_state(lead), new, "early-help", "Family agreed to early help")
    opened = read_child_file(lead, zofia.pupil_id)
    kinds = [r.kind for r in opened.chronology]
    assert kinds[:5] == [RowKind.TRANSFER, RowKind.AGENCY_STATUS, RowKind.CONCERN, RowKind.AGENCY_CONTACT,
                         RowKind.AGENCY_STATUS]  # fmt: skip
    assert {RowKind.ACKNOWLEDGEMENT, RowKind.DECISION, RowKind.MOBILITY} <= set(kinds)
    assert [r.occurred_at for r in opened.chronology] == sorted(r.occurred_at for r in opened.chronology)
    sheet = opened.front_sheet
    assert [(a.words, a.agency) for a in sheet.agencies] == [("Child in need", "Coventry Children's Services")]
    assert (sheet.file_status, sheet.file_status_words, sheet.independently_mobile) == (
        "transferred-in", "Transferred in", True)  # fmt: skip
    assert [r.entry_id for r in filter_chronology(opened.chronology, kinds=[RowKind.INJURY])] == [old]
    injuries_and_decisions = filter_chronology(opened.chronology, categories=["neglect"], kinds=[RowKind.DECISION])
    assert [r.concern_id for r in injuries_and_decisions] == [new]
    assert all(r.pupil_id == zofia.pupil_id for r in opened.chronology)


def test_bodymap_history_layers_marks_by_view_with_counts_in_a_time_range() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    b.concern(child, 0, marks=[mark("upper-arm-left"), mark("ear-left", view="head-left")])
    b.concern(child, 30, marks=[mark("upper-arm-left")])
    b.concern(child, 60, marks=[mark("upper-arm-left"), mark("shin-right")])
    b.concern(child, 70, "no marks")
    state = b.state()
    history = bodymap_history(state, child)
    assert history.total == 5
    assert history.region_counts == {"upper-arm-left": 3, "ear-left": 1, "shin-right": 1}  # most frequent first
    assert next(iter(history.region_counts)) == "upper-arm-left"
    assert [(m.number, m.weight) for m in history.marks["front"]] == [(1, 0.3), (3, 0.65), (4, 1.0), (5, 1.0)]
    assert [m.mark.region for m in history.marks["head-left"]] == ["ear-left"]
    assert history.first is not None and history.last is not None and history.first < history.last
    ranged = bodymap_history(state, child, start=history.first + timedelta(days=1))
    assert ranged.region_counts == {"upper-arm-left": 2, "shin-right": 1} and "head-left" not in ranged.marks
    assert history_between(history, history.first + timedelta(days=1), None) == ranged  # the slider, no re-read
