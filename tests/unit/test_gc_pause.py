"""What a fold makes is kept out of the collector's sight while the state lives, and given back when it is dropped."""

from __future__ import annotations

import gc

from desktop_app.services import gc_pause
from desktop_app.services.gc_pause import quiet_gc
from desktop_app.services.state import load_state
from tests.conftest import School


def test_a_fold_freezes_what_it_made_and_dropping_the_state_thaws_it(school: School) -> None:
    gc_pause.thaw()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    lead = school.lead()
    load_state(lead)  # the session's first fold, under quiet_gc
    assert gc.isenabled() and gc.get_freeze_count() > 0
    lead.close()  # sign-out drops the folded state
    assert gc.get_freeze_count() == 0


def test_nested_pauses_freeze_only_when_the_last_one_ends() -> None:
    gc_pause.thaw()
    gc_pause.pause()  # a GUI op's pause, enclosing a fold's
    with quiet_gc():
        kept = [object() for _ in range(10)]
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    assert gc_pause.resume()  # the op's own end (ui.ops collects there instead)
    assert gc.isenabled() and gc.get_freeze_count() == 0 and kept
