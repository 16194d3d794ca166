"""Retention under attack (issue 17, item 6): a member of staff (or a client signing as one) holding a file forever
or marking it due for erasure; a revoked lead doing the same; the services refusing a staff member outright; and a
review that would shorten a file's retention."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from desktop_app.crypto.envelope import Recipient
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.retention import RetentionStatus
from desktop_app.services.concerns import read_child_file
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.retention import close_for_erasure, hold_file, retention_for, retention_list, review_file
from desktop_app.services.search import search_records
from desktop_app.services.staff_admin import find_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.triage import open_workspace, refresh_workspace, save_workspace
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from desktop_app.storage.engine import DB_FILENAME
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import LEAD2, LEAD2_PASS, STAFF2, STAFF2_PASS, School
from tests.unit.test_triage import JAKUB, ZOFIA, record

FAR = date(2047, 1, 1)  # Zofia (born 4 Mar 2021) reaches 25 on 4 Mar 2046: past retention here


def _forge(session, pupil_id: str) -> tuple[str, str]:
    """Round the services: a hold and an erasure review, well formed, signed and sealed by `session`."""
    with UnitOfWork(session) as uow:
        hold = uow.record(EntryKind.RETENTION_HOLD, {"reason": "forged hold", "lifted": False}, subject=pupil_id)
        review = uow.record(EntryKind.RETENTION_REVIEW, {"keep": False, "reason": "forged"}, subject=pupil_id)
        uow.commit()
    return hold, review


def test_a_staff_members_hold_or_review_is_refused_and_if_forged_counts_for_nothing(school: School) -> None:
    lead, staff = school.lead(), school.staff()
    record(staff, ZOFIA, "A bruise on her arm", days_ago=2)
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    state = load_state(staff)
    with pytest.raises(NotPermitted):
        hold_file(staff, state, zofia.pupil_id, "I want it kept")
    with pytest.raises(NotPermitted):
        review_file(staff, state, zofia.pupil_id, keep=False, reason="erase it", today=FAR)
    with pytest.raises(NotPermitted):
        retention_list(staff, state)
    hold, review = _forge(staff, zofia.pupil_id)
    lead_state = load_state(lead)
    retention = retention_for(lead, lead_state, zofia.pupil_id)
    assert retention.hold is None and retention.review is None
    assert retention.status(FAR) is RetentionStatus.DUE
    assert read_child_file(lead, zofia.pupil_id).front_sheet.retention.hold is None
    assert {hold, review} <= set(quarantined(lead))
    refused = {p.entry_id for p in verify_store(school.store, lead).refused}
    assert {hold, review} <= refused


def test_a_revoked_leads_hold_or_review_counts_for_nothing(school: School) -> None:
    lead = school.lead()
    record(lead, ZOFIA, "She said she was hungry", days_ago=2)
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    kept = review_file(deputy, load_state(deputy), zofia.pupil_id, keep=True, reason="sibling file open",
                       until=FAR + timedelta(days=400), today=FAR)  # fmt: skip
    deputy.close()
    revoke_lead(lead, find_account(lead, load_state(lead), LEAD2))
    revoked = school.sign_in(LEAD2, LEAD2_PASS)
    with pytest.raises(NotPermitted):
        hold_file(revoked, load_state(revoked), zofia.pupil_id, "keep it")
    hold, review = _forge(revoked, zofia.pupil_id)
    lead = school.lead()
    retention = retention_for(lead, load_state(lead), zofia.pupil_id)
    assert retention.hold is None
    assert retention.review is not None and retention.review.entry_id == kept  # written while a lead: it stands
    assert retention.status(FAR) is RetentionStatus.RUNNING
    assert {hold, review} <= set(quarantined(lead))


def test_a_review_cannot_shorten_retention_or_touch_a_held_file(school: School) -> None:
    lead = school.lead()
    record(lead, ZOFIA, "She said she was hungry", days_ago=2)
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    pid = zofia.pupil_id
    with pytest.raises(ServiceError, match="comes up for review within the year before that"):
        review_file(lead, load_state(lead), pid, keep=False, reason="tidy up")  # today: 20 years early
    early = date(2045, 6, 1)  # within the year before 4 Mar 2046
    with pytest.raises(ServiceError, match="cannot be before the file's retention date"):
        review_file(lead, load_state(lead), pid, keep=True, reason="r", until=date(2045, 12, 1), today=early)
    with pytest.raises(ServiceError, match="reason is needed"):
        review_file(lead, load_state(lead), pid, keep=False, reason="   ", today=FAR)
    with pytest.raises(ServiceError, match="not held"):
        hold_file(lead, load_state(lead), pid, "lift", lift=True)
    hold_file(lead, load_state(lead), pid, "Police investigation: Operation Elm")
    with pytest.raises(ServiceError, match="held"):
        review_file(lead, load_state(lead), pid, keep=False, reason="erase", today=FAR)
    listed = retention_list(lead, load_state(lead), today=FAR)
    assert listed.rows == () and listed.held == 1


# --- closing a file for erasure (the signed tombstone; keys NOT destroyed) ---------------------------------------


def _decided_for_erasure(school: School) -> tuple[str, str]:
    """Concerns about Zofia and Jakub; Zofia's file decided due for erasure at review. Returns their pupil ids."""
    staff = school.staff()
    record(staff, ZOFIA, "Zofia said she was hungry", days_ago=3)
    record(staff, JAKUB, "Jakub has a bruise on his shin", days_ago=2)
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    review_file(lead, state, zofia.pupil_id, keep=False, reason="past retention, nothing pending", today=FAR)
    return zofia.pupil_id, jakub.pupil_id


