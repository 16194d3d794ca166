"""Withdrawn and transferred documents under attack (design note 59): a member of staff withdrawing a lead's document
(through the services, or a modified client writing the entry itself), a lead's withdrawal written in another
child's file, and a sending school's genuine lead carrying bytes in a bundle that are not the document its signed
entry records, or a document record with no bytes at all."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from desktop_app.domain.entries import EntryKind
from desktop_app.services.document_withdrawal import withdraw_document
from desktop_app.services.documents import documents_of, open_document
from desktop_app.services.errors import NotPermitted
from desktop_app.services.state import load_state
from desktop_app.services.transfer import export_transfer
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.adversarial.test_transfer_bundles import PASSPHRASE, PDF_PASSWORD, _bundle, _genuine_manifest, _refused
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import School, make_school
from tests.unit.test_document_withdrawal import _attach

ZOFIA, JAKUB = "A123456789012", "A123456789013"


def test_a_member_of_staff_cannot_withdraw_a_document_and_a_forged_withdrawal_counts_for_nothing(
    school: School, tmp_path: Path
) -> None:
    document = _attach(school, tmp_path, "minutes.pdf", 1)
    lead, staff = school.lead(), school.staff()
    zofia = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
    with pytest.raises(NotPermitted, match="Only a designated safeguarding lead"):
        withdraw_document(staff, document, "I want it gone")
    with UnitOfWork(staff) as uow:  # a modified client writes the entry itself
        forged = uow.record(EntryKind.DOCUMENT_WITHDRAWN, {"document": document, "reason": "gone"}, subject=zofia)
        uow.commit()
    assert [d.entry_id for d in documents_of(load_state(lead), zofia)] == [document]
    assert open_document(lead, document)[1].startswith(b"%PDF")
    assert forged in quarantined(lead)
    refused = {p.entry_id: p.what for p in verify_store(school.store, lead).refused}
    assert refused[forged].startswith("document.withdrawn:")


def test_a_withdrawal_written_in_another_childs_file_withdraws_nothing(school: School, tmp_path: Path) -> None:
    """A lead's withdrawal is about the child whose file holds the document: one written about Jakub, naming Zofia's
    document, leaves it in her file and shows nothing in his chronology."""
    document = _attach(school, tmp_path, "minutes.pdf", 1)
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA).pupil_id, state.pupil_by_upn(JAKUB).pupil_id
    with UnitOfWork(lead) as uow:
        uow.record(EntryKind.DOCUMENT_WITHDRAWN, {"document": document, "reason": "from afar"}, subject=jakub)
        uow.commit()
    state = load_state(lead)
    assert [d.entry_id for d in documents_of(state, zofia)] == [document]
    from desktop_app.domain.chronology.build import chronology_for

    assert not [r for r in chronology_for(state, jakub) if "from afar" in r.summary]
    assert not [r for r in chronology_for(state, zofia) if "from afar" in r.summary]


@pytest.fixture
def receiving(tmp_path: Path):
    school = make_school(tmp_path / "riverside", "Riverside")
    yield school
    school.store.close()


def _genuine_with_document(school: School, tmp_path: Path) -> tuple[dict, str, str]:
    document = _attach(school, tmp_path, "minutes.pdf", 2)
    out = tmp_path / "out"
    out.mkdir()
    sent = export_transfer(school.lead(), ZOFIA, "Riverside", out, PDF_PASSWORD, PASSPHRASE, documents=[document])
    lead = school.lead()
    data = open_document(lead, document)[1]
    manifest = _genuine_manifest(school)
    manifest["documents"] = {document: base64.b64encode(data).decode("ascii")}
    manifest["entries"] += _document_entries(school, document)  # built without choosing it: add it as export does
    return manifest, document, sent.fingerprint


def _document_entries(school: School, document: str) -> list[dict]:
    """The document's entry as a bundle carries it (its record as stored, with its opened content)."""
    from desktop_app.services.transfer.chain import entry_json

    lead = school.lead()
    entry = school.store.log.get(document)
    return [{**entry_json(entry), "content": lead.keyring.open_content(entry)}]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("altered", "is not the document its entry records"),
        ("shortened", "bytes where its entry records"),
        ("missing", "is not carried in the expected form"),
    ],
)
def test_a_sending_lead_cannot_carry_bytes_that_are_not_the_document_its_entry_records(
    school: School, receiving: School, tmp_path: Path, change: str, said: str
) -> None:
    manifest, document, fingerprint = _genuine_with_document(school, tmp_path)
    data = bytearray(base64.b64decode(manifest["documents"][document]))
    if change == "altered":
        data[-100] ^= 1  # one bit of the second chunk
    elif change == "shortened":
        data = data[:-1]
    if change == "missing":
        manifest["documents"] = {}
    else:
        manifest["documents"][document] = base64.b64encode(bytes(data)).decode("ascii")
    message = _refused(receiving, _bundle(manifest, school.lead().signer()), fingerprint, said)
    assert "minutes.pdf" in message or change == "missing"


def test_a_genuine_bundle_with_a_document_imports_and_shows_it(
    school: School, receiving: School, tmp_path: Path
) -> None:
    """The same construction, unchanged, is imported: the refusals above are the bytes, not the test's bundle."""
    manifest, document, fingerprint = _genuine_with_document(school, tmp_path)
    from desktop_app.services.transfer import import_transfer

    import_transfer(receiving.lead(), _bundle(manifest, school.lead().signer()), PASSPHRASE, fingerprint)
    here = receiving.lead()
    state = load_state(here)
    [arrived] = documents_of(state, state.pupil_by_upn(ZOFIA).pupil_id)
    assert open_document(here, arrived.entry_id)[1] == base64.b64decode(manifest["documents"][document])
    assert os.path.basename(arrived.name) == "minutes.pdf"
