"""Checks a window's pages as a person meets them: every Alt+letter has one owner, and nothing needed lies
outside the window or is cut short. Used by the GUI tests and by tests/screenshots.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str:
    """The letter after a single '&' ('' when there is none): '&Lock' -> 'l', 'Fish && chips' -> ''."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return ""


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root.window()


def mnemonic_owners(root: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter on what `root` shows now, with the names of every control that answers it."""
    owners: dict[str, list[str]] = defaultdict(list)

    def own(text: str, widget: QWidget, label: str = "") -> None:
        letter = mnemonic(text)
        if letter:
            owners[letter].append(f"{label or text.replace('&', '')} ({widget.objectName() or type(widget).__name__})")

    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        if isinstance(widget, QAbstractButton | QLabel) and (not isinstance(widget, QLabel) or widget.buddy()):
            own(widget.text(), widget)  # a label's letter works only when it has a buddy to move to
        elif isinstance(widget, QGroupBox):
            own(widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab):
                    own(widget.tabText(tab), widget, widget.tabText(tab).replace("&", ""))
    return dict(owners)


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {letter: names for letter, names in mnemonic_owners(root).items() if len(names) > 1}


def each_view(root: QWidget) -> Iterator[str]:
    """Show every combination of the pages of `root`'s stacked widgets and tabs in turn; yields a name for each.

    The pages are put back as they were afterwards.
    """

    def walk(done: frozenset[int], path: str) -> Iterator[str]:
        stacks = [
            s for s in root.findChildren(QStackedWidget) if id(s) not in done and s.count() > 1 and _shown(s, root)
        ]
        if not stacks:
            yield path or "(the window)"
            return
        stack = stacks[0]
        before = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            page = stack.widget(index)
            name = page.objectName() or page.accessibleName() or f"{stack.objectName()}[{index}]"
            yield from walk(done | {id(stack)}, f"{path} > {name}" if path else name)
        stack.setCurrentIndex(before)

    yield from walk(frozenset(), "")


def clashes_on_every_page(root: QWidget) -> dict[str, dict[str, list[str]]]:
    """For each page combination of `root` that has one: the Alt+letters with more than one owner."""
    found = {}
    for view in each_view(root):
        QApplication.processEvents()
        here = clashes(root)
        if here:
            found[view] = here
    return found


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def outside_the_window(root: QWidget, needed: Callable[[QWidget], bool] | None = None) -> list[str]:
    """Controls `root` shows now that lie partly outside it (a scroll area's content may be scrolled to)."""
    window = root.window()
    area = QRect(QPoint(0, 0), window.size())
    wanted = needed or (lambda w: isinstance(w, QAbstractButton))
    out = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or not wanted(widget) or _inside_scroll_area(widget, root):
            continue
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.contains(box):
            label = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
            out.append(f"{label.replace('&', '')} ({widget.objectName()}) at {box.getRect()} in {area.getRect()}")
    return out


def clash_report(found: dict[str, dict[str, list[str]]]) -> str:
    """One line per clash: the page, Alt+letter, and its owners."""
    return "\n".join(
        f"{page}: Alt+{letter.upper()} -> {' | '.join(names)}"
        for page, letters in found.items()
        for letter, names in sorted(letters.items())
    )
