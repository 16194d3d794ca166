"""The building blocks of every PDF: wrapped text, grids that split across pages, headings and side-by-side boxes.

These are reportlab flowables of our own rather than Paragraph and Table: text is set as plain text (never parsed
as markup), each block is wrapped once per width, and a grid row taller than a page splits between lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.reports.fonts import BOLD, REGULAR, string_width
from desktop_app.reports.text import clean, wrap

INK = HexColor("#1a1a1a")
MUTED = HexColor("#5e5e5e")
RULE = HexColor("#a8a8a8")
HEADER_FILL = HexColor("#dfe5ec")
ZEBRA_FILL = HexColor("#f5f5f5")
ACCENT = HexColor("#1f3a5f")
WARNING = HexColor("#9b1c1c")

BODY = 8.5
SMALL = 7.0
LEADING = 1.24
_ASCENT = 0.93


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text starting on a new line: optionally bold, a size, a colour, a bold label in front."""

    text: str
    label: str = ""
    bold: bool = False
    size: float = BODY
    colour: Color = INK
    space_before: float = 0.0


Cell = str | Span | Sequence[Span]


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    label: str
    font: str
    size: float
    colour: Color
    space_before: float

    @property
    def height(self) -> float:
        return self.space_before + self.size * LEADING

    def as_span(self) -> Span:
        return Span(self.text, self.label, self.font == BOLD, self.size, self.colour)


def spans_of(cell: Cell) -> list[Span]:
    if isinstance(cell, str):
        return [Span(cell)]
    if isinstance(cell, Span):
        return [cell]
    return list(cell)


def lay_out(spans: Sequence[Span], width: float) -> list[_Line]:
    """Every span cleaned and wrapped to `width`; a label sits in bold before its span's first line."""
    lines: list[_Line] = []
    for span in spans:
        font = BOLD if span.bold else REGULAR
        label = clean(span.label)
        label_width = string_width(label + " ", BOLD, span.size) if label else 0.0
        if label_width > width * 0.6:  # a label too long to sit beside its text goes on a line of its own
            for text in wrap(label, BOLD, span.size, width):
                lines.append(_Line(text, "", BOLD, span.size, span.colour, span.space_before if not lines else 0.0))
            label, label_width = "", 0.0
        wrapped = wrap(clean(span.text), font, span.size, width, first_indent=label_width)
        for index, text in enumerate(wrapped):
            lines.append(
                _Line(
                    text,
                    label if index == 0 else "",
                    font,
                    span.size,
                    span.colour,
                    span.space_before if index == 0 else 0.0,
                )
            )
    return lines


def _draw_lines(canv: Canvas, lines: Sequence[_Line], x: float, top: float) -> None:
    y = top
    for line in lines:
        y -= line.space_before
        baseline = y - line.size * _ASCENT
        cursor = x
        if line.label:
            canv.setFillColor(line.colour)
            canv.setFont(BOLD, line.size)
            canv.drawString(cursor, baseline, line.label)
            cursor += string_width(line.label + " ", BOLD, line.size)
        if line.text:
            canv.setFillColor(line.colour)
            canv.setFont(line.font, line.size)
            canv.drawString(cursor, baseline, line.text)
        y -= line.size * LEADING


class TextBlock(Flowable):
    """Wrapped plain text that splits between lines at a page end. Private state: the laid-out lines."""

    def __init__(self, content: Cell, *, space_after: float = 4.0, keep_with_next: bool = False) -> None:
        super().__init__()
        self._spans = spans_of(content)
        self._lines: list[_Line] | None = None
        self._width = -1.0
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next

    def _laid(self, width: float) -> list[_Line]:
        if self._lines is None or width != self._width:
            self._lines, self._width = lay_out(self._spans, width), width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = sum(line.height for line in self._laid(avail_width))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._laid(avail_width)
        used, cut = 0.0, 0
        for line in lines:
            if used + line.height > avail_height:
                break
            used += line.height
            cut += 1
        if cut == 0 or cut == len(lines):
            return []
        first = TextBlock([line.as_span() for line in lines[:cut]], space_after=0)
        rest = [replace(line, space_before=0.0) if i == 0 else line for i, line in enumerate(lines[cut:])]
        return [first, TextBlock([line.as_span() for line in rest], space_after=self.spaceAfter)]

    def draw(self) -> None:
        _draw_lines(self.canv, self._laid(self.width), 0.0, self.height)


