"""Triage by risk, then time; one sign-off per lead per decision; a second look at every decision not to refer; a
closed file reopened by a new concern; what a lead has seen, kept per lead."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.concern_input import ConcernInputError, parse_concern
from desktop_app.domain.decisions import counted_sign_offs, decision_status, needs_second_lead
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.red_flags import RedFlag
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.lead_settings import LeadSettings, change_settings, describe_settings
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.decisions import (
    latest_decision_id,
    record_decision,
    set_file_status,
    sign_off_candidates,
    sign_off_decision,
)
from desktop_app.services.errors import NotFound, NotPermitted
from desktop_app.services.looked import looked_path, mark_seen, seen_items
from desktop_app.services.state import load_state
from desktop_app.services.triage import lead_queue, mark_queue_seen, new_count, open_workspace, save_settings
from tests.conftest import LEAD2, LEAD2_PASS, School
from tests.unit.test_red_flags import LEAD2_ID, LEAD_ID, STAFF_ID, Build, at
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record


def concern(b: Build, pupil: str, days: float, *, urgent: bool = False, category: str = "neglect") -> str:
    content = {"category": category, "what_happened": f"day {days}", "injuries": [], "urgent": urgent}
    return b.add(EntryKind.CONCERN, content, pupil, at(days), at(days) + timedelta(minutes=30), STAFF_ID)


def strong_flag(pupil: str, concern_id: str, when: datetime) -> RedFlag:
    return RedFlag("ten-4-facesp", pupil, concern_id, when, "Bruising to the ear of a child under 4", (concern_id,),
                   strong=True)  # fmt: skip


def weak_flag(pupil: str, concern_id: str, when: datetime) -> RedFlag:
    return RedFlag("recurring-injury", pupil, concern_id, when, "Two injuries within 90 days", (concern_id,))


# --- the order ---------------------------------------------------------------------------------------------------


def test_a_strong_flag_a_disclosure_and_an_urgent_tick_go_above_older_overdue_items() -> None:
    b = Build()
    child, other = b.pupil("Daniel", date(2023, 1, 1)), b.pupil("Anna", date(2015, 1, 1))
    overdue = concern(b, other, 0)  # weeks overdue, not at risk
    graze = concern(b, other, 20)
    flagged = concern(b, child, 21)
    disclosure = concern(b, other, 22, category="disclosure")
    urgent = concern(b, other, 23, urgent=True)
    state = b.state()
    flags = {child: [strong_flag(child, flagged, at(21))], other: [weak_flag(other, graze, at(20))]}
    items = triage_queue(state, at(23.5), flags, LeadSettings(), tz=UTC)
    assert [i.entry_id for i in items] == [urgent, flagged, disclosure, overdue, graze]
    assert items[0].urgent and items[0].urgent_by == "Carys Teacher (staff)"
    assert items[0].risk == ("Marked urgent by Carys Teacher (staff)",)
    assert items[1].risk == ("Bruising to the ear of a child under 4",) and items[2].risk == ("A disclosure",)
    assert items[4].flags == ("Two injuries within 90 days",) and not items[4].risk  # a weak flag is not risk
    b.lead(EntryKind.ACKNOWLEDGEMENT, {"concern": urgent}, other, 23.6)
    items = triage_queue(b.state(), at(23.7), flags, LeadSettings(), tz=UTC)
    acknowledged = next(i for i in items if i.entry_id == urgent)
    assert not acknowledged.urgent and acknowledged.risk  # answered: no longer on top, still above the rest
    assert [i.entry_id for i in items][:3] == [flagged, disclosure, urgent]  # at risk: earliest due first


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=60),  # when it happened (days after T0)
            st.sampled_from(["plain", "weak", "strong", "urgent", "disclosure"]),
            st.booleans(),  # acknowledged
        ),
        min_size=1,
        max_size=12,
    ),
    st.floats(min_value=0, max_value=90),
)
def test_a_strong_flag_or_urgent_concern_is_never_below_a_concern_with_no_flag(
    concerns: list[tuple[float, str, bool]], later: float
) -> None:
    b = Build()
    child = b.pupil("Daniel", date(2023, 1, 1))
    flags: list[RedFlag] = []
    kinds = {}
    for days, kind, acknowledged in concerns:
        entry = concern(b, child, days, urgent=kind == "urgent",
                        category="disclosure" if kind == "disclosure" else "neglect")  # fmt: skip
        kinds[entry] = kind
        if kind == "strong":
            flags.append(strong_flag(child, entry, at(days)))
        elif kind == "weak":
            flags.append(weak_flag(child, entry, at(days)))
        if acknowledged:
            b.lead(EntryKind.ACKNOWLEDGEMENT, {"concern": entry}, child, days + 0.1)
    flags.sort(key=lambda f: f.occurred_at)
    now = at(max(d for d, _k, _a in concerns) + 1 + later)
    items = triage_queue(b.state(), now, {child: flags}, LeadSettings(), tz=UTC)
    assert {i.entry_id for i in items} == set(kinds)
    place = {i.entry_id: n for n, i in enumerate(items)}
    at_risk = [e for e, k in kinds.items() if k in ("strong", "urgent", "disclosure")]
    unflagged = [e for e, k in kinds.items() if k == "plain"]
    assert all(place[r] < place[p] for r in at_risk for p in unflagged)
    new_urgent = [i for i in items if i.urgent]  # ticked and not acknowledged: above everything else
    assert items[: len(new_urgent)] == new_urgent


def test_a_sign_off_request_comes_first_for_the_other_leads_and_not_for_its_author() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    earlier = concern(b, child, 0)
    decided = concern(b, child, 1)
    b.lead(EntryKind.ACKNOWLEDGEMENT, {"concern": decided}, child, 1.05)
    decision = b.lead(EntryKind.DECISION, {"concern": decided, "decision": "monitor", "rationale": "r",
                                           "needs_second_lead": True}, child, 1.1)  # fmt: skip
    state = b.state()
    mine = triage_queue(state, at(1.2), {}, LeadSettings(), tz=UTC, viewer=LEAD_ID)
    theirs = triage_queue(state, at(1.2), {}, LeadSettings(), tz=UTC, viewer=LEAD2_ID)
    assert [i.entry_id for i in mine] == [earlier, decision] and not mine[1].for_you
    assert [i.entry_id for i in theirs] == [decision, earlier] and theirs[0].for_you
    b.lead(EntryKind.SIGN_OFF, {"decision": decision, "agrees": False, "comment": "no"}, child, 1.15, LEAD2_ID)
    challenged = triage_queue(b.state(), at(1.2), {}, LeadSettings(), tz=UTC, viewer=LEAD2_ID)
    assert challenged[1].stage == Stage.CHALLENGED and not challenged[1].for_you  # signed once already


def test_a_concern_on_a_closed_file_reopens_it_and_says_so() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    before = concern(b, child, 0)
    b.lead(EntryKind.CONCERN_CLOSED, {"concern": before, "outcome": "Resolved"}, child, 1)
    b.lead(EntryKind.FILE_STATUS, {"status": "closed", "note": ""}, child, 2)
    state = b.state()
    assert state.lead.closed_file(child) is not None
    after = concern(b, child, 10)
    items = triage_queue(b.state(), at(10.5), {}, LeadSettings(), tz=UTC)
    assert [(i.entry_id, i.reopened) for i in items] == [(after, "Reopens the file closed on 07 Jan 2026")]
    assert items[0].to_json()["reopened"].startswith("Reopens the file")


# --- decisions ---------------------------------------------------------------------------------------------------


def test_only_each_leads_first_sign_off_counts_and_never_the_authors() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    decided = concern(b, child, 0)
    decision = b.lead(EntryKind.DECISION, {"concern": decided, "decision": "monitor", "rationale": "r",
                                           "needs_second_lead": True}, child, 0.5)  # fmt: skip
    b.lead(EntryKind.SIGN_OFF, {"decision": decision, "agrees": True, "comment": ""}, child, 0.6, LEAD_ID)  # author
    state = b.state()
    assert decision_status(state, decision).words == "Monitor in school: awaiting a second lead"
    first = b.lead(EntryKind.SIGN_OFF, {"decision": decision, "agrees": False, "comment": "why?"}, child, 0.7,
                   LEAD2_ID)  # fmt: skip
    b.lead(EntryKind.SIGN_OFF, {"decision": decision, "agrees": True, "comment": ""}, child, 0.8, LEAD2_ID)
    state = b.state()
    status = decision_status(state, decision)
    assert [s.entry_id for s in status.sign_offs] == [first]  # the same lead's second sign-off is ignored
    assert status.words == "Monitor in school: challenged by a second lead" and not status.complete
    assert counted_sign_offs(state.lead.decisions[decision], []) == ()


def test_a_second_look_at_every_decision_not_to_refer_is_a_setting() -> None:
    assert not needs_second_lead("monitor", [])
    assert needs_second_lead("monitor", [], every_decision_not_to_refer=True)
    assert needs_second_lead("no-further-action", [], every_decision_not_to_refer=True)
    assert not needs_second_lead("refer-csc", [], every_decision_not_to_refer=True)
    tuned = change_settings(LeadSettings(), ["second_look_every_decision_not_to_refer=yes"])
    assert tuned.second_look_every_decision_not_to_refer
    assert LeadSettings.from_payload(tuned.to_payload()) == tuned
    assert "second_look_every_decision_not_to_refer = true" in describe_settings(tuned)
    assert not LeadSettings.from_payload({"second_look_every_decision_not_to_refer": "yes"}).problems()
    not_a_bool = LeadSettings.from_payload({"second_look_every_decision_not_to_refer": 1})
    assert not not_a_bool.second_look_every_decision_not_to_refer
    with pytest.raises(ValueError, match="must be true or false"):
        change_settings(LeadSettings(), ["second_look_every_decision_not_to_refer=perhaps"])


def test_urgent_in_records_json_is_true_or_false() -> None:
    item = {"pupil": ZOFIA, "occurred_at": "2026-01-05T09:00", "category": "neglect", "what_happened": "x"}
    now = datetime(2026, 1, 6, tzinfo=UTC)
    assert parse_concern({**item, "urgent": True}, ["neglect"], now).urgent
    assert not parse_concern(item, ["neglect"], now).urgent
    with pytest.raises(ConcernInputError, match="urgent: must be true or false"):
        parse_concern({**item, "urgent": "yes"}, ["neglect"], now)


# --- services ----------------------------------------------------------------------------------------------------


def test_a_lead_signs_a_decision_off_once_and_the_setting_asks_for_a_second_look(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    concern_id = record(staff, AHMED, "Came in hungry; said there was no food at home", days_ago=1)
    state = load_state(lead)
    assert not record_decision(lead, state, concern_id, "monitor", "Breakfast club").needs_second_lead
    second_look = change_settings(LeadSettings(), ["second_look_every_decision_not_to_refer=true"])
    save_settings(lead, load_state(lead), second_look)
    state = load_state(lead)
    decided = record_decision(lead, state, concern_id, "no-further-action", "Mum explained; food bank arranged")
    assert decided.needs_second_lead and decided.open_flags == ()  # no flag open: the school's setting asks
    state = load_state(lead)
    assert latest_decision_id(state, concern_id) == decided.decision_id
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    state = load_state(deputy)
    assert sign_off_candidates(deputy, state, decided.decision_id) == [deputy.account_id]
    sign_off_decision(deputy, state, decided.decision_id, agrees=False, comment="Ask about the older brother")
    state = load_state(deputy)
    with pytest.raises(NotPermitted, match="already signed this decision off; each lead signs a decision off once"):
        sign_off_decision(deputy, state, decided.decision_id, agrees=True)
    assert sign_off_candidates(deputy, state, decided.decision_id) == []
    with pytest.raises(NotPermitted, match="a different designated lead must sign it off"):
        sign_off_decision(lead, state, decided.decision_id)
    with pytest.raises(NotFound, match="No decision"):
        fresh = record(staff, ZOFIA, "x")
        latest_decision_id(load_state(lead), fresh)
    with pytest.raises(NotFound, match="not one you can see"):
        latest_decision_id(state, "0190f000-0000-7000-8000-000000000001")


def test_a_closed_file_is_reopened_by_a_new_concern_in_the_lead_queue(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    state = load_state(lead)
    pupil = state.pupil_by_upn(JAKUB)
    set_file_status(lead, state, pupil.pupil_id, "closed", "No concerns for a year")
    concern_id = record(staff, JAKUB, "Said his stepdad hit him with a belt")
    [item] = [i for i in lead_queue(lead, open_workspace(lead)) if i.concern_id == concern_id]
    assert item.reopened.startswith("Reopens the file closed on")


def test_what_a_lead_has_seen_is_theirs_sealed_and_pruned_to_the_queue(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    first = record(staff, ZOFIA, "one")
    second = record(staff, JAKUB, "two")
    workspace = open_workspace(lead)
    items = lead_queue(lead, workspace)
    assert new_count(items) == 2
    assert mark_queue_seen(lead, workspace, [items[0].key]) == 1
    assert [i.entry_id for i in lead_queue(lead, workspace) if i.new] == [items[1].entry_id]
    assert mark_queue_seen(lead, workspace) == 0
    assert new_count(lead_queue(lead, workspace)) == 0
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert new_count(lead_queue(deputy, open_workspace(deputy))) == 2  # per lead
    mark_seen(lead, ["NEW|gone-from-the-queue"], keep=[i.key for i in items])
    assert seen_items(lead) == {i.key for i in items}  # pruned to the queue
    raw = looked_path(lead).read_bytes()
    assert first.encode() not in raw and second.encode() not in raw
    looked_path(deputy).write_bytes(raw)  # another lead's file put in place: not theirs to open
    assert seen_items(deputy) == set()
    looked_path(lead).write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))  # damaged: every item is new again
    assert new_count(lead_queue(lead, workspace)) == 2
