"""A scroll area that scrolls up and down only: it stays as wide as its content needs, whatever the content shows."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea


class NoSidewaysScrolling(QObject):
    """Keeps `area` at least as wide as its widget's minimum (measured again whenever the widget's layout changes:
    a field shown, a longer language), so nothing in it is ever hidden off to the side. Private state: `_area`."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = area.widget()
        if content is not None:
            content.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        if not shiboken6.isValid(self._area):
            return
        content = self._area.widget()
        if content is None:
            return
        frame = 2 * self._area.frameWidth()
        width = content.minimumSizeHint().width() + self._area.verticalScrollBar().sizeHint().width() + frame
        if self._area.minimumWidth() != width:
            self._area.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return False
