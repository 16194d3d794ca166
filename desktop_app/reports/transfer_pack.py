"""The transfer pack: a child's whole child-protection file, for the designated lead of the child's next school."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.chronology.row_words import also_recorded_words
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.child_file import ChildFile, ConcernStatus
from desktop_app.reports.attachments import append_documents
from desktop_app.reports.body_maps import layered_page, occasion_pages, site_words
from desktop_app.reports.cells import answer, day, plural, when
from desktop_app.reports.child_sections import agencies_grid, child_facts, flags_grid, household_grid, meetings_grid
from desktop_app.reports.chronology_table import chronology_grid
from desktop_app.reports.document import PageFrame, build_pdf
from desktop_app.reports.inputs import TransferPackInput
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Cell, Span, TextBlock, facts, heading, note
from desktop_app.reports.referral_pack import running_line
from desktop_app.reports.sections import included_entries_page

TITLE = "Child-protection file: transfer to a new school"


def _cover(pack: TransferPackInput) -> list[Flowable]:
    """The pack's first pages: the transfer, what the receiving lead does, the child, household, agencies, flags."""
    file, zone = pack.file, pack.file.zone
    story: list[Flowable] = [heading(TITLE, 0)]
    story.append(_banner(pack))
    story += _transfer_facts(pack)
    story.append(_for_the_receiving_lead())
    story.append(heading("1. The child"))
    story.append(child_facts(file, pack.sent_at.astimezone(zone).date()))
    story.append(note(f"File status: {file.front_sheet.file_status_words}; transferred out to {pack.to_school}"))
    story.append(heading("2. Household and family"))
    story.append(household_grid(file.front_sheet.members))
    story.append(heading("3. Other agencies involved"))
    story.append(agencies_grid(file))
    story += meetings_grid(file)  # the meetings and the plan they made, with its actions
    story.append(heading("4. Red flags"))
    story.append(flags_grid(file.flags))
    return story


def _banner(pack: TransferPackInput) -> TextBlock:
    """Where the pack comes from and goes, and the warning to keep it apart from the pupil file."""
    file, zone = pack.file, pack.file.zone
    return TextBlock(
        [
            Span(
                f"From {file.school_name} to {pack.to_school} · pack {pack.pack_id} · sent {when(pack.sent_at, zone)}",
                size=SMALL + 1,
                colour=MUTED,
            ),
            Span(
                "Keep this file separate from the main pupil file. Do not send it by ordinary post or through parents.",
                bold=True,
                size=SMALL + 1,
                colour=WARNING,
            ),
        ],
        space_after=8,
    )


def _transfer_facts(pack: TransferPackInput) -> list[Flowable]:
    """The transfer: who sent it, from and to, when, the receipt due, and the bundle's name."""
    file, zone = pack.file, pack.file.zone
    return [
        heading("Transfer"),
        facts(
            [
                ("Sent by", answer(pack.sent_by.words)),
                ("From", answer(file.school_name)),
                ("To", answer(pack.to_school)),
                ("Sent", when(pack.sent_at, zone)),
                ("Receipt due by", day(pack.receipt_due)),
                ("Transfer", answer(pack.transfer_id)),
                ("Machine-readable bundle", answer(pack.bundle_name)),
            ],
            label_width=0.32,
        ),
    ]


