"""Settings of this PC, declared once with type and default over QSettings; never child data or secrets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.paths import APP_AUTHOR, APP_NAME

T = TypeVar("T")


def _always(_value: Any) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: its key in QSettings, its type, its default, and which values are acceptable."""

    key: str
    kind: type[T]
    default: T
    description: str
    valid: Callable[[T], bool] = field(default=_always)


IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "lock/idle_minutes",
    int,
    5,
    "Minutes without keyboard or mouse use before the app locks itself",
    valid=lambda minutes: 1 <= minutes <= 120,
)
SIGN_IN_GEOMETRY: Setting[QByteArray] = Setting(
    "geometry/sign_in_window", QByteArray, QByteArray(), "Where the sign-in window was, and its size"
)
MAIN_WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "geometry/main_window", QByteArray, QByteArray(), "Where the main window was, and its size"
)
UI_LANGUAGE: Setting[str] = Setting(
    "ui/language",
    str,
    "",
    "The windows' language: empty follows the PC's language; en, cy (Welsh) or pseudo (stretched, for layout checks)",
    valid=lambda language: language in ("", "en", "cy", "pseudo"),
)
DECLARED: tuple[Setting[Any], ...] = (IDLE_LOCK_MINUTES, SIGN_IN_GEOMETRY, MAIN_WINDOW_GEOMETRY, UI_LANGUAGE)


class Settings:
    """Typed access to this PC's declared settings. Private state: the QSettings store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(APP_AUTHOR, APP_NAME)

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none is stored or the stored one is unusable."""
        if setting not in DECLARED:
            raise KeyError(f"undeclared setting {setting.key!r}")
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            value = raw if isinstance(raw, setting.kind) else setting.kind(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default
        return value if setting.valid(value) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if setting not in DECLARED:
            raise KeyError(f"undeclared setting {setting.key!r}")
        if not isinstance(value, setting.kind) or not setting.valid(value):
            raise ValueError(f"{value!r} is not an acceptable value for {setting.key}")
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()


# Until a window manager has framed the window its frame is unknown: room for a title bar and borders.
FRAME_GUESS = QMargins(4, 30, 4, 4)


def fitted_geometry(available: QRect, frame: QMargins, wanted: QRect | None, preferred: QSize) -> QRect:
    """Where a window goes on a screen whose free area is `available`: its inner rectangle (without the frame).

    `wanted` (a saved place, or None) is kept when the whole frame lies on the screen; otherwise it is shrunk to
    fit and moved onto the screen. With nothing saved the window takes `preferred`, shrunk to the screen, centred.
    """
    room = QSize(
        max(available.width() - frame.left() - frame.right(), 1),
        max(available.height() - frame.top() - frame.bottom(), 1),
    )
    size = (wanted.size() if wanted is not None and wanted.isValid() else preferred).boundedTo(room)
    if wanted is not None and wanted.isValid():
        top_left = wanted.topLeft()
    else:
        top_left = available.center() - QPoint(size.width() // 2, size.height() // 2)
    # Onto the screen: the frame's right and bottom edges inside, then its left and top (which win).
    x = min(top_left.x(), available.right() - frame.right() - size.width() + 1)
    y = min(top_left.y(), available.bottom() - frame.bottom() - size.height() + 1)
    x = max(x, available.left() + frame.left())
    y = max(y, available.top() + frame.top())
    return QRect(QPoint(x, y), size)


def is_small_screen(available: QRect, preferred: QSize) -> bool:
    """A screen with little room around the preferred size (1024x768, 1366x768): the window is best maximised."""
    return available.width() < preferred.width() + 200 or available.height() < preferred.height() + 100


class PreserveGeometry:
    """Mixin for a top-level QWidget: its size and place are restored on opening and saved on closing, always
    within the screen it opens on (a laptop's saved place never leaves the window half off a school PC's screen).

    The class sets `geometry_setting`; the widget calls `restore_geometry` (or `fit_to_screen`) once built and
    `save_geometry` on close.
    """

    geometry_setting: Setting[QByteArray]

    def restore_geometry(self, settings: Settings) -> bool:
        saved = settings.get(self.geometry_setting)
        return not saved.isEmpty() and bool(self.restoreGeometry(saved))  # type: ignore[attr-defined]

    def fit_to_screen(self, settings: Settings, preferred: QSize) -> None:
        """Restore the saved geometry if any, then keep the window wholly on its screen, down to 1024x768.

        With nothing saved, a screen with little room around the preferred size (a school PC at 1024x768, a
        1366x768 laptop) opens the window maximised.
        """
        restored = self.restore_geometry(settings)
        widget: Any = self
        screen = widget.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            if not restored:
                widget.resize(preferred)
            return
        available = screen.availableGeometry()
        if widget.isMaximized() or widget.isFullScreen():
            return
        wanted = widget.geometry() if restored else None
        frame = FRAME_GUESS if not widget.isVisible() else _frame_of(widget)
        place = fitted_geometry(available, frame, wanted, preferred)
        widget.setGeometry(place)
        if not restored and is_small_screen(available, preferred):
            widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)

    def save_geometry(self, settings: Settings) -> None:
        settings.set(self.geometry_setting, self.saveGeometry())  # type: ignore[attr-defined]


def _frame_of(widget: Any) -> QMargins:
    inner, outer = widget.geometry(), widget.frameGeometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
