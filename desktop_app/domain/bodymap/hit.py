"""Body-map hit-testing: which region lies under a point of a view, or nearest to it."""

from __future__ import annotations

import math

from desktop_app.domain.bodymap.outlines import regions_for
from desktop_app.domain.bodymap.regions import HIT_TOLERANCE, VIEW_ASPECT, Point, check_view


def point_in_polygon(poly: tuple[Point, ...], x: float, y: float) -> bool:
    """Even-odd ray casting towards +x."""
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def distance_to_edges(poly: tuple[Point, ...], x: float, y: float, aspect: float) -> float:
    """Distance from a point to the polygon's edges, in height units (x scaled by the aspect ratio)."""
    best = math.inf
    px = x * aspect
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        ax, bx = x1 * aspect, x2 * aspect
        dx, dy = bx - ax, y2 - y1
        seg = dx * dx + dy * dy
        t = 0.0 if seg == 0 else max(0.0, min(1.0, ((px - ax) * dx + (y - y1) * dy) / seg))
        best = min(best, math.hypot(px - (ax + t * dx), y - (y1 + t * dy)))
    return best


def _check_point(x: float, y: float) -> None:
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"body-map coordinates must be finite numbers, got ({x!r}, {y!r})")


def _containing(view: str, x: float, y: float) -> str | None:
    # regions_for is largest first; the smallest containing region wins.
    for region in reversed(regions_for(view)):
        if point_in_polygon(region.polygon, x, y):
            return region.code
    return None


def _closest(view: str, x: float, y: float) -> tuple[str, float]:
    aspect = VIEW_ASPECT[view]
    best = min(regions_for(view), key=lambda r: (distance_to_edges(r.polygon, x, y, aspect), r.area))
    return best.code, distance_to_edges(best.polygon, x, y, aspect)


def region_at(view: str, x: float, y: float, tolerance: float = HIT_TOLERANCE) -> str | None:
    """The region code under a point given as fractions of the outline (y down).

    A point inside several overlapping regions gets the smallest of them. A point outside every region but within
    `tolerance` (height units) of one gets the nearest; further out the answer is None. Raises ValueError for an
    unknown view or a non-finite coordinate.
    """
    check_view(view)
    _check_point(x, y)
    code = _containing(view, x, y)
    if code is not None:
        return code
    code, dist = _closest(view, x, y)
    return code if dist <= tolerance else None


def nearest_region(view: str, x: float, y: float) -> str:
    """The region under a point, or else the one whose edge is closest, however far away the point is."""
    check_view(view)
    _check_point(x, y)
    return _containing(view, x, y) or _closest(view, x, y)[0]
