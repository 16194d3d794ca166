"""Putting the lead's workspace (or, for an oversight account, only the dashboard) into a signed-in main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.domain.records import Role
from desktop_app.services.allegations import may_see_allegations
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.allegations_page import AllegationsPage
from desktop_app.ui.lead.audit_page import AuditPage
from desktop_app.ui.lead.child_file_page import ChildFilePage
from desktop_app.ui.lead.common import LeadShell
from desktop_app.ui.lead.dashboard_page import DashboardPage
from desktop_app.ui.lead.families_page import FamiliesPage
from desktop_app.ui.lead.queue_page import TriageQueuePage
from desktop_app.ui.lead.search_page import SearchPage
from desktop_app.ui.lead.staff_page import StaffPage
from desktop_app.ui.lead.workspace import LeadWorkspaceController, is_lead

PAGE_QUEUE = "lead-queue"
PAGE_CHILD_FILE = "lead-child-file"
PAGE_DASHBOARD = "oversight-dashboard"
PAGE_FAMILIES = "lead-families"
PAGE_AUDIT = "lead-audit"
PAGE_STAFF = "lead-staff"
PAGE_SEARCH = "lead-search"
PAGE_ALLEGATIONS = "allegations"
START_PAGE = "my-concerns"  # the page the main window opens on; a lead starts at the queue instead
# The child's file's back button, by the page it was opened from (translated when used).
_BACK_TEXT = {
    PAGE_QUEUE: lambda: _tr("&Back to the queue"),
    PAGE_FAMILIES: lambda: _tr("&Back to Families"),
    PAGE_SEARCH: lambda: _tr("&Back to Find"),
    PAGE_AUDIT: lambda: _tr("&Back to Audit"),
}


def _tr(text: str) -> str:
    return translate("LeadWorkspace", text)


class NavigationBar(QObject):
    """Checkable buttons in the main window's navigation row, one per page, each with a window shortcut (Ctrl+2…8,
    shown on the button; no Alt+letter, which the pages need for their own fields); a button
    is checked while its page (or one of the pages it stands for) is shown, and its shortcut is off while locked.
    A page with no button of its own (the child's file) checks the button of the page it was opened from.

    Private state: `_window`, `_buttons` (button, page names it stands for), `_actions`, `_opened_from` (page ->
    the page it was opened from).
    """

    def __init__(self, window: LeadShell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._buttons: list[tuple[QPushButton, tuple[str, ...]]] = []
        self._actions: list[QAction] = []
        self._opened_from: dict[str, str] = {}
        window.page_changed.connect(self._page_changed)
        window.locking.connect(lambda: self._enable(False))
        window.unlocked.connect(lambda: self._enable(True))

    def add(self, text: str, tip: str, shortcut: str, page: str, *also: str) -> QPushButton:
        window = self._window
        assert isinstance(window, QWidget)
        # The page's shortcut is on the button, under its name: the pages keep every Alt+letter for their own controls.
        button = QPushButton(
            f"{text}\n{QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)}", window
        )
        button.setObjectName(f"nav-{page}")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setToolTip(f"{tip} ({shortcut})")
        button.setAccessibleName(text)
        button.setMinimumHeight(48)
        layout = window.ui.navLayout  # type: ignore[attr-defined]
        layout.insertWidget(layout.count() - 1, button)  # before the spacer that ends the row
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self._show(page))
        window.addAction(action)
        button.clicked.connect(lambda: self._show(page))
        self._buttons.append((button, (page, *also)))
        self._actions.append(action)
        return button

    def add_shortcut(self, text: str, shortcut: str, page: str) -> None:
        """A window shortcut to a page with no button of its own (off while locked, as the buttons' are)."""
        window = self._window
        assert isinstance(window, QWidget)
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show(page))
        window.addAction(action)
        self._actions.append(action)

    def show(self, page: str) -> None:
        """Show `page` (when signed in), its button or its origin's checked."""
        self._show(page)

    def _show(self, page: str) -> None:
        if self._window.signed_in() is not None:
            self._window.show_page(page)
        self._page_changed(self._window.current_page())

    def opened_from(self, page: str, origin: str) -> None:
        """While `page` is shown, the button of `origin` is checked."""
        self._opened_from[page] = origin
        self._page_changed(self._window.current_page())

    def _page_changed(self, name: str) -> None:
        name = self._opened_from.get(name, name)
        for button, pages in self._buttons:
            button.setChecked(name in pages)

    def _enable(self, enabled: bool) -> None:
        for action in self._actions:
            action.setEnabled(enabled)


class LeadWorkspaceUi(QObject):
    """The lead's pages in one window, and what joins them: a queue row opens the child's file; a lock drops every
    page's child data. What is recorded on one page reaches the others through the window's change bus.

    Attributes (for other pages and tests): `controller`, `queue`, `child_file`, `families`, `audit`, `staff`,
    `dashboard`, `search`, `navigation` (all but the dashboard are None for an oversight account), `allegations`
    (None unless `allegations`: for the head and the holders of the allegations key alone).
    """

    def __init__(self, window: LeadShell, lead: bool, allegations: bool = False) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.navigation = NavigationBar(window, self)
        self.controller: LeadWorkspaceController | None = None
        self.queue: TriageQueuePage | None = None
        self.child_file: ChildFilePage | None = None
        self.families: FamiliesPage | None = None
        self.audit: AuditPage | None = None
        self.staff: StaffPage | None = None
        self.search: SearchPage | None = None
        self.dashboard = DashboardPage(window)
        self._file_from = PAGE_QUEUE
        self.allegations: AllegationsPage | None = None
        nav = self.navigation
        if lead:
            self.controller = LeadWorkspaceController(window, self)
            self.queue = TriageQueuePage(self.controller, self.open_child_file)
            self.child_file = ChildFilePage(window, controller=self.controller)
            self.families = FamiliesPage(self.controller, self.open_child_file, window.changes)
            self.audit = AuditPage(window, self.controller)
            self.staff = StaffPage(self.controller, window.changes)
            self.search = SearchPage(self.controller, self.open_child_file)
            for name, page in (
                (PAGE_QUEUE, self.queue),
                (PAGE_CHILD_FILE, self.child_file),
                (PAGE_FAMILIES, self.families),
                (PAGE_AUDIT, self.audit),
                (PAGE_STAFF, self.staff),
                (PAGE_SEARCH, self.search),
            ):
                window.add_page(name, page)  # fmt: skip
            nav.add(_tr("Triage queue"), _tr("New concerns and everything that needs a lead"), "Ctrl+2", PAGE_QUEUE)
            nav.opened_from(PAGE_CHILD_FILE, PAGE_QUEUE)
            self.child_file.back_requested.connect(lambda: window.show_page(self._file_from))
            self.child_file.access_requested.connect(self.show_file_access)
            window.locking.connect(self.child_file.forget)
            window.unlocked.connect(self._reopen_file)
        window.add_page(PAGE_DASHBOARD, self.dashboard)
        nav.add(_tr("Dashboard"), _tr("Counts and clocks: no names, no text"), "Ctrl+3", PAGE_DASHBOARD)
        if lead:
            nav.add(_tr("Families"), _tr("Households: suggestions, links and family chronologies"), "Ctrl+4",
                    PAGE_FAMILIES)  # fmt: skip
            nav.add(_tr("Audit"), _tr("Who looked at a file, and a check of every record"), "Ctrl+5", PAGE_AUDIT)
            nav.add(_tr("Staff"), _tr("Staff accounts and the lead role"), "Ctrl+6", PAGE_STAFF)
            nav.add(_tr("Find"), _tr("Search every record for words or a name"), "Ctrl+F", PAGE_SEARCH)
        if allegations:
            self.allegations = AllegationsPage(window)
            window.add_page(PAGE_ALLEGATIONS, self.allegations)
            # Reached from the Dashboard (and Ctrl+8): the navigation row has no room for an eleventh button at 1024
            # pixels, and the head's window holds only the Dashboard.
            nav.add_shortcut(_tr("Allegations"), "Ctrl+8", PAGE_ALLEGATIONS)
            nav.opened_from(PAGE_ALLEGATIONS, PAGE_DASHBOARD)
            self.dashboard.offer_allegations(lambda: nav.show(PAGE_ALLEGATIONS))
            window.locking.connect(self.allegations.clear)
        window.locking.connect(self.dashboard.clear)
        window.page_changed.connect(self._page_changed)

    def start(self) -> None:
        if self.controller is not None:
            self.controller.start()

    def open_child_file(self, pupil_id: str, select: str = "", family: bool = False) -> None:
        """Show a child's file (opened in the background and written to the access audit)."""
        if self.child_file is None:
            return
        origin = self.window.current_page()
        if origin in _BACK_TEXT and origin != self._file_from:
            self._file_from = origin
            self.navigation.opened_from(PAGE_CHILD_FILE, origin)
            self.child_file.ui.backButton.setText(_BACK_TEXT[origin]())
        self.child_file.open_child(pupil_id, select, family)
        self.window.show_page(PAGE_CHILD_FILE)

    def _reopen_file(self) -> None:
        if self.child_file is not None and self.window.current_page() == PAGE_CHILD_FILE:
            self.child_file.reopen()

    def show_file_access(self, pupil_id: str) -> None:
        """Show the Audit page with who looked at one child's file."""
        if self.audit is not None:
            self.window.show_page(PAGE_AUDIT)
            self.audit.show_access(pupil_id)

    def _page_changed(self, name: str) -> None:
        """A page being shown reads what it shows afresh."""
        if name == PAGE_DASHBOARD:
            self.dashboard.refresh()
        elif name == PAGE_ALLEGATIONS and self.allegations is not None:
            self.allegations.refresh()
        elif name == PAGE_FAMILIES and self.families is not None:
            self.families.refresh()
        elif name == PAGE_STAFF and self.staff is not None:
            self.staff.refresh()
        elif name == PAGE_SEARCH and self.search is not None:
            self.search.ui.queryEdit.setFocus()
            self.search.ui.queryEdit.selectAll()

    def show_start_page(self) -> None:
        """A lead starts at the queue, an oversight account at the dashboard, unless another page (a draft being
        offered back) was opened first."""
        if self.window.signed_in() is None or self.window.current_page() != START_PAGE:
            return
        self.window.show_page(PAGE_QUEUE if self.queue is not None else PAGE_DASHBOARD)


def install_lead_workspace(window: LeadShell) -> LeadWorkspaceUi | None:
    """A `PageInstaller` for the app shell: for a lead (the lead role and the team key), the queue, the child's file
    and the dashboard; for an oversight account only the dashboard; for anyone else nothing."""
    signed_in = window.signed_in()
    if signed_in is None:
        raise RuntimeError("the lead's workspace needs a signed-in window")
    session = signed_in.session
    if is_lead(session):
        workspace = LeadWorkspaceUi(window, lead=True, allegations=may_see_allegations(session))
    elif session.role == Role.OVERSIGHT:
        workspace = LeadWorkspaceUi(window, lead=False, allegations=True)
    else:
        return None
    workspace.start()
    QTimer.singleShot(0, workspace.show_start_page)
    return workspace
