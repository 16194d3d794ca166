"""Rules over time: recurring injuries, clusters of concerns, injury alongside neglect, and the household."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import timedelta

from desktop_app.domain.records import Concern, ExplanationBy, MarkType, SchoolState
from desktop_app.domain.red_flags import facts
from desktop_app.domain.red_flags.child import Child, day, names, near, order, ordinal, region
from desktop_app.domain.red_flags.injuries import retold
from desktop_app.domain.red_flags.thresholds import FlagCode, RedFlag, RedFlagThresholds
from desktop_app.domain.red_flags.words import matcher

_MAX_NAMED = 5  # siblings' concerns named in a household flag's reason; the rest are counted
_EVERYDAY_MARKS = frozenset({MarkType.BRUISE, MarkType.SCRATCH, MarkType.CUT, MarkType.SWELLING, MarkType.MARK})


def everyday_knock(child: Child, concern: Concern, limits: RedFlagThresholds) -> bool:
    """A mobile school-age child's graze or bruise on a knee, shin, forehead or chin that the child explained."""
    on = concern.occurred_at.date()
    months = child.months_on(on)
    if months is None or months < limits.young_child_years * 12 or child.not_mobile_because(on, limits):
        return False
    return bool(concern.injuries) and all(
        m.region in limits.everyday_sites
        and m.type in _EVERYDAY_MARKS
        and m.given_by == ExplanationBy.CHILD
        and facts.is_explained(m.explanation, limits)
        and not matcher(limits.patterned_words).found(m.shape)
        for m in concern.injuries
    )


def counts_as_injury(child: Child, concern: Concern, limits: RedFlagThresholds) -> bool:
    """An injury the patterns count: not a witnessed, consistently explained accident, nor an everyday knock."""
    return (
        bool(concern.injuries)
        and not facts.accounted_for(concern, limits)
        and not everyday_knock(child, concern, limits)
    )


def _retelling(child: Child, index: int, limits: RedFlagThresholds) -> bool:
    """The same injury recorded again: an earlier record within `retelling_days` has a mark in the same place."""
    return bool(retold(child.concerns, index, limits))


