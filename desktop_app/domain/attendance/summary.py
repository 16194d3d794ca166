"""A child's attendance folded from every import: the marks that stand, the figures, and absence around a day."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.attendance.codes import Counts, code_words, counts_as
from desktop_app.domain.lead.file_records import AttendanceMarks
from desktop_app.domain.lead.lead_records import LeadRecords

PERSISTENT_BELOW = 90.0  # persistent absence: attending fewer than 90% of possible sessions (DfE)
PERSISTENT_MIN_SESSIONS = 10  # below a week of possible sessions, a percentage says nothing yet
SESSION_WORDS = ("AM", "PM")


@dataclass(frozen=True, slots=True)
class Absence:
    """One session missed: the day, the session (0 AM, 1 PM), its code and the entry that holds it."""

    day: date
    session: int
    code: str
    entry_id: str

    @property
    def words(self) -> str:
        return f"{self.day:%a} {self.day.day} {self.day:%b} {SESSION_WORDS[self.session]} {self.code}"


@dataclass(frozen=True, slots=True)
class Figures:
    """Sessions possible, attended and missed over the marks held, from `first` to `last`."""

    first: date
    last: date
    possible: int
    attended: int
    authorised: int
    unauthorised: int

    @property
    def percent(self) -> float:
        return 100.0 * self.attended / self.possible if self.possible else 100.0

    @property
    def persistent(self) -> bool:
        """Persistent absence: below 90% of possible sessions, over at least `PERSISTENT_MIN_SESSIONS`."""
        return self.possible >= PERSISTENT_MIN_SESSIONS and self.percent < PERSISTENT_BELOW

    @property
    def words(self) -> str:
        missed = self.authorised + self.unauthorised
        text = (
            f"{self.percent:.1f}% attendance from {_day(self.first)} to {_day(self.last)}: {self.attended} of "
            f"{self.possible} possible sessions; {missed} missed ({self.authorised} authorised, "
            f"{self.unauthorised} unauthorised)"
        )
        return text + (". Persistent absence (below 90%)." if self.persistent else ".")


@dataclass(frozen=True, slots=True)
class Around:
    """Absence in the school days before and after a day (an injury): each side's school days and what was missed
    on them. A side with no school days held (the marks do not reach it) says nothing."""

    day: date
    before_days: tuple[date, ...]
    before: tuple[Absence, ...]
    after_days: tuple[date, ...]
    after: tuple[Absence, ...]

    @property
    def absent_after(self) -> bool:
        return bool(self.after)

    @property
    def words(self) -> str:
        """`Attendance: absent 2 sessions in the 3 school days before (Thu 2 Oct PM I, Fri 3 Oct AM N); absent
        the school day after (Mon 6 Oct AM I, Mon 6 Oct PM I).` or "" when the marks cover neither side."""
        parts = [p for p in (_side(self.before_days, self.before, "before"), _side(self.after_days, self.after,
                                                                                    "after")) if p]  # fmt: skip
        return "Attendance: " + "; ".join(parts) + "." if parts else ""


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _side(days: tuple[date, ...], missed: tuple[Absence, ...], side: str) -> str:
    if not days:
        return ""
    span = "the school day" if len(days) == 1 else f"the {len(days)} school days"
    if not missed:
        return f"present every session in {span} {side}"
    listed = ", ".join(a.words for a in missed)
    if len(missed) == 2 * len(days):
        return f"absent all of {span} {side} ({listed})"
    if side == "after" and {a.day for a in missed} == {days[0]} and len(missed) == 2:
        return f"absent the school day after ({listed})"
    noun = "session" if len(missed) == 1 else "sessions"
    return f"absent {len(missed)} {noun} in {span} {side} ({listed})"


class ChildAttendance:
    """The marks that stand for one child (a later import's mark for a session replaces an earlier one), in day
    order. Private state: `_days` (sorted), `_marks` (day -> [AM, PM] codes) and `_from` (day -> [entry ids])."""

    def __init__(self, imports: list[AttendanceMarks]) -> None:
        marks: dict[date, list[str]] = {}
        sources: dict[date, list[str]] = {}
        for held in sorted(imports, key=lambda r: (r.at, r.entry_id)):
            for text, am, pm in zip(held.days, held.am, held.pm, strict=False):
                try:
                    day = date.fromisoformat(text)
                except ValueError:
                    continue  # not a date: the fold took the entry's shape, not every value in it
                codes = marks.setdefault(day, ["", ""])
                source = sources.setdefault(day, ["", ""])
                for session, code in enumerate((am, pm)):
                    if code:
                        codes[session], source[session] = code, held.entry_id
        self._days = sorted(d for d, codes in marks.items() if any(codes))
        self._marks = marks
        self._from = sources
        self._school = [d for d in self._days if any(counts_as(c).possible for c in marks[d])]

    def __bool__(self) -> bool:
        return bool(self._days)

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def marks_on(self, day: date) -> tuple[str, str]:
        am, pm = self._marks.get(day, ("", ""))
        return (am, pm)

    def entry_of(self, day: date, session: int) -> str:
        return self._from.get(day, ["", ""])[session]

    def absences(self, days: list[date] | tuple[date, ...] | None = None) -> list[Absence]:
        """Every session missed (authorised or not) on `days` (default: every day held), in order."""
        found = []
        for day in self._days if days is None else days:
            for session, code in enumerate(self._marks.get(day, ("", ""))):
                if code and counts_as(code).absent:
                    found.append(Absence(day, session, code, self._from[day][session]))
        return found

    def figures(self, first: date | None = None, last: date | None = None) -> Figures | None:
        """Attendance over the days held in [first, last] (either open); None when no day is held there."""
        chosen = self._days[bisect_left(self._days, first) if first else 0 :
                            bisect_right(self._days, last) if last else len(self._days)]  # fmt: skip
        if not chosen:
            return None
        possible = attended = authorised = unauthorised = 0
        for day in chosen:
            for code in self._marks[day]:
                counted = counts_as(code) if code else Counts.NOT_COUNTED
                possible += counted.possible
                attended += counted.attending
                authorised += counted is Counts.AUTHORISED
                unauthorised += counted is Counts.UNAUTHORISED
        return Figures(chosen[0], chosen[-1], possible, attended, authorised, unauthorised)

    def around(self, day: date, school_days: int = 3) -> Around:
        """Absence in the `school_days` school days (days with a possible session) before and after `day`."""
        school = self._school
        at = bisect_left(school, day)
        before = tuple(school[max(0, at - school_days) : at])
        after_start = bisect_right(school, day)
        after = tuple(school[after_start : after_start + school_days])
        return Around(day, before, tuple(self.absences(before)), after, tuple(self.absences(after)))

    def covers(self, day: date) -> bool:
        """Whether the marks held run over `day` (it is between the first and last day held)."""
        return bool(self._days) and self._days[0] <= day <= self._days[-1]


def attendance_of(lead: LeadRecords, pupil_id: str) -> ChildAttendance:
    """A child's attendance from every import a lead wrote (empty, and false, when none)."""
    return ChildAttendance(lead.about(pupil_id, AttendanceMarks))


def mark_words(code: str) -> str:
    """A mark with what it means: `I (illness)`."""
    return f"{code} ({code_words(code)})" if code else "no mark"
