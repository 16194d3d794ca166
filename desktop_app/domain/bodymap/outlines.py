"""Body-map outlines: each view's region polygons, drawn in design units and given as fractions of the outline."""

from __future__ import annotations

import itertools
import math
from functools import cache

from desktop_app.domain.bodymap.regions import VIEW_ASPECT, VIEWS, Point, Region, check_code, check_view, flip_side

# --------------------------------------------------------------------------------------------------------------
# Geometry helpers (design units: each view is drawn on a canvas 1000 high and 1000 * aspect wide)
# --------------------------------------------------------------------------------------------------------------

DESIGN_HEIGHT = 1000.0


def _mirror(points: list[Point], width: float) -> list[Point]:
    return [(width - x, y) for x, y in points]


def _symmetric(half: list[Point], width: float) -> list[Point]:
    """A closed outline from its viewer-left half, which runs from a point on the midline to another on it."""
    other = _mirror(half, width)
    other.reverse()
    if other and half and math.isclose(other[0][0], half[-1][0]):
        other = other[1:]
    if other and half and math.isclose(other[-1][0], half[0][0]):
        other = other[:-1]
    return half + other


def _ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 16) -> list[Point]:
    return [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n)) for i in range(n)]


def _smooth(points: list[Point], rounds: int = 2) -> list[Point]:
    """Chaikin corner cutting on an open polyline; the end points stay put so shared edges still meet."""
    for _ in range(rounds):
        out = [points[0]]
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            out += [(0.75 * x1 + 0.25 * x2, 0.75 * y1 + 0.25 * y2), (0.25 * x1 + 0.75 * x2, 0.25 * y1 + 0.75 * y2)]
        points = [*out[:1], *out[2:-1], points[-1]]
    return points


def _eye(cx: float, cy: float, rx: float, ry: float) -> list[Point]:
    """An almond shape, pointed at both corners."""
    pts = []
    for i in range(16):
        a = 2 * math.pi * i / 16
        pts.append((cx + rx * math.cos(a), cy + ry * math.sin(a) * abs(math.sin(a)) ** 0.4))
    return pts


# A hand in its own frame: u across the palm (thumb towards -u), v from the wrist (v = 0) towards the fingertips;
# the palm is 1 unit wide. Fingers: (base from u, base to u, length, fan angle in degrees towards +u).
_PALM_TOP = 0.95
_FINGERS = ((-0.47, -0.25, 0.56, -9.0), (-0.23, -0.01, 0.64, -3.0), (0.01, 0.23, 0.6, 3.0), (0.25, 0.45, 0.46, 9.0))


def _finger(a: float, b: float, length: float, fan_deg: float) -> list[Point]:
    """A finger's outline from its thumb-side base corner round the tip to its other base corner."""
    w = b - a
    cu, cv = (a + b) / 2, _PALM_TOP
    t = math.radians(fan_deg)
    tip = [
        (w / 2 * math.cos(math.pi * k / 6), length - w / 2 + w / 2 * math.sin(math.pi * k / 6))
        for k in range(6, -1, -1)
    ]
    local = [(-w / 2, 0.0), *tip, (w / 2, 0.0)]
    return [(cu + s * math.cos(t) + d * math.sin(t), cv - s * math.sin(t) + d * math.cos(t)) for s, d in local]


def _hand_local(cuff: float) -> list[Point]:
    pts: list[Point] = [(0.4, -cuff), (-0.4, -cuff)] if cuff else []
    # wrist, thumb (out and up, about 35 degrees from the fingers), thumb web
    thumb = [(-0.4, 0.0), (-0.47, 0.14), (-0.6, 0.28), (-0.72, 0.42), (-0.82, 0.57), (-0.87, 0.69), (-0.86, 0.77)]
    thumb += [(-0.8, 0.82), (-0.72, 0.8), (-0.66, 0.71), (-0.58, 0.6), (-0.49, 0.53)]
    pts += _smooth(thumb, 1)
    for i, finger in enumerate(_FINGERS):
        outline = _finger(*finger)
        if i == 0:
            outline[0] = (finger[0], _PALM_TOP - 0.08)
        pts += outline
    pts += [(0.46, _PALM_TOP - 0.05), (0.49, 0.62), (0.45, 0.26)]
    if not cuff:
        pts.append((0.4, 0.0))
    return pts


