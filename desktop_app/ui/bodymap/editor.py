"""The body-map editor: view tabs across the top, the canvas, the side panel for the selected mark, and the
no-photographs note."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabBar, QVBoxLayout, QWidget

from desktop_app.domain import bodymap
from desktop_app.domain.records import InjuryMark
from desktop_app.ui.bodymap.canvas import BodyMapCanvas
from desktop_app.ui.bodymap.marks import BodyMapMarks
from desktop_app.ui.bodymap.panel import MarkDetailsPanel
from desktop_app.ui.bodymap.words import view_hint, view_name


class BodyMapEditor(QWidget):
    """A whole body map: every view of one occasion, with numbered marks and their details.

    Private state: `_marks` (the BodyMapMarks model the canvas and panel share). The child widgets are public
    attributes for tests and for tab-order wiring: `views` (QTabBar), `canvas`, `panel`, `status`, `note`.

    `changed` is emitted after every edit a member of staff makes (placing, moving, removing a mark, or any change
    in its details), not when set_marks() or clear() load or reset the map.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = BodyMapMarks(self)
        self._add_view_tabs()
        self._add_map()
        self.panel = MarkDetailsPanel(self._marks)
        self._lay_out()
        self._set_keys()
        self.views.currentChanged.connect(self._on_tab_chosen)
        self.canvas.view_changed.connect(self._on_view_changed)
        self.canvas.status_changed.connect(self.status.setText)
        self._marks.changed.connect(self._refresh_tab_counts)
        self._marks.reset.connect(self._refresh_tab_counts)
        self._marks.changed.connect(self.changed)
        self._on_view_changed(self.canvas.view())
        self._refresh_tab_counts()

    def _add_view_tabs(self) -> None:
        """A tab for each view of the child (front, back, head, hands), across the top."""
        self.views = QTabBar()
        self.views.setObjectName("bodyMapViews")
        self.views.setAccessibleName(self.tr("Body map view"))
        self.views.setExpanding(False)
        self.views.setDrawBase(False)
        self.views.setUsesScrollButtons(True)
        self.views.setStyleSheet(
            "QTabBar::tab { padding: 4px 4px; border: 1px solid #b8c2cc; border-bottom: 2px solid transparent;"
            " background: #f4f6f8; margin-right: 1px; }"
            " QTabBar::tab:selected { background: #ffffff; border-bottom: 2px solid #2a6fb0; color: #12395e; }"
            " QTabBar::tab:focus { border: 1px dotted #2a6fb0; border-bottom: 2px solid #2a6fb0; }"
        )
        for view in bodymap.VIEWS:
            index = self.views.addTab(view_name(view))
            self.views.setTabData(index, view)

    def _add_map(self) -> None:
        """The canvas, and around it: the keys that work on it, the view's hint, what the cross is on, and the note
        that the map is the record (no photographs)."""
        self.hint = QLabel()
        self.hint.setObjectName("bodyMapViewHint")
        self.hint.setWordWrap(True)
        self.keys = QLabel(
            self.tr("Keys: arrows move · Enter places a mark · Tab describes it · Ctrl+Page Down: next view")
        )
        self.keys.setToolTip(
            self.tr(
                "Arrows move the cross (Shift: finer), Enter places a mark there, Tab goes to the mark's details, "
                "Ctrl+Page Down and Ctrl+Page Up change the view, Delete removes the selected mark, Ctrl+Z puts it "
                "back, Ctrl+arrows move it. Alt+B comes back to the map."
            )
        )
        self.keys.setObjectName("bodyMapKeys")
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: palette(placeholder-text);")
        self.canvas = BodyMapCanvas(self._marks, bodymap.VIEWS[0])
        self.status = QLabel()
        self.status.setObjectName("bodyMapStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setMinimumHeight(self.status.fontMetrics().height())
        self.note = QLabel(self.tr("Do not photograph injuries or remove clothing: this map is the record."))
        self.note.setObjectName("bodyMapNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "QLabel#bodyMapNote { background: #fdf6e3; color: #4d3d00; border: 1px solid #e8d9a8;"
            " border-radius: 4px; padding: 6px 8px; }"
        )

    def _lay_out(self) -> None:
        """The view tabs across the map and the details; the map's column beside the details."""
        map_column = QVBoxLayout()
        map_column.setSpacing(6)
        map_column.addWidget(self.keys)
        map_column.addWidget(self.hint)
        map_column.addWidget(self.canvas, 1)
        map_column.addWidget(self.status)
        map_column.addWidget(self.note)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(map_column, 4)
        columns.addWidget(self.panel, 5)  # the outline keeps its shape, so extra width serves the details better
        layout = QVBoxLayout(self)  # the view tabs run across the map and the details: every view shows at 1024x768
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.views)
        layout.addLayout(columns, 1)

    def _set_keys(self) -> None:
        """Tab from the views to the map, then through the selected mark's details; Ctrl+Page Down/Up step views."""
        panel = self.panel
        order = [
            self.views, self.canvas, panel.type, panel.size, panel.shape, panel.colour,
            *panel.skin_buttons.values(), panel.first_aid, panel.witnessed_by, panel.explanation,
            panel.explanation_by, panel.remove_button, panel.mark_list,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):  # a mark placed, then its details: Tab
            self.setTabOrder(first, second)
        for step, keys in ((1, Qt.Modifier.CTRL | Qt.Key.Key_PageDown), (-1, Qt.Modifier.CTRL | Qt.Key.Key_PageUp)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step_view(step))

    # -- public -------------------------------------------------------------------------------------------------

    def marks(self) -> list[InjuryMark]:
        """Every mark on the map, numbered by position: marks()[0] is mark 1."""
        return self._marks.marks()

    def set_marks(self, marks: Iterable[InjuryMark]) -> None:
        """Show a map as given (e.g. a recovered draft); the first view with a mark comes up. Emits no `changed`."""
        self._marks.set_marks(marks)
        loaded = self._marks.marks()
        self.set_view(loaded[0].view if loaded else bodymap.VIEWS[0])
        self.status.clear()

    def clear(self) -> None:
        """Start a blank map on the front view. Emits no `changed`."""
        self.set_marks([])

    def marks_model(self) -> BodyMapMarks:
        return self._marks

    def view(self) -> str:
        return self.canvas.view()

    def set_view(self, view: str) -> None:
        self.canvas.set_view(view)

    # -- reacting -----------------------------------------------------------------------------------------------

    def _step_view(self, step: int) -> None:
        """Ctrl+Page Down / Up from anywhere in the map: the next view, with the keyboard on it to place a mark."""
        self.canvas.step_view(step)
        self.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_tab_chosen(self, index: int) -> None:
        view = self.views.tabData(index)
        if view:
            self.canvas.set_view(view)

    def _on_view_changed(self, view: str) -> None:
        index = bodymap.VIEWS.index(view)
        if self.views.currentIndex() != index:
            was_blocked = self.views.blockSignals(True)
            self.views.setCurrentIndex(index)
            self.views.blockSignals(was_blocked)
        self.hint.setText(view_hint(view))

    def _tab_labels(self, short: bool) -> list[str]:
        labels = []
        for view in bodymap.VIEWS:
            count = len(self._marks.on_view(view))
            name = view_name(view, short=short)
            labels.append(name if count == 0 else self.tr("{view} ({count})").format(view=name, count=count))
        return labels

    def _fitting_labels(self) -> list[str]:
        """Full tab labels when they fit the editor's width, short ones ('Head L') when they would not."""
        labels = self._tab_labels(short=False)
        metrics = self.views.fontMetrics()
        needed = sum(metrics.horizontalAdvance(text) + 3 * metrics.averageCharWidth() for text in labels)
        return labels if needed <= self.width() else self._tab_labels(short=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh_tab_counts()

    def _refresh_tab_counts(self) -> None:
        for index, (view, text) in enumerate(zip(bodymap.VIEWS, self._fitting_labels(), strict=True)):
            count = len(self._marks.on_view(view))
            if self.views.tabText(index) != text:
                self.views.setTabText(index, text)
            self.views.setTabToolTip(
                index,
                self.tr("{view}: no marks").format(view=view_name(view))
                if count == 0
                else self.tr("{view}: 1 mark").format(view=view_name(view))
                if count == 1
                else self.tr("{view}: {count} marks").format(view=view_name(view), count=count),
            )
