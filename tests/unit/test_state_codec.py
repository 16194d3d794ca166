"""The explicit encoding of folded values: every class the fold makes goes through it unchanged, and nothing but
a document of the expected shape comes out of it."""

from __future__ import annotations

import dataclasses
import enum
import json
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entries import EntryKind, to_millis
from desktop_app.domain.fold import OpenedEntry, fold_more
from desktop_app.domain.lead.apply import apply_lead
from desktop_app.domain.lead.concern_records import Acknowledgement
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.records import Concern, InjuryMark, MarkType, Role, SchoolState, StaffMember
from desktop_app.domain.red_flags import FlagCode
from desktop_app.domain.state_codec import FOLDED_CLASSES, FOLDED_INDEXES, NAME, VERSION, Codec, CodecError
from desktop_app.services.demo import DemoOptions, demo_password, generate_demo_school
from desktop_app.services.session import Session, sign_in
from desktop_app.services.snapshot import SHAPES, load_snapshot
from desktop_app.services.state import STATE_SNAPSHOT, load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.triage import WORKSPACE_SNAPSHOT, open_workspace

STATE = Codec(typing.get_args(SHAPES["state"])[0], FOLDED_CLASSES, FOLDED_INDEXES)  # the folded state itself
WORKSPACE = Codec(SHAPES["workspace"], FOLDED_CLASSES, FOLDED_INDEXES)
STATE_SNAPSHOT_CODEC = Codec(SHAPES["state"], FOLDED_CLASSES, FOLDED_INDEXES)
T0 = datetime(2026, 11, 2, 9, 15, 30, 250_000, tzinfo=UTC)


