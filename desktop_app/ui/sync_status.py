"""Background sync for the main window: at start, on a timer, after each new record; status in plain words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop_app.config import HubSettings
from desktop_app.services.changes import Changes
from desktop_app.services.errors import ServiceError
from desktop_app.services.hub_login import HubLinks
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import (
    SyncReport,
    resolve_hub_address,
    retry_delay,
    sync_failures,
    sync_once,
    sync_status,
)
from desktop_app.ui.i18n import translate
from desktop_app.ui.ops import BackgroundOp

FIRST_SYNC_MS = 1500


def _tr(text: str) -> str:
    return translate("SyncDriver", text)


class SyncDriver(QObject):
    """Keeps one window's status line true and syncs in the background; it never blocks the person.

    Private state: `_store`, `_configured` (the machine configuration's hub settings), `_links` (the hub connection
    kept from sync to sync), `_timer`, `_running`.
    """

    def __init__(self, window: QObject, store: SchoolStore, configured: HubSettings | None) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._configured = configured
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        # One hub connection is kept from sync to sync while the window is open (design note 21).
        self._links = links = HubLinks()
        self.destroyed.connect(lambda *_: links.close(store))
        self.show_status()
        if self.hub_configured():
            self._timer.start(FIRST_SYNC_MS)

    def hub_configured(self) -> bool:
        try:
            return resolve_hub_address(self._store, configured=self._configured) is not None
        except ServiceError:
            return False

    def show_status(self, extra: str = "") -> None:
        status = sync_status(self._store, configured=self._configured)
        label = self._window.ui.statusLabel  # type: ignore[attr-defined]
        text = status.text
        if status.refused:
            text += " " + _tr("{n} entries from the hub were refused (see 'concern-logger verify').").format(
                n=status.refused
            )
        if status.hub is None:
            extra = ""  # the line already says there is no hub; a sync error would only say it again
        label.setText(text + (f" {extra}" if extra else ""))
        label.setToolTip(status.clock_warning or status.last_error or "")

    def after_change(self) -> None:
        """Something may have been written here: send it soon if a hub is set up and entries are waiting."""
        status = sync_status(self._store, configured=self._configured)
        if status.hub is not None and status.waiting and not self._running:
            self._timer.start(200)
        self.show_status()

    def sync_now(self) -> None:
        if self._running or not self.hub_configured():
            self.show_status()
            return
        self._running = True
        store, configured, links = self._store, self._configured, self._links
        BackgroundOp(
            self, lambda: sync_once(store, configured=configured, links=links), self._done, self._failed
        ).run_in_background()

    def _done(self, report: SyncReport) -> None:
        self._running = False
        self.show_status()
        publish = getattr(self._window, "publish", None)
        if report.pulled and callable(publish):
            publish(Changes.everything())  # what other PCs wrote appears without signing in again
        self._timer.start(retry_delay(sync_failures(self._store)) * 1000)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.show_status(str(error) if isinstance(error, ServiceError) else "")
        self._timer.start(retry_delay(sync_failures(self._store) + 1) * 1000)


def sync_installer(configured: HubSettings | None) -> Callable[[QObject], SyncDriver | None]:
    """An installer for MainWindow: starts a SyncDriver for the signed-in person's store."""

    def install(window: QObject) -> SyncDriver | None:
        signed_in = window.signed_in()  # type: ignore[attr-defined]
        if signed_in is None:
            return None
        driver = SyncDriver(window, signed_in.session.store, configured)
        window.state_reloaded.connect(driver.after_change)  # type: ignore[attr-defined]
        return driver

    return install
