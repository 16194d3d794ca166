"""Body-map geometry: region coverage, hit-testing, sides, neighbours and the SVG outlines."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.bodymap import (
    KNOWN_REGION_CODES,
    OLDER_REGION_CODES,
    REGION_CODES,
    REGION_NAMES,
    VIEW_ASPECT,
    VIEWS,
    Region,
    hit,
    nearest_region,
    neighbours,
    outline_svg,
    region_at,
    region_name,
    regions_for,
    views_for,
)

SVG_NS = "{http://www.w3.org/2000/svg}"
REPO = Path(__file__).resolve().parents[2]
# Small features drawn on top of larger regions; every other pair of regions in a view must not overlap.
FEATURES = {"eye-left", "eye-right", "nose", "mouth", "frenulum", "ear-left", "ear-right", "chin", "behind-ear-left",
            "behind-ear-right"}  # fmt: skip


def _flip(code: str) -> str:
    if code.endswith("-left"):
        return code.removesuffix("-left") + "-right"
    if code.endswith("-right"):
        return code.removesuffix("-right") + "-left"
    return code


def _centroid(polygon: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (3 * a), cy / (3 * a)


def _interior_point(region: Region) -> tuple[float, float] | None:
    """The centroid if region_at gives this region there, else the grid point in its bounding box that does and is
    furthest from the region's edge (a point well inside its visible part)."""
    cx, cy = _centroid(region.polygon)
    if region_at(region.view, cx, cy) == region.code:
        return cx, cy
    xs = [p[0] for p in region.polygon]
    ys = [p[1] for p in region.polygon]
    best, best_d = None, -1.0
    n = 40
    for i in range(n + 1):
        for j in range(n + 1):
            x = min(xs) + (max(xs) - min(xs)) * i / n
            y = min(ys) + (max(ys) - min(ys)) * j / n
            if region_at(region.view, x, y, tolerance=0.0) != region.code:
                continue
            d = hit.distance_to_edges(region.polygon, x, y, VIEW_ASPECT[region.view])
            if d > best_d:
                best, best_d = (x, y), d
    return best


ALL_REGIONS = [r for view in VIEWS for r in regions_for(view)]


def test_codes_and_names_agree() -> None:
    assert len(REGION_CODES) == len(set(REGION_CODES)) == 46
    assert set(REGION_NAMES) == set(REGION_CODES) | set(OLDER_REGION_CODES)
    assert not set(OLDER_REGION_CODES) & set(REGION_CODES)
    assert region_name("behind-ear-left") == "behind the left ear"
    assert region_name("upper-back") == "upper back"  # an older entry's code still reads
    assert region_name("upper-arm-left") == "left upper arm"
    assert region_name("frenulum") == "frenulum (inside lip)"
    assert region_name("jaw-left") == "left angle of the jaw"
    for code in REGION_CODES:
        if code.endswith("-left"):
            assert "left" in region_name(code)
        if code.endswith("-right"):
            assert "right" in region_name(code)


def test_views_and_aspects() -> None:
    assert VIEWS == ("front", "back", "head-left", "head-right", "hands", "hands-back")
    assert set(VIEW_ASPECT) == set(VIEWS)
    assert VIEW_ASPECT["front"] == VIEW_ASPECT["back"] == 0.5


def test_every_code_appears_in_some_view() -> None:
    used = {r.code for r in ALL_REGIONS}
    assert used == set(REGION_CODES)
    for code in REGION_CODES:
        assert views_for(code)


@pytest.mark.parametrize("view", VIEWS)
def test_view_regions_are_known_unique_and_in_range(view: str) -> None:
    regions = regions_for(view)
    codes = [r.code for r in regions]
    assert len(codes) == len(set(codes))
    assert set(codes) <= set(REGION_CODES)
    for region in regions:
        assert region.view == view
        assert len(region.polygon) >= 3
        assert region.area > 0
        assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in region.polygon)


def test_expected_regions_per_view() -> None:
    def codes(view: str) -> set[str]:
        return {r.code for r in regions_for(view)}

    assert {"chest", "abdomen", "genitals", "hip-left", "shin-right", "nose", "eye-left"} <= codes("front")
    assert {"chin", "jaw-left", "jaw-right", "cheek-left"} <= codes("front")
    assert not {"upper-back-left", "buttock-left", "calf-left", "upper-back", "buttocks"} & codes("front")
    assert {
        "upper-back-left",
        "upper-back-right",
        "lower-back-left",
        "lower-back-right",
        "buttock-left",
        "buttock-right",
        "behind-ear-left",
        "behind-ear-right",
        "calf-left",
        "calf-right",
        "scalp",
    } <= codes("back")
    assert not set(OLDER_REGION_CODES) & codes("back")  # fmt: skip
    assert not {"chest", "abdomen", "nose", "shin-left"} & codes("back")
    assert codes("head-left") == {
        "scalp", "forehead", "eye-left", "cheek-left", "ear-left", "jaw-left", "nose", "mouth", "frenulum", "neck",
        "chin", "behind-ear-left",
    }  # fmt: skip
    assert codes("head-right") == {_flip(c) for c in codes("head-left")}
    assert codes("hands") == codes("hands-back") == {"hand-left", "hand-right"}


