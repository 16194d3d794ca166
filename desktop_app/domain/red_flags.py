"""Red flags: patterns in a child's records that practice says a lead must look at, each with its reason and entries.

Pure functions over the folded state. Every threshold is in `RedFlagThresholds`, which a school can tune (it is
kept inside the lead's settings, see domain/triage.py). Ages are taken from the date of birth on the day of the
event, and windows are measured between when things happened, not when they were written down.
"""

from __future__ import annotations

import enum
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.domain import bodymap
from desktop_app.domain.households import linked_with
from desktop_app.domain.records import Concern, MarkType, Pupil, SchoolState

_MAX_NAMED = 5  # siblings' concerns named in a household flag's reason; the rest are counted
TORSO = frozenset({"chest", "abdomen", "upper-back", "lower-back", "buttocks", "genitals"})
EARS = frozenset({"ear-left", "ear-right"})
NECK = frozenset({"neck"})
# FACESp: frenulum, angle of the jaw, cheek, eyelid, subconjunctival (the eye regions hold eyelid and eye).
FACES = frozenset({"frenulum", "jaw-left", "jaw-right", "cheek-left", "cheek-right", "eye-left", "eye-right"})


class FlagCode(enum.StrEnum):
    RECURRING_INJURY = "recurring-injury"
    TEN4_FACESP = "ten-4-facesp"
    PATTERNED = "patterned-mark"
    NOT_MOBILE_BRUISE = "bruise-not-mobile"
    NO_EXPLANATION = "no-explanation"
    CHANGING_EXPLANATION = "changing-explanation"
    ADULT_EXPLANATION = "adult-explanation"
    CLUSTER = "cluster"
    INJURY_WITH_NEGLECT = "injury-with-neglect"
    HOUSEHOLD = "household"


