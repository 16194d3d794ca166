"""The school-day calendar: school days skip weekends and the days the school is closed; working days only weekends."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, timedelta, tzinfo


def is_school_day(day: date, closed: Collection[date] = ()) -> bool:
    """Monday to Friday, except the days the school is closed (holidays, training days)."""
    return day.weekday() < 5 and day not in closed


def add_school_days(moment: datetime, days: int, closed: Collection[date] = (), tz: tzinfo | None = None) -> datetime:
    """The same time of day `days` school days later, in the school's time zone (`tz`; default this PC's).

    Friday 10:00 plus one school day is Monday 10:00; Saturday 10:00 plus one is also Monday 10:00.
    """
    local = moment.astimezone(tz)
    day, counted = local.date(), 0
    while counted < days:
        day += timedelta(days=1)
        if is_school_day(day, closed):
            counted += 1
    return datetime.combine(day, local.timetz()).astimezone(UTC)


def add_working_days(moment: datetime, days: int, tz: tzinfo | None = None) -> datetime:
    """Working days for other agencies: weekends skipped, school holidays not (the local authority works on)."""
    return add_school_days(moment, days, (), tz)
