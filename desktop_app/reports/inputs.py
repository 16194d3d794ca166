"""What a pack adds to the child's file: who makes it, for what, the lead's answers and the entries it shows.

Everything about the child comes from one `ChildFile` (domain/lead/child_file.py), the model the lead's window
reads; a pack only says how to print it. Times are timezone-aware and print in the school's time zone
(`ChildFile.zone`) with the zone's name. Any text may hold anything a person typed; the reports print it as plain
text. An empty answer prints as a visible gap ("not recorded"), never as "none".
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.documents import Document
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.lead.file_parts import StaffName

NOT_RECORDED = "not recorded"


class PackPurpose(enum.StrEnum):
    """What a pack is for; it names the pack's title."""

    REFERRAL_CSC = "referral-csc"
    REFERRAL_POLICE = "referral-police"
    MEETING = "meeting"

    @property
    def heading(self) -> str:
        """The pack's title (not `title`: a StrEnum member is a str, whose `title()` this would hide)."""
        return {
            PackPurpose.REFERRAL_CSC: "Referral to children's social care",
            PackPurpose.REFERRAL_POLICE: "Referral to the police",
            PackPurpose.MEETING: "Chronology summary for a meeting",
        }[self]

    @property
    def refers(self) -> bool:
        return self is not PackPurpose.MEETING


@dataclass(frozen=True, slots=True)
class Referrer:
    """Who makes the pack: a member of staff as named, their school and how to reach them."""

    person: StaffName
    organisation: str = ""
    contact: str = ""


@dataclass(frozen=True, slots=True)
class Consent:
    """Whether the parents know of the referral and consented; if not, why not."""

    parents_know: bool | None = None
    consent_given: bool | None = None
    why_not: str = ""


@dataclass(frozen=True, slots=True)
class IncludedEntry:
    """An entry whose content the pack shows, with its content hash (EntryRecord.hash) in hex."""

    entry_id: str
    kind: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class IncludedDocument:
    """A document chosen for a pack, its checked bytes, and who attached it (as the file names them)."""

    document: Document
    data: bytes
    attached_by: str


@dataclass(frozen=True, slots=True)
class ReferralPackInput:
    """A referral pack (or chronology summary): the child's file, and what this pack adds to it.

    `family_file` is the same child's file with the family chronology (when asked for); `referred_at` the time of
    the referral itself (None when no referral is recorded); `internal_parts` what the school marks internal
    (LeadSettings.internal_parts), left out of the external version."""

    pack_id: str
    generated_at: datetime
    file: ChildFile
    referrer: Referrer
    purpose: PackPurpose = PackPurpose.REFERRAL_CSC
    referred_at: datetime | None = None
    consent: Consent = field(default_factory=Consent)
    summary: str = ""
    family_file: ChildFile | None = None
    family_requested: bool = False
    included: tuple[IncludedEntry, ...] = ()
    marking: str = "OFFICIAL-SENSITIVE"
    external: bool = False
    internal_parts: tuple[str, ...] = ()
    gaps: tuple[str, ...] = ()  # what the lead has not answered on the referral form, said plainly
    category_names: Mapping[str, str] = field(default_factory=dict)  # the school's categories, code to name
    documents: tuple[IncludedDocument, ...] = ()  # attached documents the lead chose, printed after the pack

    def leaves_out(self, part: str) -> bool:
        """True when this version leaves out a part the school marks internal."""
        return self.external and part in self.internal_parts


@dataclass(frozen=True, slots=True)
class TransferPackInput:
    """The whole child-protection file sent to the child's next school."""

    pack_id: str
    transfer_id: str
    to_school: str
    sent_at: datetime
    sent_by: StaffName
    receipt_due: date
    file: ChildFile
    bundle_name: str = ""
    included: tuple[IncludedEntry, ...] = ()
    marking: str = "OFFICIAL-SENSITIVE"
    category_names: Mapping[str, str] = field(default_factory=dict)  # the school's categories, code to name
    documents: tuple[IncludedDocument, ...] = ()  # attached documents the lead chose, printed after the pack