def _hand(wrist: Point, towards: Point, scale: float, cuff: float = 0.0) -> list[Point]:
    """A right hand, palm to the viewer: wrist centre at `wrist`, fingers towards `towards`, palm `scale` wide.

    The thumb lies 90 degrees clockwise (on screen, y down) from the finger direction: a hand hanging down has its
    thumb on the viewer's left (anatomical position, palm forward); a hand pointing up has it on the viewer's right.
    Mirror the result for a left hand.
    """
    dx, dy = towards[0] - wrist[0], towards[1] - wrist[1]
    n = math.hypot(dx, dy)
    dx, dy = dx / n, dy / n
    ux, uy = dy, -dx
    return [(wrist[0] + scale * (u * ux + v * dx), wrist[1] + scale * (u * uy + v * dy)) for u, v in _hand_local(cuff)]


# --------------------------------------------------------------------------------------------------------------
# Whole body, front and back (canvas 500 x 1000). Parts are drawn on the viewer's left half and mirrored.
# --------------------------------------------------------------------------------------------------------------

_BODY_W = 500.0

# Head outline, viewer-left half, from the crown down to the chin. The head is about a sixth of the height.
_HEAD_HALF: list[Point] = [
    (250, 22), (226, 24), (205, 31), (188, 43), (177, 58), (171, 76), (169, 96), (170, 116), (173, 134),
    (179, 150), (188, 164), (200, 175), (215, 183), (232, 188), (250, 190),
]  # fmt: skip
_HAIRLINE_HALF: list[Point] = [(171, 76), (190, 66), (215, 60), (250, 58)]
# The jaw's upper edge, from under the ear to beside the chin: the angle of the jaw lies below the ear.
_JAW_INNER_HALF: list[Point] = [(170, 116), (182, 127), (194, 142), (208, 156), (222, 166)]
_CHIN_HALF: list[Point] = [(250, 168), (222, 166), (215, 183), (232, 188), (250, 190)]

_EAR_HALF: list[Point] = [(172, 100), (164, 95), (157, 99), (154, 110), (156, 122), (160, 131), (166, 137), (172, 135)]

# The neck's top edge runs along the head outline, so the two meet without overlapping.
_NECK: list[Point] = [(220, 184.5), (232, 188), (250, 190), (268, 188), (280, 184.5), (281, 207), (219, 207)]

_SHOULDER_HALF: list[Point] = [
    (219.5, 197), (200, 211), (176, 218), (156, 225), (142, 235), (134, 251), (131, 268), (160, 276), (180, 250),
    (204, 226), (219, 207),
]  # fmt: skip

# Side of the torso, viewer-left, from the armpit down to the top of the thigh.
_TORSO_SIDE: list[Point] = [
    (160, 276), (167, 300), (171, 330), (173, 360), (174, 390), (172, 420), (168, 450), (164, 480), (163, 510),
    (164, 532),
]  # fmt: skip

_UPPER_ARM_HALF: list[Point] = [
    (131, 268), (160, 276), (153, 310), (148, 345), (144, 378), (116, 374), (120, 340), (126, 300),
]  # fmt: skip
_FOREARM_HALF: list[Point] = [
    (116, 374), (144, 378), (139, 410), (132, 450), (127, 482), (123, 510), (92, 506), (96, 478), (102, 444),
    (109, 406),
]  # fmt: skip
_HAND_HALF: list[Point] = _hand((107.5, 508), (104.0, 530), 35.0)

