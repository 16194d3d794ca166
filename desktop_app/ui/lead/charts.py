"""A horizontal bar chart drawn with QPainter: a label, a bar and its number per row (no QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#0b5cad")
ALERT = QColor("#b3261e")
TRACK = QColor("#eef1f5")
TEXT = QColor("#202020")


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a chart; `alert` draws it red (something is overdue or waiting on a lead)."""

    label: str
    value: int
    alert: bool = False


class BarChart(QWidget):
    """Rows of (label, bar, number), the bars scaled to the largest value. Private state: `_bars`, `_empty_text`."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._empty_text = empty_text
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value}" for b in self._bars) or self._empty_text)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().lineSpacing() + 10

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._bars)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, max(1, len(self._bars)) * self._row_height() + 8)

    def _columns(self) -> tuple[float, float, float]:
        """(label width, bar track width, number width) for the widget's width now."""
        metrics = self.fontMetrics()
        label = min(self.width() * 0.6, max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 12)
        number = max((metrics.horizontalAdvance(str(b.value)) for b in self._bars), default=0) + 10
        return label, max(10.0, self.width() - label - number - 4), number

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar of row `index` is drawn (empty for a zero)."""
        label, track, _number = self._columns()
        row = self._row_height()
        top = max(1, max((b.value for b in self._bars), default=1))
        value = self._bars[index].value
        length = max(2.0, track * value / top) if value else 0.0
        return QRectF(label, 4 + index * row + 4, length, row - 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            metrics = self.fontMetrics()
            painter.setPen(TEXT)
            if not self._bars:
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(self.rect(), flags, self._empty_text)
                return
            row = self._row_height()
            label_width, track_width, number_width = self._columns()
            for i, bar in enumerate(self._bars):
                y = 4 + i * row
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 12))
                right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
                painter.drawText(QRectF(0, y, label_width - 8, row), right, label)
                painter.fillRect(QRectF(label_width, y + 4, track_width, row - 8), TRACK)
                if bar.value:
                    painter.fillRect(self.bar_rect(i), ALERT if bar.alert else BAR)
                left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                painter.drawText(QRectF(label_width + track_width + 4, y, number_width, row), left, str(bar.value))
        finally:
            painter.end()
