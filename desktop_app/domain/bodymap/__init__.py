"""Body-map geometry: named region polygons for each outline view, hit-testing, neighbours and SVG outlines.

`regions` holds the views, codes, names and the conventions (coordinates, sides, overlaps); `outlines` draws each
view's polygons; `hit` finds the region under a point; `neighbours` says which regions touch; `svg` writes the
outlines that `resources/bodymap/` holds. Callers import from here.
"""

from desktop_app.domain.bodymap.hit import nearest_region, region_at
from desktop_app.domain.bodymap.neighbours import neighbours
from desktop_app.domain.bodymap.outlines import regions_for, views_for
from desktop_app.domain.bodymap.regions import (
    BACK_REGIONS,
    HIT_TOLERANCE,
    KNOWN_REGION_CODES,
    OLDER_REGION_CODES,
    REGION_CODES,
    REGION_NAMES,
    VIEW_ASPECT,
    VIEWS,
    Point,
    Region,
    region_name,
)
from desktop_app.domain.bodymap.svg import outline_svg

__all__ = [
    "BACK_REGIONS",
    "HIT_TOLERANCE",
    "KNOWN_REGION_CODES",
    "OLDER_REGION_CODES",
    "REGION_CODES",
    "REGION_NAMES",
    "VIEWS",
    "VIEW_ASPECT",
    "Point",
    "Region",
    "nearest_region",
    "neighbours",
    "outline_svg",
    "region_at",
    "region_name",
    "regions_for",
    "views_for",
]
