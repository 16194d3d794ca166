"""What leaves the school from a child's file: the referral pack and the transfer to the child's next school."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.file_names import pack_file_name
from desktop_app.services.errors import ServiceError
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import error_words
from desktop_app.ui.lead.export_pack_dialog import ExportPackDialog
from desktop_app.ui.lead.file_actions.host import FileDialogs, FileJob, document_items
from desktop_app.ui.lead.transfer_dialog import TransferExportDialog

if TYPE_CHECKING:
    from desktop_app.services.referral import ExportedPack
    from desktop_app.services.transfer.export import TransferSent


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


class PackActions:
    """ "Referral pack…" and "Transfer…". Private state: `_dialogs`."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs

    def ask_for_export(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        from desktop_app.services.referral import ReferralOptions, export_referral_pack

        upn = view.file.front_sheet.pupil.upn
        child = view.file.front_sheet.pupil.full_name
        suggested = Path.home() / pack_file_name(_tr("Referral pack"), child, date.today())
        dialog = ExportPackDialog(
            _tr("The referral pack for {pupil}: the front sheet, chronology, body maps, red flags and decisions, "
                "as a password-protected PDF. The export is written to the file's access audit.").format(
                pupil=dialogs.about()),
            suggested,
            ReferralOptions().marking,
            dialogs.parent(),
            document_items(view),
        )  # fmt: skip

        def job() -> FileJob[ExportedPack]:
            path, options, password = dialog.path(), dialog.options(), dialog.password()  # the password is never kept
            return lambda session, state: export_referral_pack(session, upn, path, password, options, state=state)

        def done(pack: ExportedPack) -> str:
            return _tr("Referral pack {pack} written to {path} ({entries} records); the export is in the file's "
                       "access audit.").format(pack=pack.pack_id, path=pack.path, entries=pack.entries)  # fmt: skip

        dialogs.open(dialog, job, done, _tr("The pack could not be written."))

    def ask_for_transfer(self) -> None:
        dialogs = self._dialogs
        view, session = dialogs.free(), dialogs.session()
        if view is None or session is None:
            return
        from desktop_app.services.transfer import export_transfer, school_fingerprint_of

        try:
            school_fingerprint = school_fingerprint_of(session)
        except ServiceError as exc:
            dialogs.page.notice(error_words(exc, _tr("This school's fingerprint cannot be shown.")))
            return
        upn = view.file.front_sheet.pupil.upn
        dialog = TransferExportDialog(
            _tr("Send {pupil}'s child-protection file to the school they are moving to: a transfer pack (PDF) and a "
                "signed bundle the receiving school imports. The file is then kept read-only here, and the receipt "
                "is due within five school days.").format(pupil=dialogs.about()),
            Path.home(),
            view.state.school_name,
            school_fingerprint,
            dialogs.parent(),
            document_items(view),
        )  # fmt: skip

        def job() -> FileJob[TransferSent]:
            to, folder = dialog.to_school(), dialog.folder()
            pdf, bundle = dialog.pdf_password(), dialog.bundle_passphrase()  # never kept
            documents = dialog.documents()
            return lambda session, state: export_transfer(session, upn, to, folder, pdf, bundle, state=state,
                                                          documents=documents)  # fmt: skip

        def done(sent: TransferSent) -> str:
            return _tr("Transfer pack {pack} and its bundle written to {folder} ({entries} records). Read the two "
                       "secrets and this school's fingerprint {fingerprint} to the receiving lead by telephone; the "
                       "receipt is due by {due}.").format(
                pack=sent.pack_id, folder=sent.bundle.parent, entries=sent.entries, fingerprint=sent.fingerprint,
                due=sent.due_at.astimezone().strftime("%a %d %b %Y"))  # fmt: skip

        dialogs.open(dialog, job, done, _tr("The transfer could not be written."))
