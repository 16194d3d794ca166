"""Settings of this PC, declared once with type and default over QSettings; never child data or secrets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

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
DECLARED: tuple[Setting[Any], ...] = (IDLE_LOCK_MINUTES, SIGN_IN_GEOMETRY, MAIN_WINDOW_GEOMETRY)


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


class PreserveGeometry:
    """Mixin for a top-level QWidget: its size and place are restored on opening and saved on closing.

    The class sets `geometry_setting`; the widget calls `restore_geometry` once built and `save_geometry` on close.
    """

    geometry_setting: Setting[QByteArray]

    def restore_geometry(self, settings: Settings) -> bool:
        saved = settings.get(self.geometry_setting)
        return not saved.isEmpty() and bool(self.restoreGeometry(saved))  # type: ignore[attr-defined]

    def save_geometry(self, settings: Settings) -> None:
        settings.set(self.geometry_setting, self.saveGeometry())  # type: ignore[attr-defined]
