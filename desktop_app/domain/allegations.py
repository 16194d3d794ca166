"""Allegations against staff (KCSIE Part 4, the LADO): the record, its outcome, its retention, and who may write one.

An allegation is sealed to the **allegations key** alone (never to the team key): a key the head makes and grants to
the holders the head names (services/allegations.py). Whether an allegations record counts is judged here from the
key book: its author must have been granted the generation of the key it is sealed to, and must not have known (at
its point in the order of signed entries) of a newer generation that left them out. A holder removed by the head
writes nothing that counts after, and an outcome sealed to an older generation than its allegation's counts for
nothing (a removed holder knows ids, not contents).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import ALLEGATIONS_GRANT
from desktop_app.domain.keybook import KeyBook

RETIREMENT_AGE = 67  # "normal retirement age": the UK state pension age for anyone working now (67 from 2028)
MIN_YEARS = 10
MAX_TEXT = 20_000
MAX_SHORT = 200
MAX_CHILDREN = 60


class Outcome(enum.StrEnum):
    """The outcomes KCSIE Part 4 defines for an allegation against staff."""

    SUBSTANTIATED = "substantiated"
    MALICIOUS = "malicious"
    FALSE = "false"
    UNSUBSTANTIATED = "unsubstantiated"
    UNFOUNDED = "unfounded"


OUTCOME_WORDS = {
    Outcome.SUBSTANTIATED: "Substantiated: there is sufficient evidence to prove the allegation",
    Outcome.MALICIOUS: "Malicious: a deliberate act to deceive, or to cause harm to the person",
    Outcome.FALSE: "False: there is sufficient evidence to disprove the allegation",
    Outcome.UNSUBSTANTIATED: "Unsubstantiated: insufficient evidence either to prove or disprove it",
    Outcome.UNFOUNDED: "Unfounded: no evidence or proper basis which supports the allegation",
}
TO_BE_REMOVED = frozenset({Outcome.MALICIOUS, Outcome.FALSE})


class AllegationError(ValueError):
    """An allegation or outcome that cannot be recorded as given; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class AllegationOutcome:
    entry_id: str
    outcome: Outcome
    on: date
    note: str
    by: str  # the account that recorded it
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class Retention:
    """How long an allegation is kept: the rule in words and the date it runs to (None: to be removed)."""

    rule: str
    until: date | None
    remove: bool = False


@dataclass(slots=True)
class Allegation:
    """One allegation against a member of staff (an account, or an adult named with no account)."""

    allegation_id: str
    made_on: date
    raised_by: str
    staff_name: str
    staff_account: str
    staff_role: str
    staff_born: date | None
    alleged: str
    children: tuple[str, ...]
    lado_referred: date | None
    lado_reference: str
    advice: str
    recorded_by: str
    recorded_at: datetime
    outcomes: list[AllegationOutcome] = field(default_factory=list)

    @property
    def outcome(self) -> AllegationOutcome | None:
        """The newest outcome recorded (an outcome can be corrected by recording another)."""
        return max(self.outcomes, key=lambda o: (o.recorded_at, o.entry_id), default=None)

    @property
    def retention(self) -> Retention:
        return retention_of(self)


def _text(content: dict[str, object], name: str, *, limit: int = MAX_SHORT, needed: bool = False) -> str:
    value = content.get(name, "")
    if not isinstance(value, str):
        raise AllegationError(f"{name} must be text")
    value = value.strip()
    if needed and not value:
        raise AllegationError(f"{name.replace('_', ' ')} is needed")
    if len(value) > limit:
        raise AllegationError(f"{name.replace('_', ' ')} is longer than {limit:,} characters")
    return value