@dataclass(frozen=True, slots=True)
class RedFlagThresholds:
    """Every number and word list the rules use; the defaults follow the practice in SAFEGUARDING.md."""

    recurrence_days: int = 90
    young_child_years: int = 4
    baby_months: int = 6
    cluster_concerns: int = 3
    cluster_days: int = 30
    neglect_window_days: int = 30
    household_children: int = 2
    household_days: int = 90
    neglect_categories: tuple[str, ...] = ("neglect",)
    neglect_words: tuple[str, ...] = (
        "hunger",
        "hungry",
        "starving",
        "food",
        "weight",
        "thin",
        "hygiene",
        "smell",
        "smelly",
        "smelled",
        "unwashed",
        "dirty",
        "late",
        "lateness",
        "absent",
        "absence",
    )
    patterned_words: tuple[str, ...] = (
        "pattern",
        "patterned",
        "imprint",
        "finger",
        "fingertip",
        "grip",
        "hand-shaped",
        "handprint",
        "loop",
        "linear",
        "belt",
        "buckle",
        "slap",
    )
    changed_story_words: tuple[str, ...] = ("now says", "changed", "different", "explanation", "another version")

    def to_payload(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> RedFlagThresholds:
        """Known keys of the right type are taken; anything else keeps its default (an older or newer app)."""
        base = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            default = getattr(base, f.name)
            if isinstance(default, tuple) and isinstance(value, list) and all(isinstance(w, str) for w in value):
                values[f.name] = tuple(value)
            elif isinstance(default, int) and isinstance(value, int) and not isinstance(value, bool) and value > 0:
                values[f.name] = value
        return cls(**values)


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One flag: shown at `at_entry` (the entry that completes the pattern), with the entries behind it."""

    code: str
    pupil_id: str
    at_entry: str
    occurred_at: datetime
    reason: str
    entry_ids: tuple[str, ...]
    strong: bool = False

    def involves(self, entry_id: str) -> bool:
        return entry_id == self.at_entry or entry_id in self.entry_ids

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "at_entry": self.at_entry,
            "occurred_at": self.occurred_at.isoformat(),
            "reason": self.reason,
            "entry_ids": list(self.entry_ids),
            "strong": self.strong,
        }


# --- ages ------------------------------------------------------------------------------------------------------


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no such month: {year}-{month}")


def age_in_months(born: date, on: date) -> int:
    """Whole months of age on a day (0 on the day of birth)."""
    months = (on.year - born.year) * 12 + on.month - born.month
    if _add_months(born, months) > on:
        months -= 1
    return max(months, 0)


def age_words(born: date, on: date) -> str:
    months = age_in_months(born, on)
    years, rest = divmod(months, 12)
    if years == 0:
        return f"{rest} month{'s' if rest != 1 else ''}"
    if rest == 0:
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{years} year{'s' if years != 1 else ''} {rest} month{'s' if rest != 1 else ''}"


# --- words -----------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w.casefold()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)")


def words_found(text: str, words: tuple[str, ...]) -> list[str]:
    """The listed words or phrases that occur in `text` as whole words, in the order first found, once each."""
    pattern = _words_pattern(words)
    if pattern is None or not text:
        return []
    return list(dict.fromkeys(pattern.findall(text.casefold())))


def _region(code: str) -> str:
    try:
        return bodymap.region_name(code)
    except ValueError:
        return code.replace("-", " ")


def _near(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return b in bodymap.neighbours(a)
    except ValueError:
        return False


@functools.lru_cache(maxsize=4096)
def _date_words(day: date) -> str:
    return day.strftime("%d %b %Y").lstrip("0")


def _day(moment: datetime) -> str:
    return _date_words(moment.date())


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _names(items: Iterable[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- the rules -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Child:
    """What the rules read about one child: their concerns oldest first, and the facts that change a rule."""

    pupil: Pupil | None
    pupil_id: str
    concerns: tuple[Concern, ...]
    not_mobile: bool


def _order(concern: Concern) -> tuple[datetime, datetime, str]:
    return (concern.occurred_at, concern.recorded_at, concern.concern_id)


def _neglect_signs(state: SchoolState, concern: Concern, limits: RedFlagThresholds) -> list[str]:
    signs = []
    if state.lead.category_of(concern.concern_id, concern.category) in limits.neglect_categories:
        signs.append("recorded as neglect")
    signs += words_found(f"{concern.what_happened}\n{concern.childs_words}", limits.neglect_words)
    return signs


def _recurrence(child: _Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    injuries = [c for c in child.concerns if c.injuries]
    times = [c.occurred_at for c in injuries]
    window = timedelta(days=limits.recurrence_days)
    for index, concern in enumerate(injuries):
        earlier = injuries[bisect_left(times, concern.occurred_at - window) : index]
        if not earlier:
            continue
        near = sorted(
            {
                _region(old.region)
                for e in earlier
                for old in e.injuries
                if any(_near(old.region, mark.region) for mark in concern.injuries)
            }
        )
        first = earlier[0]
        days = (concern.occurred_at - first.occurred_at).days
        reason = (
            f"{_ordinal(len(earlier) + 1)} injury within {limits.recurrence_days} days "
            f"(the first on {_day(first.occurred_at)}, {days} days before)"
        )
        if near:
            reason += f"; in the same or a neighbouring region as earlier injuries ({_names(near)})"
        flags.append(
            RedFlag(
                FlagCode.RECURRING_INJURY,
                child.pupil_id,
                concern.concern_id,
                concern.occurred_at,
                reason,
                tuple(e.concern_id for e in (*earlier, concern)),
                strong=bool(near),
            )
        )
    return flags


def _bruise_sites(child: _Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    born = child.pupil.date_of_birth if child.pupil else None
    for concern in child.concerns:
        if not concern.injuries:
            continue
        bruises = [m for m in concern.injuries if m.type == MarkType.BRUISE]
        on = concern.occurred_at.date()
        months = age_in_months(born, on) if born and bruises else None
        if bruises and months is not None and months < limits.young_child_years * 12:
            sites = [m.region for m in bruises if m.region in TORSO | EARS | NECK | FACES]
            if sites:
                flags.append(
                    RedFlag(
                        FlagCode.TEN4_FACESP,
                        child.pupil_id,
                        concern.concern_id,
                        concern.occurred_at,
                        f"Bruising on {_names(_region(s) for s in sites)} in a child aged {age_words(born, on)} "
                        f"(under {limits.young_child_years}): a TEN-4-FACESp site",
                        (concern.concern_id,),
                        strong=True,
                    )
                )
        if bruises and ((months is not None and months < limits.baby_months) or child.not_mobile):
            who = (
                f"a baby aged {age_words(born, on)} (under {limits.baby_months} months)"
                if months is not None and months < limits.baby_months
                else "a child recorded as not independently mobile"
            )
            flags.append(
                RedFlag(
                    FlagCode.NOT_MOBILE_BRUISE,
                    child.pupil_id,
                    concern.concern_id,
                    concern.occurred_at,
                    f"Bruise in {who}: any bruise is a referral to children's social care whatever the explanation",
                    (concern.concern_id,),
                    strong=True,
                )
            )
        patterned = [m for m in concern.injuries if words_found(m.shape, limits.patterned_words)]
        if patterned:
            flags.append(
                RedFlag(
                    FlagCode.PATTERNED,
                    child.pupil_id,
                    concern.concern_id,
                    concern.occurred_at,
                    "Patterned mark: "
                    + "; ".join(f"{m.type} on {_region(m.region)} ({_quote(m.shape, 40)})" for m in patterned),
                    (concern.concern_id,),
                    strong=True,
                )
            )
    return flags


def _explanations(state: SchoolState, child: _Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    for concern in child.concerns:
        if not concern.injuries:
            continue
        given = [m.explanation.strip() for m in concern.injuries if m.explanation.strip()]
        childs = concern.childs_words.strip()
        base = (child.pupil_id, concern.concern_id, concern.occurred_at)
        if not given and not childs:
            flags.append(
                RedFlag(
                    FlagCode.NO_EXPLANATION,
                    *base,
                    "Injury with no explanation recorded (none for the marks, nothing in the child's words)",
                    (concern.concern_id,),
                )
            )
        elif given and not childs:
            flags.append(
                RedFlag(
                    FlagCode.ADULT_EXPLANATION,
                    *base,
                    f"Explanation recorded ({_quote(given[0])}) with nothing in the child's own words: "
                    "was it given by an adult rather than the child?",
                    (concern.concern_id,),
                )
            )
        distinct = list(dict.fromkeys(" ".join(g.casefold().split()) for g in given))
        notes = [
            note
            for note in state.addenda.get(concern.concern_id, ())
            if words_found(note.text, limits.changed_story_words)
        ]
        if len(distinct) > 1 or notes:
            stories = [_quote(g) for g in dict.fromkeys(given)] + [
                f"{_quote(n.text)} (added {_day(n.recorded_at)})" for n in notes
            ]
            flags.append(
                RedFlag(
                    FlagCode.CHANGING_EXPLANATION,
                    *base,
                    "The explanation changes: " + ", then ".join(stories),
                    (concern.concern_id, *(n.addendum_id for n in notes)),
                )
            )
    return flags


def _clusters(child: _Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    window = timedelta(days=limits.cluster_days)
    concerns = child.concerns
    times = [c.occurred_at for c in concerns]
    ids = [c.concern_id for c in concerns]
    start = 0
    for index, when in enumerate(times):
        while when - times[start] > window:
            start += 1
        size = index + 1 - start
        if size >= limits.cluster_concerns:
            flags.append(
                RedFlag(
                    FlagCode.CLUSTER,
                    child.pupil_id,
                    ids[index],
                    when,
                    f"{size} concerns within {limits.cluster_days} days (since {_day(times[start])})",
                    tuple(ids[start : index + 1]),
                )
            )
    return flags


def _injury_with_neglect(state: SchoolState, child: _Child, limits: RedFlagThresholds) -> list[RedFlag]:
    flags = []
    window = timedelta(days=limits.neglect_window_days)
    signs = {c.concern_id: _neglect_signs(state, c, limits) for c in child.concerns}
    times = [c.occurred_at for c in child.concerns]
    for index, concern in enumerate(child.concerns):
        is_injury, own_signs = bool(concern.injuries), signs[concern.concern_id]
        if not is_injury and not own_signs:
            continue
        before = child.concerns[bisect_left(times, concern.occurred_at - window) : index]
        partners = [c for c in before if (signs[c.concern_id] if is_injury else c.injuries)]
        if is_injury and own_signs:
            partners.append(concern)
        if not partners:
            continue
        found = list(dict.fromkeys(s for c in (*partners, concern) for s in signs[c.concern_id]))
        injuries = [c for c in (*partners, concern) if c.injuries]
        flags.append(
            RedFlag(
                FlagCode.INJURY_WITH_NEGLECT,
                child.pupil_id,
                concern.concern_id,
                concern.occurred_at,
                f"Injury alongside signs of neglect within {limits.neglect_window_days} days "
                f"({', '.join(found)}; injury on {_names(_day(c.occurred_at) for c in injuries)})",
                tuple(dict.fromkeys(c.concern_id for c in (*partners, concern))),
            )
        )
    return flags


def _household(
    state: SchoolState, child: _Child, others: dict[str, Sequence[Concern]], limits: RedFlagThresholds
) -> list[RedFlag]:
    flags: list[RedFlag] = []
    window = timedelta(days=limits.household_days)
    siblings = sorted((c for concerns in others.values() for c in concerns), key=_order)
    times = [c.occurred_at for c in siblings]
    if not siblings:
        return flags
    for concern in child.concerns:
        related = siblings[bisect_left(times, concern.occurred_at - window) : bisect_right(times, concern.occurred_at)]
        children = {c.pupil_id for c in related} | {child.pupil_id}
        if len(children) < limits.household_children:
            continue
        names = []
        for c in related[-_MAX_NAMED:]:
            pupil = state.pupils.get(c.pupil_id)
            names.append(f"{pupil.full_name if pupil else 'a sibling'} ({_day(c.occurred_at)})")
        if len(related) > _MAX_NAMED:
            names.insert(0, f"{len(related) - _MAX_NAMED} earlier")
        flags.append(
            RedFlag(
                FlagCode.HOUSEHOLD,
                child.pupil_id,
                concern.concern_id,
                concern.occurred_at,
                f"Concerns about {len(children)} children of the same household within {limits.household_days} "
                f"days: also {_names(names)}",
                tuple(c.concern_id for c in (*related, concern)),
            )
        )
    return flags


def _by_pupil(state: SchoolState) -> dict[str, list[Concern]]:
    found: dict[str, list[Concern]] = {}
    for concern in state.concerns.values():
        found.setdefault(concern.pupil_id, []).append(concern)
    for concerns in found.values():
        concerns.sort(key=_order)
    return found


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
        by_pupil = {p: sorted(concerns, key=_order) for p in needed if (concerns := state.concerns_for(p))}
    wanted = list(by_pupil) if pupil_ids is None else [p for p in pupil_ids if p in by_pupil]
    result: dict[str, list[RedFlag]] = {}
    for pupil_id in wanted:
        mobility = state.lead.mobility_of(pupil_id)
        child = _Child(
            state.pupils.get(pupil_id),
            pupil_id,
            tuple(by_pupil[pupil_id]),
            mobility is not None and not mobility.independently_mobile,
        )
        others = {p: by_pupil.get(p, ()) for p in members.get(pupil_id, ()) if p != pupil_id}
        flags = [
            *_recurrence(child, limits),
            *_bruise_sites(child, limits),
            *_explanations(state, child, limits),
            *_clusters(child, limits),
            *_injury_with_neglect(state, child, limits),
            *_household(state, child, others, limits),
        ]
        flags.sort(key=lambda f: (f.occurred_at, f.at_entry, f.code))
        result[pupil_id] = flags
    return result


def flags_at(flags: Iterable[RedFlag]) -> dict[str, list[RedFlag]]:
    """Flags grouped by the entry they show at."""
    grouped: dict[str, list[RedFlag]] = {}
    for flag in flags:
        grouped.setdefault(flag.at_entry, []).append(flag)
    return grouped
