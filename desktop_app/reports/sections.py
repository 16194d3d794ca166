"""Parts that several packs share, drawn from the child's file: the child, household, agencies, red flags,
chronology, body maps, entry list. Every empty answer prints as a visible gap ("not recorded"), never "none"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo

from reportlab.lib.colors import Color, black, white
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop_app.domain import bodymap
from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.child_file import ChildFile, HouseholdMember
from desktop_app.domain.lead.file_parts import CHILD_LABELS, InjuryOccasion
from desktop_app.domain.records import ExplanationBy, InjuryMark
from desktop_app.domain.red_flags import RedFlag
from desktop_app.reports.bodymap_drawing import BodyMapDrawing, Pin, pack_rows
from desktop_app.reports.document import CONTENT_WIDTH
from desktop_app.reports.inputs import NOT_RECORDED, IncludedEntry
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
NOT_APPLICABLE = "—"


def when(moment: datetime | None, zone: tzinfo | None) -> str:
    """`Tue 12 Mar 2024 10:15 GMT`: local time in `zone` (the school's; None: this computer's), with its name."""
    if moment is None:
        return NOT_RECORDED
    local = moment.astimezone(zone)
    name = local.strftime("%Z")
    return local.strftime("%a %d %b %Y %H:%M") + (f" {name}" if name else "")


def day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else NOT_RECORDED


def plural(count: int, one: str, many: str | None = None) -> str:
    """`1 occasion`, `3 occasions` (`many` for a word that does not just take an s)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def age_on(born: date | None, on: date) -> str:
    if born is None:
        return ""
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    if months < 24:
        return plural(months, "month")
    return f"{plural(months // 12, 'year')} {plural(months % 12, 'month')}"


def gap() -> Span:
    """A visible gap where the form asks for something the school's records do not hold."""
    return Span(NOT_RECORDED, colour=MUTED)


def answer(value: str | None) -> Cell:
    """Text, or a visible gap where nothing was written."""
    if value is None or not str(value).strip():
        return gap()
    return str(value)


def yes_no(value: bool | None) -> Cell:
    if value is None:
        return gap()
    return "Yes" if value else "No"


def fact_cell(value: str | bool | None) -> Cell:
    return yes_no(value) if isinstance(value, bool) or value is None else answer(value)


def refs(entry_ids: Sequence[str]) -> str:
    return ", ".join(short_reference(entry_id) for entry_id in entry_ids)


def child_facts(file: ChildFile, on: date, *, referral_form: bool = False) -> Grid:
    """The child's details, and the further details a lead recorded (ChildFile.referral_facts: ethnicity, NHS
    number, GP...); with `referral_form`, every further detail a referral form asks, each a gap until recorded."""
    sheet = file.front_sheet
    child = sheet.pupil
    born = day(child.date_of_birth)
    if child.date_of_birth:
        born = f"{born} (aged {age_on(child.date_of_birth, on)})"
    address = ", ".join(part for part in (child.address.strip(), child.postcode.strip()) if part)
    group = " / ".join(part for part in (child.year_group, child.reg_group) if part)
    mobile = {True: "Yes", False: "No (any injury is a red flag)", None: None}[sheet.independently_mobile]
    rows: list[tuple[str, Cell]] = [
        ("Forename(s)", answer(child.forename)),
        ("Surname", answer(child.surname)),
        ("Other names", answer(sheet.other_names)),
        ("Date of birth", born),
        ("Gender", answer(child.gender)),
        ("Address", answer(address)),
        ("School", answer(file.school_name)),
        ("Year / class", answer(group)),
        ("UPN", answer(child.upn)),
        ("Independently mobile", answer(mobile)),
    ]
    if sheet.retention is not None:
        rows.append(("Retention", answer(sheet.retention.words(on))))
    # The recorded other names are printed once, in "Other names" above (after the roster's known-as name).
    further = [
        (label, value) for label, value in file.referral_facts.child_rows() if label != CHILD_LABELS["other_names"]
    ]
    rows += [(label, fact_cell(value)) for label, value in further if referral_form or value is not None]
    return facts(rows)


