"""A child's chronology: what happened, in the order it happened, each row pointing at its full record.

It merges the concerns (with their injuries) and addenda with everything a lead recorded about them:
acknowledgements, category corrections, owners, decisions and sign-offs, actions, agency contacts, referrals,
their chases and outcomes, closures, other agencies' involvement, file status and transfers. A family
chronology merges the chronologies of the children of a household.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, tzinfo
from typing import Any

from desktop_app.domain.attendance.summary import ChildAttendance, attendance_of
from desktop_app.domain.bodymap import REGION_NAMES
from desktop_app.domain.documents import Document
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.agency_records import (
    AgencyContact,
    AgencyStatus,
    AgencyStatusCode,
    Referral,
    ReferralChase,
    ReferralOutcome,
)
from desktop_app.domain.lead.concern_records import (
    Acknowledgement,
    Action,
    ActionDone,
    CategoryChange,
    ConcernClosure,
    Decision,
    OwnerAssignment,
    SignOff,
    decision_words,
)
from desktop_app.domain.lead.file_parts import concern_categories, concern_category, concern_marks, staff_name
from desktop_app.domain.lead.file_records import AttendanceMarks, FileStatus, FileStatusCode, Mobility
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.lead.meetings import Meeting
from desktop_app.domain.records import Addendum, Concern, SchoolState

LATE_AFTER_HOURS = 24


class RowKind:
    """The kinds of row, for filtering; `INJURY` selects the concerns that recorded injuries."""

    CONCERN = "concern"
    INJURY = "injury"
    ADDENDUM = "addendum"
    ACKNOWLEDGEMENT = "acknowledgement"
    CATEGORY = "category"
    OWNER = "owner"
    DECISION = "decision"
    SIGN_OFF = "sign-off"
    ACTION = "action"
    ACTION_DONE = "action-done"
    AGENCY_CONTACT = "agency-contact"
    REFERRAL = "referral"
    REFERRAL_CHASED = "referral-chased"
    REFERRAL_OUTCOME = "referral-outcome"
    OUTCOME = "outcome"
    AGENCY_STATUS = "agency-status"
    FILE_STATUS = "file-status"
    TRANSFER = "transfer"
    MOBILITY = "mobility"
    ATTENDANCE = "attendance"  # session marks imported from the MIS
    MEETING = "meeting"  # a multi-agency meeting and its plan's outcome (domain/lead/meetings.py)
    DOCUMENT = "document"  # a file a lead attached (domain/documents.py)
    SIBLING = "sibling-concern"  # a cross-reference: a concern about another child of the household

    ALL = (
        CONCERN, INJURY, ADDENDUM, ACKNOWLEDGEMENT, CATEGORY, OWNER, DECISION, SIGN_OFF, ACTION, ACTION_DONE,
        AGENCY_CONTACT, REFERRAL, REFERRAL_CHASED, REFERRAL_OUTCOME, OUTCOME, AGENCY_STATUS, FILE_STATUS, TRANSFER,
        MOBILITY, ATTENDANCE, SIBLING, MEETING,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ChronologyItem:
    """One row: when it happened, when it was written down, what it was, and who recorded it.

    `concern_id` is the concern the row belongs to (itself for a concern row), `pupil_id` the child (which
    matters in a family chronology), `injuries` the number of marks on a concern row. A concern row also carries
    the child's own words as written, who was present, where it happened, and its outcome (its closure, else the
    decision that stands on it); other rows leave them empty.
    """

    entry_id: str
    occurred_at: datetime
    recorded_at: datetime
    kind: str
    category: str
    summary: str
    action: str
    recorded_by: str
    amends: str = ""
    pupil_id: str = ""
    concern_id: str = ""
    injuries: int = 0
    childs_words: str = ""
    present: str = ""
    location: str = ""
    outcome: str = ""
    from_school: str = ""  # a record taken in from a file received from another school (domain/imported.py)
    categories: tuple[str, ...] = ()  # every category of the concern, the main one (`category`) first
    shared_with: str = ""  # a concern's: who it was shared with, as written

    @property
    def all_categories(self) -> tuple[str, ...]:
        return self.categories or ((self.category,) if self.category else ())

    @property
    def recorded_late(self) -> bool:
        return (self.recorded_at - self.occurred_at).total_seconds() > LATE_AFTER_HOURS * 3600

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "occurred_at": self.occurred_at.isoformat(),
            "recorded_at": self.recorded_at.isoformat(),
            "kind": self.kind,
            "category": self.category,
            "categories": list(self.all_categories),
            "summary": self.summary,
            "action": self.action,
            "recorded_by": self.recorded_by,
            "amends": self.amends,
            "recorded_late": self.recorded_late,
            "pupil_id": self.pupil_id,
            "concern_id": self.concern_id,
            "injuries": self.injuries,
            "childs_words": self.childs_words,
            "present": self.present,
            "shared_with": self.shared_with,
            "location": self.location,
            "outcome": self.outcome,
            "from_school": self.from_school,
        }


def describe_injuries(state: SchoolState, concern: Concern, region_name: Any = None) -> str:
    """`2 injuries: bruise on left upper arm (3 cm); …` in words."""
    marks = concern_marks(state, concern)
    if not marks:
        return ""
    name = region_name or (lambda code: code.replace("-", " "))
    parts = []
    for mark in marks:
        size = f" ({mark.size_cm:g} cm)" if mark.size_cm else ""
        parts.append(f"{mark.type} on {name(mark.region)}{size}")
    noun = "injury" if len(parts) == 1 else "injuries"
    return f"{len(parts)} {noun}: " + "; ".join(parts)


def _date_words(moment: datetime, tz: tzinfo | None = None) -> str:
    local = moment.astimezone(tz)
    zone = local.strftime("%Z")
    return local.strftime("%d %b %Y %H:%M") + (f" {zone}" if zone and tz is not None else "")


def concern_outcome(lead: LeadRecords, concern_id: str) -> str:
    """A concern's outcome in words: its closure, else where the decision that stands on it is."""
    closure = lead.closure(concern_id)
    if closure is not None:
        return f"Closed: {closure.outcome}"
    decision = lead.latest_decision(concern_id)
    return f"Decision: {decision_words(decision.decision)}" if decision else ""


