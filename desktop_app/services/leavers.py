"""Leavers noticed at roster import: the pupils on roll missing from a new file, their leaving dates, and what the
queue asks for their files (domain/leavers.py).

A roster import is all or nothing: when a lead says what to do with missing pupils (`Leaving`), every one of them
needs a leaving date (one for all, or one each) unless the file is partial (`keep_on_roll`); otherwise nothing is
imported and the refusal names them. Without a `Leaving` (a partial file imported by code) they are only reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.leavers import Sibling, current_leavers, has_file, school_days_words, send_by, siblings_of
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.domain.roster import RosterRow
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.services.errors import ServiceError
from desktop_app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class Leaving:
    """What the lead says of pupils on roll who are not in the new file: the day each left (`by_upn`), one day for
    every one not named (`everyone_on`), or that the file is partial and they stay on roll (`keep_on_roll`)."""

    by_upn: Mapping[str, date] = field(default_factory=dict)
    everyone_on: date | None = None
    keep_on_roll: bool = False


@dataclass(frozen=True, slots=True)
class MissingPupil:
    """A pupil on roll whom the new file does not list: probably a leaver."""

    pupil_id: str
    upn: str
    name: str
    has_file: bool
    siblings: tuple[Sibling, ...]

    @property
    def words(self) -> str:
        kin = "; brothers and sisters: " + ", ".join(s.words for s in self.siblings) if self.siblings else ""
        held = "has a child-protection file" if self.has_file else "no child-protection file"
        return f"{self.name} ({self.upn}, {held}{kin})"


@dataclass(frozen=True, slots=True)
class LeaverRecorded:
    """A leaver written by the import: when they left and, with a file, by when it is to be sent."""

    upn: str
    name: str
    left_on: date
    send_by: date | None  # None: no child-protection file to send
    siblings: tuple[Sibling, ...]
    counted: str

    @property
    def words(self) -> str:
        if self.send_by is None:
            task = "no child-protection file to send"
        else:
            task = f"send the child-protection file by {self.send_by:%a %d %b %Y} (5 school days; {self.counted})"
        kin = "; brothers and sisters: " + ", ".join(s.words for s in self.siblings) if self.siblings else ""
        return f"{self.name} ({self.upn}) left on {self.left_on:%d %b %Y}: {task}{kin}"


class LeavingDateNeeded(ServiceError):
    """Pupils on roll are missing from the file and no leaving date was given for them: nothing was imported."""

    def __init__(self, missing: list[MissingPupil]) -> None:
        self.missing = missing
        names = "; ".join(m.words for m in missing)
        super().__init__(
            f"Nothing was imported: {len(missing)} pupil(s) on roll are not in this file: {names}. Give the day "
            "each left (or one day for all), or say the file is partial and they stay on roll."
        )


def missing_pupils(state: SchoolState, rows: Iterable[RosterRow]) -> list[MissingPupil]:
    """The pupils on roll, not already recorded as leavers, whose UPN the file does not hold; by name."""
    listed = {row.upn for row in rows}
    leavers = current_leavers(state, state.transfers.left.values())
    missing = [
        p for p in state.pupils.values() if p.on_roll and p.upn not in listed and p.pupil_id not in leavers
    ]  # fmt: skip
    return [
        MissingPupil(p.pupil_id, p.upn, p.full_name, has_file(state, p.pupil_id), siblings_of(state, p.pupil_id, {}))
        for p in sorted(missing, key=lambda p: (p.surname.casefold(), p.forename.casefold(), p.upn))
    ]


def _check_day(pupil: Pupil, left_on: date, today: date) -> None:
    if left_on > today:
        raise ServiceError(
            f"{pupil.full_name}'s leaving date {left_on:%d %b %Y} is in the future; nothing was imported."
        )
    if pupil.date_of_birth is not None and left_on < pupil.date_of_birth:
        raise ServiceError(f"{pupil.full_name}'s leaving date is before their birth; nothing was imported.")


def leaving_days(
    state: SchoolState, rows: list[RosterRow], missing: list[MissingPupil], leaving: Leaving | None, today: date
) -> dict[str, date]:
    """The day each leaver left, by pupil id: those the file marks (its leaving-date column) and the missing ones
    the lead gave a day for. Raises ServiceError (nothing imported) for a day in the future or before birth, a
    day given for a pupil who is not missing, or missing pupils left without a day."""
    by_upn = {p.upn: p for p in state.pupils.values()}
    days: dict[str, date] = {}
    for row in rows:
        pupil = by_upn.get(row.upn)
        if row.leaving_date is not None and pupil is not None:
            days[pupil.pupil_id] = row.leaving_date
    if leaving is None:
        return days
    named = {upn.strip().upper(): day for upn, day in leaving.by_upn.items()}
    missing_upns = {m.upn for m in missing}
    stray = sorted(set(named) - missing_upns)
    if stray:
        raise ServiceError(
            f"A leaving date was given for {', '.join(stray)}, who is in this file or not on roll; nothing was "
            "imported."
        )
    if leaving.keep_on_roll and not named and leaving.everyone_on is None:
        return days
    without = []
    for leaver in missing:
        day = named.get(leaver.upn, leaving.everyone_on)
        if day is None:
            if not leaving.keep_on_roll:
                without.append(leaver)
            continue
        days[leaver.pupil_id] = day
    if without:
        raise LeavingDateNeeded(without)
    for pupil_id, day in days.items():
        _check_day(state.pupils[pupil_id], day, today)
    return days


def record_leavers(uow: UnitOfWork, state: SchoolState, days: Mapping[str, date]) -> list[LeaverRecorded]:
    """Write a `pupil.left` entry (sealed to the team) for each leaver not already recorded as leaving that day;
    what each means for the queue, by name."""
    closed = settings_of(state).closed_days
    leavers = current_leavers(state, state.transfers.left.values())
    going = set(leavers) | set(days)  # brothers and sisters leaving in this import count as leaving
    done = []
    for pupil_id, day in sorted(days.items(), key=lambda kv: (state.pupils[kv[0]].full_name, kv[0])):
        held = leavers.get(pupil_id)
        if held is None or held.left_on != day:
            uow.record(EntryKind.PUPIL_LEFT, {"left_on": day.isoformat(), "how": "roster"}, subject=pupil_id)
        pupil = state.pupils[pupil_id]
        done.append(
            LeaverRecorded(
                pupil.upn,
                pupil.full_name,
                day,
                send_by(day, closed) if has_file(state, pupil_id) else None,
                siblings_of(state, pupil_id, going),
                school_days_words(closed),
            )
        )
    return done
