"""One child's chronology rows: one for each concern, addendum, lead's record, document and transfer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, tzinfo
from typing import Any

from desktop_app.domain.attendance.summary import ChildAttendance, attendance_of
from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.chronology.row_words import (
    addendum_summary,
    also_recorded_words,
    code_words,
    concern_outcome,
    date_words,
    describe_injuries,
)
from desktop_app.domain.documents import Document, DocumentWithdrawn, withdrawal_of
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
from desktop_app.domain.records import Concern, SchoolState


class ChildRows:
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
                     f"{date_words(sent.due_at)}", sent.by)  # fmt: skip
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
        expected = date_words(referral.expected_by, self.tz)
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
        text = f"{code_words(AgencyStatusCode, status.status)} {'started' if status.active else 'ended'}"
        details = ", ".join(t for t in (status.agency, status.contact, status.note) if t)
        self.add(status.entry_id, status.occurred_at, status.at, RowKind.AGENCY_STATUS,
                 text + (f": {details}" if details else ""), status.by)  # fmt: skip

    def _file_status(self, lead: LeadRecords, status: FileStatus) -> None:
        transfer = status.status in (FileStatusCode.TRANSFERRED_IN, FileStatusCode.TRANSFERRED_OUT)
        text = f"File {code_words(FileStatusCode, status.status).lower()}" + (f": {status.note}" if status.note else "")
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
        if withdrawal_of(lead.documents_withdrawn, document) is not None:
            text += " — since withdrawn from the file"
        self.add(document.entry_id, document.occurred_at, document.at, RowKind.DOCUMENT, text, document.by,
                 concern_id=concern)  # fmt: skip

    def _withdrawal_row(self, lead: LeadRecords, withdrawal: DocumentWithdrawn) -> None:
        document = lead.documents.get(withdrawal.document_id)
        if document is None or withdrawal_of(lead.documents_withdrawn, document) is not withdrawal:
            return  # names no document of this file, or it was withdrawn already
        text = f"Document withdrawn from the file: {document.name} (attached {document.at:%d %b %Y}). Reason: "
        self.add(withdrawal.entry_id, withdrawal.occurred_at, withdrawal.at, RowKind.DOCUMENT_WITHDRAWN,
                 text + withdrawal.reason, withdrawal.by)  # fmt: skip


_LEAD_ROWS: dict[type, Callable[[ChildRows, LeadRecords, Any], None]] = {
    Acknowledgement: ChildRows._ack,
    CategoryChange: ChildRows._category,
    OwnerAssignment: ChildRows._owner,
    Decision: ChildRows._decision,
    SignOff: ChildRows._sign_off,
    Action: ChildRows._action,
    ActionDone: ChildRows._action_done,
    AgencyContact: ChildRows._contact,
    Referral: ChildRows._referral,
    ReferralChase: ChildRows._chase,
    ReferralOutcome: ChildRows._outcome,
    ConcernClosure: ChildRows._closure,
    AgencyStatus: ChildRows._agency_status,
    FileStatus: ChildRows._file_status,
    Mobility: ChildRows._mobility,
    AttendanceMarks: ChildRows._attendance_row,
    Meeting: ChildRows._meeting,
    Document: ChildRows._document_row,
    DocumentWithdrawn: ChildRows._withdrawal_row,
}
