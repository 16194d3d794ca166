"""The referral pack: what a children's-services referral form asks, in its order, for a reader new to the child;
or, when the pack is not a referral, the same file as a chronology summary for a meeting."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.decisions import DecisionStatus
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.lead.concern_records import decision_words
from desktop_app.domain.setting_checks import INTERNAL_PARTS
from desktop_app.reports.attachments import append_documents
from desktop_app.reports.body_maps import layered_page, occasion_pages
from desktop_app.reports.cells import answer, day, fact_cell, gap, plural, when, yes_no
from desktop_app.reports.child_sections import agencies_grid, child_facts, flags_grid, household_grid, meetings_grid
from desktop_app.reports.chronology_table import chronology_grid
from desktop_app.reports.document import PageFrame, build_pdf
from desktop_app.reports.inputs import NOT_RECORDED, ReferralPackInput
from desktop_app.reports.layout import MUTED, SMALL, WARNING, Cell, Grid, Span, TextBlock, facts, heading, note
from desktop_app.reports.sections import gaps_note, included_entries_page


class Sections:
    """Numbers a pack's sections in the order they are printed (a meeting's summary has no consent section).
    Private state: the last number given."""

    def __init__(self) -> None:
        self._number = 0

    def __call__(self, title: str) -> Flowable:
        self._number += 1
        return heading(f"{self._number}. {title}")


_ACTION_KINDS = frozenset({RowKind.ACTION, RowKind.ACTION_DONE})


def running_line(file: ChildFile) -> str:
    child = file.front_sheet.pupil
    born = day(child.date_of_birth) if child.date_of_birth else "date of birth not recorded"
    return f"{child.full_name} · born {born} · UPN {child.upn or NOT_RECORDED}"


def _version_line(pack: ReferralPackInput) -> Span | None:
    if not pack.external:
        return None
    left_out = [INTERNAL_PARTS[p] for p in pack.internal_parts if p in INTERNAL_PARTS]
    text = "External version: staff are named with their roles, so they can be contacted. "
    text += (
        "Left out, as the school marks it internal: " + "; ".join(left_out) + "."
        if left_out
        else "The school marks nothing internal, so nothing is left out."
    )
    return Span(text, bold=True, size=SMALL + 1, colour=WARNING)


def _cover(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    file, zone = pack.file, pack.file.zone
    story: list[Flowable] = [heading(pack.purpose.heading, 0)]
    lines = [
        Span(
            f"{file.school_name} · pack {pack.pack_id} · made {when(pack.generated_at, zone)}",
            size=SMALL + 1,
            colour=MUTED,
        )
    ]
    version = _version_line(pack)
    if version is not None:
        lines.append(version)
    lines.append(Span(f"File status: {file.front_sheet.file_status_words}", size=SMALL + 1, colour=MUTED))
    story.append(TextBlock(lines, space_after=8))
    story += gaps_note(pack.gaps)

    story.append(section("The child"))
    story.append(child_facts(file, pack.generated_at.astimezone(zone).date(), referral_form=pack.purpose.refers))
    story.append(section("Household and significant others"))
    story.append(household_grid(file.front_sheet.members))
    story.append(section("Other agencies involved"))
    story.append(agencies_grid(file))
    story.append(section("Meetings and the child's plan"))
    story += meetings_grid(file)
    story += _referrer(pack, section)
    if pack.purpose.refers:
        story += _consent(pack, section)
    return story


def _referrer(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    zone = pack.file.zone
    referrer = pack.referrer
    referral_time: Cell = when(pack.referred_at, zone) if pack.referred_at else gap()
    rows: list[tuple[str, Cell]] = [
        ("Name", answer(referrer.person.name)),
        ("Role", answer(referrer.person.role)),
        ("Organisation", answer(referrer.organisation or pack.file.school_name)),
        ("Contact details", answer(referrer.contact)),
    ]
    if pack.purpose.refers:
        rows.append(("Date and time of referral", referral_time))
    story: list[Flowable] = [section("Referrer" if pack.purpose.refers else "Prepared by"), facts(rows)]
    if pack.purpose.refers and pack.referred_at is None:
        story.append(note("No referral is recorded in the child's file yet: record it, then make the pack again."))
    return story


def _consent(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    consent = pack.consent
    why_not: Cell = answer(consent.why_not)
    if consent.parents_know is not False and consent.consent_given is not False and not consent.why_not.strip():
        why_not = Span("not applicable", colour=MUTED) if consent.parents_know else gap()
    return [
        section("Parents' knowledge and consent"),
        facts(
            [
                ("Do the parents know of this referral?", yes_no(consent.parents_know)),
                ("Was consent given?", yes_no(consent.consent_given)),
                ("If not, why not", why_not),
            ],
            label_width=0.36,
        ),
        note(
            "Seeking consent must not delay a referral that would put the child at risk (Working Together; "
            "UK GDPR and the Data Protection Act 2018 allow sharing to safeguard a child without consent)."
        ),
    ]


def _decision_rows(pack: ReferralPackInput, status: DecisionStatus) -> list[tuple[str, Cell]]:
    file, decision = pack.file, status.decision
    if pack.leaves_out("sign-offs"):
        signed = "left out of this version (the school marks it internal)"
    elif status.sign_offs:
        last = status.sign_offs[-1]
        signed = f"{'agreed' if last.agrees else 'challenged'} by {file.who(last.by).words}"
        signed += f": {last.comment}" if last.comment else ""
    elif decision.needs_second_lead:
        signed = "awaiting a second lead"
    else:
        signed = "not needed for this decision"
    return [
        ("Decision", decision_words(decision.decision)),
        ("On concern", short_reference(decision.concern_id)),
        ("Rationale", answer(decision.rationale)),
        ("Decided by", answer(file.who(decision.by).words)),
        ("When", when(decision.at, file.zone)),
        ("Second lead's sign-off", signed),
    ]


def _concern_now(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    file = pack.file
    story: list[Flowable] = [CondPageBreak(240), section("The concern now")]
    story.append(heading("Summary in the designated lead's words", 2))
    if pack.summary.strip():
        story.append(TextBlock(pack.summary, space_after=6))
    else:
        story.append(TextBlock([gap(), Span("No summary has been written for this pack.", colour=MUTED)]))
    if pack.purpose.refers:
        story.append(heading("The referrer's view", 2))
        story.append(
            facts(
                [(label, fact_cell(value)) for label, value in file.referral_facts.assessment_rows()], label_width=0.36
            )
        )
    story.append(heading("Red flags", 2))
    story.append(flags_grid(file.flags))
    story.append(heading("Decision and rationale", 2))
    if file.decision is None:
        story.append(TextBlock([gap(), Span("No decision is recorded yet.", colour=MUTED)]))
    else:
        story.append(facts(_decision_rows(pack, file.decision)))
    story += _childs_words(pack, section)
    return story


def _childs_words(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    """Every concern's record of what the child said, exactly as written, with when, who was present and where."""
    file, zone = pack.file, pack.file.zone
    story: list[Flowable] = [section("The child's own words")]
    if not file.concerns:
        story.append(note("No concerns are recorded."))
        return story
    rows: list[list[Cell]] = []
    for status in file.concerns:
        concern = status.concern
        rows.append(
            [
                [Span(when(concern.occurred_at, zone)), Span(short_reference(concern.concern_id), size=SMALL)],
                answer(concern.childs_words),
                answer(concern.present),
                answer(concern.location),
                answer(file.who(concern.author_id).words),
            ]
        )
    story.append(note("As the member of staff wrote them down, not translated or tidied."))
    story.append(Grid([0.16, 0.38, 0.16, 0.13, 0.17], rows, ["When", "What the child said", "Present", "Where",
                                                             "Recorded by"]))  # fmt: skip
    return story


