"""The row of buttons that wraps: each button whole, on further rows when the row is too narrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.flow_layout import wrap_row
from tests.gui.window_checks import cut_short


def test_a_row_too_narrow_for_its_buttons_wraps_them_whole_and_keeps_their_order(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    row = QHBoxLayout()
    row.setObjectName("actionsLayout")
    names = ["Record decision…", "Sign off decision…", "Add action…", "Agency contact…", "Export referral pack…"]
    buttons = [QPushButton(name) for name in names]
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(1)
    wrap_row(row, page)
    wide = sum(b.sizeHint().width() for b in buttons) + 60
    page.resize(wide, 300)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1, "all on one row when they fit"
    page.resize(buttons[0].sizeHint().width() + buttons[1].sizeHint().width() + 40, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)
    assert cut_short(page) == []
    order = sorted(buttons, key=lambda b: (b.y(), b.x()))
    assert [b.text() for b in order] == names
    assert all(page.rect().contains(b.geometry().translated(b.parentWidget().pos())) for b in buttons)