def heading(text: str, level: int = 1) -> TextBlock:
    """A section heading that stays with what follows it."""
    size = {0: 15.0, 1: 12.0, 2: 10.0}.get(level, 10.0)
    colour = ACCENT if level <= 1 else INK
    return TextBlock(
        Span(text, bold=True, size=size, colour=colour, space_before=6.0 if level else 0.0),
        space_after=4.0,
        keep_with_next=True,
    )


def note(text: str, colour: Color = MUTED) -> TextBlock:
    return TextBlock(Span(text, size=SMALL + 0.5, colour=colour))


class Grid(Flowable):
    """A table of wrapped cells whose rows split across pages (between lines), the header repeated on each page.

    Private state: `_rows` (each a list of cells as spans), `_laid` (lines per cell for the current width).
    `widths` are fractions of the available width.
    """

    def __init__(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        header: Sequence[str] | None = None,
        *,
        padding: float = 3.0,
        zebra: bool = True,
        label_column: bool = False,
        space_after: float = 8.0,
        _row_offset: int = 0,
        _laid: tuple[float, list[list[list[_Line]]]] | None = None,
    ) -> None:
        super().__init__()
        total = sum(widths)
        self._widths = [w / total for w in widths]
        self._rows = [[spans_of(cell) for cell in row] for row in rows]
        for row in self._rows:
            if len(row) != len(self._widths):
                raise ValueError("every grid row needs one cell per column")
        self._header = list(header) if header else None
        self._padding = padding
        self._zebra = zebra
        self._label_column = label_column
        self._offset = _row_offset
        self._laid: list[list[list[_Line]]] = []
        self._header_laid: list[list[_Line]] = []
        self._for_width = -1.0
        if _laid is not None:  # a part of a split grid: its rows are already laid out for this width
            self._for_width, self._laid = _laid
            if self._header:
                self._header_laid = self._lay_header(self._for_width)
        self.spaceAfter = space_after

    def _columns(self, width: float) -> list[float]:
        return [w * width for w in self._widths]

    def _inner(self, width: float) -> list[float]:
        return [max(8.0, c - 2 * self._padding) for c in self._columns(width)]

    def _lay_header(self, width: float) -> list[list[_Line]]:
        return [
            lay_out([Span(text, bold=True, size=SMALL + 0.5)], w)
            for text, w in zip(self._header or (), self._inner(width), strict=True)
        ]

    def _lay_out(self, width: float) -> None:
        if width == self._for_width:
            return
        inner = self._inner(width)
        self._laid = [[lay_out(cell, w) for cell, w in zip(row, inner, strict=True)] for row in self._rows]
        if self._header:
            self._header_laid = self._lay_header(width)
        self._for_width = width

    def _row_height(self, cells: Sequence[Sequence[_Line]]) -> float:
        return max(sum(line.height for line in cell) for cell in cells) + 2 * self._padding

    def _header_height(self) -> float:
        return self._row_height(self._header_laid) if self._header else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lay_out(avail_width)
        self.width = avail_width
        self.height = self._header_height() + sum(self._row_height(row) for row in self._laid)
        return self.width, self.height

    def _part(self, rows: list[list[list[_Line]]], offset: int, last: bool) -> Grid:
        """A grid of already laid-out rows (a page's share of this one), kept laid out for the same width."""
        spans = [[[line.as_span() for line in cell] for cell in row] for row in rows]
        return Grid(
            self._widths,
            spans,
            self._header,
            padding=self._padding,
            zebra=self._zebra,
            label_column=self._label_column,
            space_after=self.spaceAfter if last else 0.0,
            _row_offset=offset,
            _laid=(self._for_width, rows),
        )

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._lay_out(avail_width)
        room = avail_height - self._header_height()
        min_piece = 2 * self._padding + 2 * BODY * LEADING
        used, index = 0.0, 0
        for row in self._laid:
            height = self._row_height(row)
            if used + height > room:
                break
            used += height
            index += 1
        if index >= len(self._laid):
            return []
        left = room - used
        head, tail = self._laid[:index], self._laid[index + 1 :]
        if left >= min_piece:
            parts = self._split_row(self._laid[index], left - 2 * self._padding)
            if parts is not None:
                top, bottom = parts
                return [
                    self._part([*head, top], self._offset, False),
                    self._part([bottom, *tail], self._offset + index, True),
                ]
        if index == 0:
            return []
        return [
            self._part(head, self._offset, False),
            self._part(self._laid[index:], self._offset + index, True),
        ]

    @staticmethod
    def _split_row(cells: list[list[_Line]], room: float) -> tuple[list[list[_Line]], list[list[_Line]]] | None:
        top: list[list[_Line]] = []
        bottom: list[list[_Line]] = []
        for lines in cells:
            used, cut = 0.0, 0
            for line in lines:
                if used + line.height > room:
                    break
                used += line.height
                cut += 1
            top.append(lines[:cut])
            bottom.append([replace(line, space_before=0.0) if i == 0 else line for i, line in enumerate(lines[cut:])])
        if not any(top) or not any(bottom):
            return None
        return top, bottom

    def draw(self) -> None:
        canv = self.canv
        columns = self._columns(self.width)
        top = self.height
        rows: list[tuple[list[list[_Line]], bool, int]] = []
        if self._header:
            rows.append((self._header_laid, True, -1))
        rows += [(cells, False, self._offset + i) for i, cells in enumerate(self._laid)]
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for cells, is_header, number in rows:
            height = self._row_height(cells)
            bottom = top - height
            if is_header:
                canv.setFillColor(HEADER_FILL)
                canv.rect(0, bottom, self.width, height, stroke=0, fill=1)
            elif self._label_column:
                canv.setFillColor(ZEBRA_FILL)
                canv.rect(0, bottom, columns[0], height, stroke=0, fill=1)
            elif self._zebra and number % 2 == 1:
                canv.setFillColor(ZEBRA_FILL)
                canv.rect(0, bottom, self.width, height, stroke=0, fill=1)
            x = 0.0
            for lines, column in zip(cells, columns, strict=True):
                _draw_lines(canv, lines, x + self._padding, top - self._padding)
                x += column
            canv.line(0, bottom, self.width, bottom)
            top = bottom
        canv.line(0, self.height, self.width, self.height)
        x = 0.0
        for column in [0.0, *columns]:
            x += column
            canv.line(x, 0, x, self.height)
        canv.restoreState()


def facts(rows: Sequence[tuple[str, Cell]], label_width: float = 0.28) -> Grid:
    """A two-column grid of labelled facts (label in bold on a shaded column)."""
    return Grid(
        [label_width, 1 - label_width],
        [[Span(label, bold=True), value] for label, value in rows],
        zebra=False,
        label_column=True,
    )


class HStack(Flowable):
    """Fixed-size flowables side by side, top-aligned and centred, `gap` points apart."""

    def __init__(self, items: Sequence[Flowable], gap: float = 14.0, space_after: float = 6.0) -> None:
        super().__init__()
        self._items = list(items)
        self._gap = gap
        self._sizes: list[tuple[float, float]] = []
        self.spaceAfter = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [item.wrap(avail_width, avail_height) for item in self._items]
        self.width = avail_width
        self.height = max((h for _, h in self._sizes), default=0.0)
        return self.width, self.height

    def natural_width(self) -> float:
        return sum(w for w, _ in self._sizes) + self._gap * max(0, len(self._items) - 1)

    def draw(self) -> None:
        x = max(0.0, (self.width - self.natural_width()) / 2)
        for item, (w, h) in zip(self._items, self._sizes, strict=True):
            item.drawOn(self.canv, x, self.height - h)
            x += w + self._gap
