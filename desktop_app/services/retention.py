"""The leads' retention review: the yearly list of files past or near retention, a review's decision, inquiry holds.

Each action writes one lead entry (`retention.review` and `retention.hold` sealed to the team, `retention.closed`
as below): a lead-only kind, so a member of staff's or a revoked lead's counts for nothing in any fold
(services/verified).

Closing a file for erasure writes its signed tombstone, sealed to the directory key (so every account's fold
leaves the child out: domain/fold.py). Closing destroys no key and removes no entry: the closed file's entries stay
in every store, on the hub and in backups, and anyone holding the team key could still open them outside this app,
until a lead erases the file (services/erasure.py destroys the child's file keys). So the app says "closed for
erasure" for a closed file, and "erased" only for one whose keys were destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.file_records import FileAccess
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.domain.retention import (
    REVIEW_WITHIN_DAYS,
    Retention,
    RetentionStatus,
    ReviewItem,
    held_files,
    retention_of,
    review_list,
)
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.services.directory_keys import sealing_recipient
from desktop_app.services.erasure import ClosedChild, closed_files
from desktop_app.services.erasures import erasures_in
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork

MAX_REASON = 2_000
MAX_WITHIN_DAYS = 100 * 366
MAX_KEEP_YEARS = 50  # a review keeps a file at most this far ahead; the next review can keep it longer


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One file on the review list, with the child's name and UPN for the lead."""

    pupil: Pupil
    item: ReviewItem
    words: str

    @property
    def retention(self) -> Retention:
        return self.item.retention


@dataclass(frozen=True, slots=True)
class RetentionList:
    """The review list on `today` (the school's day): files due, due within `within_days`, decided due for
    erasure, or with no date of birth; `held` counts the files held off it; `years` is the school's retention."""

    today: date
    within_days: int
    years: int
    rows: tuple[ReviewRow, ...]
    held: int
    closed: int = 0  # files closed for erasure (they show nowhere else)
    after_closure: int = 0  # records about a closed file written after it was closed (not shown)
    erased: int = 0  # of the closed files, those erased (their file keys destroyed: services/erasure.py)
    awaiting_erasure: tuple[ClosedChild, ...] = ()  # closed files not erased yet (or a key made since): erasable


def school_today(state: SchoolState, now: datetime | None = None) -> date:
    """Today in the school's time zone."""
    return (now or datetime.now().astimezone()).astimezone(settings_of(state).zone).date()


def retention_list(
    session: Session, state: SchoolState, within_days: int = REVIEW_WITHIN_DAYS, today: date | None = None
) -> RetentionList:
    """The leads' yearly review list (a lead only)."""
    session.require_lead()
    if not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise ServiceError(f"The days ahead are 0 to {MAX_WITHIN_DAYS}.")
    today = today or school_today(state)
    years = settings_of(state).retention_years
    rows = tuple(
        ReviewRow(state.pupils[item.retention.pupil_id], item, item.retention.words(today, within_days))
        for item in review_list(state, today, years, within_days)
    )
    lead = state.lead
    erased = len(set(erasures_in(session.keybook, session.store)) & set(lead.closed_for_erasure))
    awaiting = tuple(closed_files(session, state, erasable_only=True))
    return RetentionList(
        today,
        within_days,
        years,
        rows,
        len(held_files(state)),
        len(lead.closed_for_erasure),
        len(lead.after_closure),
        erased,
        awaiting,
    )


def retention_for(session: Session, state: SchoolState, pupil_id: str) -> Retention:
    """One child's file's retention (a lead only)."""
    session.require_lead()
    return retention_of(state, _pupil(state, pupil_id).pupil_id, settings_of(state).retention_years)


def _pupil(state: SchoolState, pupil_id: str) -> Pupil:
    pupil = state.pupils.get(pupil_id)
    if pupil is None:
        raise NotFound("That pupil is not in this school's directory.")
    return pupil


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ServiceError("A reason is needed: say why, as the review or hold will be read later.")
    if len(reason) > MAX_REASON:
        raise ServiceError(f"The reason is at most {MAX_REASON} characters.")
    return reason


