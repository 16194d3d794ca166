"""Families: household suggestions from the roster, a lead's links, and the adults around the children.

Household entries are sealed to the team and written once per child concerned (the child as subject), so that
opening any one child's file by the store's subject index finds the household and its members.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.households import (
    Household,
    households_for,
    households_of,
    member_problems,
    member_reference,
    split_full_name,
    suggest_households,
)
from desktop_app.domain.ids import new_id, new_person_id
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.services.directory import find_pupil
from desktop_app.services.directory_keys import sealing_recipient
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.file_guard import ensure_file_open
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork, now_utc

MAX_FIELD = 200


@dataclass(frozen=True, slots=True)
class SuggestionView:
    """A suggested household as a lead sees it: the children, why, and the household to add them to if any."""

    pupils: tuple[Pupil, ...]
    reasons: tuple[str, ...]
    household_id: str = ""


@dataclass(frozen=True, slots=True)
class HouseholdView:
    household: Household
    pupils: tuple[Pupil, ...]


def household_suggestions(session: Session, state: SchoolState) -> list[SuggestionView]:
    """Children who share an address or a roster contact and are not linked yet (a lead confirms or dismisses)."""
    session.require_lead()
    return [
        SuggestionView(tuple(state.pupils[p] for p in s.pupil_ids), s.reasons, s.household_id)
        for s in suggest_households(state)
    ]


def households(session: Session, state: SchoolState) -> list[HouseholdView]:
    """Every confirmed household with its children, by the first child's surname."""
    session.require_lead()
    views = [
        HouseholdView(h, tuple(sorted((state.pupils[p] for p in h.pupil_ids if p in state.pupils), key=_name)))
        for h in households_of(state.lead).values()
    ]
    return sorted(views, key=lambda v: _name(v.pupils[0]) if v.pupils else ("", ""))


def _name(pupil: Pupil) -> tuple[str, str]:
    return (pupil.surname.casefold(), pupil.forename.casefold())


def _write_change(uow: UnitOfWork, kind: str, household_id: str, pupils: Sequence[str], before: Sequence[str]) -> None:
    """One change, written once for every child in the household before or after it (each as subject)."""
    after = [*before, *pupils] if kind == EntryKind.HOUSEHOLD_LINK else [p for p in before if p not in pupils]
    content = {"change": new_id(), "household": household_id, "pupils": list(pupils), "members": sorted(set(after))}
    for subject in dict.fromkeys([*before, *pupils]):
        uow.record(kind, content, subject=subject)


def link_household(session: Session, state: SchoolState, pupil_ids: Sequence[str], household_id: str = "") -> str:
    """Confirm children as one household. With no `household_id`, the children join the one household any of
    them is already in, or a new one (if they are in several, name which). Returns the household's id."""
    session.require_lead()
    pupil_ids = list(dict.fromkeys(pupil_ids))
    for pupil_id in pupil_ids:
        if pupil_id not in state.pupils:
            raise NotFound("A child named is not in this school's directory.")
    existing = households_of(state.lead)
    if household_id and household_id not in existing:
        raise NotFound("No such household.")
    if not household_id:
        holding = sorted({h.household_id for p in pupil_ids for h in households_for(state.lead, p)})
        if len(holding) > 1:
            raise ServiceError("These children are in different households already; choose the household to add to.")
        household_id = holding[0] if holding else new_id()
    members = existing[household_id].pupil_ids if household_id in existing else frozenset()
    if len(members | set(pupil_ids)) < 2:
        raise ServiceError("A household links at least two children.")
    joining = [p for p in pupil_ids if p not in members]
    if not joining:
        raise ServiceError("Those children are already linked in that household.")
    with UnitOfWork(session) as uow:
        _write_change(uow, EntryKind.HOUSEHOLD_LINK, household_id, joining, sorted(members))
        uow.commit()
    return household_id


def link_by_upn(session: Session, state: SchoolState, upns: Sequence[str]) -> tuple[str, list[Pupil]]:
    """`household link UPN UPN …` on the command line: the household's id and the children linked."""
    if len(upns) < 2:
        raise ServiceError("Name at least two children (by UPN) to link as one household.")
    pupils = [find_pupil(state, upn) for upn in upns]
    return link_household(session, state, [p.pupil_id for p in pupils]), pupils


def unlink_from_household(session: Session, state: SchoolState, household_id: str, pupil_id: str) -> str:
    """Take a child out of a household (a lead's correction). Returns the household's id."""
    session.require_lead()
    household = households_of(state.lead).get(household_id)
    if household is None or pupil_id not in household.pupil_ids:
        raise NotFound("That child is not in that household.")
    with UnitOfWork(session) as uow:
        _write_change(uow, EntryKind.HOUSEHOLD_UNLINK, household_id, [pupil_id], sorted(household.pupil_ids))
        uow.commit()
    return household_id


