"""A PDF's password asked twice in a lead's dialog: Save waits until the two match, and both fields are wiped as the
dialog closes (the password is never kept)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.ui.i18n import translate


def _tr(text: str) -> str:
    return translate("PasswordPair", text)


class PasswordPair:
    """A dialog's two password fields and the label where it says what is wrong.

    Private state: `_first`, `_again` (the fields), `_error` (the dialog's error label).
    """

    def __init__(self, first: QLineEdit, again: QLineEdit, error: QLabel) -> None:
        self._first = first
        self._again = again
        self._error = error

    def password(self) -> str:
        return self._first.text()

    def matches(self) -> bool:
        """Whether both fields hold the same password; says so while two typed passwords differ."""
        password, again = self._first.text(), self._again.text()
        matches = bool(password) and password == again
        different = _tr("The two passwords are not the same.")
        if password and again and not matches:
            self._error.setText(different)
            self._error.show()
        elif self._error.text() == different:
            self._error.clear()
            self._error.hide()
        return matches

    def wipe(self) -> None:
        """Clear both fields (after an export, and as the dialog closes)."""
        for edit in (self._first, self._again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.clear()
