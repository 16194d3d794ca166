"""The words inside a chronology's rows: injuries, a concern's outcome, addenda, dates and codes."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from desktop_app.domain.bodymap import REGION_NAMES
from desktop_app.domain.lead.concern_records import (
    decision_words,
)
from desktop_app.domain.lead.file_parts import concern_marks
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.records import Addendum, Concern, SchoolState


def describe_injuries(state: SchoolState, concern: Concern, region_name: Any = None) -> str:
    """`2 injuries: bruise on left upper arm (3 cm); …` in words."""
    marks = concern_marks(state, concern)
    if not marks:
        return ""
    name = region_name or (lambda code: code.replace("-", " "))
    parts = []
    for mark in marks:
        size = f" ({mark.size_cm:g} cm)" if mark.size_cm else ""
        parts.append(f"{mark.type} on {name(mark.region)}{size}")
    noun = "injury" if len(parts) == 1 else "injuries"
    return f"{len(parts)} {noun}: " + "; ".join(parts)


def date_words(moment: datetime, tz: tzinfo | None = None) -> str:
    local = moment.astimezone(tz)
    zone = local.strftime("%Z")
    return local.strftime("%d %b %Y %H:%M") + (f" {zone}" if zone and tz is not None else "")


def concern_outcome(lead: LeadRecords, concern_id: str) -> str:
    """A concern's outcome in words: its closure, else where the decision that stands on it is."""
    closure = lead.closure(concern_id)
    if closure is not None:
        return f"Closed: {closure.outcome}"
    decision = lead.latest_decision(concern_id)
    return f"Decision: {decision_words(decision.decision)}" if decision else ""


def also_recorded_words(concern: Concern) -> str:
    """`Also recorded for 2 other children (one concern about several children).`: the count its author recorded,
    never who they are nor what was written there (each child's entry stands in that child's own file)."""
    others = concern.group_size - 1
    noun = "child" if others == 1 else "children"
    return f"Also recorded for {others} other {noun} (one concern about several children)."


def addendum_summary(concern: Concern, note: Addendum, region_name: Any = None) -> str:
    """An addendum's text, and the marks it added in words; marks written by anyone but the concern's author are
    named as not counted (they are on no body map and in no red flag)."""
    if not note.marks:
        return note.text
    name = region_name or (lambda code: code.replace("-", " "))
    sites = "; ".join(
        f"{m.type} on {name(m.region) if m.region in REGION_NAMES else m.region}"
        + (f" ({m.size_cm:g} cm)" if m.size_cm else "")
        for m in note.marks
    )
    if note.marks_count_for(concern):
        noun = "mark" if len(note.marks) == 1 else "marks"
        return f"{note.text}\nAdded {len(note.marks)} {noun} noticed later: {sites}"
    return (
        f"{note.text}\nNot counted: this addendum also holds marks ({sites}), but only the person who recorded "
        "the concern can add marks to it."
    )


def code_words(codes: Any, code: str) -> str:
    try:
        words: str = codes(code).words
        return words
    except ValueError:
        return code
