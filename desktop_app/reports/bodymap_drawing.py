"""Body maps drawn as vectors from the region polygons of domain.bodymap, the same size on every page and pack.

Every view is drawn MAP_HEIGHT points high (its width follows the view's aspect ratio), so two maps of the same
view from different occasions can be laid side by side or over one another and compared mark for mark. The
outline of each view is drawn once per document as a PDF form and reused on every page that shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.domain import bodymap
from desktop_app.reports.fonts import BOLD, REGULAR, string_width
from desktop_app.reports.layout import MUTED
from desktop_app.reports.text import fit

MAP_HEIGHT = 220.0
PIN_RADIUS = 6.2
CAPTION_HEIGHT = 14.0

SKIN = HexColor("#f4ede4")
OUTLINE = HexColor("#3a3a3a")
BOUNDARY = HexColor("#c9bcad")
MARK = HexColor("#b3261e")

VIEW_TITLES = {
    "front": "Front (the child faces you)",
    "back": "Back (the child faces away)",
    "head-left": "Head, left side",
    "head-right": "Head, right side",
    "hands": "Hands, palms towards you",
    "hands-back": "Backs of the hands (the child faces away)",
}

# The child's sides written on each outline: (words, x, y as fractions, alignment).
_SIDES: dict[str, tuple[tuple[str, float, float, str], ...]] = {
    "front": (("Right", 0.02, 0.03, "left"), ("Left", 0.98, 0.03, "right")),
    "back": (("Left", 0.02, 0.03, "left"), ("Right", 0.98, 0.03, "right")),
    "head-left": (("Child's left side", 0.02, 0.03, "left"),),
    "head-right": (("Child's right side", 0.98, 0.03, "right"),),
    "hands": (("Right hand", 0.26, 0.06, "centre"), ("Left hand", 0.74, 0.06, "centre")),
    "hands-back": (("Left hand", 0.26, 0.06, "centre"), ("Right hand", 0.74, 0.06, "centre")),
}


@dataclass(frozen=True, slots=True)
class Pin:
    """A numbered mark to draw: its label, where it is (fractions of the outline, y down) and its colour."""

    label: str
    x: float
    y: float
    fill: Color = MARK
    text: Color = white


def map_width(view: str) -> float:
    return MAP_HEIGHT * bodymap.VIEW_ASPECT[view]


def _outline_form(canv: Canvas, view: str) -> str:
    """The name of a PDF form holding the view's outline, defining it in this document the first time."""
    name = f"bodymap-{view}"
    if canv.hasForm(name):
        return name
    width, height = map_width(view), MAP_HEIGHT
    regions = bodymap.regions_for(view)
    canv.beginForm(name, 0, 0, width, height)
    paths = []
    for region in regions:
        path = canv.beginPath()
        (x0, y0), *rest = region.polygon
        path.moveTo(x0 * width, (1 - y0) * height)
        for x, y in rest:
            path.lineTo(x * width, (1 - y) * height)
        path.close()
        paths.append(path)
    canv.setLineJoin(1)
    # A wide dark pen around every region, then the fills again over its inner half: only the silhouette stays
    # dark; then the boundaries between regions in a faint line (the same look as the app's body map).
    canv.setStrokeColor(OUTLINE)
    canv.setFillColor(SKIN)
    canv.setLineWidth(2.2)
    for path in paths:
        canv.drawPath(path, stroke=1, fill=1)
    for path in paths:
        canv.drawPath(path, stroke=0, fill=1)
    canv.setStrokeColor(BOUNDARY)
    canv.setLineWidth(0.45)
    for path in paths:
        canv.drawPath(path, stroke=1, fill=0)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, 7)
    for words, fx, fy, align in _SIDES[view]:
        x, y = fx * width, (1 - fy) * height - 7
        if align == "left":
            canv.drawString(x, y, words)
        elif align == "right":
            canv.drawRightString(x, y, words)
        else:
            canv.drawCentredString(x, y, words)
    canv.endForm()
    return name


def draw_pin(canv: Canvas, pin: Pin, x: float, y: float) -> None:
    """One mark: a filled circle with its label, centred on (x, y)."""
    size = 6.3 if len(pin.label) <= 2 else 5.2
    radius = max(PIN_RADIUS, string_width(pin.label, BOLD, size) / 2 + 1.8)
    canv.setFillColor(pin.fill)
    canv.setStrokeColor(white)
    canv.setLineWidth(0.8)
    canv.circle(x, y, radius, stroke=1, fill=1)
    canv.setFillColor(pin.text)
    canv.setFont(BOLD, size)
    canv.drawCentredString(x, y - size * 0.36, pin.label)


class BodyMapDrawing(Flowable):
    """One view with its pins, MAP_HEIGHT points high, and a caption under it."""

    def __init__(self, view: str, pins: Sequence[Pin], caption: str = "") -> None:
        super().__init__()
        bodymap.regions_for(view)  # raises ValueError for an unknown view
        self.view = view
        self._pins = list(pins)
        self._caption = caption or VIEW_TITLES[view]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = map_width(self.view)
        self.height = MAP_HEIGHT + CAPTION_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        width = map_width(self.view)
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 7.5)
        canv.drawCentredString(width / 2, 3, fit(self._caption, REGULAR, 7.5, max(width, 120)))
        canv.translate(0, CAPTION_HEIGHT)
        canv.doForm(_outline_form(canv, self.view))
        for pin in self._pins:
            x = min(max(pin.x, 0.0), 1.0) * width
            y = (1 - min(max(pin.y, 0.0), 1.0)) * MAP_HEIGHT
            draw_pin(canv, pin, x, y)
        canv.restoreState()


def pack_rows(drawings: Sequence[BodyMapDrawing], width: float, gap: float) -> list[list[BodyMapDrawing]]:
    """The drawings in rows no wider than `width`, in order."""
    rows: list[list[BodyMapDrawing]] = []
    used = 0.0
    for drawing in drawings:
        needed = map_width(drawing.view)
        if rows and used + gap + needed <= width:
            rows[-1].append(drawing)
            used += gap + needed
        else:
            rows.append([drawing])
            used = needed
    return rows
