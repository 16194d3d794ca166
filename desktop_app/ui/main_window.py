"""The main window: who is signed in, "Record a concern", the pages, the status area, and locking."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop_app.domain.records import Role, StaffMember
from desktop_app.domain.settings import MAIN_WINDOW_GEOMETRY
from desktop_app.services.changes import Changed, Changes
from desktop_app.ui.change_bus import ChangeBus
from desktop_app.ui.forms.ui_main_window import Ui_MainWindow
from desktop_app.ui.i18n import translate
from desktop_app.ui.lock import IdleWatcher, LockScreen, hide_other_windows, show_again
from desktop_app.ui.my_actions import MyActionsPage, show_action_count
from desktop_app.ui.my_concerns import MyConcernsPage
from desktop_app.ui.ops import BackgroundOp, show_failure
from desktop_app.ui.settings import PreserveGeometry, Settings
from desktop_app.ui.sign_in import OpenedSchool, SignedIn, load_signed_in, role_name

if TYPE_CHECKING:
    from desktop_app.services.session import Session

PREFERRED_SIZE = QSize(1100, 720)  # on a smaller screen (1024x768, 1366x768) the window opens maximised
PAGE_MY_CONCERNS = "my-concerns"
PAGE_MY_ACTIONS = "my-actions"
PAGE_CONCERN_FORM = "concern-form"

R = TypeVar("R")
PageInstaller = Callable[["MainWindow"], None]
"""Called once for each new main window (each person signing in); adds pages, e.g. `set_concern_form`."""


def _tr(text: str) -> str:
    return translate("MainWindow", text)


def signed_in_words(me: StaffMember) -> str:
    """'Signed in: Ruth Okafor, Staff · Year 1 teacher'; a job title that only repeats the role is left out."""
    role = role_name(me.role)
    who = _tr("Signed in: {name}, {role}").format(name=me.full_name, role=role)
    title = " ".join(me.job_title.split())
    if title and title.casefold() != role.casefold():
        who += f" · {title}"
    return who


class _OpsInFlight:
    """Background ops one window started. Private state: `running`, `held` (results that came back while locked),
    `to_close` (sessions to close once no op still needs their keys), `holding` (locked), `gone` (window closed).
    """

    def __init__(self) -> None:
        self.running = 0
        self.held: list[Callable[[], None]] = []
        self.to_close: list[Session] = []
        self.holding = False
        self.gone = False

    def finish(self, deliver: Callable[[], None]) -> None:
        self.running -= 1
        if self.gone:
            pass
        elif self.holding:
            self.held.append(deliver)
        else:
            deliver()
        if self.running == 0:
            self.close_sessions()

    def close_when_idle(self, session: Session) -> None:
        self.to_close.append(session)
        if self.running == 0:
            self.close_sessions()

    def close_sessions(self) -> None:
        """Sign each session out: its queued oversight counts are written, then its keys dropped."""
        from desktop_app.services.sign_out import sign_out

        for session in self.to_close:
            sign_out(session)
        self.to_close.clear()

    def release(self) -> list[Callable[[], None]]:
        held, self.held = self.held, []
        return held


class MainWindow(PreserveGeometry, QMainWindow):
    """One signed-in person's window. Pages live in `ui.pageStack`; a lock swaps the whole content for the lock screen.

    Extension points for other pages: `set_concern_form(widget)`, `add_page(name, widget)`, `show_page(name)`,
    `signed_in()` (None while locked), `run_op(...)`, `run_write(...)`, `changes` (the window's `ChangeBus`: a
    write's `Changes` are published there and the pages that subscribed redraw), `reload_state()`, and the signals
    below. A change to the person's own records (`Changes.mine`) folds their state again (`reload_state`).

    Private state: `_signed_in` (None while locked), `_me` (who signed in; kept while locked), `_pages`, `_ops`,
    `_idle`, `_lock_screen`, `_hidden` (windows the lock hid), `_focus` (the control that had focus at lock).
    """

    geometry_setting = MAIN_WINDOW_GEOMETRY

    locking = Signal()  # the keys are about to be dropped (lock or close): save drafts now, while they are open
    unlocked = Signal()  # the same person signed back in: `signed_in()` holds their new session
    state_reloaded = Signal()  # `signed_in().state` was folded again
    page_changed = Signal(str)  # a page was shown, by name
    other_person_signed_in = Signal(object)  # someone else signed in at the lock screen (a `SignedIn`)

    def __init__(
        self,
        school: OpenedSchool,
        signed_in: SignedIn,
        settings: Settings,
        *,
        idle_lock_ms: int,
        installers: Sequence[PageInstaller] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self._signed_in: SignedIn | None = None
        self._me = signed_in.me
        self._pages: dict[str, QWidget] = {}
        self._ops = _OpsInFlight()
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self._school = school.school_name
        self.changes = ChangeBus(self)
        self.changes.subscribe_model(lambda changes: changes.mine, self.reload_state)

        for action in (self.ui.actionRecordConcern, self.ui.actionMyConcerns, self.ui.actionMyActions,
                       self.ui.actionLock):  # fmt: skip
            self.addAction(action)
        self.ui.actionRecordConcern.triggered.connect(self.open_concern_form)
        self.ui.recordButton.clicked.connect(self.ui.actionRecordConcern.trigger)
        self.ui.actionMyConcerns.triggered.connect(self.show_my_concerns)
        self.ui.myConcernsButton.clicked.connect(self.ui.actionMyConcerns.trigger)
        self.ui.actionMyActions.triggered.connect(self.show_my_actions)
        self.ui.myActionsButton.clicked.connect(self.ui.actionMyActions.trigger)
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.lockButton.clicked.connect(self.ui.actionLock.trigger)
        self.ui.busyBar.hide()
        self.ui.statusLabel.setText(_tr("No hub set up: records stay on this PC."))
        self._set_record_available(False)

        self._lock_screen = LockScreen(school, self)
        self._lock_screen.signed_in.connect(self._signed_in_at_lock_screen)
        self.ui.shellStack.addWidget(self._lock_screen)

        self.my_concerns = MyConcernsPage(self)
        self.add_page(PAGE_MY_CONCERNS, self.my_concerns)
        self.my_actions = MyActionsPage(self)
        self.my_actions.open_count_changed.connect(lambda n: show_action_count(self.ui.myActionsButton, n))
        self.add_page(PAGE_MY_ACTIONS, self.my_actions)
        self._idle = IdleWatcher(idle_lock_ms, self)
        self._idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Ctrl+L also while one of this window's dialogs is open (`eventFilter`)

        self._adopt(signed_in)
        for install in installers:
            install(self)
        self.show_page(PAGE_MY_CONCERNS)
        self._idle.start()
        self.fit_to_screen(settings, PREFERRED_SIZE)

    # --- who is signed in -------------------------------------------------------------------------------------

    def signed_in(self) -> SignedIn | None:
        """The signed-in person, their session and folded state; None while the window is locked."""
        return self._signed_in

    def account_id(self) -> str:
        """Whose window this is (also while locked)."""
        return self._me.account_id

    def _adopt(self, signed_in: SignedIn) -> None:
        self._signed_in = signed_in
        self._me = signed_in.me
        me = signed_in.me
        self.ui.personLabel.setText(signed_in_words(me))
        self.ui.schoolLabel.setText(self._school)
        self._update_title()
        # Oversight (head, governor) holds no pupil directory and records nothing here: counts and clocks only.
        records = me.role != Role.OVERSIGHT
        self.ui.recordButton.setVisible(records)
        self.ui.myConcernsButton.setVisible(records)
        self.ui.myActionsButton.setVisible(records)
        self.ui.actionRecordConcern.setVisible(records)
        self.ui.actionMyActions.setVisible(records)
        self.my_concerns.show_state(signed_in)
        self.my_actions.show_state(signed_in)

    def _update_title(self) -> None:
        if self.is_locked():
            self.setWindowTitle(_tr("{school} — Locked — Concern Logger").format(school=self._school))
        else:
            self.setWindowTitle(_tr("{school} — Concern Logger").format(school=self._school))

    def reload_state(self) -> None:
        """Fold the store again off the GUI thread (after recording something), then refresh the pages."""
        signed_in = self._signed_in
        if signed_in is None:
            return
        session = signed_in.session
        self.run_op(lambda: load_signed_in(session), self._state_loaded)

    def _state_loaded(self, fresh: SignedIn) -> None:
        if self._signed_in is None or fresh.session is not self._signed_in.session:
            return  # folded for a session that has since been locked away
        self._signed_in = fresh
        self.my_concerns.show_state(fresh)
        self.my_actions.show_state(fresh)
        self.state_reloaded.emit()

    # --- background ops ---------------------------------------------------------------------------------------

    def run_op(
        self,
        op: Callable[[], R],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        """Run `op` off the GUI thread with the window's busy indicator; callbacks come back on the GUI thread.

        A lock does not drop the keys an op is using until it ends, and results that arrive while locked wait
        until the same person signs back in (they are dropped if someone else does).
        """
        ops = self._ops
        ops.running += 1
        self.ui.busyBar.show()
        failed = failure or (lambda error: show_failure(self, error))

        def on_busy(value: bool) -> None:
            if not ops.gone:
                if busy is not None:
                    busy(value)
                if not value and ops.running <= 1:
                    self.ui.busyBar.hide()

        BackgroundOp(
            None,
            op,
            success=lambda result: ops.finish(lambda: success(result)),
            failure=lambda error: ops.finish(lambda: failed(error)),
            busy=on_busy,
        ).run_in_background()

    def run_write(
        self,
        op: Callable[[], Changed[R]],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        """`run_op` for a write: after `success(result)`, what it changed is published on `changes`."""

        def done(changed: Changed[R]) -> None:
            success(changed.result)
            self.changes.publish(changed.changes)

        self.run_op(op, done, failure, busy)

    def publish(self, changes: Changes) -> None:
        """Tell the window's pages what changed outside a write op (a sync that pulled entries)."""
        self.changes.publish(changes)

    def ops_running(self) -> int:
        return self._ops.running

    # --- pages ------------------------------------------------------------------------------------------------

    def add_page(self, name: str, widget: QWidget) -> None:
        """Add a page to the window under `name` (shown with `show_page`)."""
        if name in self._pages:
            raise ValueError(f"a page named {name!r} is already in this window")
        self._pages[name] = widget
        self.ui.pageStack.addWidget(widget)

    def page(self, name: str) -> QWidget | None:
        return self._pages.get(name)

    def show_page(self, name: str) -> None:
        widget = self._pages[name]
        self.ui.pageStack.setCurrentWidget(widget)
        self.ui.myConcernsButton.setChecked(name == PAGE_MY_CONCERNS)
        self.ui.myActionsButton.setChecked(name == PAGE_MY_ACTIONS)
        self.page_changed.emit(name)
        self.changes.page_shown(widget)  # after `page_changed`: a page read afresh on showing is not read twice

    def current_page(self) -> str:
        current = self.ui.pageStack.currentWidget()
        return next((name for name, widget in self._pages.items() if widget is current), "")

    def show_my_concerns(self, select: str | None = None) -> None:
        """Show "My concerns", optionally with one concern selected (e.g. the one just recorded)."""
        self.show_page(PAGE_MY_CONCERNS)
        if isinstance(select, str):
            self.my_concerns.select(select)
        self.my_concerns.ui.concernsTable.setFocus()

    def show_my_actions(self) -> None:
        """Show "My actions" (the plan actions a lead gave this person)."""
        self.show_page(PAGE_MY_ACTIONS)
        self.my_actions.ui.actionsTable.setFocus()

    def set_concern_form(self, widget: QWidget) -> None:
        """Register the concern form as a page; "Record a concern" (button and Ctrl+N) then opens it."""
        self.add_page(PAGE_CONCERN_FORM, widget)
        self._set_record_available(True)

    def open_concern_form(self) -> None:
        """Show the concern form page (emits `page_changed("concern-form")`); does nothing while locked."""
        if PAGE_CONCERN_FORM in self._pages and not self.is_locked():
            self.show_page(PAGE_CONCERN_FORM)

    def _set_record_available(self, available: bool) -> None:
        self.ui.actionRecordConcern.setEnabled(available)
        self.ui.recordButton.setEnabled(available)
        if available:
            self.ui.recordButton.setToolTip(_tr("Record a new concern about a pupil (Ctrl+N)"))
        else:
            self.ui.recordButton.setToolTip(_tr("The concern form is not installed in this copy of Concern Logger."))

    # --- locking ----------------------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._signed_in is None

    def idle_watcher(self) -> IdleWatcher:
        return self._idle

    def lock(self) -> None:
        """Hide everything at once behind the lock screen and drop the keys (after any op still using them)."""
        signed_in = self._signed_in
        if signed_in is None:
            return
        self.locking.emit()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self.isAncestorOf(focus) else None
        self._signed_in = None
        self._ops.holding = True
        self.ui.shellStack.setCurrentWidget(self._lock_screen)
        self._hidden = hide_other_windows(self)
        for action in (self.ui.actionRecordConcern, self.ui.actionMyConcerns, self.ui.actionMyActions,
                       self.ui.actionLock):  # fmt: skip
            action.setEnabled(False)
        self._idle.stop()
        self.my_concerns.clear()
        self.my_actions.clear()
        self._update_title()
        self._lock_screen.show_locked_by(self._me)
        self._ops.close_when_idle(signed_in.session)

    def _signed_in_at_lock_screen(self, signed_in: SignedIn) -> None:
        if signed_in.account_id != self._me.account_id:
            self.other_person_signed_in.emit(signed_in)
            return
        self._adopt(signed_in)
        self._ops.holding = False
        self.ui.shellStack.setCurrentWidget(self.ui.contentPage)
        self.ui.actionMyConcerns.setEnabled(True)
        self.ui.actionMyActions.setEnabled(True)
        self.ui.actionLock.setEnabled(True)
        self._set_record_available(PAGE_CONCERN_FORM in self._pages)
        self._idle.start()
        show_again(self._hidden)
        self._hidden = []
        if self._focus is not None and shiboken6.isValid(self._focus) and self._focus.isVisible():
            self._focus.setFocus()
        for deliver in self._ops.release():
            deliver()
        self.unlocked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L locks while a dialog of this window (an addendum, a decision, a message) has the keyboard: the
        window's own shortcut is blocked by a dialog in front of it, so Ctrl+L did nothing there."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and not self.is_locked()
            and watched.window() is not self
            and self._owns(watched.window())
            and QKeySequence(event.keyCombination()).matches(self.ui.actionLock.shortcut())
            == QKeySequence.SequenceMatch.ExactMatch
        ):
            self.lock()
            return True
        return super().eventFilter(watched, event)

    def _owns(self, window: QWidget) -> bool:
        """Whether a top-level window (a dialog) was opened from this one."""
        parent = window.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def lock_screen(self) -> LockScreen:
        return self._lock_screen

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing signs out: drafts are saved (via `locking`), then the keys are dropped."""
        self.save_geometry(self._settings)
        signed_in = self._signed_in
        if signed_in is not None:
            self.locking.emit()
            self._signed_in = None
            self._ops.close_when_idle(signed_in.session)
        self._idle.stop()
        self._ops.gone = True
        super().closeEvent(event)
