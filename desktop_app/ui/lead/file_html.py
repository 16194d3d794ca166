"""A child's file in words for the page: the front sheet, one full record, and the open work, as escaped rich text."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.decisions import decision_status
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.records import Concern, InjuryMark, SchoolState
from desktop_app.domain.red_flags import age_words
from desktop_app.domain.taxonomy import Category
from desktop_app.ui.bodymap.words import mark_type_words, region_words, view_words
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.chronology_model import kind_words, late_words
from desktop_app.ui.lead.common import category_name, when_text


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


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _para(label: str, text: str) -> str:
    if not text.strip():
        return ""
    return f"<p><b>{_e(label)}</b><br>{_e(text)}</p>"


def _line(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _who(state: SchoolState, account_id: str) -> str:
    member = state.staff.get(account_id)
    if member is None:
        return _tr("unknown account") if account_id else ""
    return f"{member.full_name} ({member.job_title or member.role.value})"


def _yes_no(value: bool | None) -> str:
    return {True: _tr("yes"), False: _tr("no"), None: _tr("not known")}[value]


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


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def shown(text: str) -> str:
    """Text a person typed, as the page shows it: an invisible control or format character (a right-to-left
    override, a zero-width joiner, a bell) is named in brackets, so it cannot rearrange or hide what is shown;
    newlines stay."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        f"[U+{ord(c):04X}]" if c != "\n" and unicodedata.category(c) in _INVISIBLE else c
        for c in text.replace("\r\n", "\n")
    )


def _cell(text: str, gap: str = "") -> str:
    return f"<td valign='top'>{_e(shown(text)) if text.strip() else _gap(gap)}</td>"


def _gap(text: str = "") -> str:
    return f"<span style='color:#6b6b6b'>{_e(text or _tr('not recorded'))}</span>"


def _people_html(file: ChildFile) -> str:
    """Parents, carers and significant adults, then the children of the child's households: everything recorded
    about each, a grey "not recorded" where nothing is."""
    members = file.front_sheet.members
    if not members:
        return _line(
            _tr("No parents, carers or other children are recorded yet: add an adult with People around the child…, "
                "or link siblings on the Families page.")
        )  # fmt: skip
    head = "".join(
        f"<th align='left'>{_e(t)}</th>"
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
            _cell(m.name),
            _cell(m.relationship),
            _cell(m.date_of_birth.strftime("%d %b %Y") if m.date_of_birth else ""),
            _cell(_yes_no(m.parental_responsibility) if m.parental_responsibility is not None else ""),
            _cell(contact),
            _cell(language, "" if adult else "—"),
            _cell(m.school),
            _cell(_yes_no(m.focus_of_referral) if m.focus_of_referral is not None else ""),
            _cell((_tr("yes") if m.records_held else _tr("no")) if m.pupil_id else "", "—"),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
        if m.notes.strip():
            rows.append(f"<tr><td></td><td colspan='8'><i>{_e(_tr('Notes:'))}</i> {_e(shown(m.notes))}</td></tr>")
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
            f"<tr><th align='left' valign='top'>{_e(translate('ReferralFacts', label))}</th>"
            + (_cell(_yes_no(value)) if isinstance(value, bool) else _cell(value or ""))
            + "</tr>"
            for label, value in rows
        )
        parts.append(f"<h4>{_e(title)}</h4><table cellspacing='0' cellpadding='3'>{cells}</table>")
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
    parts = [f"<h3>{_e(_tr('Meetings and plans'))}</h3>"]
    if not file.meetings:
        parts.append(_line(_tr("No meetings recorded.")))
    for meeting in reversed(file.meetings):
        parts.append(_line(f"{meeting.held_on:%d %b %Y}: {meeting.type_words}. {meeting.outcome_words}."))
        if meeting.attendees:
            parts.append(_para(_tr("Attended"), "; ".join(a.words for a in meeting.attendees)))
        for status in file.plan_actions(meeting.entry_id):
            action = status.action
            state_words = _tr("done") if status.done else (_tr("OVERDUE") if status.overdue else _tr("open"))
            who = _who(state, action.owner_id) if action.owner_id else action.owner_name
            due = action.due.strftime("%d %b %Y") if action.due else _tr("no date")
            parts.append(_line(f"• {action.text} — {who}, {_tr('review')} {due}: {state_words}."))
    return "".join(parts)


