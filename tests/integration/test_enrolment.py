"""Enrolment files and hub addresses on their own (no hub needed): what a new PC is given, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.services.enrolment import enrolment_of, export_enrolment, join_school, read_enrolment
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import sync_once, sync_status
from desktop_app.services.verified import has_school
from desktop_app.sync.address import HubAddressError, parse_hub_address
from tests.conftest import School, make_school


def test_an_enrolment_file_holds_public_facts_only(school: School, tmp_path: Path) -> None:
    path = tmp_path / "enrolment.json"
    lead = school.lead()
    made = export_enrolment(lead, path, "postgresql://hillside@hub.school.local/concern_hub?sslmode=verify-full")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["school_id"] == lead.school_id and data["team_key_id"] == lead.team_key_id
    assert data["hub"] == "postgresql://hillside@hub.school.local/concern_hub?sslmode=verify-full"
    assert read_enrolment(path) == made
    for secret_part in ("wrapped", "recovery", "agreement", "signing"):
        assert secret_part not in text
    with pytest.raises(NotPermitted):
        export_enrolment(school.staff(), tmp_path / "by-staff.json")


def test_joining_makes_an_empty_store_bound_to_the_school(school: School, tmp_path: Path) -> None:
    path = tmp_path / "enrolment.json"
    made = export_enrolment(school.lead(), path)
    assert made.hub is None
    with join_school(tmp_path / "new-pc", read_enrolment(path), "postgresql://hillside@hub/concern_hub") as store:
        assert store.log.count() == 0 and not has_school(store)
        assert enrolment_of(store) == made
        assert sync_status(store).text == "Not synced yet."
    with join_school(tmp_path / "new-pc", read_enrolment(path)) as again:  # the same school again: harmless
        assert enrolment_of(again) == made
    other = make_school(tmp_path / "other-school")
    other.store.close()
    with pytest.raises(ServiceError, match="already belongs to Hillside Primary School; nothing was changed"):
        join_school(tmp_path / "other-school", read_enrolment(path))


def test_a_pc_that_belongs_to_no_school_cannot_sync(tmp_path: Path) -> None:
    with SchoolStore(tmp_path / "empty", create=True) as store:
        with pytest.raises(ServiceError, match="does not belong to a school yet"):
            sync_once(store, "postgresql://hillside@hub/concern_hub")
        assert sync_status(store).text == "No hub set up: records stay on this PC."


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ({"format": "something-else"}, "not a Concern Logger enrolment file"),
        ({"format": "concern-logger-enrolment", "version": 3}, "version 3; this app reads versions 1 and 2"),
        ({"format": "concern-logger-enrolment", "version": 1, "school_id": "x"}, "lacks school_name"),
        (
            {
                "format": "concern-logger-enrolment",
                "version": 1,
                "school_id": "x",
                "school_name": "Hillside",
                "team_key_id": "y",
                "team_public_key": "AAAA",
            },
            "team public key is not readable",
        ),
    ],
)
def test_a_bad_enrolment_file_is_refused_in_plain_words(tmp_path: Path, given: dict, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(given), encoding="utf-8")
    with pytest.raises(ServiceError, match=problem):
        read_enrolment(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ServiceError, match="is not a Concern Logger enrolment file"):
        read_enrolment(path)


def test_hub_addresses() -> None:
    plain = parse_hub_address("postgresql://hillside@hub.school.local:5433/concern_hub?sslmode=verify-full")
    assert plain.text == "postgresql://hillside@hub.school.local:5433/concern_hub?sslmode=verify-full"
    assert plain.display == "database concern_hub on hub.school.local:5433 as hillside"
    assert plain.with_role("trust_b").role == "trust_b"
    assert parse_hub_address("postgresql:///?service=school_hub").display == "service school_hub"
    assert parse_hub_address("postgres://hillside@hub/concern_hub").text == "postgresql://hillside@hub/concern_hub"
    for refused in (
        "postgresql://hillside:secret@hub/concern_hub",
        "postgresql://hillside:@hub/concern_hub",
        "postgresql://hillside@hub/concern_hub?password=secret",
        "postgresql://hillside@hub/concern_hub?sslpassword=secret",
    ):
        with pytest.raises(HubAddressError, match="must not contain a password") as caught:
            parse_hub_address(refused)
        assert "secret" not in str(caught.value)
    for wrong in ("mysql://hub/concern_hub", "hub.school.local", ""):
        with pytest.raises(HubAddressError):
            parse_hub_address(wrong)
