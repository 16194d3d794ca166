"""The lead's workspace behind the pages: folded once off the GUI thread, refreshed cheaply, one job at a time.

The workspace is the session's one fold (`services.folded`). It is touched only on a worker thread, by one job at a
time, each holding the fold's lock for its whole run (a refresh mutates the state the job reads); the pages are
given a `QueueView`, taken under that lock, so the GUI never reads a state a refresh is changing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop_app.domain.lead.concern_records import Decision
from desktop_app.domain.records import Pupil, Role, StaffMember
from desktop_app.domain.taxonomy import Category
from desktop_app.domain.triage.items import Stage, TriageItem
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.directory import categories as school_categories
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.session import Session
from desktop_app.services.triage import lead_accounts, lead_queue, open_workspace, refresh_workspace
from desktop_app.services.uow import now_utc
from desktop_app.services.verified import trust_warnings
from desktop_app.ui.lead.common import LeadShell
from desktop_app.ui.ops import show_failure

REFRESH_MS = 60_000  # clocks turn amber and red as time passes, and other PCs' entries arrive by sync
STORE_CHANGED_MS = 300  # after the store file changes (another person on this PC, a sync), refresh this soon

R = TypeVar("R")
Work = Callable[[Session, LeadWorkspace], R]
"""A job on the lead's workspace: runs on a worker thread with the session and the workspace."""


@dataclass(frozen=True, slots=True)
class QueueView:
    """What the lead's pages show, taken from the workspace on the worker thread.

    `decisions` holds the decisions the queue's items are about (to sign one off); `leads` the active leads (who can
    own a concern); `staff` every active account with a profile (who can own an action).
    """

    items: tuple[TriageItem, ...]
    decisions: dict[str, Decision]
    leads: tuple[StaffMember, ...]
    staff: tuple[StaffMember, ...]
    pupils: tuple[Pupil, ...]
    categories: tuple[Category, ...]
    account_id: str
    taken_at: datetime
    staff_by_id: dict[str, StaffMember] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # entries that failed their checks and are not shown (services.verified)

    @property
    def category_map(self) -> dict[str, Category]:
        return {c.code: c for c in self.categories}


def take_view(session: Session, workspace: LeadWorkspace, now: datetime | None = None) -> QueueView:
    """The queue and the lists the pages need, from the workspace (call on the thread that owns it)."""
    state = workspace.state
    items = tuple(lead_queue(session, workspace, now))
    decisions = {
        item.entry_id: state.lead.decisions[item.entry_id]
        for item in items
        if item.stage in (Stage.AWAITING_SECOND_LEAD, Stage.CHALLENGED) and item.entry_id in state.lead.decisions
    }
    accounts = session.keybook.accounts
    staff = tuple(
        sorted(
            (m for m in state.staff.values() if (a := accounts.get(m.account_id)) is not None and a.active),
            key=lambda m: m.full_name.casefold(),
        )
    )
    pupils = tuple(sorted(state.pupils.values(), key=lambda p: (p.surname.casefold(), p.forename.casefold())))
    return QueueView(
        items=items,
        decisions=decisions,
        leads=tuple(lead_accounts(session, state)),
        staff=staff,
        pupils=pupils,
        categories=tuple(school_categories(state)),
        account_id=session.account_id,
        taken_at=now or now_utc(),
        staff_by_id=dict(state.staff),
        warnings=tuple(
            trust_warnings(
                session.view,
                names={a: m.full_name for a, m in state.staff.items()},
                passed_over=state.passed_over,
            )
        ),
    )


def is_lead(session: Session) -> bool:
    """A lead here is an account with the lead role that holds the team key (checked by key, as the services do)."""
    return session.role == Role.LEAD and session.holds_team_key


def _nothing() -> None:
    return None


def wants_queue(changes: Changes) -> bool:
    """Whether a change published by another view concerns the workspace (the queue and the lists the pages take
    from it). A change to the person's own records is left out: it folds the window's state again, whose
    `state_reloaded` refreshes the workspace."""
    return not changes.mine and (changes.touches_records() or changes.staff or changes.households or changes.queue_seen)


@dataclass(slots=True)
class _Job:
    """A queued job, its result already bound: `work` (None: only refresh) returns what to call on the GUI thread
    once the view is fresh; `after` is called then for a refresh."""

    work: Callable[[Session, LeadWorkspace], Callable[[], None]] | None
    failure: Callable[[BaseException], None] | None
    busy: Callable[[bool], None] | None
    after: Callable[[], None] = _nothing


