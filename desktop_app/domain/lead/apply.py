"""Taking the lead's entries into `LeadRecords`: one function, idempotent, whatever order entries arrive in."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.documents import document_from, withdrawal_from
from desktop_app.domain.entries import EntryKind, from_millis
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
from desktop_app.domain.lead.file_facts import CHILD, CHILD_FIELDS, REFERRAL, REFERRAL_FIELDS
from desktop_app.domain.lead.file_records import (
    AttendanceMarks,
    FileAccess,
    FileClosed,
    FileStatus,
    Mobility,
    RecordedFacts,
    RetentionHold,
    RetentionReview,
)
from desktop_app.domain.lead.household_records import HouseholdAdult, HouseholdChange, SuggestionDismissed
from desktop_app.domain.lead.lead_records import LeadRecords, SettingsRecord
from desktop_app.domain.lead.meetings import meeting_from

if TYPE_CHECKING:
    from desktop_app.domain.fold import OpenedEntry


def _text(content: dict[str, Any], key: str) -> str:
    value = content.get(key, "")
    return value if isinstance(value, str) else ""


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _yes_no(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _facts(content: dict[str, Any], names: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The (field, text) pairs an entry names, of the fields its kind may set, in field order; anything else
    (another kind's field, a value that is not text) is left out."""
    given = content.get("facts")
    if not isinstance(given, dict):
        return ()
    return tuple(sorted((k, v) for k, v in given.items() if k in names and isinstance(v, str)))


def _moment(value: Any, default: datetime) -> datetime:
    return from_millis(value) if isinstance(value, int) and not isinstance(value, bool) else default


_ACCESS_KINDS = (EntryKind.FILE_VIEWED, EntryKind.FILE_EXPORTED, EntryKind.FILE_PRINTED)
_HOUSEHOLD_KINDS = frozenset({EntryKind.HOUSEHOLD_LINK, EntryKind.HOUSEHOLD_UNLINK, EntryKind.HOUSEHOLD_ADULT})
_LEAD_KINDS = frozenset(
    {
        *_ACCESS_KINDS,
        EntryKind.LEAD_SETTINGS,
        EntryKind.HOUSEHOLD_DISMISSED,
        EntryKind.HOUSEHOLD_LINK,
        EntryKind.HOUSEHOLD_UNLINK,
        EntryKind.HOUSEHOLD_ADULT,
        EntryKind.ACKNOWLEDGEMENT,
        EntryKind.CATEGORY_CHANGE,
        EntryKind.OWNER,
        EntryKind.CONCERN_CLOSED,
        EntryKind.DECISION,
        EntryKind.SIGN_OFF,
        EntryKind.ACTION,
        EntryKind.ACTION_DONE,
        EntryKind.AGENCY_CONTACT,
        EntryKind.REFERRAL,
        EntryKind.REFERRAL_CHASED,
        EntryKind.REFERRAL_OUTCOME,
        EntryKind.AGENCY_STATUS,
        EntryKind.FILE_STATUS,
        EntryKind.MOBILITY,
        EntryKind.CHILD_FACTS,
        EntryKind.REFERRAL_FACTS,
        EntryKind.ATTENDANCE,
        EntryKind.RETENTION_HOLD,
        EntryKind.RETENTION_REVIEW,
        EntryKind.RETENTION_CLOSED,
        EntryKind.MEETING,
        EntryKind.DOCUMENT,
        EntryKind.DOCUMENT_WITHDRAWN,
    }
)
MAX_ATTENDANCE_DAYS = 400  # as domain/attendance/csv_marks.MAX_SPAN_DAYS: one import covers at most that
_CODE_LENGTH = 3


