"""One concern about several children and in several categories: checked, held, read by the rules and the files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop_app.domain.chronology.build import chronology_for, filter_chronology
from desktop_app.domain.concern_groups import linked_concerns
from desktop_app.domain.concern_input import MAX_PUPILS, ConcernInputError, parse_concern
from desktop_app.domain.records import Concern, Pupil, SchoolState
from desktop_app.domain.red_flags.patterns import neglect_signs
from desktop_app.domain.red_flags.thresholds import RedFlagThresholds
from desktop_app.domain.triage.standing import risk_reasons

NOW = datetime(2026, 11, 12, 15, 0, tzinfo=UTC)
CATEGORIES = ["physical-abuse", "neglect", "disclosure", "child-on-child", "other"]


def given(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "occurred_at": "2026-11-12T09:05:00+00:00",
        "what_happened": "I (Carys Teacher, Year 1 teacher) saw two children pushed against the fence.",
    }
    data.update(changes)
    return data


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ConcernInputError) as caught:
        parse_concern(data, CATEGORIES, now=NOW)
    return caught.value.problems


def test_the_old_shape_one_pupil_and_one_category_still_reads() -> None:
    checked = parse_concern(given(pupil=" a1 ", category="neglect"), CATEGORIES, now=NOW)
    assert (checked.pupils, checked.pupil) == (("A1",), "A1")
    assert (checked.categories, checked.category) == (("neglect",), "neglect")


def test_several_pupils_and_categories_are_kept_in_order_once_each() -> None:
    checked = parse_concern(
        given(
            pupils=["a1", "B2", "a1"],
            categories=["child-on-child", "physical-abuse", "child-on-child"],
            other_children=["b2", "C3"],
        ),
        CATEGORIES,
        now=NOW,
    )
    assert checked.pupils == ("A1", "B2")
    assert checked.categories == ("child-on-child", "physical-abuse")
    assert checked.other_children == ("C3",)  # a child the concern is about is not also "involved"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"pupil": "A1", "pupils": ["B2"]}, "pupils: give either pupil or pupils, not both"),
        ({"pupils": []}, "pupils: name at least one"),
        ({"pupils": "A1"}, "pupils: must be a list of texts"),
        ({"pupils": ["A1", 2]}, "pupils: must be a list of texts"),
        ({"pupils": [f"A{i}" for i in range(MAX_PUPILS + 1)]}, f"at most {MAX_PUPILS}"),
        ({"pupils": ["A1", "  "]}, "pupils: a UPN is empty"),
        ({}, "pupil: give the pupil's UPN"),
    ],
)
def test_a_bad_list_of_pupils_is_one_clear_problem(changes: dict[str, Any], words: str) -> None:
    found = problems(given(category="other", **changes))
    assert len(found) == 1 and words in found[0], found


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"category": "other", "categories": ["neglect"]}, "give either category or categories, not both"),
        ({"categories": []}, "categories: name at least one"),
        ({"categories": ["neglect", "bullying"]}, "'bullying' is not a category of this school"),
        ({}, "category: None is not a category"),
    ],
)
def test_a_bad_list_of_categories_is_one_clear_problem(changes: dict[str, Any], words: str) -> None:
    found = problems(given(pupil="A1", **changes))
    assert len(found) == 1 and words in found[0], found


def concern(concern_id: str, pupil_id: str = "p1", author_id: str = "a1", **payload: Any) -> Concern:
    data = {"category": "physical-abuse", "what_happened": f"text of {concern_id}", **payload}
    return Concern.from_payload(
        data, concern_id=concern_id, pupil_id=pupil_id, author_id=author_id, occurred_at=NOW, recorded_at=NOW
    )


def test_an_entry_with_one_category_reads_as_a_list_of_one_and_a_new_one_round_trips() -> None:
    old = concern("c1", category="neglect")
    assert (old.category, old.categories, old.group_id, old.group_size) == ("neglect", ("neglect",), "", 1)
    new = concern("c2", category="neglect", categories=["neglect", "disclosure"], group="g", group_size=3)
    assert (new.category, new.categories) == ("neglect", ("neglect", "disclosure"))
    assert (new.group_id, new.group_size) == ("g", 3)
    again = concern("c2", **new.to_payload())
    assert again == new
    assert Concern(**{**_fields(old), "category": "other", "categories": ()}).categories == ("other",)


def _fields(c: Concern) -> dict[str, Any]:
    return {name: getattr(c, name) for name in Concern.__dataclass_fields__}


@pytest.mark.parametrize(
    "payload",
    [
        {"categories": [1, None, {"x": 1}, "neglect"]},
        {"categories": "neglect"},
        {"group": "g" * 65, "group_size": 3},
        {"group": 7, "group_size": 3},
        {"group": "g", "group_size": True},
        {"group": "g", "group_size": 10**9},
    ],
)
def test_odd_json_in_a_signed_entry_reads_safely(payload: dict[str, Any]) -> None:
    read = concern("c1", **payload)
    assert read.category == "physical-abuse"
    assert all(isinstance(code, str) for code in read.categories)
    assert read.group_size == 1 or (read.group_id == "g" and read.group_size == 3)


def test_every_category_counts_for_the_rules_the_queue_and_the_chronology_filter() -> None:
    both = concern("c1", categories=["physical-abuse", "neglect", "disclosure"])
    state = SchoolState(concerns={"c1": both}, pupils={"p1": Pupil("p1", "A1", "Ada", "Kay")})
    assert "recorded as neglect" in neglect_signs(state, both, RedFlagThresholds())
    assert "A disclosure" in risk_reasons(both, both.categories, [], state)
    [row] = chronology_for(state, "p1")
    assert (row.category, row.categories) == ("physical-abuse", ("physical-abuse", "neglect", "disclosure"))
    assert filter_chronology([row], categories=["neglect"]) == [row]
    assert filter_chronology([row], categories=["other"]) == []
    assert row.to_json()["categories"] == ["physical-abuse", "neglect", "disclosure"]


def test_a_concern_for_three_children_says_so_without_naming_them_or_showing_their_text() -> None:
    grouped = {"group": "g1", "group_size": 3}
    state = SchoolState(
        concerns={
            "c1": concern("c1", "p1", **grouped),
            "c2": concern("c2", "p2", **grouped),
            "c3": concern("c3", "p3", **grouped),
            "forged": concern("forged", "p4", author_id="a2", **grouped),  # another author naming the same group
            "later": Concern.from_payload(
                {"category": "other", "what_happened": "later", **grouped},
                concern_id="later",
                pupil_id="p5",
                author_id="a1",
                occurred_at=NOW + timedelta(days=1),
                recorded_at=NOW + timedelta(days=1),
            ),
        },
        pupils={p: Pupil(p, p.upper(), "Child", p) for p in ("p1", "p2", "p3", "p4", "p5")},
    )
    assert [c.concern_id for c in linked_concerns(state, state.concerns["c1"])] == ["c2", "c3"]
    assert linked_concerns(state, state.concerns["forged"]) == []
    assert linked_concerns(state, state.concerns["later"]) == []
    [row] = chronology_for(state, "p1")
    assert row.summary == "text of c1\nAlso recorded for 2 other children (one concern about several children)."
    [forged_row] = chronology_for(state, "p4")
    assert "text of c1" not in forged_row.summary and "Child p1" not in forged_row.summary


def test_search_by_category_finds_a_concern_under_any_of_its_categories() -> None:
    from desktop_app.domain.search import SearchFilters, SearchIndex

    both = concern("c1", categories=["physical-abuse", "neglect"], what_happened="hungry and bruised")
    state = SchoolState(concerns={"c1": both}, pupils={"p1": Pupil("p1", "A1", "Ada", "Kay")})
    index = SearchIndex.of(state)
    for code, found in (("neglect", 1), ("physical-abuse", 1), ("disclosure", 0)):
        assert index.search("", SearchFilters(category=code), {}).total == found
