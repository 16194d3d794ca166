"""Fields kept wide enough to show their hint (placeholder) whole, in any language."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def fit_hint(edit: QLineEdit) -> None:
    """Make `edit` at least as wide as its hint (placeholder) needs, frame and margins included."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    frame = edit.width() - contents.width()
    margins = edit.textMargins()
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right() + 4
    edit.setMinimumWidth(needed + max(frame, 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)))
