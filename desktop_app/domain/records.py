"""The records a school keeps: pupils, staff, concerns with injury marks, and addenda."""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from datetime import date, datetime
from operator import itemgetter
from typing import Any, Self, TypeVar

from desktop_app.domain.concern_fields import (
    MAX_SHORT,
    Kind,
    choice,
    payload_reader,
    recorded,
    recorded_fields,
    text,
    write_payload,
)
from desktop_app.domain.frozen_build import positional_builder
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.taxonomy import Category
from desktop_app.domain.transfer import TransferRecords

_T = TypeVar("_T")
MAX_LATER_MARKS = 60  # marks one addendum may add (as many as a concern may hold); more are not read


class Role(enum.StrEnum):
    """What an account may do; see DESIGN.md, 'Who uses it'."""

    STAFF = "staff"
    LEAD = "lead"
    OVERSIGHT = "oversight"


class MarkType(enum.StrEnum):
    BRUISE = "bruise"
    BURN = "burn"
    CUT = "cut"
    SCRATCH = "scratch"
    BITE = "bite"
    SWELLING = "swelling"
    MARK = "mark"
    OTHER = "other"


class ExplanationBy(enum.StrEnum):
    """Who gave a mark's explanation. An entry written before this was recorded holds none: see `InjuryMark`."""

    CHILD = "child"
    PARENT = "parent"
    CARER = "carer"
    OTHER_ADULT = "other-adult"
    NONE = "none"


EXPLAINERS = frozenset(e.value for e in ExplanationBy)
ADULT_EXPLAINERS = frozenset({ExplanationBy.PARENT, ExplanationBy.CARER, ExplanationBy.OTHER_ADULT})


class RecordError(ValueError):
    """A record that cannot be accepted as given; the message says which field and why."""


def _copy_container(value: Any) -> Any:
    """A dict, list or set copied, and the lists, sets and dicts inside a dict copied too (a folded state's
    containers are at most two deep); anything else (records, which never change, numbers, text) as it is."""
    if isinstance(value, dict):
        return {key: _copy_one_level(item) for key, item in value.items()}
    return _copy_one_level(value)


def _copy_one_level(value: Any) -> Any:
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    if isinstance(value, set):
        return set(value)
    return value


# SchoolState's containers whose values never change in place (frozen records, tuples): copying the container is
# enough to detach it, without visiting each value (a whole school's concerns are 100,000).
FLAT_CONTAINERS = frozenset(
    {
        *("pupils", "staff", "concerns", "pupil_contacts", "pupil_versions", "category_versions"),
        *("added_categories", "passed_over"),
    }
)


def _copy(name: str, value: Any) -> Any:
    """One of SchoolState's fields detached (see `SchoolState.detached`)."""
    if name in FLAT_CONTAINERS:
        return dict(value) if isinstance(value, dict) else list(value)
    return _copy_container(value)


