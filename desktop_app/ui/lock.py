"""Locking: the idle watcher, the full-window lock screen, and hiding every other window at once."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.records import StaffMember
from desktop_app.ui.i18n import translate
from desktop_app.ui.sign_in import OpenedSchool, SignInForm

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def _tr(text: str) -> str:
    return translate("Lock", text)


def minutes_to_ms(minutes: float) -> int:
    return max(1, round(minutes * 60_000))


class IdleWatcher(QObject):
    """Emits `idle` once no key, mouse or touch use has reached the app for `timeout_ms`.

    An event filter on the application restarts a single-shot timer on every such event. Private state: `_timer`.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """A new idle time, counted afresh from now if the watcher is running (a changed setting)."""
        self._timer.setInterval(timeout_ms)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class LockScreen(SignInForm):
    """What a locked window shows instead of its content: who locked it, and the sign-in form."""

    def __init__(self, school: OpenedSchool, parent: QWidget | None = None) -> None:
        super().__init__(school, parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(_tr("Locked"))

    def show_locked_by(self, person: StaffMember) -> None:
        school = self.school()
        self.prepare(
            _tr("Locked — {school}").format(school=school.school_name if school else ""),
            _tr(
                "{name} locked this screen. Sign in again to carry on where you left off. "
                "If someone else signs in, they start afresh."
            ).format(name=person.full_name),
            person.username,
        )


def hide_other_windows(keep: QWidget) -> list[QWidget]:
    """Hide every visible top-level window except `keep` (dialogs, message boxes); return them to show again."""
    hidden = []
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible() or widget.isAncestorOf(keep):
            continue
        widget.hide()
        hidden.append(widget)
    return hidden


def show_again(windows: list[QWidget]) -> None:
    """Show the windows a lock hid, as they were (those deleted meanwhile are passed over)."""
    for widget in windows:
        if shiboken6.isValid(widget):
            widget.show()
            widget.raise_()
