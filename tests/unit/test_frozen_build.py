"""Records built by position for the fold are the records the classes build, and still frozen."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from desktop_app.domain.frozen_build import positional_builder
from desktop_app.domain.records import Concern, InjuryMark

WHEN = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)


def test_a_concern_built_by_position_equals_one_built_by_the_class() -> None:
    mark = InjuryMark("front", 0.4, 0.3, "cheek-left", size_cm=2.5, skin_broken=False)
    by_class = Concern("c1", "p1", "a1", WHEN, WHEN, "neglect", "No coat.", injuries=(mark,), categories=("neglect",))
    values = [getattr(by_class, f.name) for f in dataclasses.fields(Concern)]
    built = positional_builder(Concern)(*values)
    assert built == by_class and hash(built) == hash(by_class) and type(built) is Concern
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.what_happened = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        positional_builder(Concern)(*values[:-1])  # every field, or none


def test_a_concern_read_from_its_payload_round_trips() -> None:
    mark = InjuryMark("back", 0.5, 0.6, "upper-back", type="burn", colour="red", explanation="Fell.")
    concern = Concern("c1", "p1", "a1", WHEN, WHEN, "physical-abuse", "Burn.", urgent=True, injuries=(mark,),
                      categories=("physical-abuse", "neglect"))  # fmt: skip
    read = Concern.from_payload(concern.to_payload(), concern_id="c1", pupil_id="p1", author_id="a1",
                                occurred_at=WHEN, recorded_at=WHEN)  # fmt: skip
    assert read == concern


def test_a_mark_reads_whole_or_with_fields_left_out_and_refuses_what_is_not_a_mark() -> None:
    whole = InjuryMark("front", 0.4, 0.3, "cheek-left", size_cm=3, skin_broken=True, witnessed_by="Ms Ahmed")
    assert InjuryMark.from_payload(whole.to_payload()) == whole
    short = InjuryMark.from_payload({"view": "front", "x": 0.4, "y": 0.3, "region": "cheek-left", "extra": 1})
    assert short == InjuryMark("front", 0.4, 0.3, "cheek-left")
    odd_texts = InjuryMark.from_payload({**whole.to_payload(), "colour": ["red"], "explanation": {"a": 1}})
    assert (odd_texts.colour, odd_texts.explanation) == ("", "")
    with pytest.raises(TypeError):
        InjuryMark.from_payload({"view": "front", "x": 0.4, "region": "cheek-left"})  # no y
    for bad in ({"x": True}, {"y": float("nan")}, {"size_cm": "3"}, {"skin_broken": 1}):
        with pytest.raises(ValueError):
            InjuryMark.from_payload({**whole.to_payload(), **bad})
