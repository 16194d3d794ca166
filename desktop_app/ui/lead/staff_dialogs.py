"""The staff page's dialogs: a new account, a password reset, and the new recovery code after a lead is revoked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.domain.records import Role
from desktop_app.ui.forms.ui_lead_add_account import Ui_LeadAddAccountDialog
from desktop_app.ui.forms.ui_lead_recovery_code import Ui_LeadRecoveryCodeDialog
from desktop_app.ui.forms.ui_lead_reset_password import Ui_LeadResetPasswordDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.sign_in import role_name


def _tr(text: str) -> str:
    return translate("StaffDialogs", text)


def _passwords_match(dialog: LeadDialog) -> bool:
    """True when both password fields hold the same, non-empty password; says so when they differ."""
    password, again = dialog.ui.passwordEdit.text(), dialog.ui.repeatEdit.text()
    different = _tr("The two passwords are not the same.")
    if password and again and password != again:
        dialog.show_problem(different)
    elif dialog.ui.errorLabel.text() == different:
        dialog.show_problem("")
    return bool(password) and password == again


class AddAccountDialog(LeadDialog):
    """Username, full name, job title, role and a first password (twice); the service checks each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadAddAccountDialog(), parent, _tr("&Add account"))
        self.ui.aboutLabel.setText(
            _tr("The person signs in with this username and password on any of the school's PCs; tell them the "
                "password in person.")
        )  # fmt: skip
        fill_combo(self.ui.roleCombo, [(role_name(r), r.value) for r in (Role.STAFF, Role.LEAD, Role.OVERSIGHT)])
        for edit in (self.ui.usernameEdit, self.ui.nameEdit, self.ui.passwordEdit, self.ui.repeatEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.usernameEdit.setFocus()

    def username(self) -> str:
        return self.ui.usernameEdit.text()

    def full_name(self) -> str:
        return self.ui.nameEdit.text()

    def job_title(self) -> str:
        return self.ui.jobEdit.text()

    def role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())

    def password(self) -> str:
        return self.ui.passwordEdit.text()

    def can_save(self) -> bool:
        return _passwords_match(self) and bool(self.username().strip() and self.full_name().strip())

    def done(self, result: int) -> None:
        self.ui.passwordEdit.clear()
        self.ui.repeatEdit.clear()
        super().done(result)


class ResetPasswordDialog(LeadDialog):
    """A new password, twice, for someone else's account."""

    def __init__(self, about: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadResetPasswordDialog(), parent, _tr("&Reset password"))
        self.ui.aboutLabel.setText(about)
        for edit in (self.ui.passwordEdit, self.ui.repeatEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.passwordEdit.setFocus()

    def password(self) -> str:
        return self.ui.passwordEdit.text()

    def can_save(self) -> bool:
        return _passwords_match(self)

    def done(self, result: int) -> None:
        self.ui.passwordEdit.clear()
        self.ui.repeatEdit.clear()
        super().done(result)


class RecoveryCodeDialog(LeadDialog):
    """Shows the school's new recovery code once; it is cleared from the dialog as it closes."""

    def __init__(self, about: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadRecoveryCodeDialog(), parent, _tr("I have written it &down"))
        self.ui.aboutLabel.setText(about)
        self.ui.codeLabel.setText(code)
        self.save_requested.connect(self.accept)

    def code(self) -> str:
        return self.ui.codeLabel.text()

    def done(self, result: int) -> None:
        self.ui.codeLabel.clear()
        super().done(result)