class LeadWorkspaceController(QObject):
    """Keeps the lead's folded workspace for one window and runs every job on it, one at a time.

    A job is `work(session, workspace)`, run on a worker thread holding the session's fold lock
    (`FoldedState.lock`); after it the workspace takes in what reached the store (its own entry, others' by sync)
    and a fresh `QueueView` is emitted with `view_changed`. A `write` job returns what it changed (`Changed`), which
    is published on the window's change bus after its success; a change another view published that concerns the
    workspace refreshes it (`wants_queue`). The lock screen drops the workspace and every view
    (`cleared`; signing out drops the session's fold); the same person signing back in folds it again.

    `clock` says what time it is for the queue's clocks (the system clock; a test may move it on).

    Private state: `_shell`, `_workspace` (the view over the session's fold: None until folded, and while locked),
    `_jobs` (waiting), `_running`,
    `_generation` (bumped at each lock: results of older jobs are dropped), `_view`, `_timer`, `_watcher` (the
    store's files: anything written to the store on this PC, by another person here or a sync, refreshes the
    queue within a moment, so an urgent concern alerts every lead signed in here at once), `_soon` (its
    debounce).
    """

    view_changed = Signal(object)  # a QueueView
    cleared = Signal()
    loading = Signal(bool)

    def __init__(
        self, shell: LeadShell, parent: QObject | None = None, clock: Callable[[], datetime] = now_utc
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._shell = shell
        self._workspace: LeadWorkspace | None = None
        self._jobs: deque[_Job] = deque()
        self._running = False
        self._generation = 0
        self._view: QueueView | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(STORE_CHANGED_MS)
        self._soon.timeout.connect(self.refresh)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._store_changed)
        shell.locking.connect(self.clear)
        shell.unlocked.connect(self.start)
        shell.state_reloaded.connect(self.refresh)
        shell.changes.subscribe_model(wants_queue, self.refresh, ignore_from=self)

    def view(self) -> QueueView | None:
        return self._view

    def ready(self) -> bool:
        """Whether the workspace is folded (jobs then start at once rather than after the fold)."""
        return self._workspace is not None

    def busy(self) -> bool:
        return self._running or bool(self._jobs)

    def start(self) -> None:
        """Fold the workspace in the background (after sign-in or unlock)."""
        self._workspace = None
        self.loading.emit(True)
        self._jobs.append(_Job(None, self._open_failed, None, after=lambda: self.loading.emit(False)))
        self._next()
        self._timer.start()
        self._watch_store()

    def _watch_store(self) -> None:
        """Watch the store's file and its write-ahead log (written by every writer on this PC, sync included)."""
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        path = signed_in.session.store.db_path
        wanted = [str(p) for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        missing = [p for p in wanted if p not in self._watcher.files()]
        if missing:
            self._watcher.addPaths(missing)

    def _store_changed(self, _path: str) -> None:
        if self._workspace is None and not self._running:
            return
        self._watch_store()  # a file replaced (a checkpoint, a restore) drops its watch: take it up again
        self._soon.start()

    def _open_failed(self, error: BaseException) -> None:
        self.loading.emit(False)
        show_failure(None, error)

    def refresh(self) -> None:
        """Take in new entries and redraw the queue (its clocks too); skipped when a refresh is already waiting."""
        if self._shell.signed_in() is None or any(job.work is None for job in self._jobs):
            return
        self._jobs.append(_Job(None, None, None))
        self._next()

    def clear(self) -> None:
        """Drop the workspace and every snapshot (on lock): no child data stays in memory."""
        self._generation += 1
        self._workspace = None
        self._view = None
        self._drop_jobs()
        self._timer.stop()
        self._soon.stop()
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.cleared.emit()

    def _drop_jobs(self) -> None:
        """Forget the jobs waiting (on lock), each one's page no longer busy with it."""
        dropped, self._jobs = list(self._jobs), deque()
        for job in dropped:
            if job.busy is not None:
                job.busy(False)

    def run(
        self,
        work: Work[R],
        success: Callable[[R], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        """Queue `work(session, workspace)`. `success(result)` and `failure(error)` come back on the GUI thread after
        the new view has been emitted."""

        def bound(session: Session, workspace: LeadWorkspace) -> Callable[[], None]:
            result = work(session, workspace)
            return (lambda: success(result)) if success is not None else _nothing

        if busy is not None:
            busy(True)  # busy from the moment it waits: a page redrawn by a queued job shows nothing stale as done
        self._jobs.append(_Job(bound, failure, busy))
        self._next()

    def write(
        self,
        work: Work[Changed[R]],
        success: Callable[[R], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        """`run` for a write: after the fresh view and `success(result)`, what it changed is published on the
        window's change bus (the workspace itself is already up to date)."""

        def done(changed: Changed[R]) -> None:
            if success is not None:
                success(changed.result)
            self._shell.changes.publish(changed.changes, origin=self)

        self.run(work, done, failure, busy)

    def _next(self) -> None:
        if self._running or not self._jobs:
            return
        signed_in = self._shell.signed_in()
        if signed_in is None:
            self._drop_jobs()
            return
        job = self._jobs.popleft()
        self._running = True
        generation, session, now = self._generation, signed_in.session, self.clock()
        Outcome = tuple[LeadWorkspace, Callable[[], None], BaseException | None, QueueView]

        def op() -> Outcome:
            with session.folded.lock:  # the job reads the live fold: nothing else folds into it meanwhile
                workspace = open_workspace(session)
                deliver: Callable[[], None] = job.after
                error: BaseException | None = None
                if job.work is not None:
                    try:
                        deliver = job.work(session, workspace)
                    except Exception as exc:  # delivered to the job's failure after the view is fresh
                        error = exc
                refresh_workspace(session, workspace)
                return workspace, deliver, error, take_view(session, workspace, now)

        def done(outcome: Outcome) -> None:
            self._running = False
            if generation == self._generation:
                workspace, deliver, error, view = outcome
                self._workspace, self._view = workspace, view
                self.view_changed.emit(view)
                if error is not None:
                    (job.failure or (lambda e: show_failure(None, e)))(error)
                else:
                    deliver()
            self._next()

        def failed(error: BaseException) -> None:
            self._running = False
            if generation == self._generation:
                (job.failure or (lambda e: show_failure(None, e)))(error)
            self._next()

        self._shell.run_op(op, done, failed, job.busy)
