"""The pupil directory and the school's categories: sealed to the directory key that every staff account holds.

New entries are sealed to the current directory key (`services.directory_keys`); reading opens every generation
of it the account holds.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.crypto.envelope import Recipient
from desktop_app.domain.directory_keys import directory_generations
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import fold
from desktop_app.domain.ids import new_person_id
from desktop_app.domain.leavers import current_leavers
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.domain.roster import MAX_FILE_BYTES, RosterRow, parse_roster
from desktop_app.domain.taxonomy import Category, TaxonomyError, check_code, merge, parse_taxonomy
from desktop_app.file_limits import read_limited
from desktop_app.paths import resource_file
from desktop_app.services.directory_keys import sealing_recipient
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.leavers import (
    LeaverRecorded,
    Leaving,
    MissingPupil,
    leaving_days,
    missing_pupils,
    record_leavers,
)
from desktop_app.services.opening import opened_entries
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork


@functools.cache
def _shipped_categories() -> tuple[Category, ...]:
    """The taxonomy shipped with the app, read once (it never changes while the app runs)."""
    return tuple(parse_taxonomy(resource_file("taxonomy", "categories.json").read_text(encoding="utf-8")))


def default_categories() -> list[Category]:
    """The shipped categories, a list of the caller's own."""
    return list(_shipped_categories())


def load_directory(session: Session) -> SchoolState:
    """Pupils and added categories: what every member of staff can read (every generation of the directory key
    this account holds)."""
    session.refresh()  # a directory key granted since sign-in (a rotation) is held from here on
    held = [key_id for key_id in directory_generations(session.keybook) if session.keyring.holds(key_id)]
    if not held:
        raise NotPermitted("This account does not hold the pupil directory key.")
    state = fold(opened_entries(session, session.store.log.sealed_to_any(held)))
    state.school_id, state.school_name = session.keybook.school_id, session.keybook.school_name
    return state


def categories(state: SchoolState) -> list[Category]:
    return merge(default_categories(), state.added_categories)


def find_pupil(state: SchoolState, upn: str) -> Pupil:
    pupil = state.pupil_by_upn(upn)
    if pupil is None:
        raise NotFound(f"No pupil with UPN {upn.strip().upper()} in this school's directory.")
    return pupil