def test_a_closed_file_shows_in_no_view_for_leads_or_staff_and_the_rest_still_opens(school: School) -> None:
    zofia, jakub = _decided_for_erasure(school)
    first = school.lead()
    save_workspace(first, open_workspace(first))  # a workspace snapshot on this PC, made before the closing
    first.close()
    lead = school.lead()
    workspace = open_workspace(lead)  # read from that snapshot, and kept open across the closing
    assert zofia in workspace.state.pupils
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    closed = close_for_erasure(deputy, load_state(deputy), zofia)
    assert closed.exports == ()
    later = school.lead()  # a new sign-in finds the snapshot made before the closing, and the tombstone after it
    assert zofia not in open_workspace(later).state.pupils
    later.close()

    refresh_workspace(lead, workspace)  # the tombstone arrives: folded afresh, nothing of Zofia kept
    state = workspace.state
    assert zofia not in state.pupils and not state.concerns_for(zofia) and zofia not in workspace.flags
    assert state.lead.closed_for_erasure[zofia].entry_id == closed.entry_id
    assert jakub in state.pupils and state.concerns_for(jakub)
    assert not search_records(lead, workspace, "hungry").hits
    assert search_records(lead, workspace, "bruise").hits
    with pytest.raises(NotFound):
        read_child_file(lead, zofia)  # read by the subject index, without the workspace
    assert read_child_file(lead, jakub).front_sheet.concerns == 1
    lead.close()

    again = school.lead()
    staff_state = load_state(school.staff())  # the tombstone is sealed to the directory key
    assert zofia not in staff_state.pupils and not staff_state.concerns_for(zofia)
    assert jakub in staff_state.pupils and staff_state.concerns_for(jakub)
    directory = load_directory(school.staff())  # the pupil finder's: no Zofia to record about
    assert directory.pupil_by_upn(ZOFIA) is None and directory.pupil_by_upn(JAKUB) is not None
    listed = retention_list(again, load_state(again), today=FAR)
    assert listed.closed == 1 and zofia not in {r.pupil.pupil_id for r in listed.rows}

    # What is NOT done: the keys are not destroyed. Zofia's entries are still in the store, sealed as before.
    with closing(sqlite3.connect(school.store.data_dir / DB_FILENAME)) as db:
        rows = db.execute("SELECT COUNT(*) FROM entries WHERE subject = ?", (zofia,)).fetchone()[0]
    assert rows >= 3  # roster entry, concern, review, tombstone: closed for erasure, not erased


def test_a_tombstone_signed_by_staff_or_a_revoked_lead_is_set_aside(school: School) -> None:
    zofia, _jakub = _decided_for_erasure(school)
    lead = school.lead()
    with pytest.raises(NotPermitted):
        close_for_erasure(school.staff(), load_state(school.staff()), zofia)
    staff = school.staff()
    key_id, key = staff.directory_key()  # sealed as a lead's tombstone is: to the directory key every account holds
    with UnitOfWork(staff) as uow:
        forged = uow.record(EntryKind.RETENTION_CLOSED, {"review": "x", "exports": []}, subject=zofia)
        to_all = uow.record(EntryKind.RETENTION_CLOSED, {"review": "x", "exports": []}, subject=zofia,
                            recipients=[Recipient(key_id, symmetric=key)])  # fmt: skip
        uow.commit()
    revoke_lead(lead, find_account(lead, load_state(lead), LEAD2))
    revoked = school.sign_in(LEAD2, LEAD2_PASS)
    with UnitOfWork(revoked) as uow:
        by_revoked = uow.record(EntryKind.RETENTION_CLOSED, {"review": "x", "exports": []}, subject=zofia)
        uow.commit()
    lead = school.lead()
    state = load_state(lead)
    assert zofia in state.pupils and state.concerns_for(zofia) and not state.lead.closed_for_erasure
    assert {forged, by_revoked, to_all} <= set(quarantined(lead))
    colleague = school.sign_in(STAFF2, STAFF2_PASS)
    assert zofia in load_state(colleague).pupils
    assert load_directory(colleague).pupil_by_upn(ZOFIA) is not None
    assert to_all in set(quarantined(colleague))


def test_only_a_file_decided_due_for_erasure_and_not_held_can_be_closed(school: School) -> None:
    zofia, jakub = _decided_for_erasure(school)
    lead = school.lead()
    with pytest.raises(ServiceError, match="decided at review is due for erasure"):
        close_for_erasure(lead, load_state(lead), jakub)
    hold_file(lead, load_state(lead), zofia, "Inquiry hold")
    with pytest.raises(ServiceError, match="held"):
        close_for_erasure(lead, load_state(lead), zofia)
    assert zofia in load_state(lead).pupils
