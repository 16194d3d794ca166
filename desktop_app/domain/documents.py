"""Documents a lead attaches to a child's file or to one record: what one is, what may be attached, and checking a
document's chunks as they are put back together (docs/design-notes.md, "Documents")."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

MIB = 1024 * 1024
MAX_DOCUMENT_BYTES = 25 * MIB  # the most one document may hold, stated here only
CHUNK_BYTES = 512 * 1024  # plaintext per chunk entry (an entry may hold 8 MiB: entries.MAX_ENTRY_BYTES)
MAX_CHUNKS = -(-MAX_DOCUMENT_BYTES // CHUNK_BYTES)
MAX_NAME = 120  # characters kept of a file's name
MAX_DESCRIPTION = 2000
HASH_HEX = 64


class MediaType:
    """What may be attached, named by its media type."""

    PDF = "application/pdf"
    PNG = "image/png"
    JPEG = "image/jpeg"
    TEXT = "text/plain"

    ALL = (PDF, PNG, JPEG, TEXT)
    IMAGES = (PNG, JPEG)


# Each allowed extension and the media type the file's own bytes must show.
EXTENSIONS: Mapping[str, str] = {
    ".pdf": MediaType.PDF,
    ".png": MediaType.PNG,
    ".jpg": MediaType.JPEG,
    ".jpeg": MediaType.JPEG,
    ".txt": MediaType.TEXT,
}
MEDIA_WORDS: Mapping[str, str] = {
    MediaType.PDF: "a PDF",
    MediaType.PNG: "a PNG image",
    MediaType.JPEG: "a JPEG image",
    MediaType.TEXT: "plain text",
}
NO_INJURY_PHOTOGRAPHS = (
    "Photographs of injuries are not kept: staff do not photograph injuries, the body map is the record. An image "
    "cannot be attached to a concern with injury marks; attach a scanned letter or report as a PDF, or attach the "
    "image to the child's file if it is not of an injury."
)
_TEXT_CONTROLS_ALLOWED = frozenset("\t\n\r\f")


class DocumentRefused(ValueError):
    """A file that may not be attached, in one sentence that says why (nothing is written)."""


class DocumentDamaged(ValueError):
    """A document that cannot be put back together as attached: the message names the chunk and what is wrong."""


@dataclass(frozen=True, slots=True)
class ChunkRef:
    """One chunk of a document: the entry that holds it, the SHA-256 of its plaintext (hex), its length."""

    entry_id: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Document:
    """A document attached by a lead to a child's file (`record` "") or to one record of it. `name` is the file's
    name as cleaned at attach (never a path), `sha256` the whole file's, `chunks` the entries holding it, in order."""

    entry_id: str
    pupil_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    chunks: tuple[ChunkRef, ...]
    record: str
    description: str
    occurred_at: datetime
    by: str
    at: datetime

    @property
    def kind_words(self) -> str:
        return MEDIA_WORDS.get(self.media_type, "a document")

    @property
    def size_words(self) -> str:
        return size_words(self.size)


MAX_WITHDRAWAL_REASON = 2000


@dataclass(frozen=True, slots=True)
class DocumentWithdrawn:
    """A lead's withdrawal of a document from a child's file, with the reason: the document leaves every list and
    pack, the chronology shows the withdrawal, and its chunks stay in the store, sealed (entries are immutable)."""

    entry_id: str
    pupil_id: str
    document_id: str
    reason: str
    occurred_at: datetime
    by: str
    at: datetime


def withdrawal_from(
    content: Mapping[str, Any], entry_id: str, pupil_id: str, occurred_at: datetime, by: str, at: datetime
) -> DocumentWithdrawn:
    """A withdrawal from its entry's content; ValueError when it is in no form the app writes."""
    document, reason = content.get("document"), content.get("reason")
    if not (isinstance(document, str) and document and isinstance(reason, str) and reason.strip()):
        raise ValueError("a document's withdrawal names the document and gives a reason")
    return DocumentWithdrawn(entry_id, pupil_id, document[:36], reason[:MAX_WITHDRAWAL_REASON], occurred_at, by, at)


def withdrawal_of(
    withdrawals: Mapping[str, Sequence[DocumentWithdrawn]], document: Document
) -> DocumentWithdrawn | None:
    """The first withdrawal of `document` written in its own child's file (one naming it from another child's file
    withdraws nothing), or None while it stands."""
    found = [w for w in withdrawals.get(document.entry_id, ()) if w.pupil_id == document.pupil_id]
    return min(found, key=lambda w: (w.at, w.entry_id)) if found else None