def dismiss_suggestion(session: Session, state: SchoolState, pupil_ids: Sequence[str]) -> str:
    """Say that suggested children are not one household, so they are not suggested together again."""
    session.require_lead()
    if len(set(pupil_ids)) < 2 or any(p not in state.pupils for p in pupil_ids):
        raise ServiceError("Dismiss a suggestion of two or more children in the directory.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.HOUSEHOLD_DISMISSED, {"pupils": sorted(set(pupil_ids))}, subject=session.school_id
        )
        uow.commit()
    return entry_id


@dataclass(frozen=True, slots=True)
class AdultDetails:
    """An adult around the children as a lead gives them: full name and relationship (required), parental
    responsibility, address, contact, language, whether an interpreter is needed, date of birth, school (a young
    parent), whether they are a focus of the referral, and notes. None and "" are "not known"."""

    name: str
    relationship: str
    parental_responsibility: bool | None = None
    address: str = ""
    contact: str = ""
    language: str = ""
    interpreter_needed: bool | None = None
    date_of_birth: date | None = None
    school: str = ""
    focus_of_referral: bool | None = None
    notes: str = ""


def _adult_content(details: AdultDetails, today: date) -> dict[str, Any]:
    """The entry's content for an adult, checked: one clear sentence for the first thing wrong."""
    name = " ".join(details.name.split())
    if len(name) < 3 or " " not in name or len(name) > MAX_FIELD:
        raise ServiceError("Give the adult's full name (forename and surname), not initials.")
    relationship = " ".join(details.relationship.split())
    if not relationship or len(relationship) > MAX_FIELD:
        raise ServiceError("Say how the adult is related to the children (e.g. mother, stepfather, lodger).")
    short = {"contact": details.contact, "language": details.language, "school": details.school}
    for what, value in short.items():
        if len(value.strip()) > MAX_FIELD:
            raise ServiceError(f"The adult's {what} is at most {MAX_FIELD} characters.")
    if len(details.address.strip()) > 1000 or len(details.notes.strip()) > 2000:
        raise ServiceError("The address is at most 1000 characters and the notes at most 2000.")
    born = details.date_of_birth
    if born is not None and (born > today or born.year < today.year - 120):
        raise ServiceError("The adult's date of birth is in the future or more than 120 years ago.")
    return {
        "name": name,
        "relationship": relationship,
        "parental_responsibility": details.parental_responsibility,
        "address": details.address.strip(),
        "contact": " ".join(details.contact.split()),
        "language": " ".join(details.language.split()),
        "interpreter_needed": details.interpreter_needed,
        "date_of_birth": born.isoformat() if born else None,
        "school": " ".join(details.school.split()),
        "focus_of_referral": details.focus_of_referral,
        "notes": details.notes.strip(),
        "removed": False,
    }


def add_household_adult(
    session: Session,
    state: SchoolState,
    household_id: str,
    name: str,
    relationship: str,
    parental_responsibility: bool | None,
    address: str = "",
    notes: str = "",
    adult_id: str = "",
    *,
    details: AdultDetails | None = None,
) -> str:
    """Record (or, with `adult_id`, correct) an adult around the household's children; `details`, when given,
    stands for every other argument but the household and the adult. Returns the adult's id. A correction is a
    new entry: the earlier one stays in the store, and the latest for the adult stands."""
    session.require_lead()
    household = households_of(state.lead).get(household_id)
    if household is None:
        raise NotFound("No such household.")
    if adult_id and adult_id not in {a.adult_id for a in household.adults}:
        raise NotFound("That adult is not recorded in that household.")
    if details is None:
        details = AdultDetails(name, relationship, parental_responsibility, address, notes=notes)
    content = {
        "adult": adult_id or new_person_id(),
        "household": household_id,
        **_adult_content(details, now_utc().date()),
    }
    with UnitOfWork(session) as uow:
        for subject in sorted(household.pupil_ids):
            uow.record(EntryKind.HOUSEHOLD_ADULT, content, subject=subject)
        uow.commit()
    return str(content["adult"])


