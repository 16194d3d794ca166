"""The staff accounts page for leads: add, disable and re-enable, reset a password, grant and revoke the lead role."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from desktop_app.domain.records import Role
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.oversight import grant_dashboard_access
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import (
    AccountRow,
    add_account,
    disable_account,
    enable_account,
    grant_lead,
    list_accounts,
    reset_password,
    revoke_lead,
)
from desktop_app.ui.change_bus import ChangeBus
from desktop_app.ui.forms.ui_lead_staff import Ui_LeadStaffPage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history_model import SortProxy
from desktop_app.ui.lead.common import error_words
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.dialog_slot import DialogSlot, Start
from desktop_app.ui.lead.staff_dialogs import AddAccountDialog, RecoveryCodeDialog, ResetPasswordDialog
from desktop_app.ui.lead.staff_model import StaffModel
from desktop_app.ui.lead.workspace import LeadWorkspaceController
from desktop_app.ui.table_base import RowsModel


def _tr(text: str) -> str:
    return translate("StaffPage", text)


R = TypeVar("R")
Work = Callable[[Session, LeadWorkspace], R]
STAFF = Changes(staff=True)


def _accounts(session: Session, workspace: LeadWorkspace) -> list[AccountRow]:
    return list_accounts(session, workspace.state)


class StaffPage(QWidget):
    """Every account, and what a lead may change about it; each change is a job on the lead's workspace.

    The list redraws itself when accounts change (`Changes.staff`), here or elsewhere in the window.

    Private state: `_controller`, `_busy`, `_slot` (an open dialog or confirmation), `model`.
    """

    def __init__(self, controller: LeadWorkspaceController, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadStaffPage()
        self.ui.setupUi(self)
        self._controller = controller
        self._busy = False
        self._slot = DialogSlot(self._notice)
        self.model = StaffModel(self)
        self._proxy = proxy = SortProxy(self)
        proxy.setSourceModel(self.model)
        table = self.ui.staffTable
        table.setModel(proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.ui.addButton.clicked.connect(self.ask_to_add)
        self.ui.disableButton.clicked.connect(self.ask_to_disable)
        self.ui.enableButton.clicked.connect(lambda: self._simple(enable_account, _tr("{name} can sign in again.")))
        self.ui.grantButton.clicked.connect(lambda: self._simple(grant_lead, _tr("{name} is now a designated lead.")))
        self.ui.dashboardButton.clicked.connect(
            lambda: self._simple(grant_dashboard_access, _tr("{name} now sees the dashboard's counts."))
        )
        self.ui.resetButton.clicked.connect(self.ask_to_reset)
        self.ui.revokeButton.clicked.connect(self.ask_to_revoke)
        controller.cleared.connect(self.clear)
        changes.subscribe_page(self, lambda changed: changed.staff, self.refresh, reads_when_shown=True)
        self._update_controls()

    def refresh(self) -> None:
        self._controller.run(
            _accounts, self._show, self._refused(_tr("The accounts could not be read.")), self._set_busy
        )

    def _show(self, rows: list[AccountRow]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep.account_id)
        self._update_controls()

    def clear(self) -> None:
        self.model.clear()
        self.ui.noticeLabel.clear()
        self._update_controls()

    def select(self, account_id: str) -> bool:
        row = self.model.row_for(account_id)
        if row < 0:
            return False
        self.ui.staffTable.setCurrentIndex(self._proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def selected(self) -> AccountRow | None:
        index = self.ui.staffTable.currentIndex()
        return index.data(RowsModel.RowRole) if index.isValid() else None

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_controls()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()

    def _update_controls(self) -> None:
        row = self.selected()
        idle = not self._busy and self._controller.view() is not None
        other = idle and row is not None and not row.is_you
        self.ui.addButton.setEnabled(idle)
        self.ui.disableButton.setEnabled(other and row is not None and row.active)
        self.ui.enableButton.setEnabled(other and row is not None and not row.active)
        self.ui.resetButton.setEnabled(other)
        self.ui.grantButton.setEnabled(other and row is not None and row.active and row.role == Role.STAFF)
        self.ui.revokeButton.setEnabled(other and row is not None and row.role == Role.LEAD)
        self.ui.dashboardButton.setEnabled(
            other and row is not None and row.role == Role.OVERSIGHT and not row.dashboard
        )

    def _notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)

    def _refused(self, fallback: str) -> Callable[[BaseException], None]:
        return lambda error: self._notice(error_words(error, fallback))

    def _write(self, work: Work[R]) -> Start[R]:
        """A change to the accounts as a write on the workspace; the list redraws from what it changed."""
        controller = self._controller
        return lambda success, failure, busy: controller.write(
            lambda session, workspace: Changed(work(session, workspace), STAFF), success, failure, busy
        )

    def _simple(self, action: Callable[[Session, str], object], done: str) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        account_id, name = row.account_id, row.full_name
        start = self._write(lambda session, _workspace: action(session, account_id))
        refused = self._refused(_tr("The change could not be saved."))
        start(lambda _result: self._notice(done.format(name=name)), refused, self._set_busy)

    def _open(
        self, dialog: LeadDialog, prepare: Callable[[], Work[R]], done: Callable[[R], str], fallback: str
    ) -> None:
        self._slot.open_write(dialog, lambda: self._write(prepare()), done, fallback)

    def open_dialog(self) -> QDialog | None:
        return self._slot.dialog()

    def ask_to_add(self) -> None:
        if self._slot.is_open():
            return
        dialog = AddAccountDialog(self.window())

        def prepare() -> Work[str]:
            username, name, role = dialog.username(), dialog.full_name(), dialog.role()
            password, title = dialog.password(), dialog.job_title()
            return lambda session, _workspace: add_account(session, username, name, role, password, title)

        self._open(dialog, prepare, lambda _id: _tr("Account added."), _tr("The account was not added."))

    def ask_to_reset(self) -> None:
        row = self.selected()
        if row is None or row.is_you or self._slot.is_open():
            return
        dialog = ResetPasswordDialog(
            _tr("A new password for {name} ({username}). Their account gets new keys; what was sealed to the old "
                "password alone (their own copies of their entries) stays sealed.").format(
                name=row.full_name, username=row.username),
            self.window(),
        )  # fmt: skip
        account_id, name = row.account_id, row.full_name

        def prepare() -> Work[str]:
            password = dialog.password()
            return lambda session, workspace: reset_password(session, workspace.state, account_id, password)

        self._open(dialog, prepare, lambda _key: _tr("{name}'s password is reset.").format(name=name),
                   _tr("The password was not reset."))  # fmt: skip

    def ask_to_disable(self) -> None:
        """Disable the selected account; a lead only after asking, since that makes a new team key and a new
        recovery code, shown once (as revoking does)."""
        row = self.selected()
        if row is None or self._busy or self._slot.is_open():
            return
        if row.role != Role.LEAD:
            self._simple(disable_account, _tr("{name} can no longer sign in."))
            return
        name = row.full_name
        self._ask_to_rotate(
            _tr("Disable a lead's account"),
            _tr("Disable {name}'s account?").format(name=name),
            _tr("&Disable the account"),
            disable_account,
            (_tr("{name} can no longer sign in. The school has a new recovery code.").format(name=name),
             _tr("{name} can no longer sign in. The school's new recovery code is:").format(name=name),
             _tr("{name} can no longer sign in.").format(name=name)),
            _tr("The account was not disabled."),
        )  # fmt: skip

    def ask_to_revoke(self) -> None:
        """Ask first: revoking makes a new team key and a new recovery code, shown once."""
        row = self.selected()
        if row is None or row.role != Role.LEAD or self._slot.is_open():
            return
        name = row.full_name
        self._ask_to_rotate(
            _tr("Revoke the lead role"),
            _tr("Take the lead role from {name}?").format(name=name),
            _tr("&Revoke the lead role"),
            revoke_lead,
            (_tr("{name} is no longer a lead. The school has a new recovery code.").format(name=name),
             _tr("{name} is no longer a designated lead. The school's new recovery code is:").format(name=name),
             _tr("{name} is no longer a lead.").format(name=name)),
            _tr("The lead role was not revoked."),
        )  # fmt: skip

    def _ask_to_rotate(
        self,
        title: str,
        question: str,
        button: str,
        action: Callable[[Session, str], str | None],
        shown: tuple[str, str, str],
        fallback: str,
    ) -> None:
        """Ask before a change that rotates the team key, then run it and show the new recovery code. `shown`: the
        notice, the words above the code, and the notice should no code come back (no team key was made)."""
        row = self.selected()
        assert row is not None
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.Cancel, self.window())
        box.setInformativeText(
            _tr("The school gets a new team key and a new recovery code, shown once: have the recovery sheet ready "
                "to replace. After the next sync no PC seals anything {name} can read.").format(name=row.full_name)
        )  # fmt: skip
        confirm = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        account_id = row.account_id

        def answered(_result: int) -> None:
            if box.clickedButton() is confirm:
                start = self._write(lambda session, _workspace: action(session, account_id))
                start(lambda code: self._show_code(shown, code), self._refused(fallback), self._set_busy)

        box.finished.connect(answered)
        self._slot.hold(box)

    def _show_code(self, shown: tuple[str, str, str], code: str | None) -> None:
        notice, about, without = shown
        if code is None:  # the account was no longer a lead when the change ran: no new team key was made
            self._notice(without)
            return
        self._notice(notice)
        self._slot.hold(RecoveryCodeDialog(about, code, self.window()))
