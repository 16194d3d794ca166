"""The triage queue: what needs a lead now, by risk (urgent, strong red flags, disclosures) and then by time, on a
school-day clock that turns amber, then red."""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from desktop_app.domain import settings as declared
from desktop_app.domain.decisions import decision_status
from desktop_app.domain.lead.records import decision_words
from desktop_app.domain.leavers import SEND_WITHIN_SCHOOL_DAYS, files_to_send, siblings_to_check
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.domain.red_flags import RedFlag, RedFlagThresholds
from desktop_app.domain.settings import DEFAULT_TIME_ZONE, INTERNAL_PARTS, zone_named
from desktop_app.domain.transfer import transfers_due

# --- the school-day calendar (pure) ------------------------------------------------------------------------------


def is_school_day(day: date, closed: Collection[date] = ()) -> bool:
    """Monday to Friday, except the days the school is closed (holidays, training days)."""
    return day.weekday() < 5 and day not in closed


def add_school_days(moment: datetime, days: int, closed: Collection[date] = (), tz: tzinfo | None = None) -> datetime:
    """The same time of day `days` school days later, in the school's time zone (`tz`; default this PC's).

    Friday 10:00 plus one school day is Monday 10:00; Saturday 10:00 plus one is also Monday 10:00.
    """
    local = moment.astimezone(tz)
    day, counted = local.date(), 0
    while counted < days:
        day += timedelta(days=1)
        if is_school_day(day, closed):
            counted += 1
    return datetime.combine(day, local.timetz()).astimezone(UTC)


def add_working_days(moment: datetime, days: int, tz: tzinfo | None = None) -> datetime:
    """Working days for other agencies: weekends skipped, school holidays not (the local authority works on)."""
    return add_school_days(moment, days, (), tz)


# --- settings ----------------------------------------------------------------------------------------------------

# The school's settings are declared in `domain.settings` (LEAD_SETTINGS); LeadSettings holds their values.
_CHECKED_IN_ORDER = (
    declared.ACKNOWLEDGE_WITHIN,
    declared.DECIDE_WITHIN,
    declared.SIGN_OFF_WITHIN,
    declared.REFERRAL_RESPONSE_WITHIN,
    declared.AMBER_HOURS,
    declared.RETENTION,
    declared.TIME_ZONE,
    declared.INTERNAL,
)


@dataclass(frozen=True, slots=True)
class LeadSettings:
    """Every clock and threshold a school can tune, in one place; stored as one entry sealed to the team."""

    acknowledge_within_school_days: int = declared.ACKNOWLEDGE_WITHIN.default
    decide_within_school_days: int = declared.DECIDE_WITHIN.default
    sign_off_within_school_days: int = declared.SIGN_OFF_WITHIN.default
    amber_hours_before_due: int = declared.AMBER_HOURS.default
    referral_response_working_days: int = declared.REFERRAL_RESPONSE_WITHIN.default
    closed_days: tuple[date, ...] = ()
    red_flags: RedFlagThresholds = field(default_factory=RedFlagThresholds)
    second_look_every_decision_not_to_refer: bool = declared.SECOND_LOOK.default
    time_zone: str = declared.TIME_ZONE.default
    internal_parts: tuple[str, ...] = declared.INTERNAL.default
    retention_years: int = declared.RETENTION.default

    def problems(self) -> list[str]:
        """Each value against its setting's check, as "NAME IN WORDS must be ..."."""
        found = []
        for setting in _CHECKED_IN_ORDER:
            problem = setting.problem(getattr(self, setting.key))
            if problem:
                found.append(f"{setting.key.replace('_', ' ')} {problem}")
        return found

    @property
    def zone(self) -> tzinfo:
        """The school's time zone (the default one when the name is not known here)."""
        return zone_named(self.time_zone) or zone_named(DEFAULT_TIME_ZONE) or UTC

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("closed_days", "red_flags")
        }
        payload["closed_days"] = [d.isoformat() for d in sorted(self.closed_days)]
        payload["internal_parts"] = list(self.internal_parts)
        payload["red_flags"] = self.red_flags.to_payload()
        return payload

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> LeadSettings:
        """Known keys of the right type are taken; anything else keeps its default."""
        base = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            if isinstance(getattr(base, f.name), bool):
                if isinstance(value, bool):
                    values[f.name] = value
            elif isinstance(getattr(base, f.name), int) and isinstance(value, int) and not isinstance(value, bool):
                values[f.name] = value
            elif f.name == "time_zone" and isinstance(value, str) and zone_named(value.strip()) is not None:
                values[f.name] = value.strip()
            elif f.name == "internal_parts" and isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[f.name] = tuple(p for p in value if p in INTERNAL_PARTS)  # unknown: dropped
        days = []
        for text in data.get("closed_days") or ():
            try:
                days.append(date.fromisoformat(text))
            except (TypeError, ValueError):
                continue
        values["closed_days"] = tuple(sorted(set(days)))
        flags = data.get("red_flags")
        values["red_flags"] = RedFlagThresholds.from_payload(flags if isinstance(flags, dict) else {})
        settings = cls(**values)
        if not settings.problems():
            return settings
        return cls(
            closed_days=settings.closed_days,
            red_flags=settings.red_flags,
            second_look_every_decision_not_to_refer=settings.second_look_every_decision_not_to_refer,
            time_zone=settings.time_zone,
            internal_parts=settings.internal_parts,
            # A school's longer retention stands even when another setting is out of range (never a shorter one).
            retention_years=max(declared.RETENTION_YEARS, min(settings.retention_years, declared.MAX_RETENTION_YEARS)),
        )


