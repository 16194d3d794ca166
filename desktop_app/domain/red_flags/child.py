"""One child as the rules see them (concerns in order, age, mobility), and the plain words reasons are written in."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain import bodymap
from desktop_app.domain.records import Concern, Pupil
from desktop_app.domain.red_flags.thresholds import RedFlagThresholds


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


@dataclass(frozen=True, slots=True)
class Child:
    """What the rules read about one child: their concerns oldest first, and what a lead recorded about mobility
    (`mobile`: True or False as recorded, None when nothing is recorded)."""

    pupil: Pupil | None
    pupil_id: str
    concerns: tuple[Concern, ...]
    mobile: bool | None

    def months_on(self, day: date) -> int | None:
        born = self.pupil.date_of_birth if self.pupil else None
        return age_in_months(born, day) if born else None

    def age_on(self, day: date) -> str:
        born = self.pupil.date_of_birth if self.pupil else None
        return age_words(born, day) if born else "of unknown age"

    def not_mobile_because(self, day: date, limits: RedFlagThresholds) -> str:
        """Why the child counts as not independently mobile on a day, or "" when they do not: a lead's record
        stands; without one a baby under `baby_months` is presumed not mobile (NICE CG89)."""
        if self.mobile is not None:
            return "" if self.mobile else "a lead has recorded that they are not independently mobile"
        months = self.months_on(day)
        if months is not None and months < limits.baby_months:
            return f"a baby under {limits.baby_months} months is presumed not independently mobile"
        return ""


def order(concern: Concern) -> tuple[datetime, datetime, str]:
    return (concern.occurred_at, concern.recorded_at, concern.concern_id)


def region(code: str) -> str:
    try:
        return bodymap.region_name(code)
    except ValueError:
        return code.replace("-", " ")


def at(code: str) -> str:
    """Where a mark is, as a phrase: "on the left cheek", "behind the left ear"."""
    name = region(code)
    return name if name.startswith("behind ") else f"on the {name}"


def near(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return b in bodymap.neighbours(a)
    except ValueError:
        return False


@functools.lru_cache(maxsize=4096)
def _date_words(day: date) -> str:
    return day.strftime("%d %b %Y").lstrip("0")


def day(moment: datetime) -> str:
    return _date_words(moment.date())


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def names(items: Iterable[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


GIVER_WORDS = {"child": "the child", "parent": "a parent", "carer": "a carer", "other-adult": "another adult"}
