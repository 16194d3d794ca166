"""A child's file with every kind of record, sent from one school and received by another (issue 14, item 4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.domain.records import SchoolState
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.decisions import (
    add_action,
    record_decision,
    record_referral,
    record_referral_outcome,
    set_agency_status,
)
from desktop_app.services.directory import load_directory
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.transfer import TransferReceived, export_transfer, import_transfer
from tests.conftest import School

ZOFIA = "A123456789012"
PDF_PASSWORD = "decompose overact wrecker unglue drainpipe trillion prudishly"
PASSWORD = "ravine tassel unmarked gumdrop catalyst oblong whiff"
SOCIAL_WORKER = "Priya Shah, social worker, 024 7683 1234"
REFERRAL_OUTCOME = "Strategy discussion held; section 47 enquiry opened"
SAID = "Mummy's friend grabbed me hard"


@dataclass(frozen=True, slots=True)
class SentFile:
    """What the sending school wrote, by its own ids."""

    concerns: list[str]
    decision: str
    referral: str
    outcome: str
    status: str
    action: str


def record(session: Session, upn: str, when: datetime, what: str, marks: list[dict], said: str = "") -> str:
    directory = load_directory(session)
    item = {"pupil": upn, "category": "physical-abuse", "occurred_at": when.isoformat(), "what_happened": what,
            "action_taken": "Told the DSL straight away", "injuries": marks}  # fmt: skip
    if said:
        item["childs_words"] = said
    [done] = record_concerns(session, directory, check_concerns(directory, [item]))
    return done.entry_id


def bruise(region: str, view: str = "front", **more: object) -> dict:
    return {"view": view, "x": 0.4, "y": 0.4, "region": region, "type": "bruise", "size_cm": 2, **more}


def sending_history(school: School, start: datetime) -> SentFile:
    """Two concerns with marks, a referral to children's social care with its outcome, a CP plan with the social
    worker named and an action, recorded at the sending school from `start`."""
    staff = school.staff()
    first = record(staff, ZOFIA, start, "I saw a bruise on Zofia's upper arm when she took her coat off.",
                   [bruise("upper-arm-right")], SAID)  # fmt: skip
    second = record(staff, ZOFIA, start + timedelta(days=6), "Another bruise, on her left cheek, at lunch.",
                    [bruise("cheek-left", "head-left", explanation="I don't know")])  # fmt: skip
    staff.close()
    lead = school.lead()
    state = load_state(lead)
    decision = record_decision(lead, state, second, "refer-csc", "Second bruise in a week, cheek, no explanation")
    state = load_state(lead)
    referral = record_referral(lead, state, second, "Coventry MASH", "MASH-4471", made_at=start + timedelta(days=6))
    state = load_state(lead)
    outcome = record_referral_outcome(lead, state, referral, REFERRAL_OUTCOME)
    state = load_state(lead)
    pupil = state.pupil_by_upn(ZOFIA)
    assert pupil is not None
    status = set_agency_status(lead, state, pupil.pupil_id, "cp-plan", True, "Coventry Children's Services",
                               SOCIAL_WORKER, "Plan made at the initial conference",
                               occurred_at=start + timedelta(days=20))  # fmt: skip
    state = load_state(lead)
    action = add_action(lead, state, pupil.pupil_id, "Attend the core group meeting", lead.account_id,
                        (start + timedelta(days=30)).date(), second)  # fmt: skip
    lead.close()
    return SentFile([first, second], decision.decision_id, referral, outcome, status, action)


def transfer(sending: School, receiving: School, out: Path) -> TransferReceived:
    """The sending lead exports Zofia's file; the receiving lead imports it with the fingerprint heard."""
    out.mkdir(exist_ok=True)
    lead = sending.lead()
    sent = export_transfer(lead, ZOFIA, "Riverside Academy", out, PDF_PASSWORD, PASSWORD)
    lead.close()
    receiver = receiving.lead()
    got = import_transfer(receiver, sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
    receiver.close()
    return got


def received_state(school: School) -> SchoolState:
    lead = school.lead()
    try:
        return load_state(lead)
    finally:
        lead.close()


def now_utc() -> datetime:
    return datetime.now(UTC)
