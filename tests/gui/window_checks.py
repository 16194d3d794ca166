"""Checks a window's pages as a person meets them: every Alt+letter has one owner, nothing needed lies outside
the window, and no control's words are cut short or squashed. Used by the GUI tests and by tests/screenshots.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QStackedLayout,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QToolButton,
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


def _laid_out_widgets(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout places, nested layouts included (a QStackedLayout shows one at a time: skipped)."""
    if isinstance(layout, QStackedLayout):
        return
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _laid_out_widgets(item.layout())


def overlapping(root: QWidget) -> list[str]:
    """Widgets one layout places over each other: a layout squeezed below the least size its widgets need lays
    them on top of one another (a caption under a body map hidden by the slider below it), which `cut_short`
    does not see, since each widget keeps its own size."""
    found = []
    for owner in [root, *root.findChildren(QWidget)]:
        layout = owner.layout()
        if layout is None or not _shown(owner, root):
            continue
        placed = [w for w in _laid_out_widgets(layout) if w.isVisible() and w.width() > 0 and w.height() > 0]
        for i, first in enumerate(placed):
            for second in placed[i + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    names = (w.objectName() or w.accessibleName() or type(w).__name__ for w in (first, second))
                    found.append("{} and {} overlap by {}x{}".format(*names, shared.width(), shared.height()))
    return found


def clash_report(found: dict[str, dict[str, list[str]]]) -> str:
    """One line per clash: the page, Alt+letter, and its owners."""
    return "\n".join(
        f"{page}: Alt+{letter.upper()} -> {' | '.join(names)}"
        for page, letters in found.items()
        for letter, names in sorted(letters.items())
    )


def _line_edit_room(edit: QLineEdit) -> int:
    """How wide a line edit's text may be before it is cut: its contents less the frame and text margins."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 4  # Qt keeps 2 px clear on each side


def _combo_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
    return field.width() - icon


def _tabs_cut(bar: QTabBar) -> list[str]:
    """A tab bar whose tabs do not all fit (scroll arrows shown, a tab past its end or its text elided)."""
    found = []
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
    if arrows:
        found.append(f"the tabs of {bar.objectName() or bar.accessibleName()} scroll (arrows shown)")
    metrics = bar.fontMetrics()
    for tab in range(bar.count()):
        if not bar.isTabVisible(tab):
            continue
        text = bar.tabText(tab).replace("&", "")
        rect = bar.tabRect(tab)
        if not bar.rect().contains(rect) or metrics.horizontalAdvance(text) > rect.width():
            found.append(f"tab {text!r} of {bar.objectName() or bar.accessibleName()} is not shown whole")
    return found


def _list_items_cut(view: QListWidget) -> list[str]:
    """Items of a list that does not wrap, wider than it (measured as the list measures them)."""
    if view.wordWrap():
        return []
    room = view.viewport().width()
    found = []
    for row in range(view.count()):
        item = view.item(row)
        if item.isHidden():
            continue
        needed = view.sizeHintForIndex(view.indexFromItem(item)).width()
        if needed > room:
            where = view.accessibleName() or view.objectName()
            found.append(f"{item.text()!r} in {where} is cut short ({needed} px wide, {room} px to show it)")
    return found


def _clipped(widget: QWidget, root: QWidget) -> str:
    """The ancestor that hides part of `widget` ('' when none does). Inside a scroll area only the sides count, and
    only when the area cannot scroll sideways: up and down, the content may be scrolled to."""
    box = widget.rect()  # rect(), not size(): the mark panel has a field called `size`
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        box = QRect(child.mapTo(parent, box.topLeft()), box.size())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            sideways = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if not sideways and (box.left() < 0 or box.right() > parent.width() - 1):
                return f"the sides of {area.objectName() or type(area).__name__}"
            if area is root or area.isWindow():
                return ""
            child, parent, box = area, area.parentWidget(), area.rect()  # then the area itself must show whole
            continue
        if not parent.rect().contains(box):
            return parent.objectName() or type(parent).__name__
        if parent is root or parent.isWindow():
            return ""
        child, parent = parent, parent.parentWidget()
    return ""


def cut_short(root: QWidget) -> list[str]:
    """Controls `root` shows now whose words a person cannot read whole: a button, a label, a choice or a
    field's hint cut off or squashed flat, list items cut, tabs that do not all fit, or widgets a squeezed layout
    lays over each other (`overlapping`). (Text typed into a field
    that is longer than the field is not counted: it scrolls as the person types.)"""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or widget.width() <= 0:
            continue
        name = widget.objectName() or widget.accessibleName() or type(widget).__name__
        least = widget.minimumSizeHint()
        if isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QAbstractSpinBox | QLabel | QTabBar):
            hidden_by = _clipped(widget, root)
            if hidden_by:
                found.append(f"{type(widget).__name__} {name} is partly hidden by {hidden_by}")
                continue
        if isinstance(widget, QTabBar):
            found.extend(_tabs_cut(widget))
        elif isinstance(widget, QListWidget):
            found.extend(_list_items_cut(widget))
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < least.width() or widget.height() < least.height():
                found.append(f"button {widget.text().replace('&', '')!r} ({name}) is cut short")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"label {widget.text()[:40]!r} ({name}) is cut off below")
            elif widget.width() < least.width() or widget.height() < least.height() - 1:
                found.append(f"label {widget.text()[:40]!r} ({name}) is cut short")
        elif isinstance(widget, QComboBox):
            text = widget.currentText() or widget.placeholderText()
            if widget.fontMetrics().horizontalAdvance(text) > _combo_room(widget):
                found.append(f"choice {text!r} ({name}) is cut short")
            elif widget.height() < least.height() - 1:
                found.append(f"choice {text!r} ({name}) is squashed")
        elif isinstance(widget, QLineEdit) and widget.parentWidget() is not None:
            if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                continue  # the box's own text, checked with the box
            hint = widget.placeholderText() if not widget.text() else ""
            if hint and widget.fontMetrics().horizontalAdvance(hint) > _line_edit_room(widget):
                found.append(f"the hint {hint!r} in {name} is cut short")
            elif widget.height() < least.height() - 1:
                found.append(f"field {name} is squashed")
        elif isinstance(widget, QAbstractSpinBox) and widget.height() < least.height() - 1:
            found.append(f"field {name} is squashed")
    found.extend(overlapping(root))
    return found