def front_sheet_html(file: ChildFile, today: date) -> str:
    """The front sheet: names, date of birth, address, household, other agencies, file status, mobility."""
    sheet = file.front_sheet
    pupil = sheet.pupil
    rows = [
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
            _yes_no(sheet.independently_mobile) if sheet.independently_mobile is not None else _tr("not recorded"),
        ),
        (_tr("Concerns"), _tr("{count} ({open} open)").format(count=sheet.concerns, open=sheet.open_concerns)),
        (_tr("Attendance"), attendance_words(file)),
        (_tr("Retention"), sheet.retention.words(today) if sheet.retention else None),
        (_tr("Current plan"), plan_words(file)),
    ]
    table = "".join(
        f"<tr><th align='left' valign='top'>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows if v is not None
    )
    parts = [f"<h3>{_e(_tr('Front sheet'))}</h3><table cellspacing='0' cellpadding='3'>{table}</table>"]
    parts.append(f"<h4>{_e(_tr('People around the child'))}</h4>")
    parts.append(_people_html(file))
    parts.append(f"<h4>{_e(_tr('Other agencies involved'))}</h4>")
    if sheet.agencies:
        items = "".join(
            "<li>{}</li>".format(
                _e(
                    _tr("{status} since {since}").format(
                        status=a.words, since=a.since.astimezone().strftime("%d %b %Y")
                    )
                    + "".join(f"; {t}" for t in (a.agency, a.contact, a.note) if t)
                )
            )
            for a in sheet.agencies
        )
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(_line(_tr("None recorded (child in need, child-protection plan, looked after, early help).")))
    parts.append(_facts_html(file))
    if file.flags:
        parts.append(f"<h4>{_e(_tr('Red flags'))}</h4>")
        names = file.pupil_names
        items = "".join(
            "<li>{}</li>".format(
                _e(
                    (f"{names.get(f.pupil_id, '')}: " if len(file.pupil_ids) > 1 else "")
                    + f"{f.occurred_at.astimezone().strftime('%d %b %Y')}: {f.reason}"
                )
            )
            for f in file.flags
        )
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _mark_html(number: int, mark: InjuryMark) -> str:
    details = [
        _tr("{number}. {type} on the {region} ({view})").format(
            number=number, type=mark_type_words(mark.type), region=region_words(mark.region), view=view_words(mark.view)
        )
    ]
    if mark.size_cm:
        details.append(_tr("size {size} cm").format(size=f"{mark.size_cm:g}"))
    if mark.shape:
        details.append(_tr("shape: {shape}").format(shape=mark.shape))
    if mark.colour:
        details.append(_tr("colour: {colour}").format(colour=mark.colour))
    if mark.skin_broken is not None:
        details.append(_tr("skin broken: {answer}").format(answer=_yes_no(mark.skin_broken)))
    text = "; ".join(details)
    givers = {
        "child": _tr("The child's explanation"),
        "parent": _tr("A parent's explanation"),
        "carer": _tr("A carer's explanation"),
        "other-adult": _tr("Another adult's explanation"),
        "none": _tr("Recorded, though no explanation was given"),
    }
    extra = [
        _para(givers.get(mark.given_by, givers["child"]), mark.explanation)
        if mark.explanation
        else _line(_tr("No explanation given.")),
        _para(_tr("First aid given"), mark.first_aid),
        _para(_tr("Observed by"), mark.observed_by),
        _para(_tr("Witnessed by"), mark.witnessed_by),
    ]
    return f"<li>{_e(text)}{''.join(extra)}</li>"