@pytest.mark.parametrize("region", ALL_REGIONS, ids=lambda r: f"{r.view}:{r.code}")
def test_region_at_an_interior_point_returns_the_region(region: Region) -> None:
    point = _interior_point(region)
    assert point is not None, f"{region.code} has no visible area in {region.view}"
    assert region_at(region.view, *point) == region.code
    assert nearest_region(region.view, *point) == region.code


@pytest.mark.parametrize("view", VIEWS)
def test_only_small_features_overlap(view: str) -> None:
    regions = regions_for(view)
    n = 150
    for j in range(n):
        for i in range(n):
            x, y = (i + 0.5) / n, (j + 0.5) / n
            inside = [r for r in regions if hit.point_in_polygon(r.polygon, x, y)]
            if len(inside) > 1:
                smallest = min(inside, key=lambda r: r.area)
                assert smallest.code in FEATURES, f"{[r.code for r in inside]} overlap at ({x}, {y})"
                assert region_at(view, x, y) == smallest.code


@pytest.mark.parametrize(("view", "mirror"), [("front", "front"), ("back", "back"), ("hands", "hands"),
                                              ("head-left", "head-right")])  # fmt: skip
def test_views_are_mirror_images(view: str, mirror: str) -> None:
    mine = {r.code: r.polygon for r in regions_for(view)}
    theirs = {r.code: r.polygon for r in regions_for(mirror)}
    assert set(theirs) == {_flip(c) for c in mine}
    for code, polygon in mine.items():
        flipped = [(1 - x, y) for x, y in theirs[_flip(code)]]
        for points, others in ((polygon, flipped), (flipped, polygon)):
            for x, y in points:
                assert min(abs(x - ox) + abs(y - oy) for ox, oy in others) < 2e-4, (view, code, x, y)


def test_sides_front_and_back() -> None:
    # Arm height, on the viewer's right: the child's left in the front view, the child's right in the back view.
    assert region_at("front", 0.72, 0.3) == "upper-arm-left"
    assert region_at("front", 0.28, 0.3) == "upper-arm-right"
    assert region_at("back", 0.72, 0.3) == "upper-arm-right"
    assert region_at("back", 0.28, 0.3) == "upper-arm-left"
    for view, viewer_right_side in (("front", "-left"), ("back", "-right")):
        for region in regions_for(view):
            cx, _ = _centroid(region.polygon)
            if region.code.endswith(("-left", "-right")):
                on_viewer_right = cx > 0.5
                assert region.code.endswith(viewer_right_side) == on_viewer_right, (view, region.code)


def test_sides_heads_and_hands() -> None:
    centres = {r.code: _centroid(r.polygon) for r in regions_for("head-left")}
    assert centres["nose"][0] < centres["ear-left"][0]  # the face points to the viewer's left
    centres = {r.code: _centroid(r.polygon) for r in regions_for("head-right")}
    assert centres["nose"][0] > centres["ear-right"][0]
    centres = {r.code: _centroid(r.polygon) for r in regions_for("hands")}
    assert centres["hand-left"][0] > 0.5 > centres["hand-right"][0]
    # The backs of the hands are seen from behind, as in the back view: the child's left hand on the viewer's left.
    centres = {r.code: _centroid(r.polygon) for r in regions_for("hands-back")}
    assert centres["hand-left"][0] < 0.5 < centres["hand-right"][0]
    assert region_at("hands-back", 0.26, 0.6) == "hand-left" and region_at("hands", 0.26, 0.6) == "hand-right"
    palms = {r.code: r.polygon for r in regions_for("hands")}
    assert {_flip(r.code): r.polygon for r in regions_for("hands-back")} == palms  # the same outlines, sides swapped


def test_head_is_child_proportioned() -> None:
    top = min(y for r in regions_for("front") if r.code == "scalp" for _, y in r.polygon)
    chin = max(y for r in regions_for("front") if r.code.startswith("jaw") for _, y in r.polygon)
    feet = max(y for r in regions_for("front") if r.code.startswith("foot") for _, y in r.polygon)
    assert (chin - top) / (feet - top) > 1 / 6.5  # an adult's head is about 1/7.5 of their height