def settings_of(state: SchoolState) -> LeadSettings:
    """The school's settings: the latest a lead saved, or the defaults."""
    record = state.lead.latest_settings()
    return LeadSettings.from_payload(record.payload) if record else LeadSettings()


# --- clocks ------------------------------------------------------------------------------------------------------


class Clock(enum.StrEnum):
    """How a clock stands: on time, due soon (amber) or overdue (red)."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


def clock_at(due: datetime, now: datetime, settings: LeadSettings) -> Clock:
    if now > due:
        return Clock.RED
    if now >= due - timedelta(hours=settings.amber_hours_before_due):
        return Clock.AMBER
    return Clock.GREEN


def acknowledge_by(concern: Concern, settings: LeadSettings, tz: tzinfo | None = None) -> datetime:
    """When a concern must be acknowledged: from when it was recorded (the team could not know before)."""
    return add_school_days(concern.recorded_at, settings.acknowledge_within_school_days, settings.closed_days, tz)


# --- the queue ---------------------------------------------------------------------------------------------------


class Stage(enum.StrEnum):
    """Why an item is in the queue, in words a lead reads."""

    NEW = "New: not yet acknowledged"
    AWAITING_DECISION = "Acknowledged: awaiting a decision"
    AWAITING_SECOND_LEAD = "Decision awaiting a second lead"
    CHALLENGED = "Decision challenged by a second lead"
    CHASE_REFERRAL = "Referral response overdue: chase"
    ACTION_DUE = "Action due"
    TRANSFER_RECEIPT = "File transferred: awaiting receipt"
    SEND_FILE = "Left the school: send the child-protection file"
    SIBLING_LEFT = "A brother or sister left: check this child's file"


@dataclass(frozen=True, slots=True)
class TriageItem:
    """One row of the queue. `entry_id` is what it is about (a concern, decision, referral or action); every row
    carries the concern and child it belongs to so it can open the child's file."""

    stage: Stage
    entry_id: str
    concern_id: str
    pupil_id: str
    pupil_name: str
    upn: str
    category: str  # the main category (as a lead has it); `categories` holds every one, the main one first
    summary: str
    recorded_by: str
    recorded_at: datetime
    occurred_at: datetime
    due_at: datetime | None
    clock: Clock
    owner: str = ""
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None
    flags: tuple[str, ...] = ()
    # Risk: the reasons this item goes above the rest (a strong red flag, a disclosure, an urgent tick), in words.
    risk: tuple[str, ...] = ()
    urgent: bool = False  # the author ticked "urgent" and no lead has acknowledged it yet: on top
    urgent_by: str = ""  # who ticked it (marking everything urgent is visible to every lead, by name)
    for_you: bool = False  # a sign-off request the lead looking may give (another lead's decision)
    reopened: str = ""  # the child's file was closed and this concern reopened it, in words
    new: bool = False  # not yet seen by the lead looking (services.looked), set by the service
    categories: tuple[str, ...] = ()

    @property
    def overdue(self) -> bool:
        return self.clock == Clock.RED

    @property
    def key(self) -> str:
        """What the lead has seen when they have seen this item: the concern, for a concern waiting to be
        acknowledged or decided (acknowledging does not make it news again); otherwise the stage and the entry it
        is about (a decision challenged, a referral to chase, an action due are news of their own)."""
        if self.stage in (Stage.NEW, Stage.AWAITING_DECISION):
            return self.entry_id
        return f"{self.stage.name}|{self.entry_id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage.value,
            "entry_id": self.entry_id,
            "concern_id": self.concern_id,
            "upn": self.upn,
            "pupil": self.pupil_name,
            "category": self.category,
            "categories": list(self.categories or (self.category,)),
            "summary": self.summary,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat(),
            "occurred_at": self.occurred_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "clock": self.clock.value,
            "owner": self.owner,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
            "flags": list(self.flags),
            "risk": list(self.risk),
            "urgent": self.urgent,
            "urgent_by": self.urgent_by,
            "for_you": self.for_you,
            "reopened": self.reopened,
            "new": self.new,
        }


