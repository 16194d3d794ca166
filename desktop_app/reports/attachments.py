"""Documents a lead chose to include in a pack, put after the pack's own pages: for each, a page saying what it is
(name, kind, size, SHA-256, who attached it and when), then a PDF's own pages, an image placed on a page, or text
printed. Nothing is written to disk: the pack is built in memory and encrypted whole."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image

from desktop_app.domain.documents import MediaType
from desktop_app.reports.document import CONTENT_WIDTH, PAGE_HEIGHT, PageFrame, build_pdf
from desktop_app.reports.inputs import IncludedDocument
from desktop_app.reports.layout import Span, TextBlock, facts, heading, note
from desktop_app.reports.page_numbers import number_pages
from desktop_app.reports.text import clean

_IMAGE_HEIGHT = PAGE_HEIGHT * 0.62
_TEXT_LINES_PER_BLOCK = 40


class DocumentNotPrintable(ValueError):
    """A chosen document that cannot go in a pack (a PDF protected by a password, a damaged one): says which."""


def _about(item: IncludedDocument, number: int, total: int) -> list[Flowable]:
    d = item.document
    rows: list[tuple[str, str | Span]] = [
        ("Name", clean(d.name)),
        ("Kind", f"{d.kind_words}, {d.size_words}"),
        ("Attached", f"{d.occurred_at:%d %b %Y %H:%M} by {clean(item.attached_by)}"),
        ("SHA-256", d.sha256),
    ]
    if d.description:
        rows.append(("Description", clean(d.description)))
    return [heading(f"Attached document {number} of {total}"), facts(rows)]


def _image(item: IncludedDocument) -> list[Flowable]:
    try:
        reader = ImageReader(io.BytesIO(item.data))
        width, height = reader.getSize()
    except Exception as exc:  # reportlab raises many kinds for an image it cannot read
        raise DocumentNotPrintable(f"{item.document.name!r} is an image that cannot be read") from exc
    scale = min(CONTENT_WIDTH / width, _IMAGE_HEIGHT / height)
    return [Image(io.BytesIO(item.data), width=width * scale, height=height * scale)]


def _text(item: IncludedDocument) -> list[Flowable]:
    lines = item.data.decode("utf-8-sig", errors="replace").splitlines() or [""]
    blocks: list[Flowable] = []
    for start in range(0, len(lines), _TEXT_LINES_PER_BLOCK):
        chunk = "\n".join(clean(line) for line in lines[start : start + _TEXT_LINES_PER_BLOCK])
        blocks.append(TextBlock(Span(chunk), space_after=0))
    return blocks


def _pdf_pages(item: IncludedDocument) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(item.data))
        if reader.is_encrypted:
            raise DocumentNotPrintable(
                f"{item.document.name!r} is a PDF protected by a password: save it and send it on its own"
            )
        _ = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, DocumentNotPrintable):
            raise
        raise DocumentNotPrintable(f"{item.document.name!r} is a PDF that cannot be read (damaged?)") from exc
    return reader


def append_documents(pack: bytes, documents: Sequence[IncludedDocument], frame: PageFrame) -> bytes:
    """The pack's PDF (not yet encrypted, built with `frame.numbered` off when there are documents) with each chosen
    document after it, in the order given, and every page numbered over the whole (`page_numbers`)."""
    if not documents:
        return pack
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pack)))
    attached = [False] * len(writer.pages)
    frame = replace(frame, numbered=False)
    total = len(documents)
    for number, item in enumerate(documents, start=1):
        story = _about(item, number, total)
        media = item.document.media_type
        readers: list[PdfReader] = []
        if media in MediaType.IMAGES:
            story += _image(item)
        elif media == MediaType.TEXT:
            story += _text(item)
        else:
            readers.append(_pdf_pages(item))
            story.append(note(f"Its {len(readers[0].pages)} page(s) follow, as attached."))
        section = PdfReader(io.BytesIO(build_pdf(story, frame, subject="Attached document")))
        writer.append(section)
        attached += [False] * len(section.pages)
        for reader in readers:
            writer.append(reader)
            attached += [True] * len(reader.pages)
    number_pages(writer, attached, frame)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
