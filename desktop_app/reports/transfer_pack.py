"""The transfer pack: a child's whole child-protection file, for the designated lead of the child's next school."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain.ids import short_reference
from desktop_app.reports.document import PageFrame, build_pdf
from desktop_app.reports.inputs import NOT_RECORDED, FullRecord, TransferPackInput
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Span, TextBlock, facts, heading, note
from desktop_app.reports.sections import (
    agencies_grid,
    answer,
    child_facts,
    chronology_grid,
    day,
    flags_grid,
    gaps_note,
    household_grid,
    included_entries_page,
    injury_event_pages,
    layered_page,
    when,
)

TITLE = "Child-protection file: transfer to a new school"


def _running_line(pack: TransferPackInput) -> str:
    born = day(pack.child.date_of_birth) if pack.child.date_of_birth else "date of birth not recorded"
    return f"{pack.child.full_name} · born {born} · UPN {pack.child.upn or NOT_RECORDED}"


def _cover(pack: TransferPackInput) -> list[Flowable]:
    story: list[Flowable] = [heading(TITLE, 0)]
    story.append(
        TextBlock(
            [
                Span(
                    f"From {pack.school_name} to {pack.to_school} · pack {pack.pack_id} · sent {when(pack.sent_at)}",
                    size=SMALL + 1,
                    colour=MUTED,
                ),
                Span(
                    "Keep this file separate from the main pupil file. Do not send it by ordinary post or through "
                    "parents.",
                    bold=True,
                    size=SMALL + 1,
                    colour=WARNING,
                ),
            ],
            space_after=8,
        )
    )
    story.append(heading("Transfer"))
    story.append(
        facts(
            [
                ("Sent by", answer(pack.sent_by.words)),
                ("From", answer(pack.school_name)),
                ("To", answer(pack.to_school)),
                ("Sent", when(pack.sent_at)),
                ("Receipt due by", day(pack.receipt_due)),
                ("Transfer", answer(pack.transfer_id)),
                ("Machine-readable bundle", answer(pack.bundle_name)),
            ],
            label_width=0.32,
        )
    )
    story.append(
        TextBlock(
            [
                Span("For the receiving designated safeguarding lead", bold=True, space_before=2),
                Span(
                    "1. The sending lead gives you two secrets by telephone: the PDF password, which opened this "
                    "PDF, and the bundle passphrase, which opens the bundle. Phone the school on a number you look "
                    "up yourself."
                ),
                Span(
                    "2. If your school uses Concern Logger, import the bundle (Receive a transfer, on the triage "
                    "queue; or concern-logger transfer import BUNDLE --as YOUR-USERNAME --fingerprint CODE). It asks "
                    "for the sending school's fingerprint: type the one the sending lead reads to you, never one "
                    "from a document or email (this pack does not print it). Every record, signature and the "
                    "school's key chain are checked; a bundle altered or forged is refused. The import shows a "
                    "receipt code."
                ),
                Span(
                    "3. Read the receipt code back to the sending lead (or, without Concern Logger, confirm "
                    "receipt in writing), who records it. Until then the transfer shows as awaiting receipt."
                ),
            ],
            space_after=8,
        )
    )
    story += gaps_note(pack.gaps)
    story.append(heading("1. The child"))
    story.append(child_facts(pack.child, pack.sent_at.date()))
    if pack.file_status:
        story.append(note(f"File status: {pack.file_status}"))
    story.append(heading("2. Household and family"))
    story.append(household_grid(pack.household))
    story.append(heading("3. Other agencies involved"))
    story.append(agencies_grid(pack.agencies))
    story.append(heading("4. Red flags"))
    story.append(flags_grid(pack.flags))
    return story


def _record(record: FullRecord) -> list[Flowable]:
    head = [
        Span(f"{record.title} — {short_reference(record.entry_id)}", bold=True, size=9.5, space_before=4),
        Span(
            f"Happened {when(record.occurred_at)} · recorded {when(record.recorded_at)} by {record.recorded_by}",
            size=SMALL + 0.5,
            colour=MUTED,
        ),
    ]
    rows = [(label, answer(value)) for label, value in record.fields]
    story: list[Flowable] = [CondPageBreak(90), TextBlock(head, space_after=3, keep_with_next=True)]
    if rows:
        story.append(facts(rows, label_width=0.24))
    return story


def build_transfer_pack(pack: TransferPackInput) -> bytes:
    """The transfer pack as PDF bytes (not yet encrypted: see reports.encryption.encrypt_pdf)."""
    story: list[Flowable] = []
    story += _cover(pack)
    story += [PageBreak(), heading("5. Chronology")]
    story.append(note(f"{len(pack.chronology)} entries, in the order things happened."))
    story.append(chronology_grid(pack.chronology))
    story += [PageBreak(), heading("6. The records in full")]
    story.append(note("Every record as it was written, with its addenda; fact and opinion as the author kept them."))
    if not pack.records:
        story.append(note("No records."))
    for record in pack.records:
        story += _record(record)
    if pack.injury_events:
        story += [PageBreak(), heading("7. Body maps")]
        story.append(note(f"{len(pack.injury_events)} occasion(s) on which injuries were recorded, one page each."))
        story += injury_event_pages(pack.injury_events)[1:]
        story += layered_page(pack.injury_events)
    story += included_entries_page(pack.included, pack.pack_id)
    frame = PageFrame(TITLE, _running_line(pack), pack.marking, f"Pack {pack.pack_id}")
    return build_pdf(story, frame, subject="Child-protection file transfer")
