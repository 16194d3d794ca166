"""One page numbering over a whole pack with documents after it: "Page x of y" stamped on the pack's own pages, each
document's page about it and the attached PDF's own pages, which also get the marking and the pack id in a strip at
their foot, so every page of the file says what it is and where it belongs."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject
from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from desktop_app.reports.document import DEFAULT_MARKING, FOOTER_Y, PAGE_WIDTH, PageFrame
from desktop_app.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.reports.layout import MUTED, WARNING
from desktop_app.reports.text import clean, fit

_STRIP = 14.0  # points: the strip at the foot of an attached PDF's page that carries the pack's footer


def number_pages(writer: PdfWriter, attached: Sequence[bool], frame: PageFrame) -> None:
    """Stamp every page of `writer` with "Page x of y" over the whole; a page `attached[i]` (an attached PDF's own)
    also gets the marking and the pack id in a white strip at its foot."""
    register_fonts()
    total = len(writer.pages)
    for index, page in enumerate(writer.pages):
        if attached[index]:
            page.transfer_rotation_to_content()  # the stamp goes along the foot as the page is read
        box = RectangleObject(page.mediabox)
        width, height = float(box.width), float(box.height)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height))
        number = f"Page {index + 1} of {total}"
        if attached[index]:
            _strip(canvas, width, frame, number)
        else:
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, number)
        canvas.showPage()
        canvas.save()
        stamp = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
        if attached[index] and (float(box.left) or float(box.bottom)):
            page.merge_transformed_page(stamp, Transformation().translate(float(box.left), float(box.bottom)))
        else:
            page.merge_page(stamp)


def _strip(canvas: Canvas, width: float, frame: PageFrame, number: str) -> None:
    margin = min(36.0, width * 0.05)
    canvas.setFillColor(white)
    canvas.rect(0, 0, width, _STRIP, stroke=0, fill=1)
    baseline = 4.5
    marking = fit(clean(frame.marking) or DEFAULT_MARKING, BOLD, 7, width * 0.3)
    canvas.setFillColor(WARNING)
    canvas.setFont(BOLD, 7)
    canvas.drawString(margin, baseline, marking)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(width / 2, baseline, number)
    canvas.drawRightString(width - margin, baseline, fit(clean(frame.pack_id), REGULAR, 7, width * 0.3))
