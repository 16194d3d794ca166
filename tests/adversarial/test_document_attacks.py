"""Documents under attack (issue 17, item 1): a member of staff attaching (through the app, or a modified client
writing the entries itself); a chunk altered in the store, missing, swapped, or replaced by another record; a
hostile file name; a file too big (a 64 GiB sparse file); a file that is not what its extension says. Each is refused
or named, never shown as if whole."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop_app.domain.documents import CHUNK_BYTES, ChunkRef, MediaType, document_content
from desktop_app.domain.entries import EntryKind
from desktop_app.file_limits import GIB
from desktop_app.services.documents import (
    CannotBeShown,
    NotAttached,
    attach_document,
    documents_of,
    open_document,
    save_document,
)
from desktop_app.services.errors import NotPermitted
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.adversarial.test_trust_at_use import quarantined, raw
from tests.conftest import School
from tests.unit.test_triage import ZOFIA, record

BRUISE = {"view": "front", "x": 0.6, "y": 0.3, "region": "upper-arm-left", "type": "bruise",
          "explanation": "don't know", "given_by": "child"}  # fmt: skip


def _zofia(session: Session) -> str:
    pupil = load_state(session).pupil_by_upn(ZOFIA)
    assert pupil is not None
    return pupil.pupil_id


def _pdf(tmp_path: Path, chunks: int = 3, name: str = "minutes.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(chunks * CHUNK_BYTES - 9))
    return path


def _forge(session: Session, pupil_id: str, refs: list[ChunkRef], whole: bytes) -> str:
    """A document entry written by the session's own client naming `refs` as the chunks of `whole` (a modified
    program can write any entry its keys allow)."""
    content = document_content("forged.pdf", MediaType.PDF, len(whole), hashlib.sha256(whole).hexdigest(), refs, "",
                               "")  # fmt: skip
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.DOCUMENT, content, subject=pupil_id)
        uow.commit()
    return entry_id


def _chunks(session: Session, pieces: list[bytes]) -> list[ChunkRef]:
    with UnitOfWork(session) as uow:
        ids = [uow.record_chunk(p) for p in pieces]
        uow.commit()
    return [ChunkRef(i, hashlib.sha256(p).hexdigest(), len(p)) for i, p in zip(ids, pieces, strict=True)]


def test_a_member_of_staff_cannot_attach_and_a_forged_document_counts_for_nothing(
    school: School, tmp_path: Path
) -> None:
    lead, staff = school.lead(), school.staff()
    zofia = _zofia(lead)
    with pytest.raises(NotPermitted, match="Only a designated safeguarding lead"):
        attach_document(staff, zofia, _pdf(tmp_path))
    piece = b"%PDF-1.7 planted by a modified client"
    forged = _forge(staff, zofia, _chunks(staff, [piece]), piece)
    assert not documents_of(load_state(lead), zofia)  # a lead's kind by a member of staff: held back
    assert forged in quarantined(lead)
    refused = {p.entry_id: p.what for p in verify_store(school.store, lead).refused}
    assert refused[forged].startswith("document:")
    assert any(what.startswith("document.chunk:") for what in refused.values())


def test_a_lead_document_naming_a_staff_chunk_is_not_shown(school: School) -> None:
    """A chunk is a lead's record too: a document that names one written by a member of staff is refused."""
    lead, staff = school.lead(), school.staff()
    zofia = _zofia(lead)
    piece = b"%PDF-1.7 chunk sealed by a member of staff"
    document = _forge(lead, zofia, _chunks(staff, [piece]), piece)
    with pytest.raises(CannotBeShown, match=r"chunk 1 of 1 of 'forged\.pdf' was not written by a lead"):
        open_document(lead, document)


