"""The termly safeguarding report for governors as a PDF: counts by category, year group and decision, the clocks
met, and the term before beside each, with no child identifiable (`domain.governors_report`)."""

from __future__ import annotations

from datetime import tzinfo

from reportlab.platypus import Flowable

from desktop_app.domain.governors_report import HIDDEN, SMALL, CountRow, GovernorsReport
from desktop_app.reports.cells import when
from desktop_app.reports.document import PageFrame, build_pdf
from desktop_app.reports.layout import Grid, TextBlock, facts, heading, note

TITLE = "Safeguarding report for governors"


def build_governors_report(report: GovernorsReport, zone: tzinfo | None = None, marking: str = "") -> bytes:
    """The report's PDF (not yet encrypted)."""
    term, before = report.term.name, report.before.name
    story: list[Flowable] = [
        heading(f"{TITLE}: {term}", 0),
        facts(
            [
                ("School", report.school_name),
                ("Term", f"{term} ({report.term.first:%d %b %Y} to {report.term.last:%d %b %Y})"),
                ("Compared with", before),
                ("Made", when(report.made_at, zone)),
            ]
        ),
        note(
            f"Counts only: no child is named. A count of children between 1 and {SMALL - 1} is printed as "
            f"'{HIDDEN}', and where that alone would let it be worked out from the others, another count of the "
            "table is printed as a range too."
        ),
        heading("Concerns"),
        _grid([report.concerns, report.children, report.referrals], term, before),
        TextBlock(f"Concerns recorded this term and not yet closed: {report.open_at_end}."),
        heading("Children with concerns, by category"),
        _grid(report.by_category, term, before, empty="No concerns this term or the term before."),
        heading("Children with concerns, by year group"),
        _grid(report.by_year_group, term, before, empty="No concerns this term or the term before."),
        heading("Children by the lead's decision"),
        _grid(report.by_decision, term, before, empty="No decisions this term or the term before."),
        heading("The school's own clocks"),
        Grid([0.7, 0.3], [[c.label, c.words] for c in report.clocks], ["What fell due this term", "Done in time"]),
        note(
            "Questions for governors to ask: are concerns acknowledged and decided within the times the school set? "
            "Do the numbers by category and year group match what staff and pupils tell you? What lies behind a "
            "change since the term before?"
        ),
    ]
    frame = PageFrame(TITLE, f"{report.school_name} · {term}", marking or "OFFICIAL-SENSITIVE")
    return build_pdf(story, frame, subject=f"{TITLE}, {term}")


def _grid(rows: list[CountRow], term: str, before: str, *, empty: str = "") -> Flowable:
    if not rows:
        return note(empty)
    return Grid([0.5, 0.25, 0.25], [[r.label, r.count, r.before] for r in rows], ["", term, before])
