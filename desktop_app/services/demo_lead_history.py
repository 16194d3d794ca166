"""The demo school's lead records: households, the toddler, mobility, attendance, a GP's letter, years of decisions."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.entries import EntryKind, to_millis
from desktop_app.domain.ids import new_id
from desktop_app.domain.records import Pupil, Role
from desktop_app.services import demo_content as words
from desktop_app.services.attendance import import_attendance
from desktop_app.services.demo_pelka import TODDLER, pelka_family, youngest
from desktop_app.services.demo_story_writer import Stories
from desktop_app.services.documents import attach_document_data
from desktop_app.services.households import add_household_member
from desktop_app.services.oversight import ensure_oversight_key, grant_dashboard_access
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.triage import author_recipient
from desktop_app.services.uow import UnitOfWork

_CHUNK = 4000
Written = tuple[str, str, Pupil, datetime, str]  # a concern written: as `demo.write_history` returns them


class LeadHistory:
    """Writes what the leads recorded in the simulated past. Private state: the demo's random source (shared with
    the rest of the demo, so the school comes out the same for a seed), today, and how many years it covers."""

    def __init__(self, rng: random.Random, today: date, years: int) -> None:
        self.rng = rng
        self.today = today
        self.years = years

    @property
    def _linked_at(self) -> datetime:
        return datetime.combine(self.today - timedelta(days=365 * self.years), datetime.min.time(), UTC)

    def write_households(self, lead: Session, households: list[list[Pupil]]) -> None:
        """What the leads confirmed first: every family of siblings linked as a household."""
        linked_at = self._linked_at
        with UnitOfWork(lead) as uow:
            for family in households:
                if len(family) < 2:
                    continue
                members = sorted(p.pupil_id for p in family)
                content = {"change": new_id(), "household": new_id(), "pupils": members, "members": members}
                for pupil_id in members:
                    uow.record(EntryKind.HOUSEHOLD_LINK, content, subject=pupil_id, occurred_at=linked_at,
                               recorded_at=linked_at)  # fmt: skip
            uow.commit()

    def add_toddler(self, lead: Session, households: list[list[Pupil]]) -> Pupil | None:
        """The Pelka family's toddler, not on roll, added to their household by a lead as the Families page adds
        one (`services.households.add_household_member`); None in a school without siblings."""

        family = pelka_family(households)
        if not family:
            return None
        taken = {p.forename for p in family}
        name = self.rng.choice([n for n in words.BOYS if n not in taken])
        # two years and a few months old when staff see him at pick-up (the story's day 85: 65 days ago)
        born = self.today - timedelta(days=65 + 2 * 365 + self.rng.randrange(30, 300))
        return add_household_member(lead, load_state(lead), youngest(family).pupil_id,
                                    f"{name} {family[0].surname}", born, TODDLER)  # fmt: skip

    def write_lead_records(self, lead: Session, stories: Stories) -> None:
        """What the leads recorded about mobility where it matters."""
        linked_at = self._linked_at
        with UnitOfWork(lead) as uow:
            for pupil, note in stories.not_mobile:
                uow.record(EntryKind.MOBILITY, {"independently_mobile": False, "note": note}, subject=pupil.pupil_id,
                           occurred_at=linked_at, recorded_at=linked_at)  # fmt: skip
            uow.commit()

    def write_attendance(self, lead: Session, pupils: list[Pupil], stories: Stories) -> None:
        """This term's session marks (the last 12 weeks), imported as a lead imports an MIS export: nearly every
        session present, a few absences; each story child kept at home the school day after each injury there."""

        days = [self.today - timedelta(days=n) for n in range(84, 0, -1)]
        days = [d for d in days if d.weekday() < 5]
        state = load_state(lead, use_snapshot=False)  # the leads' later work keeps the snapshot it would write
        after: dict[str, set[date]] = {}
        for child in stories.children:
            for concern in state.concerns_for(child.pupil_id):
                next_days = [d for d in days if d > concern.occurred_at.date()]
                if concern.injuries and next_days:
                    after.setdefault(child.upn, set()).add(next_days[0])
        lines = ["UPN,Date,AM,PM"]
        for pupil in pupils:
            kept_home = after.get(pupil.upn, set())
            for day in days:
                marks: tuple[str, ...]
                if day in kept_home:
                    marks = ("I", "I")
                else:
                    marks = tuple(
                        self.rng.choice(("I", "M", "N", "O", "L")) if self.rng.random() < 0.02 else present
                        for present in ("/", "\\")
                    )
                lines.append(f"{pupil.upn},{day:%d/%m/%Y},{marks[0]},{marks[1]}")
        import_attendance(lead, ("\n".join(lines) + "\n").encode(), today=self.today, state=state)

    def write_documents(self, lead: Session, stories: Stories) -> None:
        """A letter a lead attached to the first story child's file (a fictional GP's, as plain text)."""

        if not stories.children:
            return
        child = stories.children[0]
        letter = (
            f"Riverside Medical Practice\n\nDear Designated Safeguarding Lead,\n\nRe: {child.full_name}\n\n"
            "I saw the child today with a parent about the bruising you reported. I have shared my findings with "
            "children's social care and will attend the strategy discussion.\n\nDr A. Example, GP\n"
        )
        state = load_state(lead, use_snapshot=False)  # as `write_attendance`: no snapshot written mid-history
        attach_document_data(lead, child.pupil_id, "Letter from the GP.txt", letter.encode(),
                             description="The GP's letter after the bruising was reported", state=state)  # fmt: skip

    def _school_hours(self, moment: datetime) -> datetime:
        """`moment`, or the next school morning when it falls outside 08:00-17:00 or at a weekend: a lead's work in
        the simulated past is done in school hours (it was put at 03:15)."""
        if moment.weekday() < 5 and 8 <= moment.hour < 17:
            return moment
        day = moment.date() + timedelta(days=1 if moment.hour >= 17 else 0)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8, minutes=self.rng.randrange(0, 90))

    def write_lead_history(self, lead: Session, written: list[Written], keep_open: set[str]) -> None:
        """The leads' part of the simulated past: concerns older than a fortnight were acknowledged within hours
        and decided within a day or two, so the queue shows only what is recent (and the stories' last concerns)."""

        cutoff = datetime.combine(self.today - timedelta(days=14), datetime.min.time(), UTC)
        watch_from = cutoff - timedelta(days=60)  # the stories' concerns of the last months stay for a lead to see
        old = [
            item
            for item in written
            if item[3] < cutoff and not (item[2].pupil_id in keep_open and item[3] >= watch_from)
        ]
        for start in range(0, len(old), _CHUNK):
            with UnitOfWork(lead) as uow:
                for concern_id, author_id, pupil, when, category in old[start : start + _CHUNK]:
                    author = author_recipient(lead, author_id)
                    acknowledged = self._school_hours(when + timedelta(hours=self.rng.randrange(1, 7)))
                    uow.record(
                        EntryKind.ACKNOWLEDGEMENT, {"concern": concern_id}, subject=pupil.pupil_id,
                        occurred_at=acknowledged, recorded_at=acknowledged, also_to=[author] if author else [],
                    )  # fmt: skip
                    decision, rationale = self.rng.choice(words.DECISIONS.get(category, words.DECISIONS["other"]))
                    decided = self._school_hours(acknowledged + timedelta(hours=self.rng.randrange(2, 40)))
                    content = {"concern": concern_id, "decision": decision, "rationale": rationale,
                               "needs_second_lead": False, "flags": []}  # fmt: skip
                    uow.record(
                        EntryKind.DECISION, content, subject=pupil.pupil_id, occurred_at=decided, recorded_at=decided
                    )
                    later = self._school_hours(decided + timedelta(days=self.rng.randrange(1, 10)))
                    if decision in ("refer-csc", "refer-police"):
                        agency = "Children's services (MASH)" if decision == "refer-csc" else "Police"
                        reference = f"MASH-{self.rng.randrange(10**5, 10**6)}"
                        referral = {"concern": concern_id, "agency": agency, "reference": reference,
                                    "expected_by": to_millis(decided + timedelta(days=1))}  # fmt: skip
                        referral_id = uow.record(
                            EntryKind.REFERRAL,
                            referral,
                            subject=pupil.pupil_id,
                            occurred_at=decided,
                            recorded_at=decided,
                        )
                        outcome = self.rng.choice(words.REFERRAL_OUTCOMES)
                        uow.record(
                            EntryKind.REFERRAL_OUTCOME, {"referral": referral_id, "outcome": outcome},
                            subject=pupil.pupil_id, occurred_at=later, recorded_at=later,
                        )  # fmt: skip
                    closing = {"concern": concern_id, "outcome": self.rng.choice(words.CLOSING_OUTCOMES)}
                    uow.record(
                        EntryKind.CONCERN_CLOSED, closing, subject=pupil.pupil_id, occurred_at=later, recorded_at=later
                    )
                uow.commit()


def open_dashboard_for_governor(lead: Session) -> None:
    """The oversight key, the governor's access to the dashboard, and the counts for everything recorded so far."""

    ensure_oversight_key(lead)
    for account in lead.keybook.accounts.values():
        if account.role == Role.OVERSIGHT:
            grant_dashboard_access(lead, account.account_id)
