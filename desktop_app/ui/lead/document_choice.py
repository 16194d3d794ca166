"""The tick list of a child's attached documents in the pack dialogs (referral pack, transfer): none ticked at first,
hidden when the file holds none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem


def fill_document_choice(label: QLabel, widget: QListWidget, documents: Sequence[tuple[str, str]]) -> None:
    """One unticked item per (words, document id); the label and list are hidden when there is none."""
    widget.clear()
    for words, document_id in documents:
        item = QListWidgetItem(words, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, document_id)
    label.setVisible(bool(documents))
    widget.setVisible(bool(documents))


def chosen_documents(widget: QListWidget) -> tuple[str, ...]:
    """The ids of the documents ticked, in the list's order."""
    return tuple(
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )
