"""What a pack shows, as plain data: the services layer fills these in; reports never read the store.

Times are timezone-aware datetimes and are printed in the local time of the computer making the pack. Any text
may hold anything a person typed; the reports print it as plain text. Empty text and None print as
"not recorded" wherever the form expects an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

NOT_RECORDED = "not recorded"


@dataclass(frozen=True, slots=True)
class ChildDetails:
    """The child as the front sheet and referral form name them."""

    forename: str
    surname: str
    other_names: str = ""
    date_of_birth: date | None = None
    gender: str = ""
    address: str = ""
    postcode: str = ""
    school: str = ""
    upn: str = ""
    year_group: str = ""
    reg_group: str = ""
    more: tuple[tuple[str, str], ...] = ()  # further facts a school holds (NHS number, GP, first language ...)

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}".strip()


@dataclass(frozen=True, slots=True)
class HouseholdMember:
    """Someone in the child's household or a significant other."""

    name: str
    relationship: str = ""
    date_of_birth: date | None = None
    parental_responsibility: bool | None = None
    school: str = ""
    focus_of_referral: bool | None = None
    address: str = ""


@dataclass(frozen=True, slots=True)
class Agency:
    """Another agency involved and the child's status with it (CIN, CP plan, looked after, early help ...)."""

    name: str
    status: str = ""
    contact: str = ""


@dataclass(frozen=True, slots=True)
class Consent:
    """Whether the parents know of the referral and consented; if not, why not."""

    parents_know: bool | None = None
    consent_given: bool | None = None
    why_not: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """A member of staff as the pack names them: a name and role, or (external version) the role only."""

    name: str
    role: str = ""
    organisation: str = ""
    contact: str = ""

    @property
    def words(self) -> str:
        if self.name and self.role and self.name != self.role:
            return f"{self.name} ({self.role})"
        return self.name or self.role or NOT_RECORDED


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A reason for concern in plain words, and the entries behind it."""

    reason: str
    entry_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """The lead's decision on the concern and why."""

    decision: str
    rationale: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None
    signed_off_by: str = ""


@dataclass(frozen=True, slots=True)
class ChronologyRow:
    """One chronology line: when, what happened, who recorded it, action, outcome; `child` in a family chronology."""

    entry_id: str
    occurred_at: datetime
    recorded_at: datetime
    what: str
    recorded_by: str
    action: str = ""
    outcome: str = ""
    category: str = ""
    kind: str = "concern"
    child: str = ""

    @property
    def recorded_late(self) -> bool:
        return (self.recorded_at - self.occurred_at).total_seconds() > 24 * 3600


@dataclass(frozen=True, slots=True)
class MarkDetails:
    """One numbered mark on a body map: where (fractions of the outline, y down) and what was seen."""

    number: int
    view: str
    x: float
    y: float
    site: str
    type: str = ""
    size_cm: float | None = None
    shape: str = ""
    colour: str = ""
    skin_broken: bool | None = None
    explanation: str = ""
    first_aid: str = ""
    observed_by: str = ""
    explanation_by: str = ""  # in words: "the child", "a parent", …
    witnessed_by: str = ""


@dataclass(frozen=True, slots=True)
class InjuryEvent:
    """The marks recorded on one occasion (one concern): one body-map page."""

    entry_id: str
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    context: str
    marks: tuple[MarkDetails, ...]


@dataclass(frozen=True, slots=True)
class FullRecord:
    """A record in full (transfer pack): its labelled fields in the order the form asks them."""

    entry_id: str
    title: str
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class IncludedEntry:
    """An entry whose content the pack shows, with its content hash (EntryRecord.hash) in hex."""

    entry_id: str
    kind: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class FamilyChild:
    """A brother or sister whose entries the family chronology includes."""

    name: str
    relationship: str = ""
    date_of_birth: date | None = None
    school: str = ""


@dataclass(frozen=True, slots=True)
class ReferralPackInput:
    """Everything a referral pack shows, in the order a children's-services referral form asks for it."""

    pack_id: str
    school_name: str
    generated_at: datetime
    child: ChildDetails
    referrer: Person
    household: tuple[HouseholdMember, ...] = ()
    agencies: tuple[Agency, ...] = ()
    consent: Consent = field(default_factory=Consent)
    summary: str = ""
    flags: tuple[RedFlag, ...] = ()
    decision: Decision | None = None
    chronology: tuple[ChronologyRow, ...] = ()
    injury_events: tuple[InjuryEvent, ...] = ()
    family: tuple[FamilyChild, ...] = ()
    family_rows: tuple[ChronologyRow, ...] = ()
    family_requested: bool = False
    included: tuple[IncludedEntry, ...] = ()
    marking: str = "OFFICIAL-SENSITIVE"
    external: bool = False
    file_status: str = ""
    gaps: tuple[str, ...] = ()  # parts of the form this school's records cannot fill yet, said plainly


@dataclass(frozen=True, slots=True)
class TransferPackInput:
    """The whole child-protection file sent to the child's next school."""

    pack_id: str
    transfer_id: str
    school_name: str
    to_school: str
    sent_at: datetime
    sent_by: Person
    receipt_due: date
    child: ChildDetails
    bundle_name: str = ""
    household: tuple[HouseholdMember, ...] = ()
    agencies: tuple[Agency, ...] = ()
    file_status: str = ""
    flags: tuple[RedFlag, ...] = ()
    chronology: tuple[ChronologyRow, ...] = ()
    records: tuple[FullRecord, ...] = ()
    injury_events: tuple[InjuryEvent, ...] = ()
    included: tuple[IncludedEntry, ...] = ()
    marking: str = "OFFICIAL-SENSITIVE"
    gaps: tuple[str, ...] = ()
