"""Times and days as people type them into "When it happened": what reads, and what is refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.ui.concern_when import parse_day, parse_time

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:05", time(9, 5)), ("09:05", time(9, 5)), ("905", time(9, 5)), ("0905", time(9, 5)),
        ("9.05", time(9, 5)), ("9", time(9, 0)), ("14:30", time(14, 30)), ("2pm", time(14, 0)),
        ("2:30 pm", time(14, 30)), ("12am", time(0, 0)), ("12 p.m.", time(12, 0)), (" 0:00 ", time(0, 0)),
    ],
)  # fmt: skip
def test_a_time_reads_as_people_write_it(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "9:60", "13pm", "0am", "nine", "9:5", "12345", "9:05:30"])
def test_what_is_not_a_time_is_refused(text: str) -> None:
    assert parse_time(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/11", date(2026, 11, 3)), ("06/12", date(2026, 12, 6)), ("7/12", date(2025, 12, 7)),  # not after today
        ("3/11/26", date(2026, 11, 3)), ("03.11.2025", date(2025, 11, 3)), ("2026-11-03", date(2026, 11, 3)),
    ],
)  # fmt: skip
def test_a_day_reads_day_first_and_never_after_today_without_a_year(text: str, expected: date) -> None:
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize("text", ["", "31/2", "3/13", "yesterday", "3/11/2026/1", "3/11/202"])
def test_what_is_not_a_day_is_refused(text: str) -> None:
    assert parse_day(text, TODAY) is None


@given(st.text(max_size=12))
def test_any_text_gives_a_time_or_none_never_an_error(text: str) -> None:
    found = parse_time(text)
    assert found is None or isinstance(found, time)
    assert parse_day(text, TODAY) is None or isinstance(parse_day(text, TODAY), date)
