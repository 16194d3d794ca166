"""Rules about one injury: sentinel injuries by what they are, TEN-4-FACESp, patterned marks, and explanations."""

from __future__ import annotations

from bisect import bisect_left
from datetime import timedelta

from desktop_app.domain.records import ADULT_EXPLAINERS, Concern, ExplanationBy, InjuryMark, MarkType, SchoolState
from desktop_app.domain.red_flags import facts
from desktop_app.domain.red_flags.child import GIVER_WORDS, Child, at, day, names, quote, region
from desktop_app.domain.red_flags.thresholds import FlagCode, RedFlag, RedFlagThresholds
from desktop_app.domain.red_flags.words import matcher

_NOT_PATTERNED = frozenset({MarkType.SCRATCH, MarkType.CUT, MarkType.BURN})


def _mark_words(mark: InjuryMark) -> str:
    return f"{mark.type} {at(mark.region)}"


def _texts(mark: InjuryMark, concern: Concern) -> tuple[str, ...]:
    return (mark.shape, mark.colour, mark.explanation, concern.what_happened, concern.opinion)


def sentinel_kinds(concern: Concern, limits: RedFlagThresholds) -> list[str]:
    """What makes this concern's injury sentinel whatever the mark was called, in words, once each."""
    found: dict[str, None] = {}
    whole = (concern.what_happened, concern.opinion, concern.action_taken)
    for mark in concern.injuries:
        if mark.region == "frenulum" or matcher(limits.frenulum_words).any_in(mark.shape, mark.explanation):
            found.setdefault(f"a torn or injured frenulum ({mark.type} on the frenulum, inside the lip)")
        is_burn = mark.type == MarkType.BURN or matcher(limits.burn_words).any_in(mark.shape, mark.colour)
        if is_burn and matcher(limits.clear_edge_words).any_in(*_texts(mark, concern)):
            found.setdefault(f"a burn or scald with clear edges {at(mark.region)}")
        if mark.type == MarkType.BITE or matcher(limits.bite_words).any_in(mark.shape):
            found.setdefault(f"a bite mark {at(mark.region)}")
        if matcher(limits.fracture_words).any_in(mark.shape, mark.explanation):
            found.setdefault(f"a suspected fracture ({_mark_words(mark)})")
    if concern.injuries:
        if matcher(limits.frenulum_words).any_in(*whole):
            found.setdefault("a torn or injured frenulum (in the account)")
        if matcher(limits.fracture_words).any_in(*whole):
            found.setdefault("a suspected fracture (in the account)")
    return list(found)


def _flag(
    code: str,
    child: Child,
    concern: Concern,
    reason: str,
    strong: bool = False,
    before: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
) -> RedFlag:
    """A flag at this concern; its entries in the order they happened (earlier tellings, it, notes added later)."""
    entries = tuple(dict.fromkeys((*before, concern.concern_id, *after)))
    return RedFlag(code, child.pupil_id, concern.concern_id, concern.occurred_at, reason, entries, strong)


def injury_flags(child: Child, concern: Concern, limits: RedFlagThresholds) -> list[RedFlag]:
    """The sentinel, not-mobile, TEN-4-FACESp and patterned-mark flags of one concern's marks."""
    flags: list[RedFlag] = []
    on = concern.occurred_at.date()
    age = child.age_on(on)
    kinds = sentinel_kinds(concern, limits)
    if kinds:
        flags.append(
            _flag(
                FlagCode.SENTINEL_INJURY, child, concern,
                f"Sentinel injury: {names(kinds)}, in a child aged {age}. Injuries like this are rarely accidental; "
                "consider a referral to children's social care today.",
                strong=True,
            )
        )  # fmt: skip
    why = child.not_mobile_because(on, limits)
    if why:
        marks = names(_mark_words(m) for m in concern.injuries)
        flags.append(
            _flag(
                FlagCode.NOT_MOBILE_INJURY, child, concern,
                f"Injury in a child who is not independently mobile ({why}): {marks}, aged {age}. Any injury "
                "in a child who is not mobile is a referral to children's social care, whatever the explanation.",
                strong=True,
            )
        )  # fmt: skip
    flags += _ten4_facesp(child, concern, limits, age)
    flags += _patterned(child, concern, limits)
    return flags


def _ten4_facesp(child: Child, concern: Concern, limits: RedFlagThresholds, age: str) -> list[RedFlag]:
    """TEN-4-FACESp: any bruise on a baby, or a bruise at one of its sites on a young child."""
    flags: list[RedFlag] = []
    on = concern.occurred_at.date()
    months = child.months_on(on)
    bruises = [m for m in concern.injuries if facts.is_bruise(m, limits)]
    if bruises and months is not None and months <= limits.any_bruise_months:
        flags.append(
            _flag(
                FlagCode.TEN4_FACESP, child, concern,
                f"Bruising on a baby aged {age} ({names(region(m.region) for m in bruises)}): under TEN-4-FACESp any "
                f"bruise at {limits.any_bruise_months} months or younger needs a referral.",
                strong=True,
            )
        )  # fmt: skip
    elif bruises and months is not None and months < limits.young_child_years * 12:
        sites = [m.region for m in bruises if m.region in facts.TEN4_SITES]
        if sites:
            flags.append(
                _flag(
                    FlagCode.TEN4_FACESP, child, concern,
                    f"Bruising {names(at(s) for s in sites)} of a child aged {age}: a TEN-4-FACESp site "
                    f"(torso, ears, neck, frenulum, angle of the jaw, cheek, eyelid) in a child under "
                    f"{limits.young_child_years}. Bruising there is rarely accidental.",
                    strong=True,
                )
            )  # fmt: skip
    return flags


