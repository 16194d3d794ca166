"""Retention of a child's file: date of birth + 25 years (or the school's longer setting), leap-day births, holds,
reviews, and the leads' yearly review list (domain/retention.py), folded from entries as the services write them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import FileClosedSince, fold, fold_more
from desktop_app.domain.households import family_groups, family_of, households_of
from desktop_app.domain.lead.child_file import front_sheet
from desktop_app.domain.retention import RetentionStatus, retention_of, review_list, years_after
from desktop_app.domain.triage.lead_settings import LeadSettings
from tests.unit.test_red_flags import LEAD_ID, Build


def test_a_file_is_kept_until_the_25th_birthday() -> None:
    assert years_after(date(2010, 6, 15), 25) == date(2035, 6, 15)
    assert years_after(date(2010, 12, 31), 25) == date(2035, 12, 31)


def test_a_leap_day_birth_is_kept_to_1_march_never_28_february() -> None:
    assert years_after(date(2000, 2, 29), 25) == date(2025, 3, 1)
    assert years_after(date(2000, 2, 29), 24) == date(2024, 2, 29)  # a leap year: the day itself
    assert years_after(date(2004, 2, 29), 30) == date(2034, 3, 1)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)), st.integers(min_value=25, max_value=100))
def test_retention_ends_on_the_first_day_the_child_is_that_old(born: date, years: int) -> None:
    until = years_after(born, years)
    assert _age(born, until) == years
    assert _age(born, until - timedelta(days=1)) == years - 1


def _file(born: date | None = date(2001, 5, 10)) -> tuple[Build, str]:
    b = Build()
    child = b.pupil("Daniel", born)
    b.concern(child, 0)
    return b, child


def test_a_school_may_keep_files_longer_but_never_shorter() -> None:
    assert LeadSettings(retention_years=30).problems() == []
    assert LeadSettings(retention_years=24).problems() == [
        "retention years must be 25 to 100 (not 24): a file is kept at least 25 years after the date of birth"
    ]
    assert LeadSettings.from_payload({"retention_years": 10}).retention_years == 25
    assert LeadSettings.from_payload({"retention_years": 40}).retention_years == 40
    # Another setting out of range does not throw the school's longer retention away.
    assert LeadSettings.from_payload({"retention_years": 40, "decide_within_school_days": 99}).retention_years == 40
    b, child = _file()
    assert retention_of(b.state(), child, 10).retain_until == date(2026, 5, 10)  # below 25: 25 all the same
    b.lead(EntryKind.LEAD_SETTINGS, LeadSettings(retention_years=35).to_payload(), "school", 1)
    sheet = front_sheet(b.state(), child)
    assert sheet.retention is not None and sheet.retention.retain_until == date(2036, 5, 10)
    assert sheet.retention.words(date(2030, 1, 1)) == "Kept until 10 May 2036 (date of birth + 35 years)"


def test_the_status_moves_from_running_to_due_soon_to_due() -> None:
    b, child = _file()
    retention = retention_of(b.state(), child)
    assert retention.retain_until == date(2026, 5, 10)
    assert retention.status(date(2025, 5, 9)) is RetentionStatus.RUNNING
    assert retention.status(date(2025, 5, 10)) is RetentionStatus.DUE_SOON
    assert retention.status(date(2026, 5, 9)) is RetentionStatus.DUE_SOON
    assert retention.status(date(2026, 5, 10)) is RetentionStatus.DUE
    assert retention.words(date(2026, 6, 1)) == (
        "Past retention: kept until 10 May 2026 (date of birth + 25 years); due for review"
    )


def test_a_hold_makes_a_file_never_due_until_lifted() -> None:
    b, child = _file()
    b.lead(EntryKind.RETENTION_HOLD, {"reason": "IICSA inquiry hold", "lifted": False}, child, 2)
    state = b.state()
    far = date(2090, 1, 1)
    assert retention_of(state, child).status(far) is RetentionStatus.HELD
    assert review_list(state, far) == []
    assert "IICSA inquiry hold" in retention_of(state, child).words(far)
    b.lead(EntryKind.RETENTION_HOLD, {"reason": "inquiry closed", "lifted": True}, child, 3)
    assert retention_of(b.state(), child).status(far) is RetentionStatus.DUE
    assert [i.retention.pupil_id for i in review_list(b.state(), far)] == [child]


def test_a_review_keeps_a_file_to_its_next_review_date_or_marks_it_due_for_erasure() -> None:
    b, child = _file()
    b.lead(EntryKind.RETENTION_REVIEW, {"keep": True, "reason": "sibling's file open", "until": "2029-05-10"}, child, 4)
    retention = retention_of(b.state(), child)
    assert retention.review_on == date(2029, 5, 10)
    assert retention.status(date(2027, 1, 1)) is RetentionStatus.RUNNING
    assert review_list(b.state(), date(2027, 1, 1)) == []
    assert retention.words(date(2029, 1, 1)).endswith("due for review on 10 May 2029")
    b.lead(EntryKind.RETENTION_REVIEW, {"keep": False, "reason": "no reason to keep it"}, child, 5)
    retention = retention_of(b.state(), child)
    assert retention.status(date(2027, 1, 1)) is RetentionStatus.ERASURE
    [item] = review_list(b.state(), date(2027, 1, 1))
    assert item.status is RetentionStatus.ERASURE
    assert retention.to_json(date(2027, 1, 1))["review"] == {
        "decision": "erase", "reason": "no reason to keep it", "until": None, "entry_id": retention.review.entry_id,
    }  # fmt: skip


def test_the_review_list_has_files_only_with_no_birth_date_first() -> None:
    b = Build()
    old = b.pupil("Daniel", date(2001, 5, 10))
    b.concern(old, 0)
    unknown = b.pupil("Anna", None)
    b.concern(unknown, 0)
    no_file = b.pupil("Jan", date(2000, 1, 1))  # past retention, but the school holds no file on him
    young = b.pupil("Ewa", date(2015, 1, 1))
    b.concern(young, 0)
    listed = review_list(b.state(), date(2026, 1, 1))
    assert [(i.retention.pupil_id, i.status) for i in listed] == [
        (unknown, RetentionStatus.NO_BIRTH_DATE),
        (old, RetentionStatus.DUE_SOON),
    ]
    assert no_file not in {i.retention.pupil_id for i in listed}
    assert [i.retention.pupil_id for i in review_list(b.state(), date(2026, 1, 1), within_days=0)] == [unknown]


@pytest.mark.parametrize("order", [1, -1])
def test_the_latest_review_stands_whatever_order_entries_arrive_in(order: int) -> None:
    b, child = _file()
    b.lead(EntryKind.RETENTION_REVIEW, {"keep": False, "reason": "first"}, child, 4)
    b.lead(EntryKind.RETENTION_REVIEW, {"keep": True, "reason": "second", "until": "2030-01-01"}, child, 5)
    state = b.state(b.entries[::order])
    review = retention_of(state, child).review
    assert review is not None and review.reason == "second" and review.by == LEAD_ID
    assert retention_of(state, child).review_on == date(2030, 1, 1)


def test_the_front_sheet_says_the_retention_in_words() -> None:
    b, child = _file(date(2000, 2, 29))
    sheet = front_sheet(b.state(), child)
    assert sheet.retention is not None
    assert sheet.retention.words(date(2024, 3, 2) + timedelta(days=1)) == (
        "Kept until 01 Mar 2025 (date of birth + 25 years); due for review on 01 Mar 2025"
    )


# --- a file closed for erasure: the tombstone leaves everything about the child out of the fold -------------------


def _closed_school() -> tuple[Build, str, str, str]:
    """Two children with files; the elder's decided due for erasure and closed. Returns the build, the closed
    child, the other child and the tombstone's id."""
    b = Build()
    old = b.pupil("Daniel", date(2001, 5, 10))
    other = b.pupil("Anna", date(2015, 1, 1))
    b.concern(old, 0, what="Daniel's words")
    b.concern(other, 1, what="Anna's words")
    b.lead(EntryKind.MOBILITY, {"independently_mobile": True, "note": ""}, old, 2)
    review = b.lead(EntryKind.RETENTION_REVIEW, {"keep": False, "reason": "past retention"}, old, 3)
    tombstone = b.lead(EntryKind.RETENTION_CLOSED, {"review": review, "exports": []}, old, 4)
    return b, old, other, tombstone