def _day(content: dict[str, object], name: str, *, needed: bool = False) -> date | None:
    value = content.get(name, "")
    if value in ("", None) and not needed:
        return None
    if not isinstance(value, str):
        raise AllegationError(f"{name.replace('_', ' ')} must be a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise AllegationError(f"{name.replace('_', ' ')} must be a date (YYYY-MM-DD), not {value[:20]!r}") from None


def allegation_content(
    *,
    made_on: date,
    raised_by: str,
    staff_name: str,
    alleged: str,
    staff_account: str = "",
    staff_role: str = "",
    staff_born: date | None = None,
    children: Sequence[str] = (),
    lado_referred: date | None = None,
    lado_reference: str = "",
    advice: str = "",
    today: date | None = None,
) -> dict[str, object]:
    """The sealed content of an allegation, checked: raises AllegationError with one clear message."""
    content: dict[str, object] = {
        "made_on": made_on.isoformat(),
        "raised_by": raised_by,
        "staff_name": staff_name,
        "staff_account": staff_account,
        "staff_role": staff_role,
        "staff_born": staff_born.isoformat() if staff_born else "",
        "alleged": alleged,
        "children": [c.strip().upper() for c in children if c.strip()],
        "lado_referred": lado_referred.isoformat() if lado_referred else "",
        "lado_reference": lado_reference,
        "advice": advice,
    }
    checked = parse_allegation("", content, "", datetime.min)
    if today is not None and checked.made_on > today:
        raise AllegationError("the date of the allegation is in the future")
    if checked.lado_referred is not None and checked.lado_referred < checked.made_on:
        raise AllegationError("the LADO referral date is before the allegation was made")
    if checked.staff_born is not None and checked.staff_born >= checked.made_on:
        raise AllegationError("the member of staff's date of birth is not before the allegation")
    return content


def parse_allegation(entry_id: str, content: dict[str, object], by: str, at: datetime) -> Allegation:
    """An allegation from its sealed content; raises AllegationError when it is in no form the app writes."""
    children = content.get("children", [])
    if not isinstance(children, list) or not all(isinstance(c, str) for c in children):
        raise AllegationError("children must be a list of UPNs")
    if len(children) > MAX_CHILDREN:
        raise AllegationError(f"more than {MAX_CHILDREN} children named")
    for upn in children:
        if not (len(upn) == 13 and upn[0].isalpha() and upn[1:].isalnum()):
            raise AllegationError(f"{upn[:20]!r} is not a UPN (a letter and 12 more letters or digits)")
    made_on = _day(content, "made_on", needed=True)
    assert made_on is not None
    return Allegation(
        allegation_id=entry_id,
        made_on=made_on,
        raised_by=_text(content, "raised_by", needed=True),
        staff_name=_text(content, "staff_name", needed=True),
        staff_account=_text(content, "staff_account"),
        staff_role=_text(content, "staff_role"),
        staff_born=_day(content, "staff_born"),
        alleged=_text(content, "alleged", limit=MAX_TEXT, needed=True),
        children=tuple(children),
        lado_referred=_day(content, "lado_referred"),
        lado_reference=_text(content, "lado_reference"),
        advice=_text(content, "advice", limit=MAX_TEXT),
        recorded_by=by,
        recorded_at=at,
    )


def outcome_content(allegation_id: str, outcome: str, on: date, note: str = "") -> dict[str, object]:
    """The sealed content of an outcome, checked."""
    try:
        Outcome(outcome)
    except ValueError:
        raise AllegationError(f"outcome must be one of: {', '.join(o.value for o in Outcome)}") from None
    content: dict[str, object] = {"allegation": allegation_id, "outcome": outcome, "on": on.isoformat(), "note": note}
    parse_outcome("", content, "", datetime.min)
    return content


def parse_outcome(entry_id: str, content: dict[str, object], by: str, at: datetime) -> tuple[str, AllegationOutcome]:
    """(the allegation's id, its outcome) from an outcome's sealed content."""
    allegation = content.get("allegation")
    if not isinstance(allegation, str) or not allegation:
        raise AllegationError("an outcome names the allegation it is for")
    try:
        outcome = Outcome(str(content.get("outcome")))
    except ValueError:
        raise AllegationError(f"outcome must be one of: {', '.join(o.value for o in Outcome)}") from None
    on = _day(content, "on", needed=True)
    assert on is not None
    return allegation, AllegationOutcome(entry_id, outcome, on, _text(content, "note", limit=MAX_TEXT), by, at)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def retention_of(allegation: Allegation) -> Retention:
    """KCSIE Part 4: kept until the member of staff's normal retirement age or for 10 years from the allegation,
    whichever is longer; a malicious or false allegation is removed from their records (not erased here: the rule
    is stored and shown, erasure is the retention review's)."""
    outcome = allegation.outcome
    if outcome is not None and outcome.outcome in TO_BE_REMOVED:
        return Retention(f"{outcome.outcome.value}: remove from the member of staff's records", None, remove=True)
    ten = _years_after(allegation.made_on, MIN_YEARS)
    if allegation.staff_born is None:
        return Retention(f"{MIN_YEARS} years (date of birth not recorded: retirement age cannot be counted)", ten)
    retire = _years_after(allegation.staff_born, RETIREMENT_AGE)
    if retire > ten:
        return Retention(f"until retirement age ({RETIREMENT_AGE}), which is later than {MIN_YEARS} years", retire)
    return Retention(f"{MIN_YEARS} years, which is later than retirement age ({RETIREMENT_AGE})", ten)


# --- who may write one --------------------------------------------------------------------------------------------


def generation_of(book: KeyBook, recipient_ids: Iterable[str]) -> str | None:
    """The allegations key generation an entry is sealed to, or None."""
    return next((key_id for key_id in recipient_ids if key_id in book.allegations_keys), None)


def holders(book: KeyBook, generation: str) -> set[str]:
    """The accounts granted one generation of the allegations key (the head among them)."""
    return {g.account_id for g in book.grants if g.key_kind == ALLEGATIONS_GRANT and g.key_id == generation}


def newer_generations(book: KeyBook, generation: str) -> list[str]:
    """The allegations key generations after `generation` in the order of signed entries."""
    at = book.position(generation)
    return [key_id for key_id in book.allegations_keys if book.position(key_id) > at]


def writing_problem(
    book: KeyBook, author_key_id: str, device_id: str, seq: int, recipient_ids: Iterable[str]
) -> str | None:
    """Why an allegations record by `author_key_id` at `seq` in `device_id`'s chain does not count, or None."""
    generation = generation_of(book, recipient_ids)
    if generation is None:
        return "not sealed to an allegations key"
    account = book.account_of_key(author_key_id)
    if account is None or account.account_id not in holders(book, generation):
        return "written by someone who was not given the allegations key it is sealed to"
    for newer in newer_generations(book, generation):
        if account.account_id not in holders(book, newer) and book.knows(author_key_id, device_id, seq, newer):
            return "written by a holder after the head removed them"
    return None


@dataclass(frozen=True, slots=True)
class AllegationsEntry:
    """An allegations record opened and judged: its kind, author account, time, content, the generation it is
    sealed to, and why it does not count (None when it does)."""

    entry_id: str
    kind: str
    author: str
    recorded_at: datetime
    content: dict[str, object]
    generation: str
    problem: str | None = None


@dataclass(slots=True)
class AllegationsRecord:
    """Every allegation that counts, by id, and what was set aside (entry id, why)."""

    allegations: dict[str, Allegation] = field(default_factory=dict)
    set_aside: list[tuple[str, str]] = field(default_factory=list)

    def about(self, account_id: str) -> list[Allegation]:
        return [a for a in self.allegations.values() if account_id and a.staff_account == account_id]


def fold_allegations(book: KeyBook, entries: Iterable[AllegationsEntry]) -> AllegationsRecord:
    """The allegations record from judged entries: an outcome counts only for an allegation that counts and only
    when sealed to the same generation or a newer one."""
    record = AllegationsRecord()
    generation_of_allegation: dict[str, str] = {}
    outcomes: list[tuple[AllegationsEntry, str, AllegationOutcome]] = []
    for entry in sorted(entries, key=lambda e: (e.recorded_at, e.entry_id)):
        if entry.problem is not None:
            record.set_aside.append((entry.entry_id, entry.problem))
            continue
        try:
            if entry.kind == EntryKind.ALLEGATION:
                record.allegations[entry.entry_id] = parse_allegation(
                    entry.entry_id, entry.content, entry.author, entry.recorded_at
                )
                generation_of_allegation[entry.entry_id] = entry.generation
            elif entry.kind == EntryKind.ALLEGATION_OUTCOME:
                target, outcome = parse_outcome(entry.entry_id, entry.content, entry.author, entry.recorded_at)
                outcomes.append((entry, target, outcome))
        except AllegationError as exc:
            record.set_aside.append((entry.entry_id, f"not in a form the app writes ({exc})"))
    for entry, target, outcome in outcomes:
        allegation = record.allegations.get(target)
        if allegation is None:
            record.set_aside.append((entry.entry_id, "an outcome for no allegation this person can read"))
        elif book.position(entry.generation) < book.position(generation_of_allegation[target]):
            older = "an outcome sealed to an older allegations key than its allegation"
            record.set_aside.append((entry.entry_id, older))
        else:
            allegation.outcomes.append(outcome)
    return record
