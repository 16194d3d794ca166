"""Private files and folders: 0600/0700 on POSIX; on Windows the icacls command (mocked here: no Windows in CI), and
a failure that is logged, never fatal. Also the size checks made before a file is read."""

from __future__ import annotations

import io
import logging
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop_app import private_files
from desktop_app.file_limits import GIB, MIB, FileTooLarge, check_size, read_limited, read_stream_limited, shown_size
from desktop_app.private_files import acl_command, make_private, private_file, private_folder, tighten_folder

ICACLS = r"C:\Windows" + os.sep + "System32" + os.sep + "icacls.exe"


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], dict[str, Any]]]:
    """The Windows branch, with icacls caught: each call's argv and options are kept; it succeeds."""
    calls: list[tuple[list[str], dict[str, Any]]] = []

    def run(argv: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        calls.append((argv, options))
        return subprocess.CompletedProcess(argv, 0, b"", b"")

    monkeypatch.setattr(private_files, "_windows", lambda: True)
    monkeypatch.setattr(private_files.subprocess, "run", run)
    monkeypatch.setenv("USERNAME", "c.teacher")
    monkeypatch.setenv("USERDOMAIN", "HILLSIDE")
    monkeypatch.setenv("SYSTEMROOT", r"C:\Windows")
    return calls


def test_the_acl_grants_only_this_user_system_and_administrators_and_inherits_nothing(
    windows: list[tuple[list[str], dict[str, Any]]], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    document = tmp_path / "pack.pdf"
    document.write_bytes(b"%PDF")
    assert make_private(folder) and make_private(document)
    assert [argv for argv, _options in windows] == [
        [
            ICACLS,
            str(folder),
            "/inheritance:r",
            "/grant:r",
            "HILLSIDE\\c.teacher:(OI)(CI)F",
            "*S-1-5-18:(OI)(CI)F",
            "*S-1-5-32-544:(OI)(CI)F",
            "/q",
        ],
        [
            ICACLS,
            str(document),
            "/inheritance:r",
            "/grant:r",
            "HILLSIDE\\c.teacher:F",
            "*S-1-5-18:F",
            "*S-1-5-32-544:F",
            "/q",
        ],
    ]
    for _argv, options in windows:
        assert not options.get("shell") and options["check"] is False
        assert options["creationflags"] == getattr(subprocess, "CREATE_NO_WINDOW", 0)


def test_a_local_account_is_named_with_the_pc_and_a_missing_domain_is_left_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("USERNAME", "teacher")
    monkeypatch.delenv("USERDOMAIN", raising=False)
    assert acl_command(tmp_path, folder=True)[4] == "teacher:(OI)(CI)F"
    monkeypatch.setenv("USERDOMAIN", "PC-ROOM-12")
    assert acl_command(tmp_path, folder=False)[4] == "PC-ROOM-12\\teacher:F"


def test_on_windows_a_failed_icacls_is_logged_not_fatal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(private_files, "_windows", lambda: True)
    monkeypatch.setenv("USERNAME", "c.teacher")
    refused = subprocess.CompletedProcess([], 5, b"", b"Access is denied.")
    monkeypatch.setattr(private_files.subprocess, "run", lambda argv, **_: refused)
    with caplog.at_level(logging.WARNING, logger="desktop_app.private_files"):
        assert make_private(tmp_path) is False
    assert "icacls exited 5: Access is denied." in caplog.text

    def missing(argv: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        raise FileNotFoundError(2, "No such file or directory", argv[0])

    monkeypatch.setattr(private_files.subprocess, "run", missing)
    assert make_private(tmp_path) is False
    calls: list[list[str]] = []
    monkeypatch.setattr(private_files.subprocess, "run", lambda argv, **_: calls.append(argv))
    monkeypatch.delenv("USERNAME")
    assert make_private(tmp_path) is False and not calls, "with no user to name, nothing is run"


def test_on_windows_tightening_a_folder_sets_only_the_folder_its_files_inherit_it(
    windows: list[tuple[list[str], dict[str, Any]]], tmp_path: Path
) -> None:
    inside = tmp_path / "school.sqlite3"
    inside.write_bytes(b"")
    tighten_folder(tmp_path, [inside])
    assert [argv[1] for argv, _ in windows] == [str(tmp_path)]


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_on_posix_files_are_made_0600_and_folders_0700_whatever_the_umask(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        folder = private_folder(tmp_path / "a" / "b")
        made = private_file(folder / "new")
        kept = folder / "old"
        kept.write_bytes(b"kept as it was")
        os.chmod(kept, 0o644)
        private_file(kept)
    finally:
        os.umask(before)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600 and made.read_bytes() == b""
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_bytes() == b"kept as it was"


def test_a_path_that_cannot_be_changed_is_logged_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop_app.private_files"):
        assert make_private(tmp_path / "gone") is False
    assert "cannot restrict" in caplog.text


# --- size checks before reading -----------------------------------------------------------------------------------


def test_sizes_are_said_in_words() -> None:
    assert [shown_size(n) for n in (512, 2048, 20 * MIB, 64 * GIB, 3 * GIB // 2)] == [
        "512 bytes",
        "2 KiB",
        "20 MiB",
        "64 GiB",
        "1.5 GiB",
    ]


def test_a_file_up_to_its_limit_is_read_and_one_byte_more_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100, "a roster file") == b"x" * 100
    assert check_size(path, 100, "a roster file") == 100
    with pytest.raises(FileTooLarge) as refused:
        read_limited(path, 99, "a roster file")
    assert refused.value.strerror == "it is 100 bytes; a roster file is at most 99 bytes"
    assert refused.value.filename == str(path) and isinstance(refused.value, OSError)


def test_a_stream_longer_than_its_limit_is_refused_after_limit_bytes() -> None:
    assert read_stream_limited(io.BytesIO(b"12345"), "-", 5, "JSON input") == b"12345"
    with pytest.raises(FileTooLarge, match="it is more than 4 bytes; JSON input is at most 4 bytes"):
        read_stream_limited(io.BytesIO(b"12345"), "-", 4, "JSON input")