def _chronology_items(pack: ReferralPackInput, file: ChildFile) -> list[ChronologyItem]:
    skipped = _ACTION_KINDS if pack.leaves_out("actions") else frozenset()
    if pack.leaves_out("sign-offs"):
        skipped |= {RowKind.SIGN_OFF}
    return [item for item in file.chronology if item.kind not in skipped]


def _opinions(pack: ReferralPackInput, file: ChildFile) -> dict[str, str]:
    if pack.leaves_out("opinion"):
        return {}
    return {s.concern.concern_id: s.concern.opinion for s in file.concerns if s.concern.opinion}


def _chronology(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    file = pack.file
    items = _chronology_items(pack, file)
    story: list[Flowable] = [PageBreak(), section("Chronology")]
    story.append(
        note(
            f"{plural(len(items), 'entry', 'entries')}, in the order things happened. A chronology is not an "
            "assessment: it is what lets a pattern be seen. Each row gives the reference of its full record (CL-…)."
        )
    )
    story.append(
        chronology_grid(
            items,
            file.zone,
            opinions=_opinions(pack, file),
            categories=pack.category_names,
        )
    )
    return story


def _body_maps(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    occasions = pack.file.occasions
    if not occasions:
        return []
    story: list[Flowable] = [PageBreak(), section("Body maps")]
    story.append(
        note(
            f"{plural(len(occasions), 'occasion')} on which injuries were recorded, one page each, then all marks "
            "on one page. Staff do not remove clothing or photograph injuries: the body map is the record."
        )
    )
    story += occasion_pages(occasions, pack.file.zone, pack.file.bodymap.absence)[
        1:
    ]  # the section heading shares the first map's page
    story += layered_page(occasions, pack.file.zone)
    return story


def _family(pack: ReferralPackInput, section: Sections) -> list[Flowable]:
    if not pack.family_requested:
        return []
    story: list[Flowable] = [PageBreak(), section("Family chronology")]
    family = pack.family_file
    if family is None or len(family.pupil_ids) < 2:
        story.append(note("No brothers or sisters are linked to this child in the school's records."))
        return story
    names = "; ".join(
        family.pupil_names.get(member.pupil_id, member.name)
        + (f": {member.relationship}" if member.relationship else "")
        + (f", born {day(member.date_of_birth)}" if member.date_of_birth else "")
        for member in family.front_sheet.members
        if member.pupil_id in family.pupil_ids
    )
    story.append(note(f"Entries about the child and linked children: {names}."))
    items = _chronology_items(pack, family)
    story.append(
        chronology_grid(
            items,
            family.zone,
            names=family.pupil_names,
            opinions=_opinions(pack, family),
            categories=pack.category_names,
        )
    )
    return story


def build_referral_pack(pack: ReferralPackInput) -> bytes:
    """The referral pack as PDF bytes (not yet encrypted: see reports.encryption.encrypt_pdf)."""
    section = Sections()
    story: list[Flowable] = []
    story += _cover(pack, section)
    story += _concern_now(pack, section)
    story += _chronology(pack, section)
    story += _body_maps(pack, section)
    story += _family(pack, section)
    story += included_entries_page(pack.included, pack.pack_id)
    frame = PageFrame(
        pack.purpose.heading, running_line(pack.file), pack.marking, f"Pack {pack.pack_id}", numbered=not pack.documents
    )
    return append_documents(build_pdf(story, frame, subject=pack.purpose.heading), pack.documents, frame)