def concern_html(state: SchoolState, concern: Concern, categories: Mapping[str, Category]) -> str:
    """A concern in full as its author wrote it, its injuries and every addendum, and where it stands."""
    pupil = state.pupils.get(concern.pupil_id)
    lead = state.lead
    cid = concern.concern_id
    parts = [
        _line(
            _tr("Happened {occurred}; recorded {recorded} by {who}.").format(
                occurred=when_text(concern.occurred_at),
                recorded=when_text(concern.recorded_at),
                who=_who(state, concern.author_id),
            )
        ),
        _line(
            _tr("Category: {category} (as recorded: {original}). Reference {reference}.").format(
                category=category_name(categories, lead.category_of(cid, concern.category)),
                original=category_name(categories, concern.category),
                reference=short_reference(cid),
            )
        ),
        _para(_tr("Where"), concern.location),
        _para(_tr("What was seen or heard"), concern.what_happened),
        _para(_tr("The child's own words"), concern.childs_words),
        _para(_tr("The recorder's opinion"), concern.opinion),
        _para(_tr("Who else was present"), concern.present),
        _para(_tr("Action already taken"), concern.action_taken),
        _para(_tr("Who it was shared with"), concern.shared_with),
    ]
    others = [state.pupils[p].full_name for p in concern.other_children if p in state.pupils]
    if others:
        parts.append(_para(_tr("Other children involved"), ", ".join(others)))
    written = concern.written_marks
    if written:
        marks = "".join(_mark_html(n, m) for n, m in enumerate(written, start=1))
        parts.append(f"<p><b>{_e(_tr('Injury marks'))}</b></p><ol style='list-style-type:none'>{marks}</ol>")
    number = len(written) + 1
    for note in state.addenda.get(cid, ()):
        heading = _tr("Addendum by {who}, {when}").format(
            who=_who(state, note.author_id), when=when_text(note.recorded_at)
        )
        parts.append(_para(heading, note.text))
        if note.marks and note.marks_count_for(concern):
            marks = "".join(_mark_html(n, m) for n, m in enumerate(note.marks, start=number))
            number += len(note.marks)
            label = _tr("Marks noticed later, added by the person who recorded the concern")
            parts.append(f"<p><b>{_e(label)}</b></p><ol style='list-style-type:none'>{marks}</ol>")
        elif note.marks:
            parts.append(_line(_tr("This addendum also holds {count} marks that are not counted: they are on no "
                                   "body map and in no red flag, because only the person who recorded a concern "
                                   "can add marks to it.").format(count=len(note.marks))))  # fmt: skip
    ack = lead.acknowledgement(cid)
    status = [
        _tr("Acknowledged by {who}, {when}.").format(who=_who(state, ack.by), when=when_text(ack.at))
        if ack
        else _tr("Not yet acknowledged.")
    ]
    owner = lead.owner_of(cid)
    if owner:
        status.append(_tr("Owner: {who}.").format(who=_who(state, owner)))
    decision = lead.latest_decision(cid)
    if decision is not None:
        status.append(_tr("Decision: {words}.").format(words=decision_status(state, decision.entry_id).words))
    closure = lead.closure(cid)
    if closure is not None:
        status.append(_tr("Closed. Outcome: {outcome}").format(outcome=closure.outcome))
    parts.append(_para(_tr("Where it stands"), "\n".join(status)))
    title = _tr("Concern about {pupil}").format(pupil=pupil.full_name if pupil else "")
    return f"<h3>{_e(title)}</h3>" + "".join(parts)


