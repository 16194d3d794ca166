"""The one folded state of a session: a lead folds once for "My concerns", the CLI and the triage workspace."""

from __future__ import annotations

import threading

import pytest

from desktop_app.services import folded
from desktop_app.services.concerns import add_addendum
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge, load_queue, open_workspace, refresh_workspace
from tests.conftest import School
from tests.unit.test_snapshot import _concerns
from tests.unit.test_triage import ZOFIA, record


def test_a_lead_folds_once_for_sign_in_and_the_workspace(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    _concerns(school)
    lead = school.lead()
    signed_in = load_state(lead)  # sign-in

    def no_second_fold(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("folded or read a snapshot a second time in one session")

    monkeypatch.setattr(folded, "fold", no_second_fold)
    monkeypatch.setattr(folded, "load_snapshot", no_second_fold)
    workspace = open_workspace(lead)
    assert workspace.state == signed_in and workspace.folded is lead.folded
    monkeypatch.undo()
    assert load_queue(workspace) == load_queue(open_workspace(lead, use_snapshot=False))


def test_a_copy_never_changes_while_the_fold_takes_in_more(school: School) -> None:
    ids = _concerns(school)
    lead = school.lead()
    copy = load_state(lead)
    held = (dict(copy.concerns), {k: list(v) for k, v in copy.addenda.items()})
    names = ("acknowledgements", "by_pupil")
    held_lead = {name: {k: list(v) for k, v in getattr(copy.lead, name).items()} for name in names}
    staff = school.staff()
    record(staff, ZOFIA, "Zofia has a new bruise on her arm.", days_ago=0.1)
    add_addendum(staff, load_state(staff), ids[0], "Her brother said she was pushed.")
    add_addendum(staff, load_state(staff), ids[0], "And again at lunch.")
    staff.close()
    acknowledge(lead, load_state(lead), ids[0])
    now = load_state(lead)
    assert now != copy and len(now.addenda[ids[0]]) == 2
    assert held == (dict(copy.concerns), {k: list(v) for k, v in copy.addenda.items()})
    assert held_lead == {name: {k: list(v) for k, v in getattr(copy.lead, name).items()} for name in held_lead}


def test_readers_on_other_threads_wait_for_a_refresh_and_sign_out_drops_the_fold(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    workspace = open_workspace(lead)
    copies = []
    with lead.folded.lock:  # a lead's job holds the lock: a reader elsewhere waits for it
        reader = threading.Thread(target=lambda: copies.append(load_state(lead)))
        reader.start()
        reader.join(0.2)
        assert reader.is_alive() and copies == []
        refresh_workspace(lead, workspace)
    reader.join(10)
    assert copies == [workspace.state]
    lead.close()
    assert lead._folded is None
    with pytest.raises(RuntimeError):
        workspace.state  # noqa: B018 -- nothing folded stays in memory after sign-out
