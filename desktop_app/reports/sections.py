"""Parts that several packs share: the child's details, household, agencies, chronology, body maps, entry list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.colors import Color, black, white
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain import bodymap
from desktop_app.domain.ids import short_reference
from desktop_app.reports.bodymap_drawing import BodyMapDrawing, Pin, pack_rows
from desktop_app.reports.document import CONTENT_WIDTH
from desktop_app.reports.inputs import (
    NOT_RECORDED,
    Agency,
    ChildDetails,
    ChronologyRow,
    HouseholdMember,
    IncludedEntry,
    InjuryEvent,
    MarkDetails,
    RedFlag,
)
from desktop_app.reports.layout import (
    MUTED,
    SMALL,
    WARNING,
    Cell,
    Grid,
    HStack,
    Span,
    TextBlock,
    facts,
    heading,
    note,
)

MAP_GAP = 16.0


def when(moment: datetime | None) -> str:
    """`Tue 12 Mar 2024 10:15 GMT` in this computer's local time."""
    if moment is None:
        return NOT_RECORDED
    local = moment.astimezone()
    zone = local.strftime("%Z")
    return local.strftime("%a %d %b %Y %H:%M") + (f" {zone}" if zone else "")


def day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else NOT_RECORDED


def age_on(born: date | None, on: date) -> str:
    if born is None:
        return ""
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    if months < 24:
        return f"{months} months"
    return f"{months // 12} years {months % 12} months"


def answer(value: str | None) -> Cell:
    """Text, or a grey 'not recorded' where nothing was written."""
    if value is None or not str(value).strip():
        return Span(NOT_RECORDED, colour=MUTED)
    return str(value)


def yes_no(value: bool | None) -> Cell:
    if value is None:
        return Span(NOT_RECORDED, colour=MUTED)
    return "Yes" if value else "No"


def refs(entry_ids: Sequence[str]) -> str:
    return ", ".join(short_reference(entry_id) for entry_id in entry_ids)


def child_facts(child: ChildDetails, on: date) -> Grid:
    born = day(child.date_of_birth)
    if child.date_of_birth:
        born = f"{born} (aged {age_on(child.date_of_birth, on)})"
    address = ", ".join(part for part in (child.address.strip(), child.postcode.strip()) if part)
    group = " / ".join(part for part in (child.year_group, child.reg_group) if part)
    rows: list[tuple[str, Cell]] = [
        ("Forename(s)", answer(child.forename)),
        ("Surname", answer(child.surname)),
        ("Other names", answer(child.other_names)),
        ("Date of birth", born),
        ("Gender", answer(child.gender)),
        ("Address", answer(address)),
        ("School", answer(child.school)),
        ("Year / class", answer(group)),
        ("UPN", answer(child.upn)),
        *((label, answer(value)) for label, value in child.more),
    ]
    return facts(rows)


def household_grid(members: Sequence[HouseholdMember]) -> Flowable:
    if not members:
        return note("No household members or significant others are recorded in this child's file.")
    rows = [
        [
            answer(m.name),
            answer(m.relationship),
            day(m.date_of_birth) if m.date_of_birth else answer(None),
            yes_no(m.parental_responsibility),
            answer(m.school),
            yes_no(m.focus_of_referral),
        ]
        for m in members
    ]
    header = ["Name", "Relationship", "Date of birth", "Parental responsibility", "School", "Focus of referral"]
    return Grid([0.22, 0.16, 0.14, 0.15, 0.2, 0.13], rows, header)


def agencies_grid(agencies: Sequence[Agency]) -> Flowable:
    if not agencies:
        return note("No other agencies are recorded as involved.")
    rows = [[answer(a.name), answer(a.status), answer(a.contact)] for a in agencies]
    return Grid([0.3, 0.3, 0.4], rows, ["Agency", "Status", "Contact / reference"])


def flags_grid(flags: Sequence[RedFlag]) -> Flowable:
    if not flags:
        return note("No red flags are recorded against this child's entries.")
    rows = [[Span(flag.reason, colour=WARNING), refs(flag.entry_ids) or answer(None)] for flag in flags]
    return Grid([0.68, 0.32], rows, ["Red flag and its reason", "Entries behind it"], zebra=False)


