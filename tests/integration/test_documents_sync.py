"""Documents through the real hub (issue 17, item 1): a document attached on one PC travels as chunk entries within
the hub's size cap and is opened, checked, by a lead on another PC; nothing in the hub's rows says what it is."""

from __future__ import annotations

import os

from desktop_app.domain.documents import CHUNK_BYTES
from desktop_app.services.documents import attach_document, documents_of, open_document
from desktop_app.services.state import load_state
from tests.conftest import LEAD2, LEAD2_PASS
from tests.integration.conftest import Trust

ZOFIA = "A123456789012"


def test_a_document_attached_on_one_pc_is_opened_on_another(trust: Trust, tmp_path: object) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    lead = pc1.lead()
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    body = b"%PDF-1.7\n" + os.urandom(2 * CHUNK_BYTES + 1000)
    path = tmp_path / "Łuczak minutes.pdf"  # type: ignore[operator]
    path.write_bytes(body)
    attached = attach_document(lead, zofia.pupil_id, path)
    pc1.sync()
    pc2.sync()
    deputy = pc2.sign_in(LEAD2, LEAD2_PASS)
    [held] = documents_of(load_state(deputy), zofia.pupil_id)
    assert held.entry_id == attached.document.entry_id
    assert open_document(deputy, held.entry_id)[1] == body
    rows = trust.hub.rows("SELECT id, subject, recipients, sealed FROM concern_hub.entries")
    assert len(rows) >= 4  # three chunks and the document at least
    blob = b"".join(str(r[0]).encode() + str(r[1]).encode() + str(r[2]).encode() + bytes(r[3] or b"") for r in rows)
    for secret in ("Łuczak minutes".encode(), bytes.fromhex(held.sha256), held.sha256.encode(), body[9:41]):
        assert secret not in blob  # the hub holds ciphertext and ids: never the name, the file's hash or its bytes
