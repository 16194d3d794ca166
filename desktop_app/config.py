"""This PC's machine configuration: one documented TOML file that IT staff write once for every school PC."""

from __future__ import annotations

import os
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from desktop_app.domain.setting_checks import SSL_MODES
from desktop_app.domain.settings import (
    BACKUP_FOLDER,
    BACKUP_INTERVAL_HOURS,
    BACKUP_KEEP_LAST,
    DATA_DIR,
    ENROLMENT_FILE,
    HUB_ALLOW_INSECURE,
    HUB_SSLMODE,
    HUB_SSLROOTCERT,
    HUB_URL,
    IDLE_MINUTES,
    MACHINE_SETTINGS,
    PROTECTIVE_MARKING,
    Setting,
)
from desktop_app.errors import ServiceError
from desktop_app.file_limits import MIB, read_limited
from desktop_app.paths import APP_NAME

CONFIG_ENV = "CONCERN_LOGGER_CONFIG"  # another machine configuration file (tests, or a second install)
CONFIG_FILENAME = "config.toml"
MAX_CONFIG_BYTES = 1 * MIB  # the documented template is about 2 KiB
__all__ = [
    "BACKUP_FOLDER",
    "BACKUP_INTERVAL_HOURS",
    "BACKUP_KEEP_LAST",
    "CONFIG_ENV",
    "DATA_DIR",
    "ENROLMENT_FILE",
    "HUB_ALLOW_INSECURE",
    "HUB_SSLMODE",
    "HUB_SSLROOTCERT",
    "HUB_URL",
    "IDLE_MINUTES",
    "KEYS",
    "PROTECTIVE_MARKING",
    "SSL_MODES",
    "ConfigError",
    "HubSettings",
    "MachineConfig",
    "load_config",
    "render_config",
    "write_config",
]


class ConfigError(ServiceError):
    """The configuration file cannot be used: the message names the file, the key and the problem."""

    def __init__(self, file: Path | str, key: str, problem: str) -> None:
        where = f"{key}: " if key else ""
        super().__init__(f"Bad configuration in {file}: {where}{problem}")
        self.file = Path(file)
        self.key = key
        self.problem = problem


def machine_config_path() -> Path:
    """`CONCERN_LOGGER_CONFIG` if set; else `%ProgramData%\\ConcernLogger\\config.toml` or
    `/etc/concern-logger/config.toml`."""
    chosen = os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_NAME / CONFIG_FILENAME
    return Path("/etc/concern-logger") / CONFIG_FILENAME


