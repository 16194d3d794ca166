"""Every setting of the app, declared once: its name, type, default, scope, where it is kept, and its check."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from desktop_app.domain.setting_checks import (
    DEFAULT_TIME_ZONE,
    RETENTION_YEARS,
    Check,
    amber_hours,
    hub_url,
    internal_parts,
    marking,
    one_of,
    retention_years,
    school_days,
    sslmode,
    text,
    time_zone,
    true_or_false,
    whole_number,
)

T = TypeVar("T")


class Scope(enum.StrEnum):
    """Who a setting belongs to."""

    MACHINE = "machine"  # this PC, set by IT staff for every user
    USER = "user on this PC"  # one person's window state on one PC (never child data or secrets)
    SCHOOL = "school"  # the whole school: the lead's signed settings, or what this PC's store was enrolled with


class Kept(enum.StrEnum):
    """Where a setting's value is kept (each place has one backend, in the layer that owns it)."""

    CONFIG_FILE = "config.toml"  # `desktop_app.config`: the machine file, and a user's own file for a shorter value
    QSETTINGS = "QSettings"  # `desktop_app.ui.settings`: the person's window state
    STORE = "the store's local settings"  # `desktop_app.storage.log.LocalSettings`
    LEAD_SETTINGS = "the lead's signed settings"  # `domain.triage.lead_settings.LeadSettings`, sealed to the team


