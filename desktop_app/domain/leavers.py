"""Children who have left the school: noticed at roster import, and the child-protection file to send within 5
school days of the day the child left (SAFEGUARDING.md, "Transfer when a child leaves").

A `pupil.left` entry (a lead's, sealed to the team) says a child left on a given day. A child stays a leaver until a
later roster entry brings them back on roll. A leaver with a child-protection file (concerns, lead's records or a
file received from an earlier school) puts "send the CP file" on the lead's queue, due 5 school days after the day
they left, until the file is sent (`transfer.out`); each brother or sister still on roll with a file of their own is
prompted too. School days skip weekends and the school's closure days where the school has recorded them
(`LeadSettings.closed_days`), and say which. Pure: no crypto, no store.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desktop_app.domain.households import family_of
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.domain.transfer import Leaving

SEND_WITHIN_SCHOOL_DAYS = 5
# A file sent this many days before the recorded leaving day counts as sent for this move (a planned move).
SENT_AHEAD_DAYS = 30


def school_days_after(day: date, days: int, closed: Collection[date] = ()) -> date:
    """The `days`-th school day after `day` (weekends and `closed` days skipped)."""
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            counted += 1
    return day


def send_by(left_on: date, closed: Collection[date] = ()) -> date:
    """The last day to send a leaver's file: 5 school days after the day they left."""
    return school_days_after(left_on, SEND_WITHIN_SCHOOL_DAYS, closed)


def school_days_words(closed: Collection[date]) -> str:
    """How school days were counted, in words: with the school's closure days, or weekends only."""
    if closed:
        return f"weekends and the school's {len(closed)} recorded closure days skipped"
    return "weekends skipped; no closure days are recorded for this school, so holidays count as school days"


def current_leavers(state: SchoolState, leavings: Iterable[Leaving]) -> dict[str, Leaving]:
    """Each child who has left and not come back on roll since (a roster entry recorded later brings them back):
    their latest leaving record."""
    latest: dict[str, Leaving] = {}
    for leaving in leavings:
        held = latest.get(leaving.pupil_id)
        if held is None or (held.at, held.entry_id) < (leaving.at, leaving.entry_id):
            latest[leaving.pupil_id] = leaving
    back = state.pupil_versions
    return {p: left for p, left in latest.items() if p not in back or back[p][0] <= left.at}


def send_deadline(
    state: SchoolState, pupil_id: str, closed: Collection[date] = (), tz: tzinfo | None = None
) -> datetime | None:
    """For a child who has left: the end of the last day to send their file (5 school days after the day they left,
    in the school's time zone `tz`); None for a child on roll."""
    leaving = current_leavers(state, state.transfers.left.values()).get(pupil_id)
    if leaving is None:
        return None
    return datetime.combine(send_by(leaving.left_on, closed), time(23, 59, 59), tzinfo=tz).astimezone(UTC)


def has_file(state: SchoolState, pupil_id: str) -> bool:
    """Whether the school holds a child-protection file on the child: a concern, a lead's record, or a file
    received from an earlier school."""
    return bool(state.concerns_for(pupil_id) or state.lead.by_pupil.get(pupil_id) or state.transfers.ins_for(pupil_id))


def file_sent(state: SchoolState, leaving: Leaving) -> bool:
    """Whether the child's file has been sent for this move: a transfer out on or after the day they left, or up
    to `SENT_AHEAD_DAYS` before it."""
    since = leaving.left_on - timedelta(days=SENT_AHEAD_DAYS)
    return any(t.sent_at.date() >= since for t in state.transfers.outs_for(leaving.pupil_id))


@dataclass(frozen=True, slots=True)
class Sibling:
    """A brother or sister (another child of the leaver's household) and where they stand."""

    pupil_id: str
    name: str
    on_roll: bool
    left: bool
    has_file: bool

    @property
    def words(self) -> str:
        where = "also left" if self.left else "still on roll" if self.on_roll else "not on this school's roll"
        return f"{self.name} ({where}{', has a child-protection file' if self.has_file else ''})"


def siblings_of(state: SchoolState, pupil_id: str, leavers: Collection[str]) -> tuple[Sibling, ...]:
    """The other children of the child's households, each saying whether they too are leaving (`leavers`)."""
    found = []
    for other in family_of(state.lead, pupil_id)[1:]:
        pupil = state.pupils.get(other)
        found.append(
            Sibling(
                other,
                pupil.full_name if pupil else "(a child not in the directory)",
                bool(pupil and pupil.on_roll and other not in leavers),
                other in leavers,
                has_file(state, other),
            )
        )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class FileToSend:
    """A leaver whose child-protection file is still to be sent, due `due` (5 school days after leaving)."""

    leaving: Leaving
    pupil: Pupil | None
    due: date
    overdue: bool
    siblings: tuple[Sibling, ...]
    counted: str  # how school days were counted, in words


@dataclass(frozen=True, slots=True)
class SiblingToCheck:
    """A child still on roll, with a file of their own, whose brother or sister left and whose file is to be sent."""

    pupil_id: str
    leaver: FileToSend


def files_to_send(
    state: SchoolState, leavings: Iterable[Leaving], today: date, closed: Collection[date] = ()
) -> list[FileToSend]:
    """Every leaver with a file not yet sent, the earliest deadline first."""
    leavers = current_leavers(state, leavings)
    found = []
    for pupil_id, leaving in leavers.items():
        if not has_file(state, pupil_id) or file_sent(state, leaving):
            continue
        due = send_by(leaving.left_on, closed)
        found.append(
            FileToSend(leaving, state.pupils.get(pupil_id), due, today > due, siblings_of(state, pupil_id, leavers),
                       school_days_words(closed))
        )  # fmt: skip
    return sorted(found, key=lambda f: (f.due, f.leaving.entry_id))


def siblings_to_check(files: Iterable[FileToSend]) -> list[SiblingToCheck]:
    """The brothers and sisters still on roll, with files of their own, of each leaver whose file is to be sent."""
    return [SiblingToCheck(s.pupil_id, f) for f in files for s in f.siblings if s.on_roll and s.has_file]
