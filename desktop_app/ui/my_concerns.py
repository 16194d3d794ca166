"""The "My concerns" page: what the signed-in person recorded, its details, and adding an addendum."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, TypeVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import InjuryMark
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.concerns import add_addendum
from desktop_app.services.errors import ServiceError
from desktop_app.ui.addendum_dialog import AddendumDialog
from desktop_app.ui.fit_columns import CELL_PADDING, FitColumns
from desktop_app.ui.forms.ui_my_concerns import Ui_MyConcerns
from desktop_app.ui.i18n import translate
from desktop_app.ui.my_concern_details import concern_details_html
from desktop_app.ui.my_concerns_model import MyConcernsModel, MyConcernsProxy, my_concern_rows, when_text
from desktop_app.ui.sign_in import SignedIn


def _tr(text: str) -> str:
    return translate("MyConcerns", text)


R = TypeVar("R")
MY_RECORDS = Changes(mine=True, every_child=True)  # the person's own records, about a child the lead sees


class Shell(Protocol):
    """What a page needs from the main window: who is signed in (None while locked) and background ops; a write's
    change to the person's own records folds their state again (`MainWindow.changes`)."""

    def signed_in(self) -> SignedIn | None: ...

    def run_op(
        self,
        op: Callable[[], R],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None: ...

    def run_write(
        self,
        op: Callable[[], Changed[R]],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None: ...


class MyConcernsPage(QWidget):
    """The table of my concerns, the selected one's details, and "Add addendum".

    Private state: `_shell` (who is signed in, background ops), `_model`, `_proxy`, `_dialog` (an open addendum).
    """

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MyConcerns()
        self.ui.setupUi(self)
        self._shell = shell
        self._dialog: AddendumDialog | None = None
        self.model = MyConcernsModel(self)
        self._proxy = MyConcernsProxy(self)
        self._proxy.setSourceModel(self.model)
        table = self.ui.concernsTable
        table.setModel(self._proxy)
        table.sortByColumn(MyConcernsModel.COLUMN_OCCURRED, Qt.SortOrder.DescendingOrder)
        # No sideways scrolling at 1024 wide: the child's name whole, the status takes what is left.
        occurred = table.fontMetrics().horizontalAdvance(when_text(datetime(2026, 9, 30, 22, 58))) + CELL_PADDING + 6
        self._fit = FitColumns(
            table,
            name_column=MyConcernsModel.COLUMN_PUPIL,
            name_lines=1,
            fixed={MyConcernsModel.COLUMN_OCCURRED: occurred},
            weights={
                MyConcernsModel.COLUMN_CATEGORY: 1.0,
                MyConcernsModel.COLUMN_REFERENCE: 0.8,
                MyConcernsModel.COLUMN_ADDENDA: 0.5,
                MyConcernsModel.COLUMN_STATUS: 2.2,
            },
            minimums={MyConcernsModel.COLUMN_REFERENCE: 100, MyConcernsModel.COLUMN_ADDENDA: 60},
        )
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.addAddendumButton.clicked.connect(self.ask_for_addendum)
        self._update_controls()

    def show_state(self, signed_in: SignedIn) -> None:
        """Fill the table from a freshly folded state, keeping the selected concern selected."""
        keep = self.selected_concern_id()
        self.model.set_rows(
            my_concern_rows(signed_in.state, signed_in.account_id, signed_in.categories, signed_in.refused)
        )
        table = self.ui.concernsTable
        if keep is not None:
            self.select(keep)
        elif self.model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(self._proxy.index(0, 0))
        self._update_controls()

    def clear(self) -> None:
        """Drop every row and the details (on lock)."""
        self.model.clear()
        self.ui.detailsBrowser.clear()
        self.ui.noticeLabel.clear()
        self._update_controls()

    def select(self, concern_id: str) -> bool:
        row = self.model.row_for(concern_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self.model.index(row, 0))
        self.ui.concernsTable.setCurrentIndex(index)
        self.ui.concernsTable.scrollTo(index)
        return True

    def selected_concern_id(self) -> str | None:
        index = self.ui.concernsTable.currentIndex()
        if not index.isValid() or not self.ui.concernsTable.selectionModel().isRowSelected(index.row()):
            return None
        concern_id = index.data(MyConcernsModel.ConcernIdRole)
        return concern_id if isinstance(concern_id, str) else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        concern_id = self.selected_concern_id()
        signed_in = self._shell.signed_in()
        empty = self.model.rowCount() == 0
        self.ui.emptyLabel.setVisible(empty and signed_in is not None)
        self.ui.addAddendumButton.setEnabled(concern_id is not None and signed_in is not None)
        if concern_id is None or signed_in is None:
            self.ui.detailsBrowser.clear()
        else:
            self.ui.detailsBrowser.setHtml(concern_details_html(signed_in, concern_id))

    def ask_for_addendum(self) -> None:
        """Open the addendum dialog for the selected concern (window-modal, so a lock can hide it)."""
        concern_id = self.selected_concern_id()
        signed_in = self._shell.signed_in()
        if concern_id is None or signed_in is None or self._dialog is not None:
            return
        row = self.model.concern_at(self.model.row_for(concern_id))
        assert row is not None
        about = _tr("Addendum to {reference}: {pupil}, {category}, {occurred}").format(
            reference=row.reference,
            pupil=row.pupil_name,
            category=row.category_name,
            occurred=when_text(row.occurred_at),
        )
        concern = signed_in.state.concerns.get(concern_id)
        own = concern is not None and concern.author_id == signed_in.account_id
        before = len(concern.injuries) if concern is not None else 0
        dialog = AddendumDialog(about, self.window(), marks_allowed=own, marks_before=before)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(lambda text, marks: self._save_addendum(dialog, concern_id, text, marks))
        dialog.finished.connect(self._dialog_finished)
        self._dialog = dialog
        dialog.open()

    def addendum_dialog(self) -> AddendumDialog | None:
        return self._dialog

    def _dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def _save_addendum(self, dialog: AddendumDialog, concern_id: str, text: str, marks: list[InjuryMark]) -> None:
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        dialog.show_problem("")

        def saved(_addendum_id: str) -> None:
            self.model.note_addendum(concern_id)
            self.ui.noticeLabel.setText(
                _tr("Addendum to {reference} saved and sent to the safeguarding team.").format(
                    reference=short_reference(concern_id)
                )
            )
            dialog.accept()

        def refused(error: BaseException) -> None:
            message = str(error) if isinstance(error, ServiceError) else _tr("The addendum could not be saved.")
            dialog.show_problem(message)

        session, state = signed_in.session, signed_in.state
        self._shell.run_write(
            lambda: Changed(
                add_addendum(session, state, concern_id, text, marks), Changes(mine=True, every_child=True)
            ),
            saved,
            refused,
            dialog.set_busy,
        )
