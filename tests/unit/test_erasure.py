"""Erasing a child's file by destroying its keys (issue 17, item 6): envelope version 3 (a slot's key AND the child's
file key), the key shelf, writing and reading through the services, and the lead's erasure on one PC."""

from __future__ import annotations

import os
import sqlite3
import uuid
from contextlib import closing
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.crypto.envelope import (
    CannotOpen,
    FileKey,
    FileKeyGone,
    NoKeyHeld,
    Recipient,
    SlotKey,
    open_raw,
    seal,
)
from desktop_app.crypto.file_keys import new_file_key, unwrap_file_key, wrap_file_key
from desktop_app.domain.envelope_layout import (
    ENVELOPE_VERSION,
    FILE_KEY_ENVELOPE_VERSION,
    MalformedEnvelope,
    file_key_id,
    parse_envelope,
    recipient_key_ids,
)
from desktop_app.services.concerns import read_child_file
from desktop_app.services.erasure import FOLDED_SUFFIXES, erase_file, forget_snapshots, records_about
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.keyring import Keyring
from desktop_app.services.retention import close_for_erasure, review_file
from desktop_app.services.state import load_state
from desktop_app.services.verify import verify_store
from desktop_app.storage.engine import DB_FILENAME
from tests.conftest import School
from tests.unit.test_triage import JAKUB, ZOFIA, record

FAR = date(2047, 1, 1)
ENTRY, CHILD = str(uuid.uuid4()), str(uuid.uuid4())
TEAM_ID = str(uuid.uuid4())


def _team() -> tuple[Recipient, SlotKey]:
    key = os.urandom(32)
    return Recipient(TEAM_ID, symmetric=key), SlotKey.of(TEAM_ID, key)


def _open(blob: bytes, slot: SlotKey | None, file_key: FileKey | None, entry: str = ENTRY, child: str = CHILD) -> bytes:
    def find(raw: bytes) -> SlotKey | None:
        return slot if slot is not None and raw == uuid.UUID(slot.key_id).bytes else None

    def find_file(raw: bytes) -> bytes | None:
        return file_key.key if file_key is not None and raw == uuid.UUID(file_key.key_id).bytes else None

    return open_raw(blob, entry, child, find, find_file=find_file)


# --- envelope version 3 --------------------------------------------------------------------------------------------


def test_a_record_under_a_file_key_opens_only_with_a_slots_key_and_the_file_key() -> None:
    recipient, slot = _team()
    file_key = new_file_key()
    blob = seal(b'{"kind":"concern"}', entry_id=ENTRY, subject=CHILD, recipients=[recipient], file_key=file_key)
    assert blob[0] == FILE_KEY_ENVELOPE_VERSION and file_key_id(blob) == file_key.key_id
    assert recipient_key_ids(blob) == [TEAM_ID]  # the slots read as before (the hub's recipients column)
    assert _open(blob, slot, file_key) == b'{"kind":"concern"}'
    with pytest.raises(FileKeyGone) as gone:
        _open(blob, slot, None)  # every slot key, no file key: erased (or not synced here), never "altered"
    assert gone.value.key_id == file_key.key_id
    with pytest.raises(NoKeyHeld):
        _open(blob, None, file_key)  # the file key alone opens nothing
    with pytest.raises(CannotOpen) as wrong:
        _open(blob, slot, FileKey(file_key.key_id, os.urandom(32)))  # the right id, another key: altered
    assert not isinstance(wrong.value, NoKeyHeld)
    with pytest.raises(CannotOpen):
        _open(blob, slot, file_key, entry=str(uuid.uuid4()))  # moved to another entry
    with pytest.raises(CannotOpen):
        _open(blob, slot, file_key, child=str(uuid.uuid4()))  # moved to another child


def test_the_file_key_id_in_the_header_is_bound_in() -> None:
    recipient, slot = _team()
    first, second = new_file_key(), new_file_key()
    blob = seal(b"{}", entry_id=ENTRY, subject=CHILD, recipients=[recipient], file_key=first)
    swapped = blob[:1] + uuid.UUID(second.key_id).bytes + blob[17:]
    with pytest.raises(CannotOpen):  # another file key's id put in the header, that key held: does not open
        _open(swapped, slot, FileKey(second.key_id, first.key))


def test_a_record_written_before_file_keys_opens_as_before() -> None:
    recipient, slot = _team()
    blob = seal(b"{}", entry_id=ENTRY, subject=CHILD, recipients=[recipient])
    assert blob[0] == ENVELOPE_VERSION and file_key_id(blob) is None
    assert _open(blob, slot, None) == b"{}"


@given(st.binary(max_size=300))
def test_the_envelope_parser_takes_any_bytes_and_says_only_malformed(blob: bytes) -> None:
    try:
        slots, body = parse_envelope(blob)
    except MalformedEnvelope:
        return
    assert len(body) >= 28 and all(len(uuid.UUID(s.key_id).bytes) == 16 for s in slots)


