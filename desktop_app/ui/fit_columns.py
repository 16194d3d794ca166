"""Table columns that fit the table's width: a child's name is never cut, the other columns share what is left."""

from __future__ import annotations

from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_PADDING = 12  # the style's margins either side of a cell's text, with a little to spare
NAME_LINES = 2  # rows of the queue and the chronology are two lines tall


def lines_needed(metrics: QFontMetrics, text: str, width: int) -> int:
    """How many lines `text` takes when wrapped at spaces into `width` pixels (a word wider than that is cut)."""
    if not text:
        return 1
    lines, line = 1, ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width or not line:
            line = candidate
        else:
            lines, line = lines + 1, word
    return lines if all(metrics.horizontalAdvance(w) <= width for w in text.split()) else 10_000


def width_for_lines(metrics: QFontMetrics, text: str, lines: int) -> int:
    """The narrowest width (in pixels) in which `text` wraps onto at most `lines` lines without cutting a word."""
    words = text.split()
    if not words:
        return 0
    low = max(metrics.horizontalAdvance(w) for w in words)
    high = max(low, metrics.horizontalAdvance(text))
    while low < high:  # the answer lies between the widest word and the whole text on one line
        middle = (low + high) // 2
        if lines_needed(metrics, text, middle) <= lines:
            high = middle
        else:
            low = middle + 1
    return low


def name_shown_whole(view: QTableView, row: int, column: int, lines: int = NAME_LINES) -> bool:
    """Whether the name in that cell is drawn whole: it fits the column's width in the row's lines."""
    model = view.model()
    text = str(model.data(model.index(row, column)) or "")
    font = model.data(model.index(row, column), Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    usable = view.columnWidth(column) - CELL_PADDING
    shown_lines = max(1, view.rowHeight(row) // max(metrics.lineSpacing(), 1)) if view.wordWrap() else 1
    return lines_needed(metrics, text, usable) <= min(lines, shown_lines)


class FitColumns(QObject):
    """Keeps a table's columns within its width, so there is no sideways scrolling at 1024 pixels wide.

    The name column (the child's) is made wide enough for the longest name on the rows shown, within two lines,
    and is never squeezed; every other column shares the rest by its weight, and its text wraps or ends in "…".
    A column in `hide_below` is left out while the table is narrower than its width there (what it says is in
    the pane beside or below the table); a column someone else hid stays hidden.

    Private state: `_view`, `_name_column`, `_weights` (column -> share of what is left), `_minimums` (column ->
    narrowest useful width), `_fixed` (column -> width measured once, e.g. a date), `_hide_below`, `_auto_hidden`
    (the columns this object hid), `_name_lines` (lines a row gives a name: two in the queue, one in My concerns).
    """

    def __init__(
        self,
        view: QTableView,
        *,
        name_column: int,
        weights: Mapping[int, float],
        minimums: Mapping[int, int] | None = None,
        fixed: Mapping[int, int] | None = None,
        hide_below: Mapping[int, int] | None = None,
        name_lines: int = NAME_LINES,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._name_column = name_column
        self._weights = dict(weights)
        self._minimums = dict(minimums or {})
        self._fixed = dict(fixed or {})
        self._hide_below = dict(hide_below or {})
        self._auto_hidden: set[int] = set()
        self._name_lines = name_lines
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.fit)

    def name_width(self) -> int:
        """Wide enough for every name on the rows (and the column's title), each within `name_lines` lines."""
        view, column = self._view, self._name_column
        model = view.model()
        metrics = view.fontMetrics()
        bold = QFont(view.font())
        bold.setBold(True)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = QFontMetrics(bold).horizontalAdvance(title)
        for row in range(model.rowCount()):
            text = str(model.data(model.index(row, column)) or "")
            font = model.data(model.index(row, column), Qt.ItemDataRole.FontRole)
            row_metrics = QFontMetrics(font) if isinstance(font, QFont) else metrics
            widest = max(widest, width_for_lines(row_metrics, text, self._name_lines))
        return widest + CELL_PADDING

    def fit(self) -> None:
        view = self._view
        if not shiboken6.isValid(view):
            return  # the table is being destroyed
        available = view.viewport().width()
        if available <= 0:
            return
        for column, threshold in self._hide_below.items():
            narrow = available < threshold
            if narrow and not view.isColumnHidden(column):
                view.setColumnHidden(column, True)
                self._auto_hidden.add(column)
            elif not narrow and column in self._auto_hidden:
                self._auto_hidden.discard(column)
                view.setColumnHidden(column, False)
        shown = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
        name = self.name_width() if self._name_column in shown else 0
        fixed = {c: w for c, w in self._fixed.items() if c in shown}
        rest = available - name - sum(fixed.values())
        sharing = [c for c in shown if c != self._name_column and c not in fixed]
        total_weight = sum(self._weights.get(c, 1.0) for c in sharing) or 1.0
        widths = {c: int(rest * self._weights.get(c, 1.0) / total_weight) for c in sharing}
        if sharing and any(
            widths[c] < self._minimums.get(c, 0) for c in sharing
        ):  # some would go below their minimum: give those their minimum, share the rest by weight
            floor = {c: min(self._minimums.get(c, 0), max(rest // len(sharing), 24)) for c in sharing}
            spare = max(rest - sum(floor.values()), 0)
            widths = {c: floor[c] + int(spare * self._weights.get(c, 1.0) / total_weight) for c in sharing}
        header = view.horizontalHeader()
        for column, width in {**fixed, **widths, self._name_column: name}.items():
            if column in shown and header.sectionSize(column) != width:
                header.resizeSection(column, max(width, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self._view) and watched is self._view.viewport():
            self.fit()
        return False
