"""A member of staff with a client of their own signs concerns whose content is JSON the app never writes: deeper
than any record, NaN, a lone surrogate. Every reader passes over the same entries, the
lead's window still opens, and `verify` names them."""

from __future__ import annotations

from typing import Any

from pytest import MonkeyPatch

from desktop_app.domain.entries import EntryKind
from desktop_app.services import uow as uow_module
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.conftest import School
from tests.unit.test_triage import ZOFIA, record

_HOSTILE = {
    "deep": b'{"kind":"concern","category":"neglect","what_happened":' + b"[" * 200_000 + b"]" * 200_000 + b"}",
    "nan": b'{"kind":"concern","category":"neglect","what_happened":"x","size":NaN}',
    "surrogate": b'{"kind":"concern","category":"neglect","what_happened":"\\ud800"}',
}


def test_hostile_json_in_signed_content_is_passed_over_everywhere(school: School, monkeypatch: MonkeyPatch) -> None:
    staff = school.staff()
    genuine = record(staff, ZOFIA, "Came in hungry again, no coat.")
    pupil = load_state(school.lead()).concerns[genuine].pupil_id
    real = uow_module.canonical_json

    def hostile(data: Any) -> bytes:
        marker = data.get("what_happened") if isinstance(data, dict) else None
        return _HOSTILE[marker] if marker in _HOSTILE else real(data)

    monkeypatch.setattr(uow_module, "canonical_json", hostile)
    with UnitOfWork(staff) as uow:
        planted = [uow.record(EntryKind.CONCERN, {"what_happened": name}, subject=pupil) for name in _HOSTILE]
        uow.commit()
    monkeypatch.undo()

    lead = school.lead()
    workspace = open_workspace(lead)  # the whole fold and every red flag: no crash
    queued = {item.concern_id for item in load_queue(workspace)}
    assert genuine in queued and not queued & set(planted)
    assert not set(planted) & set(load_state(lead).concerns)
    damaged = {p.entry_id for p in verify_store(school.store, lead).problems if "not a record" in p.what}
    assert damaged == set(planted)
