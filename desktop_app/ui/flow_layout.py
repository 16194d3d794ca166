"""A row of buttons that wraps onto further rows when the window is too narrow for it, instead of cutting them."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right at their preferred size, starting a new row where the next would not fit.

    Private state: `_items` (the layout items, in order).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one row."""
        width = sum(i.sizeHint().width() for i in self._shown()) + self.spacing() * max(0, len(self._shown()) - 1)
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wrap."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def wrap_row(row: QBoxLayout, host_parent: QWidget) -> FlowLayout:
    """Replace the row of buttons `row` (a box layout inside another box layout) by a FlowLayout holding the same
    widgets in the same order; spacers are dropped. Returns the new layout."""
    outer = row.parent()
    if not isinstance(outer, QBoxLayout):
        raise TypeError("the row must sit inside a box layout")
    host = QWidget(host_parent)
    host.setObjectName(f"{row.objectName()}Flow")
    flow = FlowLayout(host, spacing=row.spacing() if row.spacing() >= 0 else 6)
    position = outer.indexOf(row)
    while row.count():
        item = row.takeAt(0)
        if item is not None and item.widget() is not None:
            flow.addWidget(item.widget())
    outer.removeItem(row)
    outer.insertWidget(position, host)
    return flow
