"""One record of a child's file in full, as escaped rich text: a concern with its marks, addenda and where it
stands, or a lead's record with what it refers to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.decisions import decision_status
from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import Concern, InjuryMark, SchoolState
from desktop_app.domain.taxonomy import Category
from desktop_app.ui.bodymap.words import mark_type_words, region_words, view_words
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.chronology_model import kind_words, late_words
from desktop_app.ui.lead.common import category_name, when_text
from desktop_app.ui.lead.rich_text import esc, para, staff_words, text_line, yes_no


def _tr(text: str) -> str:
    return translate("ChildFileWords", text)


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
        details.append(_tr("skin broken: {answer}").format(answer=yes_no(mark.skin_broken)))
    text = "; ".join(details)
    givers = {
        "child": _tr("The child's explanation"),
        "parent": _tr("A parent's explanation"),
        "carer": _tr("A carer's explanation"),
        "other-adult": _tr("Another adult's explanation"),
        "none": _tr("Recorded, though no explanation was given"),
    }
    extra = [
        para(givers.get(mark.given_by, givers["child"]), mark.explanation)
        if mark.explanation
        else text_line(_tr("No explanation given.")),
        para(_tr("First aid given"), mark.first_aid),
        para(_tr("Observed by"), mark.observed_by),
        para(_tr("Witnessed by"), mark.witnessed_by),
    ]
    return f"<li>{esc(text)}{''.join(extra)}</li>"


def concern_html(state: SchoolState, concern: Concern, categories: Mapping[str, Category]) -> str:
    """A concern in full as its author wrote it, its injuries and every addendum, and where it stands."""
    pupil = state.pupils.get(concern.pupil_id)
    parts = [_as_written_html(state, concern, categories)]
    written = concern.written_marks
    if written:
        marks = "".join(_mark_html(n, m) for n, m in enumerate(written, start=1))
        parts.append(f"<p><b>{esc(_tr('Injury marks'))}</b></p><ol style='list-style-type:none'>{marks}</ol>")
    parts.append(_addenda_html(state, concern, first_mark=len(written) + 1))
    parts.append(para(_tr("Where it stands"), _standing_words(state, concern.concern_id)))
    title = _tr("Concern about {pupil}").format(pupil=pupil.full_name if pupil else "")
    return f"<h3>{esc(title)}</h3>" + "".join(parts)


def _as_written_html(state: SchoolState, concern: Concern, categories: Mapping[str, Category]) -> str:
    """When it happened and who recorded it, its category now and as recorded, and every field its author wrote."""
    cid = concern.concern_id
    parts = [
        text_line(
            _tr("Happened {occurred}; recorded {recorded} by {who}.").format(
                occurred=when_text(concern.occurred_at),
                recorded=when_text(concern.recorded_at),
                who=staff_words(state, concern.author_id),
            )
        ),
        text_line(
            _tr("Category: {category} (as recorded: {original}). Reference {reference}.").format(
                category=category_name(categories, state.lead.category_of(cid, concern.category)),
                original=category_name(categories, concern.category),
                reference=short_reference(cid),
            )
        ),
        para(_tr("Where"), concern.location),
        para(_tr("What was seen or heard"), concern.what_happened),
        para(_tr("The child's own words"), concern.childs_words),
        para(_tr("The recorder's opinion"), concern.opinion),
        para(_tr("Who else was present"), concern.present),
        para(_tr("Action already taken"), concern.action_taken),
        para(_tr("Who it was shared with"), concern.shared_with),
    ]
    others = [state.pupils[p].full_name for p in concern.other_children if p in state.pupils]
    if others:
        parts.append(para(_tr("Other children involved"), ", ".join(others)))
    return "".join(parts)


def _addenda_html(state: SchoolState, concern: Concern, first_mark: int) -> str:
    """Every addendum to the concern, with the marks its author noticed later numbered on from `first_mark`; marks
    in someone else's addendum are said to be there and not counted."""
    parts = []
    number = first_mark
    for note in state.addenda.get(concern.concern_id, ()):
        heading = _tr("Addendum by {who}, {when}").format(
            who=staff_words(state, note.author_id), when=when_text(note.recorded_at)
        )
        parts.append(para(heading, note.text))
        if note.marks and note.marks_count_for(concern):
            marks = "".join(_mark_html(n, m) for n, m in enumerate(note.marks, start=number))
            number += len(note.marks)
            label = _tr("Marks noticed later, added by the person who recorded the concern")
            parts.append(f"<p><b>{esc(label)}</b></p><ol style='list-style-type:none'>{marks}</ol>")
        elif note.marks:
            parts.append(text_line(_tr("This addendum also holds {count} marks that are not counted: they are on no "
                                       "body map and in no red flag, because only the person who recorded a concern "
                                       "can add marks to it.").format(count=len(note.marks))))  # fmt: skip
    return "".join(parts)


