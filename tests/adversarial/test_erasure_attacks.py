"""Erasure under attack (issue 17, item 6): a member of staff or a revoked lead forging the erasure tombstone; IT with
the files planting or swapping rows on the key shelf; a member of staff with the files (who holds the directory key)
wrapping a key of their own under a child's key id. None of it erases anything, and none of it changes what a reader
is shown: a record opens with its own file key or not at all. (A malicious PC on the hub calling `shred` is in
tests/integration/test_erasure_sync.py, against the real PostgreSQL.)"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import date

import pytest

from desktop_app.crypto.file_keys import new_file_key, wrap_file_key
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.envelope_layout import file_key_id
from desktop_app.services.erasure import apply_erasures, erase_file, forget_snapshots
from desktop_app.services.erasures import erasures_in
from desktop_app.services.errors import NotPermitted
from desktop_app.services.retention import close_for_erasure, review_file
from desktop_app.services.staff_admin import find_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from desktop_app.storage.engine import DB_FILENAME
from desktop_app.storage.shelf import ShelfRow
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import LEAD2, LEAD2_PASS, School
from tests.unit.test_triage import JAKUB, ZOFIA, record

FAR = date(2047, 1, 1)


def _closed_zofia(school: School) -> tuple[str, str, str]:
    """Concerns about Zofia and Jakub; Zofia's file reviewed and closed for erasure. Returns both ids and the
    closing tombstone's."""
    staff = school.staff()
    record(staff, ZOFIA, "Zofia said she was hungry", days_ago=3)
    record(staff, JAKUB, "Jakub has a bruise on his shin", days_ago=2)
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    review_file(lead, state, zofia.pupil_id, keep=False, reason="past retention", today=FAR)
    closed = close_for_erasure(lead, load_state(lead), zofia.pupil_id)
    return zofia.pupil_id, jakub.pupil_id, closed.entry_id


def _forge_erasure(session, subject: str, closing_id: str) -> str:
    """Round the services: an erasure tombstone, well formed and signed by `session`."""
    keys = [row.key_id for row in session.store.shelf.of_subject(subject)]
    with UnitOfWork(session) as uow:
        entry_id = uow.record_public(
            {"type": EntryKind.RETENTION_ERASED, "closed": closing_id, "file_keys": keys}, subject=subject
        )
        uow.commit()
    return entry_id


def test_an_erasure_forged_by_staff_or_a_revoked_lead_is_held_back_and_deletes_nothing(school: School) -> None:
    zofia, jakub, closing_id = _closed_zofia(school)
    staff = school.staff()
    with pytest.raises(NotPermitted):
        erase_file(staff, load_state(staff), zofia)
    by_staff = _forge_erasure(staff, jakub, closing_id)  # Jakub's file is not even closed
    lead = school.lead()
    revoke_lead(lead, find_account(lead, load_state(lead), LEAD2))
    revoked = school.sign_in(LEAD2, LEAD2_PASS)
    with pytest.raises(NotPermitted):
        erase_file(revoked, load_state(revoked), zofia)
    by_revoked = _forge_erasure(revoked, zofia, closing_id)

    lead = school.lead()
    assert erasures_in(lead.keybook, school.store) == {}
    assert apply_erasures(school.store, lead.keybook) == []  # what sync does with them: nothing
    assert school.store.shelf.of_subject(zofia) and school.store.shelf.of_subject(jakub)
    assert {by_staff, by_revoked} <= set(quarantined(lead))
    refused = {p.entry_id for p in verify_store(school.store, lead).refused}
    assert {by_staff, by_revoked} <= refused
    assert load_state(lead).pupil_by_upn(JAKUB) is not None
    report = verify_store(school.store, lead)
    assert report.erased == 0 and report.file_key_missing == 0
    erased = erase_file(lead, load_state(lead), zofia)  # the lead's own erasure still works after the forgeries
    assert erased.erased >= 3 and erasures_in(lead.keybook, school.store)[zofia].entry_id == erased.entry_id


def _rows(path, query: str, *params: object) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute(query, params)
        db.commit()


def test_it_planting_or_swapping_shelf_rows_changes_nothing_a_reader_is_shown(school: School) -> None:
    staff = school.staff()
    record(staff, ZOFIA, "Zofia said she was hungry", days_ago=3)
    record(staff, JAKUB, "Jakub has a bruise on his shin", days_ago=2)
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    [row] = school.store.shelf.of_subject(zofia.pupil_id)
    path = school.store.data_dir / DB_FILENAME

    # A row planted beside the real one, under another child and sorting first: the reader tries each, and the
    # planted one is bound to nothing it claims.
    _rows(path, "INSERT INTO file_keys VALUES (?, ?, ?, ?)", "00000000-0000-4000-8000-000000000000", row.key_id,
          os.urandom(60), row.directory_key_id)  # fmt: skip
    reader = school.lead()
    assert load_state(reader).pupil_by_upn(ZOFIA) is not None
    assert verify_store(school.store, reader).intact

    # The real row swapped for junk (IT holds no directory key to wrap one): Zofia's records do not open; nothing
    # else is shown in their place, and `verify` counts them as short of their key rather than hiding it.
    _rows(path, "UPDATE file_keys SET wrapped = ? WHERE subject = ?", os.urandom(60), zofia.pupil_id)
    forget_snapshots(school.store)  # (a snapshot, sealed to its reader, would still show what was folded before)
    reader = school.lead()
    state = load_state(reader)
    assert state.pupil_by_upn(ZOFIA) is None and not state.concerns_for(zofia.pupil_id)
    assert state.pupil_by_upn(JAKUB) is not None and state.concerns_for(jakub.pupil_id)
    report = verify_store(school.store, reader)
    assert report.intact and report.file_key_missing >= 2 and report.erased == 0


def test_a_key_wrapped_by_someone_holding_the_directory_key_opens_nothing_and_is_named(school: School) -> None:
    staff = school.staff()
    record(staff, ZOFIA, "Zofia said she was hungry", days_ago=3)
    lead = school.lead()
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    [row] = school.store.shelf.of_subject(zofia.pupil_id)
    # A member of staff with the files holds the directory key: they can wrap any key under Zofia's key id. The
    # records under it were sealed with the real key, so they fail their authentication check: named, never shown.
    directory_id, directory = staff.directory_key()
    other = new_file_key()
    planted = wrap_file_key(type(other)(row.key_id, other.key), zofia.pupil_id, directory_id, directory)
    school.store.shelf.remove_subjects([zofia.pupil_id])
    school.store.shelf.add([ShelfRow(zofia.pupil_id, row.key_id, planted, directory_id)])
    forget_snapshots(school.store)
    reader = school.lead()
    state = load_state(reader)
    assert state.pupil_by_upn(ZOFIA) is None and not state.concerns_for(zofia.pupil_id)
    report = verify_store(school.store, reader)
    altered = {p.entry_id for p in report.problems}
    under = {e.id for e in school.store.log.entries_about([zofia.pupil_id]) if file_key_id(e.sealed)}
    assert under and under <= altered
