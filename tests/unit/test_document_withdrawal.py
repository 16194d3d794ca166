"""Documents, the gaps of issue 17's first delivery (design note 59): a lead withdraws a document (it leaves every
list and pack, the chronology keeps the withdrawal, its chunks stay sealed); chosen documents travel in a transfer
bundle and arrive hash-checked as the receiving school's own chunks; `verify` names chunks that no document names."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.documents import CHUNK_BYTES
from desktop_app.domain.envelope_layout import FILE_KEY_CHUNK_ENVELOPE_VERSION, is_chunk
from desktop_app.services.concerns import read_child_file_by_upn
from desktop_app.services.document_withdrawal import withdraw_document
from desktop_app.services.documents import attach_document, documents_of, open_document
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.state import load_state
from desktop_app.services.transfer import export_transfer, import_transfer
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.conftest import School, make_school
from tests.transfer_story import PASSWORD, PDF_PASSWORD, received_state
from tests.unit.test_reports import flat, open_pdf

ZOFIA = "A123456789012"


def _pdf_of(size: int) -> bytes:
    """A PDF with a page of words that a pack can print, made about `size` bytes by an attachment of random bytes."""
    page = io.BytesIO()
    drawing = canvas.Canvas(page)
    drawing.drawString(72, 720, "Core group minutes")
    drawing.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page.getvalue())))
    writer.add_attachment("noise.bin", os.urandom(size))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _attach(school: School, tmp_path: Path, name: str = "minutes.pdf", chunks: int = 3) -> str:
    lead = school.lead()
    path = tmp_path / name
    path.write_bytes(_pdf_of(chunks * CHUNK_BYTES - 20_000))
    pupil = load_state(lead).pupil_by_upn(ZOFIA)
    return attach_document(lead, pupil.pupil_id, path, description="Core group minutes").document.entry_id


def test_a_withdrawn_document_leaves_lists_and_packs_and_the_chronology_keeps_why(
    school: School, tmp_path: Path
) -> None:
    kept, gone = _attach(school, tmp_path, "kept.pdf", 1), _attach(school, tmp_path, "wrong child.pdf", 2)
    lead = school.lead()
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA).pupil_id
    chunks = [r.entry_id for r in state.lead.documents[gone].chunks]
    with pytest.raises(ServiceError, match="Say why"):
        withdraw_document(lead, gone, "   ")
    withdrawal = withdraw_document(lead, gone, "Filed in the wrong child's file")
    state = load_state(lead)
    assert [d.entry_id for d in documents_of(state, zofia)] == [kept]
    assert [d.entry_id for d in read_child_file_by_upn(lead, ZOFIA).documents] == [kept]
    rows = {r.entry_id: r for r in chronology_for(state, zofia)}
    assert rows[withdrawal.entry_id].kind == RowKind.DOCUMENT_WITHDRAWN
    assert "wrong child.pdf" in rows[withdrawal.entry_id].summary
    assert "Reason: Filed in the wrong child's file" in rows[withdrawal.entry_id].summary
    assert "since withdrawn" in rows[gone].summary and "since withdrawn" not in rows[kept].summary
    with pytest.raises(NotFound, match=r"was withdrawn from the file on .* Filed in the wrong child's file"):
        open_document(lead, gone)
    with pytest.raises(NotFound, match="was withdrawn"):
        withdraw_document(lead, gone, "again")
    assert all(school.store.log.get(c) is not None for c in chunks), "the chunks stay in the store, sealed"
    out = tmp_path / "pack.pdf"
    from desktop_app.services.referral import ReferralOptions, export_referral_pack

    done = export_referral_pack(lead, ZOFIA, out, PDF_PASSWORD, ReferralOptions(all_documents=True))
    assert done.documents == 1
    words = flat(open_pdf(out.read_bytes(), PDF_PASSWORD)[1])
    assert "kept.pdf" in words and "Attached document 1 of 1" in words
    report = verify_store(school.store, lead)
    assert report.intact and report.unreferenced_chunks == [], "a withdrawn document's chunks are still named"


def test_chunks_an_interrupted_attach_left_are_named_by_verify_and_shown_nowhere(school: School) -> None:
    lead = school.lead()
    with UnitOfWork(lead) as uow:  # what an attach leaves when the PC stops between its chunks and its document
        left = [uow.record_chunk(b"%PDF-1.7 half an attach"), uow.record_chunk(b"the rest")]
        uow.commit()
    report = verify_store(school.store, lead)
    assert report.intact and report.unreferenced_chunks == sorted(left)
    assert verify_store(school.store).unreferenced_chunks is None, "without a lead's keys it cannot be known"
    assert verify_store(school.store, school.staff()).unreferenced_chunks is None
    state = load_state(lead)
    assert not state.lead.documents and not state.passed_over
    zofia = state.pupil_by_upn(ZOFIA).pupil_id
    assert not [r for r in chronology_for(state, zofia) if r.entry_id in left]
    assert all(is_chunk(school.store.log.get(c).sealed) for c in left)


@pytest.fixture
def receiving(tmp_path: Path):
    school = make_school(tmp_path / "riverside", "Riverside")
    yield school
    school.store.close()


def test_chosen_documents_arrive_with_a_received_file_checked_and_stored_as_ours(
    school: School, receiving: School, tmp_path: Path
) -> None:
    sent_doc, left_doc = _attach(school, tmp_path, "minutes.pdf", 3), _attach(school, tmp_path, "not sent.pdf", 1)
    lead = school.lead()
    original = open_document(lead, sent_doc)[1]
    out = tmp_path / "out"
    out.mkdir()
    sent = export_transfer(lead, ZOFIA, "Riverside", out, PDF_PASSWORD, PASSWORD, documents=[sent_doc])
    assert sent.documents == 1
    assert "minutes.pdf" in flat(open_pdf(sent.pdf.read_bytes(), PDF_PASSWORD)[1])  # printed in the pack too
    before = receiving.store.log.count()
    import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSWORD, sent.fingerprint)
    here = receiving.lead()
    state = received_state(receiving)
    zofia = state.pupil_by_upn(ZOFIA).pupil_id
    [arrived] = documents_of(state, zofia)
    assert arrived.name == "minutes.pdf" and arrived.description == "Core group minutes"
    assert arrived.entry_id not in (sent_doc, left_doc), "a received record gets an id of this school's"
    assert all(school.store.log.get(r.entry_id) is None for r in arrived.chunks), "this school's own chunks"
    held_keys = {row.key_id for row in receiving.store.shelf.of_subject(zofia)}
    for ref in arrived.chunks:  # under the child's file key here, so erasing her file here takes the document too
        sealed = receiving.store.log.get(ref.entry_id).sealed
        assert sealed[0] == FILE_KEY_CHUNK_ENVELOPE_VERSION and str(uuid.UUID(bytes=sealed[1:17])) in held_keys
    assert receiving.store.log.count() - before >= 3 + 1  # three chunks and the transfer.in (and the file status)
    assert open_document(here, arrived.entry_id)[1] == original
    rows = [r for r in chronology_for(state, zofia) if r.kind == RowKind.DOCUMENT]
    assert len(rows) == 1 and rows[0].from_school
    assert verify_store(receiving.store, here).unreferenced_chunks == []
    withdraw_document(here, arrived.entry_id, "Duplicate of the paper copy")  # the receiving school's lead may
    assert not documents_of(load_state(here), zofia)