def household_grid(members: Sequence[HouseholdMember]) -> Flowable:
    """Everyone recorded in the child's households, as the front sheet lists them: parents, carers and significant
    adults first, then the children. Language and contact are asked of adults ("—" for a child); focus of referral
    is recorded for adults, so a child's prints as a gap."""
    if not members:
        return TextBlock(
            [
                gap(),
                Span(
                    "No household members or significant others are recorded in this child's file; that does not "
                    "mean there are none.",
                    size=SMALL + 0.5,
                    colour=MUTED,
                ),
            ],
            space_after=4,
        )
    rows = [
        [
            answer(m.name),
            answer(m.relationship),
            day(m.date_of_birth) if m.date_of_birth else gap(),
            yes_no(m.parental_responsibility),
            _address_and_contact(m),
            _language(m),
            answer(m.school),
            yes_no(m.focus_of_referral),
        ]
        for m in members
    ]
    header = ["Name", "Relationship", "Date of birth", "Parental respons.", "Address and contact", "Language",
              "School", "Focus of referral"]  # fmt: skip
    return Grid([0.14, 0.13, 0.1, 0.1, 0.19, 0.12, 0.12, 0.1], rows, header)


def _address_and_contact(member: HouseholdMember) -> Cell:
    """The address, then (for an adult) how to reach them: each a gap when not recorded."""
    address = Span(member.address) if member.address.strip() else gap()
    if not member.adult_id:
        return address
    contact = (
        Span(member.contact, label="Contact: ")
        if member.contact.strip()
        else Span(f"Contact: {NOT_RECORDED}", colour=MUTED)
    )
    return [address, contact]


def _language(member: HouseholdMember) -> Cell:
    """An adult's language and whether an interpreter is needed (a child's is on their own file: not applicable)."""
    if not member.adult_id:
        return Span(NOT_APPLICABLE, colour=MUTED)
    language = Span(member.language) if member.language.strip() else gap()
    interpreter = {True: "Interpreter needed", False: "No interpreter needed", None: None}[member.interpreter_needed]
    return (
        [language, Span(interpreter, size=SMALL)]
        if interpreter
        else [language, Span(f"Interpreter: {NOT_RECORDED}", size=SMALL, colour=MUTED)]
    )


def agencies_grid(file: ChildFile) -> Flowable:
    """Each agency status that stands, then each referral and its outcome (a gap when none is recorded)."""
    zone = file.zone
    rows: list[list[Cell]] = []
    for status in file.front_sheet.agencies:
        rows.append(
            [
                answer(status.agency),
                f"{status.words} since {day(status.since.astimezone(zone).date())}",
                answer(", ".join(t for t in (status.contact, status.note) if t)),
            ]
        )
    for item in file.referrals:
        referral = item.referral
        words = f"Referral made {when(referral.occurred_at, zone)}; "
        words += f"outcome: {item.outcome.outcome}" if item.outcome else "awaiting its outcome"
        rows.append([answer(referral.agency), words, answer(referral.reference and f"reference {referral.reference}")])
    if not rows:
        return TextBlock(
            [
                gap(),
                Span(
                    "No other agency's involvement is recorded in this school's file; that does not mean there is "
                    "none.",
                    size=SMALL + 0.5,
                    colour=MUTED,
                ),
            ],
            space_after=4,
        )
    return Grid([0.28, 0.4, 0.32], rows, ["Agency", "Status", "Contact / reference"])


def plan_note(file: ChildFile) -> Flowable:
    """The plan the child's meetings put them on (type, since when, next review), or that there is none."""
    plan = file.front_sheet.plan
    if plan is None:
        return note("Current plan: no meeting in this school's file put the child on a plan.")
    review = day(plan.next_review) if plan.next_review else "not set"
    return TextBlock(Span(f"Current plan: {plan.words} since {day(plan.since)}; next review {review}", bold=True),
                     space_after=4)  # fmt: skip


