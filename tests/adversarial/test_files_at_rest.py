"""Attack: another account on the PC reads the school's files. Under the usual umask 022 the app used to make its data
folder 0755 and the store, its -wal and -shm, backups and exports 0644. Now every file it writes is 0600 and every
folder 0700, a folder left open by an earlier release is tightened when it is opened, and on Windows every writer asks
icacls for an ACL that lets in only this user, SYSTEM and Administrators."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app import private_files
from desktop_app.config import MachineConfig
from desktop_app.services.backup import backup_store, restore_store
from desktop_app.services.referral import export_referral_pack
from desktop_app.services.scheduled_backup import backup_now
from desktop_app.services.snapshot import SNAPSHOT_DIR
from desktop_app.services.state import load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.transfer import export_transfer
from desktop_app.storage.engine import DB_FILENAME
from desktop_app.ui.first_run import CreatedSchool, OpenedSchool, save_recovery_sheet
from tests.conftest import LEAD, LEAD_PASS, School, make_school
from tests.e2e.conftest import SCHOOL_NAME, run_cli
from tests.unit.test_reports import PDF_PASSWORD, ZOFIA, record_history
from tests.unit.test_transfer import PASSWORD as TRANSFER_PASSWORD
from tests.unit.test_transfer import PDF_PASSWORD as TRANSFER_PDF_PASSWORD
from tests.unit.test_upgrade import FIRST_RELEASE, first_release_store

NOW = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask of a desktop session: what a process makes is readable by everyone unless it says otherwise."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(*paths: Path) -> None:
    """Each path exists and is 0700 (a folder) or 0600 (a file)."""
    for path in paths:
        assert path.exists(), f"{path} was not made"
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path} is {oct(mode(path))}, not {oct(expected)}"


def companions(db: Path) -> tuple[Path, Path]:
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    assert wal.exists() and shm.exists(), "the store is open in WAL mode, so its -wal and -shm are on disk"
    return wal, shm


def recovery_sheet(school: School, destination: Path) -> Path:
    """The recovery sheet as the set-up wizard saves it (the same function its Save button runs)."""
    created = CreatedSchool(OpenedSchool(school.store, SCHOOL_NAME), school.recovery_code, LEAD, "Alice Lead", NOW)
    return save_recovery_sheet(created, destination, school.data_dir)


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_everything_the_app_writes_under_umask_022_is_private_to_its_user(tmp_path: Path) -> None:
    school = make_school(tmp_path / "school")  # the app makes the data folder and the store
    data_dir, db = school.data_dir, school.store.db_path
    exports = tmp_path / "exports"
    exports.mkdir()  # the user's own folder, left as it is: only what the app writes into it is checked
    try:
        record_history(school, 3)
        lead = school.lead()
        load_state(lead)  # folds and keeps a sealed snapshot in snapshots/
        snapshots = data_dir / SNAPSHOT_DIR
        assert list(snapshots.iterdir()), "signing in keeps a snapshot"
        assert_private(data_dir, db, *companions(db), snapshots, *snapshots.iterdir())

        manual = exports / "manual.sqlite3"
        backup_store(school.store, manual)
        scheduled = backup_now(school.store, MachineConfig(values={"backup.folder": str(exports)}), NOW).written
        assert scheduled is not None
        pack = export_referral_pack(lead, ZOFIA, exports / "pack.pdf", PDF_PASSWORD).path
        sent = export_transfer(lead, ZOFIA, "Riverside Academy", exports, TRANSFER_PDF_PASSWORD, TRANSFER_PASSWORD)
        sheet = recovery_sheet(school, exports / "recovery sheet.pdf")
        lead.close()
        assert_private(manual, scheduled, pack, sent.pdf, sent.bundle, sheet)
    finally:
        school.store.close()

    restore_store(data_dir, manual, force=True)  # keeps the replaced store aside
    (aside,) = data_dir.glob(f"{DB_FILENAME}.before-restore-*")
    restored_elsewhere = tmp_path / "restored" / "school"
    restore_store(restored_elsewhere, manual)  # a folder the restore makes
    with SchoolStore(data_dir) as store, SchoolStore(restored_elsewhere) as other:
        store.settings.set("touched", "yes")
        other.settings.set("touched", "yes")
        assert_private(data_dir, db, aside, *companions(db))
        assert_private(restored_elsewhere, restored_elsewhere / DB_FILENAME, *companions(other.db_path))


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_the_real_cli_makes_a_private_folder_store_and_recovery_sheet_under_umask_022(tmp_path: Path) -> None:
    data_dir, sheet = tmp_path / "new" / "school", tmp_path / "sheet.pdf"
    setup = ("setup", "--school", SCHOOL_NAME, "--lead", LEAD, "--lead-name", "Alice Lead")
    ran = run_cli(data_dir, *setup, "--recovery-sheet", str(sheet), secrets=[LEAD_PASS])
    assert ran.code == 0, ran.err
    assert_private(data_dir, data_dir / DB_FILENAME, sheet)


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_a_folder_left_open_by_an_earlier_release_is_tightened_and_its_upgrade_backup_is_private(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "school"
    first_release_store(folder)  # a store at the first release's schema, as an earlier release left it
    db = folder / DB_FILENAME
    snapshots = folder / SNAPSHOT_DIR
    snapshots.mkdir(exist_ok=True)
    old_snapshot = snapshots / "someone.state"
    old_snapshot.write_bytes(b"sealed")
    old_copy = folder / f"{DB_FILENAME}.before-restore-20250101T000000Z"
    old_copy.write_bytes(db.read_bytes())
    notes = folder / "notes.txt"  # not the app's: left as it is
    notes.write_text("IT's notes", encoding="utf-8")
    for path, opened in ((folder, 0o755), (snapshots, 0o755), (db, 0o644), (old_snapshot, 0o644), (old_copy, 0o644)):
        os.chmod(path, opened)
    os.chmod(notes, 0o644)

    with SchoolStore(folder) as store:  # upgrades: a backup first, then the migration
        store.settings.set("touched", "yes")
        (upgrade_backup,) = folder.glob(f"{DB_FILENAME}.before-upgrade-{FIRST_RELEASE}-*")
        assert_private(folder, db, *companions(db), snapshots, old_snapshot, old_copy, upgrade_backup)
    assert mode(notes) == 0o644, "a file the app did not make is not touched"


# --- Windows: no real Windows here, so the icacls call is caught and its argv checked -------------------------------


def test_on_windows_every_writer_asks_icacls_for_an_owner_only_acl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[list[str], dict[str, Any], bool]] = []
    restricted: set[int] = set()  # inode numbers: a temporary file moved into place keeps its ACL (and inode)

    def icacls(argv: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        calls.append((argv, options, Path(argv[1]).is_dir()))  # a folder then (it may be gone by the end)
        restricted.add(os.stat(argv[1]).st_ino)
        return subprocess.CompletedProcess(argv, 0, b"", b"")

    monkeypatch.setattr(private_files, "_windows", lambda: True)
    monkeypatch.setattr(private_files.subprocess, "run", icacls)
    monkeypatch.setenv("USERNAME", "c.teacher")
    monkeypatch.setenv("USERDOMAIN", "HILLSIDE")
    monkeypatch.setenv("SYSTEMROOT", r"C:\Windows")

    school = make_school(tmp_path / "school")
    exports = tmp_path / "exports"
    exports.mkdir()
    try:
        record_history(school, 2)
        lead = school.lead()
        manual = exports / "manual.sqlite3"
        backup_store(school.store, manual)
        pack = export_referral_pack(lead, ZOFIA, exports / "pack.pdf", PDF_PASSWORD).path
        sent = export_transfer(lead, ZOFIA, "Riverside Academy", exports, TRANSFER_PDF_PASSWORD, TRANSFER_PASSWORD)
        sheet = recovery_sheet(school, exports / "sheet.pdf")
        lead.close()
    finally:
        school.store.close()
    restore_store(school.data_dir, manual, force=True)
    (aside,) = school.data_dir.glob(f"{DB_FILENAME}.before-restore-*")

    for path in (school.data_dir, school.data_dir / DB_FILENAME, manual, pack, sent.pdf, sent.bundle, sheet, aside):
        assert path.stat().st_ino in restricted, f"nothing asked for an owner-only ACL on {path}"
    grants = ["HILLSIDE\\c.teacher:{0}F", "*S-1-5-18:{0}F", "*S-1-5-32-544:{0}F"]
    for argv, options, folder in calls:
        inherit = "(OI)(CI)" if folder else ""
        assert argv == [
            r"C:\Windows" + os.sep + "System32" + os.sep + "icacls.exe",
            argv[1],
            "/inheritance:r",
            "/grant:r",
            *(grant.format(inherit) for grant in grants),
            "/q",
        ]
        assert not options.get("shell"), "never through a shell"
