"""The background-op helper keeps its state on the application, not in the module: one relay, the app's child."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui import ops


def test_the_relay_is_the_applications_child_and_holds_the_running_ops(qtbot: QtBot, qapp: Any) -> None:
    relay = ops._app_relay()
    assert relay.parent() is QCoreApplication.instance() and ops._app_relay() is relay
    release = threading.Event()
    done: list[int] = []
    op = ops.BackgroundOp(None, lambda: release.wait(5) and 7, done.append).run_in_background()
    assert op in relay.running and ops.running_ops() == 1
    release.set()
    qtbot.waitUntil(lambda: done == [7])
    assert op not in relay.running and ops.running_ops() == 0