def meetings_grid(file: ChildFile) -> list[Flowable]:
    """The current plan, then each meeting (oldest first): its day and type, outcome, who came, and its plan's
    actions with their owners and review dates."""
    story: list[Flowable] = [plan_note(file)]
    if not file.meetings:
        return story
    rows: list[list[Cell]] = []
    for meeting in file.meetings:
        actions = []
        for status in file.plan_actions(meeting.entry_id):
            action = status.action
            owner = file.who(action.owner_id).words if action.owner_id else action.owner_name
            state = "done" if status.done else "OVERDUE" if status.overdue else "open"
            actions.append(f"{action.text} ({owner}; review {day(action.due)}; {state})")
        outcome = meeting.outcome_words + (f"; next {day(meeting.next_on)}" if meeting.next_on else "")
        rows.append(
            [
                f"{day(meeting.held_on)}\n{meeting.type_words}",
                outcome + (f"\n{meeting.notes}" if meeting.notes else ""),
                answer("; ".join(a.words for a in meeting.attendees)),
                answer("\n".join(actions)),
            ]
        )
    story.append(Grid([0.2, 0.24, 0.28, 0.28], rows, ["Meeting", "Outcome", "Attended", "Plan actions"]))
    return story


def flags_grid(flags: Sequence[RedFlag]) -> Flowable:
    if not flags:
        return note("None of the red-flag rules is met by this child's entries.")
    rows: list[list[Cell]] = [
        [Span(flag.reason, colour=WARNING), refs(list(dict.fromkeys((*flag.entry_ids, flag.at_entry))))]
        for flag in flags
    ]
    return Grid([0.68, 0.32], rows, ["Red flag and its reason", "Entries behind it"], zebra=False)


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


def site_words(mark: InjuryMark) -> str:
    return bodymap.region_name(mark.region) if mark.region in bodymap.REGION_NAMES else mark.region


_GIVERS = {
    ExplanationBy.CHILD: "the child",
    ExplanationBy.PARENT: "a parent",
    ExplanationBy.CARER: "a carer",
    ExplanationBy.OTHER_ADULT: "another adult",
}


def _size(mark: InjuryMark) -> str:
    return f"{mark.size_cm:g} cm" if mark.size_cm else ""


def mark_grid(marks: Sequence[InjuryMark]) -> Grid:
    """Each mark of one occasion, numbered as on its body map, with everything recorded about it."""
    rows: list[list[Cell]] = []
    for number, mark in enumerate(marks, start=1):
        site = [Span(site_words(mark), bold=True), Span(VIEW_WORDS.get(mark.view, mark.view), size=SMALL, colour=MUTED)]
        kind = [
            Span(str(mark.type) or NOT_RECORDED),
            Span(_size(mark) or "size not recorded", size=SMALL, colour=MUTED),
        ]
        look = [
            Span(mark.shape or NOT_RECORDED, label="Shape:"),
            Span(mark.colour or NOT_RECORDED, label="Colour:"),
            Span({True: "yes", False: "no", None: NOT_RECORDED}[mark.skin_broken], label="Skin broken:"),
        ]
        aid = [
            Span(mark.first_aid or NOT_RECORDED, label="First aid:"),
            Span(mark.observed_by or NOT_RECORDED, label="Seen by:"),
        ]
        if mark.witnessed_by:
            aid.append(Span(mark.witnessed_by, label="Saw it happen:"))
        told: Cell = answer(mark.explanation)
        giver = _GIVERS.get(mark.given_by, "")  # type: ignore[call-overload]
        if mark.explanation and giver:
            told = [Span(mark.explanation), Span(giver, label="Given by:", size=SMALL, colour=MUTED)]
        elif mark.given_by == ExplanationBy.NONE and mark.explanation_by == ExplanationBy.NONE:
            told = Span("no explanation was given", colour=WARNING)
        rows.append([Span(str(number), bold=True), site, kind, look, told, aid])
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


def _drawn(marks: Sequence[InjuryMark]) -> list[tuple[int, InjuryMark]]:
    """The marks that can be drawn (on a view the app has an outline for), with their numbers."""
    return [(n, m) for n, m in enumerate(marks, start=1) if m.view in bodymap.VIEW_ASPECT]


def _views_in(marks: Sequence[tuple[int, InjuryMark]]) -> list[str]:
    present = {mark.view for _, mark in marks}
    return [view for view in bodymap.VIEWS if view in present]


