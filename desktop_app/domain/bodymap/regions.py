"""Body-map regions: the views, the region codes and their names, and the conventions every view is drawn in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Coordinates
# -----------
# Every polygon is stored in fractional coordinates: x and y run from 0 to 1 across the outline's width and
# height, with (0, 0) at the top left and y growing downwards (the same convention as InjuryMark.x/.y).
# Distances (the hit tolerance) are measured in "height units": x is multiplied by the view's aspect ratio first,
# so a tolerance of 0.03 is 3% of the outline's height in every direction, whatever the view's shape.
#
# Sides
# -----
# "front": the child faces the viewer, so the child's LEFT side is on the viewer's RIGHT.
# "back": the child faces away, so the child's left side is on the viewer's left.
# "head-left": the child's head seen from its left side; the face points to the viewer's left.
# "head-right": the mirror image; the face points to the viewer's right.
# "hands": both hands raised, palms towards the viewer, fingers up, thumbs pointing inwards; the child's left hand
# is on the viewer's right, as in the front view.
# "hands-back": the backs of both hands, fingers up, thumbs pointing inwards, seen from behind the child as in the
# back view: the child's left hand is on the viewer's left. The same outlines as "hands", the sides swapped.
#
# Overlaps
# --------
# Small features (eyes, nose, mouth, frenulum, ears) are drawn on top of the larger face regions. Where polygons of
# one view overlap, the region with the smaller area wins: region_at returns it and outline_svg draws it last.

VIEWS: tuple[str, ...] = ("front", "back", "head-left", "head-right", "hands", "hands-back")

REGION_CODES: tuple[str, ...] = (
    "scalp",
    "forehead",
    "eye-left",
    "eye-right",
    "cheek-left",
    "cheek-right",
    "ear-left",
    "ear-right",
    "behind-ear-left",
    "behind-ear-right",
    "nose",
    "mouth",
    "frenulum",
    "jaw-left",
    "jaw-right",
    "chin",
    "neck",
    "shoulder-left",
    "shoulder-right",
    "upper-arm-left",
    "upper-arm-right",
    "forearm-left",
    "forearm-right",
    "hand-left",
    "hand-right",
    "chest",
    "abdomen",
    "upper-back-left",
    "upper-back-right",
    "lower-back-left",
    "lower-back-right",
    "buttock-left",
    "buttock-right",
    "genitals",
    "hip-left",
    "hip-right",
    "thigh-left",
    "thigh-right",
    "knee-left",
    "knee-right",
    "shin-left",
    "shin-right",
    "calf-left",
    "calf-right",
    "foot-left",
    "foot-right",
)

# Codes entries written before design note 26 may hold: still known and named, no longer drawn.
OLDER_REGION_CODES: tuple[str, ...] = ("upper-back", "lower-back", "buttocks")
KNOWN_REGION_CODES: tuple[str, ...] = REGION_CODES + OLDER_REGION_CODES
BACK_REGIONS = frozenset({"upper-back-left", "upper-back-right", "lower-back-left", "lower-back-right", "upper-back",
                          "lower-back"})  # fmt: skip

REGION_NAMES: dict[str, str] = {
    "scalp": "scalp",
    "forehead": "forehead",
    "eye-left": "left eye",
    "eye-right": "right eye",
    "cheek-left": "left cheek",
    "cheek-right": "right cheek",
    "ear-left": "left ear",
    "ear-right": "right ear",
    "behind-ear-left": "behind the left ear",
    "behind-ear-right": "behind the right ear",
    "nose": "nose",
    "mouth": "mouth and lips",
    "frenulum": "frenulum (inside lip)",
    "jaw-left": "left angle of the jaw",
    "jaw-right": "right angle of the jaw",
    "chin": "chin",
    "neck": "neck",
    "shoulder-left": "left shoulder",
    "shoulder-right": "right shoulder",
    "upper-arm-left": "left upper arm",
    "upper-arm-right": "right upper arm",
    "forearm-left": "left forearm",
    "forearm-right": "right forearm",
    "hand-left": "left hand",
    "hand-right": "right hand",
    "chest": "chest",
    "abdomen": "abdomen (tummy)",
    "upper-back-left": "upper back, left side",
    "upper-back-right": "upper back, right side",
    "lower-back-left": "lower back, left side",
    "lower-back-right": "lower back, right side",
    "buttock-left": "left buttock",
    "buttock-right": "right buttock",
    # Codes of entries written before the back views had sides (design note 26): read, never drawn.
    "upper-back": "upper back",
    "lower-back": "lower back",
    "buttocks": "buttocks",
    "genitals": "genital area",
    "hip-left": "left hip",
    "hip-right": "right hip",
    "thigh-left": "left thigh",
    "thigh-right": "right thigh",
    "knee-left": "left knee",
    "knee-right": "right knee",
    "shin-left": "left shin",
    "shin-right": "right shin",
    "calf-left": "left calf",
    "calf-right": "right calf",
    "foot-left": "left foot",
    "foot-right": "right foot",
}

# Width divided by height of each view's outline.
VIEW_ASPECT: dict[str, float] = {
    "front": 0.5,
    "back": 0.5,
    "head-left": 0.8,
    "head-right": 0.8,
    "hands": 1.4,
    "hands-back": 1.4,
}

# How far outside every region (in height units, see above) a point may be and still count as a hit.
HIT_TOLERANCE = 0.03

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Region:
    """One named area of a view's outline; `polygon` is in fractional coordinates (0..1, y down)."""

    code: str
    view: str
    polygon: tuple[Point, ...]

    @property
    def name(self) -> str:
        return REGION_NAMES[self.code]

    @property
    def area(self) -> float:
        """Area in fractional units (shoelace formula); used to decide which overlapping region wins."""
        return abs(signed_area(self.polygon))


def signed_area(poly: Sequence[Point]) -> float:
    total = 0.0
    for (x1, y1), (x2, y2) in zip(poly, [*poly[1:], *poly[:1]], strict=True):
        total += x1 * y2 - x2 * y1
    return total / 2.0


def check_view(view: str) -> None:
    if view not in VIEW_ASPECT:
        raise ValueError(f"unknown body-map view {view!r}; expected one of: {', '.join(VIEWS)}")


def check_code(code: str) -> None:
    if code not in REGION_NAMES:
        raise ValueError(f"unknown body-map region {code!r}")


def region_name(code: str) -> str:
    """Plain English words for a region code, e.g. 'left upper arm'. Raises ValueError for an unknown code."""
    check_code(code)
    return REGION_NAMES[code]


def flip_side(code: str) -> str:
    if code.endswith("-left"):
        return code[: -len("-left")] + "-right"
    if code.endswith("-right"):
        return code[: -len("-right")] + "-left"
    return code