def _names_of_fields(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


_field_names: Callable[[type], frozenset[str]] = functools.cache(_names_of_fields)  # one look per class


def _from_dict(cls: type[_T], data: dict[str, Any]) -> _T:
    known = _field_names(cls)  # dataclasses.fields() is slow; a child's file reads hundreds of marks
    return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class Pupil:
    """A child on the school roll, as held in the encrypted directory. `pupil_id` is the opaque subject id.

    A household member who is not on this school's roll (a baby, a toddler, an older sibling at another school),
    added by a lead, is a `Pupil` with `on_roll` false: `upn` then holds their reference (`NR-XXXX-XXXX`, which
    every command taking a UPN accepts), `relationship` says who they are to the child they were added with, and
    `school` where they go (if anywhere)."""

    pupil_id: str
    upn: str
    forename: str
    surname: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    gender: str = ""
    year_group: str = ""
    reg_group: str = ""
    address: str = ""
    postcode: str = ""
    on_roll: bool = True
    relationship: str = ""
    school: str = ""

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.forename
        return f"{first} {self.surname}".strip()

    @property
    def full_name(self) -> str:
        if self.preferred_name and self.preferred_name != self.forename:
            return f"{self.forename} ({self.preferred_name}) {self.surname}"
        return f"{self.forename} {self.surname}"

    def age_on(self, day: date) -> float | None:
        """Age in years (fractional) on a day, or None when the date of birth is unknown."""
        if self.date_of_birth is None:
            return None
        return (day - self.date_of_birth).days / 365.25

    def roster_fields(self) -> dict[str, Any]:
        """What a roster row holds (everything but the id and what only a lead adds for a child not on roll), for
        comparing an import row with what is held."""
        data = asdict(self)
        for name in ("pupil_id", "on_roll", "relationship", "school"):
            data.pop(name)
        return data

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["date_of_birth"] = self.date_of_birth.isoformat() if self.date_of_birth else None
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Self:
        data = dict(data)
        dob = data.get("date_of_birth")
        data["date_of_birth"] = date.fromisoformat(dob) if dob else None
        data["on_roll"] = data.get("on_roll", True) is not False
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class StaffMember:
    """An adult with an account. `account_id` is the opaque id used as author on entries."""

    account_id: str
    username: str
    full_name: str
    role: Role
    job_title: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class InjuryMark:
    """One mark on a body map. `x` and `y` are fractions of the outline's width and height.

    `explanation_by` says who gave the explanation (`ExplanationBy`); empty in entries written before it was
    recorded, which read as the child's when there is an explanation (the form then asked for the child's own
    words) and as none when there is not: see `given_by`. `witnessed_by` names an adult who saw it happen."""

    view: str = choice()
    x: float = recorded(Kind.FRACTION, MISSING)
    y: float = recorded(Kind.FRACTION, MISSING)
    region: str = choice()
    type: str = choice(MarkType.BRUISE)
    size_cm: float | None = recorded(Kind.SIZE, None)
    shape: str = text(limit=MAX_SHORT)
    colour: str = text(limit=MAX_SHORT)
    skin_broken: bool | None = recorded(Kind.YES_NO, None)
    explanation: str = text()
    first_aid: str = text(limit=MAX_SHORT)
    observed_by: str = text(limit=MAX_SHORT)
    explanation_by: str = choice("")
    witnessed_by: str = text(limit=MAX_SHORT)

    @property
    def given_by(self) -> str:
        """Who gave the explanation, as recorded, or else the child when there is one and none when there is not."""
        if isinstance(self.explanation_by, str) and self.explanation_by in EXPLAINERS:
            return self.explanation_by
        return ExplanationBy.CHILD if self.explanation.strip() else ExplanationBy.NONE

    def to_payload(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> InjuryMark:
        """A mark as an entry holds it; a text field holding anything but text (a signed entry can hold any JSON,
        the app never writes one) reads as empty, so the rules reading it meet only text. Raises ValueError for a
        number that is not one, TypeError when view, region, x or y is missing."""
        if data.keys() == _MARK_FIELD_SET:  # every field, as the app writes a mark: read in one step
            values = list(_mark_values(data))
        else:
            values = [data.get(name, default) for name, default in _MARK_DEFAULTS]
            if any(value is _REQUIRED for value in values):
                raise TypeError("a mark's view, region, x or y is missing")
        for index in _MARK_TEXT_PLACES:
            if not isinstance(values[index], str):
                values[index] = ""
        x, y, size = values[_X], values[_Y], values[_SIZE]
        if not (_is_number(x) and _is_number(y) and (size is None or _is_number(size))):
            raise ValueError("a mark's x, y or size is not a number")
        if not isinstance(values[_SKIN_BROKEN], bool | None):
            raise ValueError("a mark's skin_broken is not yes, no or unknown")
        return _build_mark(*values)


_MARK_TEXTS = frozenset(f.name for f in recorded_fields(InjuryMark) if f.kind in (Kind.TEXT, Kind.CHOICE))
_REQUIRED = object()  # no default: a mark without it is no mark
_MARK_DEFAULTS = tuple((f.name, _REQUIRED if f.default is MISSING else f.default) for f in fields(InjuryMark))
_MARK_FIELD_SET = frozenset(name for name, _ in _MARK_DEFAULTS)
_mark_values = itemgetter(*(name for name, _ in _MARK_DEFAULTS))
_MARK_TEXT_PLACES = tuple(i for i, (name, _) in enumerate(_MARK_DEFAULTS) if name in _MARK_TEXTS)  # read as text
_X, _Y, _SIZE, _SKIN_BROKEN = (
    [name for name, _ in _MARK_DEFAULTS].index(name) for name in ("x", "y", "size_cm", "skin_broken")
)
_build_mark = positional_builder(InjuryMark)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _list_of(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


MAX_CATEGORIES = 15  # a concern's categories: at most every default category once
MAX_GROUP_ID = 64  # a concern group's id is a UUID; anything longer reads as no group


def _categories_of(main: Any, more: Any) -> tuple[str, ...]:
    """The main category first, then the others as given, each once; what is not text is left out (an entry can
    hold any JSON; the app writes only codes)."""
    found = [main] if isinstance(main, str) and main else []
    if isinstance(more, list | tuple):
        found.extend(code for code in more[:MAX_CATEGORIES] if isinstance(code, str) and code)
    return tuple(dict.fromkeys(found)) or ("other",)


@dataclass(frozen=True, slots=True)
class Concern:
    """A concern as its author wrote it; corrections are addenda, never edits.

    `category` is the main category (the first chosen) and `categories` all of them, the main one first: a
    concern written before several could be chosen holds one, and reads as `(category,)`. A concern recorded for
    several children at once is one entry per child, each carrying the same `group_id` and the number of children
    (`group_size`) inside its ciphertext; see `domain.concern_groups`."""

    concern_id: str
    pupil_id: str
    author_id: str
    occurred_at: datetime
    recorded_at: datetime
    # What the author recorded, each field declared once (domain/concern_fields.py): the form, the command line's
    # JSON, the service, the sealed payload and the fold all follow these. A field added here reads as its default
    # in every concern written before it (its migration): see design note 50.
    category: str = recorded(Kind.MAIN_CATEGORY, "other")
    what_happened: str = text(required=True, missing="describe what was seen or heard")
    location: str = text()
    childs_words: str = text()
    opinion: str = text()
    present: str = text()
    action_taken: str = text()
    shared_with: str = text()  # who it was shared with (added in note 50: older concerns read as "")
    other_children: tuple[str, ...] = recorded(Kind.PUPIL_IDS, ())
    injuries: tuple[InjuryMark, ...] = recorded(Kind.MARKS, ())
    urgent: bool = recorded(Kind.FLAG, False, sparse=True)  # the author's "urgent" tick: on top of every queue
    categories: tuple[str, ...] = recorded(Kind.CATEGORIES, ())
    group_id: str = recorded(Kind.GROUP, "", sparse=True, key="group")
    group_size: int = recorded(Kind.GROUP_SIZE, 1)

    def __post_init__(self) -> None:
        if not self.categories or self.categories[0] != self.category:
            object.__setattr__(self, "categories", _categories_of(self.category, list(self.categories)))

    # Marks the author added later in addenda (design note 38): the fold puts them at the end of `injuries` too, so
    # every reader of a concern's marks (red flags, body-map history, packs) sees them; these say which came later.
    later_marks: tuple[LaterMark, ...] = ()

    @property
    def written_marks(self) -> tuple[InjuryMark, ...]:
        """The marks as the concern itself holds them, without those added later in addenda."""
        return self.injuries[: len(self.injuries) - len(self.later_marks)] if self.later_marks else self.injuries

    def later_mark(self, index: int) -> LaterMark | None:
        """Which addendum added `injuries[index]`, or None when the concern itself holds it."""
        first = len(self.injuries) - len(self.later_marks)
        return self.later_marks[index - first] if first <= index < len(self.injuries) else None

    def to_payload(self) -> dict[str, Any]:
        """The encrypted content: ids, times and authorship travel in the entry header instead; the marks as the
        concern holds them (those added later are in their addenda)."""
        return write_payload(replace(self, injuries=self.written_marks, later_marks=()))

    @classmethod
    def from_payload(
        cls,
        data: dict[str, Any],
        *,
        concern_id: str,
        pupil_id: str,
        author_id: str,
        occurred_at: datetime,
        recorded_at: datetime,
    ) -> Concern:
        """A concern as its entry holds it, every field read as declared (what is absent or not of its kind reads
        as the field's default); built by position, without `__post_init__` (a whole-store fold builds 100,000)."""
        read: Concern = _read_concern(data, concern_id, pupil_id, author_id, occurred_at, recorded_at)
        return read


def _marks(value: Any) -> tuple[InjuryMark, ...]:
    return tuple(InjuryMark.from_payload(m) for m in _list_of(value) if isinstance(m, dict)) if value else ()


_read_concern = payload_reader(
    Concern,
    ("concern_id", "pupil_id", "author_id", "occurred_at", "recorded_at"),
    {"_marks": _marks, "_categories_of": _categories_of, "_MAX_GROUP_ID": MAX_GROUP_ID},
)


@dataclass(frozen=True, slots=True)
class LaterMark:
    """A mark a concern's author noticed later and added in an addendum: the addendum, and when it was recorded."""

    addendum_id: str
    recorded_at: datetime
    mark: InjuryMark


@dataclass(frozen=True, slots=True)
class Addendum:
    """A later note on an entry: a correction or addition that points at what it amends.

    `marks`: body-map marks noticed later, as the addendum holds them. They count as the concern's marks only when
    the addendum's author wrote the concern too (`marks_count_for`); entries written before marks could be added
    hold none."""

    addendum_id: str
    amends: str
    pupil_id: str
    author_id: str
    recorded_at: datetime
    text: str
    marks: tuple[InjuryMark, ...] = ()

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"amends": self.amends, "text": self.text}
        if self.marks:
            payload["marks"] = [m.to_payload() for m in self.marks]
        return payload

    def marks_count_for(self, concern: Concern) -> bool:
        """Whether this addendum's marks are the concern's: only the person who recorded a concern, about the same
        child, adds marks to it (anyone else records a concern of their own)."""
        return (
            bool(self.marks)
            and self.amends == concern.concern_id
            and self.author_id == concern.author_id
            and self.pupil_id == concern.pupil_id
        )


def with_later_marks(concern: Concern, notes: Iterable[Addendum]) -> Concern:
    """The concern with the marks its author added in `notes` (its addenda, oldest first) after its own."""
    written = concern.written_marks
    later = tuple(
        LaterMark(note.addendum_id, note.recorded_at, mark)
        for note in notes
        if note.marks_count_for(concern)
        for mark in note.marks
    )
    if later == concern.later_marks:
        return concern
    return replace(concern, injuries=written + tuple(m.mark for m in later), later_marks=later)


@dataclass(slots=True)
class SchoolState:
    """Everything the signed-in person can read, folded from entries. Rebuilt after unlock."""

    school_id: str = ""
    school_name: str = ""
    pupils: dict[str, Pupil] = field(default_factory=dict)
    staff: dict[str, StaffMember] = field(default_factory=dict)
    concerns: dict[str, Concern] = field(default_factory=dict)
    addenda: dict[str, list[Addendum]] = field(default_factory=dict)
    added_categories: list[Category] = field(default_factory=list)
    # Roster contacts (names, telephone numbers) per pupil id, for household suggestions; never shown to staff.
    pupil_contacts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (recorded time, entry id) of the pupil entry held, so later-recorded details win whatever the arrival order.
    pupil_versions: dict[str, tuple[datetime, str]] = field(default_factory=dict)
    # The same for the school's own categories: the earliest-recorded definition of a code stands.
    category_versions: dict[str, tuple[datetime, str]] = field(default_factory=dict)
    lead: LeadRecords = field(default_factory=LeadRecords)
    _index: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    _index_size: int = field(default=0, repr=False, compare=False)
    transfers: TransferRecords = field(default_factory=TransferRecords)
    # Entries whose content is in no form the app writes (a signed entry can hold any JSON: a modified program),
    # passed over by the fold: entry id -> the kind it claims, for the lead's banner and the CLI's warnings.
    passed_over: dict[str, str] = field(default_factory=dict)

    def pupil_by_upn(self, upn: str) -> Pupil | None:
        wanted = upn.strip().upper()
        for pupil in self.pupils.values():
            if pupil.upn.upper() == wanted:
                return pupil
        return None

    def detached(self, pupil_ids: Iterable[str] | None = None) -> SchoolState:
        """A copy to read on another thread while this state goes on taking in entries (the session's fold,
        `services.folded`): every container is copied, with the lists and sets inside it, and the records in them,
        which never change, are shared; so what the copy holds stays as it was when copied. With `pupil_ids`, only
        those children's concerns and addenda are kept (a family's file). Not for folding into."""
        copied = {f.name: getattr(self, f.name) for f in fields(self)}
        if pupil_ids is None:
            copied.update({name: _copy(name, value) for name, value in copied.items()})
        else:
            concerns = {c.concern_id: c for p in dict.fromkeys(pupil_ids) for c in self.concerns_for(p)}
            index: dict[str, list[str]] = {}
            for concern in concerns.values():
                index.setdefault(concern.pupil_id, []).append(concern.concern_id)
            copied.update({name: _copy(name, value) for name, value in copied.items()
                           if name not in ("concerns", "addenda", "_index")})  # fmt: skip
            copied["concerns"], copied["_index"], copied["_index_size"] = concerns, index, len(concerns)
            copied["addenda"] = {c: list(self.addenda[c]) for c in concerns if c in self.addenda}
        copied["lead"] = self.lead.detached()
        copied["transfers"] = self.transfers.detached()
        return SchoolState(**copied)

    def apply_roles(self, roles: dict[str, Role]) -> None:
        """Give each member of staff their role as it stands (a state folded earlier may predate a change)."""
        for account_id, member in list(self.staff.items()):
            role = roles.get(account_id, Role.STAFF)
            if member.role != role:
                self.staff[account_id] = replace(member, role=role)

    def index_concern(self, concern_id: str, pupil_id: str) -> None:
        """Keep the per-child index current as the fold adds a concern (call before adding it)."""
        if concern_id not in self.concerns and self._index_size == len(self.concerns):
            self._index.setdefault(pupil_id, []).append(concern_id)
            self._index_size += 1

    def concerns_for(self, pupil_id: str) -> list[Concern]:
        """One child's concerns, through an index rebuilt whenever concerns were added since it was made."""
        if self._index_size != len(self.concerns):
            index: dict[str, list[str]] = {}
            for concern in self.concerns.values():
                index.setdefault(concern.pupil_id, []).append(concern.concern_id)
            self._index, self._index_size = index, len(self.concerns)
        return [self.concerns[c] for c in self._index.get(pupil_id, ())]