def _standing_words(state: SchoolState, cid: str) -> str:
    """Where the concern stands with the leads: acknowledged, its owner, the latest decision, its closure."""
    lead = state.lead
    ack = lead.acknowledgement(cid)
    status = [
        _tr("Acknowledged by {who}, {when}.").format(who=staff_words(state, ack.by), when=when_text(ack.at))
        if ack
        else _tr("Not yet acknowledged.")
    ]
    owner = lead.owner_of(cid)
    if owner:
        status.append(_tr("Owner: {who}.").format(who=staff_words(state, owner)))
    decision = lead.latest_decision(cid)
    if decision is not None:
        status.append(_tr("Decision: {words}.").format(words=decision_status(state, decision.entry_id).words))
    closure = lead.closure(cid)
    if closure is not None:
        status.append(_tr("Closed. Outcome: {outcome}").format(outcome=closure.outcome))
    return "\n".join(status)


def record_html(
    state: SchoolState,
    item: ChronologyItem,
    flags: Sequence[str],
    categories: Mapping[str, Category],
) -> str:
    """The full record behind one chronology row: a concern in full, or a lead's record with what it refers to."""
    flag_html = ""
    if flags:
        flag_html = f"<p><b>{esc(_tr('Red flags shown here'))}</b></p><ul>" + "".join(
            f"<li>{esc(reason)}</li>" for reason in flags
        ) + "</ul>"  # fmt: skip
    concern = state.concerns.get(item.entry_id) if item.kind == RowKind.CONCERN else None
    if concern is not None:
        return flag_html + concern_html(state, concern, categories)
    parts = [
        f"<h3>{esc(kind_words(item.kind))}</h3>",
        text_line(
            _tr("Happened {occurred}; recorded {recorded} by {who}.").format(
                occurred=when_text(item.occurred_at), recorded=when_text(item.recorded_at), who=item.recorded_by
            )
        ),
    ]
    late = late_words(item)
    if late:
        parts.append(text_line(_tr("Written down more than a day after it happened.")))
    parts.append(f"<p>{esc(item.summary)}</p>")
    for label, text in ((_tr("The child's own words"), item.childs_words), (_tr("Who was present"), item.present),
                        (_tr("Who it was shared with"), item.shared_with), (_tr("Where"), item.location)):  # fmt: skip
        if text:
            parts.append(para(label, text))
    if item.action and item.action != item.summary:
        parts.append(para(_tr("Action"), item.action))
    if item.kind == RowKind.DECISION and item.entry_id in state.lead.decisions:
        parts.append(
            text_line(_tr("Where it stands: {words}.").format(words=decision_status(state, item.entry_id).words))
        )
    about = state.concerns.get(item.concern_id) if item.concern_id else None
    if about is not None:
        first = about.what_happened.strip().splitlines()[0] if about.what_happened.strip() else ""
        parts.append(
            para(
                _tr("About the concern {reference} of {when}").format(
                    reference=short_reference(about.concern_id), when=when_text(about.occurred_at)
                ),
                first,
            )
        )
    return flag_html + "".join(parts)
