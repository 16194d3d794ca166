"""The body-map history: every mark of a child layered on one outline per view, newer marks darker, in a range;
choosing a mark's row rings it on the map and shows its concern."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.lead.bodymap_history import BodyMapHistory, HistoricMark, history_between
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history_canvas import HistoryCanvas
from desktop_app.ui.lead.bodymap_history_model import (
    REPEATED,
    HistoricMarksModel,
    RegionCountsModel,
    SortProxy,
    region_text,
)
from desktop_app.ui.lead.common import short_when


def _tr(text: str) -> str:
    return translate("BodyMapHistory", text)


class BodyMapHistoryView(QWidget):
    """The maps, a time range chosen with two sliders (from and to, over the occasions marks were recorded), the
    region counts (repeated regions in red), the list of marks and the chosen mark's concern.

    Choosing a mark (its row, or the mark on a map) rings it on the map and shows its concern in full below the list
    (`describe` gives the concern's text); Enter or a double-click on the row, or "Open in chronology", emits
    `open_requested(concern id)`. Numbers are the marks' places in the whole history: moving the sliders never
    changes them.

    Private state: `_full` (the whole history), `_occasions` (distinct times, oldest first), `describe`, widgets.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full: BodyMapHistory | None = None
        self._occasions: list[datetime] = []
        self.describe: Callable[[str], str] | None = None
        self.canvas = HistoryCanvas(self)
        captions = self._add_range_sliders()
        self._add_tables()
        self.canvas.mark_clicked.connect(self.choose)
        legend = self._add_concern_reader()
        self._lay_out(captions, legend)
        self.set_history(None)

    def _add_range_sliders(self) -> tuple[QLabel, QLabel]:
        """The from and to sliders over the occasions, with the dates they stand at and the summary above the maps;
        returns their captions."""
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
        caption_from = QLabel(_tr("Fro&m:"), self)
        caption_from.setBuddy(self.from_slider)
        caption_to = QLabel(_tr("T&o:"), self)
        caption_to.setBuddy(self.to_slider)
        return caption_from, caption_to

    def _add_tables(self) -> None:
        """The region counts and the list of marks, each sortable; choosing a mark's row rings it, Enter opens it."""
        self.counts_model = RegionCountsModel(self)
        self.marks_model = HistoricMarksModel(self)
        self.counts_table = self._table(self.counts_model, _tr("Marks in each region, most first"))
        self.marks_table = self._table(self.marks_model, _tr("Every mark in the range, numbered as on the maps"))
        self.counts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_marks_columns()
        self.marks_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.marks_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.marks_table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.marks_table.activated.connect(self._row_opened)  # Enter (and a double-click where the style says so)
        self.marks_table.doubleClicked.connect(self._row_opened)

    def _fit_marks_columns(self) -> None:
        """The mark and its explanation share the width; a row grows to its wrapped words."""
        marks_header = self.marks_table.horizontalHeader()
        for column, mode in (
            (HistoricMarksModel.COLUMN_NUMBER, QHeaderView.ResizeMode.ResizeToContents),
            (HistoricMarksModel.COLUMN_WHEN, QHeaderView.ResizeMode.Interactive),
            (HistoricMarksModel.COLUMN_MARK, QHeaderView.ResizeMode.Stretch),
            (HistoricMarksModel.COLUMN_EXPLANATION, QHeaderView.ResizeMode.Stretch),
        ):
            marks_header.setSectionResizeMode(column, mode)
        # A date's width: "(added later, ...)" wraps under it rather than squeezing the mark and its explanation.
        marks_header.resizeSection(
            HistoricMarksModel.COLUMN_WHEN, self.fontMetrics().horizontalAdvance("00 Sep 0000") + 16
        )
        self.marks_table.setWordWrap(True)
        marks_header.sectionResized.connect(lambda *_: self.marks_table.resizeRowsToContents())

    def _add_concern_reader(self) -> QLabel:
        """The chosen mark's concern and the button opening it in the chronology; returns the maps' legend."""
        self.concern_browser = QTextBrowser(self)
        self.concern_browser.setAccessibleName(_tr("The chosen mark's concern"))
        self.concern_browser.setPlaceholderText(_tr("Choose a mark to read its concern."))
        self.open_button = QPushButton(_tr("O&pen in chronology"), self)
        self.open_button.setAccessibleName(_tr("Open the chosen mark's concern in the chronology"))
        self.open_button.clicked.connect(self._open_clicked)
        legend = QLabel(
            _tr("Numbers run from the child's oldest mark (1) to the newest and stay the same whatever range is "
                "shown; older marks are paler, with a dark rim. Choose a mark to ring it and read its concern."),
            self,
        )  # fmt: skip
        legend.setWordWrap(True)
        return legend

    def _lay_out(self, captions: tuple[QLabel, QLabel], legend: QLabel) -> None:
        """The maps with the sliders and legend on the left; counts, marks and the concern stacked on the right."""
        caption_from, caption_to = captions
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
        concern = QWidget(self)
        concern_layout = QVBoxLayout(concern)
        concern_layout.setContentsMargins(0, 0, 0, 0)
        concern_layout.addWidget(self.concern_browser, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        concern_layout.addLayout(buttons)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.counts_table)
        right.addWidget(self.marks_table)
        right.addWidget(concern)
        right.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        split.setChildrenCollapsible(False)
        right.setSizes([110, 230, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(split, 1)

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

    def chosen(self) -> HistoricMark | None:
        """The mark chosen (ringed on the map), when it is in the range shown."""
        return self.canvas.chosen()

    def choose(self, concern_id: str, mark_index: int) -> bool:
        """Choose a mark: ring it, select its row, show its concern. False when it is not in the range shown."""
        row = self.marks_model.row_of(concern_id, mark_index)
        if row < 0:
            return False
        proxy = self.marks_table.model()
        index = proxy.mapFromSource(self.marks_model.index(row, 0))  # type: ignore[attr-defined]
        self.marks_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.marks_table.scrollTo(index)
        self._show_chosen(concern_id, mark_index)
        return True

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mark = current.data(HistoricMarksModel.MarkRole) if current.isValid() else None
        if mark is None:
            self._show_chosen("", 0)
        else:
            self._show_chosen(mark.concern_id, mark.mark_index)

    def _show_chosen(self, concern_id: str, mark_index: int) -> None:
        self.canvas.choose(concern_id, mark_index)
        self.open_button.setEnabled(bool(concern_id))
        if concern_id and self.describe is not None:
            absence = self._full.absence.get(concern_id, "") if self._full is not None else ""
            around = f"<p><i>{html.escape(absence)}</i></p>" if absence else ""  # the school days around it
            self.concern_browser.setHtml(self.describe(concern_id) + around)
        else:
            self.concern_browser.clear()

    def _row_opened(self, index: QModelIndex) -> None:
        mark = index.data(HistoricMarksModel.MarkRole) if index.isValid() else None
        if mark is not None:
            self.open_requested.emit(mark.concern_id)

    def _open_clicked(self) -> None:
        mark = self.chosen()
        if mark is not None:
            self.open_requested.emit(mark.concern_id)

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
        kept = self.canvas.chosen_key()
        self.canvas.set_history(shown)
        self.counts_model.set_counts(shown.region_counts if shown else {})
        self.marks_model.set_marks([m for view in (shown.marks.values() if shown else ()) for m in view])
        self.marks_table.resizeRowsToContents()
        if not (kept and self.choose(*kept)):  # the chosen mark stays chosen while it is in the range
            self._show_chosen("", 0)
        if full is None or not full.total:
            self.summary_label.setText(_tr("No injury marks are recorded for this child."))
        else:
            repeated = [code for code, count in (shown.region_counts.items() if shown else ()) if count >= REPEATED]
            words = (
                _tr("{shown} of {total} marks shown, from 1 occasion.")
                if len(self._occasions) == 1
                else _tr("{shown} of {total} marks shown, from {occasions} occasions.")
            )
            text = words.format(shown=shown.total if shown else 0, total=full.total, occasions=len(self._occasions))
            if repeated:
                text += " " + _tr("Marks in the same region more than once: {regions}.").format(
                    regions=", ".join(region_text(code) for code in repeated)
                )
            self.summary_label.setText(text)