def who(state: SchoolState, account_id: str) -> str:
    """`Full Name (job title)` for an account id, or words saying it is not known here."""
    member = state.staff.get(account_id)
    if member is None:
        author = state.transfers.authors.get(account_id)
        return author.described() if author is not None else "unknown account" if account_id else ""
    return f"{member.full_name} ({member.job_title or member.role.value})"


def decision_stage(state: SchoolState, concern_id: str) -> tuple[Stage | None, datetime | None, str]:
    """Where the latest decision on a concern stands: (stage if it still needs a lead, since when, decision id)."""
    decision = state.lead.latest_decision(concern_id)
    if decision is None:
        return Stage.AWAITING_DECISION, None, ""
    if not decision.needs_second_lead and decision.entry_id not in state.lead.sign_offs:
        return None, None, decision.entry_id  # the common case, decided outright: no need to work out words
    status = decision_status(state, decision.entry_id)
    if status.complete:
        return None, None, decision.entry_id
    if status.sign_offs:
        return Stage.CHALLENGED, status.sign_offs[-1].at, decision.entry_id
    return Stage.AWAITING_SECOND_LEAD, decision.at, decision.entry_id


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def needs_a_lead(state: SchoolState, concern_id: str) -> bool:
    """True while a concern is in the queue: not closed, and not acknowledged or not (fully) decided."""
    if state.lead.closure(concern_id) is not None:
        return False
    return state.lead.acknowledgement(concern_id) is None or decision_stage(state, concern_id)[0] is not None


def pending_concerns(state: SchoolState, concern_ids: Iterable[str] | None = None) -> set[str]:
    """The concerns (of all, or of `concern_ids`) that need a lead; kept by the workspace between refreshes."""
    ids = state.concerns if concern_ids is None else [c for c in concern_ids if c in state.concerns]
    return {c for c in ids if needs_a_lead(state, c)}


