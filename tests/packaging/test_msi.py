"""The Windows installer source compiles with wixl, and msiinfo shows the intended properties, files, Start menu
entry, configuration step and upgrade sequence. The MSI is built over a stand-in bundle with the real resources and
placeholder programs, in seconds: it proves the WiX source, the file list and build-msi-wixl's corrections, not the
Windows build (tests/packaging/test_msi_wine.sh builds the real bundle under Wine and installs it)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.config import CONFIG_ENV, load_config

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "windows" / "build-msi-wixl"
UPGRADE_CODE = "{3A7C1E52-8F4B-4C1D-9E2A-5B6D7F8091A3}"

pytestmark = pytest.mark.skipif(
    not (shutil.which("wixl") and shutil.which("msiinfo")), reason="needs wixl and msitools (apt-get install wixl)"
)


def _table(msi: Path, name: str) -> list[dict[str, str]]:
    text = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    header, _types, _key, *rows = text.splitlines()
    columns = header.split("\t")
    return [dict(zip(columns, row.split("\t"), strict=False)) for row in rows]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("msi")
    bundle = work / "bundle"
    shutil.copytree(ROOT / "desktop_app" / "resources", bundle / "_internal" / "resources")
    (bundle / "concern-logger.exe").write_bytes(b"MZ stand-in for the console program")
    (bundle / "ConcernLogger.exe").write_bytes(b"MZ stand-in for the windowed program")
    (bundle / "_internal" / "python311.dll").write_bytes(b"MZ stand-in")
    env = {"DIST": str(work / "dist"), "WORK": str(work / "build"), "PATH": "/usr/bin:/bin", "PYTHON": sys.executable}
    result = subprocess.run(
        ["bash", str(BUILD), str(bundle)], capture_output=True, text=True, env={**env}, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    msi = work / "dist" / f"ConcernLogger-{__version__}-x64.msi"
    assert msi.is_file() and "msi:    " in result.stdout
    return msi, bundle


def test_the_msi_installs_per_machine_with_the_product_and_upgrade_codes(built: tuple[Path, Path]) -> None:
    msi, _bundle = built
    properties = {row["Property"]: row["Value"] for row in _table(msi, "Property")}
    assert properties["ProductName"] == "Concern Logger"
    assert properties["ProductVersion"] == __version__
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ALLUSERS"] == "1", "per machine"
    assert "WIX_UPGRADE_DETECTED" in properties["SecureCustomProperties"], "a new version replaces the old one"
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "Template: x64;1033" in summary


def test_every_public_property_is_secure_so_a_managed_install_passes_it_on(built: tuple[Path, Path]) -> None:
    msi, _bundle = built
    properties = {row["Property"]: row["Value"] for row in _table(msi, "Property")}
    secure = properties["SecureCustomProperties"].split(";")
    public = ["HUB_URL", "HUB_SSLMODE", "HUB_SSLROOTCERT", "SCHOOL_FILE", "IDLE_LOCK_MINUTES", "DATA_FOLDER",
              "BACKUP_FOLDER"]  # fmt: skip
    assert sorted(secure) == sorted([*public, "WIX_DOWNGRADE_DETECTED", "WIX_UPGRADE_DETECTED"])
    [action] = _table(msi, "CustomAction")
    assert all(f"[{name}]" in action["Target"] for name in public), "every secure property reaches the configuration"


def test_an_upgrade_removes_the_old_version_first_as_the_wix_build_does(built: tuple[Path, Path]) -> None:
    msi, _bundle = built
    sequence = {row["Action"]: int(row["Sequence"]) for row in _table(msi, "InstallExecuteSequence")}
    assert sequence["RemoveExistingProducts"] == sequence["InstallValidate"] + 1, "MajorUpgrade's afterInstallValidate"
    assert sequence["RemoveExistingProducts"] < sequence["InstallInitialize"] < sequence["InstallFiles"]
    upgrade = _table(msi, "Upgrade")
    detect = next(row for row in upgrade if row["ActionProperty"] == "WIX_UPGRADE_DETECTED")
    assert detect["VersionMax"] == __version__ and detect["Attributes"] == "1", "older versions, not this one"


def test_every_bundle_file_is_installed_under_program_files(built: tuple[Path, Path]) -> None:
    msi, bundle = built
    files = _table(msi, "File")
    expected = sorted(path.name for path in bundle.rglob("*") if path.is_file())
    assert sorted(row["FileName"] for row in files) == expected
    by_id = {row["File"]: row for row in files}
    assert by_id["ConsoleExe"]["FileName"] == "concern-logger.exe"
    assert by_id["AppExe"]["FileName"] == "ConcernLogger.exe"
    directories = {row["Directory"]: row for row in _table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"].endswith("Concern Logger")


def test_the_start_menu_entry_opens_the_windowed_program(built: tuple[Path, Path]) -> None:
    msi, _bundle = built
    [shortcut] = _table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuDir" and shortcut["Name"] == "Concern Logger"
    assert shortcut["Target"] == "[INSTALLDIR]ConcernLogger.exe"
    directories = {row["Directory"]: row for row in _table(msi, "Directory")}
    assert directories["ProgramMenuDir"]["Directory_Parent"] == "ProgramMenuFolder"


def test_the_public_properties_are_written_to_the_machine_configuration_after_the_files(
    built: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    msi, _bundle = built
    [action] = _table(msi, "CustomAction")
    assert action["Action"] == "WriteMachineConfiguration" and action["Source"] == "ConsoleExe"
    assert int(action["Type"]) == 18 | 1024 | 2048, "an installed program, deferred, as LocalSystem"
    sequence = {row["Action"]: row for row in _table(msi, "InstallExecuteSequence")}
    step = sequence["WriteMachineConfiguration"]
    assert step["Condition"] == "NOT REMOVE"
    assert int(sequence["InstallFiles"]["Sequence"]) < int(step["Sequence"])

    # What msiexec runs for `/qn HUB_URL=... SCHOOL_FILE=... IDLE_LOCK_MINUTES=7`, the other properties left empty:
    given = {
        "HUB_URL": "postgresql://concern_app@hub.school.local/concern_logger",
        "SCHOOL_FILE": str(tmp_path / "hillside.enrolment.json"),
        "IDLE_LOCK_MINUTES": "7",
    }
    command = action["Target"]
    for name in ("HUB_URL", "HUB_SSLMODE", "HUB_SSLROOTCERT", "SCHOOL_FILE", "IDLE_LOCK_MINUTES", "DATA_FOLDER",
                 "BACKUP_FOLDER"):  # fmt: skip
        assert f"[{name}]" in command
        command = command.replace(f"[{name}]", given.get(name, ""))
    config_file = tmp_path / "ProgramData" / "ConcernLogger" / "config.toml"
    monkeypatch.setenv(CONFIG_ENV, str(config_file))
    assert main(shlex.split(command)) == 0
    config = load_config(config_file, tmp_path / "no-user.toml")
    assert config.hub_address() == given["HUB_URL"]
    assert config.enrolment_file == Path(given["SCHOOL_FILE"]) and config.idle_lock_minutes == 7

    # A repair or upgrade with no properties keeps what the first install wrote.
    empty = action["Target"]
    for name in given:
        empty = empty.replace(f"[{name}]", "")
    empty = empty.replace("[HUB_SSLMODE]", "").replace("[HUB_SSLROOTCERT]", "")
    empty = empty.replace("[DATA_FOLDER]", "").replace("[BACKUP_FOLDER]", "")
    assert main(shlex.split(empty)) == 0
    assert load_config(config_file, tmp_path / "no-user.toml").hub_address() == given["HUB_URL"]
