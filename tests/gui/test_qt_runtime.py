"""The Qt binding in use must not leak references: PySide6 6.12.0 under Python 3.11 aborted the app this way."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) - before > -100, "this PySide6 build loses references to None; pin another"
