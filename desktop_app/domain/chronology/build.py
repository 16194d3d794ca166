"""A child's chronology, its brothers' and sisters' concerns beside it, a household's, and filtering."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import datetime, tzinfo
from typing import Any

from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.chronology.row_words import describe_injuries
from desktop_app.domain.chronology.rows import ChildRows
from desktop_app.domain.lead.file_parts import concern_marks
from desktop_app.domain.records import SchoolState


def _order(item: ChronologyItem) -> tuple[datetime, datetime, str]:
    return (item.occurred_at, item.recorded_at, item.entry_id)


def chronology_for(
    state: SchoolState, pupil_id: str, region_name: Any = None, tz: tzinfo | None = None
) -> list[ChronologyItem]:
    """Everything about one child, ordered by when it happened (then when recorded); times inside a row's words
    in `tz` (default this computer's)."""
    rows = ChildRows(state, pupil_id, region_name, tz)
    rows.concerns()
    rows.lead_rows(state.lead)
    rows.transfers()
    rows.rows.sort(key=_order)
    return rows.rows


def sibling_cross_references(
    state: SchoolState, siblings: Iterable[str], region_name: Any = None, tz: tzinfo | None = None
) -> list[ChronologyItem]:
    """A cross-reference row for every concern about another child of the household (`siblings`, household
    members not on roll included), for one child's own chronology: the sibling's concern shows where it happened
    in time, named, pointing at the sibling's record (`pupil_id`, `concern_id`), so a pattern across the family
    can be seen from either child's file without opening the family chronology."""
    items = []
    for sibling in dict.fromkeys(siblings):
        pupil = state.pupils.get(sibling)
        name = pupil.full_name if pupil else "a sibling"
        who = f"{name} ({pupil.relationship}, not on roll)" if pupil and not pupil.on_roll else name
        rows = ChildRows(state, sibling, region_name, tz)
        for concern in state.concerns_for(sibling):
            cid = concern.concern_id
            first = concern.what_happened.strip().splitlines()[0] if concern.what_happened.strip() else ""
            injuries = describe_injuries(state, concern, region_name)
            summary = f"Concern about {who}, in the same household: {first}" + (f"\n{injuries}" if injuries else "")
            rows.add(cid, concern.occurred_at, concern.recorded_at, RowKind.SIBLING, summary, concern.author_id, cid,
                     action=f"See {name}'s file", injuries=len(concern_marks(state, concern)))  # fmt: skip
        items.extend(rows.rows)
    items.sort(key=_order)
    return items


def family_chronology(
    state: SchoolState, pupil_ids: Iterable[str], region_name: Any = None, tz: tzinfo | None = None
) -> list[ChronologyItem]:
    """The chronologies of several children (a household) merged into one, in the order things happened."""
    items = [item for pupil_id in dict.fromkeys(pupil_ids) for item in chronology_for(state, pupil_id, region_name, tz)]
    items.sort(key=_order)
    return items


def filter_chronology(
    items: Iterable[ChronologyItem],
    categories: Collection[str] = (),
    kinds: Collection[str] = (),
    where: Callable[[ChronologyItem], bool] | None = None,
) -> list[ChronologyItem]:
    """Rows of any of `categories` (a row about no concern has none) and any of `kinds` (empty means all).
    The kind `injury` matches concern rows with injuries."""
    chosen = []
    for item in items:
        if categories and not any(code in categories for code in item.all_categories):
            continue
        if kinds and item.kind not in kinds and not (RowKind.INJURY in kinds and item.injuries):
            continue
        if where is not None and not where(item):
            continue
        chosen.append(item)
    return chosen