def triage_queue(
    state: SchoolState,
    now: datetime,
    flags: Mapping[str, Sequence[RedFlag]] | None = None,
    settings: LeadSettings | None = None,
    tz: tzinfo | None = None,
    concern_ids: Iterable[str] | None = None,
    flag_times: dict[str, list[datetime]] | None = None,
    viewer: str = "",
) -> list[TriageItem]:
    """Everything that needs a lead, by risk, then time (`queue_order`): concerns ticked urgent and not yet
    acknowledged on top; then items at risk (a strong red flag, a disclosure, an urgent tick); then the rest; in
    each, sign-off requests `viewer` (the lead looking) may give first, then by due time (most overdue first).
    `flags` are red flags by pupil id; `concern_ids`, when given, are the only concerns looked at (those
    `pending_concerns` found), so a refresh need not visit them all; `flag_times` caches each child's flag times
    between refreshes (the workspace keeps it), filled as needed."""
    settings = settings or settings_of(state)
    flags = flags or {}
    lead = state.lead
    items: list[TriageItem] = []
    cached_times = flag_times if flag_times is not None else {}
    limits = settings.red_flags
    reach = timedelta(days=max(limits.recurrence_days, limits.cluster_days, limits.neglect_window_days,
                               limits.household_days))  # fmt: skip

    def involved(pupil_id: str, concern_id: str) -> list[RedFlag]:
        """The flags a concern is part of: only flags shown within the rules' reach after it."""
        concern = state.concerns.get(concern_id)
        pupil_flags = flags.get(pupil_id, ())
        if concern is None or not pupil_flags:
            return []
        times = cached_times.get(pupil_id)
        if times is None:  # for a bisect: flags are in the order the entries they show at happened
            times = cached_times[pupil_id] = [f.occurred_at for f in pupil_flags]
        start = bisect_left(times, concern.occurred_at)
        end = bisect_right(times, concern.occurred_at + reach)
        return [f for f in pupil_flags[start:end] if f.involves(concern_id)]

    def base(concern: Concern) -> dict[str, Any]:
        pupil = state.pupils.get(concern.pupil_id)
        ack = lead.acknowledgement(concern.concern_id)
        found = involved(concern.pupil_id, concern.concern_id)
        categories = lead.categories_of(concern.concern_id, concern.categories)
        category = categories[0]
        return {
            "concern_id": concern.concern_id,
            "pupil_id": concern.pupil_id,
            "pupil_name": pupil.full_name if pupil else "(pupil not in the directory)",
            "upn": pupil.upn if pupil else "",
            "category": category,
            "categories": categories,
            "recorded_by": who(state, concern.author_id),
            "recorded_at": concern.recorded_at,
            "occurred_at": concern.occurred_at,
            "owner": who(state, lead.owner_of(concern.concern_id)),
            "acknowledged_by": who(state, ack.by) if ack else "",
            "acknowledged_at": ack.at if ack else None,
            "flags": tuple(f.reason for f in found),
            "risk": risk_reasons(concern, categories, found, state),
            "urgent": concern.urgent and ack is None,
            "urgent_by": who(state, concern.author_id) if concern.urgent else "",
            "reopened": reopened_words(state, concern),
        }

    concerns = state.concerns.values() if concern_ids is None else [state.concerns[c] for c in concern_ids]
    imported = state.transfers.origins
    for concern in concerns:
        if lead.closure(concern.concern_id) is not None or concern.concern_id in imported:
            continue  # closed, or a record of another school's file (its leads dealt with it there)
        ack = lead.acknowledgement(concern.concern_id)
        if ack is None:
            summary = _first_line(concern.what_happened)
            due = acknowledge_by(concern, settings, tz)
            items.append(
                TriageItem(Stage.NEW, concern.concern_id, summary=summary, due_at=due,
                           clock=clock_at(due, now, settings), **base(concern))
            )  # fmt: skip
            continue
        stage, since, decision_id = decision_stage(state, concern.concern_id)
        if stage is None:
            continue
        summary = _first_line(concern.what_happened)
        if stage == Stage.AWAITING_DECISION:
            due = add_school_days(ack.at, settings.decide_within_school_days, settings.closed_days, tz)
        elif stage == Stage.AWAITING_SECOND_LEAD:
            due = add_school_days(since or now, settings.sign_off_within_school_days, settings.closed_days, tz)
            decision = lead.decisions[decision_id]
            summary = f"{decision_words(decision.decision)}: {_first_line(decision.rationale)}"
        else:
            due = add_school_days(since or now, settings.decide_within_school_days, settings.closed_days, tz)
        for_you = (
            stage in (Stage.AWAITING_SECOND_LEAD, Stage.CHALLENGED)
            and bool(viewer)
            and may_sign_off(state, decision_id, viewer)
        )
        items.append(
            TriageItem(stage, decision_id or concern.concern_id, summary=summary, due_at=due,
                       clock=clock_at(due, now, settings), for_you=for_you, **base(concern))
        )  # fmt: skip

    for referral in lead.referrals.values():
        if lead.referral_outcome(referral.entry_id) is not None:
            continue
        chase_due = referral_chase_due(state, referral.entry_id, settings, tz)
        if chase_due is None or now <= chase_due:
            continue
        referred = state.concerns.get(referral.concern_id)
        fields_ = base(referred) if referred else _pupil_only(state, referral.pupil_id, referral.by, referral.at)
        summary = f"{referral.agency}, reference {referral.reference or '(none given)'}: no response yet"
        items.append(TriageItem(Stage.CHASE_REFERRAL, referral.entry_id, summary=summary, due_at=chase_due,
                                clock=Clock.RED, **fields_))  # fmt: skip

    today = now.astimezone(tz).date()
    for action in lead.actions.values():
        if action.due is None or action.due > today or lead.action_done(action.entry_id) is not None:
            continue
        if action.entry_id in imported:
            continue  # another school's action, for its own staff
        acted_on = state.concerns.get(action.concern_id)
        fields_ = base(acted_on) if acted_on else _pupil_only(state, action.pupil_id, action.by, action.at)
        fields_["owner"] = who(state, action.owner_id) if action.owner_id else action.owner_name
        due_at = datetime.combine(action.due, datetime.max.time()).replace(tzinfo=now.tzinfo or UTC)
        items.append(TriageItem(Stage.ACTION_DUE, action.entry_id, summary=_first_line(action.text), due_at=due_at,
                                clock=Clock.RED if action.due < today else Clock.AMBER, **fields_))  # fmt: skip

    for waiting in transfers_due(state.transfers, now):  # 5 school days to confirm receipt (domain/transfer.py)
        sent = waiting.transfer
        clock = Clock.RED if waiting.overdue else clock_at(sent.due_at, now, settings)
        items.append(TriageItem(Stage.TRANSFER_RECEIPT, sent.entry_id, summary=f"File sent to {sent.to_school}: no "
                                "receipt yet", due_at=sent.due_at, clock=clock,
                                **_pupil_only(state, sent.pupil_id, sent.by, sent.sent_at)))  # fmt: skip

    items.extend(_leaver_items(state, now, settings, tz))
    items.sort(key=queue_order)
    return items


