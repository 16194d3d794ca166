"""Erasing a file by destroying its keys, through the real hub (hub schema 3, its key shelf and `shred`): two PCs,
an erasure on one reaching the other and the hub, a PC pushing a key back before it has heard of the erasure, and a
malicious PC (a PC's hub login used by IT or by a member of staff's program) shredding a child's keys with a forged
tombstone: the honest PCs push the keys back and nothing they trust changes."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.crypto.envelope import FileKeyGone
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.envelope_layout import file_key_id
from desktop_app.services.erasure import erase_file
from desktop_app.services.retention import close_for_erasure, review_file
from desktop_app.services.state import load_state
from desktop_app.services.sync.run import hub_client_for
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from desktop_app.sync.hub_shelf import NoTombstone, add_rows, shred
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF_PASS
from tests.integration.conftest import PC, Trust

ZOFIA, JAKUB = "A123456789012", "A123456789013"


def _hub_keys(trust: Trust, subject: str) -> int:
    return trust.hub.rows("SELECT count(*) FROM concern_hub.shelf WHERE subject = :s", s=subject)[0][0]


def _two_pcs(trust: Trust) -> tuple[PC, PC, str, str]:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    pc1.record(STAFF, STAFF_PASS, ZOFIA, "Zofia said she was hungry")
    pc1.record(STAFF, STAFF_PASS, JAKUB, "Jakub was late again")
    assert pc1.sync().ok and pc2.sync().ok
    state = pc2.state()  # the roster and the concerns, written under file keys on PC 1, open on PC 2
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None and state.concerns_for(zofia.pupil_id)
    return pc1, pc2, zofia.pupil_id, jakub.pupil_id


def _erase_on(pc: PC, pupil_id: str):
    lead = pc.lead()
    review_file(lead, load_state(lead), pupil_id, keep=False, reason="past retention", today=date(2047, 1, 1))
    close_for_erasure(lead, load_state(lead), pupil_id)
    return erase_file(lead, load_state(lead), pupil_id)


def _under_file_key(pc: PC, subject: str) -> list:
    return [e for e in pc.store.log.entries_about([subject]) if e.public is None and file_key_id(e.sealed)]


def test_an_erasure_on_one_pc_destroys_the_keys_on_the_hub_and_on_the_other_pc(trust: Trust) -> None:
    pc1, pc2, zofia, jakub = _two_pcs(trust)
    assert _hub_keys(trust, zofia) == 1 and pc2.store.shelf.of_subject(zofia)
    erased = _erase_on(pc1, zofia)
    assert erased.erased >= 3 and erased.only_closed == 0
    report = pc1.sync()
    assert report.ok and report.keys_shredded == 1, report.lines()
    assert _hub_keys(trust, zofia) == 0 and _hub_keys(trust, jakub) == 1
    held = trust.hub.rows("SELECT count(*) FROM concern_hub.entries WHERE subject = :s", s=zofia)[0][0]
    assert held >= erased.erased  # the hub's entries stay as they are (INSERT-only): only the keys go

    report = pc2.sync()
    assert report.ok and report.keys_erased == 1, report.lines()
    assert pc2.store.shelf.of_subject(zofia) == [] and pc2.store.shelf.of_subject(jakub)
    deputy = pc2.sign_in(LEAD2, LEAD2_PASS)
    entries = _under_file_key(pc2, zofia)
    assert len(entries) == erased.erased
    for entry in entries:
        with pytest.raises(FileKeyGone):
            deputy.keyring.open_bytes(entry)
    checked = verify_store(pc2.store, deputy)
    assert checked.intact and checked.erased == erased.erased, checked.problems
    assert load_state(deputy).pupil_by_upn(JAKUB) is not None


def test_a_key_pushed_back_by_a_pc_that_had_not_heard_of_the_erasure_is_shredded_again(trust: Trust) -> None:
    pc1, pc2, zofia, _jakub = _two_pcs(trust)
    _erase_on(pc1, zofia)
    assert pc1.sync().ok and _hub_keys(trust, zofia) == 0
    # PC 2's sync pushed its shelf before the tombstone reached it (the two syncs interleaved).
    with hub_client_for(pc2.store) as hub:
        assert add_rows(hub, pc2.store.shelf.of_subject(zofia)) == 1
    assert _hub_keys(trust, zofia) == 1
    assert pc1.sync().ok and _hub_keys(trust, zofia) == 0  # re-asserted by the PC that erased
    pc2.store.shelf.add(pc1.store.shelf.all())  # nothing of Zofia's on PC 1 to give: only Jakub's, already held
    report = pc2.sync()
    assert report.ok and report.keys_erased == 1 and report.keys_pushed == 0, report.lines()
    assert _hub_keys(trust, zofia) == 0 and pc2.store.shelf.of_subject(zofia) == []


def test_a_malicious_pc_shredding_a_childs_keys_with_a_forged_tombstone_is_healed(trust: Trust) -> None:
    pc1, pc2, zofia, jakub = _two_pcs(trust)
    staff = pc2.sign_in(STAFF, STAFF_PASS)
    with UnitOfWork(staff) as uow:  # a tombstone a member of staff's program signs: well formed, not a lead's
        forged = uow.record_public(
            {"type": EntryKind.RETENTION_ERASED, "closed": jakub, "file_keys": []}, subject=jakub
        )
        uow.commit()
    assert pc2.sync().ok
    with hub_client_for(pc2.store) as hub:
        with pytest.raises(NoTombstone):  # a concern is not a tombstone: the hub refuses
            shred(hub, jakub, pc1.store.log.entries_about([jakub])[0].id)
        assert shred(hub, jakub, forged) == 1  # the hub cannot check a signature: the forged one passes there
    assert _hub_keys(trust, jakub) == 0

    report = pc1.sync()  # PC 1 pulls the tombstone, finds it does not hold up, keeps its keys and pushes them back
    assert report.ok and report.keys_erased == 0 and report.keys_pushed == 1, report.lines()
    assert _hub_keys(trust, jakub) == 1 and pc1.store.shelf.of_subject(jakub)
    lead = pc1.lead()
    assert forged in {q.entry_id for q in lead.view.quarantine()}
    assert load_state(lead).pupil_by_upn(JAKUB) is not None
    assert all(lead.keyring.open_content(e) is not None for e in _under_file_key(pc1, jakub))
    report = pc2.sync()
    assert report.ok and report.keys_erased == 0 and pc2.store.shelf.of_subject(jakub)
    assert load_state(pc2.lead()).pupil_by_upn(JAKUB) is not None
    assert _hub_keys(trust, zofia) == 1  # nobody else's keys were touched
