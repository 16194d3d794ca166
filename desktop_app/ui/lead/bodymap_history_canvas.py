"""The body-map history's canvas: every mark of a child on one outline per view, in badges newer marks fill
darker, numbered by occasion; a click chooses a mark."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from desktop_app.domain import bodymap
from desktop_app.domain.lead.bodymap_history import BodyMapHistory, HistoricMark
from desktop_app.ui.bodymap.painting import draw_body_map, fitted_rect, mark_radius, point_for
from desktop_app.ui.bodymap.words import view_name
from desktop_app.ui.i18n import translate

OLDEST = QColor("#f7d9d5")  # the palest a mark is filled (the oldest in the range): never fainter than this
NEWEST = QColor("#7f1a15")  # the darkest (the newest)
EDGE = QColor("#7f1a15")  # every badge's rim, so a pale one still stands out from the skin
DARK_TEXT = QColor("#120302")  # near black: with white, one of the two reads at 4.5:1 or more on any fill
LIGHT_TEXT = QColor("#ffffff")
# Ways to arrange the six outlines: blocks side by side, each block rows of views stacked, every view of a block
# drawn at the same height. The arrangement that draws the whole body largest is used.
_LAYOUTS: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...] = (
    ((("front", "back"),), (("head-left", "head-right"), ("hands",), ("hands-back",))),
    ((("front", "back"),), (("head-left", "head-right"), ("hands", "hands-back"))),
    ((("front", "back", "head-left", "head-right"), ("hands", "hands-back")),),
    ((("front", "back", "hands"), ("head-left", "head-right", "hands-back")),),
)


def _tr(text: str) -> str:
    return translate("BodyMapHistory", text)


def tint_for(weight: float) -> QColor:
    """A mark's fill by its age weight (0.3 oldest to 1 newest): newer marks are darker. Every fill is opaque."""
    t = max(0.0, min(1.0, (weight - 0.3) / 0.7))
    return QColor(
        round(OLDEST.red() + (NEWEST.red() - OLDEST.red()) * t),
        round(OLDEST.green() + (NEWEST.green() - OLDEST.green()) * t),
        round(OLDEST.blue() + (NEWEST.blue() - OLDEST.blue()) * t),
    )


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_for(fill: QColor) -> QColor:
    """The number's colour on a fill: dark on pale marks, white on dark ones, whichever reads better."""
    return LIGHT_TEXT if contrast(fill, LIGHT_TEXT) >= contrast(fill, DARK_TEXT) else DARK_TEXT


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
    """Paints the six views with every mark of the range on them, oldest first so newer ones lie on top; the chosen
    mark is ringed and drawn last. A click on a mark emits `mark_clicked(concern id, mark index)`.

    Private state: `_history` (the range shown), `_chosen` ((concern id, mark index) of the ringed mark, or None).
    """

    mark_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: BodyMapHistory | None = None
        self._chosen: tuple[str, int] | None = None
        self.setMinimumSize(360, 220)  # with the ranges and the legend, the tab fits a 1024x768 screen
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

    def choose(self, concern_id: str, mark_index: int) -> None:
        """Ring one mark (by its concern and place in it); an empty id rings none."""
        self._chosen = (concern_id, mark_index) if concern_id else None
        self.update()

    def chosen_key(self) -> tuple[str, int] | None:
        """(concern id, mark index) of the ringed mark, whether or not it is in the range shown."""
        return self._chosen

    def chosen(self) -> HistoricMark | None:
        """The ringed mark, when it is in the range shown."""
        if self._chosen is None or self._history is None:
            return None
        return self._history.find(*self._chosen)

    def mark_at(self, point: QPointF) -> HistoricMark | None:
        """The mark drawn under a point (the newest, which lies on top), or None."""
        history = self._history
        if history is None:
            return None
        hits = []
        for view, rect in self.rects().items():
            radius = mark_radius(rect) * 1.3
            outline = fitted_rect(rect, view)
            for mark in history.marks.get(view, ()):
                centre = point_for(outline, mark.mark.x, mark.mark.y)
                if (centre.x() - point.x()) ** 2 + (centre.y() - point.y()) ** 2 <= radius**2:
                    hits.append(mark)
        return max(hits, key=lambda m: m.number) if hits else None

    def stacks(self, view: str, rect: QRectF, marks: tuple[HistoricMark, ...]) -> list[list[HistoricMark]]:
        """Marks drawn where one would hide another (closer than a badge), gathered into one badge each, oldest
        first inside it: "2,3" shows both numbers where two occasions marked the same spot."""
        outline, near = fitted_rect(rect, view), mark_radius(rect)
        groups: list[tuple[QPointF, list[HistoricMark]]] = []
        for mark in sorted(marks, key=lambda m: m.number):
            point = point_for(outline, mark.mark.x, mark.mark.y)
            for anchor, group in groups:
                if (anchor.x() - point.x()) ** 2 + (anchor.y() - point.y()) ** 2 < near**2:
                    group.append(mark)
                    break
            else:
                groups.append((point, [mark]))
        return [group for _anchor, group in groups]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.mark_clicked.emit(mark.concern_id, mark.mark_index)
            event.accept()
            return
        super().mousePressEvent(event)

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
            chosen = self.chosen()
            for view, rect in self.rects().items():
                draw_body_map(painter, rect, view, [])
                marks: tuple[HistoricMark, ...] = history.marks.get(view, ()) if history else ()
                groups = self.stacks(view, rect, marks)
                groups.sort(key=lambda g: (chosen in g, g[-1].number))  # the chosen one last, on top
                for group in groups:  # oldest first: newer marks are drawn over older ones
                    newest = group[-1]
                    fill = tint_for(newest.weight)
                    label = ",".join(str(m.number) for m in group)
                    draw_body_map(painter, rect, view, [newest.mark], layered=True, labels=[label], tint=fill,
                                  text_colour=text_for(fill), edge=EDGE,
                                  selected=0 if chosen in group else None)  # fmt: skip
                self._caption(painter, view, rect, len(marks))
        finally:
            painter.end()
