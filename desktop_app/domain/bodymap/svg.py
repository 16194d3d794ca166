"""Body-map outlines as SVG documents (resources/bodymap/ is written from these by tools/make_bodymap_svgs.py)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from desktop_app.domain.bodymap.outlines import DESIGN_HEIGHT, regions_for
from desktop_app.domain.bodymap.regions import VIEW_ASPECT

_FILL = "#f6efe7"
_STROKE = "#3b3b3b"

# Words printed on the outline so staff can see the child's sides at a glance: (text, x, y, text-anchor).
_SIDE_LABELS: dict[str, tuple[tuple[str, float, float, str], ...]] = {
    "front": (("Right", 0.03, 0.04, "start"), ("Left", 0.97, 0.04, "end")),
    "back": (("Left", 0.03, 0.04, "start"), ("Right", 0.97, 0.04, "end")),
    "head-left": (("Left side", 0.03, 0.05, "start"),),
    "head-right": (("Right side", 0.97, 0.05, "end"),),
    "hands": (("Right hand", 0.26, 0.16, "middle"), ("Left hand", 0.74, 0.16, "middle")),
    "hands-back": (("Left hand", 0.26, 0.16, "middle"), ("Right hand", 0.74, 0.16, "middle")),
}

_TITLES = {
    "front": "Body map: front (the child faces you)",
    "back": "Body map: back (the child faces away)",
    "head-left": "Body map: head, left side",
    "head-right": "Body map: head, right side",
    "hands": "Body map: hands, palms towards you",
    "hands-back": "Body map: backs of the hands (the child faces away)",
}


def outline_svg(view: str) -> str:
    """An SVG document of the view: one <path> per region (id = region code, <title> = its name), drawn largest
    first so that a region's visible area is the area region_at gives it, plus the child's sides as text.

    The viewBox is 1000 * aspect wide and 1000 high, so a fractional point (x, y) is at (x * width, y * 1000).
    """
    regions = regions_for(view)
    width = round(DESIGN_HEIGHT * VIEW_ASPECT[view])
    height = round(DESIGN_HEIGHT)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f" data-view={quoteattr(view)}>",
        f"  <title>{escape(_TITLES[view])}</title>",
        f'  <g id="regions" fill="{_FILL}" stroke="{_STROKE}" stroke-width="2.5" stroke-linejoin="round">',
    ]
    for region in regions:
        d = "M " + " L ".join(f"{x * width:.1f},{y * height:.1f}" for x, y in region.polygon) + " Z"
        lines.append(f'    <path id="{region.code}" class="region" d="{d}"><title>{escape(region.name)}</title></path>')
    lines.append("  </g>")
    lines.append(
        f'  <g id="side-labels" font-family="sans-serif" font-size="{round(0.028 * height)}" fill="#555555"'
        ' pointer-events="none">'
    )
    for text, fx, fy, anchor in _SIDE_LABELS[view]:
        lines.append(
            f'    <text x="{fx * width:.0f}" y="{fy * height:.0f}" text-anchor="{anchor}">{escape(text)}</text>'
        )
    lines.append("  </g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"