_THIGH_OUTER: list[Point] = [(176, 660), (170, 600), (166, 560)]
_THIGH_INNER: list[Point] = [(247, 550), (245, 600), (241, 660), (239, 698)]
_KNEE_HALF: list[Point] = [(179, 698), (239, 698), (238, 725), (238, 752), (181, 752), (180, 725)]
_SHIN_HALF: list[Point] = [
    (181, 752), (238, 752), (237, 800), (236, 850), (236, 915), (192, 915), (187, 880), (183, 840), (182, 800),
]  # fmt: skip
_FOOT_HALF: list[Point] = [
    (192, 915), (236, 915), (240, 935), (245, 960), (241, 973), (222, 978), (198, 977), (181, 972), (178, 960),
    (184, 938),
]  # fmt: skip


def _front_back_common(view: str) -> list[tuple[str, list[Point]]]:
    """Regions shared by front and back: arms, legs, ears, neck; named for the child's side in that view."""
    viewer_left, viewer_right = ("right", "left") if view == "front" else ("left", "right")
    parts: list[tuple[str, list[Point]]] = [("neck", _NECK)]
    halves = {
        "ear": _EAR_HALF,
        "shoulder": _SHOULDER_HALF,
        "upper-arm": _UPPER_ARM_HALF,
        "forearm": _FOREARM_HALF,
        "hand": _HAND_HALF,
        "knee": _KNEE_HALF,
        "shin" if view == "front" else "calf": _SHIN_HALF,
        "foot": _FOOT_HALF,
    }
    for part, pts in halves.items():
        parts.append((f"{part}-{viewer_left}", pts))
        parts.append((f"{part}-{viewer_right}", _mirror(pts, _BODY_W)))
    return parts


def _front() -> list[tuple[str, list[Point]]]:
    parts = _front_back_common("front")
    scalp_half = _HEAD_HALF[: _HEAD_HALF.index(_HAIRLINE_HALF[0]) + 1] + _HAIRLINE_HALF[1:]
    parts.append(("scalp", _symmetric(scalp_half, _BODY_W)))
    parts.append(("forehead", _symmetric([*_HAIRLINE_HALF[::-1], (169, 96), (250, 97)], _BODY_W)))
    cheek = [(250, 97), (169, 96), *_JAW_INNER_HALF, (250, 168)]
    jaw = _HEAD_HALF[_HEAD_HALF.index((170, 116)) : _HEAD_HALF.index((215, 183)) + 1] + _JAW_INNER_HALF[:0:-1]
    eye = _eye(222, 113, 15, 7.5)
    for part, pts in (("cheek", cheek), ("jaw", jaw), ("eye", eye)):
        parts.append((f"{part}-right", pts))  # the child's right side is on the viewer's left
        parts.append((f"{part}-left", _mirror(pts, _BODY_W)))
    parts.append(
        ("nose", _symmetric([(250, 101), (245, 101), (241, 122), (236, 136), (238, 143), (250, 147)], _BODY_W))
    )
    parts.append(("mouth", _symmetric([(250, 155), (241, 154), (231, 159), (240, 165), (250, 167)], _BODY_W)))
    parts.append(("chin", _symmetric(_CHIN_HALF, _BODY_W)))

    parts.append(
        ("chest", _symmetric([(250, 207), (219, 207), (204, 226), (180, 250), *_TORSO_SIDE[:4], (250, 360)], _BODY_W))
    )
    hip_inner = [(198, 428), (208, 466), (222, 497)]
    parts.append(("abdomen", _symmetric([(250, 360), *_TORSO_SIDE[3:6], *hip_inner, (250, 497)], _BODY_W)))
    hip = [*_TORSO_SIDE[5:], *hip_inner[::-1]]
    parts.append(("hip-right", hip))
    parts.append(("hip-left", _mirror(hip, _BODY_W)))
    parts.append(("genitals", [(222, 497), (278, 497), (262, 520), (253, 550), (247, 550), (238, 520)]))
    thigh = [(164, 532), (222, 497), (238, 520), *_THIGH_INNER, (179, 698), *_THIGH_OUTER]
    parts.append(("thigh-right", thigh))
    parts.append(("thigh-left", _mirror(thigh, _BODY_W)))
    return parts


