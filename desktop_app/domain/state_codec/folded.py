"""What the fold makes: the classes a snapshot of the folded state or of a lead's workspace may hold."""

from __future__ import annotations

from desktop_app.domain import documents, records, red_flags, taxonomy, transfer
from desktop_app.domain.lead import (
    agency_records,
    concern_records,
    file_records,
    household_records,
    lead_records,
    meetings,
)

# Every class a folded state or a lead's workspace holds: nothing else can be read from a snapshot. A class added to
# the state must be added here too (a test checks this list against what the state's annotations reach).
FOLDED_CLASSES: frozenset[type] = frozenset(
    {
        records.SchoolState, records.Pupil, records.StaffMember, records.Role, records.Concern, records.InjuryMark,
        records.Addendum, records.LaterMark, taxonomy.Category, red_flags.RedFlag,
        lead_records.LeadRecords, lead_records.SettingsRecord,
        concern_records.Acknowledgement, concern_records.CategoryChange, concern_records.OwnerAssignment,
        concern_records.ConcernClosure, concern_records.Decision, concern_records.SignOff, concern_records.Action,
        concern_records.ActionDone,
        agency_records.AgencyContact, agency_records.Referral, agency_records.ReferralChase,
        agency_records.ReferralOutcome, agency_records.AgencyStatus,
        file_records.FileStatus, file_records.Mobility, file_records.AttendanceMarks, file_records.RecordedFacts,
        file_records.FileAccess, file_records.RetentionHold, file_records.RetentionReview, file_records.FileClosed,
        household_records.HouseholdChange, household_records.HouseholdAdult, household_records.SuggestionDismissed,
        meetings.Meeting, meetings.Attendee, documents.Document, documents.ChunkRef, documents.DocumentWithdrawn,
        transfer.TransferRecords, transfer.TransferOut, transfer.TransferReceipt, transfer.TransferIn,
        transfer.ImportedRecord, transfer.ImportedOrigin, transfer.ImportedAuthor,
        transfer.Leaving,
    }
)  # fmt: skip
# `LeadRecords.by_pupil` lists, per child, the very records the other fields hold (all but the openings): an index.
FOLDED_INDEXES: dict[type, str] = {lead_records.LeadRecords: "by_pupil"}
