"""LeadRecords: every lead record of the school as folded from entries, keyed by what it is about."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Protocol, TypeVar

from desktop_app.domain.documents import Document, DocumentWithdrawn
from desktop_app.domain.lead.agency_records import AgencyContact, AgencyStatus, Referral, ReferralChase, ReferralOutcome
from desktop_app.domain.lead.concern_records import (
    Acknowledgement,
    Action,
    ActionDone,
    CategoryChange,
    ConcernClosure,
    Decision,
    OwnerAssignment,
    SignOff,
)
from desktop_app.domain.lead.file_records import (
    AttendanceMarks,
    FileAccess,
    FileClosed,
    FileStatus,
    FileStatusCode,
    Mobility,
    RecordedFacts,
    RetentionHold,
    RetentionReview,
)
from desktop_app.domain.lead.household_records import HouseholdAdult, HouseholdChange, SuggestionDismissed
from desktop_app.domain.lead.meetings import Meeting

_R = TypeVar("_R")


@dataclass(frozen=True, slots=True)
class SettingsRecord:
    entry_id: str
    payload: dict[str, Any]
    by: str
    at: datetime


@dataclass(slots=True)
class LeadRecords:
    """Every lead record a reader can open, keyed by what it is about. Lists are in recorded order after a fold;
    the functions reading them (domain/triage/, decisions.py, households.py) never depend on that order."""

    acknowledgements: dict[str, list[Acknowledgement]] = field(default_factory=dict)
    category_changes: dict[str, list[CategoryChange]] = field(default_factory=dict)
    owners: dict[str, list[OwnerAssignment]] = field(default_factory=dict)
    closures: dict[str, list[ConcernClosure]] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    sign_offs: dict[str, list[SignOff]] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    actions_done: dict[str, list[ActionDone]] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    contacts: dict[str, AgencyContact] = field(default_factory=dict)
    referrals: dict[str, Referral] = field(default_factory=dict)
    chases: dict[str, list[ReferralChase]] = field(default_factory=dict)
    outcomes: dict[str, list[ReferralOutcome]] = field(default_factory=dict)
    agency_statuses: dict[str, AgencyStatus] = field(default_factory=dict)
    file_statuses: dict[str, FileStatus] = field(default_factory=dict)
    mobility: dict[str, Mobility] = field(default_factory=dict)
    attendance: dict[str, AttendanceMarks] = field(default_factory=dict)
    retention_holds: dict[str, RetentionHold] = field(default_factory=dict)
    retention_reviews: dict[str, RetentionReview] = field(default_factory=dict)
    closed_for_erasure: dict[str, FileClosed] = field(default_factory=dict)  # by child: the first tombstone stands
    # Entries about a closed child recorded after its tombstone (a PC that had not heard yet): left out, and counted
    # here (entry id -> child) so the leads are told, never silently lost.
    after_closure: dict[str, str] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    documents_withdrawn: dict[str, list[DocumentWithdrawn]] = field(default_factory=dict)  # by document id
    household_changes: dict[str, HouseholdChange] = field(default_factory=dict)
    household_adults: dict[str, HouseholdAdult] = field(default_factory=dict)
    facts: dict[str, RecordedFacts] = field(default_factory=dict)  # a referral form's facts (domain/lead/file_facts.py)
    dismissed: dict[str, SuggestionDismissed] = field(default_factory=dict)
    accesses: dict[str, FileAccess] = field(default_factory=dict)
    settings: dict[str, SettingsRecord] = field(default_factory=dict)
    decisions_by_concern: dict[str, list[str]] = field(default_factory=dict)
    applied: set[str] = field(default_factory=set)  # entry ids taken in: applying one twice changes nothing
    # Every record about a child, for their file (not the openings in `accesses`: a file is opened many times).
    by_pupil: dict[str, list[Any]] = field(default_factory=dict)
    household_version: int = 0  # how many household entries were taken in: the key of the cache below
    _households: tuple[int, Any] | None = field(default=None, repr=False, compare=False)

    def detached(self) -> LeadRecords:
        """A copy for reading elsewhere (see `SchoolState.detached`). `applied` is shared, not copied: only folding
        reads it, and a copy is never folded into."""
        copied = {f.name: getattr(self, f.name) for f in fields(self)}
        for name, value in copied.items():
            if isinstance(value, dict):
                copied[name] = {key: list(item) if isinstance(item, list) else item for key, item in value.items()}
        return LeadRecords(**copied)

    def latest_settings(self) -> SettingsRecord | None:
        return _latest(self.settings.values())

    def acknowledgement(self, concern_id: str) -> Acknowledgement | None:
        """The first acknowledgement of a concern (later ones by other leads change nothing)."""
        acks = self.acknowledgements.get(concern_id)
        return min(acks, key=lambda a: (a.at, a.entry_id)) if acks else None

    def category_of(self, concern_id: str, original: str) -> str:
        """A concern's category after any lead's correction (the latest stands), else what its author chose."""
        change = _latest(self.category_changes.get(concern_id, ()))
        return change.category if change else original

    def categories_of(self, concern_id: str, original: tuple[str, ...]) -> tuple[str, ...]:
        """A concern's categories after any lead's correction, else what its author chose. A lead's correction
        names one category and stands for the whole concern (the author's choice stays in the chronology)."""
        change = _latest(self.category_changes.get(concern_id, ()))
        return (change.category,) if change else original

    def owner_of(self, concern_id: str) -> str:
        change = _latest(self.owners.get(concern_id, ()))
        return change.owner_id if change else ""

    def closure(self, concern_id: str) -> ConcernClosure | None:
        return _latest(self.closures.get(concern_id, ()))

    def decisions_on(self, concern_id: str) -> list[Decision]:
        """Every decision on a concern, oldest first; the last one stands."""
        ids = self.decisions_by_concern.get(concern_id)
        if not ids:
            return []
        found = [self.decisions[d] for d in ids if d in self.decisions]
        return sorted(found, key=lambda d: (d.at, d.entry_id))

    def latest_decision(self, concern_id: str) -> Decision | None:
        """The decision that stands: the last of `decisions_on` (found without sorting them all)."""
        ids = self.decisions_by_concern.get(concern_id)
        if not ids:
            return None
        return max((self.decisions[d] for d in ids if d in self.decisions), key=_at_and_id, default=None)

    def action_done(self, action_id: str) -> ActionDone | None:
        done = self.actions_done.get(action_id)
        return min(done, key=lambda d: (d.at, d.entry_id)) if done else None

    def referral_outcome(self, referral_id: str) -> ReferralOutcome | None:
        return _latest(self.outcomes.get(referral_id, ()))

    def last_chase(self, referral_id: str) -> ReferralChase | None:
        return _latest(self.chases.get(referral_id, ()))

    def about(self, pupil_id: str, kind: type[_R]) -> list[_R]:
        """Every record of one type about one child (through the per-child index)."""
        return [r for r in self.by_pupil.get(pupil_id, ()) if type(r) is kind]

    def mobility_of(self, pupil_id: str) -> Mobility | None:
        return _latest(self.about(pupil_id, Mobility))

    def retention_hold_of(self, pupil_id: str) -> RetentionHold | None:
        """The hold on a child's file while it stands (the latest hold entry does not lift it), or None."""
        hold = _latest(self.about(pupil_id, RetentionHold))
        return hold if hold is not None and not hold.lifted else None

    def retention_review_of(self, pupil_id: str) -> RetentionReview | None:
        return _latest(self.about(pupil_id, RetentionReview))

    def file_status_of(self, pupil_id: str) -> FileStatus | None:
        return _latest(self.about(pupil_id, FileStatus))

    def closed_file(self, pupil_id: str) -> FileStatus | None:
        """The file status that closed a child's file, while it stands (the latest status is `closed`), or None."""
        status = self.file_status_of(pupil_id)
        return status if status is not None and status.status == FileStatusCode.CLOSED else None

    def read_only_reason(self, pupil_id: str) -> str | None:
        """Why nothing more may be written in a child's file (it was transferred out), or None."""
        status = self.file_status_of(pupil_id)
        if status is None or status.status != FileStatusCode.TRANSFERRED_OUT:
            return None
        return (
            f"This child's file was transferred to another school on {status.occurred_at:%d %b %Y} and is kept "
            "read-only here; record anything new with the receiving school."
        )


def _at_and_id(record: Any) -> tuple[datetime, str]:
    return (record.at, record.entry_id)


class _Dated(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def entry_id(self) -> str: ...


_D = TypeVar("_D", bound=_Dated)


def _latest(records: Collection[_D]) -> _D | None:
    """The record with the latest (recorded time, entry id), or None."""
    if not records:
        return None  # most concerns have no corrections, owners or closures: skip building a key function
    return max(records, key=lambda r: (r.at, r.entry_id))
