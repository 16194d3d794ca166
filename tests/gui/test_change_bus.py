"""The window's change bus: a shown page redraws at once when a change concerns it, a hidden one when next shown, a
page that reads itself on showing is left alone, a model skips its own writes, and a deleted page is forgotten."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.services.changes import Changes
from desktop_app.ui.change_bus import ChangeBus


def _stack(qtbot: Any) -> tuple[QStackedWidget, QWidget, QWidget]:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    shown, hidden = QWidget(), QWidget()
    stack.addWidget(shown)
    stack.addWidget(hidden)
    stack.setCurrentWidget(shown)
    stack.show()
    return stack, shown, hidden


def test_the_shown_page_redraws_at_once_and_a_hidden_one_when_next_shown(qtbot: Any) -> None:
    stack, shown, hidden = _stack(qtbot)
    bus = ChangeBus()
    drawn: list[str] = []
    bus.subscribe_page(shown, lambda c: c.touches_child(["zofia"]), lambda: drawn.append("shown"))
    bus.subscribe_page(hidden, lambda c: c.touches_child(["zofia"]), lambda: drawn.append("hidden"))

    bus.publish(Changes.of_child("ahmed"))  # concerns neither page
    bus.publish(Changes())  # no change at all
    assert drawn == [] and not bus.stale(hidden)

    bus.publish(Changes.of_child("zofia"))
    assert drawn == ["shown"] and bus.stale(hidden) and not bus.stale(shown)
    bus.publish(Changes.of_child("zofia"))  # hidden still: one redraw waits, not two
    stack.setCurrentWidget(hidden)
    bus.page_shown(hidden)
    assert drawn == ["shown", "shown", "hidden"] and not bus.stale(hidden)
    bus.page_shown(hidden)
    assert drawn.count("hidden") == 1


def test_a_page_read_afresh_or_reading_itself_on_showing_is_not_drawn_again(qtbot: Any) -> None:
    stack, _shown, hidden = _stack(qtbot)
    bus = ChangeBus()
    drawn: list[str] = []
    bus.subscribe_page(hidden, lambda c: c.staff, lambda: drawn.append("staff"), reads_when_shown=True)
    bus.publish(Changes(staff=True))
    assert not bus.stale(hidden)
    bus.page_shown(hidden)
    assert drawn == []

    other = QWidget()
    stack.addWidget(other)
    bus.subscribe_page(other, lambda c: c.households, lambda: drawn.append("households"))
    bus.publish(Changes(households=True))
    assert bus.stale(other)
    bus.fresh(other)  # e.g. a new file opened on it: it is being read anyway
    bus.page_shown(other)
    assert drawn == []


def test_a_page_in_a_window_not_on_screen_yet_counts_as_shown_when_its_window_would_show_it(qtbot: Any) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    current, behind = QWidget(), QWidget()
    stack.addWidget(current)
    stack.addWidget(behind)
    stack.setCurrentWidget(current)
    bus = ChangeBus()
    drawn: list[str] = []
    bus.subscribe_page(current, lambda c: c.mine, lambda: drawn.append("current"))
    bus.subscribe_page(behind, lambda c: c.mine, lambda: drawn.append("behind"))
    bus.publish(Changes(mine=True))
    assert drawn == ["current"] and bus.stale(behind)


def test_a_model_skips_its_own_writes_and_a_deleted_page_is_forgotten(qtbot: Any) -> None:
    _stack_widget, shown, _hidden = _stack(qtbot)
    bus = ChangeBus()
    model, drawn = object(), []
    bus.subscribe_model(lambda c: c.queue_seen, lambda: drawn.append("model"), ignore_from=model)
    bus.subscribe_page(shown, lambda c: c.queue_seen, lambda: drawn.append("page"))
    heard: list[Changes] = []
    bus.published.connect(heard.append)

    bus.publish(Changes(queue_seen=True), origin=model)
    assert drawn == ["page"]
    bus.publish(Changes(queue_seen=True))
    assert drawn == ["page", "model", "page"] and len(heard) == 2

    shiboken6.delete(shown)
    bus.publish(Changes(queue_seen=True))
    assert drawn == ["page", "model", "page", "model"]