def record_html(
    state: SchoolState,
    item: ChronologyItem,
    flags: Sequence[str],
    categories: Mapping[str, Category],
) -> str:
    """The full record behind one chronology row: a concern in full, or a lead's record with what it refers to."""
    flag_html = ""
    if flags:
        flag_html = f"<p><b>{_e(_tr('Red flags shown here'))}</b></p><ul>" + "".join(
            f"<li>{_e(reason)}</li>" for reason in flags
        ) + "</ul>"  # fmt: skip
    concern = state.concerns.get(item.entry_id) if item.kind == RowKind.CONCERN else None
    if concern is not None:
        return flag_html + concern_html(state, concern, categories)
    parts = [
        f"<h3>{_e(kind_words(item.kind))}</h3>",
        _line(
            _tr("Happened {occurred}; recorded {recorded} by {who}.").format(
                occurred=when_text(item.occurred_at), recorded=when_text(item.recorded_at), who=item.recorded_by
            )
        ),
    ]
    late = late_words(item)
    if late:
        parts.append(_line(_tr("Written down more than a day after it happened.")))
    parts.append(f"<p>{_e(item.summary)}</p>")
    for label, text in ((_tr("The child's own words"), item.childs_words), (_tr("Who was present"), item.present),
                        (_tr("Who it was shared with"), item.shared_with), (_tr("Where"), item.location)):  # fmt: skip
        if text:
            parts.append(_para(label, text))
    if item.action and item.action != item.summary:
        parts.append(_para(_tr("Action"), item.action))
    if item.kind == RowKind.DECISION and item.entry_id in state.lead.decisions:
        parts.append(_line(_tr("Where it stands: {words}.").format(words=decision_status(state, item.entry_id).words)))
    about = state.concerns.get(item.concern_id) if item.concern_id else None
    if about is not None:
        first = about.what_happened.strip().splitlines()[0] if about.what_happened.strip() else ""
        parts.append(
            _para(
                _tr("About the concern {reference} of {when}").format(
                    reference=short_reference(about.concern_id), when=when_text(about.occurred_at)
                ),
                first,
            )
        )
    return flag_html + "".join(parts)


def work_html(file: ChildFile, state: SchoolState, categories: Mapping[str, Category], now: datetime) -> str:
    """Where every concern stands with the leads, the referrals (and when to chase), and the actions."""
    parts = [f"<h3>{_e(_tr('Concerns and decisions'))}</h3>"]
    if not file.concerns:
        parts.append(_line(_tr("No concerns recorded.")))
    rows = []
    for status in reversed(file.concerns):
        concern = status.concern
        decision = status.decision.words if status.decision else _tr("no decision yet")
        closed = (
            _tr("closed: {outcome}").format(outcome=status.closed_outcome) if status.closed_outcome else _tr("open")
        )
        ack = _tr("acknowledged") if status.acknowledged_at else _tr("not acknowledged")
        rows.append(
            "<tr>"
            + "".join(
                f"<td valign='top'>{_e(t)}</td>"
                for t in (
                    concern.occurred_at.astimezone().strftime("%d %b %Y"),
                    category_name(categories, status.category),
                    ack,
                    decision,
                    _who(state, status.owner_id) if status.owner_id else "",
                    closed,
                )
            )
            + "</tr>"
        )
    if rows:
        head = "".join(
            f"<th align='left'>{_e(t)}</th>"
            for t in (_tr("When"), _tr("Category"), _tr("Acknowledged"), _tr("Decision"), _tr("Owner"), _tr("Status"))
        )
        parts.append(f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{''.join(rows)}</table>")
    parts.append(f"<h3>{_e(_tr('Referrals'))}</h3>")
    if not file.referrals:
        parts.append(_line(_tr("No referrals recorded.")))
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
        parts.append(_line(text))
    parts.append(_meetings_html(file, state))
    parts.append(f"<h3>{_e(_tr('Actions'))}</h3>")
    if not file.actions:
        parts.append(_line(_tr("No actions recorded.")))
    for status in file.actions:
        action = status.action
        due = action.due.strftime("%d %b %Y") if action.due else _tr("no date")
        state_words = _tr("done") if status.done else (_tr("OVERDUE") if status.overdue else _tr("open"))
        parts.append(
            _line(
                _tr("{text} — {who}, due {due}: {state}.").format(
                    text=action.text,
                    who=_who(state, action.owner_id) if action.owner_id else action.owner_name,
                    due=due,
                    state=state_words,
                )
            )
        )
    return "".join(parts)