def user_config_path() -> Path:
    """The per-user override file (only keys a user may shorten may be set there)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_NAME)) / CONFIG_FILENAME


# --- the keys: the machine settings of the registry (`desktop_app.domain.settings`) --------------------------------

Key = Setting  # a machine setting: its `section` and `field` in the file, its default, description and check
KEYS: tuple[Setting[Any], ...] = MACHINE_SETTINGS
_BY_DOTTED = {key.dotted: key for key in KEYS}


def key_named(dotted: str) -> Setting[Any]:
    return _BY_DOTTED[dotted]


# --- the configuration ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HubSettings:
    """What the machine configuration says about the hub: its address (with `sslmode` and `sslrootcert` added as
    libpq parameters, or None), the certificate authority file IT chose (it wins over the one an enrolment file
    carried), and whether a weaker TLS mode than verify-full may be used."""

    url: str | None = None
    sslrootcert: str | None = None
    allow_insecure: bool = False


@dataclass(frozen=True, slots=True)
class FileValues:
    """The values one configuration file set: a source for `domain.settings.resolve`."""

    where: str
    values: Mapping[str, Any]

    def held(self, setting: Setting[Any]) -> Any:
        return self.values.get(setting.dotted)


@dataclass(frozen=True, slots=True)
class MachineConfig:
    """The configuration in force on this PC: defaults, then the machine file, then the user's overrides.

    `source` is the machine file read (None when there is none); `values` maps each key's dotted name to its value;
    `from_user` names the keys the user's own file (`user_source`) set.
    """

    source: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    user_source: Path | None = None
    from_user: frozenset[str] = frozenset()

    def get(self, key: Setting[Any]) -> Any:
        return self.values.get(key.dotted, key.default)

    def sources(self) -> tuple[FileValues, FileValues]:
        """The registry's sources this configuration holds, highest first: the user's own file, the machine file."""
        mine = {dotted: value for dotted, value in self.values.items() if dotted in self.from_user}
        machine = {dotted: value for dotted, value in self.values.items() if dotted not in self.from_user}
        return FileValues(str(self.user_source), mine), FileValues(self.file_named, machine)

    def came_from(self, setting: Setting[Any]) -> str:
        """Which file set `setting`: the user's own, the machine file, or neither ("default")."""
        if setting.dotted in self.from_user:
            return str(self.user_source)
        return self.file_named if setting.dotted in self.values else "default"

    def path(self, key: Setting[Any]) -> Path | None:
        """A path key's value as a Path, or None when it is empty."""
        text = self.get(key)
        return Path(text) if text else None

    @property
    def file_named(self) -> str:
        return str(self.source) if self.source else str(machine_config_path())

    @property
    def enrolment_file(self) -> Path | None:
        return self.path(ENROLMENT_FILE)

    @property
    def idle_lock_minutes(self) -> int:
        """The file's idle-lock minutes (the window reads `ui.settings.idle_lock_minutes`, which also reads the
        per-user value older versions honoured)."""
        return int(self.get(IDLE_MINUTES))

    @property
    def protective_marking(self) -> str:
        return str(self.get(PROTECTIVE_MARKING))

    @property
    def data_dir(self) -> Path | None:
        return self.path(DATA_DIR)

    @property
    def backup_folder(self) -> Path | None:
        return self.path(BACKUP_FOLDER)

    @property
    def backup_keep_last(self) -> int:
        return int(self.get(BACKUP_KEEP_LAST))

    @property
    def backup_interval_hours(self) -> int:
        return int(self.get(BACKUP_INTERVAL_HOURS))

    def hub_address(self) -> str | None:
        """The hub URL with the TLS settings added to it as libpq parameters; None when no hub is configured."""
        url = str(self.get(HUB_URL)).strip()
        if not url:
            return None
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        extra = [("sslmode", self.get(HUB_SSLMODE)), ("sslrootcert", self.get(HUB_SSLROOTCERT))]
        query += [(name, value) for name, value in extra if value]
        return urlunsplit(parts._replace(query=urlencode(query, safe="/:\\")))

    def hub(self) -> HubSettings:
        """The hub settings in force (see HubSettings)."""
        root = self.get(HUB_SSLROOTCERT)
        return HubSettings(self.hub_address(), str(root) if root else None, bool(self.get(HUB_ALLOW_INSECURE)))

    def problem(self, key: Setting[Any], text: str) -> ConfigError:
        """An error about one key of this configuration (for checks made when the key is used)."""
        return ConfigError(self.file_named, key.dotted, text)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = read_limited(path, MAX_CONFIG_BYTES, "a configuration file")
        text = data.decode("utf-8").removeprefix("\ufeff")  # Notepad may add a byte-order mark
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        advice = "text values go in quotes; for Windows paths use single quotes, as in 'C:\\Schools\\school.json'"
        raise ConfigError(path, "", f"not valid TOML ({exc}); {advice}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(path, "", "not valid TOML (the file must be saved as UTF-8)") from exc
    except OSError as exc:
        raise ConfigError(path, "", f"cannot be read ({exc.strerror or exc})") from exc


def _flatten(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """`{"hub": {"url": ...}}` as `{"hub.url": ...}`, refusing unknown sections and keys (a typo would be lost)."""
    flat: dict[str, Any] = {}
    sections = sorted({key.section for key in KEYS})
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(path, section, f"is not a section; the sections are {', '.join(sections)}")
        for name, value in table.items():
            dotted = f"{section}.{name}"
            if dotted not in _BY_DOTTED:
                known = [key.field for key in KEYS if key.section == section]
                if known:
                    hint = f"the keys of [{section}] are {', '.join(known)}"
                else:
                    hint = f"the sections are {', '.join(sections)}"
                raise ConfigError(path, dotted, f"is not a configuration key; {hint}")
            flat[dotted] = value
    return flat


def _checked(path: Path, flat: dict[str, Any]) -> dict[str, Any]:
    """Each value checked; paths expanded (~, environment variables) and made absolute beside the file."""
    values: dict[str, Any] = {}
    for dotted, value in flat.items():
        key = _BY_DOTTED[dotted]
        problem = key.problem(value)
        if problem:
            raise ConfigError(path, dotted, problem)
        if key.is_path and value:
            expanded = Path(os.path.expanduser(os.path.expandvars(value)))
            value = str(expanded if expanded.is_absolute() else (path.parent / expanded))
        values[dotted] = value
    sslrootcert = values.get(HUB_SSLROOTCERT.dotted)
    if sslrootcert and not Path(sslrootcert).is_file():
        raise ConfigError(path, HUB_SSLROOTCERT.dotted, f"there is no file {sslrootcert}")
    url = str(values.get(HUB_URL.dotted, ""))
    for key in (HUB_SSLMODE, HUB_SSLROOTCERT):
        if values.get(key.dotted) and key.field in {k for k, _ in parse_qsl(urlsplit(url).query)}:
            raise ConfigError(path, key.dotted, f"is set both here and inside {HUB_URL.dotted}; set it once")
    return values


def _override(user_path: Path, machine: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    merged = dict(machine)
    for dotted, value in user.items():
        key = _BY_DOTTED[dotted]
        if not key.user_may_shorten:
            raise ConfigError(user_path, dotted, f"may only be set by IT staff, in {machine_config_path()}")
        limit = machine.get(dotted, key.default)
        if value > limit:
            raise ConfigError(user_path, dotted, f"may only be shorter than this PC's {limit} minutes, not {value}")
        merged[dotted] = value
    return merged


def load_config(path: Path | None = None, user_path: Path | None = None) -> MachineConfig:
    """The configuration in force: the machine file (none is fine, unless CONCERN_LOGGER_CONFIG names a missing
    one), then the user's file for the keys a user may shorten. Raises ConfigError naming the file, the key and the
    problem."""
    explicit = path is None and bool(os.environ.get(CONFIG_ENV))  # a file named on purpose must be there
    path = path if path is not None else machine_config_path()
    machine: dict[str, Any] = {}
    source: Path | None = None
    if path.is_file():
        machine = _checked(path, _flatten(path, _read_toml(path)))
        source = path
    elif explicit or path.exists():
        raise ConfigError(path, "", "there is no such file" if not path.exists() else "is not a file")
    user_path = user_path if user_path is not None else user_config_path()
    user: dict[str, Any] = {}
    if user_path.is_file():
        user = _checked(user_path, _flatten(user_path, _read_toml(user_path)))
        machine = _override(user_path, machine, user)
    return MachineConfig(source, machine, user_path if user else None, frozenset(user))


# --- writing the machine file (the Windows installer and `concern-logger configure`) -----------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if "'" not in text and "\n" not in text:
        return f"'{text}'"  # a literal string: Windows paths need no escaping
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render_config(values: Mapping[str, Any]) -> str:
    """The documented file: every key with its description; keys not in `values` are left commented out."""
    lines = [
        "# Concern Logger machine configuration. Every school PC reads this one file at start.",
        "# Text goes in quotes; use single quotes for Windows paths ('C:\\Schools\\file.json').",
        "# Relative paths are taken from this file's folder. A bad value stops the app with one message",
        "# naming this file, the key and the problem. Never put a password here.",
    ]
    section = ""
    for key in KEYS:
        if key.section != section:
            section = key.section
            lines += ["", f"[{section}]"]
        lines.append(f"# {key.description}")
        if key.user_may_shorten:
            lines.append(f"# A user may choose a shorter time in their own {CONFIG_FILENAME} ([{key.section}] only).")
        if key.dotted in values:
            lines.append(f"{key.field} = {_toml_value(values[key.dotted])}")
        else:
            lines.append(f"# {key.field} = {_toml_value(key.default)}")
    return "\n".join(lines) + "\n"


def write_config(path: Path, changes: Mapping[str, Any]) -> MachineConfig:
    """Set the given keys in the machine file (keeping every other value already set), whole or not at all.

    Each value is checked as when reading; an empty text value removes the key. Returns the new configuration.
    """
    values: dict[str, Any] = {}
    if path.is_file():
        values = dict(_flatten(path, _read_toml(path)))
    for dotted, value in changes.items():
        if dotted not in _BY_DOTTED:
            raise ConfigError(path, dotted, "is not a configuration key")
        if value == "":
            values.pop(dotted, None)
        else:
            values[dotted] = value
    _checked(path, values)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".config-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(render_config(values))
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return load_config(path, user_path=Path(os.devnull))
