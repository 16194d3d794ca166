"""The recovery sheet: one page with the school's recovery code and what to do with it, for the school safe.

The sheet is not encrypted: it is printed at once and the paper kept in the safe. The sheet says so, and the
file should be deleted once printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable

from desktop_app.reports.cells import when
from desktop_app.reports.document import PageFrame, build_pdf
from desktop_app.reports.layout import ACCENT, MUTED, WARNING, Span, TextBlock, facts, heading

TITLE = "Concern Logger recovery sheet"


@dataclass(frozen=True, slots=True)
class RecoverySheetInput:
    school_name: str
    recovery_code: str
    created_at: datetime
    created_by: str
    data_folder: str = ""


def build_recovery_sheet(sheet: RecoverySheetInput) -> bytes:
    """A one-page PDF (unencrypted, to be printed and then deleted) holding the recovery code."""
    story: list[Flowable] = [
        heading(TITLE, 0),
        TextBlock(Span(sheet.school_name, bold=True, size=12), space_after=10),
        TextBlock(Span("Recovery code", bold=True, size=10, colour=MUTED), space_after=2),
        TextBlock(Span(sheet.recovery_code, bold=True, size=17, colour=ACCENT), space_after=12),
        facts(
            [
                ("School", sheet.school_name),
                ("Made", when(sheet.created_at, None)),  # where it is made: the school's PC
                ("Made by", sheet.created_by),
                ("Data folder at set-up", sheet.data_folder or "—"),
            ]
        ),
        heading("What this code is"),
        TextBlock(
            [
                Span(
                    "This code opens every safeguarding record of the school if every designated lead's passphrase "
                    "is lost. Anyone who holds it and a copy of the school's data can read every record."
                ),
                Span(
                    "It is shown once, at set-up, and cannot be shown again. If this sheet goes missing, tell the "
                    "head and the designated lead at once.",
                    space_before=3,
                ),
            ]
        ),
        *_what_to_do(),
    ]
    frame = PageFrame(
        "Recovery sheet: keep in the school safe", sheet.school_name, "OFFICIAL-SENSITIVE", "Recovery sheet"
    )
    return build_pdf(story, frame, subject="Recovery sheet")


def _what_to_do() -> list[Flowable]:
    """What to do with the sheet now, and when the code is needed."""
    return [
        heading("What to do now"),
        TextBlock(
            [
                Span("1. Print this page. Check that the code printed clearly and in full."),
                Span("2. Seal the printed page in an envelope, signed across the seal by the head and the lead."),
                Span("3. Keep the envelope in the school safe, with a note of the date in the safe's log."),
                Span(
                    "4. Delete this PDF file and empty the recycle bin: the file is not encrypted, because it is "
                    "meant to be printed, not stored.",
                    bold=True,
                    colour=WARNING,
                ),
            ]
        ),
        heading("When it is needed"),
        TextBlock(
            [
                Span(
                    "Only when no designated lead can sign in. The head and a lead open the envelope together, "
                    "record why in the safe's log, use the code, and return the sheet to a newly sealed envelope."
                ),
                Span(
                    "Never type the code into an email, a message or a document, and never photograph it.",
                    space_before=3,
                ),
            ]
        ),
    ]
