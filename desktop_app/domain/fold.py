"""Folding opened entries into the school's state: deterministic whatever order the entries arrive in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any, NamedTuple

from desktop_app.domain.entries import EntryKind, kind_label
from desktop_app.domain.imported import TakenIn, taken_in
from desktop_app.domain.lead.apply import apply_lead
from desktop_app.domain.records import (
    MAX_LATER_MARKS,
    Addendum,
    Concern,
    InjuryMark,
    Pupil,
    Role,
    SchoolState,
    StaffMember,
    with_later_marks,
)
from desktop_app.domain.taxonomy import Category
from desktop_app.domain.transfer import TransferIn, apply_transfer


class OpenedEntry(NamedTuple):
    """An entry whose content the reader could decrypt, with its header facts. `author_id` is an account id.

    A named tuple rather than a frozen dataclass: a whole-store fold makes one per entry (100,000 at a large
    school), and a tuple is built in a third of the time."""

    entry_id: str
    kind: str
    subject: str | None
    author_id: str
    occurred_at: datetime
    recorded_at: datetime
    content: dict[str, Any]


@dataclass(slots=True)
class FoldCursor:
    """Which entries a folded state has read: every entry of a device up to `heads[device]`, and the places
    (device, seq) in `beyond` (read above a gap in a chain, so that an entry arriving later in the gap is still
    read)."""

    heads: dict[str, int] = field(default_factory=dict)
    beyond: set[tuple[str, int]] = field(default_factory=set)
    pending: set[tuple[str, int]] = field(default_factory=set)  # read, but to be read again (dated ahead)

    def copy(self) -> FoldCursor:
        return FoldCursor(dict(self.heads), set(self.beyond), set(self.pending))

    def has_read(self, device_id: str, seq: int) -> bool:
        return seq <= self.heads.get(device_id, 0) or (device_id, seq) in self.beyond

    def advance(self, device_id: str, seqs: Iterable[int]) -> None:
        """Note entries of one device as read, moving its head over every unbroken run."""
        read = set(seqs) | {seq for device, seq in self.beyond if device == device_id}
        head = self.heads.get(device_id, 0)
        while head + 1 in read:
            head += 1
        self.heads[device_id] = head
        self.beyond = {(d, s) for d, s in self.beyond if d != device_id} | {(device_id, s) for s in read if s > head}

    def total(self) -> int:
        """How many entries the cursor has read (for deciding when a snapshot is worth writing again)."""
        return sum(self.heads.values()) + len(self.beyond)

    def as_plain(self) -> tuple[dict[str, int], list[tuple[str, int]], list[tuple[str, int]]]:
        return dict(self.heads), sorted(self.beyond), sorted(self.pending)

    @classmethod
    def from_plain(cls, value: object) -> FoldCursor:
        """A cursor from `as_plain`'s form; ValueError when it is not one."""
        if not (isinstance(value, tuple | list) and len(value) == 3 and isinstance(value[0], dict)):
            raise ValueError("not a fold cursor")
        heads, beyond, pending = value
        if not all(isinstance(k, str) and isinstance(v, int) for k, v in heads.items()):
            raise ValueError("not a fold cursor")
        return cls(dict(heads), _places(beyond), _places(pending))


def _places(value: object) -> set[tuple[str, int]]:
    if not isinstance(value, tuple | list):
        raise ValueError("not a fold cursor")
    places = set()
    for place in value:
        if not (isinstance(place, tuple | list) and len(place) == 2):
            raise ValueError("not a fold cursor")
        device, seq = place
        if not (isinstance(device, str) and isinstance(seq, int)):
            raise ValueError("not a fold cursor")
        places.add((device, seq))
    return places


_CONCERN = EntryKind.CONCERN


# What applying an entry whose content is in no form the app writes raises (a signed entry can hold any JSON).
NOT_APPLICABLE = (TypeError, ValueError, KeyError, AttributeError, OverflowError)


def applies(entry: OpenedEntry, roles: dict[str, Role] | None = None) -> bool:
    """Whether an entry's content can be applied (tried on an empty state): `verify` names one that cannot."""
    try:
        apply(SchoolState(), entry, roles or {})
    except NOT_APPLICABLE:
        return False
    return True


_order = attrgetter("recorded_at", "entry_id")  # (recorded time, entry id): the order entries are applied in
_CLOSED = EntryKind.RETENTION_CLOSED


class FileClosedSince(Exception):
    """Entries to fold in hold the tombstone of a file already folded (closed for erasure since): what was folded
    about the child cannot be taken out piece by piece, so the caller folds everything again (`fold`)."""

    def __init__(self, pupil_ids: set[str]) -> None:
        super().__init__(f"{len(pupil_ids)} file(s) closed for erasure since the last fold")
        self.pupil_ids = pupil_ids


