"""The body-map history: every mark of a child layered on one outline per view, newer marks stronger, in a range."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import bodymap
from desktop_app.domain.lead.bodymap_history import BodyMapHistory, HistoricMark, history_between
from desktop_app.ui.bodymap.painting import draw_body_map, fitted_rect, point_for
from desktop_app.ui.bodymap.words import view_name
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history_model import (
    REPEATED,
    HistoricMarksModel,
    RegionCountsModel,
    SortProxy,
    region_text,
)
from desktop_app.ui.lead.common import short_when

OLDEST = QColor("#e0a19b")  # the weakest a mark is drawn (the oldest in the range)
NEWEST = QColor("#7f1a15")  # the strongest (the newest)
# Ways to arrange the five outlines: blocks side by side, each block rows of views stacked, every view of a block
# drawn at the same height. The arrangement that draws the whole body largest is used.
_LAYOUTS: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...] = (
    ((("front", "back"),), (("head-left", "head-right"), ("hands",))),
    ((("front", "back", "head-left", "head-right", "hands"),),),
    ((("front", "back", "hands"), ("head-left", "head-right")),),
)


def _tr(text: str) -> str:
    return translate("BodyMapHistory", text)


def tint_for(weight: float) -> QColor:
    """A mark's colour by its age weight (0.3 oldest to 1 newest): newer marks are darker and stronger."""
    t = max(0.0, min(1.0, (weight - 0.3) / 0.7))
    return QColor(
        round(OLDEST.red() + (NEWEST.red() - OLDEST.red()) * t),
        round(OLDEST.green() + (NEWEST.green() - OLDEST.green()) * t),
        round(OLDEST.blue() + (NEWEST.blue() - OLDEST.blue()) * t),
    )


def view_rects(width: float, height: float, caption: float) -> dict[str, QRectF]:
    """Where each view's outline goes (a caption's height is left free under each), in the arrangement that draws
    the front view tallest, then covers the most area."""
    best: tuple[tuple[float, float], dict[str, QRectF]] = ((-1.0, -1.0), {})
    for blocks in _LAYOUTS:
        scales = [height / len(rows) - caption for rows in blocks]  # each block's outline height, before fitting
        widths = [max(sum(bodymap.VIEW_ASPECT[v] for v in row) for row in rows) for rows in blocks]
        needed = sum(w * s for w, s in zip(widths, scales, strict=True))
        fit = min(1.0, width / needed) if needed > 0 else 0.0
        if fit <= 0 or min(scales) <= 0:
            continue
        rects: dict[str, QRectF] = {}
        x = (width - needed * fit) / 2
        for rows, block_width, scale in zip(blocks, widths, scales, strict=True):
            outline = scale * fit
            for r, row in enumerate(rows):
                row_width = sum(bodymap.VIEW_ASPECT[v] for v in row) * outline
                left = x + (block_width * outline - row_width) / 2
                top = r * (height / len(rows))
                for view in row:
                    w = bodymap.VIEW_ASPECT[view] * outline
                    rects[view] = QRectF(left, top, w, outline)
                    left += w
            x += block_width * outline
        area = sum(r.width() * r.height() for r in rects.values())
        if (rects["front"].height(), area) > best[0]:
            best = ((rects["front"].height(), area), rects)
    return best[1]


class HistoryCanvas(QWidget):
    """Paints the five views with every mark of the range on them, oldest first so newer ones lie on top.

    Private state: `_history` (the range shown).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: BodyMapHistory | None = None
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Body maps of every mark in the range"))

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    def set_history(self, history: BodyMapHistory | None) -> None:
        self._history = history
        total = history.total if history else 0
        self.setAccessibleDescription(_tr("{count} marks shown").format(count=total))
        self.update()

    def history(self) -> BodyMapHistory | None:
        return self._history

    def _caption_height(self) -> float:
        return 2 * self.fontMetrics().lineSpacing() + 6.0

    def _caption(self, painter: QPainter, view: str, rect: QRectF, count: int) -> None:
        """The view's name under its outline, and how many marks it holds, each within the outline's width."""
        metrics = self.fontMetrics()
        width = int(rect.width())
        name = view_name(view) if metrics.horizontalAdvance(view_name(view)) <= width else view_name(view, short=True)
        lines = [name]
        if count:
            lines.append(_tr("1 mark") if count == 1 else _tr("{n} marks").format(n=count))
        painter.setPen(QColor("#3a3a3a"))
        for i, line in enumerate(lines):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            box = QRectF(
                rect.left(), rect.bottom() + 2 + i * metrics.lineSpacing(), rect.width(), metrics.lineSpacing()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def rects(self) -> dict[str, QRectF]:
        """The rectangle each view's outline is drawn in (draw_body_map fits the outline inside it); a line is left
        free above, where the outlines' side labels ("Left side") reach."""
        top = float(self.fontMetrics().lineSpacing())
        rects = view_rects(self.width(), self.height() - top, self._caption_height())
        return {view: rect.translated(0, top) for view, rect in rects.items()}

    def mark_point(self, view: str, number: int) -> QPointF | None:
        """Where the mark numbered `number` is drawn, or None when it is not shown."""
        history = self._history
        rect = self.rects().get(view)
        if history is None or rect is None:
            return None
        for mark in history.marks.get(view, ()):
            if mark.number == number:
                return point_for(fitted_rect(rect, view), mark.mark.x, mark.mark.y)
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("#ffffff"))
            history = self._history
            for view, rect in self.rects().items():
                draw_body_map(painter, rect, view, [])
                marks: tuple[HistoricMark, ...] = history.marks.get(view, ()) if history else ()
                for mark in marks:  # oldest first: newer marks are drawn over older ones
                    draw_body_map(painter, rect, view, [mark.mark], layered=True, labels=[str(mark.number)],
                                  tint=tint_for(mark.weight))  # fmt: skip
                self._caption(painter, view, rect, len(marks))
        finally:
            painter.end()