def _leaver_items(state: SchoolState, now: datetime, settings: LeadSettings, tz: tzinfo | None) -> list[TriageItem]:
    """A leaver's file to send within 5 school days of the day they left, and each brother or sister still on roll
    with a file of their own (domain/leavers.py)."""
    today = now.astimezone(tz).date()
    files = files_to_send(state, state.transfers.left.values(), today, settings.closed_days)
    items = []
    for file in files:
        leaving = file.leaving
        due_at = datetime.combine(file.due, datetime.max.time()).replace(tzinfo=now.tzinfo or UTC)
        clock = Clock.RED if file.overdue else Clock.AMBER
        siblings = "; ".join(s.words for s in file.siblings)
        summary = (
            f"Left on {leaving.left_on:%a %d %b %Y}: send the child-protection file within "
            f"{SEND_WITHIN_SCHOOL_DAYS} school days, by {file.due:%a %d %b %Y} ({file.counted})"
            + (f". Brothers and sisters: {siblings}" if siblings else "")
        )
        fields_ = _pupil_only(state, leaving.pupil_id, leaving.by, leaving.at)
        items.append(TriageItem(Stage.SEND_FILE, leaving.entry_id, summary=summary, due_at=due_at, clock=clock,
                                **fields_))  # fmt: skip
    for check in siblings_to_check(files):
        leaver = check.leaver
        name = leaver.pupil.full_name if leaver.pupil else "a brother or sister"
        summary = (
            f"{name} left on {leaver.leaving.left_on:%d %b %Y}; their file is to be sent by {leaver.due:%d %b %Y}: "
            "check this child's file and what the new school should know of the household"
        )
        due_at = datetime.combine(leaver.due, datetime.max.time()).replace(tzinfo=now.tzinfo or UTC)
        fields_ = _pupil_only(state, check.pupil_id, leaver.leaving.by, leaver.leaving.at)
        items.append(TriageItem(Stage.SIBLING_LEFT, f"{leaver.leaving.entry_id}|{check.pupil_id}", summary=summary,
                                due_at=due_at, clock=Clock.RED if leaver.overdue else Clock.AMBER,
                                **fields_))  # fmt: skip
    return items


def queue_order(item: TriageItem) -> tuple[Any, ...]:
    """Risk, then time: urgent and not yet acknowledged (0), at risk (1), the rest (2); in each, the sign-off
    requests the lead looking may give first, then the earliest due (the most overdue) first."""
    tier = 0 if item.urgent else 1 if item.risk else 2
    due = item.due_at or item.recorded_at
    return (tier, 0 if item.for_you else 1, due.timestamp(), item.entry_id)


DISCLOSURE = "disclosure"


def risk_reasons(
    concern: Concern, categories: Iterable[str], flags: Iterable[RedFlag], state: SchoolState
) -> tuple[str, ...]:
    """Why a concern goes above the rest of the queue, in words: its author's urgent tick (with who ticked it), a
    disclosure, and each strong red flag it is part of (sentinel injuries and TEN-4-FACESp are strong)."""
    found = []
    if concern.urgent:
        found.append(f"Marked urgent by {who(state, concern.author_id)}")
    if DISCLOSURE in tuple(categories):
        found.append("A disclosure")
    found.extend(f.reason for f in flags if f.strong)
    return tuple(found)


def may_sign_off(state: SchoolState, decision_id: str, account_id: str) -> bool:
    """Whether a lead may sign a decision off: not its author, and not one who already has."""
    decision = state.lead.decisions.get(decision_id)
    if decision is None or decision.by == account_id:
        return False
    return all(s.by != account_id for s in state.lead.sign_offs.get(decision_id, ()))