def standing(documents: Iterable[Document], withdrawals: Mapping[str, Sequence[DocumentWithdrawn]]) -> list[Document]:
    """The documents not withdrawn, oldest first: what a file's lists and packs show."""
    kept = [d for d in documents if withdrawal_of(withdrawals, d) is None]
    return sorted(kept, key=lambda d: (d.occurred_at, d.entry_id))


def size_words(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < MIB:
        return f"{size / 1024:.0f} KB"
    return f"{size / MIB:.1f} MB"


def clean_name(name: str) -> str:
    """A file's name as kept and shown: its last part after any `/` or `\\`, without control or format characters
    (a right-to-left override cannot reorder it), at most MAX_NAME characters; "document" when nothing is left."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(ch for ch in last if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"))
    kept = kept.strip().strip(".").strip()
    if len(kept) > MAX_NAME:
        stem, dot, ext = kept.rpartition(".")
        kept = (stem[: MAX_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) <= 5 else kept[:MAX_NAME]
    return kept or "document"


def extension_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def expected_media_type(name: str) -> str:
    """The media type a file's extension promises; DocumentRefused for any other extension."""
    media = EXTENSIONS.get(extension_of(name))
    if media is None:
        allowed = ", ".join(EXTENSIONS)
        raise DocumentRefused(f"{name!r} cannot be attached: only PDF, PNG, JPEG and plain-text files ({allowed}).")
    return media


def sniffed_media_type(head: bytes) -> str | None:
    """The media type the first bytes of a file show (text is judged over the whole file by `TextCheck`)."""
    if head.startswith(b"%PDF-"):
        return MediaType.PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    return None


class TextCheck:
    """Whether a file read piece by piece is plain text: UTF-8 (a byte-order mark allowed), no NUL or other control
    character but tab, line breaks and form feed. Private state: `_decoder`, `_bad` (why not, or "")."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._bad = ""

    def feed(self, data: bytes, *, final: bool = False) -> None:
        if self._bad:
            return
        try:
            text = self._decoder.decode(data, final=final)
        except UnicodeDecodeError:
            self._bad = "it is not UTF-8 text"
            return
        for ch in text:
            if unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS_ALLOWED:
                self._bad = "it holds control characters (a binary file?)"
                return

    @property
    def problem(self) -> str:
        return self._bad


def check_kind(name: str, head: bytes, text: TextCheck | None = None) -> str:
    """The media type of a file named `name` whose first bytes are `head` (and, for text, whose whole content
    `text` has read); DocumentRefused when the bytes are not what the extension says."""
    promised = expected_media_type(name)
    shown = sniffed_media_type(head)
    if promised == MediaType.TEXT:
        if shown is not None:
            raise DocumentRefused(
                f"{name!r} is named as plain text but is {MEDIA_WORDS[shown]}: rename it and try again."
            )
        if text is not None and text.problem:
            raise DocumentRefused(f"{name!r} is named as plain text but {text.problem}: it cannot be attached.")
        return promised
    if shown != promised:
        what = MEDIA_WORDS[shown] if shown else "not a file of any kind that can be attached"
        raise DocumentRefused(
            f"{name!r} is named as {MEDIA_WORDS[promised]} but its content is {what}: it cannot be attached."
        )
    return promised


def check_size(size: int, name: str) -> None:
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentRefused(
            f"{name!r} is {size_words(size)}; a document may be at most {size_words(MAX_DOCUMENT_BYTES)}. "
            "Scan it at a lower resolution or split it, and attach the parts."
        )
    if size == 0:
        raise DocumentRefused(f"{name!r} is empty: there is nothing to attach.")


def check_description(description: str) -> str:
    kept = description.strip()
    if len(kept) > MAX_DESCRIPTION:
        raise DocumentRefused(f"A document's description may be at most {MAX_DESCRIPTION:,} characters.")
    return kept


def document_content(
    name: str, media_type: str, size: int, sha256: str, chunks: Iterable[ChunkRef], record: str, description: str
) -> dict[str, Any]:
    """A document entry's sealed content (its kind is added by the unit of work)."""
    return {
        "name": name,
        "media_type": media_type,
        "size": size,
        "sha256": sha256,
        "chunks": [[c.entry_id, c.sha256, c.size] for c in chunks],
        "record": record,
        "description": description,
    }


def _hex(value: object) -> str:
    if not (isinstance(value, str) and len(value) == HASH_HEX and all(ch in "0123456789abcdef" for ch in value)):
        raise ValueError("a document's hash is 64 hex digits")
    return value


def document_from(
    content: Mapping[str, Any], entry_id: str, pupil_id: str, occurred_at: datetime, by: str, at: datetime
) -> Document:
    """A document from its entry's content; ValueError when it is in no form the app writes (the fold passes it
    over and `verify` names it): an unknown media type, chunks that do not add up to its size, too big."""
    media, size, chunks = content.get("media_type"), content.get("size"), content.get("chunks")
    if media not in MediaType.ALL:
        raise ValueError("a document of a media type the app does not attach")
    if not (isinstance(size, int) and 0 < size <= MAX_DOCUMENT_BYTES):
        raise ValueError("a document's size is out of range")
    if not (isinstance(chunks, list) and 0 < len(chunks) <= MAX_CHUNKS):
        raise ValueError("a document's chunks are a list")
    refs = []
    for held in chunks:
        if not (isinstance(held, list) and len(held) == 3 and isinstance(held[0], str) and isinstance(held[2], int)):
            raise ValueError("a document's chunk is [entry id, hash, size]")
        if not 0 < held[2] <= CHUNK_BYTES:
            raise ValueError("a document's chunk is out of range")
        refs.append(ChunkRef(held[0][:36], _hex(held[1]), held[2]))
    if sum(r.size for r in refs) != size:
        raise ValueError("a document's chunks do not add up to its size")
    name, record, description = content.get("name"), content.get("record", ""), content.get("description", "")
    if not (isinstance(name, str) and isinstance(record, str) and isinstance(description, str)):
        raise ValueError("a document's name, record and description are text")
    return Document(
        entry_id, pupil_id, clean_name(name), str(media), size, _hex(content.get("sha256")), tuple(refs),
        record[:36], description[:MAX_DESCRIPTION], occurred_at, by, at,
    )  # fmt: skip


def known_chunks(documents: Iterable[Document]) -> dict[str, str]:
    """SHA-256 of a chunk's plaintext -> the entry holding it, over every document held: an identical chunk is
    stored once (the hashes are inside sealed content only; the hub sees random entry ids)."""
    found: dict[str, str] = {}
    for document in sorted(documents, key=lambda d: (d.at, d.entry_id)):
        for ref in document.chunks:
            found.setdefault(ref.sha256, ref.entry_id)
    return found


class Reassembly:
    """Checks a document's chunks as they are put back together, in order: each must be the chunk recorded at its
    place (its hash and length), and the whole must hash to the document's. Private state: `_document`, `_place`,
    `_whole` (the running SHA-256)."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._place = 0
        self._whole = hashlib.sha256()

    def where(self, place: int | None = None) -> str:
        at = self._place if place is None else place
        return f"chunk {at + 1} of {len(self._document.chunks)} of {self._document.name!r}"

    def take(self, data: bytes) -> bytes:
        """`data` as the next chunk, checked; DocumentDamaged naming the chunk when it is not the one recorded."""
        refs = self._document.chunks
        if self._place >= len(refs):
            raise DocumentDamaged(f"{self._document.name!r} has more chunks than were recorded")
        ref = refs[self._place]
        if len(data) != ref.size or hashlib.sha256(data).hexdigest() != ref.sha256:
            raise DocumentDamaged(
                f"{self.where()} is not the chunk recorded when it was attached (altered, swapped or out of order)"
            )
        self._whole.update(data)
        self._place += 1
        return data

    def finish(self) -> None:
        """After the last chunk: every chunk taken, and the whole file's hash as recorded."""
        if self._place != len(self._document.chunks):
            raise DocumentDamaged(f"{self.where()} was never read")
        if self._whole.hexdigest() != self._document.sha256:
            raise DocumentDamaged(f"{self._document.name!r} does not hash to what was recorded when it was attached")


def received_document_problem(document: Document, data: bytes) -> str:
    """Why `data`, carried in a transfer bundle, is not the document its signed entry records (its size, a chunk's
    length or SHA-256 at its place, the whole file's SHA-256), in words; "" when it is."""
    if len(data) != document.size:
        return f"is {len(data):,} bytes where its entry records {document.size:,}"
    check, start = Reassembly(document), 0
    try:
        for ref in document.chunks:
            check.take(data[start : start + ref.size])
            start += ref.size
        check.finish()
    except DocumentDamaged as exc:
        return f"is not the document its entry records: {exc}"
    return ""