@dataclass
class Demo:
    store: SchoolStore
    lead: Session
    workspace: tuple[Any, ...]  # as a workspace snapshot holds it: state, flags, pending, flag times, cursor


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo school, its lead's workspace, and one more entry of every kind folded in (the demo's history has
    no transfers, households or settings), so that the value holds every class a snapshot may hold."""
    folder = tmp_path_factory.mktemp("demo") / "school"
    generate_demo_school(folder, DemoOptions(pupils=60, years=2, today=date(2026, 11, 26)))
    store = SchoolStore(folder)
    lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
    workspace = open_workspace(lead, use_snapshot=False)
    state = workspace.state.detached()
    fold_every_kind(state, {a: m.role for a, m in state.staff.items()})
    flag_times = {pupil: [T0, T0.replace(tzinfo=None), T0.astimezone(timezone(timedelta(hours=5, minutes=30)))]
                  for pupil in list(state.pupils)[:3]}  # fmt: skip
    yield Demo(store, lead, (state, workspace.flags, workspace.pending, flag_times, workspace.seen.as_plain()))
    store.close()


def fold_every_kind(state: SchoolState, roles: dict[str, Role]) -> None:
    """`every_kind` folded into `state`; the tombstone (of a child the state holds nothing else about) is taken in
    directly, since `fold_more` given a new tombstone asks the caller to fold everything afresh."""
    entries = every_kind(state)
    tombstones = [e for e in entries if e.kind == EntryKind.RETENTION_CLOSED]
    fold_more(state, [e for e in entries if e not in tombstones], roles)
    for tombstone in tombstones:
        apply_lead(state.lead, tombstone)


def _id(n: int) -> str:
    return f"019a0000-0000-7000-8000-{n:012d}"


def every_kind(state: SchoolState) -> list[OpenedEntry]:
    """One entry of every kind a fold takes in, about children already in `state`, with awkward content: JSON
    nested in settings and imported records, a lone surrogate, a mark with no type (the fold gives it MarkType's
    default), a whole-number position, a child with no date of birth."""
    first = next(iter(state.concerns.values()))  # a child with a concern (pupils' ids are random: no order to lean on)
    pupil, concern = first.pupil_id, first.concern_id
    other = next(p for p in state.pupils if p != pupil)
    author = next(iter(state.staff))
    ms = to_millis(T0)
    household = {"change": "c1", "household": "h1", "pupils": [pupil, other], "members": [pupil, other]}
    imported = {
        "entry_id": "x1",
        "kind": "concern",
        "occurred_at": ms - 5,
        "recorded_at": ms,
        "author": "Ms Ng",
        "hash": "ab12",
        "content": {"what_happened": "Fell \ud83d\ude00", "marks": [{"x": 0.1}], "n": None},
    }
    kinds: list[tuple[str, str | None, dict[str, Any]]] = [
        (EntryKind.PUPIL, _id(999), {"upn": "Z1", "forename": "Ola", "surname": "Nowak", "contacts": ["07700 900"]}),
        (EntryKind.CONCERN, pupil, {"category": "neglect", "what_happened": "Hungry \ud800 again.",
                                    "other_children": [other],
                                    "injuries": [{"view": "front", "x": 0, "y": 0.5, "region": "chest"}]}),
        (EntryKind.ADDENDUM, pupil, {"amends": concern, "text": "Ахмед said so."}),
        (EntryKind.CATEGORY, None, {"code": "young-carer", "name": "Young carer", "description": "Cares for an adult"}),
        ("account.profile", None, {"account_id": author, "username": "a.b", "full_name": "A B", "job_title": "TA"}),
        (EntryKind.ACKNOWLEDGEMENT, pupil, {"concern": concern}),
        (EntryKind.CATEGORY_CHANGE, pupil, {"concern": concern, "category": "neglect", "reason": "clearer"}),
        (EntryKind.OWNER, pupil, {"concern": concern, "owner": author}),
        (EntryKind.CONCERN_CLOSED, pupil, {"concern": concern, "outcome": "resolved"}),
        (EntryKind.DECISION, pupil, {"concern": concern, "decision": "monitor", "rationale": "r",
                                     "needs_second_lead": True, "flags": ["cluster"]}),
        (EntryKind.SIGN_OFF, pupil, {"decision": _id(10), "agrees": False, "comment": "refer"}),
        (EntryKind.ACTION, pupil, {"concern": concern, "text": "ring mum", "owner": author, "due": "2026-12-01"}),
        (EntryKind.ACTION, pupil, {"concern": concern, "text": "watch", "owner": author}),
        (EntryKind.ACTION_DONE, pupil, {"action": _id(12), "note": "done"}),
        (EntryKind.AGENCY_CONTACT, pupil, {"concern": concern, "who": "SW", "organisation": "CSC", "said": "ok"}),
        (EntryKind.REFERRAL, pupil, {"concern": concern, "agency": "CSC", "reference": "R1", "expected_by": ms}),
        (EntryKind.REFERRAL_CHASED, pupil, {"referral": _id(16), "note": "chased"}),
        (EntryKind.REFERRAL_OUTCOME, pupil, {"referral": _id(16), "outcome": "assessment"}),
        (EntryKind.AGENCY_STATUS, pupil, {"status": "cin", "active": True, "agency": "CSC", "contact": "SW"}),
        (EntryKind.FILE_STATUS, pupil, {"status": "open", "note": ""}),
        (EntryKind.MOBILITY, pupil, {"independently_mobile": False, "note": "baby"}),
        (EntryKind.CHILD_FACTS, pupil, {"facts": {"nhs_number": "9434765919", "gp": "Dr Ахмед \ud800"}}),
        (EntryKind.REFERRAL_FACTS, pupil, {"referral": _id(16), "facts": {"mash_worker": "Priya", "risk": 4}}),
        (EntryKind.HOUSEHOLD_LINK, pupil, household),
        (EntryKind.HOUSEHOLD_UNLINK, other, {**household, "change": "c2", "pupils": [other], "members": [pupil]}),
        (EntryKind.HOUSEHOLD_ADULT, pupil, {"adult": "a1", "household": "h1", "name": "Mum", "relationship": "mother",
                                            "parental_responsibility": True, "address": "", "notes": ""}),
        (EntryKind.HOUSEHOLD_DISMISSED, pupil, {"pupils": [pupil, other]}),
        (EntryKind.LEAD_SETTINGS, None, {"notes": {"deep": [1, 2.5, None, True, "x", {"y": []}]}, "big": 10**30}),
        (EntryKind.FILE_VIEWED, pupil, {"what": "file", "detail": ""}),
        (EntryKind.TRANSFER_OUT, pupil, {"transfer_id": "t1", "to_school": "Elm", "due_at": ms, "receipt_code": "AB",
                                         "pack_id": "p1", "entries": [concern]}),
        (EntryKind.TRANSFER_RECEIPT, pupil, {"transfer_id": "t1"}),
        (EntryKind.TRANSFER_IN, other, {"transfer_id": "t2", "from_school": "Oak", "fingerprint": "f", "sent_at": ms,
                                        "sent_by": "Mr O", "receipt_code": "CD", "records": [imported]}),
        (EntryKind.PUPIL_LEFT, pupil, {"left_on": "2026-11-30", "how": "roster"}),
        (EntryKind.RETENTION_HOLD, pupil, {"reason": "inquiry \ud800", "lifted": False}),
        (EntryKind.RETENTION_REVIEW, pupil, {"keep": True, "reason": "r", "until": "2050-01-01"}),
        (EntryKind.RETENTION_CLOSED, _id(998), {"review": _id(7), "exports": ["e1"]}),  # taken in by the fixture
        (EntryKind.MEETING, pupil, {"type": "cp-conference", "held_on": "2026-11-01", "outcome": "cp-plan",
                                    "attendees": [["Jo", "SW", "CSC"]], "category": "neglect", "next_on": "2027-02-01",
                                    "notes": ""}),
        (EntryKind.DOCUMENT_WITHDRAWN, pupil, {"document": _id(997), "reason": "Filed in the wrong child's file"}),
    ]  # fmt: skip
    return [
        OpenedEntry(_id(n), kind, subject, author, T0 - timedelta(hours=n), T0 + timedelta(seconds=n), content)
        for n, (kind, subject, content) in enumerate(kinds)
    ]


def _everything_in(value: Any) -> Iterator[Any]:
    yield value
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _everything_in(getattr(value, f.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _everything_in(key)
            yield from _everything_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _everything_in(item)


def test_the_demo_workspace_with_every_kind_of_record_reads_back_equal(demo: Demo) -> None:
    held = {type(item) for item in _everything_in(demo.workspace)}
    assert held >= FOLDED_CLASSES
    state = demo.workspace[0]
    assert state.lead.by_pupil and state.lead.settings and state.transfers.ins and state.lead.dismissed
    for codec, value in ((STATE, state), (WORKSPACE, demo.workspace)):
        back = codec.decode(codec.encode(value))
        assert back == value
        assert back is not value


def test_records_shared_by_the_fold_are_shared_again_and_caches_start_empty(demo: Demo) -> None:
    state = demo.workspace[0]
    state.concerns_for(next(iter(state.pupils)))  # the per-child index is built
    back: SchoolState = STATE.decode(STATE.encode(state))
    lead = back.lead
    held = {}
    for f in dataclasses.fields(LeadRecords):
        value = getattr(lead, f.name)
        if f.name != "by_pupil" and isinstance(value, dict):
            for item in value.values():
                held.update(
                    {r.entry_id: r for r in (item if isinstance(item, list) else [item]) if not isinstance(r, str)}
                )
    indexed = [record for found in lead.by_pupil.values() for record in found]
    assert indexed and all(held[record.entry_id] is record for record in indexed)
    assert back._index == {} and back._index_size == 0 and lead._households is None  # rebuilt when first read
    assert all(back.concerns_for(pupil) == state.concerns_for(pupil) for pupil in state.pupils)


def test_text_declared_as_str_reads_back_as_str(demo: Demo) -> None:
    """A StrEnum member where a field is declared `str` (a flag's code, a mark's default type) is written as its
    text: equal, and hashing the same, as before."""
    state, flags = demo.workspace[0], demo.workspace[1]
    codes = [flag.code for found in flags.values() for flag in found]
    assert codes and all(isinstance(code, FlagCode) for code in codes)
    defaulted = [m for c in state.concerns.values() for m in c.injuries if type(m.type) is MarkType]
    assert defaulted
    back = WORKSPACE.decode(WORKSPACE.encode(demo.workspace))
    assert [flag.code for found in back[1].values() for flag in found] == codes
    assert all(type(flag.code) is str for found in back[1].values() for flag in found)
    assert all(type(member.role) is Role for member in back[0].staff.values())


def test_the_demo_snapshots_are_written_and_read_back(demo: Demo) -> None:
    folded = load_state(demo.lead)
    kept = load_snapshot(demo.lead, STATE_SNAPSHOT)
    assert kept is not None and kept.value[0] == folded == load_state(demo.lead, use_snapshot=False)
    assert STATE_SNAPSHOT_CODEC.decode(STATE_SNAPSHOT_CODEC.encode(kept.value)) == kept.value  # with its cursor
    workspace = open_workspace(demo.lead)
    kept = load_snapshot(demo.lead, WORKSPACE_SNAPSHOT)
    assert kept is not None and kept.value[:3] == (workspace.state, workspace.flags, workspace.pending)


def _reached(annotation: Any, found: set[type]) -> None:
    for arg in typing.get_args(annotation):
        _reached(arg, found)
    if typing.get_origin(annotation) is None and isinstance(annotation, type) and annotation not in found:
        if dataclasses.is_dataclass(annotation):
            found.add(annotation)
            for hint in typing.get_type_hints(annotation).values():
                _reached(hint, found)
        elif issubclass(annotation, enum.Enum):
            found.add(annotation)


def test_the_registry_is_exactly_what_the_snapshots_shapes_reach() -> None:
    found: set[type] = set()
    for shape in SHAPES.values():
        _reached(shape, found)
    assert found == FOLDED_CLASSES
    assert set(SHAPES) == {STATE_SNAPSHOT, WORKSPACE_SNAPSHOT}


# --- every kind of value, on classes of the test's own ---------------------------------------------------------------


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Size(enum.IntEnum):
    SMALL = 1
    LARGE = 2


@dataclass(frozen=True)
class Part:
    entry_id: str
    weight: float | None = None


@dataclass
class Sample:
    text: str
    number: int
    ratio: float
    flag: bool
    maybe: int | None
    scalar: str | int | None
    when: datetime
    day: date | None
    blob: bytes
    colour: Colour
    size: Size
    words: tuple[str, ...]
    pair: tuple[str, int]
    parts: list[Part]
    tags: set[str]
    numbers: frozenset[int]
    by_colour: dict[Colour, list[int]]
    by_pair: dict[tuple[str, int], Part | None]
    by_number: dict[int, str]
    by_id: dict[str, Part]
    content: dict[str, Any]
    index: dict[str, list[Any]] = field(default_factory=dict)
    cache: dict[str, int] = field(default_factory=dict, compare=False)


SAMPLE = Codec(list[Sample], {Sample, Part, Colour, Size}, {Sample: "index"})
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_zones = st.none() | st.just(UTC) | st.integers(-1439, 1439).map(lambda m: timezone(timedelta(minutes=m)))
_parts = st.builds(Part, st.text(max_size=8), st.none() | st.floats(allow_nan=False))


@st.composite
def samples(draw: st.DrawFn) -> Sample:
    by_id = draw(st.dictionaries(st.text(max_size=8), _parts, max_size=4))
    indexed = st.lists(st.sampled_from(sorted(by_id.values(), key=repr)), max_size=3) if by_id else st.just([])
    sample = Sample(
        draw(st.text()), draw(st.integers()), draw(st.floats(allow_nan=False) | st.integers()), draw(st.booleans()),
        draw(st.none() | st.integers()), draw(st.none() | st.integers() | st.text()),
        draw(st.datetimes(timezones=_zones)), draw(st.none() | st.dates()), draw(st.binary()),
        draw(st.sampled_from(Colour)), draw(st.sampled_from(Size)), tuple(draw(st.lists(st.text(max_size=3)))),
        (draw(st.text(max_size=3)), draw(st.integers())), draw(st.lists(_parts, max_size=3)),
        draw(st.sets(st.text(max_size=3))), draw(st.frozensets(st.integers())),
        draw(st.dictionaries(st.sampled_from(Colour), st.lists(st.integers(), max_size=2))),
        draw(st.dictionaries(st.tuples(st.text(max_size=3), st.integers()), st.none() | _parts, max_size=3)),
        draw(st.dictionaries(st.integers(), st.text(max_size=3), max_size=3)), by_id,
        draw(st.dictionaries(st.text(max_size=5), _json, max_size=3)),
    )  # fmt: skip
    # The index points at records `by_id` holds: distinct entry ids, so each is found again by its id.
    if len({part.entry_id for part in by_id.values()}) == len(by_id):
        sample.index = {key: draw(indexed) for key in draw(st.lists(st.text(max_size=3), max_size=3))}
    return sample


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(samples(), max_size=3))
def test_values_of_every_supported_type_read_back_equal_and_of_the_same_types(values: list[Sample]) -> None:
    back = SAMPLE.decode(SAMPLE.encode(values))
    assert back == values
    for old, new in zip(values, back, strict=True):
        assert [type(getattr(new, f.name)) for f in dataclasses.fields(Sample) if f.compare] == [
            type(getattr(old, f.name)) for f in dataclasses.fields(Sample) if f.compare
        ]
        held = {part.entry_id: part for part in new.by_id.values()}
        assert all(held[part.entry_id] is part for found in new.index.values() for part in found)


def test_text_that_repeats_is_written_once() -> None:
    values = [Part(f"same-{n % 3}") for n in range(1_000)]
    data = Codec(list[Part], {Part}).encode(values)
    assert data.count(b"same-1") == 1
    assert Codec(list[Part], {Part}).decode(data) == values


def test_a_lone_surrogate_reads_back() -> None:
    """JSON content may hold one (`"\\ud800"` is valid JSON), and so may any text the fold took from it."""
    value = [Part("\ud800 a \udfff"), Part("\ud83d\ude00")]
    assert Codec(list[Part], {Part}).decode(Codec(list[Part], {Part}).encode(value)) == value


@dataclass(frozen=True, slots=True)
class Checked:
    """Its __post_init__ runs on every object built, read back or not."""

    entry_id: str
    built: typing.ClassVar[list[str]] = []

    def __post_init__(self) -> None:
        Checked.built.append(self.entry_id)


@dataclass(frozen=True, slots=True)
class Spoken:
    """An __init__ of its own: objects are built by calling it."""

    words: str

    def __init__(self, words: str) -> None:
        object.__setattr__(self, "words", words)
        Spoken.built.append(words)

    built: typing.ClassVar[list[str]] = []


def test_a_class_with_its_own_init_or_post_init_is_built_by_calling_it() -> None:
    codec = Codec(tuple[list[Checked], list[Spoken]], {Checked, Spoken})
    value = ([Checked("a"), Checked("b")], [Spoken("hello")])
    Checked.built.clear()
    Spoken.built.clear()
    assert codec.decode(codec.encode(value)) == value
    assert Checked.built == ["a", "b"] and Spoken.built == ["hello"]


# --- what the encoding refuses to be built for, or to write ----------------------------------------------------------


@dataclass
class Loop:
    entry_id: str
    next: Loop | None


@dataclass
class Elsewhere:
    where: Path


@dataclass
class Ambiguous:
    either: Part | Colour


@pytest.mark.parametrize(
    ("shape", "classes", "why"),
    [
        (Part, set(), "not registered"),
        (list[Sample], {Sample, Part, Colour}, "not registered"),  # Size is missing
        (Loop, {Loop}, "recursive"),
        (Elsewhere, {Elsewhere}, "unsupported"),
        (Ambiguous, {Ambiguous, Part, Colour}, "unsupported union"),
        (complex, set(), "unsupported"),
        (list, set(), "unsupported"),
    ],
)
def test_a_shape_reaching_an_unregistered_or_unsupported_type_is_refused(shape: Any, classes: set, why: str) -> None:
    with pytest.raises(CodecError, match=why):
        Codec(shape, classes)


def test_a_new_field_is_picked_up_and_changes_the_layout() -> None:
    first = dataclasses.make_dataclass("Note", [("entry_id", str)])
    second = dataclasses.make_dataclass("Note", [("entry_id", str), ("seen", datetime)])
    old, new = Codec(first, {first}), Codec(second, {second})
    assert old.shape == new.shape and old.layout != new.layout
    assert new.decode(new.encode(second("n1", T0))) == second("n1", T0)
    with pytest.raises(CodecError):
        new.decode(old.encode(first("n1")))


class _Zone(tzinfo):
    """A time zone with rules (as zoneinfo's are): its offset cannot be written as a fixed one."""

    def utcoffset(self, _moment: datetime | None) -> timedelta:
        return timedelta(hours=1)

    def dst(self, _moment: datetime | None) -> timedelta:
        return timedelta(0)


def _concern(**changes: Any) -> Concern:
    base = Concern("c1", "p1", "a1", T0, T0, "neglect", "Hungry.")
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize(
    ("value", "where"),
    [
        (_concern(what_happened=["Zofia"]), "Concern.what_happened"),
        (_concern(occurred_at=T0.replace(tzinfo=_Zone())), "Concern.occurred_at"),
        (_concern(occurred_at=T0.date()), "Concern.occurred_at"),
        (_concern(injuries=(InjuryMark("front", 0.1, "0.2", "chest"),)), "InjuryMark.y"),
        (_concern(other_children=["p2"]), "Concern.other_children"),
    ],
)
def test_a_value_that_is_not_of_its_declared_type_is_not_written(value: Concern, where: str) -> None:
    state = SchoolState(concerns={"c1": value})
    with pytest.raises(CodecError, match=where) as refused:
        STATE.encode(state)
    assert "Zofia" not in str(refused.value) and "0.2" not in str(refused.value)  # messages may reach a log


def test_json_content_must_be_json_and_an_index_must_point_into_the_object() -> None:
    settings_ = dataclasses.replace(_settings(), payload={"a": (1, 2)})
    with pytest.raises(CodecError, match="tuple in JSON content"):
        STATE.encode(SchoolState(lead=LeadRecords(settings={"s": settings_})))
    stray = Acknowledgement("e1", "c1", "p1", "a1", T0)
    with pytest.raises(CodecError, match="by_pupil"):
        STATE.encode(SchoolState(lead=LeadRecords(by_pupil={"p1": [stray]})))
    copy = dataclasses.replace(stray)  # equal, but not the object the other field holds
    lead = LeadRecords(acknowledgements={"c1": [stray]}, by_pupil={"p1": [copy]})
    with pytest.raises(CodecError, match="by_pupil"):
        STATE.encode(SchoolState(lead=lead))


def _settings() -> Any:
    from desktop_app.domain.lead.lead_records import SettingsRecord

    return SettingsRecord("s", {}, "a1", T0)


# --- what reading refuses --------------------------------------------------------------------------------------------


def _place(cls: type, name: str) -> int:
    return [f.name for f in dataclasses.fields(cls) if f.compare].index(name)


def _small_state() -> SchoolState:
    """Two children with concerns, and one entry of every kind (`every_kind`)."""
    state = SchoolState(school_id="s1", school_name="Hillside")
    state.staff["a1"] = StaffMember("a1", "a.lead", "Alice Lead", Role.LEAD)
    pupils = [OpenedEntry(_id(900 + n), EntryKind.PUPIL, f"p{n}", "a1", T0, T0, {"upn": f"U{n}", "forename": "A",
              "surname": "B", "date_of_birth": "2019-01-02"}) for n in range(2)]  # fmt: skip
    concerns = [OpenedEntry(_id(950 + n), EntryKind.CONCERN, "p0", "a1", T0, T0, {"what_happened": "x"})
                for n in range(2)]  # fmt: skip
    fold_more(state, [*pupils, *concerns], {"a1": Role.LEAD})
    fold_every_kind(state, {"a1": Role.LEAD})
    return state


def _document(state: SchoolState) -> list[Any]:
    return json.loads(STATE.encode(state))


def _bytes(document: list[Any]) -> bytes:
    """A document written as the codec writes it (lone surrogates as they are: escaped, a pair would join)."""
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


TEXTS, BODY = 3, 4  # a document: [NAME, VERSION, shape, texts, body]


def _concern_columns(document: list[Any]) -> list[Any]:
    return document[BODY][_place(SchoolState, "concerns")][2]


def _staff_columns(document: list[Any]) -> list[Any]:
    return document[BODY][_place(SchoolState, "staff")][2]


def _new_text(document: list[Any], text: str) -> int:
    """Add `text` to the document's texts; its position."""
    document[TEXTS].append(text)
    return len(document[TEXTS]) - 1


def _mutations() -> dict[str, Any]:
    def shape(doc: list[Any]) -> None:
        doc[2] = "desktop_app.services.session.Session"

    def version(doc: list[Any]) -> None:
        doc[1] = VERSION + 1

    def name(doc: list[Any]) -> None:
        doc[0] = "pickle"

    def texts_that_are_not_texts(doc: list[Any]) -> None:
        doc[TEXTS].append(7)

    def field_missing(doc: list[Any]) -> None:
        _concern_columns(doc).pop()

    def field_extra(doc: list[Any]) -> None:
        _concern_columns(doc).append(_concern_columns(doc)[0])

    def datetime_as_number(doc: list[Any]) -> None:
        columns = _concern_columns(doc)
        columns[_place(Concern, "occurred_at")] = [0] * len(columns[0])

    def datetime_as_words(doc: list[Any]) -> None:
        columns = _concern_columns(doc)
        columns[_place(Concern, "recorded_at")] = ["yesterday"] * len(columns[0])

    def text_written_out(doc: list[Any]) -> None:
        doc[BODY][_place(SchoolState, "school_name")] = ["Hillside"]

    def bool_as_number(doc: list[Any]) -> None:
        staff = _staff_columns(doc)
        staff[_place(StaffMember, "active")] = [1] * len(staff[0])

    def unknown_role(doc: list[Any]) -> None:
        staff = _staff_columns(doc)
        staff[_place(StaffMember, "role")] = [_new_text(doc, "superuser")] * len(staff[0])

    def record_as_text(doc: list[Any]) -> None:
        doc[BODY][_place(SchoolState, "lead")] = ["LeadRecords"]

    def short_column(doc: list[Any]) -> None:
        _concern_columns(doc)[_place(Concern, "category")].pop()

    def position_outside_texts(doc: list[Any]) -> None:
        columns = _concern_columns(doc)
        columns[_place(Concern, "author_id")] = [len(doc[TEXTS]) + 5] * len(columns[0])

    def position_negative(doc: list[Any]) -> None:
        columns = _concern_columns(doc)
        columns[_place(Concern, "author_id")] = [-1] * len(columns[0])

    def position_as_bool(doc: list[Any]) -> None:
        columns = _concern_columns(doc)
        columns[_place(Concern, "author_id")] = [True] * len(columns[0])

    def negative_length(doc: list[Any]) -> None:
        doc[BODY][_place(SchoolState, "concerns")][0] = [-1]

    def lengths_too_long(doc: list[Any]) -> None:
        doc[BODY][_place(SchoolState, "concerns")][0] = [10**9]

    def index_points_nowhere(doc: list[Any]) -> None:
        by_pupil = doc[BODY][_place(SchoolState, "lead")][_place(LeadRecords, "by_pupil")]
        ids = by_pupil[2][1]  # [lengths, keys, [lengths, ids]]: the entry ids
        by_pupil[2][1] = [_new_text(doc, "nothing-holds-this")] * len(ids)

    def presence_not_bool(doc: list[Any]) -> None:
        from desktop_app.domain.records import Pupil

        born = doc[BODY][_place(SchoolState, "pupils")][2][_place(Pupil, "date_of_birth")]
        born[0] = [1] * len(born[0])

    return {f.__name__: f for f in (shape, version, name, texts_that_are_not_texts, field_missing, field_extra,
            datetime_as_number, datetime_as_words, text_written_out, bool_as_number, unknown_role, record_as_text,
            short_column, position_outside_texts, position_negative, position_as_bool, negative_length,
            lengths_too_long, index_points_nowhere, presence_not_bool)}  # fmt: skip


@pytest.mark.parametrize("mutation", sorted(_mutations()))
def test_a_document_that_is_not_of_the_shape_is_refused(mutation: str) -> None:
    document = _document(_small_state())
    assert STATE.decode(_bytes(document)) == _small_state()
    _mutations()[mutation](document)
    with pytest.raises(CodecError):
        STATE.decode(_bytes(document))


@pytest.mark.parametrize(
    "data",
    [b"", b"\x80\x04N.", b"[]", b"{}", b"null", b'["concern-logger folded value"]', b"[" * 100_000, b"\xff\xfe\x00"],
)
def test_what_is_not_a_document_is_refused(data: bytes) -> None:
    with pytest.raises(CodecError):
        STATE.decode(data)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in items:
        yield from _paths(child, (*path, key))


_SMALL = _document(_small_state())
_SMALL_PATHS = [path for path in _paths(_SMALL[BODY]) if path]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SMALL_PATHS), _json)
def test_any_change_to_a_document_reads_as_a_state_or_is_refused_with_codec_error(path: tuple, new: Any) -> None:
    document = json.loads(_bytes(_SMALL))
    node = document[BODY]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = new
    try:
        value = STATE.decode(_bytes(document))
    except CodecError:
        return
    assert type(value) is SchoolState


def test_the_document_names_the_encoding_and_its_version() -> None:
    document = _document(SchoolState(school_id="s1"))
    assert document[:4] == [NAME, VERSION, "desktop_app.domain.records.SchoolState", ["s1", ""]]