@pytest.mark.parametrize("order", [1, -1])
def test_a_closed_file_is_left_out_of_the_fold_whatever_the_order(order: int) -> None:
    b, old, other, tombstone = _closed_school()
    state = b.state(b.entries[::order])
    assert old not in state.pupils and not state.concerns_for(old) and old not in state.lead.by_pupil
    assert state.lead.closed_for_erasure[old].entry_id == tombstone
    assert [c.pupil_id for c in state.concerns.values()] == [other]
    assert other in state.pupils and state.concerns_for(other)
    assert not state.lead.after_closure


def test_a_closed_child_is_in_no_household_and_in_no_siblings_family() -> None:
    b = Build()
    old = b.pupil("Daniel", date(2001, 5, 10))
    other = b.pupil("Anna", date(2015, 1, 1))
    b.link("house-1", [old, other], days=1)  # each child's file holds a copy of the link
    review = b.lead(EntryKind.RETENTION_REVIEW, {"keep": False, "reason": "past retention"}, old, 3)
    b.lead(EntryKind.RETENTION_CLOSED, {"review": review, "exports": []}, old, 4)
    lead = b.state().lead
    assert households_of(lead)["house-1"].pupil_ids == {other}  # Anna's copy no longer names the closed child
    assert family_of(lead, other) == [other] and old not in family_groups(lead)


def test_a_tombstone_arriving_after_a_fold_asks_for_a_fold_afresh() -> None:
    b, old, _other, _tombstone = _closed_school()
    before = fold(b.entries[:-1])
    assert old in before.pupils
    with pytest.raises(FileClosedSince) as raised:
        fold_more(before, b.entries[-1:])
    assert raised.value.pupil_ids == {old}
    assert old in before.pupils  # nothing half-applied: the caller folds afresh


def test_a_record_about_a_closed_file_written_after_it_closed_is_counted_not_shown() -> None:
    b, old, _other, _tombstone = _closed_school()
    late = b.concern(old, 9, what="Written on a PC that had not synced")
    state = b.state()
    assert late not in state.concerns and state.lead.after_closure == {late: old}
    more = fold(b.entries[:-1])
    b2 = b.entries[-1:]
    fold_more(more, b2)  # the tombstone already folded: the late record is left out the same way
    assert late not in more.concerns and more.lead.after_closure == {late: old}


def test_a_leaver_is_on_the_review_list_with_the_day_they_left() -> None:
    b, child = _file()
    b.lead(EntryKind.PUPIL_LEFT, {"left_on": "2019-07-19", "how": "roster"}, child, 1)
    [item] = review_list(b.state(), date(2026, 1, 1))
    assert (item.retention.pupil_id, item.left_on, item.status) == (child, date(2019, 7, 19), RetentionStatus.DUE_SOON)
