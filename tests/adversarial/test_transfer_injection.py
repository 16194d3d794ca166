"""A received file cannot reach past its own child (issue 14, item 4): a sending school's lead (a genuine lead with a
modified program, signing whatever they like) cannot put records on another child's file at the receiving school,
change its file status or households, or set a leaving date; a member of staff at the receiving school cannot pass
their own writing off as another school's."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.state import load_state
from desktop_app.services.transfer import export_transfer, import_transfer
from desktop_app.services.uow import UnitOfWork
from tests.adversarial.test_transfer_bundles import PASSPHRASE, PDF_PASSWORD, _bundle, _genuine_manifest, _refused
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import School, make_school
from tests.transfer_story import SAID, bruise, received_state, record

ZOFIA, JAKUB = "A123456789012", "A123456789013"


@pytest.fixture
def schools(tmp_path: Path):
    sending, receiving = make_school(tmp_path / "oakfield", "Oakfield"), make_school(tmp_path / "riverside")
    yield sending, receiving
    sending.store.close()
    receiving.store.close()


def test_a_sending_lead_cannot_put_records_on_another_childs_file_or_change_this_schools_own(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    sending, receiving = schools
    staff = receiving.staff()
    jakubs = record(staff, JAKUB, datetime(2026, 9, 1, 9, tzinfo=UTC), "Jakub was hungry at breakfast club.", [])
    staff.close()
    before = received_state(receiving)
    jakub_id = before.pupil_by_upn(JAKUB).pupil_id
    staff = sending.staff()
    record(staff, ZOFIA, datetime(2026, 9, 2, 9, tzinfo=UTC), "Bruise on her arm.", [bruise("upper-arm-right")], SAID)
    staff.close()
    lead = sending.lead()  # signs, in its own store, records about Zofia aimed at the receiving school's Jakub
    zofia_id = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
    with UnitOfWork(lead) as uow:
        crafted = [
            uow.record(EntryKind.DECISION, {"concern": jakubs, "decision": "no-further-action", "rationale": "x"},
                       subject=zofia_id),
            uow.record(EntryKind.ADDENDUM, {"amends": jakubs, "text": "Planted on Jakub's concern"}, subject=zofia_id),
            uow.record(EntryKind.CONCERN_CLOSED, {"concern": jakubs, "outcome": "Closed from afar"}, subject=zofia_id),
            uow.record(EntryKind.CONCERN, {"category": "neglect", "what_happened": "About Jakub too",
                                           "other_children": [jakub_id]}, subject=zofia_id),
            uow.record(EntryKind.HOUSEHOLD_LINK, {"change": "c", "household": "h", "pupils": [zofia_id, jakub_id],
                                                  "members": [zofia_id, jakub_id]}, subject=zofia_id),
            uow.record(EntryKind.FILE_STATUS, {"status": "closed", "note": "Closed"}, subject=zofia_id),
            uow.record("pupil.left", {"left_on": "2020-01-01", "source": "roster"}, subject=zofia_id),
        ]  # fmt: skip
        uow.commit()
    out = tmp_path / "out"
    out.mkdir()
    sent = export_transfer(lead, ZOFIA, "Riverside", out, PDF_PASSWORD, PASSPHRASE)
    import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSPHRASE, sent.fingerprint)

    after = received_state(receiving)
    zofia = after.pupil_by_upn(ZOFIA).pupil_id
    assert after.lead.latest_decision(jakubs) is None and after.lead.closure(jakubs) is None
    assert jakubs not in after.addenda
    assert [c.concern_id for c in after.concerns_for(jakub_id)] == [jakubs]
    assert all(not c.other_children for c in after.concerns_for(zofia))
    assert not after.lead.household_changes
    assert after.lead.file_status_of(zofia).status == FileStatusCode.TRANSFERRED_IN
    assert not [r for r in chronology_for(after, jakub_id) if r.from_school], "nothing in Jakub's chronology"
    shown = {after.transfers.origin_of(r.entry_id).original_id for r in chronology_for(after, zofia) if r.from_school}
    assert shown.isdisjoint(crafted[4:])  # the household link, the file status and the leaving date are not taken
    assert after.transfers.left == {}, "the sending school's leaving date starts no clock here"
    assert not [i for i in triage_queue(after, datetime.now(UTC)) if i.stage == Stage.SEND_FILE]


def test_a_sending_lead_cannot_send_one_childs_file_under_another_childs_upn(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    """The manifest's child re-labelled with Jakub's UPN, signed by the genuine lead: refused, nothing written."""
    sending, receiving = schools
    staff = sending.staff()
    record(staff, ZOFIA, datetime(2026, 9, 2, 9, tzinfo=UTC), "Bruise on her arm.", [bruise("upper-arm-right")])
    staff.close()
    genuine_out = tmp_path / "out"
    genuine_out.mkdir()
    genuine = export_transfer(sending.lead(), ZOFIA, "Riverside", genuine_out, PDF_PASSWORD, PASSPHRASE)
    manifest = _genuine_manifest(sending)
    manifest["pupil"]["upn"] = JAKUB
    message = _refused(receiving, _bundle(manifest, sending.lead().signer()), genuine.fingerprint, "is not the child")
    assert "Jakub" in message and JAKUB in message


def test_a_member_of_staff_cannot_pass_their_writing_off_as_another_schools(school: School) -> None:
    """A `transfer.in` written by a member of staff (correctly signed) is quarantined: no record is shown as
    another school's; and what a concern says of itself marks nothing."""
    staff = school.staff()
    zofia = load_state(school.lead()).pupil_by_upn(ZOFIA).pupil_id
    record_ = {"entry_id": "x", "kind": EntryKind.CONCERN, "occurred_at": 0, "recorded_at": 0,
               "author": "Olga Lead (DSL)", "hash": "00",
               "content": {"category": "neglect", "what_happened": "Forged history from another school"}}  # fmt: skip
    with UnitOfWork(staff) as uow:
        forged = {"transfer_id": "t", "from_school": "Oakfield", "records": [record_]}
        planted = uow.record(EntryKind.TRANSFER_IN, forged, subject=zofia)
        own = uow.record(EntryKind.CONCERN, {"category": "neglect", "what_happened": "Mine", "from_school": "Oakfield"},
                         subject=zofia)  # fmt: skip
        uow.commit()
    lead = school.lead()
    state = load_state(lead)
    assert planted in quarantined(lead)
    assert not state.transfers.ins and not state.transfers.origins
    rows = chronology_for(state, zofia)
    assert not [r for r in rows if r.from_school]
    assert "Forged history" not in "\n".join(r.summary for r in rows)
    assert next(r for r in rows if r.entry_id == own).recorded_by.startswith("Carys Teacher")


