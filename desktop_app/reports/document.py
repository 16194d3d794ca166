"""One A4 document with the same frame on every page: protective marking, running header, page x of y, pack id."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop_app.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.reports.layout import ACCENT, MUTED, RULE, WARNING
from desktop_app.reports.text import clean, fit

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
_TOP = 20 * mm
_BOTTOM = 18 * mm
FOOTER_Y = 9 * mm  # the footer's baseline: marking, "Page x of y", pack id


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What every page carries. `running` is the line at the top of each page (e.g. the child's name and UPN)."""

    title: str
    running: str
    marking: str = DEFAULT_MARKING
    pack_id: str = ""
    numbered: bool = True  # False: the footer leaves "Page x of y" to `page_numbers.number_pages` (documents follow)


def _canvas_class(frame: PageFrame) -> type[Canvas]:
    marking = fit(clean(frame.marking) or DEFAULT_MARKING, BOLD, 9, CONTENT_WIDTH)
    title = fit(clean(frame.title), BOLD, 7.5, CONTENT_WIDTH * 0.45)
    running = fit(clean(frame.running), REGULAR, 7.5, CONTENT_WIDTH * 0.52)
    pack = fit(clean(frame.pack_id), REGULAR, 7.5, CONTENT_WIDTH * 0.38)

    class FramedCanvas(Canvas):
        """Holds each page until the end so the footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            self.saveState()
            top = PAGE_HEIGHT - 9 * mm
            self.setFillColor(WARNING)
            self.setFont(BOLD, 9)
            self.drawCentredString(PAGE_WIDTH / 2, top, marking)
            self.setFillColor(ACCENT)
            self.setFont(BOLD, 7.5)
            self.drawString(MARGIN, top - 11, title)
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 7.5)
            self.drawRightString(PAGE_WIDTH - MARGIN, top - 11, running)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 15, PAGE_WIDTH - MARGIN, top - 15)
            bottom = 9 * mm
            self.line(MARGIN, bottom + 11, PAGE_WIDTH - MARGIN, bottom + 11)
            self.setFillColor(WARNING)
            self.setFont(BOLD, 8)
            self.drawString(MARGIN, bottom, fit(marking, BOLD, 8, CONTENT_WIDTH * 0.3))
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 7.5)
            if frame.numbered:
                self.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, f"Page {number} of {total}")
            self.drawRightString(PAGE_WIDTH - MARGIN, bottom, pack)
            self.restoreState()

    return FramedCanvas


def build_pdf(story: Sequence[Flowable], frame: PageFrame, *, subject: str = "") -> bytes:
    """The document's bytes (not yet encrypted): `story` laid out on A4 pages inside `frame`."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=_TOP,
        bottomMargin=_BOTTOM,
        title=clean(frame.title),
        author="Concern Logger",
        subject=clean(subject),
        creator="Concern Logger",
        pageCompression=1,
    )
    doc.build(list(story), canvasmaker=_canvas_class(frame))
    return buffer.getvalue()