def _back() -> list[tuple[str, list[Point]]]:
    parts = _front_back_common("back")
    parts.append(("scalp", _symmetric(_HEAD_HALF, _BODY_W)))
    upper: list[Point] = [(250, 207), (219, 207), (204, 226), (180, 250), *_TORSO_SIDE[:4], (173, 372), (250, 372)]
    lower: list[Point] = [(250, 372), (173, 372), (174, 390), (172, 420), (168, 450), (250, 462)]
    fold = [(164, 532), (178, 553), (205, 564), (232, 561), (247, 550), (250, 546)]
    buttock: list[Point] = [(250, 462), (168, 450), (164, 480), (163, 510), *fold]
    behind_ear: list[Point] = [(173.5, 99), (184, 101), (189, 119), (185, 139), (175, 139), (174, 120)]
    # The child faces away: their left side is on the viewer's left.
    for part, pts in (("upper-back", upper), ("lower-back", lower), ("buttock", buttock), ("behind-ear", behind_ear)):
        parts.append((f"{part}-left", pts))
        parts.append((f"{part}-right", _mirror(pts, _BODY_W)))
    thigh = [*fold[:-1], *_THIGH_INNER[1:], (179, 698), *_THIGH_OUTER]
    parts.append(("thigh-left", thigh))
    parts.append(("thigh-right", _mirror(thigh, _BODY_W)))
    return parts


# --------------------------------------------------------------------------------------------------------------
# Head in profile (canvas 800 x 1000), drawn for "head-left": the face points to the viewer's left.
# --------------------------------------------------------------------------------------------------------------

_PROFILE_W = 800.0

_P_FOREHEAD_FRONT: list[Point] = [(213, 168), (194, 205), (179, 255), (169, 310), (167, 352), (171, 392)]
_P_SCALP_OUTER: list[Point] = [
    (213, 168), (243, 130), (290, 98), (350, 77), (430, 68), (500, 74), (560, 98), (620, 145), (668, 215),
    (700, 305), (716, 410), (714, 515), (695, 615), (660, 695), (618, 758),
]  # fmt: skip
_P_SCALP_INNER: list[Point] = [
    (618, 758), (596, 700), (578, 640), (545, 592), (530, 540), (526, 450), (510, 398), (450, 372), (380, 372),
    (362, 250), (292, 200),
]  # fmt: skip
_P_BROW: list[Point] = [(171, 392), (240, 386), (310, 380), (380, 372)]
_P_NOSE_FRONT: list[Point] = [
    (183, 420), (175, 450), (164, 482), (152, 510), (148, 528), (155, 542), (172, 551), (191, 557),
]  # fmt: skip
_P_NOSE_BACK: list[Point] = [(210, 542), (205, 490), (195, 440)]
_P_LIPS_FRONT: list[Point] = [(191, 557), (187, 577), (180, 592), (189, 604), (183, 618), (187, 634), (199, 648)]
_P_LIPS_BACK: list[Point] = [(222, 640), (231, 606), (225, 575), (210, 542)]
_P_CHIN_FRONT: list[Point] = [(199, 648), (193, 682), (199, 715), (220, 744), (260, 764)]
_P_JAW_LOWER: list[Point] = [(260, 764), (340, 757), (420, 734), (490, 706)]
_P_RAMUS: list[Point] = [(490, 706), (506, 650), (503, 592)]
_P_JAW_UPPER: list[Point] = [(503, 592), (458, 602), (430, 648), (360, 690), (282, 704), (232, 690), (212, 663)]
_P_NECK_FRONT: list[Point] = [(260, 764), (318, 774), (356, 792), (372, 880), (382, 965)]
_P_NECK_BACK: list[Point] = [(584, 965), (578, 880), (588, 805), (618, 758)]