def recurrence(child: Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    injuries = [
        c
        for i, c in enumerate(child.concerns)
        if counts_as_injury(child, c, limits) and not _retelling(child, i, limits)
    ]
    times = [c.occurred_at for c in injuries]
    window = timedelta(days=limits.recurrence_days)
    for index, concern in enumerate(injuries):
        earlier = injuries[bisect_left(times, concern.occurred_at - window) : index]
        if len(earlier) + 1 < limits.recurrence_injuries:
            continue
        close = sorted(
            {
                region(old.region)
                for e in earlier
                for old in e.injuries
                if any(near(old.region, mark.region) for mark in concern.injuries)
            }
        )
        first = earlier[0] if earlier else concern
        days = (concern.occurred_at - first.occurred_at).days
        reason = (
            f"Repeated injuries: the {ordinal(len(earlier) + 1)} within {limits.recurrence_days} days "
            f"(the first on {day(first.occurred_at)}, {days} days before)"
        )
        reason += f", in the same place as before or next to it ({names(close)})." if close else "."
        flags.append(
            RedFlag(
                FlagCode.RECURRING_INJURY,
                child.pupil_id,
                concern.concern_id,
                concern.occurred_at,
                reason,
                tuple(e.concern_id for e in (*earlier, concern)),
                strong=bool(close),
            )
        )
    return flags


def clusters(child: Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    window = timedelta(days=limits.cluster_days)
    concerns = [c for c in child.concerns if not facts.accounted_for(c, limits)]
    times = [c.occurred_at for c in concerns]
    ids = [c.concern_id for c in concerns]
    start = 0
    for index, when in enumerate(times):
        while when - times[start] > window:
            start += 1
        size = index + 1 - start
        # one flag for a run of concerns: another only once those it was raised at have left the window
        if size >= limits.cluster_concerns and (not flags or flags[-1].entry_ids[-1] not in ids[start:index]):
            flags.append(
                RedFlag(
                    FlagCode.CLUSTER,
                    child.pupil_id,
                    ids[index],
                    when,
                    f"{size} concerns within {limits.cluster_days} days (since {day(times[start])}): "
                    "read them together.",
                    tuple(ids[start : index + 1]),
                )
            )
    return flags


def neglect_signs(state: SchoolState, concern: Concern, limits: RedFlagThresholds) -> list[str]:
    signs = []
    if state.lead.category_of(concern.concern_id, concern.category) in limits.neglect_categories:
        signs.append("recorded as neglect")
    signs += matcher(limits.neglect_words).found(f"{concern.what_happened}\n{concern.childs_words}")
    return signs


def injury_with_neglect(state: SchoolState, child: Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    window = timedelta(days=limits.neglect_window_days)
    signs = {c.concern_id: neglect_signs(state, c, limits) for c in child.concerns}
    hurt = {c.concern_id for c in child.concerns if counts_as_injury(child, c, limits)}
    times = [c.occurred_at for c in child.concerns]
    for index, concern in enumerate(child.concerns):
        is_injury, own_signs = concern.concern_id in hurt, signs[concern.concern_id]
        if not is_injury and not own_signs:
            continue
        before = child.concerns[bisect_left(times, concern.occurred_at - window) : index]
        partners = [c for c in before if (signs[c.concern_id] if is_injury else c.concern_id in hurt)]
        if is_injury and own_signs:
            partners.append(concern)
        if not partners:
            continue
        together = (*partners, concern)
        found = list(dict.fromkeys(s for c in together for s in signs[c.concern_id]))
        injuries = [c for c in together if c.concern_id in hurt]
        flags.append(
            RedFlag(
                FlagCode.INJURY_WITH_NEGLECT,
                child.pupil_id,
                concern.concern_id,
                concern.occurred_at,
                f"An injury and signs of neglect within {limits.neglect_window_days} days "
                f"(neglect: {', '.join(found)}; injury on {names(day(c.occurred_at) for c in injuries)}).",
                tuple(dict.fromkeys(c.concern_id for c in together)),
            )
        )
    return flags


def _of_harm(state: SchoolState, concern: Concern, limits: RedFlagThresholds) -> bool:
    """A concern a household pattern is made of: harm or neglect by its category (as a lead may have corrected it),
    or an injury that is neither a witnessed accident nor a knock on a knee or shin the child explained; not a
    worry of another kind (a sibling's attendance, a friendship, sleep)."""
    if facts.accounted_for(concern, limits):
        return False
    if state.lead.category_of(concern.concern_id, concern.category) in limits.household_categories:
        return True
    return any(
        not (
            m.region in limits.everyday_sites
            and m.given_by == ExplanationBy.CHILD
            and facts.is_explained(m.explanation, limits)
        )
        for m in concern.injuries
    )


def household(
    state: SchoolState, child: Child, others: dict[str, Sequence[Concern]], limits: RedFlagThresholds
) -> list[RedFlag]:
    flags: list[RedFlag] = []
    window = timedelta(days=limits.household_days)
    siblings = sorted((c for concerns in others.values() for c in concerns if _of_harm(state, c, limits)), key=order)
    times = [c.occurred_at for c in siblings]
    if not siblings:
        return flags
    for concern in child.concerns:
        if not _of_harm(state, concern, limits):
            continue
        related = siblings[bisect_left(times, concern.occurred_at - window) : bisect_right(times, concern.occurred_at)]
        children = {c.pupil_id for c in related} | {child.pupil_id}
        if len(children) < limits.household_children:
            continue
        named = []
        for c in related[-_MAX_NAMED:]:
            pupil = state.pupils.get(c.pupil_id)
            named.append(f"{pupil.full_name if pupil else 'a sibling'} ({day(c.occurred_at)})")
        if len(related) > _MAX_NAMED:
            named.insert(0, f"{len(related) - _MAX_NAMED} earlier")
        flags.append(
            RedFlag(
                FlagCode.HOUSEHOLD,
                child.pupil_id,
                concern.concern_id,
                concern.occurred_at,
                f"Concerns about {len(children)} children of the same household within {limits.household_days} "
                f"days: also {names(named)}.",
                tuple(c.concern_id for c in (*related, concern)),
            )
        )
    return flags
