"""The body maps of a pack: one page per occasion with marks (the views, the numbered marks, a table of each mark,
and the absence around it), then every mark over time on one outline per view."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import tzinfo

from reportlab.lib.colors import Color, black, white
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain import bodymap
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.file_parts import InjuryOccasion
from desktop_app.domain.records import ExplanationBy, InjuryMark
from desktop_app.reports.attendance import absence_around
from desktop_app.reports.bodymap_drawing import BodyMapDrawing, Pin, pack_rows
from desktop_app.reports.cells import answer, when
from desktop_app.reports.document import CONTENT_WIDTH
from desktop_app.reports.inputs import NOT_RECORDED
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Cell, Grid, HStack, Span, TextBlock, heading, note

MAP_GAP = 16.0


def site_words(mark: InjuryMark) -> str:
    return bodymap.region_name(mark.region) if mark.region in bodymap.REGION_NAMES else mark.region


_GIVERS = {
    ExplanationBy.CHILD: "the child",
    ExplanationBy.PARENT: "a parent",
    ExplanationBy.CARER: "a carer",
    ExplanationBy.OTHER_ADULT: "another adult",
}


def _size(mark: InjuryMark) -> str:
    return f"{mark.size_cm:g} cm" if mark.size_cm else ""


def mark_grid(marks: Sequence[InjuryMark]) -> Grid:
    """Each mark of one occasion, numbered as on its body map, with everything recorded about it."""
    rows: list[list[Cell]] = []
    for number, mark in enumerate(marks, start=1):
        site = [Span(site_words(mark), bold=True), Span(VIEW_WORDS.get(mark.view, mark.view), size=SMALL, colour=MUTED)]
        kind = [
            Span(str(mark.type) or NOT_RECORDED),
            Span(_size(mark) or "size not recorded", size=SMALL, colour=MUTED),
        ]
        look = [
            Span(mark.shape or NOT_RECORDED, label="Shape:"),
            Span(mark.colour or NOT_RECORDED, label="Colour:"),
            Span({True: "yes", False: "no", None: NOT_RECORDED}[mark.skin_broken], label="Skin broken:"),
        ]
        aid = [
            Span(mark.first_aid or NOT_RECORDED, label="First aid:"),
            Span(mark.observed_by or NOT_RECORDED, label="Seen by:"),
        ]
        if mark.witnessed_by:
            aid.append(Span(mark.witnessed_by, label="Saw it happen:"))
        told: Cell = answer(mark.explanation)
        giver = _GIVERS.get(mark.given_by, "")  # type: ignore[call-overload]
        if mark.explanation and giver:
            told = [Span(mark.explanation), Span(giver, label="Given by:", size=SMALL, colour=MUTED)]
        elif mark.given_by == ExplanationBy.NONE and mark.explanation_by == ExplanationBy.NONE:
            told = Span("no explanation was given", colour=WARNING)
        rows.append([Span(str(number), bold=True), site, kind, look, told, aid])
    header = ["No.", "Site", "Type and size", "Appearance", "Explanation given", "First aid, seen by"]
    return Grid([0.045, 0.165, 0.12, 0.23, 0.24, 0.2], rows, header)


VIEW_WORDS = {
    "front": "front view",
    "back": "back view",
    "head-left": "head, left side",
    "head-right": "head, right side",
    "hands": "hands, palms",
    "hands-back": "hands, backs",
}


def _map_rows(drawings: Sequence[BodyMapDrawing]) -> list[Flowable]:
    return [HStack(row, gap=MAP_GAP) for row in pack_rows(drawings, CONTENT_WIDTH, MAP_GAP)]


def _drawn(marks: Sequence[InjuryMark]) -> list[tuple[int, InjuryMark]]:
    """The marks that can be drawn (on a view the app has an outline for), with their numbers."""
    return [(n, m) for n, m in enumerate(marks, start=1) if m.view in bodymap.VIEW_ASPECT]


def _views_in(marks: Sequence[tuple[int, InjuryMark]]) -> list[str]:
    present = {mark.view for _, mark in marks}
    return [view for view in bodymap.VIEWS if view in present]


def occasion_pages(
    occasions: Sequence[InjuryOccasion], zone: tzinfo, absence: Mapping[str, str] | None = None
) -> list[Flowable]:
    """One page per occasion with marks: the views with marks, the numbered marks, and a table of each mark; with
    `absence` (`BodyMapHistory.absence`), what the child missed in the school days around it."""
    story: list[Flowable] = []
    for index, occasion in enumerate(occasions, start=1):
        story.append(PageBreak())
        story.append(heading(f"Body map {index} of {len(occasions)}: {when(occasion.occurred_at, zone)}"))
        story.append(
            TextBlock(
                [
                    Span(
                        f"Recorded {when(occasion.recorded_at, zone)} by {occasion.recorded_by.words} — entry "
                        f"{short_reference(occasion.concern_id)}",
                        size=SMALL + 0.5,
                        colour=MUTED,
                    ),
                    Span(occasion.what_happened or NOT_RECORDED, label="What happened:", space_before=2),
                ],
                space_after=6,
            )
        )
        story += absence_around(absence or {}, occasion.concern_id)
        drawn = _drawn(occasion.marks)
        drawings = [
            BodyMapDrawing(view, [Pin(str(n), m.x, m.y) for n, m in drawn if m.view == view])
            for view in _views_in(drawn)
        ]
        story += _map_rows(drawings)
        story.append(mark_grid(occasion.marks))
    return story


def _age_colour(rank: int, count: int) -> tuple[Color, Color]:
    """Older events lighter, the newest darkest (the same red as a single map's marks)."""
    share = 1.0 if count <= 1 else rank / (count - 1)
    light, dark = (0.96, 0.72, 0.70), (0.62, 0.08, 0.06)
    fill = Color(*(lo + (hi - lo) * share for lo, hi in zip(light, dark, strict=True)))
    return fill, (white if share > 0.45 else black)


def layered_page(occasions: Sequence[InjuryOccasion], zone: tzinfo) -> list[Flowable]:
    """Every mark of every occasion on one outline per view, numbered by occasion, newer marks darker."""
    if not occasions:
        return []
    story: list[Flowable] = [PageBreak(), heading("All marks over time")]
    story.append(
        note(
            "Every mark recorded, on one outline per view, drawn at the same scale as the maps before. Each mark "
            "is numbered with its body map (occasion); older occasions are lighter, the newest darkest."
        )
    )
    pins: dict[str, list[Pin]] = defaultdict(list)
    for rank, occasion in enumerate(occasions):
        fill, text = _age_colour(rank, len(occasions))
        for _, mark in _drawn(occasion.marks):
            pins[mark.view].append(Pin(str(rank + 1), mark.x, mark.y, fill, text))
    drawings = [BodyMapDrawing(view, pins[view]) for view in bodymap.VIEWS if pins.get(view)]
    story += _map_rows(drawings)
    legend_rows: list[list[Cell]] = []
    for index, occasion in enumerate(occasions, start=1):
        sites = "; ".join(
            f"{m.type or 'mark'} on {site_words(m)}" + (f" ({_size(m)})" if _size(m) else "") for m in occasion.marks
        )
        legend_rows.append(
            [Span(str(index), bold=True), when(occasion.occurred_at, zone), sites, short_reference(occasion.concern_id)]
        )
    story.append(CondPageBreak(80))
    story.append(Grid([0.06, 0.24, 0.55, 0.15], legend_rows, ["Map", "When", "Marks", "Entry"]))
    repeats = _repeated_sites(occasions)
    if repeats:
        story.append(heading("Sites marked on more than one occasion", 2))
        story.append(Grid([0.35, 0.15, 0.5], repeats, ["Site", "Occasions", "Body maps"], zebra=False))
    return story


def _repeated_sites(occasions: Sequence[InjuryOccasion]) -> list[list[Cell]]:
    seen: dict[str, list[int]] = defaultdict(list)
    for index, occasion in enumerate(occasions, start=1):
        for site in dict.fromkeys(site_words(mark) for mark in occasion.marks):
            seen[site].append(index)
    rows: list[list[Cell]] = []
    for site, found in sorted(seen.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(found) > 1:
            rows.append([Span(site, colour=WARNING), str(len(found)), ", ".join(map(str, found))])
    return rows