def also_recorded_words(concern: Concern) -> str:
    """`Also recorded for 2 other children (one concern about several children).`: the count its author recorded,
    never who they are nor what was written there (each child's entry stands in that child's own file)."""
    others = concern.group_size - 1
    noun = "child" if others == 1 else "children"
    return f"Also recorded for {others} other {noun} (one concern about several children)."


def addendum_summary(concern: Concern, note: Addendum, region_name: Any = None) -> str:
    """An addendum's text, and the marks it added in words; marks written by anyone but the concern's author are
    named as not counted (they are on no body map and in no red flag)."""
    if not note.marks:
        return note.text
    name = region_name or (lambda code: code.replace("-", " "))
    sites = "; ".join(
        f"{m.type} on {name(m.region) if m.region in REGION_NAMES else m.region}"
        + (f" ({m.size_cm:g} cm)" if m.size_cm else "")
        for m in note.marks
    )
    if note.marks_count_for(concern):
        noun = "mark" if len(note.marks) == 1 else "marks"
        return f"{note.text}\nAdded {len(note.marks)} {noun} noticed later: {sites}"
    return (
        f"{note.text}\nNot counted: this addendum also holds marks ({sites}), but only the person who recorded "
        "the concern can add marks to it."
    )


class _Rows:
    """Collects one child's rows. Private state: the state, the child, the rows so far, the time zone in which
    times inside a row's words are written, and the staff names already looked up."""

    def __init__(self, state: SchoolState, pupil_id: str, region_name: Any, tz: tzinfo | None = None) -> None:
        self.state, self.pupil_id, self.region_name, self.tz = state, pupil_id, region_name, tz
        self.rows: list[ChronologyItem] = []
        self._names: dict[str, str] = {}
        self._attendance: ChildAttendance | None = None

    def attendance_around(self, concern: Concern) -> str:
        """The child's absence in the school days around an injury, in words ("" when no marks reach it)."""
        if self._attendance is None:
            self._attendance = attendance_of(self.state.lead, self.pupil_id)
        if not self._attendance:
            return ""
        return self._attendance.around(concern.occurred_at.astimezone(UTC).date()).words  # as the red flags read it

    def who(self, account_id: str) -> str:
        name = self._names.get(account_id)
        if name is None:
            name = staff_name(self.state, account_id).words
            self._names[account_id] = name
        return name

    def category_of(self, concern_id: str) -> str:
        concern = self.state.concerns.get(concern_id)
        return concern_category(self.state, concern) if concern else ""

    def add(self, entry_id: str, occurred: datetime, recorded: datetime, kind: str, summary: str, by: str,
            concern_id: str = "", action: str = "", amends: str = "", injuries: int = 0,
            category: str | None = None) -> None:  # fmt: skip
        category = self.category_of(concern_id) if category is None else category
        self.rows.append(ChronologyItem(entry_id, occurred, recorded, kind, category, summary, action, self.who(by),
                                        amends, self.pupil_id, concern_id, injuries,
                                        from_school=self.from_school(entry_id)))  # fmt: skip

    def from_school(self, entry_id: str) -> str:
        origin = self.state.transfers.origins.get(entry_id)
        return origin.from_school if origin is not None else ""

    def concerns(self) -> None:
        state, pupil_id, addenda, append = self.state, self.pupil_id, self.state.addenda, self.rows.append
        for concern in state.concerns_for(pupil_id):
            summary = concern.what_happened
            marks = concern_marks(state, concern)
            if marks:
                summary = f"{summary}\n{describe_injuries(state, concern, self.region_name)}"
                if around := self.attendance_around(concern):
                    summary = f"{summary}\n{around}"
            if concern.group_size > 1:
                summary = f"{summary}\n{also_recorded_words(concern)}"
            cid = concern.concern_id
            categories = concern_categories(state, concern)
            append(  # `add`, by position: a child's file reads every concern of the child
                ChronologyItem(cid, concern.occurred_at, concern.recorded_at, RowKind.CONCERN, categories[0], summary,
                               concern.action_taken, self.who(concern.author_id), "", pupil_id, cid, len(marks),
                               concern.childs_words, concern.present, concern.location,
                               concern_outcome(state.lead, cid), self.from_school(cid), categories,
                               concern.shared_with)
            )  # fmt: skip
            for note in addenda.get(cid, ()):
                added = len(note.marks) if note.marks_count_for(concern) else 0
                self.add(note.addendum_id, note.recorded_at, note.recorded_at, RowKind.ADDENDUM,
                         addendum_summary(concern, note, self.region_name), note.author_id, cid, amends=note.amends,
                         category=categories[0], injuries=added)  # fmt: skip

    def lead_rows(self, lead: LeadRecords) -> None:
        """A row for every lead record about the child (read through the per-child index, not the school's)."""
        for record in lead.by_pupil.get(self.pupil_id, ()):
            row = _LEAD_ROWS.get(type(record))
            if row is not None:
                row(self, lead, record)

    def transfers(self) -> None:
        """Files sent to or received from another school, and the receipts (domain/transfer.py)."""
        transfers = self.state.transfers
        for sent in transfers.outs_for(self.pupil_id):
            self.add(sent.entry_id, sent.sent_at, sent.sent_at, RowKind.TRANSFER,
                     f"File sent to {sent.to_school} ({len(sent.entry_ids)} records); receipt due by "
                     f"{_date_words(sent.due_at)}", sent.by)  # fmt: skip
            receipt = transfers.receipt_of(sent.transfer_id)
            if receipt is not None:
                text = f"{sent.to_school} confirmed receipt of the file"
                self.add(receipt.entry_id, receipt.at, receipt.at, RowKind.TRANSFER, text, receipt.by,
                         amends=sent.entry_id)  # fmt: skip
        for received in transfers.ins_for(self.pupil_id):
            self.add(received.entry_id, received.sent_at, received.at, RowKind.TRANSFER,
                     f"File received from {received.from_school} ({len(received.records)} records, sent by "
                     f"{received.sent_by}); its records are in this chronology, each marked as written at "
                     f"{received.from_school}", received.by)  # fmt: skip

    def _ack(self, lead: LeadRecords, ack: Acknowledgement) -> None:
        self.add(ack.entry_id, ack.at, ack.at, RowKind.ACKNOWLEDGEMENT,
                 f"Concern {short_reference(ack.concern_id)} acknowledged by {self.who(ack.by)}", ack.by,
                 ack.concern_id, amends=ack.concern_id)  # fmt: skip

    def _category(self, lead: LeadRecords, change: CategoryChange) -> None:
        concern = self.state.concerns.get(change.concern_id)
        author = ", ".join(concern.categories) if concern else "?"
        text = f"Category set to {change.category} (recorded by its author as {author})"
        text += f": {change.reason}" if change.reason else ""
        self.add(change.entry_id, change.at, change.at, RowKind.CATEGORY, text, change.by, change.concern_id,
                 amends=change.concern_id)  # fmt: skip

    def _owner(self, lead: LeadRecords, owner: OwnerAssignment) -> None:
        self.add(owner.entry_id, owner.at, owner.at, RowKind.OWNER, f"Owner: {self.who(owner.owner_id)}", owner.by,
                 owner.concern_id, amends=owner.concern_id)  # fmt: skip

    def _decision(self, lead: LeadRecords, decision: Decision) -> None:
        text = f"Decision: {decision_words(decision.decision)}. Rationale: {decision.rationale}"
        if decision.needs_second_lead:
            text += "\nNot a referral while red flags were open, so a second lead must sign it off: "
            text += "; ".join(decision.open_flags)
        self.add(decision.entry_id, decision.at, decision.at, RowKind.DECISION, text, decision.by,
                 decision.concern_id, amends=decision.concern_id)  # fmt: skip

    def _sign_off(self, lead: LeadRecords, sign_off: SignOff) -> None:
        decision = lead.decisions.get(sign_off.decision_id)
        words = decision_words(decision.decision) if decision else "unknown"
        verdict = "agrees with" if sign_off.agrees else "challenges"
        text = f"A second lead {verdict} the decision ({words})"
        if decision is not None and sign_off.by == decision.by:
            text = "The decision's own author noted (this does not count as a second lead's sign-off)"
        text += f": {sign_off.comment}" if sign_off.comment else ""
        self.add(sign_off.entry_id, sign_off.at, sign_off.at, RowKind.SIGN_OFF, text, sign_off.by,
                 decision.concern_id if decision else "", amends=sign_off.decision_id)  # fmt: skip

    def _action(self, lead: LeadRecords, action: Action) -> None:
        due = f" by {action.due.isoformat()}" if action.due else ""
        # no owner: another school's staff; a named person from another agency for a meeting's plan
        owner = self.who(action.owner_id) if action.owner_id else action.owner_name
        owner = f" for {owner}" if owner else ""
        meeting = lead.meetings.get(action.meeting_id) if action.meeting_id else None
        what = f"Plan action ({meeting.type_words}, {meeting.held_on:%d %b %Y})" if meeting else "Action"
        self.add(action.entry_id, action.at, action.at, RowKind.ACTION, f"{what}{owner}{due}: {action.text}",
                 action.by, action.concern_id, action=action.text)  # fmt: skip

    def _meeting(self, lead: LeadRecords, meeting: Meeting) -> None:
        held = datetime.combine(meeting.held_on, time(12, 0), tzinfo=self.tz or UTC)
        text = f"{meeting.type_words}. Outcome: {meeting.outcome_words}"
        if meeting.next_on:
            text += f"; next meeting or review {meeting.next_on:%d %b %Y}"
        if meeting.attendees:
            text += "\nAttended: " + "; ".join(a.words for a in meeting.attendees)
        if meeting.notes:
            text += f"\n{meeting.notes}"
        self.add(meeting.entry_id, held, meeting.at, RowKind.MEETING, text, meeting.by, action=meeting.outcome_words)

    def _action_done(self, lead: LeadRecords, done: ActionDone) -> None:
        action = lead.actions.get(done.action_id)
        text = f"Action done: {action.text if action else ''}" + (f". {done.note}" if done.note else "")
        self.add(done.entry_id, done.at, done.at, RowKind.ACTION_DONE, text, done.by,
                 action.concern_id if action else "", amends=done.action_id)  # fmt: skip

    def _contact(self, lead: LeadRecords, contact: AgencyContact) -> None:
        self.add(contact.entry_id, contact.occurred_at, contact.at, RowKind.AGENCY_CONTACT,
                 f"Spoke with {contact.who} ({contact.organisation}): {contact.said}", contact.by,
                 contact.concern_id)  # fmt: skip

    def _referral(self, lead: LeadRecords, referral: Referral) -> None:
        expected = _date_words(referral.expected_by, self.tz)
        self.add(referral.entry_id, referral.occurred_at, referral.at, RowKind.REFERRAL,
                 f"Referral to {referral.agency}, reference {referral.reference or '(none given)'}; response "
                 f"expected by {expected}", referral.by, referral.concern_id)  # fmt: skip

    def _chase(self, lead: LeadRecords, chase: ReferralChase) -> None:
        referral = lead.referrals.get(chase.referral_id)
        agency = referral.agency if referral else "an agency"
        self.add(chase.entry_id, chase.at, chase.at, RowKind.REFERRAL_CHASED,
                 f"Referral to {agency} chased" + (f": {chase.note}" if chase.note else ""), chase.by,
                 referral.concern_id if referral else "", amends=chase.referral_id)  # fmt: skip

    def _outcome(self, lead: LeadRecords, outcome: ReferralOutcome) -> None:
        referral = lead.referrals.get(outcome.referral_id)
        agency = referral.agency if referral else "an agency"
        self.add(outcome.entry_id, outcome.at, outcome.at, RowKind.REFERRAL_OUTCOME,
                 f"Outcome of the referral to {agency}: {outcome.outcome}", outcome.by,
                 referral.concern_id if referral else "", amends=outcome.referral_id)  # fmt: skip

    def _closure(self, lead: LeadRecords, closure: ConcernClosure) -> None:
        text = f"Concern closed. Outcome: {closure.outcome}"
        self.add(closure.entry_id, closure.at, closure.at, RowKind.OUTCOME, text, closure.by, closure.concern_id,
                 amends=closure.concern_id)  # fmt: skip

    def _agency_status(self, lead: LeadRecords, status: AgencyStatus) -> None:
        text = f"{_words(AgencyStatusCode, status.status)} {'started' if status.active else 'ended'}"
        details = ", ".join(t for t in (status.agency, status.contact, status.note) if t)
        self.add(status.entry_id, status.occurred_at, status.at, RowKind.AGENCY_STATUS,
                 text + (f": {details}" if details else ""), status.by)  # fmt: skip

    def _file_status(self, lead: LeadRecords, status: FileStatus) -> None:
        transfer = status.status in (FileStatusCode.TRANSFERRED_IN, FileStatusCode.TRANSFERRED_OUT)
        text = f"File {_words(FileStatusCode, status.status).lower()}" + (f": {status.note}" if status.note else "")
        self.add(status.entry_id, status.occurred_at, status.at, RowKind.TRANSFER if transfer else RowKind.FILE_STATUS,
                 text, status.by)  # fmt: skip

    def _mobility(self, lead: LeadRecords, mobility: Mobility) -> None:
        text = "Recorded as " + ("" if mobility.independently_mobile else "not ") + "independently mobile"
        self.add(mobility.entry_id, mobility.at, mobility.at, RowKind.MOBILITY,
                 text + (f": {mobility.note}" if mobility.note else ""), mobility.by)  # fmt: skip

    def _attendance_row(self, lead: LeadRecords, marks: AttendanceMarks) -> None:
        figures = ChildAttendance([marks]).figures()
        text = "Attendance imported from the school's MIS" + (f": {figures.words}" if figures else " (no marks)")
        self.add(marks.entry_id, marks.at, marks.at, RowKind.ATTENDANCE, text, marks.by)

    def _document_row(self, lead: LeadRecords, document: Document) -> None:
        text = f"Document attached: {document.name} ({document.kind_words}, {document.size_words})"
        if document.description:
            text += f": {document.description}"
        concern = document.record if document.record in self.state.concerns else ""
        if concern:
            text += f" (with concern {short_reference(concern)})"
        elif document.record:
            text += " (with a record of this file)"
        self.add(document.entry_id, document.occurred_at, document.at, RowKind.DOCUMENT, text, document.by,
                 concern_id=concern)  # fmt: skip