def record_adult_for_child(
    session: Session, state: SchoolState, pupil_id: str, details: AdultDetails, adult_id: str = ""
) -> str:
    """Record (or, with `adult_id`, correct) a parent, carer or significant adult from a child's file: in the
    child's household, so linked siblings share them. A child in no household yet gets one of their own (siblings
    linked later join it and see the adult too). Returns the adult's id."""
    session.require_lead()
    if pupil_id not in state.pupils:
        raise NotFound("That child is not in this school's directory.")
    ensure_file_open(state, pupil_id)
    holding = sorted(households_for(state.lead, pupil_id), key=lambda h: h.household_id)
    if adult_id:
        holding = [h for h in holding if adult_id in {a.adult_id for a in h.adults}]
        if not holding:
            raise NotFound("That adult is not recorded around this child.")
    if holding:
        return add_household_adult(session, state, holding[0].household_id, "", "", None, adult_id=adult_id,
                                   details=details)  # fmt: skip
    content = {"adult": new_person_id(), "household": new_id(), **_adult_content(details, now_utc().date())}
    with UnitOfWork(session) as uow:
        _write_change(uow, EntryKind.HOUSEHOLD_LINK, content["household"], [pupil_id], [])
        uow.record(EntryKind.HOUSEHOLD_ADULT, content, subject=pupil_id)
        uow.commit()
    return str(content["adult"])


def remove_household_adult(session: Session, state: SchoolState, household_id: str, adult_id: str) -> str:
    """Take an adult off a household (recorded in error, or moved away); earlier entries stay in the file."""
    session.require_lead()
    household = households_of(state.lead).get(household_id)
    adult = next((a for a in household.adults if a.adult_id == adult_id), None) if household else None
    if household is None or adult is None:
        raise NotFound("That adult is not recorded in that household.")
    content = {
        "adult": adult_id,
        "household": household_id,
        "name": adult.name,
        "relationship": adult.relationship,
        "parental_responsibility": adult.parental_responsibility,
        "address": adult.address,
        "contact": adult.contact,
        "language": adult.language,
        "interpreter_needed": adult.interpreter_needed,
        "date_of_birth": adult.date_of_birth.isoformat() if adult.date_of_birth else None,
        "school": adult.school,
        "focus_of_referral": adult.focus_of_referral,
        "notes": adult.notes,
        "removed": True,
    }
    with UnitOfWork(session) as uow:
        for subject in sorted(household.pupil_ids):
            uow.record(EntryKind.HOUSEHOLD_ADULT, content, subject=subject)
        uow.commit()
    return adult_id


def add_household_member(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    full_name: str,
    born: date | None,
    relationship: str,
    school: str = "",
) -> Pupil:
    """A child of `pupil_id`'s household who is not on this school's roll (a baby, a toddler, an older sibling at
    another school), added by a lead: written to the pupil directory (sealed to the directory key, like the
    roster, so the staff form's pupil finder offers them and a concern can be about them) with a reference of
    their own (`Pupil.upn`, `NR-XXXX-XXXX`, accepted wherever a UPN is), and linked into the child's household (a
    new one if the child has none). Returns the member as added."""
    session.require_lead()
    child = state.pupils.get(pupil_id)
    if child is None:
        raise NotFound("That child is not in this school's directory.")
    school = " ".join(school.split())
    problems = member_problems(full_name, born, relationship, school, now_utc().date())
    if problems:
        raise ServiceError("Household member not added: " + "; ".join(problems) + ".")
    held = {p.upn.upper() for p in state.pupils.values()}
    reference = member_reference(secrets.randbelow(32) for _ in range(8))
    while reference in held:  # 2^40 references: a repeat is all but impossible, and never used twice
        reference = member_reference(secrets.randbelow(32) for _ in range(8))
    forename, surname = split_full_name(" ".join(full_name.split()))
    member = Pupil(
        pupil_id=new_person_id(),
        upn=reference,
        forename=forename,
        surname=surname,
        date_of_birth=born,
        address=child.address,
        postcode=child.postcode,
        on_roll=False,
        relationship=" ".join(relationship.split()),
        school=school,
    )
    content = member.to_payload()
    content.pop("pupil_id")
    holding = sorted(households_for(state.lead, pupil_id), key=lambda h: h.household_id)
    with UnitOfWork(session) as uow:
        uow.record(EntryKind.PUPIL, content, subject=member.pupil_id, recipients=[sealing_recipient(session, uow)])
        if holding:
            household = holding[0]
            _write_change(uow, EntryKind.HOUSEHOLD_LINK, household.household_id, [member.pupil_id],
                          sorted(household.pupil_ids))  # fmt: skip
        else:
            _write_change(uow, EntryKind.HOUSEHOLD_LINK, new_id(), [pupil_id, member.pupil_id], [])
        uow.commit()
    return member


def add_household_member_by_upn(
    session: Session, upn: str, full_name: str, born: date | None, relationship: str, school: str = ""
) -> Pupil:
    """`household add-member UPN --name … --born … --relationship …` on the command line: the member as added;
    print `member.upn`, the reference every command taking a UPN (and `record`'s `pupil`) accepts."""
    session.require_lead()
    state = load_state(session)
    return add_household_member(session, state, find_pupil(state, upn).pupil_id, full_name, born, relationship,
                                school)  # fmt: skip
