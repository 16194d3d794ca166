"""The termly safeguarding report a lead gives the governing body: numbers by category, year group and decision,
the clocks met, and the change since the term before, with no child identifiable.

Made by a lead (who holds every record) from the folded state; the report holds counts only. A count of children
below `SMALL` (and above none) is printed as "fewer than 5", and a total that would let a hidden count be worked
out by subtraction is hidden with it (the smallest other count in its table), as statistical disclosure control
does for published tables: in a small school, "1 concern of sexual abuse in Year 2" can name a child.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from desktop_app.domain.lead.concern_records import DecisionType
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.taxonomy import Category
from desktop_app.domain.triage.items import acknowledge_by
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.domain.triage.school_days import add_school_days

SMALL = 5
HIDDEN = "fewer than 5"


@dataclass(frozen=True, slots=True)
class Term:
    """A school term by its first and last day (inclusive), and its name ("Autumn term 2026")."""

    name: str
    first: date
    last: date

    def holds(self, moment: datetime, tz: tzinfo | None) -> bool:
        return self.first <= moment.astimezone(tz).date() <= self.last


def term_of(day: date) -> Term:
    """The term a day falls in, by the usual English terms: autumn September to December, spring January to
    March, summer April to August (holidays inside a term count with it)."""
    if day.month >= 9:
        return Term(f"Autumn term {day.year}", date(day.year, 9, 1), date(day.year, 12, 31))
    if day.month <= 3:
        return Term(f"Spring term {day.year}", date(day.year, 1, 1), date(day.year, 3, 31))
    return Term(f"Summer term {day.year}", date(day.year, 4, 1), date(day.year, 8, 31))


def term_before(term: Term) -> Term:
    return term_of(term.first - timedelta(days=1))


@dataclass(frozen=True, slots=True)
class CountRow:
    """One row of a table: what is counted, this term's count and the term before's, each as printed."""

    label: str
    count: str
    before: str


@dataclass(frozen=True, slots=True)
class ClockRow:
    """A clock the school set itself: how many of the items due this term were done in time, of how many."""

    label: str
    met: int
    due: int

    @property
    def words(self) -> str:
        return f"{self.met} of {self.due} ({round(100 * self.met / self.due)}%)" if self.due else "none due"


@dataclass(frozen=True, slots=True)
class GovernorsReport:
    """The report's content: counts only. `concerns`, `children` as printed (a small number hidden)."""

    school_name: str
    term: Term
    before: Term
    made_at: datetime
    concerns: CountRow
    children: CountRow
    by_category: list[CountRow]
    by_year_group: list[CountRow]
    by_decision: list[CountRow]
    referrals: CountRow
    clocks: list[ClockRow]
    open_at_end: int


def governors_report(
    state: SchoolState,
    term: Term,
    categories: Iterable[Category],
    settings: LeadSettings,
    now: datetime,
    tz: tzinfo | None = None,
) -> GovernorsReport:
    """The report for `term` (and the term before, for the change), from everything a lead holds."""
    before = term_before(term)
    names = {c.code: c.name for c in categories}
    this, last = _concerns_in(state, term, tz), _concerns_in(state, before, tz)

    def children(concerns: list[Concern]) -> int:
        return len({c.pupil_id for c in concerns})

    def category_counts(concerns: list[Concern]) -> Counter[str]:  # children per category
        pairs = {(code, c.pupil_id) for c in concerns for code in state.lead.categories_of(c.concern_id, c.categories)}
        return Counter(names.get(code, code) for code, _ in pairs)

    def year_counts(concerns: list[Concern]) -> Counter[str]:  # children per year group
        years = {c.pupil_id: _year_words(state, c.pupil_id) for c in concerns}
        return Counter(years.values())

    def decision_counts(window: Term) -> Counter[str]:  # children per decision
        pairs = {(d.decision, d.pupil_id) for d in state.lead.decisions.values() if window.holds(d.at, tz)}
        return Counter(_decision_words(code) for code, _ in pairs)

    referred = {r.pupil_id for r in state.lead.referrals.values() if term.holds(r.occurred_at, tz)}
    referred_before = {r.pupil_id for r in state.lead.referrals.values() if before.holds(r.occurred_at, tz)}
    return GovernorsReport(
        school_name=state.school_name,
        term=term,
        before=before,
        made_at=now,
        concerns=CountRow("Concerns recorded", _shown(len(this)), _shown(len(last))),
        children=CountRow("Children they are about", _shown(children(this)), _shown(children(last))),
        by_category=_table(category_counts(this), category_counts(last)),
        by_year_group=_table(year_counts(this), year_counts(last), order=_year_order),
        by_decision=_table(decision_counts(term), decision_counts(before)),
        referrals=CountRow("Children referred to another agency", _shown(len(referred)), _shown(len(referred_before))),
        clocks=_clocks(state, term, settings, tz),
        open_at_end=sum(1 for c in this if not state.lead.closures.get(c.concern_id)),
    )


