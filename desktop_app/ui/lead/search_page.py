"""The Search page: a lead looks for words across every record, narrowed by category, author, red flag and dates;
a row opens the child's file at that record. Each child a search shows is written to their file's audit."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.domain.red_flags import FlagCode
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.patterns import PatternsFound, patterns_across_children
from desktop_app.services.search import SearchResults, filters_for, search_records
from desktop_app.services.session import Session
from desktop_app.ui.forms.ui_lead_search import Ui_LeadSearchPage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history_model import SortProxy
from desktop_app.ui.lead.common import error_words, short_when
from desktop_app.ui.lead.patterns_dialog import PatternsDialog
from desktop_app.ui.lead.queue_page import OpenFile
from desktop_app.ui.lead.workspace import LeadWorkspaceController, QueueView
from desktop_app.ui.table_base import RowsModel


def _tr(text: str) -> str:
    return translate("SearchPage", text)


def _flag_words() -> dict[str, str]:
    return {
        FlagCode.SENTINEL_INJURY: _tr("Sentinel injury"),
        FlagCode.NOT_MOBILE_INJURY: _tr("Injury, not independently mobile"),
        FlagCode.TEN4_FACESP: _tr("TEN-4-FACESp bruising"),
        FlagCode.PATTERNED: _tr("Patterned mark"),
        FlagCode.RECURRING_INJURY: _tr("Recurring injuries"),
        FlagCode.NO_EXPLANATION: _tr("No explanation"),
        FlagCode.CHANGING_EXPLANATION: _tr("Changing explanation"),
        FlagCode.ADULT_EXPLANATION: _tr("Explained only by an adult"),
        FlagCode.CLUSTER: _tr("Cluster of concerns"),
        FlagCode.INJURY_WITH_NEGLECT: _tr("Injury alongside neglect"),
        FlagCode.HOUSEHOLD: _tr("Across the household"),
        FlagCode.ABSENCE_AFTER_INJURY: _tr("Absence after injuries"),
        FlagCode.ABSENCE_AROUND_WEEKENDS: _tr("Absence around weekends"),
    }


class SearchResultRow:
    """One match as the table shows it: the search's hit with the child's name and UPN and the author's name."""

    __slots__ = ("author", "child", "hit", "upn")

    def __init__(self, hit: Any, child: str, upn: str, author: str) -> None:
        self.hit, self.child, self.upn, self.author = hit, child, upn, author


class SearchResultsModel(RowsModel[SearchResultRow]):
    """The newest matches: when it happened, the child (name and UPN, never cut), what the record is, who wrote it,
    and its words around the match."""

    COLUMN_WHEN, COLUMN_CHILD, COLUMN_WHAT, COLUMN_BY, COLUMN_WORDS = range(5)

    def headers(self) -> list[str]:
        return [_tr("When"), _tr("Child"), _tr("Record"), _tr("By"), _tr("Words")]

    def text(self, row: SearchResultRow, column: int) -> str:
        return {
            self.COLUMN_WHEN: short_when(row.hit.when),
            self.COLUMN_CHILD: f"{row.child} ({row.upn})" if row.upn else row.child,
            self.COLUMN_WHAT: row.hit.what,
            self.COLUMN_BY: row.author,
            self.COLUMN_WORDS: row.hit.snippet,
        }.get(column, "")

    def sort_key(self, row: SearchResultRow, column: int) -> Any:
        return row.hit.when.timestamp() if column == self.COLUMN_WHEN else super().sort_key(row, column)


def results_rows(found: SearchResults) -> list[SearchResultRow]:
    rows = []
    for hit in found.hits:
        pupil = found.pupils.get(hit.pupil_id)
        rows.append(SearchResultRow(hit, pupil.full_name if pupil else _tr("unknown child"), pupil.upn if pupil else "",
                                    found.authors.get(hit.author_id, _tr("unknown account"))))  # fmt: skip
    return rows


