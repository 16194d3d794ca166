"""Body-map neighbours: which regions lie anatomically next to each other (recurrence near a mark)."""

from __future__ import annotations

from desktop_app.domain.bodymap.regions import KNOWN_REGION_CODES, check_code, flip_side

# Anatomical neighbours, written for the child's left side and the midline; the right side is derived by mirroring,
# and the relation is made symmetric below.
_LEFT_AND_MIDLINE_NEIGHBOURS: tuple[tuple[str, str], ...] = (
    ("scalp", "forehead"),
    ("scalp", "ear-left"),
    ("scalp", "neck"),
    ("forehead", "eye-left"),
    ("forehead", "cheek-left"),
    ("forehead", "nose"),
    ("eye-left", "nose"),
    ("eye-left", "cheek-left"),
    ("cheek-left", "ear-left"),
    ("cheek-left", "jaw-left"),
    ("cheek-left", "nose"),
    ("cheek-left", "mouth"),
    ("ear-left", "jaw-left"),
    ("ear-left", "neck"),
    ("ear-left", "behind-ear-left"),
    ("behind-ear-left", "scalp"),
    ("behind-ear-left", "neck"),
    ("behind-ear-left", "jaw-left"),
    ("chin", "mouth"),
    ("chin", "jaw-left"),
    ("chin", "neck"),
    ("nose", "mouth"),
    ("mouth", "frenulum"),
    ("mouth", "jaw-left"),
    ("jaw-left", "jaw-right"),
    ("jaw-left", "neck"),
    ("neck", "shoulder-left"),
    ("neck", "chest"),
    ("neck", "upper-back-left"),
    ("shoulder-left", "upper-arm-left"),
    ("shoulder-left", "chest"),
    ("shoulder-left", "upper-back-left"),
    ("upper-arm-left", "forearm-left"),
    ("upper-arm-left", "chest"),
    ("upper-arm-left", "upper-back-left"),
    ("forearm-left", "hand-left"),
    ("chest", "abdomen"),
    ("chest", "upper-back-left"),
    ("upper-back-left", "upper-back-right"),
    ("upper-back-left", "lower-back-left"),
    ("lower-back-left", "lower-back-right"),
    ("abdomen", "lower-back-left"),
    ("abdomen", "hip-left"),
    ("abdomen", "genitals"),
    ("lower-back-left", "hip-left"),
    ("lower-back-left", "buttock-left"),
    ("buttock-left", "buttock-right"),
    ("buttock-left", "hip-left"),
    ("buttock-left", "thigh-left"),
    ("buttock-left", "genitals"),
    # the older midline codes (design note 26) neighbour what both their sides neighbour
    ("upper-back", "upper-back-left"),
    ("upper-back", "neck"),
    ("upper-back", "chest"),
    ("upper-back", "shoulder-left"),
    ("upper-back", "upper-arm-left"),
    ("upper-back", "lower-back"),
    ("lower-back", "lower-back-left"),
    ("lower-back", "upper-back-left"),
    ("lower-back", "abdomen"),
    ("lower-back", "hip-left"),
    ("lower-back", "buttocks"),
    ("buttocks", "buttock-left"),
    ("buttocks", "lower-back-left"),
    ("buttocks", "hip-left"),
    ("buttocks", "thigh-left"),
    ("buttocks", "genitals"),
    ("genitals", "thigh-left"),
    ("hip-left", "thigh-left"),
    ("thigh-left", "knee-left"),
    ("knee-left", "shin-left"),
    ("knee-left", "calf-left"),
    ("shin-left", "calf-left"),
    ("shin-left", "foot-left"),
    ("calf-left", "foot-left"),
)


def _build_neighbours() -> dict[str, frozenset[str]]:
    pairs: set[tuple[str, str]] = set()
    for a, b in _LEFT_AND_MIDLINE_NEIGHBOURS:
        for a2, b2 in ((a, b), (flip_side(a), flip_side(b))):
            pairs.add((a2, b2))
            pairs.add((b2, a2))
    table: dict[str, set[str]] = {code: set() for code in KNOWN_REGION_CODES}
    for a, b in pairs:
        if a != b:
            table[a].add(b)
    return {code: frozenset(near) for code, near in table.items()}


_NEIGHBOURS = _build_neighbours()


def neighbours(code: str) -> frozenset[str]:
    """Regions anatomically next to `code` (not including itself). Raises ValueError for an unknown code."""
    check_code(code)
    return _NEIGHBOURS[code]
