"""The per-user backend of the settings registry: this person's window state on this PC, over QSettings; never
child data or secrets. The settings themselves are declared in `desktop_app.domain.settings`."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.config import MachineConfig
from desktop_app.domain.settings import IDLE_MINUTES, USER_SETTINGS, Resolved, Setting, resolve
from desktop_app.paths import APP_AUTHOR, APP_NAME

T = TypeVar("T")
log = logging.getLogger(__name__)


class Settings:
    """Typed access to this person's settings on this PC. Private state: the QSettings store.

    Writes only the per-user settings (`Scope.USER`); reads those and a machine setting's `also_read` key. A value
    that cannot be used gives one warning naming the setting and the file, and its default is used, as before.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(APP_AUTHOR, APP_NAME)

    @property
    def where(self) -> str:
        return self._store.fileName()

    def _key_of(self, setting: Setting[Any]) -> str:
        if setting in USER_SETTINGS:
            return setting.key
        if setting.also_read:  # the older per-user copy of a machine setting: read, never written
            return setting.also_read
        raise KeyError(f"{setting.key!r} is not kept in QSettings")

    def held(self, setting: Setting[T]) -> T | None:
        """The stored value, or None when none is stored or the stored one cannot be used (with one warning)."""
        key = self._key_of(setting)
        raw = self._store.value(key)
        if raw is None:
            return None
        try:
            if setting.kind is bytes:
                value: Any = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
            else:
                value = raw if isinstance(raw, setting.kind) else setting.kind(raw)
        except (TypeError, ValueError):
            value, problem = None, f"is not {setting.kind.__name__}: {raw!r}"
        else:
            problem = setting.problem(value)
        if problem:
            log.warning("Bad setting in %s: %s %s; the default (%r) is used", self.where, key, problem, setting.default)
            return None
        return value  # type: ignore[no-any-return]

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none is stored or the stored one is unusable."""
        value = self.held(setting)
        return setting.default if value is None else value

    def set(self, setting: Setting[T], value: T) -> None:
        if setting not in USER_SETTINGS:
            raise KeyError(f"{setting.key!r} is not a per-user setting kept in QSettings")
        if not isinstance(value, setting.kind) or setting.problem(value):
            raise ValueError(f"{value!r} is not an acceptable value for {setting.key}")
        self._store.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> None:
        self._store.sync()


def idle_lock_minutes(config: MachineConfig, settings: Settings) -> Resolved[int]:
    """The idle-lock minutes in force: the user's own config.toml (shorter only), the machine file, then the per-user
    QSettings value older versions read (never written; like the user's own file it may only shorten the time:
    a longer one is named in a warning and not used), then the default."""
    found = resolve(IDLE_MINUTES, (*config.sources(), settings))
    if found.source == settings.where and found.value > IDLE_MINUTES.default:
        log.warning(
            "Bad setting in %s: %s may only be shorter than this PC's %s minutes, not %s; %s minutes are used",
            settings.where,
            IDLE_MINUTES.also_read,
            IDLE_MINUTES.default,
            found.value,
            IDLE_MINUTES.default,
        )
        return Resolved(IDLE_MINUTES, IDLE_MINUTES.default, "default")
    return found


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

    geometry_setting: Setting[bytes]

    def restore_geometry(self, settings: Settings) -> bool:
        saved = settings.get(self.geometry_setting)
        return bool(saved) and bool(self.restoreGeometry(QByteArray(saved)))  # type: ignore[attr-defined]

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
        settings.set(self.geometry_setting, bytes(self.saveGeometry().data()))  # type: ignore[attr-defined]


def _frame_of(widget: Any) -> QMargins:
    inner, outer = widget.geometry(), widget.frameGeometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
