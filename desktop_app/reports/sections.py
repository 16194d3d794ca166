"""The parts at either end of a pack: what the school's records do not hold yet (on the cover), and the last page
listing every entry the pack shows with its content hash. The pack's other parts are in `cells`, `child_sections`,
`chronology_table` and `body_maps`."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from desktop_app.domain.ids import short_reference
from desktop_app.reports.inputs import IncludedEntry
from desktop_app.reports.layout import MUTED, SMALL, Cell, Grid, Span, TextBlock, heading, note


def included_entries_page(entries: Sequence[IncludedEntry], pack_id: str) -> list[Flowable]:
    """The last page: every entry whose content the pack shows, with its content hash."""
    story: list[Flowable] = [PageBreak(), heading("Entries included in this pack")]
    story.append(
        note(
            f"Pack {pack_id}. Each entry is kept in the school's record, signed by its author; its content hash "
            "(SHA-256 of the signed entry) lets the school show that what this pack prints is what was recorded."
        )
    )
    rows: list[list[Cell]] = [
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
    story.append(Grid([0.05, 0.31, 0.16, 0.48], rows, ["", "Entry", "Kind", "Content hash (SHA-256, hex)"]))
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
