"""Documents (issue 17, item 1): names kept and shown, kinds judged by content, chunks put back together and checked
(hypothesis over sizes around chunk boundaries), content stored once, and the fold never opening a chunk."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.crypto import envelope
from desktop_app.domain.documents import (
    CHUNK_BYTES,
    MAX_DOCUMENT_BYTES,
    ChunkRef,
    Document,
    DocumentDamaged,
    DocumentRefused,
    MediaType,
    Reassembly,
    TextCheck,
    check_kind,
    check_size,
    clean_name,
    document_content,
    document_from,
)
from desktop_app.services.documents import attach_document, open_document
from desktop_app.services.state import load_state
from tests.conftest import School

NOW = datetime(2026, 11, 2, 10, tzinfo=UTC)


def _document(data: bytes, chunk: int = CHUNK_BYTES) -> tuple[Document, list[bytes]]:
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)]
    refs = tuple(ChunkRef(f"c{i}", hashlib.sha256(p).hexdigest(), len(p)) for i, p in enumerate(pieces))
    document = Document("d", "p", "a.pdf", MediaType.PDF, len(data), hashlib.sha256(data).hexdigest(), refs, "", "",
                        NOW, "lead", NOW)  # fmt: skip
    return document, pieces


@pytest.mark.parametrize(
    ("given_name", "kept"),
    [
        ("minutes.pdf", "minutes.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\dsl\\letter.pdf", "letter.pdf"),
        ("report\u202efdp.exe.txt", "reportfdp.exe.txt"),  # a right-to-left override cannot reorder it
        ("a\x00b\nc.png", "abc.png"),
        ("...", "document"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_a_name_is_kept_without_folders_or_invisible_characters(given_name: str, kept: str) -> None:
    assert clean_name(given_name) == kept


@pytest.mark.parametrize(
    ("name", "head", "why"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n....", "is named as a PDF but its content is a PNG image"),
        ("scan.png", b"%PDF-1.7", "is named as a PNG image but its content is a PDF"),
        ("notes.txt", b"%PDF-1.7", "is named as plain text but is a PDF"),
        ("photo.jpg", b"MZ\x90\x00", "its content is not a file of any kind that can be attached"),
        ("tool.exe", b"MZ\x90\x00", "only PDF, PNG, JPEG and plain-text files"),
        ("noextension", b"%PDF-1.7", "only PDF, PNG, JPEG and plain-text files"),
    ],
)
def test_a_file_must_be_what_its_extension_says(name: str, head: bytes, why: str) -> None:
    with pytest.raises(DocumentRefused, match=why):
        check_kind(name, head, TextCheck())


def test_text_is_utf8_without_control_characters() -> None:
    good = TextCheck()
    good.feed("Dear DSL,\r\n\tŁuczak\f".encode())
    good.feed(b"", final=True)
    assert check_kind("a.txt", b"Dear", good) == MediaType.TEXT
    for bad in (b"\x00\x01binary", "caf\u00e9".encode("latin-1"), b"bell\x07"):
        check = TextCheck()
        check.feed(bad, final=True)
        with pytest.raises(DocumentRefused, match="named as plain text but"):
            check_kind("a.txt", bad, check)


@given(st.text(min_size=1, max_size=200), st.integers(min_value=1, max_value=7))
def test_text_split_anywhere_is_still_text(text: str, step: int) -> None:
    """UTF-8 split inside a character (a chunk boundary falls anywhere) is judged as the whole would be."""
    data = text.encode()
    check = TextCheck()
    for i in range(0, len(data), step):
        check.feed(data[i : i + step])
    check.feed(b"", final=True)
    whole = TextCheck()
    whole.feed(data, final=True)
    assert check.problem == whole.problem


def test_size_is_capped_in_one_place() -> None:
    check_size(MAX_DOCUMENT_BYTES, "a.pdf")
    with pytest.raises(DocumentRefused, match=r"a document may be at most 25\.0 MB"):
        check_size(MAX_DOCUMENT_BYTES + 1, "a.pdf")
    with pytest.raises(DocumentRefused, match="is empty"):
        check_size(0, "a.pdf")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=5 * 64 + 3), st.sampled_from([1, 63, 64, 65, 128]))
def test_chunks_put_back_together_around_every_boundary(size: int, chunk: int) -> None:
    data = os.urandom(size)
    document, pieces = _document(data, chunk)
    check = Reassembly(document)
    assert b"".join(check.take(p) for p in pieces) == data
    check.finish()


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=130, max_value=600), st.data())
def test_a_reordered_altered_or_missing_chunk_is_named(size: int, data: st.DataObject) -> None:
    content = os.urandom(size)
    document, pieces = _document(content, 64)
    first = data.draw(st.integers(min_value=0, max_value=len(pieces) - 2))
    swapped = list(pieces)
    swapped[first], swapped[first + 1] = swapped[first + 1], swapped[first]
    check = Reassembly(document)
    with pytest.raises(DocumentDamaged, match=f"chunk {first + 1} of {len(pieces)}"):
        for piece in swapped:
            check.take(piece)
    altered = bytearray(pieces[first])
    altered[0] ^= 1
    check = Reassembly(document)
    with pytest.raises(DocumentDamaged, match=f"chunk {first + 1} of"):
        for piece in [*pieces[:first], bytes(altered)]:
            check.take(piece)
    check = Reassembly(document)
    for piece in pieces[:-1]:
        check.take(piece)
    with pytest.raises(DocumentDamaged, match=f"chunk {len(pieces)} of {len(pieces)} .* was never read"):
        check.finish()


def test_a_document_entry_in_no_form_the_app_writes_is_refused() -> None:
    document, _ = _document(b"%PDF-1.7 x" * 10, 40)
    good = document_content(document.name, document.media_type, document.size, document.sha256, document.chunks,
                            "", "minutes")  # fmt: skip
    assert document_from(good, "d", "p", NOW, "lead", NOW).chunks == document.chunks
    for bad in (
        {**good, "media_type": "application/x-msdownload"},
        {**good, "size": document.size + 1},  # chunks that do not add up
        {**good, "size": MAX_DOCUMENT_BYTES + 1},
        {**good, "sha256": "not hex"},
        {**good, "chunks": [["c0", "00" * 32, CHUNK_BYTES + 1]]},
        {**good, "chunks": "c0"},
    ):
        with pytest.raises(ValueError):
            document_from(bad, "d", "p", NOW, "lead", NOW)


def test_an_identical_file_and_identical_chunks_are_stored_once(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    pupil = load_state(lead).pupil_by_upn("A123456789012")
    assert pupil is not None
    repeated = os.urandom(CHUNK_BYTES)
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(CHUNK_BYTES - 9) + repeated * 3 + b"end")  # chunks 2-4 alike
    held = school.store.log.count()
    first = attach_document(lead, pupil.pupil_id, path)
    assert (first.written, first.reused) == (3, 2)  # the header chunk, one of the three alike, the tail
    chunk_ids = [c.entry_id for c in first.document.chunks]
    assert chunk_ids[1] == chunk_ids[2] == chunk_ids[3] and len(set(chunk_ids)) == 3
    second = attach_document(lead, pupil.pupil_id, path)
    assert (second.written, second.reused) == (0, 5)
    assert [c.entry_id for c in second.document.chunks] == chunk_ids
    assert school.store.log.count() - held <= 3 + 2 + 2  # three chunks, two documents, a batch key (and one spare)
    _, data = open_document(lead, second.document.entry_id)
    assert data == path.read_bytes()
    lead.close()


def test_the_fold_never_decrypts_a_chunk(school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lead = school.lead()
    pupil = load_state(lead).pupil_by_upn("A123456789012")
    assert pupil is not None
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3 * CHUNK_BYTES))
    attach_document(lead, pupil.pupil_id, path)
    lead.close()
    opened_sizes: list[int] = []
    real = envelope.AESGCM

    class Counting:
        """AES-GCM as the envelope uses it, counting what is decrypted."""

        generate_key = staticmethod(real.generate_key)

        def __init__(self, key: bytes) -> None:
            self._inner = real(key)

        def encrypt(self, nonce: bytes, data: bytes, associated_data: bytes | None) -> bytes:
            return self._inner.encrypt(nonce, data, associated_data)

        def decrypt(self, nonce: bytes, data: bytes, associated_data: bytes | None) -> bytes:
            opened_sizes.append(len(data))
            return self._inner.decrypt(nonce, data, associated_data)

    monkeypatch.setattr(envelope, "AESGCM", Counting)
    again = school.lead()
    state = load_state(again, use_snapshot=False)  # every entry folded afresh
    assert [d.name for d in state.lead.documents.values()] == ["report.pdf"]
    assert opened_sizes and max(opened_sizes) < 64 * 1024  # records and keys were opened; no chunk was
    again.close()
