"""The declared concern shape under attack: a signed payload cannot set what the entry's header says, a field of the
wrong kind reads as its default, and JSON input of the wrong kind is refused whole with the field named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.domain.concern_fields import recorded_fields, text_fields
from desktop_app.domain.records import Concern
from desktop_app.services.concerns import check_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import ServiceError
from tests.conftest import School

AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def _fold(payload: dict[str, object]) -> Concern:
    return Concern.from_payload(payload, concern_id="c1", pupil_id="p1", author_id="a1", occurred_at=AT, recorded_at=AT)


def test_a_payload_cannot_set_the_headers_fields() -> None:
    """A malicious PC seals a concern naming another author, child, id and time: the header's win, always."""
    spoof = {"concern_id": "c9", "pupil_id": "p9", "author_id": "lead", "occurred_at": 0, "recorded_at": 0,
             "later_marks": [{"x": 1}], "what_happened": "w"}  # fmt: skip
    concern = _fold(spoof)
    assert (concern.concern_id, concern.pupil_id, concern.author_id) == ("c1", "p1", "a1")
    assert (concern.occurred_at, concern.recorded_at, concern.later_marks) == (AT, AT, ())


@pytest.mark.parametrize("hostile", [None, 7, 1.5, True, [], ["x"], {"a": "b"}, {"__class__": "str"}])
def test_every_declared_text_of_the_wrong_kind_reads_as_empty(hostile: object) -> None:
    concern = _fold({name: hostile for name in (f.key for f in text_fields(Concern))})
    assert all(getattr(concern, f.name) == "" for f in text_fields(Concern))
    assert concern.shared_with == ""


def test_the_payload_keys_are_names_not_source() -> None:
    """The reader is generated from the declaration: every key it reads is a plain name (no quote to break out of)."""
    assert all(f.key.isidentifier() for f in recorded_fields(Concern))


def test_json_input_of_the_wrong_kind_is_refused_naming_the_field(school: School) -> None:
    session = school.staff()
    directory = load_directory(session)
    upn = next(iter(directory.pupils.values())).upn
    item = {"pupil": upn, "category": "neglect", "occurred_at": "2026-01-05T09:00", "what_happened": "Seen."}
    with pytest.raises(ServiceError, match=r"shared_with: must be text"):
        check_concerns(directory, [{**item, "shared_with": {"to": "everyone"}}])
    with pytest.raises(ServiceError, match=r"shared_with: is 20001 characters; the limit is 20000"):
        check_concerns(directory, [{**item, "shared_with": "x" * 20_001}])
    [checked] = check_concerns(directory, [{**item, "shared_with": " Alice Lead (DSL) \x00"}])
    assert checked.shared_with == "Alice Lead (DSL)"
