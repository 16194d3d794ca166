"""A plan action across PCs through the real hub: a lead records a conference on one PC giving a member of staff an
action; on another PC she sees only that action after a sync, marks it done there, and the lead's PC has her note at
its next sync, while a colleague's PC holds the action's entry but can open none of it."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.lead.meetings import Attendee
from desktop_app.services.meetings import PlanOwner, mark_action_done, my_actions, plan_owner, record_meeting
from desktop_app.services.state import load_state
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS
from tests.integration.conftest import Trust

ZOFIA = "A123456789012"


def test_a_plan_action_reaches_its_owner_on_another_pc_and_her_done_comes_back(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    lead = pc1.lead()
    state = load_state(lead)
    pupil = state.pupil_by_upn(ZOFIA)
    assert pupil is not None
    held = date.today() - timedelta(days=3)
    recorded = record_meeting(
        lead, state, pupil.pupil_id, "core-group", held, [Attendee("Jo Bloggs", "Social worker", "CSC")],
        "plan-continues",
        actions=[("Weekly check-in with Zofia", plan_owner(lead, state, STAFF), held + timedelta(days=1)),
                 ("Home visit", PlanOwner(name="Jo Bloggs (CSC)"), held + timedelta(days=20))],
    )  # fmt: skip
    pc1.sync()
    pc2.sync()
    staff = pc2.sign_in(STAFF, STAFF_PASS)
    mine = my_actions(staff, load_state(staff))
    assert [(a.action_id, a.pupil_name) for a in mine] == [(recorded.action_ids[0], pupil.full_name)]
    assert mine[0].overdue(date.today())
    colleague = pc2.sign_in(STAFF2, STAFF2_PASS)
    assert load_state(colleague).lead.actions == {} and load_state(colleague).lead.meetings == {}
    mark_action_done(staff, load_state(staff), recorded.action_ids[0], "Checked in on Monday")
    pc2.sync()
    pc1.sync()
    done = load_state(lead).lead.action_done(recorded.action_ids[0])
    assert done is not None and done.note == "Checked in on Monday" and done.by == staff.account_id
    pc1.assert_intact()
