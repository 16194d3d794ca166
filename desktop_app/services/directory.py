"""The pupil directory and the school's categories: sealed to the directory key that every staff account holds.

New entries are sealed to the current directory key (`services.directory_keys`); reading opens every generation
of it the account holds.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from desktop_app.crypto.envelope import Recipient
from desktop_app.domain.directory_keys import directory_generations
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import fold
from desktop_app.domain.ids import new_person_id
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.domain.roster import RosterRow, parse_roster
from desktop_app.domain.taxonomy import Category, TaxonomyError, check_code, merge, parse_taxonomy
from desktop_app.paths import resource_file
from desktop_app.services.directory_keys import sealing_recipient
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.session import Session
from desktop_app.services.state import opened_entries
from desktop_app.services.uow import UnitOfWork

_DEFAULTS: list[Category] | None = None


def default_categories() -> list[Category]:
    global _DEFAULTS
    if _DEFAULTS is None:
        path = resource_file("taxonomy", "categories.json")
        _DEFAULTS = parse_taxonomy(path.read_text(encoding="utf-8"))
    return list(_DEFAULTS)


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


def import_roster(session: Session, data: bytes, today: date | None = None) -> ImportSummary:
    """All-or-nothing import: a bad file raises RosterRejected and changes nothing; unchanged pupils add nothing.

    A new pupil's id is random (its `subject` column is plaintext) and the pupils are written in a shuffled order:
    a roster is usually sorted by name, and neither the ids nor the entries' order in the chain may give it away.
    """
    session.require_lead()
    rows = parse_roster(data, today=today)
    secrets.SystemRandom().shuffle(rows)
    state = load_directory(session)
    by_upn = {p.upn: p for p in state.pupils.values()}
    added = updated = unchanged = 0
    recipients: list[Recipient] = []
    with UnitOfWork(session) as uow:
        for row in rows:
            existing = by_upn.get(row.upn)
            pupil = _pupil_from_row(existing.pupil_id if existing else new_person_id(), row)
            if existing is not None and existing.roster_fields() == pupil.roster_fields():
                unchanged += 1
                continue
            content = pupil.to_payload()
            content.pop("pupil_id")
            if row.contacts:
                content["contacts"] = list(row.contacts)
            recipients = recipients or [sealing_recipient(session, uow)]  # once, and only when something is new
            uow.record(EntryKind.PUPIL, content, subject=pupil.pupil_id, recipients=recipients)
            if existing is None:
                added += 1
            else:
                updated += 1
        uow.commit()
    return ImportSummary(added, updated, unchanged)


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