def apply_lead(records: LeadRecords, entry: OpenedEntry) -> bool:
    """Take in one lead entry; False when `entry` is not one of the lead's kinds (or has no subject where needed)."""
    kind, c, pupil, by, at = entry.kind, entry.content, entry.subject or "", entry.author_id, entry.recorded_at
    eid = entry.entry_id
    if eid in records.applied:
        return kind in _LEAD_KINDS
    if kind in _LEAD_KINDS:
        records.applied.add(eid)
    if kind in _HOUSEHOLD_KINDS:
        records.household_version += 1
    if _apply_school_wide(records, kind, c, by, at, eid):
        return True
    if not pupil:
        return False
    if kind == EntryKind.RETENTION_CLOSED:  # the tombstone: not a record in the file, which it closes
        exports = tuple(e for e in c.get("exports", ()) if isinstance(e, str))
        closed = FileClosed(eid, pupil, _text(c, "review"), exports, by, at)
        first = records.closed_for_erasure.get(pupil)
        if first is None or (closed.at, closed.entry_id) < (first.at, first.entry_id):
            records.closed_for_erasure[pupil] = closed
        return True
    handled = _apply_about_child(records, entry, kind, c, pupil, by, at, eid)
    if handled is not None and kind not in _ACCESS_KINDS:  # openings are many and not part of the file's records
        records.by_pupil.setdefault(pupil, []).append(handled)
    return handled is not None


def _apply_school_wide(records: LeadRecords, kind: str, c: dict[str, Any], by: str, at: datetime, eid: str) -> bool:
    """Take in the lead's settings or a household record (no one child's); False for any other kind."""
    if kind == EntryKind.LEAD_SETTINGS:
        payload = {k: v for k, v in c.items() if k != "kind"}
        records.settings[eid] = SettingsRecord(eid, payload, by, at)
        return True
    if kind == EntryKind.HOUSEHOLD_DISMISSED:
        records.dismissed[eid] = SuggestionDismissed(eid, frozenset(c.get("pupils", ())), by, at)
        return True
    if kind in (EntryKind.HOUSEHOLD_LINK, EntryKind.HOUSEHOLD_UNLINK):
        change = HouseholdChange(
            eid,
            _text(c, "change") or eid,
            _text(c, "household"),
            kind == EntryKind.HOUSEHOLD_LINK,
            tuple(p for p in c.get("pupils", ()) if isinstance(p, str)),
            by,
            at,
            tuple(p for p in c.get("members", ()) if isinstance(p, str)),
        )
        records.household_changes[eid] = change
        return True
    if kind == EntryKind.HOUSEHOLD_ADULT:
        adult = _household_adult(c, eid, by, at)
        held = records.household_adults.get(adult.adult_id)
        if held is None or (held.at, held.entry_id) < (adult.at, adult.entry_id):
            records.household_adults[adult.adult_id] = adult
        return True
    return False


def _household_adult(c: dict[str, Any], eid: str, by: str, at: datetime) -> HouseholdAdult:
    """An adult around a household's children, as a lead's entry describes them."""
    pr = c.get("parental_responsibility")
    return HouseholdAdult(
        eid,
        _text(c, "adult") or eid,
        _text(c, "household"),
        _text(c, "name"),
        _text(c, "relationship"),
        pr if isinstance(pr, bool) else None,
        _text(c, "address"),
        _text(c, "notes"),
        bool(c.get("removed", False)),
        by,
        at,
        _text(c, "contact"),
        _text(c, "language"),
        _yes_no(c.get("interpreter_needed")),
        _date(c.get("date_of_birth")),
        _text(c, "school"),
        _yes_no(c.get("focus_of_referral")),
    )


def _apply_about_child(
    records: LeadRecords, entry: OpenedEntry, kind: str, c: dict[str, Any], pupil: str, by: str, at: datetime, eid: str
) -> Any:
    """Take in a record about one child; returns the record, or None when `kind` is not one of the lead's."""
    for apply in (_apply_about_the_file, _apply_about_a_concern, _apply_with_agencies):
        record = apply(records, entry, kind, c, pupil, by, at, eid)
        if record is not None:
            return record
    return None


