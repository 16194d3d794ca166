"""Marks noticed later: an addendum's marks count as the concern's when, and only when, its author wrote both."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.concern_input import ConcernInputError, parse_addendum
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import fold, fold_more
from desktop_app.domain.lead.bodymap_history import bodymap_history, history_between
from desktop_app.domain.records import Addendum, Concern
from desktop_app.domain.red_flags import FlagCode
from desktop_app.domain.state_codec import Codec
from desktop_app.domain.state_codec.folded import FOLDED_CLASSES, FOLDED_INDEXES
from desktop_app.services.snapshot import SHAPES
from tests.unit.test_red_flags import LEAD_ID, ROLES, STAFF_ID, T0, Build, at, coded, flags_of, mark

OTHER_STAFF = "acct-other-staff"


def _toddler(b: Build) -> str:
    return b.pupil("Daniel", T0.date() - timedelta(days=3 * 365))  # under four: a bruised ear is a TEN-4 site


def _addendum(b: Build, concern: str, pupil: str, days: float, marks: list[dict], author: str = STAFF_ID,
              text: str = "Noticed later") -> str:  # fmt: skip
    return b.add(EntryKind.ADDENDUM, {"amends": concern, "text": text, "marks": marks}, pupil, at(days), at(days),
                 author)  # fmt: skip


def test_the_authors_later_mark_joins_the_concerns_marks_and_raises_its_flag() -> None:
    b = Build()
    child = _toddler(b)
    concern = b.concern(child, 0, marks=[mark("shin-left")], childs_words="I fell")
    assert coded(flags_of(b.state(), child), FlagCode.TEN4_FACESP) == []
    note = _addendum(b, concern, child, 1, [mark("ear-left", view="head-left")])
    state = b.state()
    held = state.concerns[concern]
    assert [m.region for m in held.injuries] == ["shin-left", "ear-left"]
    assert [m.region for m in held.written_marks] == ["shin-left"]
    assert held.later_mark(0) is None and held.later_mark(1).addendum_id == note  # type: ignore[union-attr]
    assert [m.region for m in state.addenda[concern][0].marks] == ["ear-left"]
    [flag] = coded(flags_of(state, child), FlagCode.TEN4_FACESP)
    assert flag.at_entry == concern
    assert held.to_payload()["injuries"] == [held.injuries[0].to_payload()], "the concern's entry is as written"


def test_marks_in_anyone_elses_addendum_are_never_the_concerns() -> None:
    b = Build()
    child = _toddler(b)
    other = b.pupil("Sibling", T0.date() - timedelta(days=6 * 365))
    concern = b.concern(child, 0, marks=[mark("shin-left")], childs_words="I fell")
    _addendum(b, concern, child, 1, [mark("ear-left", view="head-left")], author=OTHER_STAFF)  # a colleague
    _addendum(b, concern, child, 1, [mark("neck")], author=LEAD_ID)  # a lead records a concern of their own instead
    _addendum(b, concern, other, 1, [mark("chest")])  # the author, but filed under another child
    state = b.state()
    assert [m.region for m in state.concerns[concern].injuries] == ["shin-left"]
    assert state.concerns[concern].later_marks == ()
    assert coded(flags_of(state, child), FlagCode.TEN4_FACESP) == []
    history = bodymap_history(state, child)
    assert history.total == 1 and set(history.region_counts) == {"shin-left"}
    rows = [r for r in chronology_for(state, child) if r.kind == RowKind.ADDENDUM]
    assert rows and all(r.summary.startswith("Noticed later\nNot counted: ") and r.injuries == 0 for r in rows)


def test_the_same_state_whichever_arrives_first_and_old_addenda_still_read() -> None:
    b = Build()
    child = _toddler(b)
    concern = b.concern(child, 0, marks=[mark("shin-left")])
    _addendum(b, concern, child, 2, [mark("cheek-left", view="head-left")])
    _addendum(b, concern, child, 1, [mark("ear-left", view="head-left")])
    b.add(EntryKind.ADDENDUM, {"amends": concern, "text": "An old one, before marks could be added"}, child, at(3),
          author=STAFF_ID)  # fmt: skip
    whole = b.state()
    assert [m.region for m in whole.concerns[concern].injuries] == ["shin-left", "ear-left", "cheek-left"]
    assert [n.marks for n in whole.addenda[concern]][-1] == ()
    the_concern = next(e for e in b.entries if e.entry_id == concern)
    rest = [e for e in b.entries if e.entry_id != concern]
    late = fold(rest, ROLES)  # the addenda came first (sync): the concern arrives afterwards
    assert concern not in late.concerns and len(late.addenda[concern]) == 3
    fold_more(late, [the_concern], ROLES)
    assert late.concerns[concern] == whole.concerns[concern]
    fold_more(late, [e for e in b.entries if e.kind == EntryKind.ADDENDUM], ROLES)  # folded twice: no change
    assert late.concerns[concern] == whole.concerns[concern]


def test_an_addendums_odd_marks_are_dropped_not_trusted() -> None:
    b = Build()
    child = _toddler(b)
    concern = b.concern(child, 0)
    _addendum(b, concern, child, 1, ["not a mark", 7, {"view": "front", "x": 0.5, "y": 0.5, "region": "chest",
                                                        "explanation": ["not", "text"]}])  # fmt: skip
    b.add(EntryKind.ADDENDUM, {"amends": concern, "text": "x", "marks": "nonsense"}, child, at(2), author=STAFF_ID)
    state = b.state()
    [held] = state.concerns[concern].injuries
    assert held.region == "chest" and held.explanation == ""


def test_body_map_history_numbers_stay_put_as_the_range_moves_and_later_marks_say_so() -> None:
    b = Build()
    child = _toddler(b)
    first = b.concern(child, 0, marks=[mark("shin-left"), mark("knee-left")])
    second = b.concern(child, 30, marks=[mark("shin-right")])
    b.concern(child, 60, marks=[mark("upper-arm-left")])
    _addendum(b, second, child, 31, [mark("hand-left", view="hands-back")])
    history = bodymap_history(b.state(), child)
    numbers = {(m.concern_id, m.mark_index): m.number for view in history.marks.values() for m in view}
    assert sorted(numbers.values()) == [1, 2, 3, 4, 5]
    assert numbers[(first, 0)] == 1 and numbers[(second, 0)] == 3 and numbers[(second, 1)] == 4
    later = history.find(second, 1)
    assert later is not None and later.mark.view == "hands-back" and later.added_at == at(31)
    assert history.find(first, 0).added_at is None  # type: ignore[union-attr]
    for start, end in ((at(20), None), (None, at(40)), (at(20), at(40))):
        narrowed = history_between(history, start, end)
        assert {(m.concern_id, m.mark_index): m.number for v in narrowed.marks.values() for m in v}.items() <= (
            numbers.items()
        )
        assert bodymap_history(b.state(), child, start, end) == narrowed
    assert {m.number for v in history_between(history, at(20), at(40)).marks.values() for m in v} == {3, 4}


def test_later_marks_survive_the_snapshot_encoding() -> None:
    b = Build()
    child = _toddler(b)
    concern = b.concern(child, 0, marks=[mark("shin-left")])
    _addendum(b, concern, child, 1, [mark("ear-left", view="head-left")])
    state = b.state()
    codec = Codec(SHAPES["state"], FOLDED_CLASSES, FOLDED_INDEXES)
    back, _cursor = codec.decode(codec.encode((state, ({}, [], []))))
    assert back.concerns == state.concerns and back.addenda == state.addenda
    assert isinstance(back.concerns[concern], Concern) and isinstance(back.addenda[concern][0], Addendum)


def test_an_addendum_from_json_is_checked_as_a_concerns_marks_are() -> None:
    text, marks = parse_addendum({"text": " Saw another ", "marks": [mark("hand-right", view="hands-back")]})
    assert text == "Saw another" and [m.view for m in marks] == ["hands-back"]
    with pytest.raises(ConcernInputError) as raised:
        parse_addendum({"text": "", "marks": [{"view": "sideways", "x": 2, "y": 0.5}]})
    problems = raised.value.problems
    assert problems[0].startswith("text:") and any(p.startswith("marks[0].view") for p in problems)
    with pytest.raises(ConcernInputError):
        parse_addendum(["not", "an", "object"])


def test_a_mark_on_the_backs_of_the_hands_is_read_by_every_rule_as_on_the_palms() -> None:
    codes = []
    for view in ("hands", "hands-back"):
        b = Build()
        child = _toddler(b)
        b.concern(child, 0, marks=[mark("hand-left", "burn", "I don't know", "round, clear edges", view=view)])
        codes.append(sorted(f.code for f in flags_of(b.state(), child)))
    assert codes[0] == codes[1] and FlagCode.SENTINEL_INJURY in codes[1]


def test_the_referral_pack_draws_the_marks_added_later_with_the_concerns_own() -> None:
    from desktop_app.domain.lead.file_parts import injury_occasions

    b = Build()
    child = _toddler(b)
    concern = b.concern(child, 0, marks=[mark("shin-left")])
    _addendum(b, concern, child, 1, [mark("hand-right", view="hands-back")])
    _addendum(b, concern, child, 1, [mark("neck")], author=LEAD_ID)  # not counted: not on the pack's map
    state = b.state()
    [occasion] = injury_occasions(state, state.concerns_for(child))  # what the pack's body-map pages draw
    assert [(m.view, m.region) for m in occasion.marks] == [("front", "shin-left"), ("hands-back", "hand-right")]