def _anything(_value: object) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting. `key` is its name where it is kept (the TOML `section.name`, the QSettings key, the store's key,
    the signed payload's field). `user_may_shorten`: a user's own config.toml may set a smaller value. `also_read`:
    an older place (a QSettings key) read for existing installs when the file sets nothing; never written."""

    key: str
    kind: type
    default: T
    scope: Scope
    kept: Kept
    description: str
    check: Check = _anything
    user_may_shorten: bool = False
    is_path: bool = False
    also_read: str = ""

    @property
    def section(self) -> str:
        """The TOML section of a machine setting (`hub` of `hub.url`)."""
        return self.key.partition(".")[0]

    @property
    def field(self) -> str:
        """The name inside its TOML section (`url` of `hub.url`)."""
        return self.key.partition(".")[2]

    @property
    def dotted(self) -> str:
        return self.key

    def problem(self, value: object) -> str:
        """What is wrong with `value` for this setting ("" when nothing is)."""
        return self.check(value)


ENROLMENT_FILE: Setting[str] = Setting(
    "school.enrolment_file",
    str,
    "",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "The school's enrolment file: a new PC joins that school at first start.",
    text,
    is_path=True,
)
HUB_URL: Setting[str] = Setting(
    "hub.url",
    str,
    "",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "The hub: postgresql://ROLE@HOST[:PORT]/DATABASE, never with a password.",
    hub_url,
)
HUB_SSLMODE: Setting[str] = Setting(
    "hub.sslmode",
    str,
    "",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "TLS to the hub (empty: verify-full, which checks its certificate and name; weaker modes need allow_insecure).",
    sslmode,
)
HUB_SSLROOTCERT: Setting[str] = Setting(
    "hub.sslrootcert",
    str,
    "",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "The authority that signed the hub's certificate (empty: the one this PC's enrolment file carried).",
    text,
    is_path=True,
)
HUB_ALLOW_INSECURE: Setting[bool] = Setting(
    "hub.allow_insecure",
    bool,
    False,
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "true lets a weaker sslmode named in the hub address be used (this PC then cannot tell an impostor): leave false.",
    true_or_false,
)
IDLE_MINUTES: Setting[int] = Setting(
    "lock.idle_minutes",
    int,
    5,
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "Minutes without keyboard or mouse use before the app locks itself (1 to 120).",
    whole_number(1, 120),
    user_may_shorten=True,
    also_read="lock/idle_minutes",  # QSettings: read when no config.toml sets it (never written by the app)
)
PROTECTIVE_MARKING: Setting[str] = Setting(
    "marking.protective_marking",
    str,
    "OFFICIAL-SENSITIVE",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "Shown in every window title (empty: none).",
    marking,
)
DATA_DIR: Setting[str] = Setting(
    "storage.data_dir",
    str,
    "",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "The school's data folder (empty: each user's own data folder).",
    text,
    is_path=True,
)
BACKUP_FOLDER: Setting[str] = Setting(
    "backup.folder",
    str,
    "",
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "Where scheduled backups go (empty: no scheduled backups).",
    text,
    is_path=True,
)
BACKUP_KEEP_LAST: Setting[int] = Setting(
    "backup.keep_last",
    int,
    14,
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "How many scheduled backups to keep (1 to 1000).",
    whole_number(1, 1000),
)
BACKUP_INTERVAL_HOURS: Setting[int] = Setting(
    "backup.interval_hours",
    int,
    24,
    Scope.MACHINE,
    Kept.CONFIG_FILE,
    "Hours between scheduled backups (1 to 720).",
    whole_number(1, 720),
)

# --- user on this PC: QSettings (window state only) --------------------------------------------------------------

SIGN_IN_GEOMETRY: Setting[bytes] = Setting(
    "geometry/sign_in_window", bytes, b"", Scope.USER, Kept.QSETTINGS, "Where the sign-in window was, and its size"
)
MAIN_WINDOW_GEOMETRY: Setting[bytes] = Setting(
    "geometry/main_window", bytes, b"", Scope.USER, Kept.QSETTINGS, "Where the main window was, and its size"
)
UI_LANGUAGE: Setting[str] = Setting(
    "ui/language",
    str,
    "",
    Scope.USER,
    Kept.QSETTINGS,
    "The windows' language: empty follows the PC's language; en, cy (Welsh) or pseudo (stretched, for layout checks)",
    one_of("", "en", "cy", "pseudo"),
)

# --- school: this PC's store, and the lead's signed settings -----------------------------------------------------

STORE_HUB_URL: Setting[str] = Setting(
    "hub_url",
    str,
    "",
    Scope.SCHOOL,
    Kept.STORE,
    "The hub this PC's store was joined to or set up with (from --hub, the machine file or the enrolment file).",
    hub_url,
)
ACKNOWLEDGE_WITHIN: Setting[int] = Setting(
    "acknowledge_within_school_days",
    int,
    1,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "School days a lead has to acknowledge a concern (1 to 30).",
    school_days,
)
DECIDE_WITHIN: Setting[int] = Setting(
    "decide_within_school_days",
    int,
    3,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "School days a lead has to decide on a concern (1 to 30).",
    school_days,
)
SIGN_OFF_WITHIN: Setting[int] = Setting(
    "sign_off_within_school_days",
    int,
    1,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "School days a second lead has to sign off a decision (1 to 30).",
    school_days,
)
AMBER_HOURS: Setting[int] = Setting(
    "amber_hours_before_due",
    int,
    4,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "Hours before a clock is due that it turns amber (0 to 72).",
    amber_hours,
)
REFERRAL_RESPONSE_WITHIN: Setting[int] = Setting(
    "referral_response_working_days",
    int,
    1,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "Working days before a referral without a response is chased (1 to 30).",
    school_days,
)
CLOSED_DAYS: Setting[tuple[object, ...]] = Setting(
    "closed_days",
    tuple,
    (),
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "Days the school is closed (holidays, training days): school-day clocks skip them.",
)
SECOND_LOOK: Setting[bool] = Setting(
    "second_look_every_decision_not_to_refer",
    bool,
    False,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "A second lead looks at every decision not to refer, flagged or not (off: only those with a red flag open).",
    true_or_false,
)
TIME_ZONE: Setting[str] = Setting(
    "time_zone",
    str,
    DEFAULT_TIME_ZONE,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "The school's time zone (an IANA name): packs print times in it, with the zone's name.",
    time_zone,
)
INTERNAL: Setting[tuple[str, ...]] = Setting(
    "internal_parts",
    tuple,
    (),
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "What the school marks internal: left out of a pack's external version.",
    internal_parts,
)
RETENTION: Setting[int] = Setting(
    "retention_years",
    int,
    RETENTION_YEARS,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "How long a child's file is kept after their date of birth (IRMS toolkit: 25 years); a school may set longer.",
    retention_years,
)
RED_FLAGS: Setting[object] = Setting(
    "red_flags",
    object,
    None,
    Scope.SCHOOL,
    Kept.LEAD_SETTINGS,
    "The red-flag thresholds (red_flags.NAME; each with its own default in domain/red_flags/thresholds.py).",
)

MACHINE_SETTINGS: tuple[Setting[Any], ...] = (
    ENROLMENT_FILE,
    HUB_URL,
    HUB_SSLMODE,
    HUB_SSLROOTCERT,
    HUB_ALLOW_INSECURE,
    IDLE_MINUTES,
    PROTECTIVE_MARKING,
    DATA_DIR,
    BACKUP_FOLDER,
    BACKUP_KEEP_LAST,
    BACKUP_INTERVAL_HOURS,
)
USER_SETTINGS: tuple[Setting[Any], ...] = (SIGN_IN_GEOMETRY, MAIN_WINDOW_GEOMETRY, UI_LANGUAGE)
LEAD_SETTINGS: tuple[Setting[Any], ...] = (
    ACKNOWLEDGE_WITHIN,
    DECIDE_WITHIN,
    SIGN_OFF_WITHIN,
    AMBER_HOURS,
    REFERRAL_RESPONSE_WITHIN,
    CLOSED_DAYS,
    RED_FLAGS,
    SECOND_LOOK,
    TIME_ZONE,
    INTERNAL,
    RETENTION,
)
SCHOOL_SETTINGS: tuple[Setting[Any], ...] = (STORE_HUB_URL, *LEAD_SETTINGS)
REGISTRY: tuple[Setting[Any], ...] = (*MACHINE_SETTINGS, *USER_SETTINGS, *SCHOOL_SETTINGS)


def kept_in(kept: Kept) -> tuple[Setting[Any], ...]:
    """The settings kept in one place, in the registry's order."""
    return tuple(setting for setting in REGISTRY if setting.kept is kept)


# --- reading: one value from the places that may hold it, with where it came from --------------------------------


class Source(Protocol):
    """One place a setting may be read from (a backend): the value it holds for a setting, or None."""

    @property
    def where(self) -> str: ...

    def held(self, setting: Setting[T]) -> T | None: ...


@dataclass(frozen=True, slots=True)
class Resolved(Generic[T]):
    """A setting's value in force and where it came from ("default" when no place holds one)."""

    setting: Setting[T]
    value: T
    source: str


def resolve(setting: Setting[T], sources: Iterable[Source]) -> Resolved[T]:
    """The first value held for `setting` among `sources` (highest precedence first), else its default."""
    for source in sources:
        value = source.held(setting)
        if value is not None:
            return Resolved(setting, value, source.where)
    return Resolved(setting, setting.default, "default")


def resolve_all(settings: Sequence[Setting[Any]], sources: Sequence[Source]) -> list[Resolved[Any]]:
    return [resolve(setting, sources) for setting in settings]


# The hub address in force, highest first: the command line's --hub (a one-off), the machine file's [hub] url (IT
# deploys it to every PC), the address kept in this PC's store when it joined or set up its hub (which was itself
# --hub, else the machine file, else the enrolment file's). `services.enrolment.hub_url_in_force` applies it.
HUB_ADDRESS_PRECEDENCE = ("--hub", HUB_URL.key, STORE_HUB_URL.key)
