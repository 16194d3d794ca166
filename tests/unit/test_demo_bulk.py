"""The demo generator's bulk path writes the same sealed, signed, chained entries as recording one at a time."""

from __future__ import annotations

import json
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from desktop_app.crypto.envelope import CannotOpen, Recipient, open_envelope, seal
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json
from desktop_app.domain.envelope_layout import SLOT_SYMMETRIC, parse_envelope, recipient_key_ids
from desktop_app.domain.ids import new_id
from desktop_app.services.demo import DemoOptions, _SealedRun, demo_password, generate_demo_school
from desktop_app.services.session import sign_in
from desktop_app.services.store import SchoolStore
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.conftest import School


def _layout(blob: bytes) -> tuple[list[tuple[int, str, int]], int]:
    slots, body = parse_envelope(blob)
    return [(slot.kind, slot.key_id, len(slot.wrapped)) for slot in slots], len(body)


def _rows(store: SchoolStore) -> list[tuple]:
    query = "SELECT id, device_id, seq, prev_hash, hash, recipients, local_seq, hub_seq, sealed FROM entries"
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(query + " ORDER BY local_seq").fetchall()


def test_a_sealed_run_seals_as_the_envelope_does(school: School) -> None:
    staff = school.staff()
    key_id, key = new_id(), bytes(range(32))
    run = _SealedRun(staff, Recipient(key_id, symmetric=key))
    entry_id, subject, plaintext = new_id(), new_id(), canonical_json({"kind": EntryKind.CONCERN, "what": "Bruise"})
    ours = run.seal(plaintext, entry_id, subject)
    theirs = seal(plaintext, entry_id=entry_id, subject=subject, recipients=[Recipient(key_id, symmetric=key)])
    assert _layout(ours) == _layout(theirs) == ([(SLOT_SYMMETRIC, key_id, 60)], len(plaintext) + 28)
    assert ours[:21] == theirs[:21] and ours[21:] != theirs[21:], "same header; a fresh data key and nonces"
    assert open_envelope(ours, entry_id=entry_id, subject=subject, lookup={key_id: key}.get) == plaintext
    for moved_id, moved_subject in ((new_id(), subject), (entry_id, new_id()), (entry_id, None)):
        with pytest.raises(CannotOpen):
            open_envelope(ours, entry_id=moved_id, subject=moved_subject, lookup={key_id: key}.get)
    with pytest.raises(ValueError):
        _SealedRun(staff, Recipient(key_id, public=None, symmetric=None))


def test_append_run_continues_the_chain_as_append_does_and_verifies(school: School) -> None:
    staff = school.staff()
    pupil = new_id()
    with UnitOfWork(staff) as uow:  # writes the session's batch key too
        uow.record(EntryKind.CONCERN, {"what": "before the run"}, subject=pupil)
        uow.commit()
    assert staff.batch is not None
    run = _SealedRun(staff, Recipient(staff.batch[0], symmetric=staff.batch[1]))
    when = 1_790_000_000_000  # milliseconds since the epoch
    made = [run.entry(EntryKind.CONCERN, {"what": f"in the run {n}"}, pupil, when, when + 60_000) for n in range(7)]
    assert staff.store.log.append_run(iter(made), staff.signer(), rows_per_insert=3) == 7
    with UnitOfWork(staff) as uow:
        uow.record(EntryKind.CONCERN, {"what": "after the run"}, subject=pupil)
        uow.commit()

    rows = _rows(school.store)
    mine = [row for row in rows if row[1] == school.store.device_id]
    assert [row[2] for row in mine] == list(range(1, len(mine) + 1)), "one unbroken sequence on this device"
    assert all(row[3] == prev[4] for prev, row in pairwise(mine)), "each entry names the last"
    assert [row[6] for row in rows] == list(range(1, len(rows) + 1))
    by_id = {row[0]: row for row in rows}
    written = [by_id[entry.id] for entry in made]
    assert [row[6] for row in written] == list(range(written[0][6], written[0][6] + 7)), "in the order given"
    for row in written:
        assert row[5] == ",".join(recipient_key_ids(row[8])) == staff.batch[0] and row[7] is None
    before, after = by_id[rows[-9][0]], by_id[rows[-1][0]]
    assert _layout(before[8])[0] == _layout(written[0][8])[0] == _layout(after[8])[0], "as the record path seals"

    lead = school.lead()
    report = verify_store(school.store, lead)
    assert report.intact, report.problems
    opened = [json.loads(lead.keyring.open_sealed(row[8], row[0], pupil)) for row in written]
    assert [content["what"] for content in opened] == [f"in the run {n}" for n in range(7)]


def test_append_run_refuses_key_material_and_writes_nothing(school: School) -> None:
    staff = school.staff()
    with UnitOfWork(staff) as uow:
        uow.record(EntryKind.CONCERN, {"what": "first"}, subject=new_id())
        uow.commit()
    assert staff.batch is not None
    run = _SealedRun(staff, Recipient(staff.batch[0], symmetric=staff.batch[1]))
    sealed = run.entry(EntryKind.CONCERN, {"what": "fine"}, new_id(), 1, 1)
    public = EntryRecord(new_id(), staff.school_id, "", 0, b"", staff.key.key_id, None, 1, 1, b"{}", None)
    count = school.store.log.count()
    with pytest.raises(ValueError, match="key material"):
        staff.store.log.append_run([sealed, public], staff.signer())
    assert school.store.log.count() == count
    assert school.store.log.append_run([], staff.signer()) == 0


def test_a_demo_without_lead_history_verifies_and_its_concerns_match_the_record_path(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    options = DemoOptions(pupils=40, years=1, concerns_per_pupil_year=3, lead_history=False, today=date(2026, 11, 26))
    summary = generate_demo_school(folder, options)
    with SchoolStore(folder) as store:
        lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
        report = verify_store(store, lead)
        assert report.intact, report.problems
        assert report.entries == summary.entries == store.log.count()
        concerns, pupils, layouts = 0, 0, set()
        for row in _rows(store):
            entry = store.log.get(row[0])
            assert entry is not None
            if entry.public is not None:  # key material: its sealed part is a key, not content
                continue
            content = lead.keyring.open_content(entry)
            assert content is not None
            if content["kind"] == EntryKind.CONCERN:
                concerns += 1
                assert set(content) == {
                    "kind", "category", "what_happened", "location", "childs_words", "opinion", "present",
                    "action_taken", "other_children", "injuries",
                }  # fmt: skip
                slots, _body = _layout(row[8])
                layouts.add(tuple((kind, size) for kind, _key, size in slots))
                assert entry.recorded_at > entry.occurred_at
            pupils += content["kind"] == EntryKind.PUPIL
        assert concerns == summary.concerns and pupils == summary.pupils
        assert layouts == {((SLOT_SYMMETRIC, 60),)}, "every concern sealed to its author's batch key alone"
