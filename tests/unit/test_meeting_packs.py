"""Meetings and the plan in the packs: the referral pack and the transfer pack list each meeting with its plan and
the current plan; a transferred file carries the meetings and the plan actions (one marked done by the member of
staff it was given to) to the next school."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.lead.meetings import Attendee
from desktop_app.services.meetings import PlanOwner, mark_action_done, plan_owner, record_meeting
from desktop_app.services.referral import export_referral_pack
from desktop_app.services.state import load_state
from desktop_app.services.transfer import export_transfer, import_transfer
from tests.conftest import STAFF, School, make_school
from tests.transfer_story import PASSWORD, PDF_PASSWORD, ZOFIA, received_state
from tests.unit.test_reports import flat, open_pdf

HELD = date.today() - timedelta(days=30)


def _conference(school: School) -> list[str]:
    lead = school.lead()
    try:
        state = load_state(lead)
        pupil = state.pupil_by_upn(ZOFIA)
        assert pupil is not None
        actions = [
            ("Weekly check-in with Zofia", plan_owner(lead, state, STAFF), HELD + timedelta(days=7)),
            ("Home visit", PlanOwner(name="Jo Bloggs (Children's Services)"), HELD + timedelta(days=60)),
        ]
        attendees = [
            Attendee("Jo Bloggs", "Social worker", "Children's Services"),
            Attendee("Alice Lead", "DSL", "School"),
        ]
        recorded = record_meeting(lead, state, pupil.pupil_id, "cp-conference", HELD, attendees, "cp-plan",
                                  category="neglect", next_on=HELD + timedelta(days=90), actions=actions)  # fmt: skip
    finally:
        lead.close()
    staff = school.staff()
    mark_action_done(staff, load_state(staff), recorded.action_ids[0], "Seen every Monday")
    staff.close()
    return list(recorded.action_ids)


def test_the_referral_pack_lists_the_meetings_and_the_current_plan(school: School, tmp_path: Path) -> None:
    _conference(school)
    out = tmp_path / "pack.pdf"
    export_referral_pack(school.lead(), ZOFIA, out, PDF_PASSWORD)
    _, text = open_pdf(out.read_bytes(), PDF_PASSWORD)
    words = flat(text)
    assert "Meetings and the child's plan" in words
    assert f"Current plan: Child-protection plan (neglect) since {HELD:%d %b %Y}" in words
    assert "Initial child-protection conference" in words and "Jo Bloggs (Social worker, Children's Services)" in words
    assert "Weekly check-in with Zofia (Carys Teacher" in words and "done" in words
    assert "Home visit (Jo Bloggs (Children's Services); review" in words


@pytest.fixture
def receiving(tmp_path: Path):
    made = make_school(tmp_path / "riverside", "Riverside")
    yield made
    made.store.close()


def test_the_transfer_pack_and_bundle_carry_the_meetings_and_the_plan_to_the_next_school(
    school: School, receiving: School, tmp_path: Path
) -> None:
    _conference(school)
    out = tmp_path / "out"
    out.mkdir()
    sent = export_transfer(school.lead(), ZOFIA, "Riverside", out, PDF_PASSWORD, PASSWORD)
    _, text = open_pdf(sent.pdf.read_bytes(), PDF_PASSWORD)
    words = flat(text)
    assert f"Current plan: Child-protection plan (neglect) since {HELD:%d %b %Y}" in words
    assert "Weekly check-in with Zofia" in words
    import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
    state = received_state(receiving)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    rows = chronology_for(state, zofia.pupil_id)
    kinds = [r.kind for r in rows]
    assert RowKind.MEETING in kinds and kinds.count(RowKind.ACTION) == 2
    done = [r for r in rows if r.kind == RowKind.ACTION_DONE]
    assert len(done) == 1 and "Seen every Monday" in done[0].summary  # her own done travels with the file
    assert any("Plan action (Initial child-protection conference" in r.summary for r in rows)