def occasion_pages(occasions: Sequence[InjuryOccasion], zone: tzinfo) -> list[Flowable]:
    """One page per occasion with marks: the views with marks, the numbered marks, and a table of each mark."""
    story: list[Flowable] = []
    for index, occasion in enumerate(occasions, start=1):
        story.append(PageBreak())
        story.append(heading(f"Body map {index} of {len(occasions)}: {when(occasion.occurred_at, zone)}"))
        story.append(
            TextBlock(
                [
                    Span(
                        f"Recorded {when(occasion.recorded_at, zone)} by {occasion.recorded_by.words} — entry "
                        f"{short_reference(occasion.concern_id)}",
                        size=SMALL + 0.5,
                        colour=MUTED,
                    ),
                    Span(occasion.what_happened or NOT_RECORDED, label="What happened:", space_before=2),
                ],
                space_after=6,
            )
        )
        drawn = _drawn(occasion.marks)
        drawings = [
            BodyMapDrawing(view, [Pin(str(n), m.x, m.y) for n, m in drawn if m.view == view])
            for view in _views_in(drawn)
        ]
        story += _map_rows(drawings)
        story.append(mark_grid(occasion.marks))
    return story


def _age_colour(rank: int, count: int) -> tuple[Color, Color]:
    """Older events lighter, the newest darkest (the same red as a single map's marks)."""
    share = 1.0 if count <= 1 else rank / (count - 1)
    light, dark = (0.96, 0.72, 0.70), (0.62, 0.08, 0.06)
    fill = Color(*(lo + (hi - lo) * share for lo, hi in zip(light, dark, strict=True)))
    return fill, (white if share > 0.45 else black)


def layered_page(occasions: Sequence[InjuryOccasion], zone: tzinfo) -> list[Flowable]:
    """Every mark of every occasion on one outline per view, numbered by occasion, newer marks darker."""
    if not occasions:
        return []
    story: list[Flowable] = [PageBreak(), heading("All marks over time")]
    story.append(
        note(
            "Every mark recorded, on one outline per view, drawn at the same scale as the maps before. Each mark "
            "is numbered with its body map (occasion); older occasions are lighter, the newest darkest."
        )
    )
    pins: dict[str, list[Pin]] = defaultdict(list)
    for rank, occasion in enumerate(occasions):
        fill, text = _age_colour(rank, len(occasions))
        for _, mark in _drawn(occasion.marks):
            pins[mark.view].append(Pin(str(rank + 1), mark.x, mark.y, fill, text))
    drawings = [BodyMapDrawing(view, pins[view]) for view in bodymap.VIEWS if pins.get(view)]
    story += _map_rows(drawings)
    legend_rows: list[list[Cell]] = []
    for index, occasion in enumerate(occasions, start=1):
        sites = "; ".join(
            f"{m.type or 'mark'} on {site_words(m)}" + (f" ({_size(m)})" if _size(m) else "") for m in occasion.marks
        )
        legend_rows.append(
            [Span(str(index), bold=True), when(occasion.occurred_at, zone), sites, short_reference(occasion.concern_id)]
        )
    story.append(CondPageBreak(80))
    story.append(Grid([0.06, 0.24, 0.55, 0.15], legend_rows, ["Map", "When", "Marks", "Entry"]))
    repeats = _repeated_sites(occasions)
    if repeats:
        story.append(heading("Sites marked on more than one occasion", 2))
        story.append(Grid([0.35, 0.15, 0.5], repeats, ["Site", "Occasions", "Body maps"], zebra=False))
    return story


def _repeated_sites(occasions: Sequence[InjuryOccasion]) -> list[list[Cell]]:
    seen: dict[str, list[int]] = defaultdict(list)
    for index, occasion in enumerate(occasions, start=1):
        for site in dict.fromkeys(site_words(mark) for mark in occasion.marks):
            seen[site].append(index)
    rows: list[list[Cell]] = []
    for site, found in sorted(seen.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(found) > 1:
            rows.append([Span(site, colour=WARNING), str(len(found)), ", ".join(map(str, found))])
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