def _for_the_receiving_lead() -> TextBlock:
    """What the receiving lead does: the two secrets by telephone, the import and its fingerprint, the receipt."""
    return TextBlock(
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


def _head(title: str, entry_id: str, occurred: datetime, recorded: datetime, by: str, file: ChildFile) -> TextBlock:
    spans = [
        Span(f"{title} — {short_reference(entry_id)}", bold=True, size=9.5, space_before=4),
        Span(
            f"Happened {when(occurred, file.zone)} · recorded {when(recorded, file.zone)} by {by}",
            size=SMALL + 0.5,
            colour=MUTED,
        ),
    ]
    return TextBlock(spans, space_after=3, keep_with_next=True)


def _record(file: ChildFile, status: ConcernStatus, categories: Mapping[str, str]) -> list[Flowable]:
    """A concern in full, as its author wrote it, with where it stands with the leads, then its addenda."""
    concern = status.concern
    marks = "; ".join(
        f"{i}. {m.type} on {site_words(m)}" + (f", {m.size_cm:g} cm" if m.size_cm else "")
        for i, m in enumerate(status.marks, start=1)
    )
    acknowledged = (
        f"{file.who(status.acknowledged_by).words}, {when(status.acknowledged_at, file.zone)}"
        if status.acknowledged_at
        else ""
    )
    rows: list[tuple[str, Cell]] = [
        ("Category", answer(", ".join(categories.get(c, c) for c in status.categories or (status.category,)))),
        ("Where", answer(concern.location)),
        ("Who was present", answer(concern.present)),
        ("What happened", answer(concern.what_happened)),
        ("The child's own words", answer(concern.childs_words)),
        ("Opinion (kept apart from fact)", answer(concern.opinion)),
        ("Action taken", answer(concern.action_taken)),
        ("Who it was shared with", answer(concern.shared_with)),
        ("Other children involved", answer(", ".join(status.other_children)) if concern.other_children else "—"),
        ("Recorded for several children", also_recorded_words(concern) if concern.group_size > 1 else "—"),
        ("Injuries (see body maps)", marks or "—"),
        ("Acknowledged by a lead", answer(acknowledged)),
        ("Decision", answer(status.decision.words if status.decision else "")),
        ("Outcome", answer(status.closed_outcome) if status.closed_outcome else "open"),
    ]
    story: list[Flowable] = [
        CondPageBreak(90),
        _head("Concern", concern.concern_id, concern.occurred_at, concern.recorded_at,
              file.who(concern.author_id).words, file),
        facts(rows, label_width=0.24),
    ]  # fmt: skip
    for addendum in status.addenda:
        story.append(
            _head(f"Addendum to {short_reference(concern.concern_id)}", addendum.addendum_id, addendum.recorded_at,
                  addendum.recorded_at, file.who(addendum.author_id).words, file)
        )  # fmt: skip
        story.append(facts([("Text", answer(addendum.text))], label_width=0.24))
    return story


def build_transfer_pack(pack: TransferPackInput) -> bytes:
    """The transfer pack as PDF bytes (not yet encrypted: see reports.encryption.encrypt_pdf)."""
    file = pack.file
    story: list[Flowable] = []
    story += _cover(pack)
    story += [PageBreak(), heading("5. Chronology")]
    items = [item for item in file.chronology if item.kind != RowKind.SIBLING]
    story.append(
        note(
            f"{plural(len(items), 'entry', 'entries')}, in the order things happened. Concerns about the child's "
            "brothers and sisters are not sent: they belong to their own files."
        )
    )
    story.append(chronology_grid(items, file.zone, categories=pack.category_names))
    story += [PageBreak(), heading("6. The records in full")]
    story.append(note("Every record as it was written, with its addenda; fact and opinion as the author kept them."))
    if not file.concerns:
        story.append(note("No records."))
    for status in file.concerns:
        story += _record(file, status, pack.category_names)
    if file.occasions:
        story += [PageBreak(), heading("7. Body maps")]
        story.append(note(f"{plural(len(file.occasions), 'occasion')} on which injuries were recorded, one page each."))
        story += occasion_pages(file.occasions, file.zone, file.bodymap.absence)[1:]
        story += layered_page(file.occasions, file.zone)
    story += included_entries_page(pack.included, pack.pack_id)
    frame = PageFrame(TITLE, running_line(file), pack.marking, f"Pack {pack.pack_id}", numbered=not pack.documents)
    return append_documents(build_pdf(story, frame, subject="Child-protection file transfer"), pack.documents, frame)
