"""How the pupil finder draws a match: the name on one line, what tells the child apart on the next."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop_app.ui.pupil_finder_model import PupilFinderModel

_PAD = 4  # pixels around the two lines of a match
_WORDS = int(Qt.TextFlag.TextWordWrap)
_ANYWHERE = _WORDS | int(Qt.TextFlag.TextWrapAnywhere)


def _wrap(metrics: QFontMetrics, text: str, width: int) -> int:
    """Wrap at spaces; only a word wider than the whole line is broken inside (so a name is never cut short)."""
    return _ANYWHERE if any(metrics.horizontalAdvance(word) > width for word in text.split()) else _WORDS


class PupilMatchDelegate(QStyledItemDelegate):
    """Draws one match as two lines: the child's full name in bold, wrapped onto more lines rather than cut, and
    below it what tells them apart (year, class, birth date; the UPN's tail when another child shares the name).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}
        self._two_lines: dict[str, int] = {}

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """Bold and plain fonts and their metrics, made once per font (every paint and every row asks)."""
        key = font.key()
        if key not in self._cache:
            bold = QFont(font)
            bold.setBold(True)
            plain = QFont(font)
            self._cache[key] = (bold, plain, QFontMetrics(bold), QFontMetrics(plain))
        return self._cache[key]

    def two_line_height(self, font: QFont) -> int:
        """A row's height when the name and the details each fit on one line (nearly always)."""
        key = font.key()
        if key not in self._two_lines:
            _bold, _plain, bold_metrics, plain_metrics = self._fonts(font)
            one_line = QRect(0, 0, 10_000, 1_000)  # measured as the painting measures a wrapped line
            bold_line = bold_metrics.boundingRect(one_line, _WORDS, "Ág").height()
            plain_line = plain_metrics.boundingRect(one_line, _WORDS, "Ág").height()
            self._two_lines[key] = bold_line + plain_line + 2 * _PAD
        return self._two_lines[key]

    def row_height(self, font: QFont, name: str, details: str, width: int) -> int:
        """A row's height at `width`: two lines, or more when the name or the details must wrap."""
        _bold, _plain, bold_metrics, plain_metrics = self._fonts(font)
        inner = max(width - 2 * _PAD, 20)
        if bold_metrics.horizontalAdvance(name) <= inner and plain_metrics.horizontalAdvance(details) <= inner:
            return self.two_line_height(font)
        name_height, details_height = self._text_heights(font, name, details, width)
        return name_height + details_height + 2 * _PAD

    def _text_heights(self, font: QFont, name: str, details: str, width: int) -> tuple[int, int]:
        _bold, _plain, bold_metrics, plain_metrics = self._fonts(font)
        inner = QRect(0, 0, max(width - 2 * _PAD, 20), 10_000)
        name_height = bold_metrics.boundingRect(inner, _wrap(bold_metrics, name, inner.width()), name).height()
        details_flags = _wrap(plain_metrics, details, inner.width())
        details_height = plain_metrics.boundingRect(inner, details_flags, details).height() if details else 0
        return name_height, details_height

    def _heights(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> tuple[int, int]:
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        details = str(index.data(PupilFinderModel.DetailsRole) or "")
        return self._text_heights(option.font, name, details, width)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget  # type: ignore[attr-defined]
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()  # type: ignore[attr-defined]
        name_height, details_height = self._heights(option, index, width)
        return QSize(width, name_height + details_height + 2 * _PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        rect = option.rect  # type: ignore[attr-defined]
        text, option.text = option.text, ""  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget is not None else None  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, plain, bold_metrics, plain_metrics = self._fonts(option.font)  # type: ignore[attr-defined]
        name_height, _ = self._heights(option, index, rect.width())
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        painter.setFont(bold)
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), name_height),
            _wrap(bold_metrics, text, inner.width()),
            text,
        )
        painter.setFont(plain)
        details = str(index.data(PupilFinderModel.DetailsRole) or "")
        flags = _wrap(plain_metrics, details, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + name_height, inner.width(), inner.height()), flags, details)
        painter.restore()

    def name_shown_whole(self, option: QStyleOptionViewItem, index: QModelIndex, rect: QRect) -> bool:
        """Whether the row's rectangle holds the whole name and its details (for tests and screenshots)."""
        name_height, details_height = self._heights(option, index, rect.width())
        return rect.height() >= name_height + details_height + 2 * _PAD