def test_an_altered_chunk_in_the_store_is_named(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    attached = attach_document(lead, _zofia(lead), _pdf(tmp_path))
    victim = attached.document.chunks[1].entry_id
    with raw(school.store.db_path) as conn:
        conn.execute("DROP TRIGGER entries_no_update")
        (sealed,) = conn.execute("SELECT sealed FROM entries WHERE id = ?", (victim,)).fetchone()
        changed = bytearray(sealed)
        changed[len(changed) // 2] ^= 1
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (bytes(changed), victim))
    lead.close()
    again = school.lead()
    with pytest.raises(CannotBeShown, match=r"chunk 2 of 3 of 'minutes\.pdf' does not hold up"):
        open_document(again, attached.document.entry_id)
    out = tmp_path / "out.pdf"
    with pytest.raises(CannotBeShown, match="Nothing was written"):
        save_document(again, attached.document.entry_id, out)
    assert not out.exists() and not list(tmp_path.glob(".concern-logger-*"))  # no partial copy left behind
    assert any(p.entry_id == victim for p in verify_store(school.store, again).problems)


def test_a_missing_swapped_or_substituted_chunk_is_named(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    zofia = _zofia(lead)
    pieces = [b"%PDF-1.7 first part", b"second part", b"third part"]
    whole_file = b"".join(pieces)
    refs = _chunks(lead, pieces)
    absent = ChunkRef("01a24c00-0000-7000-8000-000000000000", refs[1].sha256, refs[1].size)
    missing = _forge(lead, zofia, [refs[0], absent, refs[2]], whole_file)
    swapped = _forge(lead, zofia, [refs[0], ChunkRef(refs[2].entry_id, refs[1].sha256, refs[1].size),
                                   ChunkRef(refs[1].entry_id, refs[2].sha256, refs[2].size)], whole_file)  # fmt: skip
    concern = record(lead, ZOFIA, "A concern whose entry is named as a chunk", days_ago=1)
    not_a_chunk = _forge(lead, zofia, [ChunkRef(concern, refs[0].sha256, refs[0].size), *refs[1:]], whole_file)
    whole = _forge(lead, zofia, refs, whole_file)
    assert open_document(lead, whole)[1] == b"".join(pieces)
    with pytest.raises(CannotBeShown, match=r"chunk 2 of 3 .* is missing from this PC's store"):
        open_document(lead, missing)
    with pytest.raises(CannotBeShown, match=r"chunk 2 of 3 .* is not the chunk recorded"):
        open_document(lead, swapped)
    with pytest.raises(CannotBeShown, match=r"chunk 1 of 3 .* is not a document's chunk"):
        open_document(lead, not_a_chunk)


def test_a_hostile_name_is_kept_harmless(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    hostile = tmp_path / "minutes\u202efdp.exe..\\..\\evil.txt"  # a right-to-left override and Windows separators
    hostile.write_text("Minutes of the core group.\n", encoding="utf-8")
    attached = attach_document(lead, _zofia(lead), hostile)
    assert attached.document.name == "evil.txt"
    [shown] = documents_of(load_state(lead), _zofia(lead))
    assert "\u202e" not in shown.name and "/" not in shown.name and "\\" not in shown.name
    out = tmp_path / "chosen" / "copy.txt"
    out.parent.mkdir()
    save_document(lead, shown.entry_id, out)  # written only where the lead chose, whatever the name says
    assert out.read_text(encoding="utf-8") == "Minutes of the core group.\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.txt"]


def test_a_file_too_big_is_refused_before_it_is_read(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as handle:
        handle.truncate(64 * GIB)  # sparse: reading it would take minutes
    held = school.store.log.count()
    with pytest.raises(NotAttached, match=r"is 65536\.0 MB; a document may be at most 25\.0 MB"):
        attach_document(lead, _zofia(lead), huge)
    assert school.store.log.count() == held


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(100), "named as a PDF but its content is a PNG image"),
        ("letter.txt", b"MZ\x00\x03\x00\x00\x00", "named as plain text but it holds control characters"),
        ("notes.txt", b"caf\xe9 au lait", "named as plain text but it is not UTF-8 text"),
        ("photo.jpeg", b"%PDF-1.7 not a photograph", "named as a JPEG image but its content is a PDF"),
        ("setup.exe", b"MZ\x90\x00", "only PDF, PNG, JPEG and plain-text files"),
    ],
)
def test_a_file_that_is_not_what_its_extension_says_is_refused(
    school: School, tmp_path: Path, name: str, content: bytes, why: str
) -> None:
    lead = school.lead()
    path = tmp_path / name
    path.write_bytes(content)
    held = school.store.log.count()
    with pytest.raises(NotAttached, match=why):
        attach_document(lead, _zofia(lead), path)
    assert school.store.log.count() == held


def test_an_image_is_refused_on_a_concern_with_injury_marks(school: School, tmp_path: Path) -> None:
    lead, staff = school.lead(), school.staff()
    injured = record(staff, ZOFIA, "A bruise on her arm", category="physical-abuse", days_ago=2, injuries=[BRUISE])
    photo = tmp_path / "arm.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    held = school.store.log.count()
    with pytest.raises(NotAttached, match="Photographs of injuries are not kept"):
        attach_document(lead, _zofia(lead), photo, record=injured)
    disguised = tmp_path / "arm.pdf"  # an image named as a PDF is refused for what it is
    disguised.write_bytes(photo.read_bytes())
    with pytest.raises(NotAttached):
        attach_document(lead, _zofia(lead), disguised, record=injured)
    assert school.store.log.count() == held
