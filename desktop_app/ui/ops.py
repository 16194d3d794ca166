"""The one background-op helper: slow work runs on a worker thread, its result comes back on the GUI thread."""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services import gc_pause
from desktop_app.services.errors import ServiceError
from desktop_app.ui.i18n import translate

T = TypeVar("T")
log = logging.getLogger(__name__)


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


class _Relay(QObject):
    """A child of the application, on the GUI thread for as long as it lives: a worker emits `finished` and Qt
    queues it to this thread. It holds the ops that have not yet delivered (`running`), keeping them alive."""

    finished = Signal(object, object, object)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(_RELAY_NAME)
        self.running: set[BackgroundOp[Any]] = set()
        self.finished.connect(self._on_finished)

    @Slot(object, object, object)
    def _on_finished(self, op: BackgroundOp[Any], result: Any, error: BaseException | None) -> None:
        op._deliver(result, error)


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
    Private state: `_relay`, the GUI-thread object the worker reports to.
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

    def run_in_background(self) -> BackgroundOp[T]:
        self._relay.running.add(self)
        gc_pause.pause()  # no collection on a worker thread: see `services.gc_pause`
        if self.busy is not None:
            self.busy(True)
        QThreadPool.globalInstance().start(self._work)
        return self

    def _work(self) -> None:  # on a worker thread
        try:
            result, error = self.op(), None
        except Exception as exc:
            result, error = None, exc
            if not isinstance(exc, ServiceError):  # the type and where, never the message: it may quote a record
                where = "".join(traceback.format_tb(exc.__traceback__))
                log.error("background op failed with %s:\n%s", type(exc).__name__, where)
        self._relay.finished.emit(self, result, error)

    def _deliver(self, result: Any, error: BaseException | None) -> None:  # on the GUI thread
        self._relay.running.discard(self)
        if gc_pause.resume():  # the last op has delivered: collect here, on the GUI thread
            gc.collect()
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return
        if self.busy is not None:
            self.busy(False)
        if error is None:
            self.success(result)
        elif self.failure is not None:
            self.failure(error)
        else:
            show_failure(self.parent if isinstance(self.parent, QWidget) else None, error)


def running_ops() -> int:
    """How many ops have not yet delivered their result."""
    app = QCoreApplication.instance()
    relay = app.findChild(_Relay, _RELAY_NAME, Qt.FindChildOption.FindDirectChildrenOnly) if app else None
    return len(relay.running) if isinstance(relay, _Relay) else 0


def wait_for_ops(timeout_ms: int = 30_000) -> bool:
    """Wait for every worker thread to finish (used at exit and by tests); results are delivered by the event loop."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
