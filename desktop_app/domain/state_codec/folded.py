"""What the fold makes: the classes a snapshot of the folded state or of a lead's workspace may hold."""

from __future__ import annotations

from desktop_app.domain import documents, records, red_flags, taxonomy, transfer
from desktop_app.domain.lead import meetings
from desktop_app.domain.lead import records as lead

# Every class a folded state or a lead's workspace holds: nothing else can be read from a snapshot. A class added to
# the state must be added here too (a test checks this list against what the state's annotations reach).
FOLDED_CLASSES: frozenset[type] = frozenset(
    {
        records.SchoolState, records.Pupil, records.StaffMember, records.Role, records.Concern, records.InjuryMark,
        records.Addendum, records.LaterMark, taxonomy.Category, red_flags.RedFlag,
        lead.LeadRecords, lead.Acknowledgement, lead.CategoryChange, lead.OwnerAssignment, lead.ConcernClosure,
        lead.Decision, lead.SignOff, lead.Action, lead.ActionDone, lead.AgencyContact, lead.Referral,
        lead.ReferralChase, lead.ReferralOutcome, lead.AgencyStatus, lead.FileStatus, lead.Mobility,
        lead.AttendanceMarks, lead.HouseholdChange, lead.HouseholdAdult, lead.RecordedFacts, lead.SuggestionDismissed,
        lead.FileAccess, lead.RetentionHold, lead.RetentionReview, lead.FileClosed,
        meetings.Meeting, meetings.Attendee,
        lead.SettingsRecord, documents.Document, documents.ChunkRef, documents.DocumentWithdrawn,
        transfer.TransferRecords, transfer.TransferOut, transfer.TransferReceipt, transfer.TransferIn,
        transfer.ImportedRecord, transfer.ImportedOrigin, transfer.ImportedAuthor,
        transfer.Leaving,
    }
)  # fmt: skip
# `LeadRecords.by_pupil` lists, per child, the very records the other fields hold (all but the openings): an index.
FOLDED_INDEXES: dict[type, str] = {lead.LeadRecords: "by_pupil"}
