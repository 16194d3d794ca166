"""Folding entries into the school's state: the same state whatever order entries arrive in, and the chronology."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.chronology.items import ChronologyItem
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold, fold_more
from desktop_app.domain.records import Role, SchoolState

T0 = datetime(2025, 9, 1, 8, 30, tzinfo=UTC)
PUPILS = ("0190a000-0000-7000-8000-00000000000a", "0190a000-0000-7000-8000-00000000000b")
AUTHORS = ("0190a000-0000-7000-8000-0000000000f1", "0190a000-0000-7000-8000-0000000000f2")
ROLES = {AUTHORS[0]: Role.LEAD, AUTHORS[1]: Role.STAFF}


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


def entry(
    entry_id: str,
    kind: str,
    content: dict[str, Any],
    *,
    subject: str | None = None,
    recorded: float = 0,
    occurred: float | None = None,
    author: str = AUTHORS[1],
) -> OpenedEntry:
    return OpenedEntry(
        entry_id=entry_id,
        kind=kind,
        subject=subject,
        author_id=author,
        occurred_at=hours(recorded if occurred is None else occurred),
        recorded_at=hours(recorded),
        content=content,
    )


def pupil_content(forename: str, year: str = "3") -> dict[str, Any]:
    return {
        "upn": "A123456789012",
        "forename": forename,
        "surname": "Łuczak",
        "date_of_birth": "2018-06-10",
        "year_group": year,
    }


# --- order independence --------------------------------------------------------------------------------------

_times = st.integers(min_value=0, max_value=5)  # few distinct times, so ties between entries are common
_words = st.sampled_from(["Zofia", "Kuba", "Ахмед", "Şeyma", "Jakub"])


@st.composite
def entry_lists(draw: st.DrawFn) -> list[OpenedEntry]:
    ids = draw(st.lists(st.uuids().map(str), min_size=1, max_size=25, unique=True))
    made: list[OpenedEntry] = []
    concern_ids: list[str] = []
    for entry_id in ids:
        kind = draw(st.sampled_from(["pupil", "concern", "addendum", "account.profile", "category"]))
        recorded = draw(_times)
        author = draw(st.sampled_from(AUTHORS))
        pupil = draw(st.sampled_from(PUPILS))
        if kind == "pupil":
            made.append(entry(entry_id, EntryKind.PUPIL, pupil_content(draw(_words)), subject=pupil, recorded=recorded))
        elif kind == "concern":
            occurred = recorded - draw(st.integers(min_value=0, max_value=72))
            content = {"category": draw(st.sampled_from(["neglect", "physical-abuse"])), "what_happened": draw(_words)}
            made.append(
                entry(
                    entry_id,
                    EntryKind.CONCERN,
                    content,
                    subject=pupil,
                    recorded=recorded,
                    occurred=occurred,
                    author=author,
                )
            )
            concern_ids.append(entry_id)
        elif kind == "addendum":
            amends = draw(st.sampled_from(concern_ids)) if concern_ids else "no-such-concern"
            content = {"amends": amends, "text": draw(_words)}
            made.append(entry(entry_id, EntryKind.ADDENDUM, content, subject=pupil, recorded=recorded, author=author))
        elif kind == "account.profile":
            content = {"username": "c.teacher", "full_name": draw(_words) + " Teacher", "job_title": "Year 1"}
            made.append(entry(entry_id, "account.profile", content, recorded=recorded))
        else:
            content = {"code": draw(st.sampled_from(["young-carer", "private-fostering"])), "name": draw(_words)}
            made.append(entry(entry_id, EntryKind.CATEGORY, content, recorded=recorded))
    return made


@settings(max_examples=60, deadline=None)
@given(entries=entry_lists(), data=st.data())
def test_the_fold_does_not_depend_on_arrival_order(entries: list[OpenedEntry], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(entries))
    expected = fold(entries, ROLES)
    assert fold(shuffled, ROLES) == expected
    assert fold(reversed(entries), ROLES) == expected
    for pupil_id in PUPILS:
        assert chronology_for(fold(shuffled, ROLES), pupil_id) == chronology_for(expected, pupil_id)


@settings(max_examples=60, deadline=None)
@given(entries=entry_lists(), data=st.data())
def test_folding_more_later_gives_the_same_state_as_one_fold(entries: list[OpenedEntry], data: st.DataObject) -> None:
    """What unlock does with a snapshot: a fold of the entries held then, and `fold_more` of those that arrived
    since, in any order and in any number of steps, some more than once (a refresh overlapping a reload)."""
    arrived = data.draw(st.permutations(entries))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(arrived)), min_size=1, max_size=3)))
    state = fold(arrived[: cuts[0]], ROLES)
    for start, end in zip(cuts, [*cuts[1:], len(arrived)], strict=True):
        again = data.draw(st.integers(0, start))  # entries folded once already, read again
        fold_more(state, [*arrived[again:start], *arrived[start:end]], ROLES)
    assert state == fold(entries, ROLES)


@settings(max_examples=50, deadline=None)
@given(entries=entry_lists())
def test_every_concern_and_addendum_survives_the_fold(entries: list[OpenedEntry]) -> None:
    state = fold(entries, ROLES)
    concerns = {e.entry_id for e in entries if e.kind == EntryKind.CONCERN}
    addenda = {e.entry_id for e in entries if e.kind == EntryKind.ADDENDUM}
    assert set(state.concerns) == concerns
    assert {note.addendum_id for notes in state.addenda.values() for note in notes} == addenda
    for notes in state.addenda.values():
        assert notes == sorted(notes, key=lambda n: (n.recorded_at, n.addendum_id))


@settings(max_examples=50, deadline=None)
@given(entries=entry_lists())
def test_the_newest_pupil_details_are_the_ones_held(entries: list[OpenedEntry]) -> None:
    state = fold(entries, ROLES)
    for pupil_id in PUPILS:
        updates = [e for e in entries if e.kind == EntryKind.PUPIL and e.subject == pupil_id]
        if not updates:
            assert pupil_id not in state.pupils
            continue
        newest = max(updates, key=lambda e: (e.recorded_at, e.entry_id))
        assert state.pupils[pupil_id].forename == newest.content["forename"]


def test_later_recorded_pupil_details_win_whatever_the_ids_and_arrival() -> None:
    # The later-recorded update has the smallest id and arrives first, as one synced from another PC might.
    def update(entry_id: str, forename: str, year: str, recorded: float) -> OpenedEntry:
        return entry(entry_id, EntryKind.PUPIL, pupil_content(forename, year), subject=PUPILS[0], recorded=recorded)

    newest = update("00000000-0000-7000-8000-000000000001", "Kuba", "4", recorded=48)
    oldest = update("ffffffff-0000-7000-8000-000000000001", "Jakub", "3", recorded=0)
    middle = update("88888888-0000-7000-8000-000000000001", "Jakób", "3", recorded=24)
    for order in ([newest, oldest, middle], [oldest, middle, newest], [middle, newest, oldest]):
        pupil = fold(order).pupils[PUPILS[0]]
        assert (pupil.forename, pupil.year_group, pupil.pupil_id) == ("Kuba", "4", PUPILS[0])


def test_the_first_recorded_definition_of_a_category_stands() -> None:
    first = entry("ffff0000-0000-7000-8000-000000000001", EntryKind.CATEGORY, {"code": "young-carer", "name": "A"})
    later = entry(
        "00000000-0000-7000-8000-000000000001", EntryKind.CATEGORY, {"code": "young-carer", "name": "B"}, recorded=1
    )
    for order in ([first, later], [later, first]):
        state = fold(order)
        assert [(c.code, c.name) for c in state.added_categories] == [("young-carer", "A")]


def test_staff_take_their_role_from_the_key_book() -> None:
    profile = {"username": "a.lead", "full_name": "Alice Lead", "job_title": "DSL"}
    state = fold([entry(AUTHORS[0], "account.profile", profile)], ROLES)
    member = state.staff[AUTHORS[0]]
    assert (member.full_name, member.role, member.job_title) == ("Alice Lead", Role.LEAD, "DSL")
    assert fold([entry(AUTHORS[1], "account.profile", profile)]).staff[AUTHORS[1]].role == Role.STAFF


# --- the chronology ------------------------------------------------------------------------------------------


def _concern(entry_id: str, occurred: float, recorded: float, what: str, pupil: str = PUPILS[0]) -> OpenedEntry:
    content = {
        "category": "physical-abuse",
        "what_happened": what,
        "action_taken": "Told the DSL",
        "injuries": [{"view": "front", "x": 0.3, "y": 0.3, "region": "upper-arm-right", "size_cm": 3}],
    }
    return entry(entry_id, EntryKind.CONCERN, content, subject=pupil, recorded=recorded, occurred=occurred)


def _chronology_state() -> SchoolState:
    profile = {"username": "c.teacher", "full_name": "Carys Teacher", "job_title": "Year 1 teacher"}
    entries = [
        entry(AUTHORS[1], "account.profile", profile),
        _concern("0190a000-0000-7000-8000-000000000001", occurred=0, recorded=1, what="Bruise seen at drop-off"),
        _concern("0190a000-0000-7000-8000-000000000003", occurred=48, recorded=48.5, what="Hungry again at lunch"),
        # Written up on day 5 about something seen on day 1 afternoon: backdated, so recorded late.
        _concern("0190a000-0000-7000-8000-000000000005", occurred=30, recorded=120, what="Said Dad shouted"),
        _concern("0190a000-0000-7000-8000-000000000009", occurred=10, recorded=10, what="other child", pupil=PUPILS[1]),
        entry(
            "0190a000-0000-7000-8000-000000000007",
            EntryKind.ADDENDUM,
            {"amends": "0190a000-0000-7000-8000-000000000001", "text": "Mum says he fell off his bike"},
            subject=PUPILS[0],
            recorded=72,
        ),
    ]
    return fold(entries, ROLES)


def test_the_chronology_runs_in_the_order_things_happened() -> None:
    state = _chronology_state()
    items = chronology_for(state, PUPILS[0])
    assert [i.summary.splitlines()[0] for i in items] == [
        "Bruise seen at drop-off",
        "Said Dad shouted",  # recorded last, but it happened second: it slots into place
        "Hungry again at lunch",
        "Mum says he fell off his bike",
    ]
    assert [i.occurred_at for i in items] == sorted(i.occurred_at for i in items)
    assert [i.recorded_late for i in items] == [False, True, False, False]
    addendum = items[-1]
    assert (addendum.kind, addendum.amends) == ("addendum", "0190a000-0000-7000-8000-000000000001")
    assert items[0].recorded_by == "Carys Teacher (Year 1 teacher)"
    assert items[0].summary.splitlines()[1] == "1 injury: bruise on upper arm right (3 cm)"
    assert all(i.entry_id != "0190a000-0000-7000-8000-000000000009" for i in items)  # another child's concern


def test_a_late_record_is_one_written_more_than_a_day_after_the_event() -> None:
    def item(delay: timedelta) -> ChronologyItem:
        return ChronologyItem("id", T0, T0 + delay, "concern", "neglect", "", "", "")

    assert not item(timedelta(hours=24)).recorded_late
    assert item(timedelta(hours=24, seconds=1)).recorded_late
    assert not item(timedelta(0)).recorded_late
    assert item(timedelta(hours=24, seconds=1)).to_json()["recorded_late"] is True


@settings(max_examples=50, deadline=None)
@given(entries=entry_lists(), data=st.data())
def test_any_chronology_is_in_occurred_order_with_late_records_flagged(
    entries: list[OpenedEntry], data: st.DataObject
) -> None:
    state = fold(data.draw(st.permutations(entries)), ROLES)
    for pupil_id in PUPILS:
        items = chronology_for(state, pupil_id)
        keys = [(i.occurred_at, i.recorded_at, i.entry_id) for i in items]
        assert keys == sorted(keys)
        for item in items:
            assert item.recorded_late == (item.recorded_at - item.occurred_at > timedelta(hours=24))


def test_an_addendum_holding_the_wrong_types_is_passed_over_not_a_crash() -> None:
    """A signed entry can hold any JSON; an addendum whose `amends` is a list must not stop the fold."""
    from datetime import UTC, datetime

    from desktop_app.domain.fold import OpenedEntry, fold

    when = datetime(2026, 1, 5, tzinfo=UTC)
    odd = OpenedEntry("a1", "addendum", "p1", "x", when, when, {"amends": ["c1"], "text": "x"})
    worse = OpenedEntry("a2", "addendum", "p1", "x", when, when, {"amends": "c1", "text": {"no": "text"}})
    state = fold([odd, worse])
    assert state.addenda == {}
