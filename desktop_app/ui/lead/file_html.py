"""A child's file in words for the page: the front sheet and the open work, as escaped rich text (one full record
is `entry_html`'s; it is offered here too)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.records import SchoolState
from desktop_app.domain.red_flags import age_words
from desktop_app.domain.taxonomy import Category
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import category_name, when_text
from desktop_app.ui.lead.entry_html import concern_html, record_html
from desktop_app.ui.lead.rich_text import cell, esc, para, shown, staff_words, text_line, yes_no

__all__ = [
    "attendance_words",
    "concern_html",
    "front_sheet_html",
    "plan_words",
    "record_html",
    "subtitle",
    "work_html",
    "year_and_class",
]


def year_and_class(year_group: str, reg_group: str) -> str:
    """'Year 2, class 2C'; 'Reception, class RA'; never the bare '2 2C'."""
    if year_group == "N":
        year = _tr("Nursery")
    elif year_group == "R":
        year = _tr("Reception")
    else:
        year = _tr("Year {number}").format(number=year_group) if year_group else ""
    group = _tr("class {group}").format(group=reg_group) if reg_group and reg_group != year_group else ""
    return ", ".join(t for t in (year, group) if t) or _tr("not known")


def _tr(text: str) -> str:
    return translate("ChildFileWords", text)


def subtitle(file: ChildFile, today: date) -> str:
    """One line under the child's name: UPN, date of birth and age, year, file status, how many concerns."""
    sheet = file.front_sheet
    pupil = sheet.pupil
    parts = [_tr("UPN {upn}").format(upn=pupil.upn)]
    if pupil.date_of_birth:
        parts.append(
            _tr("born {dob} ({age})").format(
                dob=pupil.date_of_birth.strftime("%d %b %Y"), age=age_words(pupil.date_of_birth, today)
            )
        )
    if pupil.year_group:
        parts.append(_tr("year {year}").format(year=pupil.year_group))
    parts.append(_tr("file {status}").format(status=sheet.file_status_words.lower()))
    concerns = _tr("1 concern ({open} open)") if sheet.concerns == 1 else _tr("{count} concerns ({open} open)")
    parts.append(concerns.format(count=sheet.concerns, open=sheet.open_concerns))
    if file.flags:
        flags = _tr("1 red flag") if len(file.flags) == 1 else _tr("{count} red flags")
        parts.append(flags.format(count=len(file.flags)))
    if sheet.persistent_absence:
        parts.append(_tr("persistent absence"))
    return " · ".join(parts)