@given(st.binary(max_size=200), st.integers(min_value=1, max_value=4))
def test_a_version_3_envelope_parses_back_to_its_slots(plaintext: bytes, count: int) -> None:
    recipients = [Recipient(str(uuid.uuid4()), symmetric=os.urandom(32)) for _ in range(count)]
    blob = seal(plaintext, entry_id=ENTRY, subject=CHILD, recipients=recipients, file_key=new_file_key())
    assert recipient_key_ids(blob) == [r.key_id for r in recipients]
    for cut in (1, 10, 17, 18, len(blob) - 29):
        with pytest.raises((MalformedEnvelope, CannotOpen)):
            parse_envelope(blob[:cut])
            _open(blob[:cut], None, None)


def test_a_wrapped_file_key_opens_only_for_its_child_id_and_directory_key() -> None:
    key, directory = new_file_key(), os.urandom(32)
    wrapped = wrap_file_key(key, CHILD, "dir-1", directory)
    assert unwrap_file_key(wrapped, CHILD, key.key_id, "dir-1", directory) == key
    for args in ((str(uuid.uuid4()), key.key_id, "dir-1", directory), (CHILD, str(uuid.uuid4()), "dir-1", directory),
                 (CHILD, key.key_id, "dir-2", directory), (CHILD, key.key_id, "dir-1", os.urandom(32))):  # fmt: skip
        with pytest.raises(CannotOpen):
            unwrap_file_key(wrapped, *args)


# --- writing and reading through the services ----------------------------------------------------------------------


def _subject_entries(school: School, subject: str) -> list:
    return [e for e in school.store.log.entries_about([subject]) if e.sealed is not None and e.public is None]


def test_records_about_a_child_are_sealed_under_the_childs_file_key_and_staff_read_their_own(school: School) -> None:
    staff = school.staff()
    concern_id = record(staff, ZOFIA, "Zofia said she was hungry", days_ago=1)
    zofia = load_state(staff).pupil_by_upn(ZOFIA)
    assert zofia is not None
    written = school.store.log.get(concern_id)
    assert written is not None and written.sealed is not None and written.sealed[0] == FILE_KEY_ENVELOPE_VERSION
    shelf = school.store.shelf.of_subject(zofia.pupil_id)
    assert [row.key_id for row in shelf] == [file_key_id(written.sealed)]  # one key for the child, on the shelf
    roster = [e for e in _subject_entries(school, zofia.pupil_id) if e.id != concern_id]
    assert roster and all(file_key_id(e.sealed) == shelf[0].key_id for e in roster)  # the roster entry too
    assert concern_id in load_state(staff).concerns  # the member of staff reads their own concern
    lead = school.lead()
    assert any(c.concern.concern_id == concern_id for c in read_child_file(lead, zofia.pupil_id).concerns)
    assert verify_store(school.store, lead).intact


def _closed(school: School) -> tuple[str, str]:
    staff = school.staff()
    record(staff, ZOFIA, "Zofia said she was hungry", days_ago=3)
    record(staff, JAKUB, "Jakub has a bruise on his shin", days_ago=2)
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    review_file(lead, state, zofia.pupil_id, keep=False, reason="past retention, nothing pending", today=FAR)
    close_for_erasure(lead, load_state(lead), zofia.pupil_id)
    return zofia.pupil_id, jakub.pupil_id


def test_erasing_destroys_the_file_keys_so_no_key_there_is_opens_the_childs_records(school: School) -> None:
    zofia, jakub = _closed(school)
    lead, staff = school.lead(), school.staff()
    wrapped = [row.wrapped for row in school.store.shelf.of_subject(zofia)]
    assert len(wrapped) == 1
    with pytest.raises(NotPermitted):
        erase_file(staff, load_state(staff), zofia)
    with pytest.raises(NotFound, match="closed for erasure"):
        erase_file(lead, load_state(lead), jakub)
    erased = erase_file(lead, load_state(lead), zofia)
    assert erased.erased >= 3 and erased.only_closed == 0  # roster entry, concern, review: all under the file key
    assert school.store.shelf.of_subject(zofia) == [] and school.store.shelf.of_subject(jakub)
    with pytest.raises(ServiceError, match="erased already"):
        erase_file(lead, load_state(lead), zofia)

    # Every key the school has (the team key the recovery code also opens, every batch, the directory key, every
    # author's own key), held at once, opens none of Zofia's records: each is short of its file key.
    everyone = Keyring(lead.keybook)
    everyone.use_shelf(school.store.shelf)
    for session in (lead, staff, school.staff()):
        for key_id, key in session.keyring._held.items():
            everyone.hold(key_id, key)
    under = [e for e in _subject_entries(school, zofia) if file_key_id(e.sealed)]
    assert len(under) == erased.erased
    for entry in under:
        with pytest.raises(FileKeyGone):
            everyone.open_bytes(entry)
    assert any(everyone.open_content(e) for e in _subject_entries(school, jakub))  # Jakub's open as before

    # Nothing of the wrapped key is left in the database file or its write-ahead log.
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        path = school.store.data_dir / name
        if path.exists():
            raw = path.read_bytes()
            assert not any(w in raw for w in wrapped) and not any(w[12:44] in raw for w in wrapped)
    with closing(sqlite3.connect(school.store.data_dir / DB_FILENAME)) as db:
        assert db.execute("SELECT COUNT(*) FROM file_keys WHERE subject = ?", (zofia,)).fetchone()[0] == 0

    # `verify` still checks every signature and chain, and counts the erased records rather than naming them.
    report = verify_store(school.store, school.lead())
    assert report.intact, report.problems
    assert report.erased == erased.erased
    assert records_about(school.store, zofia)[0] == erased.erased


