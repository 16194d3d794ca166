"""How long a child's file is kept, and the leads' yearly retention review (SAFEGUARDING.md, "Retention").

A child-protection file is kept until the child's date of birth plus 25 years (IRMS toolkit), or longer where the
school sets it (`LeadSettings.retention_years`, a lead's signed setting; never shorter). Then a lead reviews it and
decides: keep it, with the reason and the next review date, or due for erasure. A lead may hold a file (an inquiry
hold, e.g. IICSA) with the reason: a held file is never due, whatever its dates, until a lead lifts the hold. The
latest hold entry and the latest review entry of a child stand (domain/lead/lead_records.py). Pure: no crypto, no store.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.lead.file_records import RetentionHold, RetentionReview
from desktop_app.domain.leavers import current_leavers, has_file
from desktop_app.domain.records import SchoolState
from desktop_app.domain.setting_checks import RETENTION_YEARS

REVIEW_WITHIN_DAYS = 365  # the yearly review lists files past retention or reaching it within the next year


def years_after(born: date, years: int) -> date:
    """The day `years` whole years after `born`. A child born on 29 February reaches it on 1 March in a year with
    no 29 February: never a day before the full years have passed."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February in a year without one
        return date(born.year + years, 3, 1)


class RetentionStatus(enum.StrEnum):
    """Where a file stands with its retention, as the front sheet and the review list say it."""

    HELD = "held"  # an inquiry hold stands: never due
    RUNNING = "running"  # retention date more than the review window away
    DUE_SOON = "due-soon"  # reaches its review date within the window
    DUE = "due"  # past its review date, not reviewed since
    ERASURE = "erasure"  # a lead decided at review: due for erasure
    NO_BIRTH_DATE = "no-birth-date"  # no date of birth recorded: no date can be worked out, so review it now


@dataclass(frozen=True, slots=True)
class Retention:
    """One child's file and its retention: `retain_until` is the date of birth plus the school's years (None with no
    date of birth); `review_on` is when it is next due for review: `retain_until`, or later where a lead kept it at
    review (the review's `until`)."""

    pupil_id: str
    born: date | None
    years: int
    retain_until: date | None
    review_on: date | None
    hold: RetentionHold | None
    review: RetentionReview | None

    def status(self, today: date, within_days: int = REVIEW_WITHIN_DAYS) -> RetentionStatus:
        if self.hold is not None:
            return RetentionStatus.HELD
        if self.review is not None and not self.review.keep:
            return RetentionStatus.ERASURE
        if self.review_on is None:
            return RetentionStatus.NO_BIRTH_DATE
        if self.review_on <= today:
            return RetentionStatus.DUE
        if self.review_on <= today + timedelta(days=within_days):
            return RetentionStatus.DUE_SOON
        return RetentionStatus.RUNNING

    def words(self, today: date, within_days: int = REVIEW_WITHIN_DAYS) -> str:
        """Where the file stands, in one sentence for the front sheet and the review list."""
        status = self.status(today, within_days)
        until = f"{self.retain_until:%d %b %Y}" if self.retain_until else ""
        basis = f"date of birth + {self.years} years"
        if status is RetentionStatus.HELD:
            assert self.hold is not None
            return f"Held by a lead since {self.hold.at:%d %b %Y}: {self.hold.reason} (never due while held)"
        if status is RetentionStatus.ERASURE:
            assert self.review is not None
            return f"Due for erasure: decided at review on {self.review.at:%d %b %Y} ({self.review.reason})"
        if status is RetentionStatus.NO_BIRTH_DATE:
            return "No date of birth recorded: no retention date can be worked out; review it now"
        kept = ""
        if self.review is not None and self.review_on != self.retain_until:
            kept = f"; kept at review on {self.review.at:%d %b %Y} until {self.review_on:%d %b %Y}"
        if status is RetentionStatus.DUE:
            return f"Past retention: kept until {until} ({basis}){kept}; due for review"
        if status is RetentionStatus.DUE_SOON:
            return f"Kept until {until} ({basis}){kept}; due for review on {self.review_on:%d %b %Y}"
        return f"Kept until {until} ({basis}){kept}"

    def to_json(self, today: date) -> dict[str, object]:
        return {
            "status": self.status(today).value,
            "words": self.words(today),
            "retention_years": self.years,
            "retain_until": self.retain_until.isoformat() if self.retain_until else None,
            "review_on": self.review_on.isoformat() if self.review_on else None,
            "held": self.hold is not None,
            "hold_reason": self.hold.reason if self.hold else "",
            "review": None
            if self.review is None
            else {
                "decision": "keep" if self.review.keep else "erase",
                "reason": self.review.reason,
                "until": self.review.until.isoformat() if self.review.until else None,
                "entry_id": self.review.entry_id,
            },
        }


def retention_of(state: SchoolState, pupil_id: str, years: int = RETENTION_YEARS) -> Retention:
    """A child's file's retention, with the school's `years` (at least 25). Raises KeyError for a child not in the
    directory."""
    pupil = state.pupils[pupil_id]
    years = max(years, RETENTION_YEARS)
    born = pupil.date_of_birth
    retain_until = years_after(born, years) if born else None
    lead = state.lead
    review = lead.retention_review_of(pupil_id)
    review_on = retain_until
    if review_on is not None and review is not None and review.keep and review.until is not None:
        review_on = max(review_on, review.until)
    return Retention(pupil_id, born, years, retain_until, review_on, lead.retention_hold_of(pupil_id), review)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One file on the leads' yearly review list; `left_on` is the day a leaver left (None for a child on roll)."""

    retention: Retention
    status: RetentionStatus
    left_on: date | None


def review_list(
    state: SchoolState, today: date, years: int = RETENTION_YEARS, within_days: int = REVIEW_WITHIN_DAYS
) -> list[ReviewItem]:
    """Every file the school holds (children on roll, leavers, files received or sent) that is past its review
    date, reaches it within `within_days`, was decided due for erasure, or has no date of birth to work one out;
    held files are never on it. Soonest first (no date of birth first of all, as they are due now)."""
    leavers = current_leavers(state, state.transfers.left.values())
    items = []
    for pupil_id in state.pupils:
        if not has_file(state, pupil_id):
            continue
        retention = retention_of(state, pupil_id, years)
        status = retention.status(today, within_days)
        if status in (RetentionStatus.HELD, RetentionStatus.RUNNING):
            continue
        left = leavers.get(pupil_id)
        items.append(ReviewItem(retention, status, left.left_on if left else None))
    return sorted(items, key=lambda i: (i.retention.review_on or date.min, i.retention.pupil_id))


def held_files(state: SchoolState) -> list[RetentionHold]:
    """Every hold that stands, oldest first (the review list says how many files are held off it)."""
    holds = (state.lead.retention_hold_of(p) for p in state.lead.by_pupil)
    return sorted((h for h in holds if h is not None), key=lambda h: (h.at, h.entry_id))
