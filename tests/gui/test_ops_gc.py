"""While background ops run, Python's cyclic collector stays off, so it never frees Qt objects on a worker thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from desktop_app.ui.ops import BackgroundOp, running_ops


def test_no_automatic_collection_while_an_op_runs_and_it_resumes_after(qtbot: Any) -> None:
    assert gc.isenabled()
    release = threading.Event()
    seen: dict[str, bool] = {}

    def op() -> str:
        seen["enabled in the worker"] = gc.isenabled()
        release.wait(5)
        return "done"

    results: list[str] = []
    BackgroundOp(None, op, results.append).run_in_background()
    qtbot.waitUntil(lambda: "enabled in the worker" in seen)
    assert not gc.isenabled() and seen["enabled in the worker"] is False
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert running_ops() == 0 and gc.isenabled()