def test_near_and_far_points() -> None:
    for view in VIEWS:
        assert region_at(view, 0.0, 1.0) is None
        assert region_at(view, 0.005, 0.005) is None
        assert nearest_region(view, 0.0, 1.0) in REGION_CODES
        assert nearest_region(view, -5.0, 7.0) in REGION_CODES
    # Just outside the top of the head counts as the scalp; between the calves is one of the legs.
    assert region_at("front", 0.5, 0.012) == "scalp"
    assert region_at("back", 0.5, 0.85) in {"calf-left", "calf-right"}
    assert region_at("front", 0.5, 0.012, tolerance=0.0) is None


@pytest.mark.parametrize("func", [region_at, nearest_region])
def test_unknown_view_raises(func) -> None:
    with pytest.raises(ValueError, match="unknown body-map view 'side'"):
        func("side", 0.5, 0.5)
    with pytest.raises(ValueError, match="unknown body-map view"):
        regions_for("Front")


def test_non_finite_point_raises() -> None:
    with pytest.raises(ValueError, match="finite"):
        region_at("front", float("nan"), 0.5)
    with pytest.raises(ValueError, match="finite"):
        nearest_region("front", 0.5, float("inf"))


def test_unknown_code_raises() -> None:
    with pytest.raises(ValueError, match="unknown body-map region"):
        region_name("elbow")
    with pytest.raises(ValueError, match="unknown body-map region"):
        neighbours("elbow")


unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@given(view=st.sampled_from(VIEWS), x=unit, y=unit)
def test_region_at_never_raises_and_agrees_with_nearest(view: str, x: float, y: float) -> None:
    codes = {r.code for r in regions_for(view)}
    hit = region_at(view, x, y)
    near = nearest_region(view, x, y)
    assert hit is None or hit in codes
    assert near in codes
    if hit is not None:
        assert near == hit


@given(view=st.sampled_from(VIEWS), x=st.floats(-100, 100), y=st.floats(-100, 100))
def test_nearest_region_anywhere(view: str, x: float, y: float) -> None:
    assert nearest_region(view, x, y) in {r.code for r in regions_for(view)}


def test_regions_exact_enough_for_ten4_facesp() -> None:
    """Behind the ear is not the scalp, the angle of the jaw is not the cheek, and the back views have sides."""
    assert region_at("head-left", 580 / 800, 500 / 1000) == "behind-ear-left"
    assert region_at("head-right", 1 - 580 / 800, 500 / 1000) == "behind-ear-right"
    assert region_at("back", 180 / 500, 120 / 1000) == "behind-ear-left"
    assert region_at("front", 185 / 500, 138 / 1000) == "jaw-right"  # below the ear, the child's right
    assert region_at("front", 315 / 500, 138 / 1000) == "jaw-left"
    assert region_at("head-left", 495 / 800, 670 / 1000) == "jaw-left"
    assert region_at("front", 0.5, 180 / 1000) == "chin"
    assert region_at("head-left", 230 / 800, 720 / 1000) == "chin"
    assert region_at("back", 0.4, 0.5) == "buttock-left" and region_at("back", 0.6, 0.42) == "lower-back-right"


def test_neighbours() -> None:
    for code in KNOWN_REGION_CODES:
        near = neighbours(code)
        assert isinstance(near, frozenset)
        assert code not in near
        assert near <= set(KNOWN_REGION_CODES)
        assert near, f"{code} has no neighbours"
        for other in near:
            assert code in neighbours(other), f"{code} ~ {other} is not symmetric"
        assert neighbours(_flip(code)) == {_flip(c) for c in near}
    assert {"shoulder-left", "forearm-left"} <= neighbours("upper-arm-left")
    assert {"ear-left", "jaw-left", "eye-left"} <= neighbours("cheek-left")
    assert "mouth" in neighbours("frenulum")
    assert "upper-arm-right" not in neighbours("upper-arm-left")


@pytest.mark.parametrize("view", VIEWS)
def test_outline_svg(view: str) -> None:
    text = outline_svg(view)
    root = ET.fromstring(text.encode())
    assert root.tag == f"{SVG_NS}svg"
    width, height = float(root.get("width")), float(root.get("height"))
    assert width / height == pytest.approx(VIEW_ASPECT[view], abs=0.01)
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    paths = root.findall(f".//{SVG_NS}path")
    regions = regions_for(view)
    assert [p.get("id") for p in paths] == [r.code for r in regions]  # drawn largest first, as hit-tested
    for path in paths:
        assert path.findtext(f"{SVG_NS}title") == region_name(path.get("id"))
        assert path.get("d").startswith("M ") and path.get("d").endswith(" Z")


def test_generated_svgs_are_up_to_date() -> None:
    for view in VIEWS:
        path = REPO / "desktop_app" / "resources" / "bodymap" / f"{view}.svg"
        assert path.read_text(encoding="utf-8") == outline_svg(view), "run tools/make_bodymap_svgs.py"
