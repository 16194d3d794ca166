"""The one background-op helper: slow work runs on a worker thread, its result comes back on the GUI thread."""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services import gc_pause
from desktop_app.services.errors import ServiceError
from desktop_app.ui.i18n import translate

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)


class RunOp(Protocol):
    """Runs `op` off the GUI thread, then `success(result)` or `failure(error)` on it, with `busy(True/False)`
    around: the signature of `MainWindow.run_op` (which also keeps a locked window's keys until the op is done)."""

    def __call__(
        self,
        op: Callable[[], R],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None],
        busy: Callable[[bool], None],
    ) -> None: ...


def _tr(text: str) -> str:
    return translate("BackgroundOp", text)


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """The default failure callback: the service's own sentence, or a plain notice for anything unexpected."""
    if isinstance(error, ServiceError):
        message = str(error)
    else:
        message = _tr("Something unexpected went wrong ({kind}). Please tell your IT staff.").format(
            kind=type(error).__name__
        )
    QMessageBox.warning(parent, _tr("Concern Logger"), message)


@dataclass(frozen=True, slots=True)
class _Returned(Generic[T]):
    """What an op returned."""

    value: T


@dataclass(frozen=True, slots=True)
class _Raised:
    """What an op raised."""

    error: BaseException


class _Delivering(Protocol):
    """An op whose outcome is ready to be delivered on the GUI thread (what the relay holds and calls)."""

    def deliver(self) -> None: ...


class _Relay(QObject):
    """A child of the application, on the GUI thread for as long as it lives: a worker emits `finished` with its op
    (holding its outcome) and Qt queues it to this thread. It holds the ops that have not yet delivered
    (`running`), keeping them alive."""

    finished = Signal(object)  # a _Delivering

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(_RELAY_NAME)
        self.running: set[_Delivering] = set()
        self.finished.connect(self._on_finished)

    @Slot(object)
    def _on_finished(self, op: _Delivering) -> None:
        self.running.discard(op)
        op.deliver()


_RELAY_NAME = "backgroundOpRelay"


def _app_relay() -> _Relay:
    """The application's relay, made on first use (always from the GUI thread, where ops are started). It is the
    application's child, not this module's: it goes with the application, and a new application has a new one."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a background op needs the application: create it first")
    relay = app.findChild(_Relay, _RELAY_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return relay if isinstance(relay, _Relay) else _Relay(app)


class BackgroundOp(Generic[T]):
    """Runs `op` off the GUI thread, then calls `success(result)` or `failure(error)` on the GUI thread.

    The op must never touch a widget. `busy(True)` is called before it starts and `busy(False)` before the
    callback. If `parent` has been deleted by the time the op ends, no callback runs (pattern: Anki's QueryOp).
    Private state: `_relay`, the GUI-thread object the worker reports to; `_outcome` (what the op returned or
    raised, set on the worker thread before it reports).
    """

    def __init__(
        self,
        parent: QObject | None,
        op: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        self.parent = parent
        self.op = op
        self.success = success
        self.failure = failure
        self.busy = busy
        self._relay = _app_relay()
        self._outcome: _Returned[T] | _Raised | None = None

    def run_in_background(self) -> BackgroundOp[T]:
        self._relay.running.add(self)
        gc_pause.pause()  # no collection on a worker thread: see `services.gc_pause`
        if self.busy is not None:
            self.busy(True)
        QThreadPool.globalInstance().start(self._work)
        return self

    def _work(self) -> None:  # on a worker thread
        try:
            self._outcome = _Returned(self.op())
        except Exception as exc:
            self._outcome = _Raised(exc)
            if not isinstance(exc, ServiceError):  # the type and where, never the message: it may quote a record
                where = "".join(traceback.format_tb(exc.__traceback__))
                log.error("background op failed with %s:\n%s", type(exc).__name__, where)
        self._relay.finished.emit(self)

    def deliver(self) -> None:  # on the GUI thread, called by the relay
        outcome, self._outcome = self._outcome, None
        if gc_pause.resume():  # the last op has delivered: collect here, on the GUI thread
            gc.collect()
        if outcome is None or (self.parent is not None and not shiboken6.isValid(self.parent)):
            return
        if self.busy is not None:
            self.busy(False)
        if isinstance(outcome, _Returned):
            self.success(outcome.value)
        elif self.failure is not None:
            self.failure(outcome.error)
        else:
            show_failure(self.parent if isinstance(self.parent, QWidget) else None, outcome.error)


def running_ops() -> int:
    """How many ops have not yet delivered their result."""
    app = QCoreApplication.instance()
    relay = app.findChild(_Relay, _RELAY_NAME, Qt.FindChildOption.FindDirectChildrenOnly) if app else None
    return len(relay.running) if isinstance(relay, _Relay) else 0


def wait_for_ops(timeout_ms: int = 30_000) -> bool:
    """Wait for every worker thread to finish (used at exit and by tests); results are delivered by the event loop."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
