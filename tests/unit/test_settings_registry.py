"""The settings registry: each setting declared once, no setting read by name outside it and its backends, the
school's signed settings shaped by it, the hub address resolved in one order, and old files read as before."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.config import CONFIG_ENV, ConfigError, HubSettings, load_config
from desktop_app.domain import settings as declared
from desktop_app.domain.red_flags import RedFlagThresholds
from desktop_app.domain.settings import (
    HUB_ADDRESS_PRECEDENCE,
    IDLE_MINUTES,
    LEAD_SETTINGS,
    REGISTRY,
    Kept,
    Resolved,
    Scope,
    resolve,
)
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.services.enrolment import hub_url_in_force, keep_hub_url, kept_hub_url
from desktop_app.services.errors import ServiceError

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"
# The registry, and the one backend of each place a setting is kept: only they may name a setting by its key.
BACKENDS = {
    "desktop_app/domain/settings.py",  # the declarations
    "desktop_app/config.py",  # config.toml
    "desktop_app/ui/settings.py",  # QSettings
    "desktop_app/domain/triage/lead_settings.py",  # the lead's signed settings (LeadSettings: its payload)
}
QSETTINGS_HOME = "desktop_app/ui/settings.py"
_READS = {"get", "set", "value", "setValue", "get_or_create", "contains", "remove"}


def _distinct_names() -> set[str]:
    """Keys no other code would spell by chance: the machine file's, QSettings', the store's."""
    found = {s.key for s in REGISTRY if s.kept is not Kept.LEAD_SETTINGS}
    return found | {s.also_read for s in REGISTRY if s.also_read}


def _lead_names() -> set[str]:
    return {s.key for s in LEAD_SETTINGS}


def settings_read_by_name(source: str, where: str) -> list[str]:
    """Where `source` names a setting outside the registry: QSettings made or read directly, a distinctive key spelt
    out anywhere, or a school setting's name read from a mapping (`.get("time_zone")`, `payload["closed_days"]`)."""
    found: list[str] = []
    distinct, lead = _distinct_names(), _lead_names()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name | ast.Attribute) and where != QSETTINGS_HOME:
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name == "QSettings":
                found.append(f"{where}:{node.lineno} uses QSettings (only {QSETTINGS_HOME} may)")
        elif isinstance(node, ast.ImportFrom) and where != QSETTINGS_HOME:
            if any(alias.name == "QSettings" for alias in node.names):
                found.append(f"{where}:{node.lineno} imports QSettings (only {QSETTINGS_HOME} may)")
        elif isinstance(node, ast.Constant) and node.value in distinct:
            found.append(f"{where}:{node.lineno} spells the setting {node.value!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _READS:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and first.value in lead:
                found.append(f"{where}:{node.lineno} reads the setting {first.value!r} by name")
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Load)
            and isinstance(node.slice, ast.Constant)
            and node.slice.value in lead
        ):
            found.append(f"{where}:{node.lineno} reads the setting {node.slice.value!r} by name")
    return found


_named = settings_read_by_name