def _apply_about_the_file(
    records: LeadRecords, entry: OpenedEntry, kind: str, c: dict[str, Any], pupil: str, by: str, at: datetime, eid: str
) -> Any:
    """The file's openings and exports, its status, facts, attendance, retention, documents and mobility."""
    record: Any
    if kind in _ACCESS_KINDS:
        record = records.accesses[eid] = FileAccess(eid, pupil, kind, _text(c, "what"), _text(c, "detail"), by, at)
    elif kind == EntryKind.FILE_STATUS:
        record = FileStatus(eid, pupil, _text(c, "status"), _text(c, "note"), entry.occurred_at, by, at)
        records.file_statuses[eid] = record
    elif kind == EntryKind.CHILD_FACTS:
        record = records.facts[eid] = RecordedFacts(eid, pupil, CHILD, "", _facts(c, CHILD_FIELDS), by, at)
    elif kind == EntryKind.REFERRAL_FACTS:
        referral = _text(c, "referral")
        record = records.facts[eid] = RecordedFacts(eid, pupil, REFERRAL, referral, _facts(c, REFERRAL_FIELDS), by, at)
    elif kind == EntryKind.ATTENDANCE:
        record = records.attendance[eid] = _attendance(eid, pupil, c, by, at)
    elif kind == EntryKind.RETENTION_HOLD:
        lifted = c.get("lifted", False) is True
        record = records.retention_holds[eid] = RetentionHold(eid, pupil, _text(c, "reason"), lifted, by, at)
    elif kind == EntryKind.RETENTION_REVIEW:
        keep = c.get("keep") is True
        until = _date(c.get("until")) if keep else None
        record = records.retention_reviews[eid] = RetentionReview(eid, pupil, keep, _text(c, "reason"), until, by, at)
    elif kind == EntryKind.DOCUMENT:
        record = records.documents[eid] = document_from(c, eid, pupil, entry.occurred_at, by, at)
    elif kind == EntryKind.DOCUMENT_WITHDRAWN:
        record = withdrawal_from(c, eid, pupil, entry.occurred_at, by, at)
        records.documents_withdrawn.setdefault(record.document_id, []).append(record)
    elif kind == EntryKind.MOBILITY:
        mobile = bool(c.get("independently_mobile", True))
        record = records.mobility[eid] = Mobility(eid, pupil, mobile, _text(c, "note"), by, at)
    else:
        return None
    return record


def _apply_about_a_concern(
    records: LeadRecords, entry: OpenedEntry, kind: str, c: dict[str, Any], pupil: str, by: str, at: datetime, eid: str
) -> Any:
    """A concern's acknowledgement, category, owner, closure, decision, sign-offs, actions and meetings."""
    concern = _text(c, "concern")
    record: Any
    if kind == EntryKind.ACKNOWLEDGEMENT:
        record = Acknowledgement(eid, concern, pupil, by, at)
        records.acknowledgements.setdefault(concern, []).append(record)
    elif kind == EntryKind.CATEGORY_CHANGE:
        record = CategoryChange(eid, concern, pupil, _text(c, "category"), _text(c, "reason"), by, at)
        records.category_changes.setdefault(concern, []).append(record)
    elif kind == EntryKind.OWNER:
        record = OwnerAssignment(eid, concern, pupil, _text(c, "owner"), by, at)
        records.owners.setdefault(concern, []).append(record)
    elif kind == EntryKind.CONCERN_CLOSED:
        record = ConcernClosure(eid, concern, pupil, _text(c, "outcome"), by, at)
        records.closures.setdefault(concern, []).append(record)
    elif kind == EntryKind.DECISION:
        flags = tuple(f for f in c.get("flags", ()) if isinstance(f, str))
        needs_second = bool(c.get("needs_second_lead", False))
        record = Decision(eid, concern, pupil, _text(c, "decision"), _text(c, "rationale"), needs_second, flags, by, at)
        records.decisions[eid] = record
        records.decisions_by_concern.setdefault(concern, []).append(eid)
    elif kind == EntryKind.SIGN_OFF:
        decision = _text(c, "decision")
        record = SignOff(eid, decision, pupil, bool(c.get("agrees", False)), _text(c, "comment"), by, at)
        records.sign_offs.setdefault(decision, []).append(record)
    elif kind == EntryKind.ACTION:
        due = _date(c.get("due"))
        record = records.actions[eid] = Action(eid, pupil, concern, _text(c, "text"), _text(c, "owner"), due, by, at,
                                               _text(c, "meeting"), _text(c, "owner_name"))  # fmt: skip
    elif kind == EntryKind.MEETING:
        record = records.meetings[eid] = meeting_from(eid, pupil, c, by, at)
    elif kind == EntryKind.ACTION_DONE:
        action = _text(c, "action")
        record = ActionDone(eid, action, pupil, _text(c, "note"), by, at)
        records.actions_done.setdefault(action, []).append(record)
    else:
        return None
    return record


