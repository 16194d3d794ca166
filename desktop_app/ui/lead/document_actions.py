"""A child's file page's documents: "Attach document…" and "View document…" (the selected chronology row's), each
run in the background through the services; viewing is written to the file's audit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.domain.chronology.items import RowKind
from desktop_app.domain.records import SchoolState
from desktop_app.services.documents import Attached, attach_document, open_document, save_document
from desktop_app.services.session import Session
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import category_name, error_words
from desktop_app.ui.lead.document_dialogs import AttachDocumentDialog, DocumentPreviewDialog, Preview, prepare_preview


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


class DocumentActions:
    """Mixed into `ChildFilePage` beside `ChildFileActions` (whose `_open_dialog` it uses), which provides `_shell`,
    `_view`, `_notice`, `_selected_item()` and `window()`. Private state: `_preview` (the dialog shown, if any)."""

    _preview: DocumentPreviewDialog | None = None

    def _record_items(self) -> list[tuple[str, str]]:
        """Every concern of the file, newest first, as the attach dialog offers them."""
        view = self._view
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

    def _document_items(self) -> list[tuple[str, str]]:
        """The child's attached documents as the pack dialogs offer them, oldest first."""
        view = self._view
        if view is None:
            return []
        return [(f"{d.name} ({d.kind_words}, {d.size_words}), {d.occurred_at.astimezone():%d %b %Y}", d.entry_id)
                for d in view.file.documents]  # fmt: skip

    def ask_to_attach(self) -> None:
        view = self._view
        if view is None:
            return
        item = self._selected_item()
        chosen = item.concern_id if item is not None and item.pupil_id == view.pupil_id else ""
        about = _tr("Attach a document to {name}'s file or to one of its concerns.").format(
            name=view.file.front_sheet.pupil.full_name
        )
        dialog = AttachDocumentDialog(about, self._record_items(), chosen, self.window())
        pupil_id = view.pupil_id

        def prepare() -> Any:
            path, record, description = dialog.path(), dialog.record(), dialog.description()

            def job(session: Session, state: SchoolState) -> Attached:
                return attach_document(session, pupil_id, path, record=record, description=description, state=state)

            return job

        def done(attached: Attached) -> str:
            d = attached.document
            return _tr("Attached {name} ({size}).").format(name=d.name, size=d.size_words)

        self._open_dialog(dialog, prepare, done, _tr("The document could not be attached."))

    def selected_document_id(self) -> str:
        item = self._selected_item()
        return item.entry_id if item is not None and item.kind == RowKind.DOCUMENT else ""

    def ask_to_view_document(self) -> None:
        signed_in, document_id = self._shell.signed_in(), self.selected_document_id()
        if signed_in is None or not document_id:
            return
        session: Session = signed_in.session

        def op() -> Preview:
            document, data = open_document(session, document_id)  # checked chunk by chunk; audited
            return prepare_preview(document, data)

        def failed(error: BaseException) -> None:
            self._notice(error_words(error, _tr("The document could not be shown.")))

        self._shell.run_op(op, self._show_preview, failed)

    def _show_preview(self, preview: Preview) -> None:
        d = preview.document
        about = _tr("{name}: {kind}, {size}, attached {when}.").format(
            name=d.name, kind=d.kind_words, size=d.size_words, when=d.occurred_at.astimezone().strftime("%d %b %Y")
        )
        if d.description:
            about += "\n" + d.description
        dialog = DocumentPreviewDialog(preview, about, self.window())
        self._preview = dialog
        dialog.finished.connect(lambda _result: self._preview_closed(dialog))
        dialog.open()

    def preview_dialog(self) -> DocumentPreviewDialog | None:
        return self._preview

    def _preview_closed(self, dialog: DocumentPreviewDialog) -> None:
        self._preview = None
        if dialog.save_path is not None:
            self.save_document_to(dialog.document_id(), dialog.save_path)

    def save_document_to(self, document_id: str, path: Path) -> None:
        """Save a checked copy where the lead chose (the save dialog has asked about replacing a file)."""
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session: Session = signed_in.session

        def saved(document: Any) -> None:
            self._notice(_tr("Saved a copy of {name} to {path}.").format(name=document.name, path=path))

        def failed(error: BaseException) -> None:
            self._notice(error_words(error, _tr("The document could not be saved.")))

        self._shell.run_op(lambda: save_document(session, document_id, path, overwrite=True), saved, failed)