_LEAD_ROWS: dict[type, Callable[[_Rows, LeadRecords, Any], None]] = {
    Acknowledgement: _Rows._ack,
    CategoryChange: _Rows._category,
    OwnerAssignment: _Rows._owner,
    Decision: _Rows._decision,
    SignOff: _Rows._sign_off,
    Action: _Rows._action,
    ActionDone: _Rows._action_done,
    AgencyContact: _Rows._contact,
    Referral: _Rows._referral,
    ReferralChase: _Rows._chase,
    ReferralOutcome: _Rows._outcome,
    ConcernClosure: _Rows._closure,
    AgencyStatus: _Rows._agency_status,
    FileStatus: _Rows._file_status,
    Mobility: _Rows._mobility,
    AttendanceMarks: _Rows._attendance_row,
    Meeting: _Rows._meeting,
    Document: _Rows._document_row,
}


def _words(codes: Any, code: str) -> str:
    try:
        words: str = codes(code).words
        return words
    except ValueError:
        return code


def _order(item: ChronologyItem) -> tuple[datetime, datetime, str]:
    return (item.occurred_at, item.recorded_at, item.entry_id)


def chronology_for(
    state: SchoolState, pupil_id: str, region_name: Any = None, tz: tzinfo | None = None
) -> list[ChronologyItem]:
    """Everything about one child, ordered by when it happened (then when recorded); times inside a row's words
    in `tz` (default this computer's)."""
    rows = _Rows(state, pupil_id, region_name, tz)
    rows.concerns()
    rows.lead_rows(state.lead)
    rows.transfers()
    rows.rows.sort(key=_order)
    return rows.rows


