"""Signing in: the form (also the lock screen), the DEMO accounts panel, and unlocking off the GUI thread.

The services (SQLAlchemy, the crypto stack) are imported inside the functions that background ops run, so the
sign-in window is on screen before they load (cold start) and they load on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop_app.domain.records import Role, SchoolState, StaffMember
from desktop_app.domain.settings import SIGN_IN_GEOMETRY
from desktop_app.domain.taxonomy import Category
from desktop_app.services.demo_accounts import DemoAccount, demo_accounts
from desktop_app.services.errors import ServiceError
from desktop_app.services.verified import key_book_of
from desktop_app.ui.forms.ui_sign_in import Ui_SignIn
from desktop_app.ui.i18n import translate
from desktop_app.ui.ops import BackgroundOp
from desktop_app.ui.settings import PreserveGeometry, Settings

if TYPE_CHECKING:
    from desktop_app.services.concerns import RefusedConcern
    from desktop_app.services.session import Session
    from desktop_app.services.store import SchoolStore

MAX_DEMO_ROWS_SHOWN = 10


def _tr(text: str) -> str:
    return translate("SignIn", text)


def role_name(role: Role) -> str:
    """A role in the school's words."""
    names = {
        Role.STAFF: _tr("Staff"),
        Role.LEAD: _tr("Designated safeguarding lead"),
        Role.OVERSIGHT: _tr("Oversight (head or governor)"),
    }
    return names.get(role, str(role))


# --- opening the school, off the GUI thread ---------------------------------------------------------------------


class NoSchoolHere(ServiceError):
    """The data folder holds no store, or a store with no school in it."""


@dataclass(frozen=True, slots=True)
class OpenedSchool:
    """A school's store opened on this PC, with what the sign-in window shows before anyone signs in."""

    store: SchoolStore
    school_name: str
    demo_accounts: tuple[DemoAccount, ...] = ()


def open_school_store(data_dir: Path) -> OpenedSchool:
    """Open the school in `data_dir` (slow the first time: run it through the background-op helper).

    Raises NoSchoolHere, and creates nothing, when the folder holds no school.
    """
    from desktop_app.services.store import open_store, store_exists

    if not store_exists(data_dir):
        raise NoSchoolHere(_tr("There is no school set up in {folder} yet.").format(folder=data_dir))
    store = open_store(data_dir)
    try:
        school_name = key_book_of(store).school_name
        if not school_name:
            raise NoSchoolHere(_tr("The store in {folder} holds no school yet.").format(folder=data_dir))
        return OpenedSchool(store, school_name, demo_accounts(store))
    except Exception:
        store.close()
        raise


# --- signing in, off the GUI thread -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A signed-in person and what they may read: `session` holds their keys until it is closed."""

    session: Session
    state: SchoolState
    me: StaffMember
    categories: tuple[Category, ...]
    refused: tuple[RefusedConcern, ...] = ()  # my concerns the school does not use, and why

    @property
    def account_id(self) -> str:
        return self.session.account_id


def me_in(state: SchoolState, session: Session) -> StaffMember:
    member = state.staff.get(session.account_id)
    if member is not None:
        return member
    return StaffMember(session.account_id, "", _tr("(name not readable on this PC)"), session.role)


def load_signed_in(session: Session) -> SignedIn:
    """Fold everything this person can read (slow: run it through the background-op helper)."""
    from desktop_app.services.concerns import refused_concerns
    from desktop_app.services.directory import categories
    from desktop_app.services.state import load_state

    state = load_state(session)
    refused = tuple(refused_concerns(session))
    return SignedIn(session, state, me_in(state, session), tuple(categories(state)), refused)


def sign_in_and_load(store: SchoolStore, username: str, password: str) -> SignedIn:
    """Unlock the account (Argon2id, and the service's growing delay after failures), then fold its state."""
    from desktop_app.services.session import sign_in

    session = sign_in(store, username, password)
    try:
        return load_signed_in(session)
    except Exception:
        session.close()
        raise


# --- the form ---------------------------------------------------------------------------------------------------