def _concerns_in(state: SchoolState, term: Term, tz: tzinfo | None) -> list[Concern]:
    return [c for c in state.concerns.values() if term.holds(c.recorded_at, tz)]


def _shown(count: int) -> str:
    return HIDDEN if 0 < count < SMALL else str(count)


def _table(
    now: Mapping[str, int], before: Mapping[str, int], order: Callable[[str], Any] | None = None
) -> list[CountRow]:
    """Rows for every label counted either term (largest first, or in `order`); small counts hidden, and when
    exactly one count of a column is hidden while others show, the smallest shown one is given as "5 or more" too
    (else the hidden one could be found by subtraction from the children counted above)."""
    labels = sorted(set(now) | set(before), key=order or (lambda label: (-now.get(label, 0), label)))
    this = _protected([now.get(label, 0) for label in labels])
    last = _protected([before.get(label, 0) for label in labels])
    return [CountRow(label, a, b) for label, a, b in zip(labels, this, last, strict=True)]


def _protected(counts: list[int]) -> list[str]:
    shown = [_shown(n) for n in counts]
    hidden = [i for i, n in enumerate(counts) if 0 < n < SMALL]
    visible = [i for i, n in enumerate(counts) if n >= SMALL]
    if len(hidden) == 1 and visible:
        shown[min(visible, key=lambda i: counts[i])] = f"{SMALL} or more"
    return shown


def _year_words(state: SchoolState, pupil_id: str) -> str:
    pupil = state.pupils.get(pupil_id)
    year = pupil.year_group.strip() if pupil is not None else ""
    if not year:
        return "Year not recorded"
    return _EARLY_YEARS.get(year.upper(), f"Year {year}" if year.isdigit() else year)


_EARLY_YEARS = {"N": "Nursery", "N1": "Nursery", "N2": "Nursery", "R": "Reception", "REC": "Reception"}


def _year_order(label: str) -> tuple[int, str]:
    number = label.removeprefix("Year ").strip()
    if label in ("Nursery", "Reception"):
        return (-1 if label == "Nursery" else 0, label)
    return (int(number), label) if number.isdigit() else (99, label)


def _decision_words(code: str) -> str:
    try:
        return DecisionType(code).words
    except ValueError:
        return code


def _clocks(state: SchoolState, term: Term, settings: LeadSettings, tz: tzinfo | None) -> list[ClockRow]:
    """The school's own clocks for what fell due this term: acknowledging a concern, deciding on it."""
    acknowledged = decided = ack_due = decide_due = 0
    first_decision: dict[str, datetime] = {}
    for d in state.lead.decisions.values():
        if d.concern_id not in first_decision or d.at < first_decision[d.concern_id]:
            first_decision[d.concern_id] = d.at
    for concern in state.concerns.values():
        due = acknowledge_by(concern, settings, tz)
        if term.holds(due, tz):
            ack_due += 1
            acks = state.lead.acknowledgements.get(concern.concern_id, [])
            acknowledged += any(a.at <= due for a in acks)
        decide = add_school_days(concern.recorded_at, settings.decide_within_school_days, settings.closed_days, tz)
        if term.holds(decide, tz):
            decide_due += 1
            made = first_decision.get(concern.concern_id)
            decided += made is not None and made <= decide
    days = settings.acknowledge_within_school_days, settings.decide_within_school_days
    return [
        ClockRow(f"Concerns acknowledged within {days[0]} school day{'s' if days[0] != 1 else ''}", acknowledged,
                 ack_due),
        ClockRow(f"Decisions made within {days[1]} school day{'s' if days[1] != 1 else ''}", decided, decide_due),
    ]  # fmt: skip