def reopened_words(state: SchoolState, concern: Concern) -> str:
    """Words telling the lead that this concern reopened the child's closed file, or "" (see `file_reopened_by`)."""
    closed = state.lead.closed_file(concern.pupil_id)
    if closed is None or concern.recorded_at <= closed.at:
        return ""
    return f"Reopens the file closed on {closed.occurred_at:%d %b %Y}"


def _pupil_only(state: SchoolState, pupil_id: str, by: str, at: datetime) -> dict[str, Any]:
    pupil = state.pupils.get(pupil_id)
    return {
        "concern_id": "",
        "pupil_id": pupil_id,
        "pupil_name": pupil.full_name if pupil else "(pupil not in the directory)",
        "upn": pupil.upn if pupil else "",
        "category": "",
        "recorded_by": who(state, by),
        "recorded_at": at,
        "occurred_at": at,
    }


def referral_chase_due(
    state: SchoolState, referral_id: str, settings: LeadSettings, tz: tzinfo | None = None
) -> datetime | None:
    """When to chase a referral with no outcome: its expected response, or a working day after the last chase.
    None for a referral of a file received from another school: that school made it, and chases it."""
    referral = state.lead.referrals.get(referral_id)
    if referral is None or referral_id in state.transfers.origins:
        return None
    if state.lead.referral_outcome(referral_id) is not None:
        return None
    chase = state.lead.last_chase(referral_id)
    if chase is not None:
        return max(referral.expected_by, add_working_days(chase.at, settings.referral_response_working_days, tz))
    return referral.expected_by


def _setting_value(current: Any, text: str, name: str) -> Any:
    """`text` read as the type `current` has: yes or no, a whole number, or a comma-separated list (of dates or
    words)."""
    if isinstance(current, bool):
        answer = text.strip().casefold()
        if answer in ("true", "yes", "on", "1"):
            return True
        if answer in ("false", "no", "off", "0"):
            return False
        raise ValueError(f"{name} must be true or false, not {text!r}")
    if isinstance(current, str):
        return text.strip()
    if not isinstance(current, int | tuple):
        raise ValueError(f"{name} cannot be set from the command line")
    if isinstance(current, int):
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{name} must be a whole number, not {text!r}") from None
    items = [item.strip() for item in text.split(",") if item.strip()]
    if name == "closed_days":
        try:
            return tuple(sorted({date.fromisoformat(item) for item in items}))
        except ValueError:
            raise ValueError("closed_days must be dates like 2026-12-24, separated by commas") from None
    return tuple(item.casefold() for item in items)


def change_settings(settings: LeadSettings, changes: Iterable[str]) -> LeadSettings:
    """`settings` with each `NAME=VALUE` applied (`red_flags.NAME=VALUE` for a red-flag threshold); raises
    ValueError naming the first unknown name or bad value. The result is not yet checked: see `problems()`."""
    top = {f.name for f in fields(LeadSettings)}
    flags = {f.name for f in fields(RedFlagThresholds)}
    for change in changes:
        name, equals, text = change.partition("=")
        name = name.strip()
        if not equals:
            raise ValueError(f"{change!r} is not NAME=VALUE")
        if name.startswith("red_flags."):
            field_name = name.removeprefix("red_flags.")
            if field_name not in flags:
                raise ValueError(f"unknown red-flag threshold {field_name!r}; known: {', '.join(sorted(flags))}")
            value = _setting_value(getattr(settings.red_flags, field_name), text, field_name)
            settings = replace(settings, red_flags=replace(settings.red_flags, **{field_name: value}))
        elif name in top - {"red_flags"}:
            settings = replace(settings, **{name: _setting_value(getattr(settings, name), text, name)})
        else:
            raise ValueError(f"unknown setting {name!r}; known: {', '.join(sorted(top - {'red_flags'}))}, red_flags.*")
    return settings


def describe_settings(settings: LeadSettings) -> list[str]:
    """Every setting as `NAME = VALUE`, in the form `change_settings` reads."""
    lines = []
    for f in fields(LeadSettings):
        if f.name == "red_flags":
            continue
        value = getattr(settings, f.name)
        if isinstance(value, bool):
            shown = "true" if value else "false"
        else:
            shown = ",".join(str(v) for v in value) if isinstance(value, tuple) else str(value)
        lines.append(f"{f.name} = {shown}")
    for f in fields(RedFlagThresholds):
        value = getattr(settings.red_flags, f.name)
        shown = ",".join(str(v) for v in value) if isinstance(value, tuple) else str(value)
        lines.append(f"red_flags.{f.name} = {shown}")
    return lines
