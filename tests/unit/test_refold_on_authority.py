"""When who may write changes, entries folded before stop counting at once: in the session that folded them and
at the next sign-in from a snapshot written before the change (design notes, "A refused entry never cuts off a
chain"). Here the disabling arrives alone, with no key rotated (as when it reaches a PC before the rest of its unit
of work), so nothing else makes the fold start again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.entries import EntryKind, EntryRecord
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.storage.store import SchoolStore, rotate_device
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF_PASS, School
from tests.gui.conftest import record_concern

ZOFIA = "A123456789012"


@pytest.fixture
def offline_pcs(school: School, tmp_path: Path) -> Iterator[tuple[School, School]]:
    """Two copies of the school's PC with chains of their own: hers, and another lead's."""
    school.store.close()
    for name in ("hers", "deputy"):
        shutil.copytree(school.data_dir, tmp_path / name)
    school.store = SchoolStore(school.data_dir)
    with SchoolStore(tmp_path / "hers") as hers, SchoolStore(tmp_path / "deputy") as deputy:
        rotate_device(hers, "her offline PC")
        rotate_device(deputy, "the deputy's PC")
        yield School(tmp_path / "hers", hers, school.recovery_code), School(tmp_path / "deputy", deputy, "")


def _disabling_alone(deputy_pc: School, account_id: str) -> list[EntryRecord]:
    """Only the account.status entry of a disabling (its key rotations not here yet)."""
    deputy = deputy_pc.sign_in(LEAD2, LEAD2_PASS)
    with UnitOfWork(deputy) as uow:
        uow.record_public({"type": EntryKind.ACCOUNT_STATUS, "account_id": account_id, "active": False})
        written = uow.commit()
    deputy.close()
    return written


def _hers(school: School, hers_pc: School) -> tuple[str, str]:
    concern = record_concern(hers_pc, STAFF, STAFF_PASS, ZOFIA, "Told me she sleeps on the floor.").entry_id
    school.store.log.insert_foreign(hers_pc.store.log.device_rows(hers_pc.store.device_id, 0))
    lead = school.lead()
    account_id = next(m.account_id for m in load_state(lead).staff.values() if m.username == STAFF)
    lead.close()
    return concern, account_id


def test_the_session_that_folded_them_drops_them(school: School, offline_pcs: tuple[School, School]) -> None:
    hers_pc, deputy_pc = offline_pcs
    concern, account_id = _hers(school, hers_pc)
    lead = school.lead()
    assert concern in load_state(lead).concerns
    keys = lead.keyring.granted_ids()
    school.store.log.insert_foreign(_disabling_alone(deputy_pc, account_id))
    assert concern not in load_state(lead).concerns
    assert lead.keyring.granted_ids() == keys, "no key changed: only who may write did"
    lead.close()


def test_a_snapshot_from_before_the_change_is_not_used(school: School, offline_pcs: tuple[School, School]) -> None:
    hers_pc, deputy_pc = offline_pcs
    concern, account_id = _hers(school, hers_pc)
    lead = school.lead()
    assert concern in load_state(lead).concerns  # folded, and kept as a snapshot at sign-out
    lead.close()
    school.store.log.insert_foreign(_disabling_alone(deputy_pc, account_id))
    lead = school.lead()
    assert lead.view.prefix_adopted
    assert concern not in load_state(lead).concerns
    lead.close()