@dataclass(frozen=True, slots=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    missing: tuple[MissingPupil, ...] = ()  # on roll, not in the file, and not recorded as leavers
    left: tuple[LeaverRecorded, ...] = ()  # recorded as leavers by this import
    returned: tuple[str, ...] = ()  # leavers back on roll (names)

    @property
    def words(self) -> str:
        """What the import did, in words, one line per leaver or missing pupil."""
        lines = [f"Roster imported: {self.added} added, {self.updated} updated, {self.unchanged} unchanged."]
        if self.returned:
            lines.append(f"Back on roll: {', '.join(self.returned)}.")
        if self.left:
            lines.append(f"{len(self.left)} leaver(s) recorded:")
            lines.extend(f"  {leaver.words}" for leaver in self.left)
        if self.missing:
            lines.append(f"{len(self.missing)} pupil(s) on roll are not in this file and stay on roll:")
            lines.extend(f"  {pupil.words}" for pupil in self.missing)
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class RosterPreview:
    """What an import of a file would do, before anything is written: the counts and the missing pupils."""

    added: int
    updated: int
    unchanged: int
    missing: tuple[MissingPupil, ...]
    leaving_in_file: int  # rows the file itself marks as leavers


def _pupil_from_row(pupil_id: str, row: RosterRow) -> Pupil:
    return Pupil(
        pupil_id=pupil_id,
        upn=row.upn,
        forename=row.forename,
        surname=row.surname,
        preferred_name=row.preferred_name,
        date_of_birth=row.date_of_birth,
        gender=row.gender,
        year_group=row.year_group,
        reg_group=row.reg_group,
        address=row.address,
        postcode=row.postcode,
    )


def _changes(state: SchoolState, rows: list[RosterRow]) -> tuple[list[tuple[RosterRow, Pupil, bool]], int, set[str]]:
    """The rows that write a pupil entry (row, pupil, new?), how many are unchanged, and the leavers back on roll
    (a leaver listed again is written again, so a later roster entry brings them back)."""
    by_upn = {p.upn: p for p in state.pupils.values()}
    leavers = current_leavers(state, state.transfers.left.values())
    writes, unchanged, returned = [], 0, set()
    for row in rows:
        existing = by_upn.get(row.upn)
        pupil = _pupil_from_row(existing.pupil_id if existing else new_person_id(), row)
        back = existing is not None and existing.pupil_id in leavers and row.leaving_date is None
        if existing is not None and existing.roster_fields() == pupil.roster_fields() and not back:
            unchanged += 1
            continue
        if back:
            returned.add(pupil.pupil_id)
        writes.append((row, pupil, existing is None))
    return writes, unchanged, returned


def preview_roster(session: Session, data: bytes, today: date | None = None) -> RosterPreview:
    """What importing `data` would do (RosterRejected for a bad file); nothing is written."""
    session.require_lead()
    rows = parse_roster(data, today=today)
    state = load_state(session)
    writes, unchanged, _ = _changes(state, rows)
    added = sum(1 for _, _, new in writes if new)
    leaving = sum(1 for row in rows if row.leaving_date is not None)
    return RosterPreview(added, len(writes) - added, unchanged, tuple(missing_pupils(state, rows)), leaving)


def import_roster(
    session: Session, data: bytes, today: date | None = None, leaving: Leaving | None = None
) -> ImportSummary:
    """All-or-nothing import: a bad file raises RosterRejected and changes nothing; unchanged pupils add nothing.

    Pupils on roll the file does not list are leavers: with `leaving`, each needs a leaving date (or the file is
    partial, `leaving.keep_on_roll`), else LeavingDateNeeded and nothing is written; without, they are only reported
    (`ImportSummary.missing`). Rows the file marks with a leaving date are leavers too. A leaver is a `pupil.left`
    entry; with a child-protection file, the queue asks for it to be sent within 5 school days of that day.

    A new pupil's id is random (its `subject` column is plaintext) and the pupils are written in a shuffled order:
    a roster is usually sorted by name, and neither the ids nor the entries' order in the chain may give it away.
    """
    session.require_lead()
    rows = parse_roster(data, today=today)
    secrets.SystemRandom().shuffle(rows)
    state = load_state(session)
    missing = missing_pupils(state, rows)
    days = leaving_days(state, rows, missing, leaving, today or date.today())
    writes, unchanged, returned = _changes(state, rows)
    added = updated = 0
    recipients: list[Recipient] = []
    with UnitOfWork(session) as uow:
        for row, pupil, new in writes:
            content = pupil.to_payload()
            content.pop("pupil_id")
            if row.contacts:
                content["contacts"] = list(row.contacts)
            recipients = recipients or [sealing_recipient(session, uow)]  # once, and only when something is new
            uow.record(EntryKind.PUPIL, content, subject=pupil.pupil_id, recipients=recipients)
            if new:
                added += 1
                state.pupils[pupil.pupil_id] = pupil  # a new pupil the file marks as a leaver is named below
            else:
                updated += 1
        for row in rows:  # a new pupil the file itself marks as a leaver
            leaver = next((p for _, p, new in writes if new and p.upn == row.upn), None)
            if leaver is not None and row.leaving_date is not None:
                days[leaver.pupil_id] = row.leaving_date
        left = record_leavers(uow, state, days)
        uow.commit()
    still = tuple(m for m in missing if m.pupil_id not in days)
    back = tuple(sorted(state.pupils[p].full_name for p in returned))
    return ImportSummary(added, updated, unchanged, still, tuple(left), back)


def _read(path: Path) -> bytes:
    try:
        return read_limited(path, MAX_FILE_BYTES, "a roster file")
    except OSError as exc:
        raise ServiceError(f"The roster {path} cannot be read ({exc.strerror}); nothing was imported.") from exc


def preview_roster_file(session: Session, path: Path) -> RosterPreview:
    """`preview_roster` of the file at `path` (size-checked before it is read)."""
    return preview_roster(session, _read(path))


def import_roster_file(session: Session, path: Path, leaving: Leaving | None) -> ImportSummary:
    """`import_roster` of the file at `path` (size-checked before it is read)."""
    return import_roster(session, _read(path), leaving=leaving)


def add_category(session: Session, code: str, name: str, description: str = "") -> Category:
    """A school's own category, visible to every member of staff. Existing codes cannot be redefined."""
    session.require_lead()
    try:
        code = check_code(code.strip())
    except TaxonomyError as exc:
        raise ServiceError(str(exc)) from exc
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ServiceError("A category needs a name of up to 80 characters.")
    if any(c.code == code for c in categories(load_directory(session))):
        raise ServiceError(f"The category {code!r} already exists.")
    category = Category(code, name, description.strip())
    with UnitOfWork(session) as uow:
        uow.record(
            EntryKind.CATEGORY,
            {"code": code, "name": name, "description": category.description},
            recipients=[sealing_recipient(session, uow)],
        )
        uow.commit()
    return category