class SignInForm(QWidget):
    """Username and password, one clear message when they are refused, and the DEMO panel for the demo school.

    Until `set_school` is called the form says the school is opening and holds any sign-in until it is open.
    Emits `signed_in` with a `SignedIn` once the keys are open and the state folded. Private state: `_school`,
    `_busy` (an unlock is running), `_submit_when_open` (Enter was pressed before the school was open).
    """

    signed_in = Signal(object)

    def __init__(self, school: OpenedSchool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignIn()
        self.ui.setupUi(self)
        self._school: OpenedSchool | None = None
        self._busy = False
        self._submit_when_open = False
        self.ui.messageLabel.hide()
        self.ui.demoBox.hide()
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.passwordEdit.returnPressed.connect(self.submit)
        self.ui.usernameEdit.returnPressed.connect(self._username_entered)
        self.ui.demoList.itemClicked.connect(self._fill_from_demo)
        self.ui.demoList.itemActivated.connect(self._fill_from_demo)
        self.ui.usernameEdit.setFocus()
        if school is None:
            self.ui.headingLabel.setText(_tr("Concern Logger"))
            self._show_busy(True, _tr("Opening…"))
        else:
            self.set_school(school)

    def school(self) -> OpenedSchool | None:
        return self._school

    def set_school(self, school: OpenedSchool) -> None:
        """The school is open: show its name and any demo accounts, and sign in if Enter was already pressed."""
        self._school = school
        self.ui.headingLabel.setText(school.school_name)
        self._show_demo_accounts(school.demo_accounts)
        self._show_busy(False)
        if self._submit_when_open:
            self._submit_when_open = False
            self.submit()

    def _show_demo_accounts(self, accounts: tuple[DemoAccount, ...]) -> None:
        self.ui.demoList.clear()
        for account in accounts:
            try:
                role = role_name(Role(account.role))
            except ValueError:
                role = account.role
            item = QListWidgetItem(
                _tr("{name} — {role} — username {username}").format(
                    name=account.full_name, role=role, username=account.username
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.ui.demoList.addItem(item)
        self.ui.demoBox.setVisible(bool(accounts))
        if accounts:
            # Nothing looks chosen while the fields are empty: a click, or Down then Enter, fills them in.
            self.ui.demoList.setCurrentRow(-1)
            self.ui.demoList.clearSelection()
            rows = min(len(accounts), MAX_DEMO_ROWS_SHOWN)
            frame = 2 * self.ui.demoList.frameWidth()
            self.ui.demoList.setFixedHeight(self.ui.demoList.sizeHintForRow(0) * rows + frame)
            scroll_bar = self.ui.demoList.verticalScrollBar().sizeHint().width() if len(accounts) > rows else 0
            self.ui.demoList.setMinimumWidth(self.ui.demoList.sizeHintForColumn(0) + frame + scroll_bar)  # never cut

    def _fill_from_demo(self, item: QListWidgetItem) -> None:
        account: DemoAccount = item.data(Qt.ItemDataRole.UserRole)
        if account is None or self._busy:
            return
        self.ui.usernameEdit.setText(account.username)
        self.ui.passwordEdit.setText(account.password)
        self.ui.signInButton.setFocus()

    def _username_entered(self) -> None:
        if self.ui.passwordEdit.text():
            self.submit()
        else:
            self.ui.passwordEdit.setFocus()

    def prepare(self, heading: str, explanation: str, username: str = "") -> None:
        """Set the form up afresh (sign-in window, or lock screen naming who locked it)."""
        self.ui.headingLabel.setText(heading)
        self.ui.introLabel.setText(explanation)
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.clear()
        self.show_message("")
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def is_busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        """Check the username and password off the GUI thread; the form shows it is busy meanwhile."""
        if self._busy:
            return
        username, password = self.ui.usernameEdit.text().strip(), self.ui.passwordEdit.text()
        if not username or not password:
            self.show_message(_tr("Type your username and password."))
            (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
            return
        if self._school is None:
            self._submit_when_open = True
            return
        self.show_message("")
        store = self._school.store
        BackgroundOp(
            self,
            lambda: sign_in_and_load(store, username, password),
            success=self._succeeded,
            failure=self._refused,
            busy=self._set_busy,
        ).run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.demoList):
            widget.setEnabled(not busy)
        self._show_busy(busy, _tr("Signing in…"))

    def _show_busy(self, busy: bool, doing: str = "") -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.busyBar.setAccessibleName(doing)
        self.ui.signInButton.setEnabled(not busy)
        self.ui.signInButton.setText(doing if busy else _tr("&Sign in"))

    def _succeeded(self, signed_in: SignedIn) -> None:
        self.ui.passwordEdit.clear()
        self.signed_in.emit(signed_in)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ServiceError):
            self.show_message(str(error))
        else:
            self.show_message(
                _tr("Signing in failed unexpectedly ({kind}). Please tell your IT staff.").format(
                    kind=type(error).__name__
                )
            )
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()


class SignInWindow(PreserveGeometry, SignInForm):
    """The first window: the sign-in form on its own, titled with the school's name. Private state: `_settings`."""

    geometry_setting = SIGN_IN_GEOMETRY

    def __init__(self, settings: Settings, school: OpenedSchool | None = None) -> None:
        super().__init__(school)
        self._settings = settings
        self.setWindowTitle(_tr("Sign in — Concern Logger"))
        self.fit_to_screen(settings, QSize(760, 640))

    def set_school(self, school: OpenedSchool) -> None:
        super().set_school(school)
        self.setWindowTitle(_tr("Sign in — {school} — Concern Logger").format(school=school.school_name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry(self._settings)
        super().closeEvent(event)
