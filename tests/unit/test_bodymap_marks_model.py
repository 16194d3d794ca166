"""The marks of a body map being drawn (BodyMapMarks), without any widget."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import bodymap
from desktop_app.domain.concern_input import MAX_INJURIES
from desktop_app.domain.records import InjuryMark
from desktop_app.ui.bodymap.marks import BodyMapMarks

CHEST = (0.5, 0.3)  # inside the chest on the front view
OFF = (0.02, 0.98)  # far from every region of the front view


class Recorder:
    """Counts the model's signals."""

    def __init__(self, model: BodyMapMarks) -> None:
        self.changed = 0
        self.reset = 0
        self.selections: list[int] = []
        model.changed.connect(self._on_changed)
        model.reset.connect(self._on_reset)
        model.selection_changed.connect(self.selections.append)

    def _on_changed(self) -> None:
        self.changed += 1

    def _on_reset(self) -> None:
        self.reset += 1


def test_placing_derives_the_region_and_selects_the_new_mark() -> None:
    assert bodymap.region_at("front", *CHEST) == "chest"
    model = BodyMapMarks()
    seen = Recorder(model)
    assert model.add("front", *CHEST) == 0
    assert model.marks() == [InjuryMark("front", 0.5, 0.3, "chest")]
    assert (seen.changed, seen.selections, model.selected) == (1, [0], 0)


def test_nothing_is_placed_off_the_outline_or_past_the_limit() -> None:
    model = BodyMapMarks()
    seen = Recorder(model)
    assert bodymap.region_at("front", *OFF) is None
    assert model.add("front", *OFF) is None
    assert model.add("front", float("nan"), 0.5) is None
    assert seen.changed == 0
    for _ in range(MAX_INJURIES):
        assert model.add("front", *CHEST) is not None
    assert model.is_full()
    assert model.add("front", *CHEST) is None
    assert len(model) == MAX_INJURIES


def test_moving_derives_the_region_again_and_refuses_to_leave_the_outline() -> None:
    model = BodyMapMarks()
    model.add("front", *CHEST)
    seen = Recorder(model)
    assert model.move(0, *OFF) is False
    assert model.marks()[0].region == "chest"
    assert model.move(0, 0.5, 0.42) is True
    assert model.marks()[0].region == bodymap.region_at("front", 0.5, 0.42) == "abdomen"
    assert seen.changed == 1
    assert model.move(0, 0.5, 0.42) is True  # not moved at all: no change to report
    assert seen.changed == 1


def test_describing_keeps_place_and_rejects_unknown_details() -> None:
    model = BodyMapMarks()
    model.add("front", *CHEST)
    model.describe(0, type="burn", size_cm=2.0, skin_broken=False, explanation="I don't know")
    mark = model.marks()[0]
    assert (mark.type, mark.size_cm, mark.skin_broken, mark.explanation) == ("burn", 2.0, False, "I don't know")
    assert (mark.view, mark.x, mark.y, mark.region) == ("front", 0.5, 0.3, "chest")
    with pytest.raises(ValueError, match="region"):
        model.describe(0, region="neck")


def test_removing_renumbers_and_undo_puts_the_mark_back_with_its_number() -> None:
    model = BodyMapMarks()
    for y in (0.3, 0.35, 0.42):
        model.add("front", 0.5, y)
    model.describe(1, explanation="fell over")
    before = model.marks()
    seen = Recorder(model)
    model.remove(1)
    assert model.marks() == [before[0], before[2]]
    assert model.selected == -1
    assert model.can_undo_remove()
    assert model.undo_remove() == 1
    assert model.marks() == before
    assert model.selected == 1
    assert not model.can_undo_remove()
    assert model.undo_remove() is None
    assert seen.changed == 2


def test_set_marks_loads_without_changed_and_rejects_unknown_views() -> None:
    model = BodyMapMarks()
    model.add("front", *CHEST)
    seen = Recorder(model)
    marks = [InjuryMark("hands", 0.3, 0.6, "hand-right", "cut"), InjuryMark("back", 0.5, 0.3, "upper-back")]
    model.set_marks(marks)
    assert model.marks() == marks
    assert (seen.changed, seen.reset, seen.selections, model.selected) == (0, 1, [-1], -1)
    assert model.on_view("back") == [1]
    with pytest.raises(ValueError, match="view"):
        model.set_marks([InjuryMark("side", 0.5, 0.5, "chest")])
    model.clear()
    assert model.marks() == []


_point = st.tuples(st.sampled_from(bodymap.VIEWS), st.floats(-0.1, 1.1), st.floats(-0.1, 1.1))
_operation = st.one_of(
    st.tuples(st.just("add"), _point),
    st.tuples(st.just("move"), st.integers(0, 10), st.floats(-0.1, 1.1), st.floats(-0.1, 1.1)),
    st.tuples(st.just("remove"), st.integers(0, 10)),
    st.tuples(st.just("undo")),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_operation, max_size=12))
def test_every_mark_stays_on_its_outline_with_the_region_under_it(operations: list[tuple]) -> None:
    model = BodyMapMarks()
    for operation in operations:
        kind, *args = operation
        if kind == "add":
            model.add(*args[0])
        elif kind == "move" and args[0] < len(model):
            model.move(*args)
        elif kind == "remove" and args[0] < len(model):
            model.remove(args[0])
        elif kind == "undo":
            model.undo_remove()
        assert -1 <= model.selected < len(model)
    for mark in model.marks():
        assert 0 <= mark.x <= 1 and 0 <= mark.y <= 1
        assert mark.region == bodymap.nearest_region(mark.view, mark.x, mark.y)
        assert bodymap.region_at(mark.view, mark.x, mark.y) is not None
