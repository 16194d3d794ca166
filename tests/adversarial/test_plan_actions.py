"""Plan actions attacked: a member of staff marking a colleague's action done, forging a meeting or an action of their
own to mark done, reading the meeting they were not sealed to, and a disabled member of staff marking her own action
done on an offline PC. Real keys, real entries, written with the app's own unit of work (a modified program signs
anything with its author's key)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.crypto.envelope import NoKeyHeld
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.meetings import Attendee
from desktop_app.services.meetings import MeetingRecorded, PlanOwner, my_actions, plan_owner, record_meeting
from desktop_app.services.session import Session, sign_in
from desktop_app.services.staff_admin import disable_account
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.adversarial.test_trust_at_use import quarantined, second_pc
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.unit.test_triage import ZOFIA

HELD = date.today() - timedelta(days=10)


def _plan(school: School) -> tuple[MeetingRecorded, str]:
    """A core group whose plan gives c.teacher one action (overdue) and Jo Bloggs of Children's Services another."""
    lead = school.lead()
    state = load_state(lead)
    pupil = state.pupil_by_upn(ZOFIA)
    assert pupil is not None
    actions = [
        ("Weekly check-in with Zofia", plan_owner(lead, state, STAFF), HELD + timedelta(days=3)),
        ("Home visit", PlanOwner(name="Jo Bloggs (Children's Services)"), HELD + timedelta(days=30)),
    ]
    attendees = [Attendee("Jo Bloggs", "Social worker", "Children's Services")]
    recorded = record_meeting(lead, state, pupil.pupil_id, "core-group", HELD, attendees, "plan-continues",
                              notes="Mum did not attend.", actions=actions)  # fmt: skip
    lead.close()
    return recorded, pupil.pupil_id


def _done_through_the_store(session: Session, action_id: str, pupil_id: str, note: str = "done") -> str:
    """An `action.done` written directly (no service check), correctly signed by `session`'s own key."""
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.ACTION_DONE, {"action": action_id, "note": note}, subject=pupil_id)
        uow.commit()
    return entry_id


def _refused(school: School, lead: Session) -> set[str]:
    return {p.entry_id for p in verify_store(school.store, lead).refused}


def test_a_member_of_staff_marking_a_colleagues_plan_action_done_is_set_aside(school: School) -> None:
    recorded, pupil_id = _plan(school)
    theirs, outsiders = recorded.action_ids
    colleague = school.sign_in(STAFF2, STAFF2_PASS)
    forged = [_done_through_the_store(colleague, action, pupil_id, "all sorted") for action in (theirs, outsiders)]
    lead = school.lead()
    state = load_state(lead)
    assert state.lead.action_done(theirs) is None and state.lead.action_done(outsiders) is None
    assert all("not assigned" in quarantined(lead)[f] for f in forged)
    assert set(forged) <= _refused(school, lead)  # kept, named by verify, never used
    assert {i.entry_id for i in load_queue(open_workspace(lead)) if i.entry_id in (theirs, outsiders)} == {
        theirs
    }  # overdue, still
    staff = school.staff()
    assert [a.action_id for a in my_actions(staff, load_state(staff))] == [theirs]  # still open in her list


def test_the_assignee_cannot_move_her_done_into_another_childs_file(school: School) -> None:
    recorded, _pupil_id = _plan(school)
    staff = school.staff()
    other = load_state(staff).pupil_by_upn("B123456789014")
    assert other is not None
    moved = _done_through_the_store(staff, recorded.action_ids[0], other.pupil_id, "planted in Ahmed's file")
    lead = school.lead()
    state = load_state(lead)
    assert state.lead.action_done(recorded.action_ids[0]) is None
    assert "not assigned" in quarantined(lead)[moved] and moved in _refused(school, lead)


def test_the_assignee_marking_her_own_action_done_through_the_store_counts(school: School) -> None:
    recorded, pupil_id = _plan(school)
    mine = _done_through_the_store(school.staff(), recorded.action_ids[0], pupil_id, "Seen every Monday")
    lead = school.lead()
    done = load_state(lead).lead.action_done(recorded.action_ids[0])
    assert done is not None and done.entry_id == mine and done.note == "Seen every Monday"
    assert mine not in quarantined(lead) and mine not in _refused(school, lead)


def test_a_member_of_staff_forging_a_meeting_and_an_action_of_her_own_gets_nothing_counted(school: School) -> None:
    staff = school.staff()
    pupil = load_state(staff).pupil_by_upn(ZOFIA)
    assert pupil is not None
    with UnitOfWork(staff) as uow:  # a modified program: a lead's kinds, signed with her own key
        meeting = uow.record(EntryKind.MEETING, {"type": "cp-conference", "held_on": HELD.isoformat(),
                             "attendees": [], "outcome": "closed"}, subject=pupil.pupil_id)  # fmt: skip
        action = uow.record(EntryKind.ACTION, {"text": "nothing", "owner": staff.account_id, "due": "2020-01-01",
                            "meeting": meeting}, subject=pupil.pupil_id, also_to=[staff.own_recipient()])  # fmt: skip
        uow.commit()
    done = _done_through_the_store(staff, action, pupil.pupil_id)
    lead = school.lead()
    state = load_state(lead)
    assert meeting not in state.lead.meetings and action not in state.lead.actions
    assert {meeting, action, done} <= set(quarantined(lead))
    assert "not assigned" in quarantined(lead)[done]  # an action sealed to her, but not by a lead


def test_the_assignee_reads_her_action_but_not_the_meeting_nor_the_other_actions(school: School) -> None:
    recorded, _ = _plan(school)
    staff, colleague = school.staff(), school.sign_in(STAFF2, STAFF2_PASS)
    store = school.store
    for entry_id in (recorded.meeting_id, recorded.action_ids[1]):
        entry = store.log.get(entry_id)
        assert entry is not None
        with pytest.raises(NoKeyHeld):
            staff.keyring.open_bytes(entry)
    action = store.log.get(recorded.action_ids[0])
    assert action is not None
    assert b"Weekly check-in with Zofia" in staff.keyring.open_bytes(action)
    with pytest.raises(NoKeyHeld):
        colleague.keyring.open_bytes(action)


def test_a_disabled_member_of_staff_marking_her_action_done_offline_counts_for_nothing(
    school: School, tmp_path: Path
) -> None:
    recorded, pupil_id = _plan(school)
    with second_pc(school, tmp_path) as b_store:
        staff_b = sign_in(b_store, STAFF, STAFF_PASS, sleep=lambda _s: None)
        lead = school.lead()
        disable_account(lead, staff_b.account_id)
        done = _done_through_the_store(staff_b, recorded.action_ids[0], pupil_id, "done, honestly")
        copied = [e for e in b_store.log.all() if e.device_id == b_store.device_id]
    school.store.log.insert_foreign(copied)
    lead = school.lead()
    assert load_state(lead).lead.action_done(recorded.action_ids[0]) is None
    assert "disabled" in quarantined(lead)[done]
