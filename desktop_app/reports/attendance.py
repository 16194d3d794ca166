"""The child's attendance in a pack, as the lead's window shows it: the figures and persistent absence on the
child's details, and the absence around an injury on its body-map page (both read from the one child-file model)."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from desktop_app.domain.attendance.summary import Figures
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Cell, Span, TextBlock

NO_MARKS = "no marks imported from the school's MIS"


def attendance_cell(figures: Figures | None) -> Cell:
    """The share of possible sessions attended over every mark held, what was missed, and PERSISTENT ABSENCE (below
    90%) in red; a visible gap when the school imported no marks."""
    if figures is None:
        return Span(NO_MARKS, colour=MUTED)
    missed = figures.authorised + figures.unauthorised
    spans = [
        Span(
            f"{figures.percent:.1f}% of {figures.possible} possible sessions, {figures.first:%d %b %Y} to "
            f"{figures.last:%d %b %Y}; {missed} missed ({figures.authorised} authorised, {figures.unauthorised} "
            "unauthorised)"
        )
    ]
    if figures.persistent:
        spans.append(Span("PERSISTENT ABSENCE (below 90% of possible sessions)", bold=True, colour=WARNING))
    return spans


def absence_around(absence: Mapping[str, str], concern_id: str) -> list[Flowable]:
    """What the child missed in the school days around one injury (`BodyMapHistory.absence`), or nothing when the
    marks held do not reach it."""
    words = absence.get(concern_id, "")
    if not words:
        return []
    return [TextBlock(Span(words, size=SMALL + 0.5, colour=WARNING if "absent" in words else MUTED), space_after=4)]
