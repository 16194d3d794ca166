"""A file received from another school reaches every PC of the receiving school through the real hub, whole: the
other PC's lead reads each record in words, marked as the sending school's, with flags over both histories; and a
leaver noticed at a roster import on one PC is on the other PC's queue (issue 14, item 4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.leavers import send_by
from desktop_app.domain.red_flags import evaluate
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.directory import import_roster
from desktop_app.services.leavers import Leaving
from desktop_app.services.transfer import export_transfer, import_transfer
from tests.conftest import ROSTER_CSV, STAFF, STAFF_PASS, make_school
from tests.integration.conftest import Trust
from tests.transfer_story import PASSWORD, PDF_PASSWORD, SOCIAL_WORKER, ZOFIA, bruise, sending_history

JAKUB = "A123456789013"


def test_a_received_file_reaches_the_other_pc_whole_and_a_leaver_reaches_its_queue(
    trust: Trust, tmp_path: Path
) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    sending = make_school(tmp_path / "oakfield", "Oakfield Primary School")
    try:
        start = datetime.now(UTC) - timedelta(days=30)
        sending_history(sending, start)
        out = tmp_path / "out"
        out.mkdir()
        sent = export_transfer(sending.lead(), ZOFIA, "Hillside", out, PDF_PASSWORD, PASSWORD)
    finally:
        sending.store.close()
    import_transfer(pc1.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
    pc1.sync()
    pc2.sync()
    when = (start + timedelta(days=12)).isoformat()
    marks = [bruise("upper-arm-right")]
    own = pc2.record(STAFF, STAFF_PASS, ZOFIA, "A bruise on her upper arm again", occurred_at=when, injuries=marks)
    pc2.sync()
    pc1.sync()

    for pc in (pc1, pc2):
        state = pc.state()
        zofia = state.pupil_by_upn(ZOFIA)
        assert zofia is not None
        rows = [r for r in chronology_for(state, zofia.pupil_id) if r.from_school]
        assert {r.from_school for r in rows} == {"Oakfield Primary School"}, pc.name
        text = "\n".join(r.summary for r in rows)
        assert "Decision: Refer to children's social care" in text and SOCIAL_WORKER in text
        flags = evaluate(state, settings_of(state).red_flags, [zofia.pupil_id])[zofia.pupil_id]
        assert any(f.at_entry == own and set(f.entry_ids) & set(state.transfers.origins) for f in flags), pc.name
        new = [i.entry_id for i in triage_queue(state, datetime.now(UTC)) if i.stage == Stage.NEW]
        assert new == [own], "only the school's own concern waits for a lead"

    left_on = date.today() - timedelta(days=1)
    roster = b"\n".join(line for line in ROSTER_CSV.split(b"\n") if ZOFIA.encode() not in line)
    summary = import_roster(pc2.lead(), roster, leaving=Leaving({ZOFIA: left_on}))
    assert [leaver.upn for leaver in summary.left] == [ZOFIA]
    pc2.sync()
    pc1.sync()
    [task] = [i for i in triage_queue(pc1.state(), datetime.now(UTC)) if i.stage == Stage.SEND_FILE]
    assert task.upn == ZOFIA and task.due_at is not None and task.due_at.date() == send_by(left_on)
    pc1.assert_intact()
    pc2.assert_intact()
