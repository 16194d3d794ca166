"""Transferring a child's file between two schools' stores: export, import, receipt, deadline; tampering refused."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.entries import canonical_json
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.domain.transfer import (
    BundleFormatError,
    format_code,
    normalise_code,
    receipt_due,
    transfers_due,
    unpack_bundle,
)
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.errors import ServiceError
from desktop_app.services.state import load_state
from desktop_app.services.transfer import (
    TransferRefused,
    export_transfer,
    import_transfer,
    open_bundle,
    record_receipt,
    seal_bundle,
)
from desktop_app.services.transfer.bundle import wrapped_transfer_key
from tests.conftest import School, make_school
from tests.unit.test_reports import ZOFIA, flat, open_pdf, record_history

PDF_PASSWORD = "decompose overact wrecker unglue drainpipe trillion prudishly"
PASSWORD = "ravine tassel unmarked gumdrop catalyst oblong whiff"  # the bundle passphrase


@pytest.fixture
def two_schools(tmp_path: Path):
    sending, receiving = make_school(tmp_path / "hillside"), make_school(tmp_path / "riverside")
    yield sending, receiving
    sending.store.close()
    receiving.store.close()


def test_receipt_is_due_five_school_days_later() -> None:
    friday = datetime(2024, 3, 8, 15, 0, tzinfo=UTC)
    assert receipt_due(friday, tz=UTC) == datetime(2024, 3, 15, 15, 0, tzinfo=UTC)
    closed = (datetime(2024, 3, 11).date(),)  # an INSET day on the Monday
    assert receipt_due(friday, closed, tz=UTC) == datetime(2024, 3, 18, 15, 0, tzinfo=UTC)


def test_codes_read_back_whatever_the_case_and_dashes() -> None:
    code = format_code(bytes(range(10)))
    assert len(code) == 19 and code.count("-") == 3
    assert normalise_code(code.lower().replace("-", " ")) == normalise_code(code)
    assert normalise_code("oil-u") == "011V"


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7", b"CLTB1\n\x00\x00\x00\x05{}{}{", b"CLTB1\n\xff\xff\xff\xff"])
def test_a_file_that_is_not_a_bundle_is_refused(data: bytes) -> None:
    with pytest.raises(BundleFormatError):
        unpack_bundle(data)


def send(school: School, out: Path) -> tuple[object, list[str]]:
    ids = record_history(school, 3)
    lead = school.lead()
    out.mkdir()
    return export_transfer(lead, ZOFIA, "Riverside Academy", out, PDF_PASSWORD, PASSWORD), ids


def test_round_trip_export_import_receipt_clears_the_deadline(
    two_schools: tuple[School, School], tmp_path: Path
) -> None:
    sending, receiving = two_schools
    sent, ids = send(sending, tmp_path / "out")
    lead = sending.lead()
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    assert state.lead.file_status_of(zofia.pupil_id).status == FileStatusCode.TRANSFERRED_OUT
    now = datetime.now(UTC)
    assert [d.transfer.transfer_id for d in transfers_due(state.transfers, now)] == [sent.transfer_id]
    assert any(item.stage == Stage.TRANSFER_RECEIPT for item in triage_queue(state, now))

    _, text = open_pdf(sent.pdf.read_bytes(), PDF_PASSWORD)
    assert not PdfReader(io.BytesIO(sent.pdf.read_bytes())).decrypt(PASSWORD), (
        "the bundle's passphrase is not the PDF's"
    )
    words = flat(text)
    assert "Łuczak" in text and "Riverside Academy" in words
    assert sent.fingerprint not in words, "heard by telephone, never copied from a pack a forger could make"
    for entry_id in ids:
        assert state.concerns[entry_id].action_taken in words

    got = import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
    assert got.records >= 3 and got.fingerprint == sent.fingerprint and not got.new_pupil
    received = load_state(receiving.lead())
    child = received.pupil_by_upn(ZOFIA)
    imported = received.transfers.ins_for(child.pupil_id)
    assert [t.from_school for t in imported] == ["Hillside Primary School"]
    assert {r.entry_id for r in imported[0].records} >= set(ids)
    assert received.lead.file_status_of(child.pupil_id).status == FileStatusCode.TRANSFERRED_IN

    with pytest.raises(ServiceError, match="does not match"):
        record_receipt(lead, ZOFIA, "0000-0000-0000-0000")
    record_receipt(lead, ZOFIA, got.receipt_code.lower().replace("-", " "))
    after = load_state(lead)
    assert transfers_due(after.transfers, now) == []
    assert not any(item.stage == Stage.TRANSFER_RECEIPT for item in triage_queue(after, now))
    with pytest.raises(ServiceError, match="awaiting receipt"):
        record_receipt(lead, ZOFIA, got.receipt_code)
    with pytest.raises(TransferRefused, match="already imported"):
        import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)


def _alter(bundle: bytes, change) -> bytes:
    transfer_id, _, body = open_bundle(bundle, PASSWORD)
    signed = json.loads(body)
    change(signed)
    key, wrapped = wrapped_transfer_key(PASSWORD)
    return seal_bundle(transfer_id, canonical_json(signed), key, wrapped)


def _first_concern(signed: dict) -> dict:
    return next(e for e in signed["manifest"]["entries"] if e["content"].get("kind") == "concern")


def _set_time(signed: dict) -> None:
    _first_concern(signed)["occurred_at"] += 86_400_000


def _set_text(signed: dict) -> None:
    _first_concern(signed)["content"]["what_happened"] = "Nothing happened."


def _swap_signature(signed: dict) -> None:
    entries = signed["manifest"]["entries"]
    entries[0]["signature"], entries[1]["signature"] = entries[1]["signature"], entries[0]["signature"]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_set_time, "does not match its recorded hash"),
        (_set_text, "the sending lead's signature over the bundle does not match"),
        (_swap_signature, "signature over the bundle does not match"),
    ],
)
def test_a_tampered_bundle_is_refused_naming_what_failed(
    two_schools: tuple[School, School],
    tmp_path: Path,
    change,
    named: str,
) -> None:
    sending, receiving = two_schools
    sent, _ = send(sending, tmp_path / "out")
    altered = _alter(sent.bundle.read_bytes(), change)
    lead = receiving.lead()
    before = receiving.store.log.count()
    with pytest.raises(TransferRefused, match=named):
        import_transfer(lead, altered, PASSWORD, sent.fingerprint)
    assert receiving.store.log.count() == before


def test_a_damaged_bundle_or_wrong_password_is_refused(two_schools: tuple[School, School], tmp_path: Path) -> None:
    sending, receiving = two_schools
    sent, _ = send(sending, tmp_path / "out")
    data = bytearray(sent.bundle.read_bytes())
    data[-20] ^= 0x01
    lead = receiving.lead()
    with pytest.raises(TransferRefused, match="fails its authentication check"):
        import_transfer(lead, bytes(data), PASSWORD, sent.fingerprint)
    with pytest.raises(TransferRefused, match="passphrase does not open"):
        import_transfer(lead, sent.bundle.read_bytes(), "not-the-password", sent.fingerprint)
    with pytest.raises(TransferRefused, match="passphrase does not open"):
        import_transfer(lead, sent.bundle.read_bytes(), PDF_PASSWORD, sent.fingerprint)
    with pytest.raises(TransferRefused, match="made by this school"):
        import_transfer(sending.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)


def test_a_child_new_to_the_receiving_school_is_added_to_its_directory(tmp_path: Path) -> None:
    from desktop_app.services.accounts import create_school
    from desktop_app.services.session import sign_in

    sending = make_school(tmp_path / "hillside")
    sent, _ = send(sending, tmp_path / "out")
    store, _ = create_school(tmp_path / "new", "Riverside Academy", "r.lead", "Rita Lead", "lead-passphrase-9")
    lead = sign_in(store, "r.lead", "lead-passphrase-9")
    got = import_transfer(lead, sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
    assert got.new_pupil and got.pupil.surname == "Łuczak"
    assert load_state(lead).pupil_by_upn(ZOFIA) is not None
    store.close()
    sending.store.close()


def test_a_transferred_out_file_is_kept_read_only_for_leads(two_schools: tuple[School, School], tmp_path: Path) -> None:
    from desktop_app.services.concerns import add_addendum
    from desktop_app.services.decisions import add_action, record_decision
    from desktop_app.services.triage import acknowledge

    sending, _receiving = two_schools
    _sent, ids = send(sending, tmp_path / "out")
    lead = sending.lead()
    state = load_state(lead)
    zofia = state.concerns[ids[0]].pupil_id
    before = sending.store.log.count()
    for attempt in (
        lambda: add_addendum(lead, state, ids[0], "A late note"),
        lambda: record_decision(lead, state, ids[0], "monitor", "Watch at breakfast club"),
        lambda: add_action(lead, state, zofia, "Call the receiving school", lead.account_id, date.today()),
        lambda: acknowledge(lead, state, ids[0]),
    ):
        with pytest.raises(ServiceError, match="transferred to another school"):
            attempt()
    assert sending.store.log.count() == before, "nothing was written"
