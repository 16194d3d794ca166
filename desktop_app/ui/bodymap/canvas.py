"""The body-map canvas: one view of the outline on which staff place, move, select and remove numbered marks."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from desktop_app.domain import bodymap
from desktop_app.ui.bodymap import painting
from desktop_app.ui.bodymap.marks import BodyMapMarks
from desktop_app.ui.bodymap.words import marks_summary, region_words, view_name, view_words

_MARGIN = 10.0
_STEP = 0.02  # keyboard cursor step, in outline heights
_FINE_STEP = 0.005  # with Shift held
_BACKGROUND = QColor("#ffffff")
_FRAME = QColor("#d5d9de")


class BodyMapCanvas(QWidget):
    """One view of a body map. Click places a mark, drag moves it, Delete removes the selected one; from the
    keyboard, arrows move a cursor, Enter or Space places a mark there, Tab goes from mark to mark (and on from the
    last, keeping it selected, so the mark just placed is the one described next), Page Down and Page Up change the
    view, Ctrl+arrows move the selected mark and Ctrl+Z puts back the last mark removed.

    Private state: `_marks` (the BodyMapMarks model, shared with the editor), `_view`, `_hover` (region code under
    the mouse or None), `_cursors` (the keyboard cursor's fractional position, per view), `_drag` (position of the
    mark being dragged or -1), `_press` (where the drag began) and `_dragged` (whether it has moved yet).

    `status_changed(str)` gives a short sentence for a status line: the region under the mouse or cursor, or what
    just happened. `view_changed(str)` follows the view, also when selecting a mark elsewhere brings its view up.
    """

    status_changed = Signal(str)
    view_changed = Signal(str)

    def __init__(self, marks: BodyMapMarks | None = None, view: str = "front", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if view not in bodymap.VIEWS:
            raise ValueError(f"unknown body-map view {view!r}")
        self._marks = marks if marks is not None else BodyMapMarks(self)
        self._view = view
        self._hover: str | None = None
        self._cursors: dict[str, tuple[float, float]] = {}
        self._drag = -1
        self._press = QPointF()
        self._dragged = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._marks.changed.connect(self._on_marks_changed)
        self._marks.reset.connect(self._on_marks_changed)
        self._marks.selection_changed.connect(self._on_selection_changed)
        self._refresh_accessible()

    # -- public -------------------------------------------------------------------------------------------------

    def marks_model(self) -> BodyMapMarks:
        return self._marks

    def view(self) -> str:
        return self._view

    def set_view(self, view: str) -> None:
        if view not in bodymap.VIEWS:
            raise ValueError(f"unknown body-map view {view!r}")
        if view == self._view:
            return
        self._view = view
        self._hover = None
        self._drag = -1
        selected = self._marks.selected
        if selected >= 0 and self._marks.mark(selected).view != view:
            self._marks.select(-1)
        self._refresh_accessible()
        self.update()
        self.view_changed.emit(view)

    def outline_rect(self) -> QRectF:
        """Where the outline is drawn in this widget, in widget pixels."""
        return painting.fitted_rect(self._drawing_rect(), self._view)

    def point_for(self, x: float, y: float) -> QPointF:
        """The widget pixel of a fractional position on this view's outline."""
        return painting.point_for(self.outline_rect(), x, y)

    def fraction_at(self, pos: QPointF) -> tuple[float, float]:
        """The fractional position on the outline of a widget pixel (not clamped to 0..1)."""
        return painting.fraction_for(self.outline_rect(), pos)

    def mark_at(self, pos: QPointF) -> int:
        """The position of the mark drawn under a widget pixel (the latest placed wins), or -1."""
        reach = painting.mark_radius(self._drawing_rect()) + 3
        for index in reversed(self._marks.on_view(self._view)):
            mark = self._marks.mark(index)
            centre = self.point_for(mark.x, mark.y)
            if (centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2 <= reach**2:
                return index
        return -1

    def cursor_position(self) -> tuple[float, float]:
        """The keyboard cursor, as a fractional position on this view's outline."""
        if self._view not in self._cursors:
            self._cursors[self._view] = _starting_point(self._view)
        return self._cursors[self._view]

    def set_cursor_position(self, x: float, y: float) -> None:
        self._cursors[self._view] = (min(1.0, max(0.0, x)), min(1.0, max(0.0, y)))
        region = bodymap.region_at(self._view, *self._cursors[self._view])
        self._say(
            self.tr("Cursor on {region}.").format(region=region_words(region))
            if region
            else self.tr("Cursor is off the outline.")
        )
        self._refresh_accessible()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 260)

    # -- painting -----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        focused = self.hasFocus()
        painter.setPen(QPen(painting.SELECTED if focused else _FRAME, 2.0 if focused else 1.0))
        painter.setBrush(_BACKGROUND)
        painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        selected = self._marks.selected
        painting.draw_body_map(
            painter,
            self._drawing_rect(),
            self._view,
            self._marks.marks(),
            highlight=self._hover,
            selected=selected if selected >= 0 else None,
        )
        if focused:
            self._draw_cursor(painter)
        painter.end()

    def _draw_cursor(self, painter: QPainter) -> None:
        centre = self.point_for(*self.cursor_position())
        radius = painting.mark_radius(self._drawing_rect())
        painter.setPen(QPen(painting.SELECTED, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius * 0.9, radius * 0.9)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(
                QPointF(centre.x() + dx * radius * 0.4, centre.y() + dy * radius * 0.4),
                QPointF(centre.x() + dx * radius * 1.6, centre.y() + dy * radius * 1.6),
            )

    def _drawing_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)

    # -- mouse --------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        index = self.mark_at(pos)
        if index >= 0:
            self._marks.select(index)
            self._say(self._describe(index))
        else:
            placed = self._marks.add(self._view, *self.fraction_at(pos))
            if placed is None:
                self._say(self._why_not_placed())
                event.accept()
                return
            index = placed
            self._say(self.tr("Mark {number} placed on {region}.").format(number=index + 1, region=self._region(index)))
        self._drag, self._press, self._dragged = index, pos, False
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag >= 0:
            if not self._dragged and (pos - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragged = True
            self._marks.move(self._drag, *self.fraction_at(pos))
            event.accept()
            return
        x, y = self.fraction_at(pos)
        self._set_hover(bodymap.region_at(self._view, x, y), event.globalPosition().toPoint())
        self.setCursor(
            Qt.CursorShape.OpenHandCursor
            if self.mark_at(pos) >= 0
            else Qt.CursorShape.CrossCursor
            if self._hover
            else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._drag < 0:
            super().mouseReleaseEvent(event)
            return
        index, moved = self._drag, self._dragged
        self._drag, self._dragged = -1, False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if moved:
            self._say(self.tr("Mark {number} moved to {region}.").format(number=index + 1, region=self._region(index)))
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None, None)
        super().leaveEvent(event)

    def _set_hover(self, region: str | None, global_pos: QPoint | None) -> None:
        if region == self._hover:
            return
        self._hover = region
        if region is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(global_pos or self.mapToGlobal(self.rect().center()), region_words(region), self)
            self._say(self.tr("Pointer on {region}.").format(region=region_words(region)))
        self.update()

    # -- keyboard -----------------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab go from mark to mark on this view, then on out of the canvas as usual.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                if self._step_selection(forward):
                    event.accept()
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows:
            step = _FINE_STEP if mods & Qt.KeyboardModifier.ShiftModifier else _STEP
            dx, dy = arrows[key]
            dx_fraction = dx * step / bodymap.VIEW_ASPECT[self._view]
            if mods & Qt.KeyboardModifier.ControlModifier and self._selected_here() >= 0:
                self._nudge_selected(dx_fraction, dy * step)
            else:
                x, y = self.cursor_position()
                self.set_cursor_position(x + dx_fraction, y + dy * step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._place_at_cursor()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and not mods & Qt.KeyboardModifier.ControlModifier:
            self.step_view(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._remove_selected()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self._undo_remove()
        elif key == Qt.Key.Key_Escape and self._marks.selected >= 0:
            self._marks.select(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_view(self, step: int) -> None:
        """Show the next (or previous) view, round the end, and say which."""
        views = bodymap.VIEWS
        self.set_view(views[(views.index(self._view) + step) % len(views)])
        self._say(
            self.tr("Now showing: {view}. Arrows move the cross, Enter places a mark.").format(
                view=view_name(self._view)
            )
        )

    def _place_at_cursor(self) -> None:
        placed = self._marks.add(self._view, *self.cursor_position())
        if placed is None:
            self._say(self._why_not_placed())
        else:
            self._say(
                self.tr("Mark {number} placed on {region}.").format(number=placed + 1, region=self._region(placed))
            )

    def _remove_selected(self) -> None:
        index = self._selected_here()
        if index < 0:
            self._say(self.tr("Select a mark first (Tab goes from mark to mark)."))
            return
        self._marks.remove(index)
        self._say(self.tr("Mark {number} removed. Press Ctrl+Z to put it back.").format(number=index + 1))

    def _undo_remove(self) -> None:
        index = self._marks.undo_remove()
        if index is not None:
            mark = self._marks.mark(index)
            self.set_view(mark.view)
            self._say(
                self.tr("Mark {number} put back on {region}.").format(number=index + 1, region=self._region(index))
            )

    def _nudge_selected(self, dx: float, dy: float) -> None:
        index = self._selected_here()
        mark = self._marks.mark(index)
        if self._marks.move(index, mark.x + dx, mark.y + dy):
            moved = self._marks.mark(index)
            self._cursors[self._view] = (moved.x, moved.y)
            self._say(self.tr("Mark {number} moved to {region}.").format(number=index + 1, region=self._region(index)))
        else:
            self._say(self.tr("A mark cannot go off the outline."))

    def _step_selection(self, forward: bool) -> bool:
        """Select the next (or previous) mark on this view; False when there is none, so focus moves on."""
        here = self._marks.on_view(self._view)
        current = self._marks.selected
        start = here.index(current) if current in here else (-1 if forward else len(here))
        position = start + (1 if forward else -1)
        if not 0 <= position < len(here):
            return False  # on out of the map; the selected mark stays selected (Tab goes on to its details)
        index = here[position]
        self._marks.select(index)
        mark = self._marks.mark(index)
        self._cursors[self._view] = (mark.x, mark.y)
        self._say(self._describe(index))
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- reacting to the model ----------------------------------------------------------------------------------

    def _on_marks_changed(self) -> None:
        if self._drag >= len(self._marks):
            self._drag = -1
        self._refresh_accessible()
        self.update()

    def _on_selection_changed(self, index: int) -> None:
        if index >= 0 and self._marks.mark(index).view != self._view:
            # Selected elsewhere (e.g. from the list of marks): follow it to its view.
            self.set_view(self._marks.mark(index).view)
        self.update()

    # -- words --------------------------------------------------------------------------------------------------

    def _selected_here(self) -> int:
        index = self._marks.selected
        return index if index >= 0 and self._marks.mark(index).view == self._view else -1

    def _region(self, index: int) -> str:
        return region_words(self._marks.mark(index).region)

    def _describe(self, index: int) -> str:
        return self.tr("Mark {number} selected, on {region}. Delete removes it; Ctrl+arrows move it.").format(
            number=index + 1, region=self._region(index)
        )

    def _why_not_placed(self) -> str:
        if self._marks.is_full():
            return self.tr("This map already holds {count} marks, the most one concern can carry.").format(
                count=len(self._marks)
            )
        return self.tr("Place marks on the outline itself.")

    def _say(self, text: str) -> None:
        self.status_changed.emit(text)

    def _refresh_accessible(self) -> None:
        x, y = self.cursor_position()
        region = bodymap.region_at(self._view, x, y)
        where = region_words(region) if region else self.tr("off the outline")
        self.setAccessibleName(
            self.tr("Body map, {view}: {marks}").format(
                view=view_words(self._view), marks=marks_summary(self._marks.marks(), self._view)
            )
        )
        self.setAccessibleDescription(
            self.tr(
                "Cursor on {where}. Arrow keys move the cursor, Enter places a mark, Tab goes from mark to mark and on "
                "to the selected mark's details, Page Down and Page Up change the view, Delete removes the selected "
                "mark, Ctrl+arrows move it."
            ).format(where=where)
        )


# The region the keyboard cursor starts in, where a view's first region is not where marks are most often placed:
# on the back view the first (and largest) is the back of the head; the back of the body is nearer most marks.
_START_REGION = {"back": "upper-back-left"}


@cache
def _starting_point(view: str) -> tuple[float, float]:
    """Where the keyboard cursor starts on a view: the point of its first region (`_START_REGION` where that is not
    the one) furthest from that region's edge."""
    regions = bodymap.regions_for(view)
    region = next((r for r in regions if r.code == _START_REGION.get(view)), regions[0])
    aspect = bodymap.VIEW_ASPECT[view]
    xs = [p[0] for p in region.polygon]
    ys = [p[1] for p in region.polygon]
    edges = list(zip(region.polygon, region.polygon[1:] + region.polygon[:1], strict=True))
    best, best_clearance = (0.5, 0.5), -1.0
    for i in range(1, 24):
        for j in range(1, 24):
            x = min(xs) + (max(xs) - min(xs)) * i / 24
            y = min(ys) + (max(ys) - min(ys)) * j / 24
            if bodymap.region_at(view, x, y, tolerance=0.0) != region.code:
                continue
            clearance = min(
                _segment_distance((x * aspect, y), (a[0] * aspect, a[1]), (b[0] * aspect, b[1])) for a, b in edges
            )
            if clearance > best_clearance:
                best, best_clearance = (x, y), clearance
    return best


def _segment_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