def test_records_whose_file_key_has_not_arrived_are_read_once_it_does_and_no_snapshot_is_kept_meanwhile(
    school: School,
) -> None:
    from desktop_app.services.snapshot import SNAPSHOT_DIR

    concern_id = record(school.staff(), ZOFIA, "Zofia said she was hungry", days_ago=1)
    zofia = load_state(school.lead()).pupil_by_upn(ZOFIA)
    assert zofia is not None
    kept = school.store.shelf.of_subject(zofia.pupil_id)
    school.store.shelf.remove_subjects([zofia.pupil_id])  # as on a PC the key has not reached yet
    assert forget_snapshots(school.store) >= 1
    lead = school.lead()
    state = load_state(lead)
    assert state.pupil_by_upn(ZOFIA) is None and concern_id not in state.concerns  # passed over, not "altered"
    folded = [p for p in (school.store.data_dir / SNAPSHOT_DIR).glob("*") if p.suffix in FOLDED_SUFFIXES]
    assert folded == [], "a fold short of a key is not kept"
    report = verify_store(school.store, lead)
    assert report.intact and report.file_key_missing >= 2 and report.erased == 0
    school.store.shelf.add(kept)  # sync brings the key
    state = load_state(lead)
    assert state.pupil_by_upn(ZOFIA) is not None and concern_id in state.concerns


def test_a_documents_chunks_are_under_the_childs_file_key_and_erased_with_the_file(school: School) -> None:
    from desktop_app.crypto.envelope import CannotOpen as NotAChunk
    from desktop_app.domain.envelope_layout import FILE_KEY_CHUNK_ENVELOPE_VERSION
    from desktop_app.services.documents import CHUNK_BYTES, attach_document_data, document_chunks

    record(school.staff(), JAKUB, "Jakub has a bruise on his shin", days_ago=2)
    lead = school.lead()
    jakub = load_state(lead).pupil_by_upn(JAKUB)
    assert jakub is not None
    jakub_id = jakub.pupil_id
    letter = ("Dear Ms Lead,\n" + "The family was seen at the clinic.\n" * 20_000).encode()
    assert len(letter) > CHUNK_BYTES  # two chunks at least
    attached = attach_document_data(lead, jakub_id, "letter.txt", letter)
    chunks = [school.store.log.get(ref.entry_id) for ref in attached.document.chunks]
    [jakub_key] = [row.key_id for row in school.store.shelf.of_subject(jakub_id)]
    assert all(c is not None and c.sealed[0] == FILE_KEY_CHUNK_ENVELOPE_VERSION for c in chunks)
    assert {file_key_id(c.sealed) for c in chunks if c is not None} == {jakub_key}
    assert b"".join(document_chunks(lead, attached.document)) == letter
    with pytest.raises(NotAChunk, match="chunk"):  # the fold's opener refuses a chunk at its first byte, unopened
        lead.keyring.open_sealed(chunks[0].sealed, chunks[0].id, None)
    # Another child's identical file is stored again, never by naming Jakub's chunks (erasing Jakub would take them).
    other = attach_document_data(lead, load_state(lead).pupil_by_upn("B123456789014").pupil_id, "letter.txt", letter)
    assert other.reused == 0 and not {r.entry_id for r in other.document.chunks} & {c.id for c in chunks if c}

    review_file(lead, load_state(lead), jakub_id, keep=False, reason="past retention", today=FAR)
    close_for_erasure(lead, load_state(lead), jakub_id)
    erased = erase_file(lead, load_state(lead), jakub_id)
    assert erased.erased >= 3 + len(chunks)  # the roster entry, the concern, the review, the document, its chunks
    everyone = Keyring(lead.keybook)
    everyone.use_shelf(school.store.shelf)
    for key_id, key in lead.keyring._held.items():
        everyone.hold(key_id, key)
    for chunk in chunks:
        with pytest.raises(FileKeyGone):
            everyone.open_chunk(chunk)
    report = verify_store(school.store, school.lead())
    assert report.intact and report.erased == erased.erased