def review_file(
    session: Session,
    state: SchoolState,
    pupil_id: str,
    *,
    keep: bool,
    reason: str,
    until: date | None = None,
    today: date | None = None,
) -> str:
    """Record what a lead decided at a file's retention review: keep it until `until` (the next review date), or
    due for erasure. Only a file on the review list (past or within the year of its retention date, or with no date
    of birth) is reviewed; a held file is not. Returns the entry's id."""
    session.require_lead()
    _pupil(state, pupil_id)
    reason = _reason(reason)
    today = today or school_today(state)
    retention = retention_of(state, pupil_id, settings_of(state).retention_years)
    status = retention.status(today)
    if status is RetentionStatus.HELD:
        raise ServiceError("This file is held (an inquiry hold): it is never due while held. Lift the hold first.")
    if status is RetentionStatus.RUNNING:
        assert retention.retain_until is not None
        raise ServiceError(
            f"This file is kept until {retention.retain_until:%d %b %Y}: it comes up for review within the year "
            "before that, not now."
        )
    content: dict[str, object] = {"keep": keep, "reason": reason}
    if keep:
        if until is None:
            raise ServiceError("Keeping a file needs the next review date (--until).")
        if until <= today:
            raise ServiceError("The next review date must be after today.")
        if retention.retain_until is not None and until < retention.retain_until:
            raise ServiceError(
                f"The next review date cannot be before the file's retention date ({retention.retain_until:%d %b %Y})."
            )
        if until > today + timedelta(days=366 * MAX_KEEP_YEARS):
            raise ServiceError(f"The next review date is at most {MAX_KEEP_YEARS} years ahead.")
        content["until"] = until.isoformat()
    elif until is not None:
        raise ServiceError("A file due for erasure has no next review date.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.RETENTION_REVIEW, content, subject=pupil_id)
        uow.commit()
    return entry_id


def hold_file(session: Session, state: SchoolState, pupil_id: str, reason: str, *, lift: bool = False) -> str:
    """A lead holds a child's file past retention (an inquiry hold), with the reason; with `lift`, ends the hold
    that stands (the reason says why it ends). Returns the entry's id."""
    session.require_lead()
    _pupil(state, pupil_id)
    reason = _reason(reason)
    held = state.lead.retention_hold_of(pupil_id)
    if lift and held is None:
        raise ServiceError("This file is not held: there is no hold to lift.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.RETENTION_HOLD, {"reason": reason, "lifted": lift}, subject=pupil_id)
        uow.commit()
    return entry_id


@dataclass(frozen=True, slots=True)
class ClosedFile:
    """A file closed for erasure: the tombstone's id, the review that decided it, the exports made since."""

    entry_id: str
    review_id: str
    exports: tuple[str, ...]


def _when(access: FileAccess) -> tuple[datetime, str]:
    return (access.at, access.entry_id)


def close_for_erasure(session: Session, state: SchoolState, pupil_id: str) -> ClosedFile:
    """Close a file a lead decided at review is due for erasure (and that is not held): its signed tombstone names
    the child only by the opaque id, the review and the exports made after it (a pack or a transfer, when the
    school kept a copy). From then on the file shows in no view of the app on any PC that has the tombstone. Its
    keys are NOT destroyed (see the module's docstring)."""
    session.require_lead()
    _pupil(state, pupil_id)
    lead = state.lead
    if lead.retention_hold_of(pupil_id) is not None:
        raise ServiceError("This file is held (an inquiry hold): it cannot be closed for erasure while held.")
    review = lead.retention_review_of(pupil_id)
    if review is None or review.keep:
        raise ServiceError(
            "Only a file a lead decided at review is due for erasure can be closed for erasure: record that review "
            "first (retention review UPN --erase --reason ...)."
        )
    exports = tuple(
        a.entry_id
        for a in sorted(lead.accesses.values(), key=_when)
        if a.pupil_id == pupil_id and a.kind == EntryKind.FILE_EXPORTED and a.at >= review.at
    )
    with UnitOfWork(session) as uow:
        # Sealed to the directory key alone, as a roster entry is: every account's fold, the directory's included
        # (which reads entries sealed to that key only), must leave the child out. It holds no name and no reason.
        directory = sealing_recipient(session, uow)
        entry_id = uow.record(
            EntryKind.RETENTION_CLOSED,
            {"review": review.entry_id, "exports": list(exports)},
            subject=pupil_id,
            recipients=[directory],
        )
        uow.commit()
    return ClosedFile(entry_id, review.entry_id, exports)
