"""Rules over time: recurring injuries, clusters of concerns, injury alongside neglect, and the household."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

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
    flags: list[RedFlag] = []
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
    if any(c in limits.neglect_categories for c in state.lead.categories_of(concern.concern_id, concern.categories)):
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
    if any(c in limits.household_categories for c in state.lead.categories_of(concern.concern_id, concern.categories)):
        return True
    return any(
        not (
            m.region in limits.everyday_sites
            and m.given_by == ExplanationBy.CHILD
            and facts.is_explained(m.explanation, limits)
        )
        for m in concern.injuries
    )


def _named(state: SchoolState, pupil_id: str, *, who: bool = False) -> str:
    """A child of the household by name; with `who`, a member not on roll says who they are and that they are not."""
    pupil = state.pupils.get(pupil_id)
    if pupil is None:
        return "a sibling"
    if who and not pupil.on_roll:
        return f"{pupil.full_name} ({pupil.relationship or 'household member'}, not on roll)"
    return pupil.full_name


def _kind_of(state: SchoolState, concern: Concern, limits: RedFlagThresholds) -> str:
    """What makes a concern one of harm, in words: its category as a lead has it, or else its injury."""
    chosen = state.lead.categories_of(concern.concern_id, concern.categories)
    harm = [c for c in chosen if c in limits.household_categories]
    return f"recorded as {' and '.join(c.replace('-', ' ') for c in harm)}" if harm else "with an injury"


def _last(items: list[str]) -> str:
    """Items in words, the last `_MAX_NAMED` named and the rest counted."""
    shown = names(items[-_MAX_NAMED:])
    return f"{len(items) - _MAX_NAMED} earlier, {shown}" if len(items) > _MAX_NAMED else shown


def _own_flag(state: SchoolState, child: Child, concern: Concern, related: Sequence[Concern], size: int,
              limits: RedFlagThresholds) -> RedFlag:  # fmt: skip
    named = []
    for c in related[-_MAX_NAMED:]:
        pupil = state.pupils.get(c.pupil_id)
        named.append(f"{pupil.full_name if pupil else 'a sibling'} ({day(c.occurred_at)})")
    if len(related) > _MAX_NAMED:
        named.insert(0, f"{len(related) - _MAX_NAMED} earlier")
    return RedFlag(
        FlagCode.HOUSEHOLD,
        child.pupil_id,
        concern.concern_id,
        concern.occurred_at,
        f"Concerns about {size} children of the same household within {limits.household_days} days: also "
        f"{names(named)}.",
        tuple(c.concern_id for c in (*related, concern)),
    )


def _siblings_flag(state: SchoolState, child: Child, concern: Concern, mine: Sequence[Concern],
                   related: Sequence[Concern], size: int, limits: RedFlagThresholds) -> RedFlag:  # fmt: skip
    also = [_named(state, p) for p in dict.fromkeys(c.pupil_id for c in related) if p != concern.pupil_id]
    reason = (
        f"A concern about {_named(state, concern.pupil_id, who=True)} on {day(concern.occurred_at)}, "
        f"{_kind_of(state, concern, limits)}, in the same household and within {limits.household_days} days of "
        f"this child's own ({_last([day(c.occurred_at) for c in mine])}): concerns about {size} children of the "
        "same household" + (f" (also {names(also)})." if also else ".")
    )
    together = sorted((*mine, *related), key=order)
    return RedFlag(
        FlagCode.HOUSEHOLD,
        child.pupil_id,
        concern.concern_id,
        concern.occurred_at,
        reason,
        tuple(c.concern_id for c in together),
    )


def _covered(raised: list[tuple[datetime, frozenset[str]]], since: datetime, children: frozenset[str]) -> bool:
    """Whether a household flag raised since `since` (`raised` is in time order) already covers these children."""
    for when, seen in reversed(raised):
        if when < since:
            return False
        if children <= seen:
            return True
    return False


def household(
    state: SchoolState, child: Child, others: Mapping[str, Sequence[Concern]], limits: RedFlagThresholds
) -> list[RedFlag]:
    """Concerns of harm about `household_children` or more children of the household within `household_days`.

    A flag at each of the child's own concerns that completes the pattern; and at a concern about another child of
    the household (on roll or not) that comes after one of the child's own within the window, so the child's file
    and queue show the pattern when the sibling's concern is recorded, not only at the child's next concern. A
    sibling's concern raises it only when it is news for this child: no household flag of theirs within the
    window already covers the same children (a sibling's second concern a week later is a cross-reference in the
    child's chronology, not another flag)."""
    flags: list[RedFlag] = []
    window = timedelta(days=limits.household_days)
    siblings = sorted((c for concerns in others.values() for c in concerns if _of_harm(state, c, limits)), key=order)
    own = [c for c in child.concerns if _of_harm(state, c, limits)]
    if not siblings or not own:
        return flags
    times, own_times = [c.occurred_at for c in siblings], [c.occurred_at for c in own]
    raised: list[tuple[datetime, frozenset[str]]] = []  # this child's household flags so far: when, which children
    events = sorted([(order(c), 0, i) for i, c in enumerate(own)] + [(order(c), 1, i) for i, c in enumerate(siblings)])
    for _, sibling, index in events:
        concern = siblings[index] if sibling else own[index]
        start = bisect_left(times, concern.occurred_at - window)
        related = siblings[start : index + 1] if sibling else siblings[start : bisect_right(times, concern.occurred_at)]
        children = frozenset({c.pupil_id for c in related} | {child.pupil_id})
        if len(children) < limits.household_children:
            continue
        if not sibling:
            flags.append(_own_flag(state, child, concern, related, len(children), limits))
            raised.append((concern.occurred_at, children))
            continue
        # the child's own concerns strictly before it (one at the same moment has its own flag already)
        mine = own[bisect_left(own_times, concern.occurred_at - window) : bisect_left(own_times, concern.occurred_at)]
        if not mine or _covered(raised, concern.occurred_at - window, children):
            continue
        flags.append(_siblings_flag(state, child, concern, mine, related, len(children), limits))
        raised.append((concern.occurred_at, children))
    return flags
