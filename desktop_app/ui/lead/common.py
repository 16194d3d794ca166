"""What every lead page shares: the window it lives in, times and people in words, and errors as sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.records import StaffMember
from desktop_app.domain.taxonomy import Category
from desktop_app.services.changes import Changed
from desktop_app.services.errors import ServiceError
from desktop_app.ui.change_bus import ChangeBus
from desktop_app.ui.my_concerns_model import when_text
from desktop_app.ui.sign_in import SignedIn

__all__ = [
    "LeadShell",
    "category_name",
    "error_words",
    "fill_combo",
    "person_words",
    "short_when",
    "when_text",
    "when_width",
]

R = TypeVar("R")


class LeadShell(Protocol):
    """What the lead's pages need from the main window (see ui/main_window.py)."""

    locking: SignalInstance
    unlocked: SignalInstance
    state_reloaded: SignalInstance
    page_changed: SignalInstance
    changes: ChangeBus

    def signed_in(self) -> SignedIn | None: ...

    def run_op(
        self,
        op: Callable[[], R],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None: ...

    def run_write(
        self,
        op: Callable[[], Changed[R]],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None: ...

    def add_page(self, name: str, widget: QWidget) -> None: ...

    def show_page(self, name: str) -> None: ...

    def current_page(self) -> str: ...


def error_words(error: BaseException, fallback: str) -> str:
    """A service's own sentence, or `fallback` for anything unexpected (whose message may quote a record)."""
    return str(error) if isinstance(error, ServiceError) else fallback


def short_when(moment: datetime | None) -> str:
    """A time in a narrow column: `04 Mar 2025 10:15` in this PC's time zone."""
    return moment.astimezone().strftime("%d %b %Y %H:%M") if moment else ""


def when_width(metrics: QFontMetrics) -> int:
    """A column wide enough for `short_when` on one line, whatever the day and month."""
    return metrics.horizontalAdvance("30 Sep 2026 22:58") + 18


def person_words(member: StaffMember) -> str:
    """`Full Name (job title)`, as the records name people."""
    return f"{member.full_name} ({member.job_title or member.role.value})"


def category_name(categories: dict[str, Category], code: str) -> str:
    category = categories.get(code)
    return category.name if category else code


def fill_combo(combo: QComboBox, items: list[tuple[str, Any]], keep: Any = None) -> None:
    """Replace a combo box's items with (text, data) pairs, keeping the item whose data is `keep` current."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    combo.blockSignals(False)
