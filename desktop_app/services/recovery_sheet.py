"""Writing the recovery sheet: the one way the wizard and the command line put it on disk (staged, fsynced,
readable by its owner only)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.reports.recovery_sheet import RecoverySheetInput, build_recovery_sheet
from desktop_app.services.pack_files import StagedFile
from desktop_app.services.uow import now_utc


def write_recovery_sheet(
    path: Path, school_name: str, code: str, lead_name: str, data_dir: Path, created_at: datetime | None = None
) -> Path:
    """The one-page recovery sheet for the school safe, written in full or not at all. It is NOT encrypted (it is
    printed at once and the file deleted); the file is readable by its owner only. `created_at`: when the code was
    made (default now)."""
    sheet = RecoverySheetInput(school_name, code, created_at or now_utc(), lead_name, str(data_dir))
    with StagedFile(path, build_recovery_sheet(sheet)) as staged:
        staged.place()
    return staged.path
