"""Triage and families across PCs through the real hub: an urgent concern recorded on one PC is on top of, and
alerts, a lead signed in on another at its next sync; a child not on roll added on one PC can be recorded about on
another by their reference."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.services.households import add_household_member_by_upn
from desktop_app.services.state import load_state
from desktop_app.services.triage import lead_queue, open_workspace, refresh_workspace, urgent_items
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF_PASS
from tests.integration.conftest import Trust

ZOFIA, JAKUB = "A123456789012", "A123456789013"


def test_an_urgent_concern_reaches_a_lead_signed_in_on_another_pc_at_its_next_sync(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    pc1.record(STAFF, STAFF_PASS, JAKUB, "Late again")
    pc1.sync()
    pc2.sync()
    deputy = pc2.sign_in(LEAD2, LEAD2_PASS)  # signed in on PC 2 before the urgent concern exists
    workspace = open_workspace(deputy)
    assert urgent_items(lead_queue(deputy, workspace)) == []

    urgent = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Zofia said her mum's boyfriend burned her", urgent=True)
    pc1.sync()
    refresh_workspace(deputy, workspace)
    assert urgent_items(lead_queue(deputy, workspace)) == []  # not synced to PC 2 yet
    pc2.sync()  # PC 2's next sync writes it to PC 2's store: the window's watch on the store refreshes the queue
    refresh_workspace(deputy, workspace)
    queue = lead_queue(deputy, workspace)
    [alert] = urgent_items(queue)
    assert alert.concern_id == urgent and queue[0] is alert and alert.new
    assert alert.urgent_by == "Carys Teacher (Year 1 teacher)"


def test_a_child_not_on_roll_added_on_one_pc_is_recorded_about_on_another(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    lead = pc1.lead()
    born = datetime.now(UTC).date() - timedelta(days=400)
    member = add_household_member_by_upn(lead, ZOFIA, "Tomasz Luczak", born, "baby brother")
    pc1.sync()
    pc2.sync()
    concern = pc2.record(STAFF, STAFF_PASS, member.upn, "Bruise on the baby's ear at pick-up")
    pc2.sync()
    pc1.sync()
    state = load_state(lead)
    assert state.concerns[concern].pupil_id == member.pupil_id
    assert not state.pupils[member.pupil_id].on_roll
