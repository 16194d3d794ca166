"""A lead's search through the services: results with names, every child shown written to their file's access
audit, a member of staff refused, the index following the fold."""

from __future__ import annotations

import pytest

from desktop_app.services.audit import SEEN_IN_SEARCH, file_access_log
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.search import filters_for, search_records
from desktop_app.services.triage import open_workspace
from tests.conftest import STAFF, School
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record


def test_a_lead_finds_a_named_adult_across_children_and_each_childs_audit_says_so(school: School) -> None:
    staff = school.staff()
    first = record(staff, ZOFIA, "Zofia said Uncle Dave shouted at her all weekend.", days_ago=9)
    second = record(staff, JAKUB, "Kuba drew Dave with a belt and would not talk about it.", days_ago=2)
    record(staff, AHMED, "Ахмед came in hungry.", days_ago=1)
    lead = school.lead()
    workspace = open_workspace(lead)

    found = search_records(lead, workspace, "dave")
    assert [h.entry_id for h in found.hits] == [second, first]
    assert (found.total, found.children) == (2, 2)
    assert {p.upn for p in found.pupils.values()} == {ZOFIA, JAKUB}
    assert set(found.authors.values()) == {"Carys Teacher"}
    for pupil_id in found.pupils:
        looks = [row for row in file_access_log(lead, pupil_id) if row.action == SEEN_IN_SEARCH]
        assert len(looks) == 1 and looks[0].detail == "search: dave"
    ahmed = next(p for p in workspace.state.pupils.values() if p.upn == AHMED)
    assert not [row for row in file_access_log(lead, ahmed.pupil_id) if row.action == SEEN_IN_SEARCH]


def test_the_index_takes_in_what_was_recorded_since(school: School) -> None:
    lead = school.lead()
    workspace = open_workspace(lead)
    assert search_records(lead, workspace, "trampoline").total == 0
    record(school.staff(), ZOFIA, "Fell off the trampoline at home, she says.")
    assert search_records(lead, workspace, "trampoline").total == 1


def test_filters_and_bad_searches_get_one_clear_message(school: School) -> None:
    staff = school.staff()
    record(staff, ZOFIA, "Hungry again.", days_ago=3)
    lead = school.lead()
    workspace = open_workspace(lead)
    by_staff = filters_for(workspace, author=STAFF)
    assert search_records(lead, workspace, "hungry", by_staff).total == 1
    with pytest.raises(NotFound, match="no member of staff"):
        filters_for(workspace, author="nobody")
    with pytest.raises(ServiceError, match="Give words"):
        search_records(lead, workspace, '  "" ')
    with pytest.raises(ServiceError, match="up to 200"):
        search_records(lead, workspace, "x" * 201)


def test_a_member_of_staff_cannot_search(school: School) -> None:
    lead = school.lead()
    workspace = open_workspace(lead)
    with pytest.raises(NotPermitted):
        search_records(school.staff(), workspace, "hungry")
