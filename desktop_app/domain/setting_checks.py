"""What a setting's value may be: the checks the declarations name, and the limits and word lists they hold to."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Check = Callable[[object], str]  # the problem with a value, in words ("" when it is fine)

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_SECRET_QUERY = {"password", "sslpassword"}


def whole_number(low: int, high: int) -> Check:
    """A whole number from `low` to `high`."""

    def check(value: object) -> str:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number from {low} to {high}, not {value!r}"
        return "" if low <= value <= high else f"must be from {low} to {high}, not {value}"

    return check


def text(value: object) -> str:
    return "" if isinstance(value, str) else f"must be text in quotes, not {value!r}"


def true_or_false(value: object) -> str:
    return "" if isinstance(value, bool) else f"must be true or false (no quotes), not {value!r}"


def hub_url(value: object) -> str:
    if not isinstance(value, str):
        return f"must be text in quotes, not {value!r}"
    if not value.strip():
        return ""
    try:
        parts = urlsplit(value.strip())
        password = parts.password
    except ValueError:
        return "is not in the form postgresql://ROLE@HOST/DATABASE"
    if parts.scheme not in {"postgresql", "postgres"}:
        return "must start with postgresql:// (for example postgresql://concern_app@hub.school.local/concern_logger)"
    if password is not None or _SECRET_QUERY & {k.lower() for k, _ in parse_qsl(parts.query)}:
        return (
            "must not contain a password: put it in this PC's PostgreSQL password file "
            "(PGPASSFILE or ~/.pgpass) or a service file instead"
        )
    return ""


def sslmode(value: object) -> str:
    if not isinstance(value, str):
        return f"must be text in quotes, not {value!r}"
    return "" if value in ("", *SSL_MODES) else f"must be one of {', '.join(SSL_MODES)}, not {value!r}"


def marking(value: object) -> str:
    if not isinstance(value, str):
        return f"must be text in quotes, not {value!r}"
    return "" if len(value) <= 60 and value.isprintable() else "must be one line of at most 60 characters"


def one_of(*allowed: str) -> Check:
    def check(value: object) -> str:
        return "" if value in allowed else f"must be one of {', '.join(repr(a) for a in allowed)}, not {value!r}"

    return check


def zone_named(name: str) -> ZoneInfo | None:
    """The time zone of an IANA name, or None when it is not one (or not known on this computer)."""
    if not name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def school_days(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 30:
        return f"must be 1 to 30 (not {value})"
    return ""


def amber_hours(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 72:
        return "must be 0 to 72"
    return ""


def time_zone(value: object) -> str:
    if isinstance(value, str) and zone_named(value) is not None:
        return ""
    return f"{value!r} is not a known time zone (e.g. Europe/London)"


DEFAULT_TIME_ZONE = "Europe/London"
RETENTION_YEARS = 25  # the IRMS toolkit: a child-protection file is kept to the date of birth + 25 years
MAX_RETENTION_YEARS = 100


def retention_years(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or not RETENTION_YEARS <= value <= MAX_RETENTION_YEARS:
        return (
            f"must be {RETENTION_YEARS} to {MAX_RETENTION_YEARS} (not {value}): "
            f"a file is kept at least {RETENTION_YEARS} years after the date of birth"
        )
    return ""


# The parts of a child's file a school may mark internal (left out of a pack's external version), in words.
INTERNAL_PARTS = {
    "opinion": "staff members' opinions (kept apart from fact on each concern)",
    "actions": "the actions a lead set for staff, and their completion",
    "sign-offs": "second leads' sign-offs of decisions (agreeing or challenging, with their comments)",
}


def internal_parts(value: object) -> str:
    parts = value if isinstance(value, tuple | list) else ()
    unknown = [str(part) for part in parts if part not in INTERNAL_PARTS]
    if unknown:
        return f"must be among {', '.join(INTERNAL_PARTS)} (not {', '.join(unknown)})"
    return ""