def _closed_subjects(ordered: list[OpenedEntry]) -> set[str]:
    return {e.subject for e in ordered if e.kind == _CLOSED and e.subject}


def _left_out(state: SchoolState, entry: OpenedEntry, closed: set[str] | dict[str, Any]) -> bool:
    """Whether `entry` is about a file closed for erasure (every entry about the child but the tombstone is left
    out of the fold: the file shows in no view). One recorded after the tombstone is counted for the leads."""
    subject = entry.subject
    if subject is None or subject not in closed or entry.kind == _CLOSED:
        return False
    tombstone = state.lead.closed_for_erasure.get(subject)
    if tombstone is not None and entry.recorded_at > tombstone.at:
        state.lead.after_closure[entry.entry_id] = subject
    return True


def fold(entries: Iterable[OpenedEntry], roles: dict[str, Role] | None = None) -> SchoolState:
    """The state after all `entries`. Later-recorded pupil details replace earlier ones; nothing else is replaced.
    Nothing about a child whose file was closed for erasure is taken in but its tombstone."""
    state = SchoolState()
    roles = roles or {}
    ordered = sorted(entries, key=_order)
    closed = _closed_subjects(ordered)
    if closed:  # the tombstones first: each entry recorded after one is counted by `_left_out`
        for entry in ordered:
            if entry.kind == _CLOSED:
                apply_lead(state.lead, entry)
    for entry in ordered:
        if closed and _left_out(state, entry, closed):
            continue
        try:
            apply(state, entry, roles)
        except NOT_APPLICABLE:  # content in no form the app writes (a modified program): passed over, and named
            state.passed_over[entry.entry_id] = kind_label(entry.kind)
            continue
    for amends, notes in state.addenda.items():
        notes.sort(key=lambda a: (a.recorded_at, a.addendum_id))
        _attach_later_marks(state, amends)
    return state


def fold_more(state: SchoolState, entries: Iterable[OpenedEntry], roles: dict[str, Role] | None = None) -> None:
    """Add entries received since `state` was folded (a refresh after sync or another person's record).

    Everything reads the same as after a full fold whatever the arrival order: concerns, addenda, pupils, school
    categories and the lead's records are keyed by id or resolved by recorded time.
    """
    roles = roles or {}
    touched: set[str] = set()
    ordered = sorted(entries, key=_order)
    new = _closed_subjects(ordered) - state.lead.closed_for_erasure.keys()
    if new:
        raise FileClosedSince(new)
    closed = state.lead.closed_for_erasure
    for entry in ordered:
        if closed and _left_out(state, entry, closed):
            continue
        try:
            apply(state, entry, roles)
        except NOT_APPLICABLE:  # as in `fold`
            state.passed_over[entry.entry_id] = kind_label(entry.kind)
            continue
        if entry.kind == EntryKind.ADDENDUM and isinstance(amends := entry.content.get("amends", ""), str):
            touched.add(amends)
    for amends in touched:
        if amends in state.addenda:
            state.addenda[amends] = sorted(state.addenda[amends], key=lambda a: (a.recorded_at, a.addendum_id))
            _attach_later_marks(state, amends)


def _attach_later_marks(state: SchoolState, concern_id: str) -> None:
    """Put the marks a concern's author added in addenda on the concern (whichever of the two arrived first)."""
    concern = state.concerns.get(concern_id)
    notes = state.addenda.get(concern_id)
    if concern is not None and (notes or concern.later_marks):
        state.concerns[concern_id] = with_later_marks(concern, notes or ())


def _take_in(state: SchoolState, received: TransferIn, roles: dict[str, Role]) -> None:
    """The records of a file received from another school, applied as the records they are, each under an id of
    this school's and marked with where it came from (domain/imported.py). An id already held is left alone."""
    transfers, touched = state.transfers, set()
    for record in taken_in(received):
        if record.entry_id in transfers.origins or record.entry_id in state.concerns:
            continue
        entry = _opened(record)
        if not applies(entry, roles):
            continue  # not in a form the app writes: left out, never a traceback for the whole school
        transfers.origins[record.entry_id] = record.origin
        transfers.authors[record.author_id] = record.author
        apply(state, entry, roles)
        if record.kind == EntryKind.ADDENDUM:
            touched.add(record.content.get("amends"))
    for amends in touched:
        if amends in state.addenda:
            state.addenda[amends] = sorted(state.addenda[amends], key=lambda a: (a.recorded_at, a.addendum_id))


def unreadable_records(received: TransferIn) -> list[str]:
    """The sending school's ids of the records of a received file that cannot be applied (their content is not in
    a form the app writes); the import refuses a file with any."""
    return [r.origin.original_id for r in taken_in(received) if not applies(_opened(r))]


