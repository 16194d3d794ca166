"""Checking a concern as submitted: a good one is accepted, and every problem in a bad one is named clearly."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import bodymap
from desktop_app.domain.concern_input import MAX_INJURIES, ConcernInputError, parse_concern

NOW = datetime(2025, 11, 12, 15, 0, tzinfo=UTC)
CATEGORIES = ["physical-abuse", "neglect", "disclosure", "other"]


def concern(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "pupil": " a123456789012 ",
        "occurred_at": "2025-11-12T09:10:00+00:00",
        "category": "physical-abuse",
        "what_happened": "  Noticed a bruise on his upper arm when he took off his jumper.  ",
        "location": "Classroom 3B",
        "childs_words": "Daddy grabbed me",
        "present": "Carys Teacher (Year 1 teacher)",
        "action_taken": "Told the DSL at break",
        "injuries": [
            {
                "view": "front",
                "x": 0.5,
                "y": 0.3,
                "region": "chest",
                "type": "bruise",
                "size_cm": 3,
                "colour": "purple",
                "skin_broken": False,
                "explanation": "Said he fell",
            }
        ],
    }
    data.update(changes)
    return data


def mark(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"view": "front", "x": 0.5, "y": 0.3}
    data.update(changes)
    return data


def problems(data: Any) -> list[str]:
    with pytest.raises(ConcernInputError) as caught:
        parse_concern(data, CATEGORIES, now=NOW)
    assert str(caught.value) == "; ".join(caught.value.problems)
    return caught.value.problems


def one_problem(data: Any) -> str:
    found = problems(data)
    assert len(found) == 1, found
    return found[0]


def test_a_good_concern_is_accepted_and_tidied() -> None:
    checked = parse_concern(concern(), CATEGORIES, now=NOW)
    assert checked.pupil == "A123456789012"
    assert checked.occurred_at == datetime(2025, 11, 12, 9, 10, tzinfo=UTC)
    assert checked.category == "physical-abuse"
    assert checked.what_happened == "Noticed a bruise on his upper arm when he took off his jumper."
    assert checked.childs_words == "Daddy grabbed me"
    assert checked.opinion == ""
    (injury,) = checked.injuries
    assert (injury.view, injury.x, injury.y, injury.region) == ("front", 0.5, 0.3, "chest")
    assert (injury.type, injury.size_cm, injury.colour, injury.skin_broken) == ("bruise", 3.0, "purple", False)
    assert injury.explanation == "Said he fell"


def test_a_time_with_a_zone_is_kept_in_utc_and_one_without_is_local() -> None:
    assert parse_concern(concern(occurred_at="2025-11-12T10:10:00+01:00"), CATEGORIES, now=NOW).occurred_at == (
        datetime(2025, 11, 12, 9, 10, tzinfo=UTC)
    )
    local = parse_concern(concern(occurred_at="2025-11-12T09:10"), CATEGORIES, now=NOW).occurred_at
    assert local == datetime(2025, 11, 12, 9, 10).astimezone().astimezone(UTC)
    assert local.tzinfo == UTC


@pytest.mark.parametrize(
    ("view", "x", "y", "expected"),
    [
        ("front", 0.5, 0.3, "chest"),
        ("front", 0.5, 0.4, "abdomen"),
        ("back", 0.45, 0.3, "upper-back-left"),  # the child faces away: their left is on the viewer's left
        ("back", 0.55, 0.3, "upper-back-right"),
        ("front", 0.5, 0.02, "scalp"),
        ("front", 0.01, 0.99, "foot-right"),  # off the outline: the nearest region
    ],
)
def test_the_region_is_worked_out_from_where_the_mark_is_when_not_given(
    view: str, x: float, y: float, expected: str
) -> None:
    checked = parse_concern(concern(injuries=[mark(view=view, x=x, y=y)]), CATEGORIES, now=NOW)
    assert checked.injuries[0].region == expected == bodymap.nearest_region(view, x, y)


def test_a_region_given_is_kept_even_where_the_map_would_say_otherwise() -> None:
    checked = parse_concern(concern(injuries=[mark(region="abdomen")]), CATEGORIES, now=NOW)
    assert checked.injuries[0].region == "abdomen"


def test_an_unknown_region_is_refused_listing_every_valid_code() -> None:
    problem = one_problem(concern(injuries=[mark(region="elbow")]))
    assert problem.startswith("injuries[0].region: unknown region 'elbow'; valid regions: ")
    listed = problem.split("valid regions: ", 1)[1].split(", ")
    assert listed == list(bodymap.REGION_CODES)


@pytest.mark.parametrize(
    ("injury", "field", "words"),
    [
        (mark(view="side"), "injuries[0].view", "is not one of front, back, head-left, head-right, hands"),
        (mark(view=None), "injuries[0].view", "is not one of"),
        (mark(x=1.2), "injuries[0]", "x and y must be numbers from 0 to 1"),
        (mark(x=-0.01), "injuries[0]", "x and y must be numbers from 0 to 1"),
        (mark(y=math.nan), "injuries[0]", "x and y must be numbers from 0 to 1"),
        (mark(x=math.inf), "injuries[0]", "x and y must be numbers from 0 to 1"),
        (mark(x="0.5"), "injuries[0]", "x and y must be numbers from 0 to 1"),
        (mark(x=True), "injuries[0]", "x and y must be numbers from 0 to 1"),
        ({"view": "front"}, "injuries[0]", "x and y must be numbers from 0 to 1"),
        (mark(type="graze"), "injuries[0].type", "'graze' is not one of bruise, burn"),
        (mark(size_cm=True), "injuries[0].size_cm", "must be a number of centimetres"),
        (mark(size_cm=0), "injuries[0].size_cm", "must be a number of centimetres above 0"),
        (mark(size_cm=101), "injuries[0].size_cm", "at most 100"),
        (mark(size_cm=math.nan), "injuries[0].size_cm", "must be a number of centimetres"),
        (mark(size_cm="3"), "injuries[0].size_cm", "must be a number of centimetres"),
        (mark(skin_broken="no"), "injuries[0].skin_broken", "must be true or false"),
        (mark(colour=["purple"]), "injuries[0].colour", "must be text"),
        (mark(explanation=42), "injuries[0].explanation", "must be text"),
        (mark(shape="x" * 301), "injuries[0].shape", "the limit is 300"),
        ("front 0.5 0.3", "injuries[0]", "must be an object"),
    ],
)
def test_each_bad_mark_is_a_clear_problem(injury: Any, field: str, words: str) -> None:
    problem = one_problem(concern(injuries=[injury]))
    assert problem.startswith(field + ":") or problem.startswith(field + "."), problem
    assert words in problem


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"occurred_at": (NOW + timedelta(hours=1)).isoformat()}, "occurred_at", "is in the future"),
        ({"occurred_at": "next Tuesday"}, "occurred_at", ""),
        ({"occurred_at": 1731402600}, "occurred_at", "must be an ISO 8601 date and time"),
        ({"occurred_at": None}, "occurred_at", "must be an ISO 8601 date and time"),
        ({"what_happened": 12}, "what_happened", "must be text"),
        ({"what_happened": ["a", "list"]}, "what_happened", "must be text"),
        ({"childs_words": {"said": "no"}}, "childs_words", "must be text"),
        ({"location": False}, "location", "must be text"),
        ({"what_happened": "x" * 20_001}, "what_happened", "the limit is 20000"),
        ({"what_happened": "   "}, "what_happened", "describe what was seen or heard"),
        ({"pupil": 123456789012}, "pupil", "give the pupil's UPN"),
        ({"pupil": ""}, "pupil", "give the pupil's UPN"),
        ({"category": "bullying"}, "category", "'bullying' is not a category of this school; valid: physical-abuse"),
        ({"other_children": "B123456789014"}, "other_children", "must be a list of UPNs"),
        ({"other_children": [1, 2]}, "other_children", "must be a list of UPNs"),
        ({"injuries": [mark()] * (MAX_INJURIES + 1)}, "injuries", f"at most {MAX_INJURIES} marks"),
        ({"injuries": {"view": "front"}}, "injuries", f"at most {MAX_INJURIES} marks"),
    ],
)
def test_each_bad_field_is_a_clear_problem(changes: dict[str, Any], field: str, words: str) -> None:
    found = problems(concern(**changes))
    assert all(p.startswith(field + ": ") for p in found), found  # only the bad field is named
    assert words in found[0]
    if field != "what_happened":  # text that is unusable is also reported as missing: the one field twice
        assert len(found) == 1, found


def test_sixty_marks_are_allowed() -> None:
    checked = parse_concern(concern(injuries=[mark()] * MAX_INJURIES), CATEGORIES, now=NOW)
    assert len(checked.injuries) == MAX_INJURIES


def test_a_time_just_ahead_of_this_pcs_clock_is_allowed() -> None:
    slightly_ahead = (NOW + timedelta(minutes=5)).isoformat()
    assert parse_concern(concern(occurred_at=slightly_ahead), CATEGORIES, now=NOW).occurred_at > NOW


@pytest.mark.parametrize("data", [None, [], "a concern", 42])
def test_something_that_is_not_an_object_is_refused(data: Any) -> None:
    assert one_problem(data) == "a concern must be a JSON object"


def test_several_problems_are_reported_together() -> None:
    found = problems(
        concern(
            pupil=None,
            occurred_at="2999-01-01T00:00",
            category="nope",
            what_happened=7,
            injuries=[mark(), mark(view="side", region="elbow"), mark(x=2, size_cm=True)],
        )
    )
    fields = [p.split(":", 1)[0] for p in found]
    assert fields == [
        "pupil",
        "occurred_at",
        "category",
        "what_happened",
        "what_happened",  # not text, and so also empty
        "injuries[1].view",
        "injuries[1].region",
        "injuries[2]",
        "injuries[2].size_cm",
    ]


def test_nul_characters_are_dropped_from_text() -> None:
    checked = parse_concern(concern(childs_words="he said\x00 stop"), CATEGORIES, now=NOW)
    assert checked.childs_words == "he said stop"


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=8,
)
_offsets = st.timedeltas(min_value=-timedelta(hours=23, minutes=59), max_value=timedelta(hours=23, minutes=59))
_times = st.builds(
    lambda moment, offset: moment.replace(tzinfo=timezone(offset)).isoformat(),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    _offsets.map(lambda d: timedelta(minutes=d // timedelta(minutes=1))),
) | st.datetimes().map(datetime.isoformat)
_concern_values = st.dictionaries(
    st.sampled_from(
        ["pupil", "occurred_at", "category", "what_happened", "childs_words", "other_children", "injuries", "extra"]
    ),
    _json_values,
    max_size=4,
)
_injury_values = st.dictionaries(
    st.sampled_from(
        ["view", "x", "y", "region", "type", "size_cm", "skin_broken", "shape", "colour", "explanation", "first_aid"]
    ),
    _json_values | st.sampled_from([*bodymap.VIEWS, *bodymap.REGION_CODES[:5], "bruise", 0.0, 1.0, 0.5]),
    max_size=5,
)


@settings(max_examples=75, deadline=None)
@given(changes=_concern_values, when=st.none() | _times, injury=_injury_values)
def test_any_json_is_accepted_or_refused_with_problems_never_a_crash(
    changes: dict[str, Any], when: str | None, injury: dict[str, Any]
) -> None:
    data = concern(**changes)
    if when is not None:
        data["occurred_at"] = when
    if isinstance(data.get("injuries"), list):
        data["injuries"] = [*data["injuries"], {**mark(), **injury}]
    try:
        checked = parse_concern(data, CATEGORIES, now=NOW)
    except ConcernInputError as exc:
        assert exc.problems
        assert all(isinstance(p, str) and p for p in exc.problems)
        return
    assert checked.category in CATEGORIES
    assert checked.occurred_at <= NOW + timedelta(minutes=10)
    for accepted in checked.injuries:
        assert accepted.view in bodymap.VIEWS
        assert accepted.region in bodymap.REGION_CODES
        assert 0 <= accepted.x <= 1 and 0 <= accepted.y <= 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"injuries": [mark(type=["bruise"])]}, "injuries[0].type"),
        ({"injuries": [mark(type={"kind": "bruise"})]}, "injuries[0].type"),
        ({"occurred_at": "0001-01-01T00:00:00+01:00"}, "occurred_at"),
        ({"occurred_at": "9999-12-31T23:59:59-01:00"}, "occurred_at"),
    ],
)
def test_values_that_once_crashed_the_check_are_problems(changes: dict[str, Any], field: str) -> None:
    assert one_problem(concern(**changes)).startswith(field + ": ")


@pytest.mark.parametrize(
    ("given", "explanation", "stored"),
    [(None, "I fell", "child"), ("", "I fell", "child"), (None, "", "none"), ("parent", "He fell", "parent"),
     ("carer", "She fell", "carer"), ("other-adult", "The childminder said he fell", "other-adult"),
     ("none", "", "none"), ("none", "(shrugged)", "none")],
)  # fmt: skip
def test_who_gave_the_explanation_defaults_to_the_child_when_one_is_given(
    given: str | None, explanation: str, stored: str
) -> None:
    data = mark(explanation=explanation, witnessed_by="Ruth Okafor, Year 1 teacher")
    if given is not None:
        data["explanation_by"] = given
    [injury] = parse_concern(concern(injuries=[data]), CATEGORIES, now=NOW).injuries
    assert (injury.explanation_by, injury.given_by) == (stored, stored)
    assert injury.witnessed_by == "Ruth Okafor, Year 1 teacher"


@pytest.mark.parametrize(
    ("data", "field", "reason"),
    [(mark(explanation="x", explanation_by="mum"), "explanation_by", "is not one of child, parent, carer"),
     (mark(explanation="x", explanation_by=["parent"]), "explanation_by", "is not one of"),
     (mark(explanation_by="parent"), "explanation_by", "there is no explanation"),
     (mark(witnessed_by=7), "witnessed_by", "must be text")],
)  # fmt: skip
def test_a_bad_giver_of_the_explanation_is_refused_in_words(data: dict, field: str, reason: str) -> None:
    found = one_problem(concern(injuries=[data]))
    assert found.startswith(f"injuries[0].{field}") and reason in found


def test_an_older_entry_without_a_giver_reads_sensibly() -> None:
    from desktop_app.domain.records import InjuryMark

    old = {"view": "front", "x": 0.5, "y": 0.5, "region": "upper-back", "explanation": "Mum said he fell"}
    assert InjuryMark.from_payload(old).given_by == "child"
    assert InjuryMark.from_payload({**old, "explanation": ""}).given_by == "none"
    assert parse_concern(concern(injuries=[{**old}]), CATEGORIES, now=NOW).injuries[0].region == "upper-back"
