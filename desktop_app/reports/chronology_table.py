"""The chronology table of a pack: date (and when it was written down, if late), what happened with the child's own
words, who was present and where, who recorded it, action and outcome; the child's name too in a family chronology."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from reportlab.platypus import Flowable

from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.ids import short_reference
from desktop_app.reports.cells import NOT_APPLICABLE, answer, when
from desktop_app.reports.inputs import NOT_RECORDED
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Cell, Grid, Span, note


def _kind_words(kind: str) -> str:
    return {RowKind.SIBLING: "Sibling's concern"}.get(kind, kind.replace("-", " ").capitalize())


def _what(item: ChronologyItem, opinion: str, categories: Mapping[str, str]) -> list[Span]:
    spans = []
    if item.kind == RowKind.CONCERN:
        named = ", ".join(categories.get(code, code) for code in item.all_categories)
        spans.append(Span(named or NOT_RECORDED, bold=True, size=SMALL + 0.5))
    else:
        spans.append(Span(_kind_words(item.kind), bold=True, size=SMALL + 0.5))
    spans.append(Span(item.summary or NOT_RECORDED))
    if item.kind == RowKind.CONCERN:
        spans.append(Span(item.childs_words or NOT_RECORDED, label="Child's own words:", size=SMALL + 0.5))
        spans.append(Span(item.present or NOT_RECORDED, label="Present:", size=SMALL + 0.5))
        spans.append(Span(item.shared_with or NOT_RECORDED, label="Shared with:", size=SMALL + 0.5))
        spans.append(Span(item.location or NOT_RECORDED, label="Where:", size=SMALL + 0.5))
    if opinion:
        spans.append(Span(opinion, label="Opinion:", size=SMALL + 0.5, colour=MUTED))
    spans.append(Span(short_reference(item.entry_id), size=SMALL, colour=MUTED))
    return spans


def _when_cell(item: ChronologyItem, zone: tzinfo) -> list[Span]:
    spans = [Span(when(item.occurred_at, zone))]
    if item.recorded_late:
        spans.append(Span(f"written down {when(item.recorded_at, zone)}", size=SMALL, colour=WARNING))
    return spans


def _concern_cell(item: ChronologyItem, value: str) -> Cell:
    """Action and outcome are asked of a concern (a gap when none is recorded); other rows have none."""
    if item.kind == RowKind.CONCERN:
        return answer(value)
    return Span(NOT_APPLICABLE, colour=MUTED)


def chronology_grid(
    items: Sequence[ChronologyItem],
    zone: tzinfo,
    *,
    names: Mapping[str, str] | None = None,
    opinions: Mapping[str, str] | None = None,
    categories: Mapping[str, str] | None = None,
) -> Flowable:
    """Date, what happened (with the child's words, who was present, where, and the author's `opinions` by concern),
    who recorded it, action, outcome; the child too with `names` (a family chronology); categories in words."""
    if not items:
        return note("No entries.")
    opinions = opinions or {}
    body = []
    for item in items:
        cells: list[Cell] = [_when_cell(item, zone)]
        if names is not None:
            cells.append(answer(names.get(item.pupil_id, "")))
        cells += [_what(item, opinions.get(item.entry_id, ""), categories or {}), answer(item.recorded_by)]
        cells += [_concern_cell(item, item.action), _concern_cell(item, item.outcome)]
        body.append(cells)
    if names is not None:
        header = ["Date", "Child", "What happened", "Recorded by", "Action", "Outcome"]
        return Grid([0.13, 0.12, 0.35, 0.14, 0.14, 0.12], body, header)
    return Grid([0.14, 0.42, 0.15, 0.16, 0.13], body, ["Date", "What happened", "Recorded by", "Action", "Outcome"])