def _people_html(file: ChildFile) -> str:
    """Parents, carers and significant adults, then the children of the child's households: everything recorded
    about each, a grey "not recorded" where nothing is."""
    members = file.front_sheet.members
    if not members:
        return text_line(
            _tr("No parents, carers or other children are recorded yet: add an adult with People around the child…, "
                "or link siblings on the Families page.")
        )  # fmt: skip
    head = "".join(
        f"<th align='left'>{esc(t)}</th>"
        for t in (_tr("Name"), _tr("Relationship"), _tr("Date of birth"), _tr("Parental respon\u00adsibility"),
                  _tr("Address and contact"), _tr("Language"), _tr("School"), _tr("Focus of referral"),
                  _tr("Records held"))
    )  # fmt: skip
    rows = []
    for m in members:
        adult = bool(m.adult_id)
        contact = "\n".join(t for t in (m.address.strip(), m.contact.strip()) if t)
        language = m.language.strip()
        if adult and m.interpreter_needed is not None:
            needed = _tr("interpreter needed") if m.interpreter_needed else _tr("no interpreter needed")
            language = f"{language} ({needed})" if language else needed
        cells = [
            cell(m.name),
            cell(m.relationship),
            cell(m.date_of_birth.strftime("%d %b %Y") if m.date_of_birth else ""),
            cell(yes_no(m.parental_responsibility) if m.parental_responsibility is not None else ""),
            cell(contact),
            cell(language, "" if adult else "—"),
            cell(m.school),
            cell(yes_no(m.focus_of_referral) if m.focus_of_referral is not None else ""),
            cell((_tr("yes") if m.records_held else _tr("no")) if m.pupil_id else "", "—"),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
        if m.notes.strip():
            rows.append(f"<tr><td></td><td colspan='8'><i>{esc(_tr('Notes:'))}</i> {esc(shown(m.notes))}</td></tr>")
    return f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{''.join(rows)}</table>"


def _facts_html(file: ChildFile) -> str:
    """What a referral form asks beyond the roster, as leads recorded it; a grey "not recorded" for each gap."""
    facts = file.referral_facts
    parts = []
    for title, rows in (
        (_tr("The child's details for a referral form"), facts.child_rows()),
        (_tr("For the referral (the latest, or the one being prepared)"), facts.assessment_rows()),
    ):
        cells = "".join(
            f"<tr><th align='left' valign='top'>{esc(translate('ReferralFacts', label))}</th>"
            + (cell(yes_no(value)) if isinstance(value, bool) else cell(value or ""))
            + "</tr>"
            for label, value in rows
        )
        parts.append(f"<h4>{esc(title)}</h4><table cellspacing='0' cellpadding='3'>{cells}</table>")
    return "".join(parts)


def attendance_words(file: ChildFile) -> str:
    """The child's attendance over the marks imported: the share of possible sessions attended, the days, what was
    missed, and PERSISTENT ABSENCE below 90%; or that none are imported."""
    figures = file.front_sheet.attendance
    if figures is None:
        return _tr("no marks imported from the MIS")
    text = _tr(
        "{percent}% of {possible} possible sessions, {first} to {last}; {missed} missed ({authorised} authorised, "
        "{unauthorised} unauthorised)"
    ).format(
        percent=f"{figures.percent:.1f}",
        possible=figures.possible,
        first=figures.first.strftime("%d %b %Y"),
        last=figures.last.strftime("%d %b %Y"),
        missed=figures.authorised + figures.unauthorised,
        authorised=figures.authorised,
        unauthorised=figures.unauthorised,
    )
    if figures.persistent:
        text += " · " + _tr("PERSISTENT ABSENCE (below 90%)")
    return text


def plan_words(file: ChildFile) -> str:
    """The plan the child's meetings put them on: "Child-protection plan (neglect) since 12 Jan 2026; next review
    12 Apr 2026", or that there is none."""
    plan = file.front_sheet.plan
    if plan is None:
        return _tr("None (no meeting has put the child on a plan)")
    review = plan.next_review.strftime("%d %b %Y") if plan.next_review else _tr("not set")
    return _tr("{plan} since {since}; next review {review}").format(
        plan=plan.words, since=plan.since.strftime("%d %b %Y"), review=review
    )


def _meetings_html(file: ChildFile, state: SchoolState) -> str:
    """Each meeting, newest first: its type and day, outcome, who came, and its plan's actions."""
    parts = [f"<h3>{esc(_tr('Meetings and plans'))}</h3>"]
    if not file.meetings:
        parts.append(text_line(_tr("No meetings recorded.")))
    for meeting in reversed(file.meetings):
        parts.append(text_line(f"{meeting.held_on:%d %b %Y}: {meeting.type_words}. {meeting.outcome_words}."))
        if meeting.attendees:
            parts.append(para(_tr("Attended"), "; ".join(a.words for a in meeting.attendees)))
        for status in file.plan_actions(meeting.entry_id):
            action = status.action
            state_words = _tr("done") if status.done else (_tr("OVERDUE") if status.overdue else _tr("open"))
            who = staff_words(state, action.owner_id) if action.owner_id else action.owner_name
            due = action.due.strftime("%d %b %Y") if action.due else _tr("no date")
            parts.append(text_line(f"• {action.text} — {who}, {_tr('review')} {due}: {state_words}."))
    return "".join(parts)


def front_sheet_html(file: ChildFile, today: date) -> str:
    """The front sheet: names, date of birth, address, household, other agencies, file status, mobility."""
    table = "".join(
        f"<tr><th align='left' valign='top'>{esc(k)}</th><td>{esc(v)}</td></tr>"
        for k, v in _front_sheet_rows(file, today)
        if v is not None
    )
    parts = [f"<h3>{esc(_tr('Front sheet'))}</h3><table cellspacing='0' cellpadding='3'>{table}</table>"]
    parts.append(f"<h4>{esc(_tr('People around the child'))}</h4>")
    parts.append(_people_html(file))
    parts.append(f"<h4>{esc(_tr('Other agencies involved'))}</h4>")
    parts.append(_agencies_html(file))
    parts.append(_facts_html(file))
    parts.append(_red_flags_html(file))
    return "".join(parts)


def _front_sheet_rows(file: ChildFile, today: date) -> list[tuple[str, str | None]]:
    """The front sheet's table, label and words; a row with None is not shown."""
    sheet = file.front_sheet
    pupil = sheet.pupil
    return [
        (_tr("Name"), pupil.full_name),
        (_tr("Other names"), sheet.other_names or _tr("none recorded")),
        (
            _tr("Date of birth"),
            f"{pupil.date_of_birth.strftime('%d %b %Y')} ({age_words(pupil.date_of_birth, today)})"
            if pupil.date_of_birth
            else _tr("not known"),
        ),
        (_tr("Gender"), pupil.gender or _tr("not recorded")),
        (_tr("Year and class"), year_and_class(pupil.year_group, pupil.reg_group)),
        (_tr("Address"), ", ".join(t for t in (pupil.address, pupil.postcode) if t) or _tr("not recorded")),
        (_tr("UPN"), pupil.upn),
        (_tr("File status"), sheet.file_status_words),
        (
            _tr("Independently mobile"),
            yes_no(sheet.independently_mobile) if sheet.independently_mobile is not None else _tr("not recorded"),
        ),
        (_tr("Concerns"), _tr("{count} ({open} open)").format(count=sheet.concerns, open=sheet.open_concerns)),
        (_tr("Attendance"), attendance_words(file)),
        (_tr("Retention"), sheet.retention.words(today) if sheet.retention else None),
        (_tr("Current plan"), plan_words(file)),
    ]


def _agencies_html(file: ChildFile) -> str:
    """Each other agency's involvement since when, with its name, contact and note; or that none is recorded."""
    agencies = file.front_sheet.agencies
    if not agencies:
        return text_line(_tr("None recorded (child in need, child-protection plan, looked after, early help)."))
    items = "".join(
        "<li>{}</li>".format(
            esc(
                _tr("{status} since {since}").format(status=a.words, since=a.since.astimezone().strftime("%d %b %Y"))
                + "".join(f"; {t}" for t in (a.agency, a.contact, a.note) if t)
            )
        )
        for a in agencies
    )
    return f"<ul>{items}</ul>"


def _red_flags_html(file: ChildFile) -> str:
    """The file's red flags, each with its day and reason (and the child's name in a family's file); or nothing."""
    if not file.flags:
        return ""
    names = file.pupil_names
    items = "".join(
        "<li>{}</li>".format(
            esc(
                (f"{names.get(f.pupil_id, '')}: " if len(file.pupil_ids) > 1 else "")
                + f"{f.occurred_at.astimezone().strftime('%d %b %Y')}: {f.reason}"
            )
        )
        for f in file.flags
    )
    return f"<h4>{esc(_tr('Red flags'))}</h4><ul>{items}</ul>"


def work_html(file: ChildFile, state: SchoolState, categories: Mapping[str, Category], now: datetime) -> str:
    """Where every concern stands with the leads, the referrals (and when to chase), and the actions."""
    return "".join(
        (
            f"<h3>{esc(_tr('Concerns and decisions'))}</h3>",
            _concerns_table_html(file, state, categories),
            f"<h3>{esc(_tr('Referrals'))}</h3>",
            _referrals_html(file),
            _meetings_html(file, state),
            f"<h3>{esc(_tr('Actions'))}</h3>",
            _actions_html(file, state),
        )
    )


def _concerns_table_html(file: ChildFile, state: SchoolState, categories: Mapping[str, Category]) -> str:
    """A row for each concern, newest first: when, category, acknowledged, decision, owner, open or closed."""
    if not file.concerns:
        return text_line(_tr("No concerns recorded."))
    rows = []
    for status in reversed(file.concerns):
        decision = status.decision.words if status.decision else _tr("no decision yet")
        closed = (
            _tr("closed: {outcome}").format(outcome=status.closed_outcome) if status.closed_outcome else _tr("open")
        )
        ack = _tr("acknowledged") if status.acknowledged_at else _tr("not acknowledged")
        cells = (
            status.concern.occurred_at.astimezone().strftime("%d %b %Y"),
            category_name(categories, status.category),
            ack,
            decision,
            staff_words(state, status.owner_id) if status.owner_id else "",
            closed,
        )
        rows.append("<tr>" + "".join(f"<td valign='top'>{esc(t)}</td>" for t in cells) + "</tr>")
    head = "".join(
        f"<th align='left'>{esc(t)}</th>"
        for t in (_tr("When"), _tr("Category"), _tr("Acknowledged"), _tr("Decision"), _tr("Owner"), _tr("Status"))
    )
    return f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{''.join(rows)}</table>"


def _referrals_html(file: ChildFile) -> str:
    """Each referral: the agency, when, its reference, and its outcome or when to chase it."""
    if not file.referrals:
        return text_line(_tr("No referrals recorded."))
    parts = []
    for status in file.referrals:
        referral = status.referral
        text = _tr("{agency}, made {when}, reference {reference}.").format(
            agency=referral.agency, when=when_text(referral.occurred_at), reference=referral.reference or _tr("none")
        )
        if status.outcome is not None:
            text += " " + _tr("Outcome: {outcome}").format(outcome=status.outcome.outcome)
        elif status.chase_now:
            text += " " + _tr("No response yet: chase it (expected by {due}).").format(due=when_text(status.chase_due))
        elif status.chase_due:
            text += " " + _tr("Response expected by {due}.").format(due=when_text(status.chase_due))
        parts.append(text_line(text))
    return "".join(parts)


def _actions_html(file: ChildFile, state: SchoolState) -> str:
    """Each action: what, who, when it is due, and whether it is done, open or overdue."""
    if not file.actions:
        return text_line(_tr("No actions recorded."))
    parts = []
    for status in file.actions:
        action = status.action
        due = action.due.strftime("%d %b %Y") if action.due else _tr("no date")
        state_words = _tr("done") if status.done else (_tr("OVERDUE") if status.overdue else _tr("open"))
        who = staff_words(state, action.owner_id) if action.owner_id else action.owner_name
        parts.append(
            text_line(
                _tr("{text} — {who}, due {due}: {state}.").format(text=action.text, who=who, due=due, state=state_words)
            )
        )
    return "".join(parts)
