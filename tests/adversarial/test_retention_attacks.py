"""Retention under attack (issue 17, item 6): a member of staff (or a client signing as one) holding a file forever
or marking it due for erasure; a revoked lead doing the same; the services refusing a staff member outright; and a
review that would shorten a file's retention."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.retention import RetentionStatus
from desktop_app.services.concerns import read_child_file
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.retention import hold_file, retention_for, retention_list, review_file
from desktop_app.services.staff_admin import find_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import LEAD2, LEAD2_PASS, School
from tests.unit.test_triage import ZOFIA, record

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
