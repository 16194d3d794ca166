"""The words and cells every pack's sections share: times and days in words, counts, ages, and the visible gap
("not recorded") printed wherever the school's records hold nothing, never "none"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from desktop_app.domain.ids import short_reference
from desktop_app.reports.inputs import NOT_RECORDED
from desktop_app.reports.layout import MUTED, Cell, Span

NOT_APPLICABLE = "—"  # a field a row does not have (a child's language, an action on a flag)


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
