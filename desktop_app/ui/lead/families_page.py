"""The Families page: households suggested from the roster (confirm or dismiss), linking, adults, family chronology."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from desktop_app.domain.records import Pupil
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.households import (
    HouseholdView,
    SuggestionView,
    add_household_adult,
    add_household_member,
    dismiss_suggestion,
    household_suggestions,
    households,
    link_household,
)
from desktop_app.services.session import Session
from desktop_app.ui.change_bus import ChangeBus
from desktop_app.ui.forms.ui_lead_families import Ui_LeadFamiliesPage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history_model import SortProxy
from desktop_app.ui.lead.common import error_words
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.dialog_slot import DialogSlot, Start
from desktop_app.ui.lead.families_model import HouseholdsModel, SuggestionsModel
from desktop_app.ui.lead.household_dialogs import HouseholdAdultDialog, HouseholdMemberDialog, LinkChildrenDialog
from desktop_app.ui.lead.workspace import LeadWorkspaceController
from desktop_app.ui.pupil_finder_model import fold_for_search
from desktop_app.ui.table_base import RowsModel

R = TypeVar("R")


def _tr(text: str) -> str:
    return translate("FamiliesPage", text)


OpenFile = Callable[[str, str, bool], None]  # (pupil id, entry to select, family chronology)
Lists = tuple[list[SuggestionView], list[HouseholdView]]


def _lists(session: Session, workspace: LeadWorkspace) -> Lists:
    return household_suggestions(session, workspace.state), households(session, workspace.state)


class FoundRowsProxy(SortProxy):
    """Sorts like every lead table and keeps only the rows whose words hold every word typed (accents and case
    ignored: "lucz" finds Łuczak). Private state: `_words` (what was typed, folded)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_find(self, text: str) -> None:
        words = fold_for_search(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        row = " ".join(
            str(model.index(source_row, column, source_parent).data() or "") for column in range(model.columnCount())
        )
        folded = fold_for_search(row)
        return all(word in folded for word in self._words)


class FamiliesPage(QWidget):
    """Suggestions and households, read from the lead's workspace; every change is a job on it. "Find a child"
    narrows both lists (a school may have dozens of suggestions); the suggestions get the larger share of the page.

    The lists redraw themselves when a change touches households or children (`_concerns_me`), from this page or
    any other; they are also read afresh each time the page is shown.

    Private state: `_controller`, `_open_file`, `_busy`, `_slot` (the open dialog), the two models and their proxies.
    """

    def __init__(
        self,
        controller: LeadWorkspaceController,
        open_file: OpenFile,
        changes: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadFamiliesPage()
        self.ui.setupUi(self)
        self._controller = controller
        self._open_file = open_file
        self._busy = False
        self._slot = DialogSlot(self._notice)
        self.suggestions = SuggestionsModel(self)
        self.households = HouseholdsModel(self)
        self._proxies = [
            self._prepare(self.ui.suggestionsTable, self.suggestions),
            self._prepare(self.ui.householdsTable, self.households),
        ]
        self.ui.filterEdit.textChanged.connect(self._find)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.confirmButton.clicked.connect(self.confirm_selected)
        self.ui.dismissButton.clicked.connect(self.dismiss_selected)
        self.ui.familyButton.clicked.connect(self.open_family_chronology)
        self.ui.householdsTable.activated.connect(lambda _index: self.open_family_chronology())
        self.ui.linkButton.clicked.connect(self.ask_to_link)
        self.ui.adultButton.clicked.connect(self.ask_for_adult)
        self.ui.memberButton.clicked.connect(self.ask_for_member)
        controller.cleared.connect(self.clear)
        changes.subscribe_page(self, _concerns_me, self.refresh, reads_when_shown=True)
        self._update_controls()

    def _prepare(self, table: QTableView, model: RowsModel[Any]) -> FoundRowsProxy:
        proxy = FoundRowsProxy(self)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # each row whole
        table.selectionModel().currentRowChanged.connect(self._selection_changed)
        return proxy

    def _find(self, text: str) -> None:
        for proxy in self._proxies:
            proxy.set_find(text)
        self._show_counts()
        for table in (self.ui.suggestionsTable, self.ui.householdsTable):
            if table.model().rowCount() and not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))
        self._update_controls()

    def _show_counts(self) -> None:
        for box, proxy, title in (
            (self.ui.suggestionsBox, self._proxies[0], _tr("Suggested households")),
            (self.ui.householdsBox, self._proxies[1], _tr("Households")),
        ):
            shown, total = proxy.rowCount(), proxy.sourceModel().rowCount()
            if shown == total:
                box.setTitle(_tr("{title} ({count})").format(title=title, count=total))
            else:
                box.setTitle(_tr("{title} ({shown} of {count} match)").format(title=title, shown=shown, count=total))

    def refresh(self) -> None:
        """Read the suggestions and households again (in the background, from the lead's workspace)."""
        failed = self._refused(_tr("The households could not be read."))
        self._controller.run(_lists, self._show, failed, self._set_busy)

    def _show(self, lists: Lists) -> None:
        suggestions, linked = lists
        self.suggestions.set_rows(suggestions)
        self.households.set_rows(linked)
        self._show_counts()
        for table in (self.ui.suggestionsTable, self.ui.householdsTable):
            if table.model().rowCount() and not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))
        self._update_controls()

    def clear(self) -> None:
        self.suggestions.clear()
        self.households.clear()
        self.ui.noticeLabel.clear()
        self._update_controls()

    def _selected(self, table: QTableView) -> Any:
        index = table.currentIndex()
        return index.data(RowsModel.RowRole) if index.isValid() else None

    def selected_suggestion(self) -> SuggestionView | None:
        row = self._selected(self.ui.suggestionsTable)
        return row if isinstance(row, SuggestionView) else None

    def selected_household(self) -> HouseholdView | None:
        row = self._selected(self.ui.householdsTable)
        return row if isinstance(row, HouseholdView) else None

    def select_suggestion(self, row: int) -> None:
        self.ui.suggestionsTable.setCurrentIndex(self.ui.suggestionsTable.model().index(row, 0))

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_controls()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()

    def _update_controls(self) -> None:
        idle = not self._busy and self._controller.view() is not None
        self.ui.confirmButton.setEnabled(idle and self.selected_suggestion() is not None)
        self.ui.dismissButton.setEnabled(idle and self.selected_suggestion() is not None)
        self.ui.familyButton.setEnabled(idle and self.selected_household() is not None)
        self.ui.adultButton.setEnabled(idle and self.selected_household() is not None)
        self.ui.linkButton.setEnabled(idle)
        self.ui.memberButton.setEnabled(idle)

    def _notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)

    def _refused(self, fallback: str) -> Callable[[BaseException], None]:
        return lambda error: self._notice(error_words(error, fallback))

    def _write(self, work: Callable[[Session, LeadWorkspace], Changed[R]]) -> Start[R]:
        controller = self._controller
        return lambda success, failure, busy: controller.write(work, success, failure, busy)

    def _change(self, work: Callable[[Session, LeadWorkspace], str], ids: list[str], done: str, fallback: str) -> None:
        """Run a change to the households as a write on the workspace (the lists redraw from what it changed)."""
        changes = Changes(households=True, children=frozenset(ids))
        start = self._write(lambda session, workspace: Changed(work(session, workspace), changes))
        start(lambda _result: self._notice(done), self._refused(fallback), self._set_busy)

    def confirm_selected(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is None or self._busy:
            return
        ids, household_id = [p.pupil_id for p in suggestion.pupils], suggestion.household_id
        names = ", ".join(p.full_name for p in suggestion.pupils)
        self._change(
            lambda session, workspace: link_household(session, workspace.state, ids, household_id),
            ids,
            _tr("Linked as one household: {names}.").format(names=names),
            _tr("The household could not be saved."),
        )

    def dismiss_selected(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is None or self._busy:
            return
        ids = [p.pupil_id for p in suggestion.pupils]
        self._change(
            lambda session, workspace: dismiss_suggestion(session, workspace.state, ids),
            ids,
            _tr("Not one household: they will not be suggested together again."),
            _tr("The dismissal could not be saved."),
        )

    def open_family_chronology(self) -> None:
        household = self.selected_household()
        if household is not None and household.pupils:
            self._open_file(household.pupils[0].pupil_id, "", True)

    def _open_household_write(self, dialog: LeadDialog, prepare: Callable[[], Callable[[Session, LeadWorkspace], R]],
                              done: str | Callable[[], str], fallback: str) -> None:  # fmt: skip
        """Show a household dialog in the page's slot; its Save is a write on the workspace changing households."""

        def start() -> Start[R]:
            work = prepare()
            return self._write(lambda session, workspace: Changed(work(session, workspace), Changes(households=True)))

        self._slot.open_write(dialog, start, lambda _result: done() if callable(done) else done, fallback)

    def open_dialog(self) -> QDialog | None:
        return self._slot.dialog()

    def ask_to_link(self) -> None:
        view = self._controller.view()
        if view is None or self._slot.is_open():
            return
        dialog = LinkChildrenDialog(view.pupils, self.window())

        def prepare() -> Callable[[Session, LeadWorkspace], str]:
            ids = dialog.pupil_ids()
            return lambda session, workspace: link_household(session, workspace.state, ids)

        self._open_household_write(dialog, prepare, _tr("The children are linked as one household."),
                                   _tr("The household could not be saved."))  # fmt: skip

    def ask_for_adult(self) -> None:
        household = self.selected_household()
        if household is None or self._slot.is_open():
            return
        names = ", ".join(p.full_name for p in household.pupils)
        dialog = HouseholdAdultDialog(
            _tr("An adult around {names}: use their full name, never initials.").format(names=names), self.window(),
            [a for a in household.household.adults if not a.removed],
        )  # fmt: skip
        household_id = household.household.household_id

        def prepare() -> Callable[[Session, LeadWorkspace], str]:
            details, adult_id = dialog.details(), dialog.adult_id()
            return lambda session, workspace: add_household_adult(
                session, workspace.state, household_id, "", "", None, adult_id=adult_id, details=details
            )

        self._open_household_write(dialog, prepare, _tr("The adult is recorded on the household's files."),
                                   _tr("The adult could not be saved."))  # fmt: skip

    def ask_for_member(self) -> None:
        """Add a child not on roll to a household (the selected household's first child is offered)."""
        view = self._controller.view()
        if view is None or self._slot.is_open():
            return
        household = self.selected_household()
        on_roll = [p for p in household.pupils if p.on_roll] if household is not None else []
        dialog = HouseholdMemberDialog(view.pupils, on_roll[0].upn if on_roll else "", self.window())
        added: list[tuple[str, str]] = []

        def prepare() -> Callable[[Session, LeadWorkspace], Pupil]:
            child, name, born = dialog.child_id(), dialog.name(), dialog.born()
            relationship, school = dialog.relationship(), dialog.school()

            def work(session: Session, workspace: LeadWorkspace) -> Pupil:
                member = add_household_member(session, workspace.state, child, name, born, relationship, school)
                added.append((member.full_name, member.upn))
                return member

            return work

        def done() -> str:
            return _tr("{member} is added to the household. Their reference, {reference}, can be used wherever a UPN "
                       "is.").format(member=added[-1][0], reference=added[-1][1])  # fmt: skip

        self._open_household_write(dialog, prepare, done, _tr("The child could not be added."))


def _concerns_me(changes: Changes) -> bool:
    """Households, and the suggestions made from the children on roll."""
    return changes.households or changes.every_child