def sibling_cross_references(
    state: SchoolState, siblings: Iterable[str], region_name: Any = None, tz: tzinfo | None = None
) -> list[ChronologyItem]:
    """A cross-reference row for every concern about another child of the household (`siblings`, household
    members not on roll included), for one child's own chronology: the sibling's concern shows where it happened
    in time, named, pointing at the sibling's record (`pupil_id`, `concern_id`), so a pattern across the family
    can be seen from either child's file without opening the family chronology."""
    items = []
    for sibling in dict.fromkeys(siblings):
        pupil = state.pupils.get(sibling)
        name = pupil.full_name if pupil else "a sibling"
        who = f"{name} ({pupil.relationship}, not on roll)" if pupil and not pupil.on_roll else name
        rows = _Rows(state, sibling, region_name, tz)
        for concern in state.concerns_for(sibling):
            cid = concern.concern_id
            first = concern.what_happened.strip().splitlines()[0] if concern.what_happened.strip() else ""
            injuries = describe_injuries(state, concern, region_name)
            summary = f"Concern about {who}, in the same household: {first}" + (f"\n{injuries}" if injuries else "")
            rows.add(cid, concern.occurred_at, concern.recorded_at, RowKind.SIBLING, summary, concern.author_id, cid,
                     action=f"See {name}'s file", injuries=len(concern_marks(state, concern)))  # fmt: skip
        items.extend(rows.rows)
    items.sort(key=_order)
    return items


def family_chronology(
    state: SchoolState, pupil_ids: Iterable[str], region_name: Any = None, tz: tzinfo | None = None
) -> list[ChronologyItem]:
    """The chronologies of several children (a household) merged into one, in the order things happened."""
    items = [item for pupil_id in dict.fromkeys(pupil_ids) for item in chronology_for(state, pupil_id, region_name, tz)]
    items.sort(key=_order)
    return items


def filter_chronology(
    items: Iterable[ChronologyItem],
    categories: Collection[str] = (),
    kinds: Collection[str] = (),
    where: Callable[[ChronologyItem], bool] | None = None,
) -> list[ChronologyItem]:
    """Rows of any of `categories` (a row about no concern has none) and any of `kinds` (empty means all).
    The kind `injury` matches concern rows with injuries."""
    chosen = []
    for item in items:
        if categories and not any(code in categories for code in item.all_categories):
            continue
        if kinds and item.kind not in kinds and not (RowKind.INJURY in kinds and item.injuries):
            continue
        if where is not None and not where(item):
            continue
        chosen.append(item)
    return chosen