def _what(row: ChronologyRow) -> list[Span]:
    spans = []
    if row.kind == "addendum":
        spans.append(Span("Addendum", bold=True, size=SMALL + 0.5))
    elif row.category:
        spans.append(Span(row.category, bold=True, size=SMALL + 0.5))
    spans.append(Span(row.what or NOT_RECORDED))
    spans.append(Span(short_reference(row.entry_id), size=SMALL, colour=MUTED))
    return spans


def _when_cell(row: ChronologyRow) -> list[Span]:
    spans = [Span(when(row.occurred_at))]
    if row.recorded_late:
        spans.append(Span(f"written down {when(row.recorded_at)}", size=SMALL, colour=WARNING))
    return spans


def chronology_grid(rows: Sequence[ChronologyRow], *, with_child: bool = False) -> Flowable:
    """Date, what happened, who recorded it, action, outcome (and the child, in a family chronology)."""
    if not rows:
        return note("No entries.")
    body = []
    for row in rows:
        cells: list[Cell] = [_when_cell(row)]
        if with_child:
            cells.append(answer(row.child))
        cells += [_what(row), answer(row.recorded_by), answer(row.action), answer(row.outcome)]
        body.append(cells)
    if with_child:
        return Grid(
            [0.13, 0.12, 0.35, 0.14, 0.14, 0.12],
            body,
            ["Date", "Child", "What happened", "Recorded by", "Action", "Outcome"],
        )
    return Grid([0.14, 0.42, 0.15, 0.16, 0.13], body, ["Date", "What happened", "Recorded by", "Action", "Outcome"])


def _size(mark: MarkDetails) -> str:
    return f"{mark.size_cm:g} cm" if mark.size_cm else ""


def mark_grid(marks: Sequence[MarkDetails]) -> Grid:
    rows = []
    for mark in marks:
        site = [Span(mark.site, bold=True), Span(VIEW_WORDS.get(mark.view, mark.view), size=SMALL, colour=MUTED)]
        kind = [Span(mark.type or NOT_RECORDED), Span(_size(mark) or "size not recorded", size=SMALL, colour=MUTED)]
        look = [
            Span(mark.shape or "—", label="Shape:"),
            Span(mark.colour or "—", label="Colour:"),
            Span({True: "yes", False: "no", None: "not recorded"}[mark.skin_broken], label="Skin broken:"),
        ]
        aid = [
            Span(mark.first_aid or "none recorded", label="First aid:"),
            Span(mark.observed_by or "—", label="Seen by:"),
        ]
        if mark.witnessed_by:
            aid.append(Span(mark.witnessed_by, label="Saw it happen:"))
        told: Cell = answer(mark.explanation)
        if mark.explanation and mark.explanation_by:
            told = [Span(mark.explanation), Span(mark.explanation_by, label="Given by:", size=SMALL, colour=MUTED)]
        rows.append([Span(str(mark.number), bold=True), site, kind, look, told, aid])
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


def _views_in(marks: Sequence[MarkDetails]) -> list[str]:
    present = {mark.view for mark in marks}
    return [view for view in bodymap.VIEWS if view in present]


def injury_event_pages(events: Sequence[InjuryEvent]) -> list[Flowable]:
    """One page per injury event: the views with marks, the numbered marks, and a table of each mark."""
    story: list[Flowable] = []
    for index, event in enumerate(events, start=1):
        story.append(PageBreak())
        story.append(heading(f"Body map {index} of {len(events)}: {when(event.occurred_at)}"))
        story.append(
            TextBlock(
                [
                    Span(
                        f"Recorded {when(event.recorded_at)} by {event.recorded_by} — entry "
                        f"{short_reference(event.entry_id)}",
                        size=SMALL + 0.5,
                        colour=MUTED,
                    ),
                    Span(event.context, label="What happened:", space_before=2),
                ],
                space_after=6,
            )
        )
        drawings = [
            BodyMapDrawing(view, [Pin(str(m.number), m.x, m.y) for m in event.marks if m.view == view])
            for view in _views_in(event.marks)
        ]
        story += _map_rows(drawings)
        story.append(mark_grid(event.marks))
    return story


