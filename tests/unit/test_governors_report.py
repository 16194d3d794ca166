"""The termly report for governors (`domain.governors_report`): terms, counts of children by category, year group
and decision, small counts hidden (and the one count that would give a hidden one away), and the clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.governors_report import HIDDEN, _protected, governors_report, term_before, term_of
from desktop_app.domain.lead.concern_records import Acknowledgement, Decision
from desktop_app.domain.records import Concern, Pupil, SchoolState
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.services.directory import default_categories

NOV = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday in the autumn term


def test_terms_follow_the_english_school_year() -> None:
    autumn = term_of(date(2026, 11, 2))
    assert (autumn.name, autumn.first, autumn.last) == ("Autumn term 2026", date(2026, 9, 1), date(2026, 12, 31))
    assert term_before(autumn).name == "Summer term 2026"
    assert term_before(term_of(date(2027, 2, 1))).name == "Autumn term 2026"
    assert term_of(date(2027, 4, 1)).name == "Summer term 2027"


def _school(children: int, *, year: str = "3", category: str = "neglect", day: datetime = NOV) -> SchoolState:
    state = SchoolState(school_name="Hillside Primary School")
    for n in range(children):
        state.pupils[f"p{n}"] = Pupil(f"p{n}", f"A{n:012}", f"Child{n}", "Surname", year_group=year)
        state.concerns[f"c{n}"] = Concern(f"c{n}", f"p{n}", "s1", day, day, category, "Hungry.")
    return state


def _report(state: SchoolState, day: date = date(2026, 11, 20)):
    return governors_report(state, term_of(day), default_categories(), LeadSettings(), NOV + timedelta(days=30))


def test_counts_of_children_and_small_counts_hidden() -> None:
    state = _school(7)
    state.pupils["p0"] = Pupil("p0", "A0", "Solo", "Child", year_group="R")
    state.concerns["x"] = Concern("x", "p0", "s1", NOV, NOV, "sexual-abuse", "Said something.")  # a second concern
    report = _report(state)
    assert (report.concerns.count, report.children.count) == ("8", "7")
    by_category = {r.label: r.count for r in report.by_category}
    assert by_category["Sexual abuse"] == HIDDEN  # one child: never a number a governor could put a name to
    assert by_category["Neglect"] == "5 or more"  # shown exactly, it would give the hidden one away
    by_year = {r.label: r.count for r in report.by_year_group}
    assert by_year == {"Reception": HIDDEN, "Year 3": "5 or more"}
    assert [r.label for r in report.by_year_group] == ["Reception", "Year 3"]
    summer = {r.label: r.before for r in report.by_year_group}
    assert summer == {"Reception": "0", "Year 3": "0"}


def test_concerns_of_the_term_before_are_counted_beside_and_not_in() -> None:
    state = _school(6, day=NOV - timedelta(days=120))  # July: the summer term
    report = _report(state)
    assert (report.concerns.count, report.concerns.before) == ("0", "6")


def test_the_clocks_count_what_fell_due_this_term_and_was_done_in_time() -> None:
    state = _school(6)
    for n in range(4):  # four acknowledged within the day, two never
        state.lead.acknowledgements[f"c{n}"] = [
            Acknowledgement(f"a{n}", f"c{n}", f"p{n}", "l1", NOV + timedelta(hours=2))
        ]
    state.lead.decisions["d0"] = Decision(
        "d0", "c0", "p0", "monitor", "Watch.", False, (), "l1", NOV + timedelta(days=1)
    )
    acknowledged, decided = _report(state).clocks
    assert (acknowledged.met, acknowledged.due, acknowledged.words) == (4, 6, "4 of 6 (67%)")
    assert (decided.met, decided.due) == (1, 6)


@given(st.lists(st.integers(0, 40), max_size=12))
def test_no_hidden_count_can_be_worked_out_from_the_others(counts: list[int]) -> None:
    """However the counts fall, a column never shows every count but one exactly while that one is hidden."""
    shown = _protected(counts)
    hidden = [i for i, text in enumerate(shown) if not text.isdigit() and counts[i] > 0]
    exact_others = [i for i, text in enumerate(shown) if text.isdigit() and counts[i] > 0]
    assert all(text == HIDDEN for n, text in zip(counts, shown, strict=True) if 0 < n < 5)
    assert not (len(hidden) == 1 and exact_others and len(exact_others) == sum(1 for n in counts if n > 0) - 1)
