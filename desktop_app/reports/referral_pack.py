"""The referral pack: what a children's-services referral form asks, in its order, for a reader new to the child."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from desktop_app.reports.document import PageFrame, build_pdf
from desktop_app.reports.inputs import NOT_RECORDED, ReferralPackInput
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
    yes_no,
)

TITLE = "Referral to children's social care"


def _running_line(pack: ReferralPackInput) -> str:
    born = day(pack.child.date_of_birth) if pack.child.date_of_birth else "date of birth not recorded"
    return f"{pack.child.full_name} · born {born} · UPN {pack.child.upn or NOT_RECORDED}"


def _cover(pack: ReferralPackInput) -> list[Flowable]:
    story: list[Flowable] = [heading(TITLE, 0)]
    lines = [
        Span(f"{pack.school_name} · pack {pack.pack_id} · made {when(pack.generated_at)}", size=SMALL + 1, colour=MUTED)
    ]
    if pack.external:
        lines.append(
            Span(
                "External version: members of staff are named by their role only.",
                bold=True,
                size=SMALL + 1,
                colour=WARNING,
            )
        )
    if pack.file_status:
        lines.append(Span(f"File status: {pack.file_status}", size=SMALL + 1, colour=MUTED))
    story.append(TextBlock(lines, space_after=8))
    story += gaps_note(pack.gaps)

    story.append(heading("1. The child"))
    story.append(child_facts(pack.child, pack.generated_at.date()))
    story.append(heading("2. Household and significant others"))
    story.append(household_grid(pack.household))
    story.append(heading("3. Other agencies involved"))
    story.append(agencies_grid(pack.agencies))

    story.append(heading("4. Parents' knowledge and consent"))
    consent = pack.consent
    why_not: object = answer(consent.why_not)
    if consent.parents_know is not False and consent.consent_given is not False and not consent.why_not.strip():
        why_not = Span("not applicable" if consent.parents_know else NOT_RECORDED, colour=MUTED)
    story.append(
        facts(
            [
                ("Do the parents know of this referral?", yes_no(consent.parents_know)),
                ("Was consent given?", yes_no(consent.consent_given)),
                ("If not, why not", why_not),  # type: ignore[list-item]
            ],
            label_width=0.36,
        )
    )
    story.append(
        note(
            "Seeking consent must not delay a referral that would put the child at risk (Working Together; "
            "UK GDPR and the Data Protection Act 2018 allow sharing to safeguard a child without consent)."
        )
    )

    story.append(heading("5. Referrer"))
    referrer = pack.referrer
    story.append(
        facts(
            [
                ("Name", answer(referrer.name)),
                ("Role", answer(referrer.role)),
                ("Organisation", answer(referrer.organisation or pack.school_name)),
                ("Contact details", answer(referrer.contact)),
                ("Date and time of referral", when(pack.generated_at)),
            ]
        )
    )
    return story


def _concern_now(pack: ReferralPackInput) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("6. The concern now")]
    story.append(heading("Summary in the designated lead's words", 2))
    if pack.summary.strip():
        story.append(TextBlock(pack.summary, space_after=6))
    else:
        story.append(note("No summary has been written for this referral."))
    story.append(heading("Red flags", 2))
    story.append(flags_grid(pack.flags))
    story.append(heading("Decision and rationale", 2))
    decision = pack.decision
    if decision is None:
        story.append(note("No decision is recorded yet."))
    else:
        story.append(
            facts(
                [
                    ("Decision", answer(decision.decision)),
                    ("Rationale", answer(decision.rationale)),
                    ("Decided by", answer(decision.decided_by)),
                    ("When", when(decision.decided_at)),
                    ("Second lead's sign-off", answer(decision.signed_off_by) if decision.signed_off_by else "—"),
                ]
            )
        )
    return story


def _chronology(pack: ReferralPackInput) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("7. Chronology")]
    story.append(
        note(
            f"{len(pack.chronology)} entries, in the order things happened. A chronology is not an assessment: it "
            "is what lets a pattern be seen. Each row gives the reference of its full record (CL-…)."
        )
    )
    story.append(chronology_grid(pack.chronology))
    return story


def _family(pack: ReferralPackInput) -> list[Flowable]:
    if not pack.family_requested:
        return []
    story: list[Flowable] = [PageBreak(), heading("9. Family chronology")]
    if not pack.family:
        story.append(note("No brothers or sisters are linked to this child in the school's records."))
        return story
    names = "; ".join(
        f"{child.name}"
        + (f" ({child.relationship})" if child.relationship else "")
        + (f", born {day(child.date_of_birth)}" if child.date_of_birth else "")
        for child in pack.family
    )
    story.append(note(f"Entries about the child and linked children: {names}."))
    story.append(chronology_grid(pack.family_rows, with_child=True))
    return story


def build_referral_pack(pack: ReferralPackInput) -> bytes:
    """The referral pack as PDF bytes (not yet encrypted: see reports.encryption.encrypt_pdf)."""
    story: list[Flowable] = []
    story += _cover(pack)
    story += _concern_now(pack)
    story += _chronology(pack)
    if pack.injury_events:
        story.append(PageBreak())
        story.append(heading("8. Body maps"))
        story.append(
            note(
                f"{len(pack.injury_events)} occasion(s) on which injuries were recorded, one page each, then all "
                "marks on one page. Staff do not remove clothing or photograph injuries: the body map is the record."
            )
        )
        events = injury_event_pages(pack.injury_events)
        story += events[1:]  # the section heading shares the first map's page
        story += layered_page(pack.injury_events)
    story += _family(pack)
    story += included_entries_page(pack.included, pack.pack_id)
    frame = PageFrame(TITLE, _running_line(pack), pack.marking, f"Pack {pack.pack_id}")
    return build_pdf(story, frame, subject="Referral pack")