def _apply_with_agencies(
    records: LeadRecords, entry: OpenedEntry, kind: str, c: dict[str, Any], pupil: str, by: str, at: datetime, eid: str
) -> Any:
    """Contacts with other agencies, referrals with their chases and outcomes, and agency statuses."""
    concern = _text(c, "concern")
    record: Any
    if kind == EntryKind.AGENCY_CONTACT:
        record = records.contacts[eid] = AgencyContact(
            eid, pupil, concern, entry.occurred_at, _text(c, "who"), _text(c, "organisation"), _text(c, "said"), by, at
        )
    elif kind == EntryKind.REFERRAL:
        expected = _moment(c.get("expected_by"), entry.occurred_at)
        record = records.referrals[eid] = Referral(
            eid, pupil, concern, _text(c, "agency"), _text(c, "reference"), entry.occurred_at, expected, by, at
        )
    elif kind == EntryKind.REFERRAL_CHASED:
        referral = _text(c, "referral")
        record = ReferralChase(eid, referral, pupil, _text(c, "note"), by, at)
        records.chases.setdefault(referral, []).append(record)
    elif kind == EntryKind.REFERRAL_OUTCOME:
        referral = _text(c, "referral")
        record = ReferralOutcome(eid, referral, pupil, _text(c, "outcome"), by, at)
        records.outcomes.setdefault(referral, []).append(record)
    elif kind == EntryKind.AGENCY_STATUS:
        active = bool(c.get("active", True))
        record = records.agency_statuses[eid] = AgencyStatus(
            eid, pupil, _text(c, "status"), active, _text(c, "agency"), _text(c, "contact"), _text(c, "note"),
            entry.occurred_at, by, at,
        )  # fmt: skip
    else:
        return None
    return record


def _attendance(eid: str, pupil: str, c: dict[str, Any], by: str, at: datetime) -> AttendanceMarks:
    """One child's marks from one import; ValueError when the content is in no form the app writes (the fold then
    passes over it and `verify` names it)."""
    days, am, pm = c.get("days"), c.get("am"), c.get("pm")
    if not (isinstance(days, list) and isinstance(am, list) and isinstance(pm, list)):
        raise ValueError("attendance marks are lists")
    if not (len(days) == len(am) == len(pm)) or len(days) > MAX_ATTENDANCE_DAYS:
        raise ValueError("attendance marks are one of each per day, for at most a school year")
    for day, first, second in zip(days, am, pm, strict=True):
        if not (isinstance(day, str) and len(day) == 10 and isinstance(first, str) and isinstance(second, str)):
            raise ValueError("an attendance day is an ISO date with two codes")
        if len(first) > _CODE_LENGTH or len(second) > _CODE_LENGTH:
            raise ValueError("an attendance code is at most three characters")
    return AttendanceMarks(eid, pupil, _text(c, "import"), tuple(days), tuple(am), tuple(pm), by, at)
