"""Red flags: patterns in a child's records that practice says a lead must look at, each with its reason and entries.

Pure functions over the folded state. Every threshold and word list is in `RedFlagThresholds` (thresholds.py),
which a school can tune (kept in the lead's settings, domain/triage/lead_settings.py). Ages are taken from the date of
birth on the day of the event, and windows are measured between when things happened, not when they were written.
Rules about one injury are in injuries.py, rules over time in patterns.py, over attendance in attendance.py, what
a mark or explanation says in facts.py, and the word-form matching they share in words.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop_app.domain.attendance.summary import attendance_of
from desktop_app.domain.households import linked_with
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.red_flags import attendance, injuries, patterns
from desktop_app.domain.red_flags.child import Child, age_in_months, age_words, order
from desktop_app.domain.red_flags.thresholds import SENTINEL_CODES, FlagCode, RedFlag, RedFlagThresholds
from desktop_app.domain.red_flags.words import words_found

__all__ = [
    "SENTINEL_CODES",
    "FlagCode",
    "RedFlag",
    "RedFlagThresholds",
    "age_in_months",
    "age_words",
    "evaluate",
    "flags_at",
    "words_found",
]


def _by_pupil(state: SchoolState) -> dict[str, list[Concern]]:
    found: dict[str, list[Concern]] = {}
    for concern in state.concerns.values():
        found.setdefault(concern.pupil_id, []).append(concern)
    for concerns in found.values():
        concerns.sort(key=order)
    return found


def _child_flags(
    state: SchoolState, child: Child, others: Mapping[str, Sequence[Concern]], limits: RedFlagThresholds
) -> list[RedFlag]:
    flags: list[RedFlag] = []
    for index, concern in enumerate(child.concerns):
        if concern.injuries:
            flags += injuries.injury_flags(child, concern, limits)
            earlier = injuries.retold(child.concerns, index, limits)
            flags += injuries.explanation_flags(state, child, concern, earlier, limits)
    flags += patterns.recurrence(child, limits)
    flags += patterns.clusters(child, limits)
    flags += patterns.injury_with_neglect(state, child, limits)
    flags += patterns.household(state, child, others, limits)
    held = attendance_of(state.lead, child.pupil_id)
    if held:
        flags += attendance.absence_after_injuries(child, held, limits)
        flags += attendance.absence_before_weekends(child, held, limits)
    flags.sort(key=lambda f: (f.occurred_at, f.at_entry, f.code))
    return flags


def evaluate(
    state: SchoolState,
    thresholds: RedFlagThresholds | None = None,
    pupil_ids: Iterable[str] | None = None,
) -> dict[str, list[RedFlag]]:
    """Red flags per pupil id (every pupil with concerns, or only `pupil_ids`), each list in the order the
    entries they show at happened. Household flags use households a lead has confirmed."""
    limits = thresholds or RedFlagThresholds()
    members = linked_with(state.lead)
    if pupil_ids is None:
        by_pupil = _by_pupil(state)
    else:  # only these children and their households: a child's file must not sort the whole school's concerns
        needed = {p for pupil in pupil_ids for p in (pupil, *members.get(pupil, ()))}
        by_pupil = {p: sorted(concerns, key=order) for p in needed if (concerns := state.concerns_for(p))}
    wanted = list(by_pupil) if pupil_ids is None else [p for p in pupil_ids if p in by_pupil]
    result: dict[str, list[RedFlag]] = {}
    for pupil_id in wanted:
        mobility = state.lead.mobility_of(pupil_id)
        child = Child(
            state.pupils.get(pupil_id),
            pupil_id,
            tuple(by_pupil[pupil_id]),
            mobility.independently_mobile if mobility is not None else None,
        )
        others = {p: by_pupil.get(p, ()) for p in members.get(pupil_id, ()) if p != pupil_id}
        result[pupil_id] = _child_flags(state, child, others, limits)
    return result


def flags_at(flags: Iterable[RedFlag]) -> dict[str, list[RedFlag]]:
    """Flags grouped by the entry they show at."""
    grouped: dict[str, list[RedFlag]] = {}
    for flag in flags:
        grouped.setdefault(flag.at_entry, []).append(flag)
    return grouped