class BodyMapHistoryView(QWidget):
    """The maps, a time range chosen with two sliders (from and to, over the occasions marks were recorded), the
    region counts (repeated regions in red) and the list of marks.

    Private state: `_full` (the whole history), `_occasions` (distinct times, oldest first), the widgets.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full: BodyMapHistory | None = None
        self._occasions: list[datetime] = []
        self.canvas = HistoryCanvas(self)
        self.from_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.to_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.from_slider.setAccessibleName(_tr("Show marks from"))
        self.to_slider.setAccessibleName(_tr("Show marks up to"))
        for slider in (self.from_slider, self.to_slider):
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.valueChanged.connect(self._range_changed)
        caption_from = QLabel(_tr("&From:"), self)
        caption_from.setBuddy(self.from_slider)
        caption_to = QLabel(_tr("&To:"), self)
        caption_to.setBuddy(self.to_slider)
        self.counts_model = RegionCountsModel(self)
        self.marks_model = HistoricMarksModel(self)
        self.counts_table = self._table(self.counts_model, _tr("Marks in each region, most first"))
        self.marks_table = self._table(self.marks_model, _tr("Every mark in the range, numbered as on the maps"))
        self.counts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        marks_header = self.marks_table.horizontalHeader()
        for column, mode in (
            (HistoricMarksModel.COLUMN_NUMBER, QHeaderView.ResizeMode.ResizeToContents),
            (HistoricMarksModel.COLUMN_WHEN, QHeaderView.ResizeMode.ResizeToContents),
            (HistoricMarksModel.COLUMN_MARK, QHeaderView.ResizeMode.Stretch),
            (HistoricMarksModel.COLUMN_EXPLANATION, QHeaderView.ResizeMode.Stretch),
        ):
            marks_header.setSectionResizeMode(column, mode)
        self.marks_table.setWordWrap(True)
        self.marks_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend = QLabel(_tr("Numbers run from the oldest mark (1) to the newest; newer marks are darker."), self)
        legend.setWordWrap(True)

        ranges = QGridLayout()
        ranges.addWidget(caption_from, 0, 0)
        ranges.addWidget(self.from_slider, 0, 1)
        ranges.addWidget(self.from_label, 0, 2)
        ranges.addWidget(caption_to, 1, 0)
        ranges.addWidget(self.to_slider, 1, 1)
        ranges.addWidget(self.to_label, 1, 2)
        ranges.setColumnStretch(1, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addLayout(ranges)
        left_layout.addWidget(legend)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.counts_table)
        right.addWidget(self.marks_table)
        right.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        split.setChildrenCollapsible(False)
        right.setSizes([150, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(split, 1)
        self.set_history(None)

    def _table(self, model: RegionCountsModel | HistoricMarksModel, name: str) -> QTableView:
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        table = QTableView(self)
        table.setModel(proxy)
        table.setAccessibleName(name)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order until a header is clicked
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        return table

    def set_history(self, history: BodyMapHistory | None) -> None:
        """Show a child's whole history (the sliders span every occasion with marks)."""
        self._full = history
        marks = [m for view in (history.marks.values() if history else ()) for m in view]
        self._occasions = sorted({m.occurred_at for m in marks})
        last = max(0, len(self._occasions) - 1)
        for slider, value in ((self.from_slider, 0), (self.to_slider, last)):
            slider.blockSignals(True)
            slider.setRange(0, last)
            slider.setValue(value)
            slider.setEnabled(len(self._occasions) > 1)
            slider.blockSignals(False)
        self._range_changed()

    def clear(self) -> None:
        self.set_history(None)

    def shown(self) -> BodyMapHistory | None:
        """The history in the range the sliders choose."""
        return self.canvas.history()

    def set_range(self, first: int, last: int) -> None:
        """Choose the range by occasion index (oldest 0), as the sliders do."""
        self.to_slider.setValue(last)
        self.from_slider.setValue(first)

    def occasions(self) -> list[datetime]:
        return list(self._occasions)

    def _range_changed(self, _value: int = 0) -> None:
        if self.from_slider.value() > self.to_slider.value():  # the handles never cross: the other one follows
            other = self.to_slider if self.sender() is self.from_slider else self.from_slider
            other.blockSignals(True)
            other.setValue(self.sender().value() if isinstance(self.sender(), QSlider) else other.value())
            other.blockSignals(False)
        full = self._full
        if full is None or not self._occasions:
            shown = full
            self.from_label.setText("")
            self.to_label.setText("")
        else:
            start = self._occasions[self.from_slider.value()]
            end = self._occasions[self.to_slider.value()]
            shown = history_between(full, start, end)
            self.from_label.setText(short_when(start))
            self.to_label.setText(short_when(end))
        self.canvas.set_history(shown)
        self.counts_model.set_counts(shown.region_counts if shown else {})
        self.marks_model.set_marks([m for view in (shown.marks.values() if shown else ()) for m in view])
        self.marks_table.resizeRowsToContents()
        if full is None or not full.total:
            self.summary_label.setText(_tr("No injury marks are recorded for this child."))
        else:
            repeated = [code for code, count in (shown.region_counts.items() if shown else ()) if count >= REPEATED]
            text = _tr("{shown} of {total} marks shown, from {occasions} occasions.").format(
                shown=shown.total if shown else 0,
                total=full.total,
                occasions=len(self._occasions),
            )
            if repeated:
                text += " " + _tr("Marks in the same region more than once: {regions}.").format(
                    regions=", ".join(region_text(code) for code in repeated)
                )
            self.summary_label.setText(text)
