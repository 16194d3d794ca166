"""Decisions and triage attacked through the store: a member of staff writing a sign-off, a lead writing a second
sign-off to stand for two leads, the decision's author signing their own, and a member of staff marking everything
urgent to bury the concerns that matter. Real keys, real entries, written with the app's own unit of work (a
modified program signs anything with its author's key)."""

from __future__ import annotations

from desktop_app.domain.decisions import decision_status
from desktop_app.domain.entries import EntryKind
from desktop_app.services.decisions import record_decision
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.triage import lead_queue, open_workspace, urgent_items
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import LEAD2, LEAD2_PASS, STAFF2, STAFF2_PASS, School
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record

ARM = {"view": "front", "x": 0.3, "y": 0.35, "region": "upper-arm-left", "type": "bruise", "explanation": "fell"}


def _sign_off_through_the_store(session: Session, decision_id: str, pupil_id: str, agrees: bool = True) -> str:
    """A sign-off entry written directly (no service check), correctly signed by `session`'s own key."""
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.SIGN_OFF, {"decision": decision_id, "agrees": agrees, "comment": "ok"}, subject=pupil_id
        )
        uow.commit()
    return entry_id


def _decision_needing_a_second_lead(school: School) -> tuple[str, str, str]:
    """(concern id, decision id, pupil id) for a decision not to refer with a red flag open."""
    staff, lead = school.staff(), school.lead()
    record(staff, ZOFIA, "bruise", days_ago=40, injuries=[ARM])
    concern = record(staff, ZOFIA, "another bruise", days_ago=1, injuries=[ARM])
    decided = record_decision(lead, load_state(lead), concern, "monitor", "Mum explained at the door")
    assert decided.needs_second_lead
    return concern, decided.decision_id, load_state(lead).concerns[concern].pupil_id


def test_a_member_of_staff_writing_a_sign_off_through_the_store_counts_for_nothing(school: School) -> None:
    concern, decision_id, pupil = _decision_needing_a_second_lead(school)
    forged = _sign_off_through_the_store(school.staff(), decision_id, pupil)
    lead = school.lead()
    state = load_state(lead)
    assert decision_status(state, decision_id).words == "Monitor in school: awaiting a second lead"
    assert concern in {i.concern_id for i in lead_queue(lead, open_workspace(lead))}  # still waiting for a lead
    assert forged in quarantined(lead)
    assert forged in {p.entry_id for p in verify_store(school.store, lead).refused}  # kept, named, never used


def test_the_decisions_author_signing_their_own_through_the_store_is_ignored(school: School) -> None:
    concern, decision_id, pupil = _decision_needing_a_second_lead(school)
    lead = school.lead()
    _sign_off_through_the_store(lead, decision_id, pupil)
    state = load_state(lead)
    assert decision_status(state, decision_id).sign_offs == ()
    assert concern in {i.concern_id for i in lead_queue(lead, open_workspace(lead))}


def test_a_lead_writing_a_second_sign_off_through_the_store_does_not_stand_for_two_leads(school: School) -> None:
    concern, decision_id, pupil = _decision_needing_a_second_lead(school)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    challenge = _sign_off_through_the_store(deputy, decision_id, pupil, agrees=False)
    _sign_off_through_the_store(deputy, decision_id, pupil, agrees=True)  # the same lead, changing their mind alone
    _sign_off_through_the_store(deputy, decision_id, pupil, agrees=True)
    lead = school.lead()
    status = decision_status(load_state(lead), decision_id)
    assert [s.entry_id for s in status.sign_offs] == [challenge]  # only the deputy's first counts
    assert not status.complete and status.words == "Monitor in school: challenged by a second lead"
    assert concern in {i.concern_id for i in lead_queue(lead, open_workspace(lead))}


def test_marking_everything_urgent_is_shown_to_every_lead_with_who_did_it(school: School) -> None:
    honest, noisy = school.staff(), school.sign_in(STAFF2, STAFF2_PASS)
    ticked = [record(noisy, upn, f"urgent {n}", urgent=True) for n, upn in enumerate((ZOFIA, JAKUB, AHMED) * 3)]
    real = record(honest, ZOFIA, "Zofia said her mum's boyfriend burned her with a cigarette", urgent=True)
    for username, password in (("a.lead", "lead-passphrase-1"), (LEAD2, LEAD2_PASS)):
        lead = school.sign_in(username, password)
        urgent = urgent_items(lead_queue(lead, open_workspace(lead)))
        assert {i.concern_id for i in urgent} == {*ticked, real}  # nothing hides the real one: all are on top
        by = {i.concern_id: i.urgent_by for i in urgent}
        assert {by[c] for c in ticked} == {"Dev Assistant (Teaching assistant)"}  # who ticked them, by name
        assert by[real] == "Carys Teacher (Year 1 teacher)"
        assert all(f"Marked urgent by {i.urgent_by}" in i.risk for i in urgent)
        lead.close()


def test_a_member_of_staff_cannot_add_a_household_member_or_link_one_through_the_store(school: School) -> None:
    """Adding a child not on roll is a lead's: a pupil entry and a household link written by a member of staff
    (correctly signed, sealed to the directory key they hold) count for nothing."""
    from desktop_app.services.directory_keys import sealing_recipient
    from desktop_app.services.households import add_household_member_by_upn

    staff = school.staff()
    zofia = load_state(school.lead()).pupil_by_upn(ZOFIA)
    content = {"upn": "NR-AAAA-BBBB", "forename": "Made", "surname": "Up", "on_roll": False, "relationship": "x"}
    with UnitOfWork(staff) as uow:
        planted = uow.record(EntryKind.PUPIL, content, subject="6f1c1c9e-0000-4000-8000-000000000001",
                             recipients=[sealing_recipient(staff, uow)])  # fmt: skip
        link = {"change": "c", "household": "h", "pupils": [zofia.pupil_id, "6f1c1c9e-0000-4000-8000-000000000001"],
                "members": [zofia.pupil_id, "6f1c1c9e-0000-4000-8000-000000000001"]}  # fmt: skip
        linked = uow.record(EntryKind.HOUSEHOLD_LINK, link, subject=zofia.pupil_id)
        uow.commit()
    lead = school.lead()
    state = load_state(lead)
    assert state.pupil_by_upn("NR-AAAA-BBBB") is None
    from desktop_app.services.directory import load_directory

    colleague = school.sign_in(STAFF2, STAFF2_PASS)  # nor is it offered to other staff as someone to record about
    assert load_directory(colleague).pupil_by_upn("NR-AAAA-BBBB") is None
    assert not state.lead.household_changes
    assert {planted, linked} <= set(quarantined(lead))
    member = add_household_member_by_upn(lead, ZOFIA, "Tomasz Luczak", load_state(lead).pupils[zofia.pupil_id]
                                         .date_of_birth, "brother")  # fmt: skip
    assert load_state(staff).pupil_by_upn(member.upn) is not None  # a lead's is read by staff too