def test_a_received_file_cannot_be_imported_by_a_member_of_staff(schools: tuple[School, School], tmp_path) -> None:
    sending, receiving = schools
    staff = sending.staff()
    record(staff, ZOFIA, datetime(2026, 9, 2, 9, tzinfo=UTC), "Bruise on her arm.", [bruise("upper-arm-right")])
    staff.close()
    out = tmp_path / "out"
    out.mkdir()
    sent = export_transfer(sending.lead(), ZOFIA, "Riverside", out, PDF_PASSWORD, PASSPHRASE)
    with pytest.raises(Exception, match="lead"):
        import_transfer(receiving.staff(), sent.bundle.read_bytes(), PASSPHRASE, sent.fingerprint)
    assert not received_state(receiving).transfers.ins


def test_a_member_of_staff_cannot_forge_a_leaving_date_through_the_store(school: School) -> None:
    """A `pupil.left` written by a member of staff (correctly signed) is quarantined: no leaver, no clock, and a
    lead's own leaving date is not moved by it."""
    staff = school.staff()
    lead = school.lead()
    zofia = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
    with UnitOfWork(staff) as uow:
        forged = uow.record("pupil.left", {"left_on": "2026-01-05", "how": "roster"}, subject=zofia)
        uow.commit()
    state = load_state(lead)
    assert forged in quarantined(lead)
    assert state.transfers.left == {}
    assert not [i for i in triage_queue(state, datetime.now(UTC)) if i.stage == Stage.SEND_FILE]


def test_a_sending_lead_cannot_stop_the_receiving_schools_fold_with_malformed_records(
    schools: tuple[School, School], tmp_path: Path
) -> None:
    """Content its lead signs in the manifest, in no form the app writes (a mark that is not a mark, flags that are
    not a list): refused in one sentence, nothing written, and every lead there signs in as before."""
    sending, receiving = schools
    staff = sending.staff()
    record(staff, ZOFIA, datetime(2026, 9, 2, 9, tzinfo=UTC), "Bruise on her arm.", [bruise("upper-arm-right")])
    staff.close()
    out = tmp_path / "out"
    out.mkdir()
    genuine = export_transfer(sending.lead(), ZOFIA, "Riverside", out, PDF_PASSWORD, PASSPHRASE)
    manifest = _genuine_manifest(sending)
    concern = next(e for e in manifest["entries"] if e["content"].get("kind") == EntryKind.CONCERN)
    concern["content"]["injuries"] = [{"view": 1, "x": "a"}]
    message = _refused(receiving, _bundle(manifest, sending.lead().signer()), genuine.fingerprint, "not in a form")
    assert "export the file again" in message
    assert received_state(receiving).transfers.ins == {}
