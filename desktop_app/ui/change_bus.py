"""The window's change bus: what a write changed is published once, on the GUI thread, and each view that subscribed
decides whether it concerns it: a page that is shown redraws at once, a hidden one when it is next shown (pattern:
Anki's `operation_did_execute` hook)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.services.changes import Changes

Wants = Callable[[Changes], bool]
"""Whether a change concerns a view."""


@dataclass(slots=True)
class _Subscription:
    """One view's interest. `page` None: a model, redrawn at once whatever is shown. `stale`: a change concerned the
    page while it was hidden, so it redraws when next shown (never for a page that `reads_when_shown` anyway)."""

    wants: Wants
    redraw: Callable[[], None]
    page: QWidget | None
    ignore_from: object | None
    reads_when_shown: bool = False
    stale: bool = False

    def alive(self) -> bool:
        return self.page is None or shiboken6.isValid(self.page)

    def shown(self) -> bool:
        """On screen; or, in a window not on screen (yet), the page its window would show."""
        page = self.page
        if page is None or page.isVisible():
            return True
        window = page.window()
        return not window.isVisible() and page.isVisibleTo(window)


class ChangeBus(QObject):
    """Publishes each write's `Changes` to the views that subscribed. One per main window (one signed-in person),
    used only on the GUI thread.

    Private state: `_subscriptions`.
    """

    published = Signal(object)  # the Changes, after every view has heard them

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._subscriptions: list[_Subscription] = []

    def subscribe_page(
        self, page: QWidget, wants: Wants, redraw: Callable[[], None], *, reads_when_shown: bool = False
    ) -> None:
        """`page` redraws when a change concerns it: at once while shown, else when next shown. A page that
        `reads_when_shown` (it reads everything afresh each time it is shown) is left alone while hidden."""
        self._subscriptions.append(_Subscription(wants, redraw, page, None, reads_when_shown))

    def subscribe_model(self, wants: Wants, redraw: Callable[[], None], ignore_from: object | None = None) -> None:
        """A model (not a page) redraws at once when a change concerns it, unless it published that change itself
        (`ignore_from`: its own writes already left it up to date)."""
        self._subscriptions.append(_Subscription(wants, redraw, None, ignore_from))

    def publish(self, changes: Changes, origin: object | None = None) -> None:
        """Tell every view what changed (`origin`: who wrote it, if a view); nothing happens for no change."""
        if not changes:
            return
        self._subscriptions = [s for s in self._subscriptions if s.alive()]
        for subscription in list(self._subscriptions):
            if origin is not None and subscription.ignore_from is origin:
                continue
            if not subscription.wants(changes):
                continue
            if subscription.shown():
                subscription.stale = False
                subscription.redraw()
            elif not subscription.reads_when_shown:
                subscription.stale = True
        self.published.emit(changes)

    def page_shown(self, page: QWidget) -> None:
        """`page` is now shown (`MainWindow.show_page`): redraw it if a change concerned it while it was hidden."""
        for subscription in self._subscriptions:
            if subscription.page is page and subscription.stale and subscription.alive():
                subscription.stale = False
                subscription.redraw()

    def fresh(self, page: QWidget) -> None:
        """`page` is being read afresh anyway (a new file opened): nothing waits for it to be shown."""
        for subscription in self._subscriptions:
            if subscription.page is page:
                subscription.stale = False

    def stale(self, page: QWidget) -> bool:
        """Whether `page` waits to redraw for a change it was hidden for."""
        return any(s.page is page and s.stale for s in self._subscriptions)
