"""A child's file page's documents: "Attach document…", "View document…" (the selected chronology row's) and, from
the view, "Withdraw from the file…" with the reason, each run in the background through the services; viewing is
written to the file's audit."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.documents import Document, DocumentWithdrawn
from desktop_app.services.document_withdrawal import withdraw_document
from desktop_app.services.documents import Attached, attach_document, open_document, save_document
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import category_name, error_words
from desktop_app.ui.lead.document_dialogs import AttachDocumentDialog, DocumentPreviewDialog, Preview, prepare_preview
from desktop_app.ui.lead.file_actions.host import FileDialogs, FileJob
from desktop_app.ui.lead.note_dialog import NoteDialog


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


class DocumentActions:
    """ "Attach document…", "View document…" and "Withdraw from the file…", composed by `ChildFilePage`. Private
    state: `_dialogs`, `_preview` (the preview shown, if any)."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs
        self._preview: DocumentPreviewDialog | None = None

    def _record_items(self) -> list[tuple[str, str]]:
        """Every concern of the file, newest first, as the attach dialog offers them."""
        view = self._dialogs.page.view()
        if view is None:
            return []
        items = []
        for status in reversed(view.file.concerns):
            concern = status.concern
            first = concern.what_happened.strip().splitlines()[0] if concern.what_happened.strip() else ""
            first = first if len(first) <= 60 else first[:59] + "…"
            when = concern.occurred_at.astimezone().strftime("%d %b %Y")
            marks = _tr(" · injury marks") if status.marks else ""
            words = f"{when} · {category_name(view.category_map, status.category)}{marks} · {first}"
            items.append((words, concern.concern_id))
        return items

    def ask_to_attach(self) -> None:
        dialogs = self._dialogs
        view = dialogs.page.view()
        if view is None:
            return
        item = dialogs.page.selected_item()
        chosen = item.concern_id if item is not None and item.pupil_id == view.pupil_id else ""
        about = _tr("Attach a document to {name}'s file or to one of its concerns.").format(
            name=view.file.front_sheet.pupil.full_name
        )
        dialog = AttachDocumentDialog(about, self._record_items(), chosen, dialogs.parent())
        pupil_id = view.pupil_id

        def prepare() -> FileJob[Attached]:
            path, record, description = dialog.path(), dialog.record(), dialog.description()
            return lambda session, state: attach_document(
                session, pupil_id, path, record=record, description=description, state=state
            )

        def done(attached: Attached) -> str:
            d = attached.document
            return _tr("Attached {name} ({size}).").format(name=d.name, size=d.size_words)

        dialogs.open(dialog, prepare, done, _tr("The document could not be attached."))

    def selected_document_id(self) -> str:
        item = self._dialogs.page.selected_item()
        return item.entry_id if item is not None and item.kind == RowKind.DOCUMENT else ""

    def ask_to_view_document(self) -> None:
        session, document_id = self._dialogs.session(), self.selected_document_id()
        if session is None or not document_id:
            return

        def op() -> Preview:
            document, data = open_document(session, document_id)  # checked chunk by chunk; audited
            return prepare_preview(document, data)

        def failed(error: BaseException) -> None:
            self._dialogs.page.notice(error_words(error, _tr("The document could not be shown.")))

        self._dialogs.read(op, self._show_preview, failed)

    def _show_preview(self, preview: Preview) -> None:
        d = preview.document
        about = _tr("{name}: {kind}, {size}, attached {when}.").format(
            name=d.name, kind=d.kind_words, size=d.size_words, when=d.occurred_at.astimezone().strftime("%d %b %Y")
        )
        if d.description:
            about += "\n" + d.description
        dialog = DocumentPreviewDialog(preview, about, self._dialogs.parent())
        self._preview = dialog
        dialog.finished.connect(lambda _result: self._preview_closed(dialog))
        dialog.open()

    def preview_dialog(self) -> DocumentPreviewDialog | None:
        return self._preview

    def _preview_closed(self, dialog: DocumentPreviewDialog) -> None:
        self._preview = None
        if dialog.save_path is not None:
            self.save_document_to(dialog.document_id(), dialog.save_path)
        elif dialog.withdraw_asked:
            self.ask_to_withdraw(dialog.document_id(), dialog.windowTitle())

    def ask_to_withdraw(self, document_id: str, name: str) -> None:
        """Ask why a document is withdrawn from the file; on Withdraw, the withdrawal is written and the file
        redrawn (the document leaves its lists and packs; the chronology shows the withdrawal)."""
        about = _tr(
            "Withdraw {name} from {child}'s file. It will no longer be listed or put in packs; the chronology keeps "
            "the withdrawal and your reason, and the document itself stays in the store, sealed."
        ).format(name=name, child=self._about_child())
        dialog = NoteDialog(_tr("Withdraw a document"), about, _tr("Why it is withdrawn (required)"),
                            _tr("&Withdraw"), required=True, parent=self._dialogs.parent())  # fmt: skip

        def prepare() -> FileJob[DocumentWithdrawn]:
            reason = dialog.text()
            return lambda session, state: withdraw_document(session, document_id, reason, state=state)

        def done(_withdrawal: DocumentWithdrawn) -> str:
            return _tr("Withdrew {name} from the file.").format(name=name)

        self._dialogs.open(dialog, prepare, done, _tr("The document could not be withdrawn."))

    def _about_child(self) -> str:
        view = self._dialogs.page.view()
        return view.file.front_sheet.pupil.full_name if view is not None else ""

    def save_document_to(self, document_id: str, path: Path) -> None:
        """Save a checked copy where the lead chose (the save dialog has asked about replacing a file)."""
        session, notice = self._dialogs.session(), self._dialogs.page.notice
        if session is None:
            return

        def saved(document: Document) -> None:
            notice(_tr("Saved a copy of {name} to {path}.").format(name=document.name, path=path))

        def failed(error: BaseException) -> None:
            notice(error_words(error, _tr("The document could not be saved.")))

        self._dialogs.read(lambda: save_document(session, document_id, path, overwrite=True), saved, failed)
