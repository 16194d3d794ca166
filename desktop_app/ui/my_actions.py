"""The "My actions" page: the plan actions a lead gave the signed-in person, and marking one done with a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QWidget

from desktop_app.services.changes import Changed
from desktop_app.services.errors import ServiceError
from desktop_app.services.meetings import mark_action_done, my_actions
from desktop_app.ui.forms.ui_my_actions import Ui_MyActions
from desktop_app.ui.i18n import translate
from desktop_app.ui.my_actions_model import MyActionsModel
from desktop_app.ui.my_concerns import MY_RECORDS, Shell
from desktop_app.ui.sign_in import SignedIn


def _tr(text: str) -> str:
    return translate("MyActions", text)


def show_action_count(button: QAbstractButton, count: int) -> None:
    """The navigation button says how many open actions the signed-in person has: "My actions (2)"."""
    if count:
        button.setText(_tr("My actions ({count})\nCtrl+7").format(count=count))
        button.setAccessibleName(_tr("My actions, {count} open").format(count=count))
        button.setToolTip(_tr("{count} open actions a designated lead has given you (Ctrl+7)").format(count=count))
    else:
        button.setText(_tr("My actions\nCtrl+7"))
        button.setAccessibleName(_tr("My actions"))
        button.setToolTip(_tr("Actions a designated lead has given you (Ctrl+7)"))


class MyActionsPage(QWidget):
    """The table of my open actions (overdue in red), a note, and "Mark done"; `open_count_changed` says how many
    open actions the table holds after each refresh (the navigation button shows it).

    Private state: `_shell` (who is signed in, background ops), `model`, `_proxy`.
    """

    open_count_changed = Signal(int)

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MyActions()
        self.ui.setupUi(self)
        self._shell = shell
        self.model = MyActionsModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSortRole(MyActionsModel.SortRole)
        self._proxy.setSourceModel(self.model)
        table = self.ui.actionsTable
        table.setModel(self._proxy)
        table.sortByColumn(MyActionsModel.COLUMN_DUE, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        for column in (MyActionsModel.COLUMN_DUE, MyActionsModel.COLUMN_PUPIL, MyActionsModel.COLUMN_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MyActionsModel.COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.markDoneButton.clicked.connect(self.mark_done)
        self._update_controls()

    def show_state(self, signed_in: SignedIn) -> None:
        """Fill the table from a freshly folded state (only the actions sealed to this person are in it)."""
        keep = self.selected_action_id()
        self.model.today = date.today()
        self.model.set_rows(my_actions(signed_in.session, signed_in.state))
        if keep is not None:
            self.select(keep)
        elif self.model.rowCount() and not self.ui.actionsTable.currentIndex().isValid():
            self.ui.actionsTable.setCurrentIndex(self._proxy.index(0, 0))
        self._update_controls()
        self.open_count_changed.emit(self.model.rowCount())  # only open actions are listed

    def clear(self) -> None:
        """Drop every row and the note being typed (on lock)."""
        self.model.clear()
        self.ui.noteEdit.clear()
        self.ui.noticeLabel.clear()
        self._update_controls()
        self.open_count_changed.emit(0)

    def select(self, action_id: str) -> bool:
        row = self.model.row_for(action_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self.model.index(row, 0))
        self.ui.actionsTable.setCurrentIndex(index)
        return True

    def selected_action_id(self) -> str | None:
        index = self.ui.actionsTable.currentIndex()
        if not index.isValid() or not self.ui.actionsTable.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(MyActionsModel.ActionIdRole)
        return value if isinstance(value, str) else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        signed_in = self._shell.signed_in()
        self.ui.emptyLabel.setVisible(self.model.rowCount() == 0 and signed_in is not None)
        self.ui.markDoneButton.setEnabled(self.selected_action_id() is not None and signed_in is not None)

    def mark_done(self) -> None:
        """Mark the selected action done with the note typed (off the GUI thread); the note is kept on a failure."""
        action_id = self.selected_action_id()
        signed_in = self._shell.signed_in()
        if action_id is None or signed_in is None:
            return
        session, state, note = signed_in.session, signed_in.state, self.ui.noteEdit.text()
        row = self.model.row_at(self.model.row_for(action_id))
        what = row.text if row else ""

        def saved(_entry_id: str) -> None:
            self.ui.noteEdit.clear()
            self.ui.noticeLabel.setText(_tr("Marked done and sent to the safeguarding team: {what}").format(what=what))

        def refused(error: BaseException) -> None:
            message = str(error) if isinstance(error, ServiceError) else _tr("The action could not be marked done.")
            self.ui.noticeLabel.setText(message)
            self._update_controls()

        def busy(value: bool) -> None:
            self.ui.markDoneButton.setEnabled(not value)

        self._shell.run_write(
            lambda: Changed(mark_action_done(session, state, action_id, note), MY_RECORDS), saved, refused, busy
        )