class SearchPage(QWidget):
    """Words and filters in; the newest 50 matches out, as a job on the lead's workspace (the index is made at the
    first search and kept beside the fold). Enter or a double click on a row opens the child's file there.

    Private state: `_controller`, `_open_file`."""

    def __init__(self, controller: LeadWorkspaceController, open_file: OpenFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadSearchPage()
        self.ui.setupUi(self)
        self._controller = controller
        self._open_file = open_file
        self.patterns_dialog: PatternsDialog | None = None
        self.model = SearchResultsModel(self)
        proxy = SortProxy(self)
        proxy.setSourceModel(self.model)
        table = self.ui.resultsTable
        table.setModel(proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        for column in range(SearchResultsModel.COLUMN_WORDS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchResultsModel.COLUMN_WORDS, QHeaderView.ResizeMode.Stretch)
        self.ui.queryEdit.returnPressed.connect(self.search)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.patternsButton.clicked.connect(self.show_patterns)
        self.ui.datesCheck.toggled.connect(self._dates_toggled)
        table.activated.connect(self._open_row)
        today = QDate.currentDate()
        self.ui.untilEdit.setDate(today)
        self.ui.sinceEdit.setDate(today.addMonths(-12))
        self.ui.flagCombo.addItem(_tr("Any or no red flag"), None)
        self.ui.flagCombo.addItem(_tr("Children with a red flag"), "any")
        for code, words in _flag_words().items():
            self.ui.flagCombo.addItem(words, str(code))
        controller.view_changed.connect(self._view_changed)
        controller.cleared.connect(self.clear)
        self.setFocusProxy(self.ui.queryEdit)

    def _dates_toggled(self, on: bool) -> None:
        self.ui.sinceEdit.setEnabled(on)
        self.ui.untilEdit.setEnabled(on)

    def _view_changed(self, view: QueueView) -> None:
        """Keep the category and author lists as the school has them (what was chosen stays chosen)."""
        self._fill(self.ui.categoryCombo, _tr("Any category"), [(c.name, c.code) for c in view.categories])
        self._fill(self.ui.authorCombo, _tr("Anyone"), sorted((s.full_name, s.username) for s in view.staff))

    @staticmethod
    def _fill(combo: Any, anything: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for words, value in choices:
            combo.addItem(words, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def clear(self) -> None:
        """On lock: no words searched for, no result stays on the page."""
        self.ui.queryEdit.clear()
        self.model.clear()
        self.ui.resultLabel.clear()
        for combo in (self.ui.categoryCombo, self.ui.authorCombo):
            combo.clear()

    def search(self) -> None:
        query = self.ui.queryEdit.text()
        since = until = None
        if self.ui.datesCheck.isChecked():
            since, until = _day(self.ui.sinceEdit.date()), _day(self.ui.untilEdit.date())
        category, author, flag = (self.ui.categoryCombo.currentData(), self.ui.authorCombo.currentData(),
                                  self.ui.flagCombo.currentData())  # fmt: skip

        def work(session: Session, workspace: LeadWorkspace) -> SearchResults:
            filters = filters_for(workspace, category=category, since=since, until=until, author=author, flag=flag)
            return search_records(session, workspace, query, filters)

        def busy(running: bool) -> None:
            self.ui.searchButton.setEnabled(not running)
            if running:
                self.ui.resultLabel.setText(_tr("Looking through every record…"))

        self._controller.run(work, self.show_results, self._failed, busy)

    def show_results(self, found: SearchResults) -> None:
        self.model.set_rows(results_rows(found))
        if not found.total:
            said = _tr("Nothing matches.")
        elif found.total == 1:
            said = _tr("1 match, in the records of 1 child.")
        else:
            children = _tr("1 child") if found.children == 1 else _tr("{n} children").format(n=found.children)
            said = _tr("{total} matches in the records of {children}").format(total=found.total, children=children)
            if len(found.hits) < found.total:
                said += _tr(" (the newest {shown} shown)").format(shown=len(found.hits))
            said += "."
        self.ui.resultLabel.setText(said)
        self.ui.resultsTable.resizeRowsToContents()  # the words wrap: the match is never cut off the end
        if found.hits:
            self.ui.resultsTable.selectRow(0)

    def show_patterns(self) -> None:
        """Patterns across children, worked out as a job on the lead's workspace, in a dialog of their own."""

        def busy(running: bool) -> None:
            self.ui.patternsButton.setEnabled(not running)
            if running:
                self.ui.resultLabel.setText(_tr("Looking for patterns across children…"))

        def shown(found: PatternsFound) -> None:
            self.ui.resultLabel.clear()
            self.patterns_dialog = PatternsDialog(found, self._open_file, self)
            self.patterns_dialog.open()

        self._controller.run(patterns_across_children, shown, self._failed, busy)

    def _failed(self, error: BaseException) -> None:
        self.ui.resultLabel.setText(error_words(error, _tr("The search could not be run.")))

    def _open_row(self, index: QModelIndex) -> None:
        row = index.data(SearchResultsModel.RowRole)
        if isinstance(row, SearchResultRow):
            self._open_file(row.hit.pupil_id, row.hit.concern_id or row.hit.entry_id)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
