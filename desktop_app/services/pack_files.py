"""What every pack's export shares: the child's file built once from the folded state (red flags evaluated once),
the content hashes of the entries a pack shows, a pack's id, and a file written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.domain import bodymap
from desktop_app.domain.households import family_of
from desktop_app.domain.lead.child_file import ChildFile, child_file
from desktop_app.domain.records import SchoolState
from desktop_app.domain.red_flags import evaluate
from desktop_app.domain.transfer import format_code
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.private_files import make_private
from desktop_app.reports.inputs import IncludedEntry
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session


def new_pack_id(prefix: str) -> str:
    """`RP-7K2Q-D9XA`: short enough to read over the phone, random so it says nothing about the child."""
    return f"{prefix}-{format_code(os.urandom(5), groups=2, size=4)}"


def files_for_pack(
    state: SchoolState, pupil_id: str, now: datetime, *, family: bool = False
) -> tuple[ChildFile, ChildFile | None]:
    """The child's file as the lead's window shows it (and, with `family`, the family chronology's), from one
    evaluation of the red flags of the child's household."""
    flags = evaluate(state, settings_of(state).red_flags, family_of(state.lead, pupil_id))
    own = child_file(state, pupil_id, now, region_name=bodymap.region_name, flags=flags)
    if not family:
        return own, None
    return own, child_file(state, pupil_id, now, family=True, region_name=bodymap.region_name, flags=flags)


@dataclass(slots=True)
class Hashes:
    """Entry hashes of the children a pack covers, read once per child from the store."""

    session: Session
    held: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)

    def load(self, pupil_ids: Iterable[str]) -> None:
        for pupil_id in pupil_ids:
            if pupil_id in self.read:
                continue
            self.read.add(pupil_id)
            for entry in self.session.view.entries_about(pupil_id):
                self.held[entry.id] = (pupil_id, entry.hash)

    def included(self, ids: Iterable[str], kinds: dict[str, str]) -> tuple[IncludedEntry, ...]:
        found = []
        for entry_id in dict.fromkeys(ids):
            held = self.held.get(entry_id)
            if held is not None:
                found.append(IncludedEntry(entry_id, kinds.get(entry_id, ""), held[1].hex()))
        return tuple(found)


class StagedFile:
    """A file written in full beside its destination, fsynced, moved into place only by `place` (so all or
    nothing), and readable by this user only (private_files).

    Private state: the temporary path, removed on leaving the `with` block if it was never placed.
    """

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path.expanduser()
        folder = self.path.parent
        if not folder.is_dir():
            raise ServiceError(f"The folder {folder} does not exist; nothing was written.")
        handle, temp = tempfile.mkstemp(prefix=".concern-logger-", suffix=".part", dir=folder)
        self._temp = Path(temp)
        try:
            make_private(self._temp)  # before any of it is written (mkstemp's 0600 is POSIX only)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            self._temp.unlink(missing_ok=True)
            raise

    def place(self) -> None:
        os.replace(self._temp, self.path)
        _sync_folder(self.path.parent)

    def __enter__(self) -> StagedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (POSIX; Windows cannot open a folder to sync it, and NTFS logs the rename)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a folder that cannot be opened to sync (some network shares): the file is in place all the same
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