def _age_colour(rank: int, count: int) -> tuple[Color, Color]:
    """Older events lighter, the newest darkest (the same red as a single map's marks)."""
    share = 1.0 if count <= 1 else rank / (count - 1)
    light, dark = (0.96, 0.72, 0.70), (0.62, 0.08, 0.06)
    fill = Color(*(lo + (hi - lo) * share for lo, hi in zip(light, dark, strict=True)))
    return fill, (white if share > 0.45 else black)


def layered_page(events: Sequence[InjuryEvent]) -> list[Flowable]:
    """Every mark of every event on one outline per view, numbered by event, newer marks darker."""
    if not events:
        return []
    story: list[Flowable] = [PageBreak(), heading("All marks over time")]
    story.append(
        note(
            "Every mark recorded, on one outline per view, drawn at the same scale as the maps before. Each mark "
            "is numbered with its body map (event); older events are lighter, the newest darkest."
        )
    )
    pins: dict[str, list[Pin]] = defaultdict(list)
    for rank, event in enumerate(events):
        fill, text = _age_colour(rank, len(events))
        for mark in event.marks:
            pins[mark.view].append(Pin(str(rank + 1), mark.x, mark.y, fill, text))
    drawings = [BodyMapDrawing(view, pins[view]) for view in bodymap.VIEWS if pins.get(view)]
    story += _map_rows(drawings)
    legend_rows = []
    for index, event in enumerate(events, start=1):
        fill, text = _age_colour(index - 1, len(events))
        sites = "; ".join(
            f"{m.type or 'mark'} on {m.site}" + (f" ({_size(m)})" if _size(m) else "") for m in event.marks
        )
        legend_rows.append(
            [Span(str(index), bold=True), when(event.occurred_at), sites, short_reference(event.entry_id)]
        )
    story.append(CondPageBreak(80))
    story.append(Grid([0.06, 0.24, 0.55, 0.15], legend_rows, ["Map", "When", "Marks", "Entry"]))
    repeats = _repeated_sites(events)
    if repeats:
        story.append(heading("Sites marked on more than one occasion", 2))
        story.append(Grid([0.35, 0.15, 0.5], repeats, ["Site", "Occasions", "Body maps"], zebra=False))
    return story


def _repeated_sites(events: Sequence[InjuryEvent]) -> list[list[Cell]]:
    seen: dict[str, list[int]] = defaultdict(list)
    for index, event in enumerate(events, start=1):
        for site in dict.fromkeys(mark.site for mark in event.marks):
            seen[site].append(index)
    rows: list[list[Cell]] = []
    for site, occasions in sorted(seen.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(occasions) > 1:
            rows.append([Span(site, colour=WARNING), str(len(occasions)), ", ".join(map(str, occasions))])
    return rows


def included_entries_page(entries: Sequence[IncludedEntry], pack_id: str) -> list[Flowable]:
    """The last page: every entry whose content the pack shows, with its content hash."""
    story: list[Flowable] = [PageBreak(), heading("Entries included in this pack")]
    story.append(
        note(
            f"Pack {pack_id}. Each entry is kept in the school's record, signed by its author; its content hash "
            "(SHA-256 of the signed entry) lets the school show that what this pack prints is what was recorded."
        )
    )
    rows = [
        [
            str(i),
            [Span(e.entry_id), Span(short_reference(e.entry_id), size=SMALL, colour=MUTED)],
            e.kind,
            Span(e.content_hash, size=6.6),
        ]
        for i, e in enumerate(entries, start=1)
    ]
    if not rows:
        story.append(note("No entries."))
        return story
    story.append(Grid([0.05, 0.33, 0.12, 0.5], rows, ["", "Entry", "Kind", "Content hash (SHA-256, hex)"]))
    return story


def gaps_note(gaps: Sequence[str]) -> list[Flowable]:
    if not gaps:
        return []
    return [
        TextBlock(
            [Span("Not yet held in this school's records:", bold=True, size=SMALL + 0.5, colour=MUTED)]
            + [Span("• " + gap, size=SMALL + 0.5, colour=MUTED) for gap in gaps],
            space_after=6,
        )
    ]
