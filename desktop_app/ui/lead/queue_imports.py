"""What a lead brings in from the queue page: a child's file from their last school, the pupil roster, and
attendance marks from the MIS. Each is checked in full before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.services.attendance import AttendanceImported, import_attendance_file
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.directory import ImportSummary, import_roster_file, preview_roster_file
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.session import Session
from desktop_app.services.transfer import TransferReceived, import_transfer_file
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.attendance_dialog import AttendanceImportDialog, attendance_problem
from desktop_app.ui.lead.dialog_slot import DialogSlot, Start
from desktop_app.ui.lead.roster_dialog import RosterImportDialog, roster_problem
from desktop_app.ui.lead.transfer_dialog import TransferImportDialog
from desktop_app.ui.lead.workspace import LeadWorkspaceController, R, Work

EVERY_CHILD = Changes(every_child=True)  # a roster or attendance import touches many children's files


def _tr(text: str) -> str:
    return translate("TriageQueuePage", text)


class QueueImports:
    """ "Receive a transfer…", "Import roster…" and "Import attendance…", each a dialog in the queue page's `slot`
    whose Save is a write on the lead's workspace. Private state: `_controller`, `_slot`, `_parent` (the window
    the dialogs belong to)."""

    def __init__(self, controller: LeadWorkspaceController, slot: DialogSlot, parent: Callable[[], QWidget]) -> None:
        self._controller = controller
        self._slot = slot
        self._parent = parent

    def _write(self, work: Work[Changed[R]]) -> Start[R]:
        controller = self._controller
        return lambda success, failure, busy: controller.write(work, success, failure, busy)

    def ask_for_transfer_in(self) -> None:
        """Import a child's file from the school they came from (checked in full before anything is written)."""
        if self._slot.is_open():
            return
        dialog = TransferImportDialog(Path.home(), self._parent())

        def prepare() -> Start[TransferReceived]:
            path, passphrase, fingerprint = dialog.bundle(), dialog.passphrase(), dialog.fingerprint()

            def work(session: Session, _workspace: LeadWorkspace) -> Changed[TransferReceived]:
                got = import_transfer_file(session, path, passphrase, fingerprint)
                return Changed(got, Changes.of_child(got.pupil.pupil_id))

            return self._write(work)

        def said(got: TransferReceived) -> str:
            words = _tr("Imported {records} records for {pupil} from {school}. RECEIPT CODE: {code}. Read it to the "
                        "sending school's lead so they can record the receipt.")  # fmt: skip
            return words.format(records=got.records, pupil=got.pupil.full_name, school=got.from_school,
                                code=got.receipt_code)  # fmt: skip

        self._slot.open_write(dialog, prepare, said, _tr("The file could not be imported."))

    def ask_for_roster(self) -> None:
        """Import the pupil roster; pupils on roll missing from it are asked about as leavers."""
        if self._slot.is_open():
            return
        dialog = RosterImportDialog(Path.home(), self._parent())

        def check() -> None:
            path = dialog.path()
            self._controller.run(
                lambda session, _workspace: preview_roster_file(session, path),
                dialog.show_preview,
                lambda error: dialog.show_problem(roster_problem(error)),
                dialog.set_busy,
            )

        def prepare() -> Start[ImportSummary]:
            path, leaving = dialog.path(), dialog.leaving()
            return self._write(
                lambda session, _workspace: Changed(import_roster_file(session, path, leaving), EVERY_CHILD)
            )

        dialog.check_requested.connect(check)
        self._slot.open_write(dialog, prepare, lambda summary: summary.words, roster_problem)

    def ask_for_attendance(self) -> None:
        """Import attendance marks from the MIS (all or nothing); each child's file then shows them."""
        if self._slot.is_open():
            return
        dialog = AttendanceImportDialog(Path.home(), self._parent())

        def prepare() -> Start[AttendanceImported]:
            path = dialog.path()
            return self._write(lambda session, _workspace: Changed(import_attendance_file(session, path), EVERY_CHILD))

        self._slot.open_write(dialog, prepare, lambda done: done.words, attendance_problem)
