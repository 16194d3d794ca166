"""Files and folders only this user may open: 0600 and 0700 on POSIX, an owner-only ACL on Windows.

Every file the app writes that holds a school's data (the store and its -wal and -shm, backups, the copies kept
beside the store, exported packs and bundles, the recovery sheet) and the data folder itself go through here.
Standard library only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
# Well-known SIDs, so the ACL is the same whatever the language of Windows ("Administratoren", "Système", ...).
SYSTEM_SID = "*S-1-5-18"
ADMINISTRATORS_SID = "*S-1-5-32-544"


def _windows() -> bool:
    return os.name == "nt"


def windows_user() -> str:
    """This user as icacls names them: DOMAIN\\user (the PC's name is the domain of a local account)."""
    user = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain else user


def acl_command(path: Path, *, folder: bool) -> list[str]:
    """The icacls command (no shell) that leaves `path` open to this user, SYSTEM and Administrators only: inherited
    entries removed, full control granted to those three, and for a folder inherited by what is made inside it."""
    icacls = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32", "icacls.exe")
    inherit = "(OI)(CI)" if folder else ""
    grants = [f"{who}:{inherit}F" for who in (windows_user(), SYSTEM_SID, ADMINISTRATORS_SID)]
    return [icacls, str(path), "/inheritance:r", "/grant:r", *grants, "/q"]


def _apply_acl(path: Path, *, folder: bool) -> bool:
    if not os.environ.get("USERNAME"):
        log.warning("cannot restrict %s to this user: USERNAME is not set", path)
        return False
    command = acl_command(path, folder=folder)
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            check=False,
            timeout=60,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flashing up over the app
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot restrict %s to this user: %s", path, exc)
        return False
    if done.returncode != 0:
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
        log.warning("cannot restrict %s to this user: icacls exited %s: %s", path, done.returncode, said)
        return False
    return True


def make_private(path: Path) -> bool:
    """Let only this user open `path`, a file or a folder (on Windows also SYSTEM and Administrators).

    Never fatal: a failure (a file owned by someone else, icacls refusing) is logged and False returned.
    """
    try:
        folder = path.is_dir()
        if _windows():
            return _apply_acl(path, folder=folder)
        os.chmod(path, FOLDER_MODE if folder else FILE_MODE)
    except OSError as exc:
        log.warning("cannot restrict %s to this user: %s", path, exc.strerror or exc)
        return False
    return True


def private_folder(path: Path) -> Path:
    """`path` as a folder only this user may open: made (with any missing parents) 0700, or an existing one
    tightened. Raises OSError when it cannot be made."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    make_private(path)
    return path


def private_file(path: Path) -> Path:
    """An empty file at `path` that only this user may open, made so before anything is written to it (never
    briefly open to others); an existing file is tightened and left as it is. Raises OSError when it cannot be made."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(descriptor)
    make_private(path)
    return path


def tighten_folder(folder: Path, members: Iterable[Path]) -> None:
    """A folder and the given paths inside it made private (as left 0755 and 0644 by an earlier release).

    On Windows the folder's new ACL is inherited by what is inside it, so only the folder is changed."""
    make_private(folder)
    if _windows():
        return
    for path in members:
        make_private(path)


def flush_to_disk(path: Path) -> None:
    """Make sure what was written to `path` is on the disk, not only in the system's cache (before a rename puts it
    in place). Opened for writing: Windows refuses `os.fsync` on a handle opened for reading ("Permission denied")."""
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def replace_privately(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: into a private file beside it, flushed to disk, then renamed
    over it (the folder made private first). Raises OSError; nothing partial is left behind."""
    private_folder(path.parent)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{os.urandom(4).hex()}.partial")
    try:
        private_file(temporary)
        with open(temporary, "r+b") as out:  # opened for writing: os.fsync on Windows needs that
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
