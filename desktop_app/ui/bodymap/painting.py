"""Drawing a body map with QPainter: one look for the editor, the lead's history and PDF previews."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF

from desktop_app.domain import bodymap
from desktop_app.domain.records import InjuryMark
from desktop_app.ui.bodymap.words import side_labels

# Fixed colours (never the desktop palette) so that every map of every child looks the same on screen and on paper.
SKIN = QColor("#f4ede4")
HIGHLIGHT = QColor("#dbe7f7")
OUTLINE = QColor("#3a3a3a")
BOUNDARY = QColor("#c9bcad")
LABEL = QColor("#5b5b5b")
MARK = QColor("#b3261e")
MARK_TEXT = QColor("#ffffff")
SELECTED = QColor("#1d5bbf")

# Sizes as fractions of the shorter side of the rectangle given to draw_body_map, so that the same rectangle gives
# the same line widths and marks whichever view is drawn in it.
_OUTLINE_WIDTH = 0.0045
_BOUNDARY_WIDTH = 0.002
_MARK_RADIUS = 0.022
_LABEL_SIZE = 0.027


def fitted_rect(rect: QRectF, view: str) -> QRectF:
    """The largest rectangle of the view's aspect ratio centred in `rect`: the outline is drawn exactly inside it."""
    aspect = bodymap.VIEW_ASPECT[view]
    width, height = rect.width(), rect.height()
    if height <= 0 or width <= 0:
        return QRectF(rect.center(), rect.center())
    if width / height > aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QRectF(
        rect.center().x() - width / 2,
        rect.center().y() - height / 2,
        width,
        height,
    )


def point_for(outline: QRectF, x: float, y: float) -> QPointF:
    """The point of a fractional position (0..1, y down) on an outline drawn in `outline` (see fitted_rect)."""
    return QPointF(outline.left() + x * outline.width(), outline.top() + y * outline.height())


def fraction_for(outline: QRectF, point: QPointF) -> tuple[float, float]:
    """The fractional position (not clamped) of a point on an outline drawn in `outline`."""
    if outline.width() <= 0 or outline.height() <= 0:
        return 0.5, 0.5
    return (point.x() - outline.left()) / outline.width(), (point.y() - outline.top()) / outline.height()


def mark_radius(rect: QRectF) -> float:
    """The radius of a numbered mark drawn in `rect` (the rectangle given to draw_body_map)."""
    return max(7.0, _MARK_RADIUS * min(rect.width(), rect.height()))


@cache
def _unit_polygons(view: str) -> tuple[tuple[str, QPolygonF], ...]:
    return tuple(
        (region.code, QPolygonF([QPointF(x, y) for x, y in region.polygon])) for region in bodymap.regions_for(view)
    )


def _polygon(outline: QRectF, unit: QPolygonF) -> QPolygonF:
    return QPolygonF([point_for(outline, p.x(), p.y()) for p in unit])


def draw_body_map(
    painter: QPainter,
    rect: QRectF,
    view: str,
    marks: Sequence[InjuryMark],
    *,
    layered: bool = False,
    highlight: str | None = None,
    selected: int | None = None,
    labels: Sequence[str] | None = None,
    tint: QColor | None = None,
    text_colour: QColor | None = None,
    edge: QColor | None = None,
) -> QRectF:
    """Draw one view of a body map into `rect` and return the rectangle the outline occupies.

    `marks` is the whole map (every view): the marks of `view` are drawn as filled circles numbered by their
    position in `marks` (1, 2, ...), so the numbers agree across views, lists and printouts. `labels`, when given,
    replaces those numbers (one label per item of `marks`). `highlight` tints one region (by code); `selected` rings
    the mark at that position. With `layered=True` only the marks are drawn, over whatever is already painted:
    call it once without marks to draw the outline, then once per map (with a `tint` each) to lay several maps
    over one outline; `text_colour` and `edge` (a badge's number and rim, white by default) keep a pale tint
    legible. The painter's state is restored on return.
    """
    outline = fitted_rect(rect, view)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        scale = min(rect.width(), rect.height())
        if not layered:
            _draw_outline(painter, outline, view, scale, highlight)
        _draw_marks(painter, rect, outline, view, marks, selected, labels, tint, text_colour, edge)
    finally:
        painter.restore()
    return outline


def _draw_outline(painter: QPainter, outline: QRectF, view: str, scale: float, highlight: str | None) -> None:
    polygons = [(code, _polygon(outline, unit)) for code, unit in _unit_polygons(view)]
    # First pass: every region with a wide dark pen. The second pass fills the regions again, covering the inner
    # half of that pen, so only the outer silhouette stays dark and the boundaries between regions are faint.
    outline_pen = QPen(OUTLINE, max(1.5, 2 * _OUTLINE_WIDTH * scale))
    outline_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(outline_pen)
    painter.setBrush(QBrush(SKIN))
    for _code, polygon in polygons:
        painter.drawPolygon(polygon)
    boundary_pen = QPen(BOUNDARY, max(0.7, _BOUNDARY_WIDTH * scale))
    boundary_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(boundary_pen)
    for code, polygon in polygons:
        painter.setBrush(QBrush(HIGHLIGHT if code == highlight else SKIN))
        painter.drawPolygon(polygon)
    font = QFont(painter.font())
    font.setPixelSize(max(9, round(_LABEL_SIZE * scale)))
    painter.setFont(font)
    painter.setPen(LABEL)
    metrics_height = painter.fontMetrics().height()
    for text, fx, fy, anchor in side_labels(view):
        anchor_point = point_for(outline, fx, fy)
        width = painter.fontMetrics().horizontalAdvance(text) + 2
        left = {"start": 0.0, "middle": -width / 2, "end": -width}[anchor]
        box = QRectF(anchor_point.x() + left, anchor_point.y() - metrics_height, width, metrics_height * 1.2)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _draw_marks(
    painter: QPainter,
    rect: QRectF,
    outline: QRectF,
    view: str,
    marks: Sequence[InjuryMark],
    selected: int | None,
    labels: Sequence[str] | None,
    tint: QColor | None,
    text_colour: QColor | None = None,
    edge: QColor | None = None,
) -> None:
    radius = mark_radius(rect)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, round(radius * 1.15)))
    painter.setFont(font)
    fill = tint or MARK
    for index, mark in enumerate(marks):
        if mark.view != view:
            continue
        centre = point_for(outline, mark.x, mark.y)
        label = labels[index] if labels is not None else str(index + 1)
        # A label longer than two characters needs a wider badge; keep the circle for the usual 1..99.
        text_width = painter.fontMetrics().horizontalAdvance(label)
        half_width = max(radius, text_width / 2 + radius * 0.45)
        badge = QRectF(centre.x() - half_width, centre.y() - radius, 2 * half_width, 2 * radius)
        if index == selected:
            ring = QPen(SELECTED, max(2.0, radius * 0.3))
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            gap = radius * 0.45
            painter.drawRoundedRect(badge.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap)
        painter.setPen(QPen(edge or QColor("#ffffff"), max(1.0, radius * (0.2 if edge else 0.15))))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(badge, radius, radius)
        painter.setPen(text_colour or MARK_TEXT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
