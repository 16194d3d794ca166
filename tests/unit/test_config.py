"""The machine configuration: one documented TOML file, per-user overrides only where allowed, and one clear
message naming the file, the key and the problem."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.config import (
    CONFIG_ENV,
    IDLE_MINUTES,
    KEYS,
    ConfigError,
    MachineConfig,
    load_config,
    render_config,
    write_config,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "config" / "config.example.toml"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def no_user_file(tmp_path: Path) -> Path:
    return tmp_path / "no-user" / "config.toml"


def test_no_file_gives_the_documented_defaults(tmp_path: Path, no_user_file: Path, monkeypatch) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    config = load_config(tmp_path / "absent.toml", no_user_file)
    assert config.source is None and config.hub_address() is None and config.enrolment_file is None
    assert config.idle_lock_minutes == 5 and config.came_from(IDLE_MINUTES) == "default"
    assert config.protective_marking == "OFFICIAL-SENSITIVE"
    assert config.backup_folder is None and config.backup_keep_last == 14 and config.backup_interval_hours == 24


def test_every_key_is_read_and_paths_are_taken_from_the_files_folder(tmp_path: Path, no_user_file: Path) -> None:
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    path = _write(
        tmp_path / "config.toml",
        """
[school]
enrolment_file = "hillside.enrolment.json"
[hub]
url = "postgresql://concern_app@hub.school.local:5432/concern_logger"
sslmode = "verify-full"
sslrootcert = "ca.pem"
[lock]
idle_minutes = 3
[marking]
protective_marking = ""
[storage]
data_dir = "/srv/concern-logger"
[backup]
folder = "backups"
keep_last = 7
interval_hours = 12
""",
    )
    config = load_config(path, no_user_file)
    assert config.source == path
    assert config.enrolment_file == tmp_path / "hillside.enrolment.json"
    assert config.hub_address() == (
        "postgresql://concern_app@hub.school.local:5432/concern_logger"
        f"?sslmode=verify-full&sslrootcert={tmp_path / 'ca.pem'}"
    )
    assert config.idle_lock_minutes == 3 and config.came_from(IDLE_MINUTES) == str(path)
    assert config.protective_marking == ""
    assert config.data_dir == Path("/srv/concern-logger")
    assert config.backup_folder == tmp_path / "backups"
    assert (config.backup_keep_last, config.backup_interval_hours) == (7, 12)


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ('[hub]\nurl = "postgresql://app:secret@hub/db"\n', "hub.url", "must not contain a password"),
        ('[hub]\nurl = "postgresql://app@hub/db?password=x"\n', "hub.url", "must not contain a password"),
        ('[hub]\nurl = "mysql://app@hub/db"\n', "hub.url", "must start with postgresql://"),
        ('[hub]\nsslmode = "sometimes"\n', "hub.sslmode", "must be one of disable"),
        ('[hub]\nsslrootcert = "missing.pem"\n', "hub.sslrootcert", "there is no file"),
        ("[lock]\nidle_minutes = 0\n", "lock.idle_minutes", "must be from 1 to 120, not 0"),
        ('[lock]\nidle_minutes = "five"\n', "lock.idle_minutes", "must be a whole number"),
        ("[lock]\nidle_minuts = 5\n", "lock.idle_minuts", "is not a configuration key; the keys of [lock] are"),
        ("[locks]\nidle_minutes = 5\n", "locks.idle_minutes", "is not a configuration key; the sections are"),
        ('hub = "x"\n', "hub", "is not a section"),
        ("[backup]\nkeep_last = 0\n", "backup.keep_last", "must be from 1 to 1000"),
        ("[storage]\ndata_dir = 7\n", "storage.data_dir", "must be text in quotes"),
    ],
)
def test_a_bad_value_names_the_file_the_key_and_the_problem(
    tmp_path: Path, no_user_file: Path, text: str, key: str, problem: str
) -> None:
    path = _write(tmp_path / "config.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, no_user_file)
    message = str(caught.value)
    assert message.startswith(f"Bad configuration in {path}: {key}: ")
    assert problem in message
    assert "secret" not in message, "a password in the file is never repeated"


def test_a_file_that_is_not_toml_gives_the_line_and_advice_on_windows_paths(tmp_path: Path, no_user_file: Path) -> None:
    path = _write(tmp_path / "config.toml", '[school]\nenrolment_file = "C:\\Schools\\hillside.json"\n')
    with pytest.raises(ConfigError, match=r"not valid TOML \(.*line 2.*single quotes") as caught:
        load_config(path, no_user_file)
    assert str(path) in str(caught.value)


def test_the_environment_variable_points_at_another_file_which_must_exist(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path / "other.toml", "[lock]\nidle_minutes = 9\n")
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert load_config(user_path=tmp_path / "none.toml").idle_lock_minutes == 9
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match=r"missing\.toml: there is no such file"):
        load_config(user_path=tmp_path / "none.toml")


def test_a_user_may_override_only_overridable_keys_and_only_more_strictly(tmp_path: Path) -> None:
    machine = _write(tmp_path / "machine.toml", "[lock]\nidle_minutes = 10\n")
    user = _write(tmp_path / "user.toml", "[lock]\nidle_minutes = 2\n")
    assert load_config(machine, user).idle_lock_minutes == 2

    _write(user, "[lock]\nidle_minutes = 30\n")
    with pytest.raises(ConfigError, match=r"user.toml: lock.idle_minutes: may only be shorter than this PC's 10"):
        load_config(machine, user)

    _write(user, '[hub]\nurl = "postgresql://me@elsewhere/db"\n')
    with pytest.raises(ConfigError, match=r"user.toml: hub.url: may only be set by IT staff"):
        load_config(machine, user)


def test_writing_keeps_other_values_and_the_written_file_reads_back(tmp_path: Path, no_user_file: Path) -> None:
    path = tmp_path / "ProgramData" / "ConcernLogger" / "config.toml"
    write_config(path, {"hub.url": "postgresql://app@hub/db", "lock.idle_minutes": 4})
    config = write_config(path, {"school.enrolment_file": r"C:\Schools\O'Brien's\hillside.json"})
    assert config.hub_address() == "postgresql://app@hub/db" and config.idle_lock_minutes == 4
    assert tomllib.loads(path.read_text(encoding="utf-8"))["school"]["enrolment_file"] == (
        r"C:\Schools\O'Brien's\hillside.json"
    )
    config = write_config(path, {"hub.url": ""})
    assert config.hub_address() is None and config.idle_lock_minutes == 4

    with pytest.raises(ConfigError, match=r"hub\.url: must not contain a password"):
        write_config(path, {"hub.url": "postgresql://app:pw@hub/db"})
    assert load_config(path, no_user_file).hub_address() is None, "a refused change leaves the file as it was"


def test_the_shipped_example_is_the_documented_template_and_names_every_key() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text == render_config({}), "regenerate packaging/config/config.example.toml from render_config({})"
    for key in KEYS:
        assert f"# {key.field} = " in text and key.description in text
    assert tomllib.loads(text) == {key.section: {} for key in KEYS}, "everything is commented out: defaults apply"


def test_the_command_line_stops_with_one_line_for_a_bad_configuration(tmp_path: Path, monkeypatch, capsys) -> None:
    path = _write(tmp_path / "config.toml", '[hub]\nurl = "postgresql://app:pw@hub/db"\n')
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert main(["--data-dir", str(tmp_path / "d"), "verify"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"error: Bad configuration in {path}: hub.url: must not contain a password: put it in this PC's "
        "PostgreSQL password file (PGPASSFILE or ~/.pgpass) or a service file instead"
    ]


def test_the_configure_command_writes_what_the_installer_passes_and_ignores_empty_properties(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    path = tmp_path / "config.toml"
    monkeypatch.setenv(CONFIG_ENV, str(path))  # the installer writes the file the app then reads
    args = ["configure", "--school-file", "hillside.json", "--hub-url", "postgresql://app@hub/db"]
    assert main([*args, "--idle-lock-minutes", "7"]) == 0
    assert main(["configure", "--school-file", "", "--hub-url", "", "--idle-lock-minutes", ""]) == 0
    config = load_config(path, tmp_path / "none.toml")
    assert config.enrolment_file == tmp_path / "hillside.json" and config.idle_lock_minutes == 7
    assert main(["configure", "--unset", "hub.url"]) == 0
    assert load_config(path, tmp_path / "none.toml").hub_address() is None
    assert MachineConfig().get(KEYS[0]) == ""
