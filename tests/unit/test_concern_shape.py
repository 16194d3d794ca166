"""A concern's one declared shape: payloads already in stores and on hubs read exactly as before, and what the app
writes now is what it wrote then plus the fields added since (each at its declared default)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.concern_fields import Kind, recorded_fields, text_fields, write_payload
from desktop_app.domain.concern_input import TEXT_FIELDS, parse_concern
from desktop_app.domain.records import Concern, InjuryMark

# Payloads as the code before the one declared shape wrote them (the demo school's, the services' for the rich case
# in tests/rich_case.py, and odd ones a signed entry could hold), each with the concern that code folded it to.
CAPTURED = json.loads((Path(__file__).parent / "data" / "concern_payloads_v1.json").read_text(encoding="utf-8"))
AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
# Every field a concern has gained since those payloads were written, with what an older payload reads as: the
# migration of old payloads. A field added to `Concern` is added here too, or the first test fails.
ADDED_SINCE_V1: dict[str, Any] = {"shared_with": ""}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _fold(item: dict[str, Any]) -> Concern:
    return Concern.from_payload(
        item["payload"],
        concern_id=item["folded"]["concern_id"],
        pupil_id="p1",
        author_id="a1",
        occurred_at=AT,
        recorded_at=AT,
    )


def test_the_captured_payloads_cover_what_the_app_wrote() -> None:
    sources = {item["source"] for item in CAPTURED}
    assert sources == {"demo", "service", "odd"}
    assert any(item["payload"].get("injuries") for item in CAPTURED if item["source"] == "demo")
    assert any(item["payload"].get("group") for item in CAPTURED)


@pytest.mark.parametrize("item", CAPTURED, ids=lambda item: f"{item['source']}-{item['folded']['concern_id']}")
def test_an_old_payload_folds_to_the_same_concern(item: dict[str, Any]) -> None:
    folded = _plain(dataclasses.asdict(_fold(item)))
    assert set(folded) - set(item["folded"]) == set(ADDED_SINCE_V1), "a field added to Concern needs its migration"
    assert folded == {**item["folded"], **ADDED_SINCE_V1}


@pytest.mark.parametrize(
    "item", [i for i in CAPTURED if i["source"] == "service"], ids=lambda i: i["folded"]["concern_id"]
)
def test_the_service_writes_what_it_wrote_before_plus_new_fields(item: dict[str, Any]) -> None:
    """`write_payload` is the services' writer: for a concern they wrote before, it gives those bytes back, with
    each field added since at its default (a sparse field not at all)."""
    added = {f.key: f.default for f in recorded_fields(Concern) if f.name in ADDED_SINCE_V1 and not f.spec.sparse}
    assert write_payload(_fold(item)) == {**item["payload"], **added}


@pytest.mark.parametrize("item", CAPTURED, ids=lambda item: f"{item['source']}-{item['folded']['concern_id']}")
def test_what_is_written_reads_back_the_same(item: dict[str, Any]) -> None:
    concern = _fold(item)
    again = Concern.from_payload(
        write_payload(concern), concern_id=concern.concern_id, pupil_id="p1", author_id="a1", occurred_at=AT,
        recorded_at=AT,
    )  # fmt: skip
    assert again == concern


def test_each_text_field_is_declared_once_and_checked_as_given() -> None:
    assert tuple(f.key for f in text_fields(Concern)) == TEXT_FIELDS
    assert len(set(TEXT_FIELDS)) == len(TEXT_FIELDS)
    item = {"pupil": "A1", "category": "neglect", "occurred_at": "2026-01-05T09:00"}
    checked = parse_concern({**item, **{name: f" {name} words " for name in TEXT_FIELDS}}, ["neglect"], now=AT)
    for name in TEXT_FIELDS:  # every declared text reaches the concern to be recorded, stripped
        assert getattr(checked.concern, name) == f"{name} words"
    too_long = {**item, **{name: "x" * (f.spec.limit + 1) for f in text_fields(Concern) for name in [f.key]}}
    with pytest.raises(ValueError) as refused:
        parse_concern(too_long, ["neglect"], now=AT)
    assert all(name in str(refused.value) for name in TEXT_FIELDS)


def test_a_required_field_left_empty_is_named() -> None:
    required = [f for f in recorded_fields(Concern) if f.spec.required and f.kind is Kind.TEXT]
    assert [f.key for f in required] == ["what_happened"]
    with pytest.raises(ValueError, match="what_happened: describe what was seen or heard"):
        parse_concern({"pupil": "A1", "category": "neglect", "occurred_at": "2026-01-05T09:00"}, ["neglect"], now=AT)


def test_a_marks_texts_are_declared_on_the_mark() -> None:
    limits = {f.key: f.spec.limit for f in text_fields(InjuryMark)}
    assert limits == {
        "shape": 300, "colour": 300, "explanation": 20_000, "first_aid": 300, "observed_by": 300, "witnessed_by": 300,
    }  # fmt: skip
    assert {f.key for f in recorded_fields(InjuryMark) if f.spec.required} == {"view", "x", "y", "region"}
