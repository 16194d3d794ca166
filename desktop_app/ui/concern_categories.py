"""The categories of a concern: a list to tick, from the keyboard (a first letter goes there, Space or Enter ticks),
with those ticked read back below it; the first ticked is the main one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from desktop_app.domain.taxonomy import Category

_CODE = Qt.ItemDataRole.UserRole


class CategoryChooser(QObject):
    """Drives the category list (`list`) and the line reading back what is ticked (`chosen_label`).

    The list always shows where the keyboard is: on focus the first row (or the first ticked) is current, so Down
    goes to the second and a letter to the first category starting with it. Space (by Qt) and Enter tick or untick.

    Private state: `_order` (the codes in the order they were ticked: the first is the main category), `_loading`,
    `_pressed` (the item a mouse press began on, and its tick then).
    `changed` follows every tick or untick a person makes.
    """

    changed = Signal()

    def __init__(self, widget: QListWidget, chosen_label: QLabel, categories: Iterable[Category]) -> None:
        super().__init__(widget)
        self.list, self.chosen_label = widget, chosen_label
        self._order: list[str] = []
        self._loading = False
        self._pressed: tuple[QListWidgetItem, Qt.CheckState] | None = None
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(_CODE, category.code)
            item.setToolTip(category.description)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.itemChanged.connect(self._on_item_changed)
        widget.itemPressed.connect(self._on_pressed)
        widget.itemClicked.connect(self._on_clicked)
        widget.installEventFilter(self)
        self._show()

    def codes(self) -> list[str]:
        """The codes ticked, the main one first."""
        return list(self._order)

    def names(self) -> dict[str, str]:
        return {str(self.list.item(row).data(_CODE)): self.list.item(row).text() for row in range(self.list.count())}

    def set_codes(self, codes: Iterable[str]) -> list[str]:
        """Tick these codes (a draft put back), the first as the main one; returns the codes not in the list."""
        wanted = list(dict.fromkeys(c for c in codes if c))
        known = self.names()
        self._loading = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                ticked = item.data(_CODE) in wanted
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self._order = [c for c in wanted if c in known]
        self._show()
        return [c for c in wanted if c not in known]

    def clear(self) -> None:
        self.set_codes([])
        self.list.setCurrentRow(-1)
        self.list.scrollToTop()

    def _on_pressed(self, item: QListWidgetItem) -> None:
        self._pressed = (item, item.checkState())

    def _on_clicked(self, item: QListWidgetItem) -> None:
        """A click on the name ticks it too (a click on the box itself has already)."""
        pressed, self._pressed = self._pressed, None
        if pressed is not None and pressed[0] is item and item.checkState() == pressed[1]:
            self._toggle(item)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        code = str(item.data(_CODE))
        if item.checkState() == Qt.CheckState.Checked and code not in self._order:
            self._order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._order:
            self._order.remove(code)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        names = self.names()
        if not self._order:
            self.chosen_label.setText(self.tr("Tick the nearest (Space), and any others."))
            return
        words = [names[self._order[0]] + (self.tr(" (main)") if len(self._order) > 1 else "")]
        words += [names[code] for code in self._order[1:]]
        self.chosen_label.setText(self.tr("Ticked: {names}").format(names=", ".join(words)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        focus_in = event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
        if watched is self.list and focus_in and self.list.currentRow() < 0 and self.list.count():
            first = next((r for r in range(self.list.count()) if self.list.item(r).data(_CODE) in self._order), 0)
            self.list.setCurrentRow(first)  # the keyboard's place shows before any key is pressed
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        ):
            item = self.list.currentItem()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                if item is not None:
                    self._toggle(item)
                return True
            letter = event.text().strip().lower()
            if len(letter) == 1 and letter.isalpha():
                self._go_to_letter(letter)
                return True
        return super().eventFilter(watched, event)

    def _go_to_letter(self, letter: str) -> None:
        """The next category starting with `letter`, round the end. One letter, one jump: Qt's own search runs
        letters typed within a moment together, so "p", Space, "n" looked for "pn" and found nothing."""
        count, current = self.list.count(), self.list.currentRow()
        for step in range(1, count + 1):
            row = (current + step) % count
            if self.list.item(row).text().lower().startswith(letter):
                self.list.setCurrentRow(row)
                return
