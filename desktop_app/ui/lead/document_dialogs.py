"""Attaching a document to a child's file, and showing one inside the app: PDF pages rendered by PDFium, images
through QImage, plain text read-only. Nothing is written to a temporary file; a copy is saved only where the lead
chooses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from desktop_app.domain.documents import Document, MediaType
from desktop_app.ui.forms.ui_lead_attach_document import Ui_LeadAttachDocumentDialog
from desktop_app.ui.forms.ui_lead_document_preview import Ui_LeadDocumentPreviewDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.dialog_base import LeadDialog

MAX_PAGES_SHOWN = 60  # pages rendered in the window (a longer document is saved and read in full elsewhere)
PAGE_WIDTH = 680  # pixels: a page fits the dialog's width at 1024x768


def _tr(text: str) -> str:
    return translate("DocumentDialogs", text)


class AttachDocumentDialog(LeadDialog):
    """The file to attach, what it is attached to (the child's file or one concern), and a description."""

    def __init__(self, about: str, records: list[tuple[str, str]], chosen: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(Ui_LeadAttachDocumentDialog(), parent, _tr("&Attach"))
        self.ui.aboutLabel.setText(about)
        self.ui.recordCombo.addItem(_tr("The child's file"), "")
        for words, entry_id in records:
            self.ui.recordCombo.addItem(words, entry_id)
        self.ui.recordCombo.setCurrentIndex(max(0, self.ui.recordCombo.findData(chosen)))
        self.ui.pathEdit.textChanged.connect(self.update_save)
        self.ui.browseButton.clicked.connect(self._browse)
        self.update_save()
        self.ui.pathEdit.setFocus()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Choose a document"), "", _tr("Documents (*.pdf *.png *.jpg *.jpeg *.txt)")
        )
        if path:
            self.ui.pathEdit.setText(path)

    def path(self) -> Path:
        return Path(self.ui.pathEdit.text().strip())

    def record(self) -> str:
        return str(self.ui.recordCombo.currentData() or "")

    def description(self) -> str:
        return self.ui.descriptionEdit.toPlainText()

    def can_save(self) -> bool:
        return bool(self.ui.pathEdit.text().strip())


@dataclass
class Preview:
    """What the preview shows: rendered pages (a PDF's, or one image), or text; `note` says what is left out."""

    document: Document
    pages: list[QImage] = field(default_factory=list)
    text: str | None = None
    note: str = ""


def prepare_preview(document: Document, data: bytes, width: int = PAGE_WIDTH) -> Preview:
    """The preview of a document's checked bytes, made off the GUI thread (QImage is not a widget)."""
    if document.media_type == MediaType.TEXT:
        return Preview(document, text=data.decode("utf-8-sig", errors="replace"))
    if document.media_type in MediaType.IMAGES:
        image = QImage.fromData(data)
        if image.isNull():
            return Preview(document, note=_tr("This image cannot be shown (its content is damaged)."))
        if image.width() > width * 2:
            image = image.scaledToWidth(width * 2, Qt.TransformationMode.SmoothTransformation)
        return Preview(document, pages=[image])
    return _pdf_preview(document, data, width)


def _pdf_preview(document: Document, data: bytes, width: int) -> Preview:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return Preview(document, note=_tr("This PDF cannot be shown (it is damaged or protected by a password)."))
    try:
        count = len(pdf)
        pages = []
        for number in range(min(count, MAX_PAGES_SHOWN)):
            page = pdf[number]
            page_width = page.get_size()[0] or 1.0
            bitmap = page.render(scale=width / page_width, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
            pages.append(image.copy())  # the bitmap's memory goes with the page
            page.close()
    finally:
        pdf.close()
    note = ""
    if count > MAX_PAGES_SHOWN:
        note = _tr("The first {shown} of {count} pages are shown; save a copy to read the rest.").format(
            shown=MAX_PAGES_SHOWN, count=count
        )
    return Preview(document, pages=pages, note=note)


class DocumentPreviewDialog(QDialog):
    """One document, shown: pages one under another, or text. On closing, `save_path` asks the page to save a copy
    where the lead chose, and `withdraw_asked` to ask why it is withdrawn from the file. Private state: `_preview`,
    `_save` (the Save a copy button), `_withdraw` (the Withdraw from the file button)."""

    def __init__(self, preview: Preview, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadDocumentPreviewDialog()
        self.ui.setupUi(self)
        self._preview = preview
        self.setWindowTitle(preview.document.name)
        self.ui.aboutLabel.setText(about)
        self._save = QPushButton(_tr("&Save a copy…"), self)
        self._save.setAutoDefault(False)
        self.ui.buttonBox.addButton(self._save, QDialogButtonBox.ButtonRole.ActionRole)
        self._withdraw = QPushButton(_tr("&Withdraw from the file…"), self)
        self._withdraw.setAutoDefault(False)
        self._withdraw.setToolTip(_tr("Take this document out of the child's file, saying why: it leaves the lists "
                                      "and packs, and the chronology keeps the withdrawal"))  # fmt: skip
        self.ui.buttonBox.addButton(self._withdraw, QDialogButtonBox.ButtonRole.ActionRole)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.save_path: Path | None = None
        self.withdraw_asked = False
        self._save.clicked.connect(self._choose_path)
        self._withdraw.clicked.connect(self._ask_to_withdraw)
        if preview.text is not None:
            self.ui.textView.setPlainText(preview.text)
            self.ui.stack.setCurrentWidget(self.ui.textView)
        else:
            for number, image in enumerate(preview.pages, start=1):
                label = QLabel(self.ui.pagesWidget)
                label.setPixmap(QPixmap.fromImage(image))
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                label.setAccessibleName(_tr("Page {number}").format(number=number))
                self.ui.pagesLayout.addWidget(label)
            self.ui.pagesLayout.addStretch(1)
            self.ui.stack.setCurrentWidget(self.ui.pagesArea)
        self.ui.noticeLabel.setText(preview.note)
        self.ui.noticeLabel.setVisible(bool(preview.note))

    def document_id(self) -> str:
        return self._preview.document.entry_id

    def page_labels(self) -> list[QLabel]:
        return [
            w for w in self.ui.pagesWidget.findChildren(QLabel) if w.pixmap() is not None and not w.pixmap().isNull()
        ]

    def save_button(self) -> QPushButton:
        return self._save

    def withdraw_button(self) -> QPushButton:
        return self._withdraw

    def _ask_to_withdraw(self) -> None:
        self.withdraw_asked = True
        self.accept()

    def _choose_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save a copy of the document"), self._preview.document.name
        )
        if path:
            self.save_path = Path(path)
            self.accept()

    def show_notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(bool(text))
