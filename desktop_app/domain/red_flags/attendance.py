"""Rules over attendance: absence after injuries (a child kept at home until marks fade) and before weekends."""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, datetime, time, timedelta

from desktop_app.domain.attendance.summary import ChildAttendance
from desktop_app.domain.red_flags.child import Child, day
from desktop_app.domain.red_flags.patterns import counts_as_injury
from desktop_app.domain.red_flags.thresholds import FlagCode, RedFlag, RedFlagThresholds

_MAX_LISTED = 6  # absences or days named in a reason; the rest are counted
_FRIDAY, _MONDAY = 4, 0


def absence_after_injuries(child: Child, attendance: ChildAttendance, limits: RedFlagThresholds) -> list[RedFlag]:
    """A flag at each injury that makes `absence_after_injuries` injuries within `absence_after_window_days`, each
    followed by an absence in the `absence_after_days` school days after it. Reasons name every injury's date and
    the sessions missed after it, with their codes."""
    followed = []
    for concern in child.concerns:
        if not counts_as_injury(child, concern, limits):
            continue
        around = attendance.around(concern.occurred_at.date(), limits.absence_after_days)
        if around.absent_after:
            followed.append((concern, around))
    flags = []
    times = [c.occurred_at for c, _ in followed]
    window = timedelta(days=limits.absence_after_window_days)
    for index, (concern, _) in enumerate(followed):
        run = followed[bisect_left(times, concern.occurred_at - window) : index + 1]
        if len(run) < limits.absence_after_injuries:
            continue
        told = []
        for injury, around in run:
            missed = around.after
            listed = ", ".join(a.words for a in missed[:_MAX_LISTED])
            more = f" and {len(missed) - _MAX_LISTED} more" if len(missed) > _MAX_LISTED else ""
            told.append(f"after the injury on {day(injury.occurred_at)}: {listed}{more}")
        reason = (
            f"Absent after injuries {len(run)} times within {limits.absence_after_window_days} days (each within "
            f"{limits.absence_after_days} school days): " + "; ".join(told) + ". A child kept at home until marks "
            "fade is a known pattern: read the marks and the absences together."
        )
        entries = [c.concern_id for c, _ in run] + [a.entry_id for _, around in run for a in around.after]
        flags.append(
            RedFlag(FlagCode.ABSENCE_AFTER_INJURY, child.pupil_id, concern.concern_id, concern.occurred_at, reason,
                    tuple(dict.fromkeys(e for e in entries if e)))
        )  # fmt: skip
    return flags


def absence_before_weekends(child: Child, attendance: ChildAttendance, limits: RedFlagThresholds) -> list[RedFlag]:
    """One flag when at least `weekend_absence_days` days missed (a session or more) are Fridays or Mondays, and
    they are at least `weekend_absence_percent`% of the days missed (Fridays and Mondays are 40% of school days).
    It is shown at the import holding the latest of those days, naming them."""
    missed_days = sorted({a.day for a in attendance.absences()})
    edge = [d for d in missed_days if d.weekday() in (_FRIDAY, _MONDAY)]
    if len(edge) < limits.weekend_absence_days or 100 * len(edge) < limits.weekend_absence_percent * len(missed_days):
        return []
    latest = edge[-1]
    shown = ", ".join(f"{d:%a} {d.day} {d:%b}" for d in edge[-_MAX_LISTED:])
    earlier = f"{len(edge) - _MAX_LISTED} earlier and " if len(edge) > _MAX_LISTED else ""
    reason = (
        f"Absent around weekends: {len(edge)} of the {len(missed_days)} days missed were a Friday or a Monday "
        f"({earlier}{shown}). Absence that stretches weekends can hide what happens at home."
    )
    at_entry = attendance.absences([latest])[0].entry_id  # the import that holds the latest such absence
    entries = {a.entry_id for a in attendance.absences(edge)}
    return [
        RedFlag(FlagCode.ABSENCE_AROUND_WEEKENDS, child.pupil_id, at_entry,
                datetime.combine(latest, time(12), tzinfo=UTC), reason, tuple(sorted(entries)))
    ]  # fmt: skip