def _patterned(child: Child, concern: Concern, limits: RedFlagThresholds) -> list[RedFlag]:
    """A mark that shows the shape of what made it."""
    flags: list[RedFlag] = []
    # A scratch or cut "in a line" is not a pattern; a burn's shape is judged by the sentinel rule.
    patterned = [
        m for m in concern.injuries if m.type not in _NOT_PATTERNED and matcher(limits.patterned_words).found(m.shape)
    ]
    if patterned:
        described = "; ".join(f"{_mark_words(m)} described as {quote(m.shape, 40)}" for m in patterned)
        flags.append(
            _flag(
                FlagCode.PATTERNED, child, concern,
                f"Patterned mark: {described}. A mark that shows the shape of what made it (fingers, a hand, a belt, "
                "a loop) suggests it was inflicted.",
                strong=True,
            )
        )  # fmt: skip
    return flags


def _tellings(concern: Concern, limits: RedFlagThresholds) -> list[tuple[str, str, str]]:
    """(who, what, where) for each explanation this concern records: each mark's, and the child's own words."""
    told = [
        (m.given_by, m.explanation, m.region) for m in concern.injuries if facts.is_explained(m.explanation, limits)
    ]
    if facts.is_explained(concern.childs_words, limits):
        told.append((ExplanationBy.CHILD, concern.childs_words, ""))
    return told


def explanation_flags(
    state: SchoolState, child: Child, concern: Concern, earlier: list[Concern], limits: RedFlagThresholds
) -> list[RedFlag]:
    """No explanation, an explanation from an adult only, and an explanation that changes: within this record,
    from the record told before about a mark in the same place, and in addenda saying it changed."""
    flags: list[RedFlag] = []
    if facts.accounted_for(concern, limits):
        return flags
    tellings = _tellings(concern, limits)
    from_child = [t for t in tellings if t[0] == ExplanationBy.CHILD]
    from_adults = [t for t in tellings if t[0] in ADULT_EXPLAINERS]
    unexplained = [m for m in concern.injuries if not facts.mark_explained(m, limits)]
    if not tellings:
        said = [quote(m.explanation, 30) for m in concern.injuries if m.explanation.strip()]
        told = f" (recorded: {', '.join(dict.fromkeys(said))})" if said else ""
        flags.append(
            _flag(
                FlagCode.NO_EXPLANATION, child, concern,
                f"No explanation for the injury ({names(_mark_words(m) for m in unexplained)}){told}. "
                "“Don't know”, “can't remember”, silence or a shrug is no explanation.",
            )
        )  # fmt: skip
    elif from_adults and not from_child:
        who, what, where = from_adults[0]
        flags.append(
            _flag(
                FlagCode.ADULT_EXPLANATION, child, concern,
                f"Only an adult explained the injury: {GIVER_WORDS.get(who, 'an adult')} said {quote(what)}"
                f"{f' about the mark {at(where)}' if where else ''}; the child gave no explanation of "
                "their own.",
            )
        )  # fmt: skip
    flags += _changing_explanation(state, child, concern, earlier, from_child, from_adults, limits)
    return flags


def _changing_explanation(
    state: SchoolState,
    child: Child,
    concern: Concern,
    earlier: list[Concern],
    from_child: list[tuple[str, str, str]],
    from_adults: list[tuple[str, str, str]],
    limits: RedFlagThresholds,
) -> list[RedFlag]:
    """An explanation that changes: the child's against an adult's, against the record told before about a mark in
    the same place, and in addenda saying it changed."""
    flags: list[RedFlag] = []
    changes: list[str] = []
    behind: list[str] = []
    for who, what, _where in from_adults:
        for _, childs, _ in from_child:
            if not facts.agree(what, childs, limits):
                adult = GIVER_WORDS.get(who, "an adult")
                changes.append(f"the child said {quote(childs)} but {adult} said {quote(what)}")
                break
    for old in earlier:
        for was in old.injuries:
            for now in concern.injuries:
                if was.region == now.region and not facts.agree(was.explanation, now.explanation, limits):
                    changes.append(
                        f"on {day(old.occurred_at)} the mark {at(now.region)} was explained as "
                        f"{quote(was.explanation, 40)} ({GIVER_WORDS.get(was.given_by, 'someone')}), now as "
                        f"{quote(now.explanation, 40)} ({GIVER_WORDS.get(now.given_by, 'someone')})"
                    )
                    behind.append(old.concern_id)
    notes = [n for n in state.addenda.get(concern.concern_id, ()) if matcher(limits.changed_story_words).found(n.text)]
    changes += [f"a note added on {day(n.recorded_at)} says {quote(n.text)}" for n in notes]
    if changes:
        flags.append(
            _flag(
                FlagCode.CHANGING_EXPLANATION, child, concern,
                f"The explanation changes: {'; '.join(dict.fromkeys(changes))}.",
                before=tuple(behind),
                after=tuple(n.addendum_id for n in notes),
            )
        )  # fmt: skip
    return flags


def retold(concerns: tuple[Concern, ...], index: int, limits: RedFlagThresholds) -> list[Concern]:
    """Earlier records, within `retelling_days`, of marks in the same places as this one's (a second telling)."""
    concern = concerns[index]
    if not concern.injuries:
        return []
    times = [c.occurred_at for c in concerns]
    start = bisect_left(times, concern.occurred_at - timedelta(days=limits.retelling_days))
    places = {m.region for m in concern.injuries}
    return [c for c in concerns[start:index] if any(m.region in places for m in c.injuries)]