def _head_profile() -> list[tuple[str, list[Point]]]:
    scalp = _smooth(_P_SCALP_OUTER) + _P_SCALP_INNER[1:]
    forehead = [*_smooth(_P_FOREHEAD_FRONT), *_P_BROW[1:], (362, 250), (292, 200)]
    behind_temple = [(450, 372), (510, 398), (526, 450), (530, 540), (545, 592)]  # hidden under the ear
    cheek = [
        *_P_BROW,
        *behind_temple,
        (503, 592),
        *_P_JAW_UPPER[1:],
        (199, 648),
        *_P_LIPS_BACK,
        *_P_NOSE_BACK[1:],
        (183, 420),
    ]
    jaw = [*_smooth(_P_CHIN_FRONT), *_P_JAW_LOWER[1:], *_P_RAMUS[1:], *_P_JAW_UPPER[1:]]
    neck = [*_P_NECK_FRONT, *_P_NECK_BACK, *_P_SCALP_INNER[1:4], (503, 592), *_P_RAMUS[-2::-1], *_P_JAW_LOWER[-2::-1]]
    nose = [*_smooth(_P_NOSE_FRONT, 1), *_P_NOSE_BACK]
    mouth = [*_P_LIPS_FRONT, *_P_LIPS_BACK]
    frenulum = _ellipse(204, 598, 14, 11, 12)
    chin = [*_smooth(_P_CHIN_FRONT), (300, 761), (302, 700), (282, 704), (232, 690), (212, 663)]
    behind_ear: list[Point] = [
        (528, 402), (547, 430), (551, 470), (542, 507), (527, 532), (520, 560), (506, 585), (540, 612), (588, 600),
        (616, 540), (612, 462), (586, 412), (552, 390),
    ]  # fmt: skip
    eye = _eye(238, 438, 30, 14)
    ear: list[Point] = [
        (466, 410), (497, 395), (528, 402), (547, 430), (551, 470), (542, 507), (527, 532), (520, 560), (506, 585),
        (486, 593), (469, 581), (463, 548), (459, 500), (457, 450),
    ]  # fmt: skip
    return [
        ("scalp", scalp),
        ("forehead", forehead),
        ("cheek-left", cheek),
        ("jaw-left", jaw),
        ("chin", chin),
        ("behind-ear-left", behind_ear),
        ("neck", neck),
        ("nose", nose),
        ("mouth", mouth),
        ("frenulum", frenulum),
        ("eye-left", eye),
        ("ear-left", _smooth([*ear, ear[0]])[:-1]),
    ]


def _head_right() -> list[tuple[str, list[Point]]]:
    return [(code.replace("-left", "-right"), _mirror(pts, _PROFILE_W)) for code, pts in _head_profile()]


# --------------------------------------------------------------------------------------------------------------
# Hands (canvas 1400 x 1000): palms to the viewer, fingers up; the child's right hand on the viewer's left.
# --------------------------------------------------------------------------------------------------------------

_HANDS_W = 1400.0


def _hands() -> list[tuple[str, list[Point]]]:
    right = _hand((360, 830), (360, 0), 360, cuff=0.15)
    return [("hand-right", right), ("hand-left", _mirror(right, _HANDS_W))]


def _hands_back() -> list[tuple[str, list[Point]]]:
    """The backs of the hands seen from behind the child: the palms' outline with the child's sides swapped."""
    return [(flip_side(code), pts) for code, pts in _hands()]


_BUILDERS = {
    "front": _front,
    "back": _back,
    "head-left": _head_profile,
    "head-right": _head_right,
    "hands": _hands,
    "hands-back": _hands_back,
}


@cache
def regions_for(view: str) -> tuple[Region, ...]:
    """The regions of a view, in drawing order: largest first, so that smaller (more specific) regions lie on top.

    Raises ValueError for an unknown view.
    """
    check_view(view)
    width = DESIGN_HEIGHT * VIEW_ASPECT[view]
    regions = [
        Region(code, view, tuple((round(x / width, 4), round(y / DESIGN_HEIGHT, 4)) for x, y in pts))
        for code, pts in _BUILDERS[view]()
    ]
    regions.sort(key=lambda r: -r.area)
    return tuple(regions)


def views_for(code: str) -> tuple[str, ...]:
    """The views in which a region appears. Raises ValueError for an unknown code."""
    check_code(code)
    return tuple(v for v in VIEWS if any(r.code == code for r in regions_for(v)))