def _opened(record: TakenIn) -> OpenedEntry:
    return OpenedEntry(record.entry_id, record.kind, record.subject, record.author_id, record.occurred_at,
                       record.recorded_at, record.content)  # fmt: skip


def apply(state: SchoolState, entry: OpenedEntry, roles: dict[str, Role]) -> None:
    """Apply one entry (in recorded order) to `state`."""
    content, kind = entry.content, entry.kind
    if kind == _CONCERN and entry.subject:  # first: nearly every entry of a school is a concern
        concern = Concern.from_payload(  # before the index: content in no form the app writes raises here
            content,
            concern_id=entry.entry_id,
            pupil_id=entry.subject,
            author_id=entry.author_id,
            occurred_at=entry.occurred_at,
            recorded_at=entry.recorded_at,
        )
        state.index_concern(entry.entry_id, entry.subject)
        state.concerns[entry.entry_id] = concern
        if entry.entry_id in state.addenda:  # an addendum with marks folded in before its concern (sync)
            _attach_later_marks(state, entry.entry_id)
    elif kind == EntryKind.PUPIL and entry.subject:
        _apply_pupil(state, entry, entry.subject)
    elif entry.kind == EntryKind.ADDENDUM and entry.subject:
        _apply_addendum(state, entry, entry.subject)
    elif entry.kind == EntryKind.CATEGORY:
        _apply_category(state, entry)
    elif apply_lead(state.lead, entry):
        pass
    elif apply_transfer(state.transfers, entry):
        if kind == EntryKind.TRANSFER_IN and entry.entry_id in state.transfers.ins:
            _take_in(state, state.transfers.ins[entry.entry_id], roles)
    elif entry.kind == "account.profile":
        # A profile re-sealed after a password reset names its account; the first one is the account entry itself.
        account_id = content.get("account_id") or entry.entry_id
        state.staff[account_id] = StaffMember(
            account_id=account_id,
            username=content.get("username", ""),
            full_name=content.get("full_name", ""),
            role=roles.get(account_id, Role.STAFF),
            job_title=content.get("job_title", ""),
        )


def _apply_pupil(state: SchoolState, entry: OpenedEntry, pupil_id: str) -> None:
    """A pupil's details from the roster, unless details recorded later are already held."""
    content = entry.content
    version = (entry.recorded_at, entry.entry_id)
    held = state.pupil_versions.get(pupil_id)
    if held is not None and held > version:
        return  # an older roster entry arriving late (sync) does not replace newer details
    state.pupil_versions[pupil_id] = version
    state.pupils[pupil_id] = Pupil.from_payload({**content, "pupil_id": pupil_id})
    contacts = content.get("contacts") or ()
    state.pupil_contacts[pupil_id] = tuple(c for c in contacts if isinstance(c, str))


def _apply_addendum(state: SchoolState, entry: OpenedEntry, pupil_id: str) -> None:
    """An addendum (with any later marks) added once to the notes on the concern it amends."""
    content = entry.content
    amends, text = content.get("amends", ""), content.get("text", "")
    if not isinstance(amends, str) or not isinstance(text, str):
        return  # not an addendum the app writes (a signed entry can hold any JSON): nothing to apply
    raw_marks = content.get("marks")
    marks = tuple(
        InjuryMark.from_payload(m)
        for m in (raw_marks[:MAX_LATER_MARKS] if isinstance(raw_marks, list) else ())
        if isinstance(m, dict)
    )
    note = Addendum(
        addendum_id=entry.entry_id,
        amends=amends,
        pupil_id=pupil_id,
        author_id=entry.author_id,
        recorded_at=entry.recorded_at,
        text=text,
        marks=marks,
    )
    notes = state.addenda.get(note.amends, [])
    if all(n.addendum_id != note.addendum_id for n in notes):  # an entry folded in twice changes nothing
        state.addenda[note.amends] = [*notes, note]  # a new list: a copy being read elsewhere never changes


def _apply_category(state: SchoolState, entry: OpenedEntry) -> None:
    """A category the school added, unless a definition of its code recorded earlier is already held."""
    content = entry.content
    category = Category(content.get("code", ""), content.get("name", ""), content.get("description", ""))
    version = (entry.recorded_at, entry.entry_id)
    held = state.category_versions.get(category.code)
    if not category.code or (held is not None and held <= version):
        return  # the earliest-recorded definition of a code stands, whatever order the entries arrive in
    state.category_versions[category.code] = version
    kept = [c for c in state.added_categories if c.code != category.code]
    state.added_categories = sorted([*kept, category], key=lambda c: state.category_versions[c.code])
