"""Recording what a referral form asks beyond the roster: the child's facts (ethnicity, first language, NHS number,
GP...) and a referral's (the views, risk, what the referrer wants, the MASH worker...), as lead-only entries."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.agency_records import Referral
from desktop_app.domain.lead.file_facts import (
    CHILD_FIELDS,
    MAX_LONG,
    MAX_SHORT,
    REFERRAL_FIELDS,
    SHORT_FIELDS,
    YES_NO_FIELDS,
    child_fact_values,
    nhs_number_problem,
    referral_fact_values,
)
from desktop_app.domain.lead.file_parts import CHILD_LABELS, REFERRAL_LABELS, latest_referral
from desktop_app.domain.records import SchoolState
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.file_guard import ensure_file_open
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork

Answer = str | bool | None


def _as_text(name: str, label: str, value: Answer) -> str:
    """One field's value as the entry holds it, checked: one clear sentence for what is wrong."""
    if name in YES_NO_FIELDS:
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        word = value.strip().lower()
        if word in ("yes", "no", ""):
            return word
        raise ServiceError(f"{label}: answer yes or no (or leave it blank when not known).")
    if not isinstance(value, str):
        raise ServiceError(f"{label}: give it in words.")
    text = value.strip().replace("\r\n", "\n")
    limit = MAX_SHORT if name in SHORT_FIELDS else MAX_LONG
    if name in SHORT_FIELDS:
        text = " ".join(text.split())
    if len(text) > limit:
        raise ServiceError(f"{label} is at most {limit} characters (it has {len(text)}).")
    if name == "nhs_number" and text:
        if problem := nhs_number_problem(text):
            raise ServiceError(f"NHS number: {problem}.")
        text = text.replace(" ", "").replace("-", "")  # held as its ten digits, shown as 943 476 5919
    return text


def _changes(given: Mapping[str, Answer], names: frozenset[str], labels: dict[str, str], held: dict[str, str],
             other: frozenset[str]) -> dict[str, str]:  # fmt: skip
    """The fields of `given` that differ from what stands, as text; unknown fields refused by name."""
    changed: dict[str, str] = {}
    for name, value in given.items():
        if name not in names:
            where = " (it is recorded with the other part of the form)" if name in other else ""
            raise ServiceError(f"{name!r} is not one of the facts recorded here{where}.")
        text = _as_text(name, labels[name], value)
        if text != held.get(name, ""):
            changed[name] = text
    return changed


def record_child_facts(session: Session, state: SchoolState, pupil_id: str, given: Mapping[str, Answer]) -> str:
    """Record the child's facts a referral form asks (only those that changed; "" or None clears one). Returns
    the entry's id. Raises ServiceError when nothing changed, so a Save that saves nothing says so."""
    session.require_lead()
    if pupil_id not in state.pupils:
        raise NotFound("That child is not in this school's directory.")
    ensure_file_open(state, pupil_id)
    changed = _changes(given, CHILD_FIELDS, CHILD_LABELS, child_fact_values(state.lead, pupil_id), REFERRAL_FIELDS)
    if not changed:
        raise ServiceError("Nothing has changed: the child's details are as recorded.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.CHILD_FACTS, {"facts": changed}, subject=pupil_id)
        uow.commit()
    return entry_id


def record_referral_facts(
    session: Session, state: SchoolState, pupil_id: str, given: Mapping[str, Answer], referral_id: str | None = None
) -> str:
    """Record a referral's facts (the views, what is going well, risk, what the referrer wants, the MASH worker...;
    only those that changed). They belong to `referral_id`, by default the child's latest referral, or, when none is
    recorded yet, to the referral being prepared (they carry into it once it is recorded). Returns the entry's id."""
    session.require_lead()
    if pupil_id not in state.pupils:
        raise NotFound("That child is not in this school's directory.")
    ensure_file_open(state, pupil_id)
    latest = latest_referral(state.lead, pupil_id)
    if referral_id is None:
        referral_id = latest.entry_id if latest else ""
    elif referral_id and referral_id not in {r.entry_id for r in state.lead.about(pupil_id, Referral)}:
        raise NotFound("That referral is not recorded in this child's file.")
    if referral_id and latest is not None and referral_id != latest.entry_id:
        raise ServiceError("Record the facts of the child's latest referral: an earlier one's stand as they were.")
    held = referral_fact_values(state.lead, pupil_id)
    changed = _changes(given, REFERRAL_FIELDS, REFERRAL_LABELS, held, CHILD_FIELDS)
    if not changed:
        raise ServiceError("Nothing has changed: the referral's details are as recorded.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.REFERRAL_FACTS, {"referral": referral_id, "facts": changed}, subject=pupil_id)
        uow.commit()
    return entry_id


def record_file_facts(session: Session, state: SchoolState, pupil_id: str, given: Mapping[str, Answer]) -> list[str]:
    """The child's and the latest referral's facts from one form (the window's, or the command line's): each part
    that changed is one entry. Returns the entries' ids; refuses when nothing changed."""
    session.require_lead()
    if pupil_id not in state.pupils:
        raise NotFound("That child is not in this school's directory.")
    ensure_file_open(state, pupil_id)
    child = {k: v for k, v in given.items() if k in CHILD_FIELDS}
    referral = {k: v for k, v in given.items() if k not in CHILD_FIELDS}
    unknown = [k for k in referral if k not in REFERRAL_FIELDS]
    if unknown:
        raise ServiceError(f"{unknown[0]!r} is not one of the facts a referral form asks.")
    held_child, held_referral = child_fact_values(state.lead, pupil_id), referral_fact_values(state.lead, pupil_id)
    # Both parts are checked before either is written: a refusal writes nothing.
    child_changes = _changes(child, CHILD_FIELDS, CHILD_LABELS, held_child, REFERRAL_FIELDS)
    referral_changes = _changes(referral, REFERRAL_FIELDS, REFERRAL_LABELS, held_referral, CHILD_FIELDS)
    written = []
    if child_changes:
        written.append(record_child_facts(session, state, pupil_id, child))
    if referral_changes:
        written.append(record_referral_facts(session, state, pupil_id, referral))
    if not written:
        raise ServiceError("Nothing has changed: the details are as recorded.")
    return written
