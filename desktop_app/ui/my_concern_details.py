"""What a member of staff sent, in full, for the "My concerns" details pane: every mark, the addenda, the lead's
acknowledgement."""

from __future__ import annotations

import html

from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import Addendum, Concern, ExplanationBy, InjuryMark, MarkType, SchoolState
from desktop_app.ui.bodymap.words import region_words, view_words
from desktop_app.ui.i18n import translate
from desktop_app.ui.my_concerns_model import when_text
from desktop_app.ui.sign_in import SignedIn


def _tr(text: str) -> str:
    return translate("MyConcerns", text)


def mark_type_name(mark_type: str) -> str:
    """A kind of mark in words, capitalised (the entry stores its code)."""
    names: dict[str, str] = {
        MarkType.BRUISE: _tr("Bruise"),
        MarkType.BURN: _tr("Burn"),
        MarkType.CUT: _tr("Cut"),
        MarkType.SCRATCH: _tr("Scratch"),
        MarkType.BITE: _tr("Bite"),
        MarkType.SWELLING: _tr("Swelling"),
        MarkType.MARK: _tr("Mark"),
        MarkType.OTHER: _tr("Other mark"),
    }
    return names.get(mark_type, mark_type)


def _words(call: object, code: str) -> str:
    """A region or view in words; a code this app does not know (from a newer one) as it is."""
    try:
        return call(code)  # type: ignore[operator]
    except (KeyError, ValueError):
        return code


def _giver(mark: InjuryMark) -> str:
    return {
        ExplanationBy.CHILD: _tr("the child"),
        ExplanationBy.PARENT: _tr("a parent"),
        ExplanationBy.CARER: _tr("a carer"),
        ExplanationBy.OTHER_ADULT: _tr("another adult"),
    }.get(mark.given_by, "")


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def mark_lines(number: int, mark: InjuryMark) -> tuple[str, list[str]]:
    """A mark's heading (`1. Bruise: right upper arm, 3 cm`) and one line per detail the author gave, in words."""
    size = _tr(", {size} cm").format(size=f"{mark.size_cm:g}") if mark.size_cm else ""
    heading = _tr("{number}. {type}: {region}{size}").format(
        number=number, type=mark_type_name(mark.type), region=_words(region_words, mark.region), size=size
    )
    lines = [_tr("On the map: {view}").format(view=_words(view_words, mark.view))]
    if mark.shape:
        lines.append(_tr("Shape: {shape}").format(shape=mark.shape))
    if mark.colour:
        lines.append(_tr("Colour(s): {colour}").format(colour=mark.colour))
    if mark.skin_broken is not None:
        lines.append(_tr("Skin broken: yes") if mark.skin_broken else _tr("Skin broken: no"))
    if mark.explanation.strip():
        giver = _giver(mark)
        lines.append(
            _tr("Explanation, given by {giver}: “{words}”").format(giver=giver, words=mark.explanation)
            if giver
            else _tr("Explanation: “{words}”").format(words=mark.explanation)
        )
    else:
        lines.append(_tr("Explanation: none was given"))
    if mark.witnessed_by:
        lines.append(_tr("Seen happening by: {who}").format(who=mark.witnessed_by))
    if mark.first_aid:
        lines.append(_tr("First aid: {aid}").format(aid=mark.first_aid))
    if mark.observed_by:
        lines.append(_tr("Seen by: {who}").format(who=mark.observed_by))
    return heading, lines


def marks_html(marks: list[tuple[int, InjuryMark]]) -> str:
    """Numbered marks, each with its details as a sub-list."""
    items = []
    for number, mark in marks:
        heading, lines = mark_lines(number, mark)
        details = "".join(f"<li>{_e(line)}</li>" for line in lines)
        items.append(f"<li><b>{_e(heading)}</b><ul>{details}</ul></li>")
    return f"<ul>{''.join(items)}</ul>"


def _paragraph(label: str, text: str) -> str:
    if not text.strip():
        return ""
    return f"<p><b>{html.escape(label)}</b><br>{_e(text)}</p>"


def _acknowledgement(state: SchoolState, concern: Concern) -> str:
    acknowledged = state.lead.acknowledgement(concern.concern_id)
    if acknowledged is None:
        return _tr("Not yet acknowledged by a designated lead.")
    lead = state.staff.get(acknowledged.by)
    if lead is not None and lead.full_name:
        return _tr("Acknowledged by {lead}, {when}.").format(lead=lead.full_name, when=when_text(acknowledged.at))
    return _tr("Acknowledged by a designated lead, {when}.").format(when=when_text(acknowledged.at))


def _addendum_html(concern: Concern, note: Addendum, first_number: int) -> str:
    heading = _tr("Addendum, {recorded}").format(recorded=when_text(note.recorded_at))
    parts = [_paragraph(heading, note.text)]
    if note.marks:
        if note.marks_count_for(concern):
            parts.append("<p>{}</p>".format(_e(_tr("Marks noticed later, added to the body map:"))))
            parts.append(marks_html(list(enumerate(note.marks, start=first_number))))
        else:
            parts.append("<p>{}</p>".format(_e(_tr("This addendum's marks are not on the body map: only the person "
                                                   "who recorded a concern can add marks to it."))))  # fmt: skip
    return "".join(parts)


def concern_details_html(signed_in: SignedIn, concern_id: str) -> str:
    """The concern as its author wrote it (every mark in full), then their addenda with the marks they added, and
    whether a lead has acknowledged it: escaped rich text for the details pane."""
    state = signed_in.state
    concern = state.concerns.get(concern_id)
    if concern is None:
        return ""
    pupil = state.pupils.get(concern.pupil_id)
    names = {c.code: c.name for c in signed_in.categories}
    title = _tr("{reference}: {pupil}, {category}").format(
        reference=short_reference(concern_id),
        pupil=pupil.full_name if pupil else _tr("(pupil not in the directory)"),
        category=", ".join(names.get(c, c) for c in concern.categories),
    )
    happened = _tr("Happened {occurred}; recorded {recorded}.").format(
        occurred=when_text(concern.occurred_at), recorded=when_text(concern.recorded_at)
    )
    parts = [
        f"<h3>{html.escape(title)}</h3>",
        f"<p>{html.escape(happened)}<br><b>{html.escape(_acknowledgement(state, concern))}</b></p>",
        _paragraph(_tr("Where"), concern.location),
        _paragraph(_tr("What I saw or heard"), concern.what_happened),
        _paragraph(_tr("The child's own words"), concern.childs_words),
        _paragraph(_tr("My opinion"), concern.opinion),
        _paragraph(_tr("Who else was present"), concern.present),
        _paragraph(_tr("Action already taken"), concern.action_taken),
        _paragraph(_tr("Who it was shared with"), concern.shared_with),
    ]
    written = concern.written_marks
    if written:
        parts.append(f"<p><b>{html.escape(_tr('Injury marks'))}</b></p>")
        parts.append(marks_html(list(enumerate(written, start=1))))
    number = len(written) + 1
    for note in state.addenda.get(concern_id, ()):
        if note.author_id == signed_in.account_id:
            parts.append(_addendum_html(concern, note, number))
            if note.marks_count_for(concern):
                number += len(note.marks)
    return "".join(parts)
