"""A member of staff with a client of their own signs concerns whose content is JSON the app never writes: deeper
than any record, NaN, a lone surrogate. Every reader passes over the same entries, the
lead's window still opens, and `verify` names them."""

from __future__ import annotations

import json
from typing import Any

from pytest import MonkeyPatch

from desktop_app.domain.entries import EntryKind
from desktop_app.services import uow as uow_module
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from desktop_app.ui.lead.workspace import take_view
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


_MALFORMED_MARKS = {
    "no view": [{"x": 0.4, "y": 0.3, "region": "cheek-left"}],
    "words for x": [{"view": "front", "x": "left", "y": 0.3, "region": "cheek-left"}],
    "infinite size": [{"view": "front", "x": 0.4, "y": 0.3, "region": "cheek-left", "size_cm": 1e400}],
    "a list for skin": [{"view": "front", "x": 0.4, "y": 0.3, "region": "cheek-left", "skin_broken": [1]}],
}


def test_a_concern_whose_marks_are_not_marks_is_passed_over_and_named(school: School, monkeypatch: MonkeyPatch) -> None:
    """Valid JSON in no form the app writes (found by the transfers work): a mark without a view stopped every
    lead's fold with a TypeError. Each is passed over by the fold and named by `verify`; the rest still reads."""
    staff = school.staff()
    genuine = record(staff, ZOFIA, "Bruise on her cheek, said she fell.")
    pupil = load_state(school.lead()).concerns[genuine].pupil_id
    real = uow_module.canonical_json

    def malformed(data: Any) -> bytes:
        marker = data.get("what_happened") if isinstance(data, dict) else None
        if marker in _MALFORMED_MARKS:
            body = {**data, "injuries": _MALFORMED_MARKS[marker]}
            return json.dumps(body, allow_nan=True).encode()  # 1e400 is written as Infinity
        return real(data)

    monkeypatch.setattr(uow_module, "canonical_json", malformed)
    with UnitOfWork(staff) as uow:
        planted = [uow.record(EntryKind.CONCERN, {"what_happened": name}, subject=pupil) for name in _MALFORMED_MARKS]
        uow.commit()
    monkeypatch.undo()

    lead = school.lead()
    workspace = open_workspace(lead)
    assert genuine in {item.concern_id for item in load_queue(workspace)}
    assert not set(planted) & set(workspace.state.concerns)
    named = {p.entry_id for p in verify_store(school.store, lead).problems}
    assert set(planted) <= named


_ODD_KINDS = {
    "a list": b'{"kind":["concern"],"category":"neglect","what_happened":"x"}',
    "an object": b'{"kind":{"concern":1},"category":"neglect","what_happened":"x"}',
    "a number": b'{"kind":7,"category":"neglect","what_happened":"x"}',
    "very long": b'{"kind":"' + b"concern" * 5000 + b'","what_happened":"x"}',
}


def test_a_record_claiming_a_kind_that_is_not_text_is_passed_over(school: School, monkeypatch: MonkeyPatch) -> None:
    """`kind` is read from the sealed content: a list or an object there (unhashable) must not stop a lead's fold,
    the workspace, the warnings or `verify`."""
    staff = school.staff()
    genuine = record(staff, ZOFIA, "Bruise on her arm, said her brother pushed her.")
    pupil = load_state(school.lead()).concerns[genuine].pupil_id
    real = uow_module.canonical_json

    def odd(data: Any) -> bytes:
        marker = data.get("what_happened") if isinstance(data, dict) else None
        return _ODD_KINDS[marker] if marker in _ODD_KINDS else real(data)

    monkeypatch.setattr(uow_module, "canonical_json", odd)
    with UnitOfWork(staff) as uow:
        planted = [uow.record(EntryKind.CONCERN, {"what_happened": name}, subject=pupil) for name in _ODD_KINDS]
        uow.commit()
    monkeypatch.undo()

    lead = school.lead()
    workspace = open_workspace(lead)
    assert genuine in {item.concern_id for item in load_queue(workspace)}
    assert not set(planted) & set(workspace.state.concerns)
    assert all(len(line) < 400 for line in workspace_warnings(lead))
    verify_store(school.store, lead)  # no crash


def test_the_lead_is_told_of_records_passed_over_naming_who_wrote_them(
    school: School, monkeypatch: MonkeyPatch
) -> None:
    """A concern whose marks are not marks is passed over by the fold; the lead's window (its banner's warnings)
    and the CLI's warning lines name it and its author, as they name entries that failed their checks; a later
    sign-in that starts from the snapshot names it still."""
    staff = school.staff()
    record(staff, ZOFIA, "Came in hungry again, no coat.")
    pupil = next(iter(load_state(school.lead()).concerns.values())).pupil_id
    real = uow_module.canonical_json

    def malformed(data: Any) -> bytes:
        if isinstance(data, dict) and data.get("what_happened") == "no view":
            return json.dumps({**data, "injuries": _MALFORMED_MARKS["no view"]}).encode()
        return real(data)

    monkeypatch.setattr(uow_module, "canonical_json", malformed)
    with UnitOfWork(staff) as uow:
        planted = uow.record(EntryKind.CONCERN, {"what_happened": "no view"}, subject=pupil)
        uow.commit()
    monkeypatch.undo()

    for attempt in ("first", "from the snapshot"):
        lead = school.lead()
        warnings = workspace_warnings(lead)
        text = "\n".join(warnings)
        assert "in no form the app writes" in text and planted in text, (attempt, text)
        assert "Carys" in text or "written by" in text, text
        lead.close()


def workspace_warnings(lead: Session) -> tuple[str, ...]:
    """The warnings the lead's window shows in its banner (the queue view it builds)."""
    return take_view(lead, open_workspace(lead)).warnings
