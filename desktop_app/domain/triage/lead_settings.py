"""The lead's signed settings (LeadSettings): every clock and threshold a school tunes, read, changed and described."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, tzinfo
from typing import Any

from desktop_app.domain import settings as declared
from desktop_app.domain.records import SchoolState
from desktop_app.domain.red_flags import RedFlagThresholds
from desktop_app.domain.setting_checks import (
    DEFAULT_TIME_ZONE,
    INTERNAL_PARTS,
    MAX_RETENTION_YEARS,
    RETENTION_YEARS,
    zone_named,
)

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
            retention_years=max(RETENTION_YEARS, min(settings.retention_years, MAX_RETENTION_YEARS)),
        )


def settings_of(state: SchoolState) -> LeadSettings:
    """The school's settings: the latest a lead saved, or the defaults."""
    record = state.lead.latest_settings()
    return LeadSettings.from_payload(record.payload) if record else LeadSettings()


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
