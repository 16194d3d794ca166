"""A file sent by one school's store and received by another's arrives whole (issue 14, item 4): every record in
the receiving school's chronology in words, flags over both histories, the social worker named, its own packs
printing them in words; and when the receiving school sends it on, the next school gets both schools' records."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.lead.child_file import child_file
from desktop_app.domain.red_flags import FlagCode
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.referral import ReferralOptions, export_referral_pack
from desktop_app.services.transfer import export_transfer, import_transfer
from desktop_app.services.triage import open_workspace, refresh_workspace
from tests.conftest import School, make_school
from tests.transfer_story import (
    PASSWORD,
    PDF_PASSWORD,
    REFERRAL_OUTCOME,
    SAID,
    SOCIAL_WORKER,
    ZOFIA,
    bruise,
    now_utc,
    received_state,
    record,
    sending_history,
    transfer,
)
from tests.unit.test_reports import flat, open_pdf

SENDER = "Oakfield Primary School"


@pytest.fixture
def schools(tmp_path: Path):
    sending, receiving = make_school(tmp_path / "oakfield", SENDER), make_school(tmp_path / "riverside", "Riverside")
    yield sending, receiving
    sending.store.close()
    receiving.store.close()


def _story(schools: tuple[School, School], tmp_path: Path):
    sending, receiving = schools
    start = now_utc() - timedelta(days=40)
    sent = sending_history(sending, start)
    got = transfer(sending, receiving, tmp_path / "out")
    return start, sent, got


def test_the_receiving_school_reads_every_record_in_words_with_flags_and_the_social_worker(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    _sending, receiving = schools
    start, _sent, _got = _story(schools, tmp_path)
    staff = receiving.staff()  # the receiving school's own concern, a week after the last one there
    own = record(staff, ZOFIA, start + timedelta(days=13), "A bruise on her right upper arm again.",
                 [bruise("upper-arm-right")])  # fmt: skip
    staff.close()
    state = received_state(receiving)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    file = child_file(state, zofia.pupil_id, now_utc())
    rows = [r for r in file.chronology if r.from_school]
    assert {r.from_school for r in rows} == {SENDER}
    assert len([r for r in rows if r.kind == "concern"]) == 2
    text = "\n".join(r.summary for r in rows)
    for words in ("Decision: Refer to children's social care", "Referral to Coventry MASH, reference MASH-4471",
                  REFERRAL_OUTCOME, "Child-protection plan started", SOCIAL_WORKER, "Attend the core group meeting",
                  "bruise on upper arm right"):  # fmt: skip
        assert words in text, words
    assert "decision:" not in text and "pupil.agency" not in text and "File received (" not in text
    assert all(r.recorded_by.endswith(f", {SENDER}") for r in rows), {r.recorded_by for r in rows}
    assert any(r.recorded_by == f"Carys Teacher (Year 1 teacher), {SENDER}" for r in rows)
    concern = next(c for c in file.concerns if c.concern.childs_words == SAID)
    assert concern.concern.concern_id in state.transfers.origins
    assert [(a.words, a.contact) for a in file.front_sheet.agencies] == [("Child-protection plan", SOCIAL_WORKER)]
    flagged = [f for f in file.flags if f.at_entry == own]
    assert flagged and any(set(f.entry_ids) & set(state.transfers.origins) for f in flagged), file.flags
    queue = triage_queue(state, now_utc())
    assert [i.entry_id for i in queue if i.stage == Stage.NEW] == [own], "received records were dealt with there"


def test_the_receiving_schools_own_pack_prints_the_received_records_in_words(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    _sending, receiving = schools
    _story(schools, tmp_path)
    lead = receiving.lead()
    out = tmp_path / "pack.pdf"
    export_referral_pack(lead, ZOFIA, out, PDF_PASSWORD, ReferralOptions())
    _, text = open_pdf(out.read_bytes(), PDF_PASSWORD)
    words = flat(text)
    assert "Refer to children's social care" in words and REFERRAL_OUTCOME in words
    assert "Priya Shah" in words and "No other agencies are recorded as involved" not in words
    assert "decision:" not in words and "pupil.agency" not in words and "referral.outcome" not in words
    assert SENDER in words


def test_a_file_sent_on_carries_both_schools_records_each_marked_with_its_own(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    _sending, receiving = schools
    start, _, _ = _story(schools, tmp_path)
    staff = receiving.staff()
    record(staff, ZOFIA, start + timedelta(days=30), "At Riverside: she said she was hit.", [])
    staff.close()
    third = make_school(tmp_path / "third", "Castle Secondary")
    try:
        out = tmp_path / "onward"
        out.mkdir()
        lead = receiving.lead()
        sent = export_transfer(lead, ZOFIA, "Castle Secondary", out, PDF_PASSWORD, PASSWORD)
        _, text = open_pdf(sent.pdf.read_bytes(), PDF_PASSWORD)
        assert "Refer to children's social care" in flat(text) and "decision:" not in flat(text)
        import_transfer(third.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
        state = received_state(third)
        zofia = state.pupil_by_upn(ZOFIA)
        assert zofia is not None
        rows = chronology_for(state, zofia.pupil_id)
        schools_named = {r.from_school for r in rows if r.kind == "concern"}
        assert schools_named == {SENDER, "Riverside"}
    finally:
        third.store.close()


def test_a_lead_whose_workspace_is_open_sees_the_received_files_flags_at_the_next_refresh(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    sending, receiving = schools
    start = now_utc() - timedelta(days=40)
    sending_history(sending, start)
    staff = receiving.staff()
    own = record(staff, ZOFIA, start + timedelta(days=13), "A bruise on her right upper arm again.",
                 [bruise("upper-arm-right")])  # fmt: skip
    staff.close()
    lead = receiving.lead()
    workspace = open_workspace(lead)
    zofia = workspace.state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    assert not [f for f in workspace.flags.get(zofia.pupil_id, ()) if f.code == FlagCode.RECURRING_INJURY]
    transfer(sending, receiving, tmp_path / "out")
    refresh_workspace(lead, workspace)
    flagged = [f for f in workspace.flags.get(zofia.pupil_id, ()) if f.code == FlagCode.RECURRING_INJURY]
    at_own = [f for f in flagged if f.at_entry == own]
    assert at_own and set(at_own[0].entry_ids) & set(workspace.state.transfers.origins)