def _modules() -> list[tuple[str, str]]:
    return [
        (path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "ui/forms" not in path.as_posix()
    ]


def test_no_setting_is_read_by_name_outside_the_registry_and_its_backends() -> None:
    found = [
        problem
        for where, source in _modules()
        if where not in BACKENDS
        for problem in settings_read_by_name(source, where)
    ]
    assert found == []


def test_the_scan_finds_a_setting_read_by_name() -> None:
    scratch = """
from PySide6.QtCore import QSettings
language = QSettings("ConcernLogger", "ConcernLogger").value("ui/language")
minutes = config.values["lock.idle_minutes"]
hub = store.settings.get("hub_url")
zone = payload.get("time_zone")
days = payload["closed_days"]
row["time_zone"] = zone  # writing a field of one's own output is not reading a setting
"""
    found = settings_read_by_name(scratch, "desktop_app/services/scratch.py")
    assert len(found) == 7, found
    assert not any(":8 " in problem for problem in found)


def test_each_setting_is_declared_once_in_the_registry() -> None:
    keys = [s.key for s in REGISTRY]
    assert len(keys) == len(set(keys))
    assert {s.scope for s in REGISTRY} == set(Scope) and {s.kept for s in REGISTRY} == set(Kept)
    for setting in REGISTRY:
        assert setting.description and setting.problem(setting.default) == "", setting.key
    made_elsewhere = []
    for where, source in _modules():
        if where == "desktop_app/domain/settings.py":
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Setting":
                made_elsewhere.append(f"{where}:{node.lineno}")
    assert made_elsewhere == [], "a setting declared outside domain/settings.py"


def test_the_school_settings_are_the_registrys() -> None:
    """LeadSettings holds the values of the registry's school settings: the same names, defaults and checks."""
    assert [f.name for f in fields(LeadSettings)] == [s.key for s in LEAD_SETTINGS]
    base = LeadSettings()
    for setting in LEAD_SETTINGS:
        if setting is not declared.RED_FLAGS:
            assert getattr(base, setting.key) == setting.default, setting.key
    assert base.red_flags == RedFlagThresholds()
    bad = LeadSettings(acknowledge_within_school_days=0, amber_hours_before_due=-5, time_zone="Mars/Base")
    assert bad.problems() == [
        "acknowledge within school days must be 1 to 30 (not 0)",
        "amber hours before due must be 0 to 72",
        "time zone 'Mars/Base' is not a known time zone (e.g. Europe/London)",
    ]
    # A signed payload with a bad value keeps the defaults for the clocks, as before.
    assert LeadSettings.from_payload({"decide_within_school_days": -5}).decide_within_school_days == 3


def test_resolve_takes_the_first_place_that_holds_a_value() -> None:
    class Place:
        def __init__(self, where: str, values: dict[str, object]) -> None:
            self.where, self._values = where, values

        def held(self, setting: object) -> object:
            return self._values.get(setting.key)  # type: ignore[attr-defined]

    high, low = Place("high", {}), Place("low", {IDLE_MINUTES.key: 9})
    assert resolve(IDLE_MINUTES, [high, low]) == Resolved(IDLE_MINUTES, 9, "low")
    assert resolve(IDLE_MINUTES, []) == Resolved(IDLE_MINUTES, 5, "default")


def test_the_hub_address_comes_from_one_place_in_one_order() -> None:
    given, configured, kept = "postgresql://a@given/db", "postgresql://a@it/db", "postgresql://a@kept/db"
    it = HubSettings(url=configured)
    assert HUB_ADDRESS_PRECEDENCE == ("--hub", "hub.url", "hub_url")
    assert hub_url_in_force(given, it, kept) == (given, "--hub")
    assert hub_url_in_force(None, it, kept) == (configured, "the machine configuration")
    assert hub_url_in_force(None, HubSettings(), kept) == (kept, "this PC's store")
    assert hub_url_in_force(None, None, None) == (None, "")


def test_the_store_keeps_its_hub_address_as_before_and_refuses_a_password(school) -> None:  # type: ignore[no-untyped-def]
    store = school.store
    store.settings.set("hub_url", "postgresql://concern_app@old.school/concern_logger")  # as a store made before
    assert kept_hub_url(store) == "postgresql://concern_app@old.school/concern_logger"
    with pytest.raises(ServiceError, match="must not contain a password"):
        keep_hub_url(store, "postgresql://concern_app:hunter2@hub/concern_logger")
    assert kept_hub_url(store) == "postgresql://concern_app@old.school/concern_logger", "nothing was changed"


# --- an existing install's config.toml reads the same -----------------------------------------------------------

OLD_CONFIG = """\
# Concern Logger machine configuration, as `concern-logger configure` wrote it before the registry.
[school]
enrolment_file = 'hillside.enrolment.json'

[hub]
url = 'postgresql://concern_app@hub.school.local/concern_logger'
sslmode = 'verify-full'
allow_insecure = false

[lock]
idle_minutes = 10

[marking]
protective_marking = 'OFFICIAL'

[backup]
folder = 'C:\\Backups'
keep_last = 30
interval_hours = 12
"""


def test_an_existing_config_file_reads_the_same_values(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(OLD_CONFIG, encoding="utf-8")
    config = load_config(path, tmp_path / "no-user.toml")
    assert config.enrolment_file == tmp_path / "hillside.enrolment.json"
    assert config.hub_address() == "postgresql://concern_app@hub.school.local/concern_logger?sslmode=verify-full"
    assert (config.idle_lock_minutes, config.protective_marking) == (10, "OFFICIAL")
    assert (config.backup_keep_last, config.backup_interval_hours) == (30, 12)
    assert config.came_from(IDLE_MINUTES) == str(path) and config.came_from(declared.DATA_DIR) == "default"
    user = tmp_path / "user.toml"
    user.write_text("[lock]\nidle_minutes = 3\n", encoding="utf-8")
    shortened = load_config(path, user)
    assert shortened.idle_lock_minutes == 3 and shortened.came_from(IDLE_MINUTES) == str(user)
    assert resolve(IDLE_MINUTES, shortened.sources()) == Resolved(IDLE_MINUTES, 3, str(user))
    assert resolve(declared.BACKUP_KEEP_LAST, shortened.sources()) == Resolved(declared.BACKUP_KEEP_LAST, 30, str(path))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[lock]\nidle_minutes = -5\n", "lock.idle_minutes: must be from 1 to 120, not -5"),
        ('[lock]\nidle_minutes = "ten"\n', "lock.idle_minutes: must be a whole number from 1 to 120, not 'ten'"),
        ('[backup]\nkeep_last = "30"\n', "backup.keep_last: must be a whole number from 1 to 1000, not '30'"),
    ],
)
def test_a_bad_value_gets_one_message_naming_the_setting_and_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path, tmp_path / "no-user.toml")
    assert str(raised.value) == f"Bad configuration in {path}: {message}"


def test_configure_list_names_each_setting_its_scope_value_and_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(OLD_CONFIG, encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert main(["--data-dir", str(tmp_path / "no-store"), "configure", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    by_name = {line.split()[0]: line for line in lines}
    assert set(by_name) >= {s.key for s in REGISTRY}
    assert by_name[IDLE_MINUTES.key].split()[1:3] == ["machine", "10"] and by_name[IDLE_MINUTES.key].endswith(str(path))
    assert by_name[declared.BACKUP_KEEP_LAST.key].split()[2] == "30"
    assert "default" in by_name[declared.DATA_DIR.key]
    assert "user on this PC" in by_name[declared.UI_LANGUAGE.key]
    assert "sealed to the team" in by_name[declared.TIME_ZONE.key]
    assert any("hub.school.local" in line and "machine configuration" in line for line in lines)
    path.write_text("[lock]\nidle_minutes = -5\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "no-store"), "configure", "--list"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"error: Bad configuration in {path}: lock.idle_minutes: must be from 1 to 120, not -5"


def test_configure_list_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(OLD_CONFIG, encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert main(["--data-dir", str(tmp_path / "no-store"), "configure", "--list", "--idle-lock-minutes", "3"]) == 2
    assert "--list writes nothing" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == OLD_CONFIG
