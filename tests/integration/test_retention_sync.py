"""A file closed for erasure on one PC, through the real hub: a lead signed in on another PC no longer sees it at
its next sync, a member of staff there cannot find the child, and the hub still holds every entry (nothing is
deleted: the keys are not destroyed, design note 49)."""

from __future__ import annotations

from datetime import date

from desktop_app.services.directory import load_directory
from desktop_app.services.retention import close_for_erasure, review_file
from desktop_app.services.state import load_state
from desktop_app.services.triage import open_workspace, refresh_workspace
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF_PASS
from tests.integration.conftest import Trust

ZOFIA, JAKUB = "A123456789012", "A123456789013"


def test_a_file_closed_on_one_pc_shows_nowhere_on_another_after_sync(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    pc1.record(STAFF, STAFF_PASS, ZOFIA, "Zofia said she was hungry")
    pc1.record(STAFF, STAFF_PASS, JAKUB, "Jakub was late again")
    pc1.sync()
    pc2.sync()
    deputy = pc2.sign_in(LEAD2, LEAD2_PASS)
    workspace = open_workspace(deputy)
    zofia = workspace.state.pupil_by_upn(ZOFIA)
    assert zofia is not None and workspace.state.concerns_for(zofia.pupil_id)

    lead = pc1.lead()
    review_file(lead, load_state(lead), zofia.pupil_id, keep=False, reason="past retention", today=date(2047, 1, 1))
    closed = close_for_erasure(lead, load_state(lead), zofia.pupil_id)
    pc1.sync()
    pc2.sync()
    refresh_workspace(deputy, workspace)
    state = workspace.state
    assert state.pupil_by_upn(ZOFIA) is None and not state.concerns_for(zofia.pupil_id)
    assert state.lead.closed_for_erasure[zofia.pupil_id].entry_id == closed.entry_id
    assert state.pupil_by_upn(JAKUB) is not None  # the rest of the school's records still open
    assert load_directory(pc2.sign_in(STAFF, STAFF_PASS)).pupil_by_upn(ZOFIA) is None
    held = trust.hub.rows("SELECT count(*) FROM concern_hub.entries WHERE subject = :s", s=zofia.pupil_id)[0][0]
    assert held >= 4  # roster entry, concern, review, tombstone: closed for erasure, not erased
