"""Documents a lead attaches to a child's file or to one record: attached from a path in chunks (streamed, stored
once per content), listed from the fold, and read back chunk by chunk, each checked, to a preview or a chosen path
(docs/design-notes.md, "Documents")."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop_app.crypto.envelope import CannotOpen, FileKeyGone, NoKeyHeld
from desktop_app.domain.documents import (
    CHUNK_BYTES,
    MAX_DOCUMENT_BYTES,
    NO_INJURY_PHOTOGRAPHS,
    ChunkRef,
    Document,
    DocumentDamaged,
    DocumentRefused,
    MediaType,
    Reassembly,
    TextCheck,
    check_description,
    check_kind,
    check_size,
    clean_name,
    document_content,
    document_from,
    expected_media_type,
    known_chunks,
    standing,
    withdrawal_of,
)
from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.envelope_layout import is_chunk
from desktop_app.domain.lead.file_parts import concern_marks
from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.private_files import make_private
from desktop_app.reports.inputs import IncludedDocument
from desktop_app.services.audit import DOCUMENT
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.references import find_concern
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork

CHUNKS_PER_WRITE = 8  # chunks sealed and written together: at most 4 MiB of a file held at once while attaching


class NotAttached(ServiceError):
    """A file that may not be attached (domain.documents.DocumentRefused), said in one sentence."""


class CannotBeShown(ServiceError):
    """A document whose chunks do not put it back together as attached (DocumentDamaged): the chunk is named."""


@dataclass(frozen=True, slots=True)
class Attached:
    """What attaching wrote: the document, and how many of its chunks were new (the rest were held already)."""

    document: Document
    written: int
    reused: int

    @property
    def words(self) -> str:
        d = self.document
        text = f"Attached {d.name!r} ({d.kind_words}, {d.size_words}) as {d.entry_id}."
        if self.reused:
            text += f" {self.reused} of its {len(d.chunks)} chunks were already held and are stored once."
        return text


def documents_of(state: SchoolState, pupil_id: str) -> list[Document]:
    """The documents attached to one child's file and not withdrawn, oldest first."""
    return standing(state.lead.about(pupil_id, Document), state.lead.documents_withdrawn)


def find_document(state: SchoolState, document_id: str, *, withdrawn: bool = False) -> Document:
    """A document by its id (or a tail of it of 8 characters or more, naming one document); a withdrawn one is
    refused, saying when, by whom and why, unless `withdrawn`."""
    found = _find_document(state, document_id)
    gone = withdrawal_of(state.lead.documents_withdrawn, found)
    if gone is not None and not withdrawn:
        member = state.staff.get(gone.by)
        raise NotFound(
            f"{found.name!r} was withdrawn from the file on {gone.at:%d %b %Y} by "
            f"{member.full_name if member else 'a lead'}: {gone.reason}"
        )
    return found


def _find_document(state: SchoolState, document_id: str) -> Document:
    wanted = document_id.strip().lower()
    held = state.lead.documents.get(wanted)
    if held is not None:
        return held
    found = [d for d in state.lead.documents.values() if len(wanted) >= 8 and d.entry_id.endswith(wanted)]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ServiceError(f"{document_id!r} names {len(found)} documents: give the whole id from `document list`.")
    raise NotFound(f"No document {document_id!r} that you can see.")


def _record_of(state: SchoolState, pupil: Pupil, record: str) -> tuple[str, bool]:
    """The entry id a document is attached to (a concern by its reference or id, or a lead's record by its id),
    and whether that record holds injury marks. NotFound when it is not a record of this child's file."""
    wanted = record.strip()
    held = state.lead.by_pupil.get(pupil.pupil_id, ())
    for item in held:
        if getattr(item, "entry_id", None) == wanted:
            concern = state.concerns.get(str(getattr(item, "concern_id", "") or getattr(item, "concern", "")))
            return wanted, bool(concern and concern_marks(state, concern))
    try:
        concern = find_concern(state, wanted)
    except ServiceError as exc:
        raise NotFound(f"{wanted!r} is not a concern or a record in {pupil.full_name}'s file ({exc})") from exc
    if concern.pupil_id != pupil.pupil_id:
        raise NotFound(f"The concern {wanted} is not about {pupil.full_name}: attach the document in its own file.")
    return concern.concern_id, bool(concern_marks(state, concern))


def _read_pieces(handle: BinaryIO, name: str) -> Iterator[bytes]:
    """A file in CHUNK_BYTES pieces; DocumentRefused as soon as more than MAX_DOCUMENT_BYTES has been read (a file
    that grows while it is read, or a device that says nothing of its size)."""
    total = 0
    while True:
        piece = handle.read(CHUNK_BYTES)
        if not piece:
            return
        total += len(piece)
        check_size(total, name)
        yield piece


Opener = Callable[[], BinaryIO]


def _judge_file(path: Path, name: str, opener: Opener) -> tuple[str, int, str]:
    """First reading: the media type its bytes show (checked against its extension), its size and SHA-256; nothing
    is kept. DocumentRefused or ServiceError (cannot be read) say why."""
    expected_media_type(name)
    try:
        with opener() as handle:
            if isinstance(handle, io.BufferedReader):  # refused before a byte is read when too big
                check_size(os.fstat(handle.fileno()).st_size or 1, name)
            whole, text, head, size = hashlib.sha256(), TextCheck(), b"", 0
            for piece in _read_pieces(handle, name):
                if not head:
                    head = piece[:16]
                whole.update(piece)
                text.feed(piece)
                size += len(piece)
            text.feed(b"", final=True)
    except IsADirectoryError as exc:
        raise ServiceError(f"{path} is a folder, not a file: nothing was attached.") from exc
    except OSError as exc:
        raise ServiceError(f"{path} cannot be read ({exc.strerror}): nothing was attached.") from exc
    check_size(size, name)
    return check_kind(name, head, text), size, whole.hexdigest()


def attach_document(
    session: Session,
    pupil_id: str,
    path: Path,
    *,
    record: str = "",
    description: str = "",
    state: SchoolState | None = None,
) -> Attached:
    """Attach the file at `path` to a child's file (or to one record of it). The file is read twice, a chunk at a
    time: once to judge it (type, size, hash), then to seal and write its chunks, at most CHUNKS_PER_WRITE at once,
    a chunk already held (same content) written no more; the document entry, written last, names them in order.
    Refused, writing nothing, for a member of staff, a read-only file, a file over MAX_DOCUMENT_BYTES, one that is
    not what its extension says, and an image attached to a concern with injury marks (NotAttached)."""
    try:
        return _attach(session, pupil_id, path, lambda: open(path, "rb"), record, description, state)
    except DocumentRefused as exc:
        raise NotAttached(str(exc)) from exc


def attach_document_data(
    session: Session,
    pupil_id: str,
    name: str,
    data: bytes,
    *,
    record: str = "",
    description: str = "",
    state: SchoolState | None = None,
) -> Attached:
    """`attach_document` of bytes already in memory, named `name` (the demo school's letters): never through a
    temporary file."""
    try:
        return _attach(session, pupil_id, Path(name), lambda: io.BytesIO(data), record, description, state)
    except DocumentRefused as exc:
        raise NotAttached(str(exc)) from exc


def _attach(
    session: Session,
    pupil_id: str,
    path: Path,
    opener: Opener,
    record: str,
    description: str,
    state: SchoolState | None,
) -> Attached:
    session.require_lead()
    state = state if state is not None else load_state(session)
    pupil = state.pupils.get(pupil_id)
    if pupil is None:
        raise NotFound("No such pupil in this school's directory.")
    read_only = state.lead.read_only_reason(pupil_id)
    if read_only:
        raise ServiceError(read_only)
    name = clean_name(str(path.name))
    note = check_description(description)
    attached_to, injured = _record_of(state, pupil, record) if record.strip() else ("", False)
    expected = expected_media_type(name)
    if injured and expected in MediaType.IMAGES:  # refused before the file is read
        raise DocumentRefused(NO_INJURY_PHOTOGRAPHS)
    media, size, sha256 = _judge_file(path, name, opener)
    if injured and media in MediaType.IMAGES:
        raise DocumentRefused(NO_INJURY_PHOTOGRAPHS)
    refs, written, reused = _write_chunks(session, state, pupil_id, path, name, sha256, opener)
    content = document_content(name, media, size, sha256, refs, attached_to, note)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.DOCUMENT, content, subject=pupil_id)
        [*_, entry] = uow.commit()
    at = from_millis(entry.recorded_at)
    document = document_from(content, entry_id, pupil_id, from_millis(entry.occurred_at), session.account_id, at)
    return Attached(document, written, reused)


def _held_chunk(session: Session, entry_id: str) -> bool:
    """Whether a chunk named by a document held is in this store and holds up (so it may be named again)."""
    entry = session.store.log.get(entry_id)
    return entry is not None and is_chunk(entry.sealed) and bool(session.view.verified([entry]))


def _write_chunks(
    session: Session, state: SchoolState, pupil_id: str, path: Path, name: str, sha256: str, opener: Opener
) -> tuple[list[ChunkRef], int, int]:
    """Second reading: each chunk sealed (under the child's file key) and written, or found held among the same
    child's documents (another child's chunk is never named: erasing that child would take it), and the file's
    hash checked again."""
    known = known_chunks(d for d in state.lead.documents.values() if d.pupil_id == pupil_id)
    refs: list[ChunkRef] = []
    written = reused = 0
    whole = hashlib.sha256()
    batch: list[tuple[int, bytes, str]] = []

    def flush() -> None:
        if not batch:
            return
        with UnitOfWork(session) as uow:
            ids = [uow.record_chunk(data, pupil_id) for _, data, _ in batch]
            uow.commit()
        for (place, data, digest), entry_id in zip(batch, ids, strict=True):
            refs[place] = ChunkRef(entry_id, digest, len(data))
            known[digest] = entry_id
        batch.clear()

    try:
        with opener() as handle:
            for piece in _read_pieces(handle, name):
                whole.update(piece)
                digest = hashlib.sha256(piece).hexdigest()
                held = known.get(digest)
                if held is not None and _held_chunk(session, held):
                    refs.append(ChunkRef(held, digest, len(piece)))
                    reused += 1
                    continue
                if any(d == digest for _, _, d in batch):  # the same chunk twice in this file
                    refs.append(ChunkRef("", digest, len(piece)))
                    reused += 1
                    continue
                refs.append(ChunkRef("", digest, len(piece)))
                batch.append((len(refs) - 1, piece, digest))
                written += 1
                if len(batch) >= CHUNKS_PER_WRITE:
                    flush()
            flush()
    except OSError as exc:
        raise ServiceError(f"{path} cannot be read ({exc.strerror}): nothing was attached.") from exc
    if whole.hexdigest() != sha256:
        raise ServiceError(f"{name!r} changed while it was being attached: nothing was attached; try again.")
    refs = [r if r.entry_id else ChunkRef(known[r.sha256], r.sha256, r.size) for r in refs]
    return refs, written, reused


def store_received_bytes(
    session: Session, state: SchoolState, pupil_id: str, name: str, data: bytes, sha256: str
) -> list[ChunkRef]:
    """A received document's bytes (already checked against its entry) written as this school's own chunks of the
    child's file, sealed like any chunk (under the child's file key) and stored once per content among the child's
    documents; the chunks that name them, in order."""
    session.require_lead()
    opener = lambda: io.BytesIO(data)  # noqa: E731
    refs, _written, _reused = _write_chunks(session, state, pupil_id, Path(name), name, sha256, opener)
    return refs


def _chunk_problem(session: Session, entry_id: str) -> str | None:
    """Why a chunk's entry may not be read (missing, not holding up, not a lead's), or None."""
    entry = session.store.log.get(entry_id)
    if entry is None:
        return "is missing from this PC's store (not synced yet, or removed)"
    if not is_chunk(entry.sealed):
        return "is not a document's chunk (swapped for another record)"
    if not session.view.verified([entry]):
        why = next((q.reason for q in session.view.quarantine() if q.entry_id == entry_id), "")
        return "does not hold up" + (f" ({why})" if why else "")
    book = session.keybook
    authority = book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=True)
    if authority is not None:
        return f"was not written by a lead ({authority})"
    return None


def document_chunks(session: Session, document: Document) -> Iterator[bytes]:
    """A document's bytes, one checked chunk at a time, in order; DocumentDamaged names the first chunk that is
    missing, does not hold up, was not a lead's, fails to open, or is not the one recorded at its place."""
    session.require_lead()
    check = Reassembly(document)
    log = session.store.log
    for place, ref in enumerate(document.chunks):
        why = _chunk_problem(session, ref.entry_id)
        if why is not None:
            raise DocumentDamaged(f"{check.where(place)} {why}: the document cannot be shown.")
        entry = log.get(ref.entry_id)
        assert entry is not None  # checked just above
        try:
            data = session.keyring.open_chunk(entry)
        except FileKeyGone as exc:
            raise DocumentDamaged(
                f"{check.where(place)} is sealed under its child's file key, which this PC does not hold (the file "
                "was erased, or the key has not reached this PC yet: sync)."
            ) from exc
        except NoKeyHeld as exc:
            raise DocumentDamaged(f"{check.where(place)} is not sealed to any key you hold.") from exc
        except CannotOpen as exc:
            raise DocumentDamaged(f"{check.where(place)} fails its authentication check (altered).") from exc
        yield check.take(data)
    check.finish()


def _audit(session: Session, document: Document, *, saved: bool) -> None:
    with UnitOfWork(session) as uow:
        kind = EntryKind.FILE_EXPORTED if saved else EntryKind.FILE_VIEWED
        uow.audit(kind, document.pupil_id, what=DOCUMENT, detail=f"{document.name} ({document.entry_id})")
        uow.commit()


def open_document(session: Session, document_id: str, *, state: SchoolState | None = None) -> tuple[Document, bytes]:
    """A document's whole bytes, checked, for the preview in the window (the look is written to the file's
    audit). Held in memory only: never written to a temporary file."""
    session.require_lead()
    state = state if state is not None else load_state(session)
    document = find_document(state, document_id)
    try:
        data = b"".join(document_chunks(session, document))
    except DocumentDamaged as exc:
        raise CannotBeShown(str(exc)) from exc
    _audit(session, document, saved=False)
    return document, data


def save_document(
    session: Session, document_id: str, out: Path, *, overwrite: bool = False, state: SchoolState | None = None
) -> Document:
    """Write a document to the path the lead chose: streamed chunk by chunk into a private file beside it, moved
    into place only once every chunk and the whole have been checked (a damaged document leaves nothing behind).
    The export is written to the file's audit."""
    session.require_lead()
    state = state if state is not None else load_state(session)
    document = find_document(state, document_id)
    out = out.expanduser()
    if out.is_dir():
        raise ServiceError(f"{out} is a folder: give the file's name to save it as (e.g. {out / document.name}).")
    if out.exists() and not overwrite:
        raise ServiceError(f"{out} already exists: choose another name; nothing was written.")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(f"The folder {folder} does not exist; nothing was written.")
    handle, temp = tempfile.mkstemp(prefix=".concern-logger-", suffix=".part", dir=folder)
    staged = Path(temp)
    try:
        make_private(staged)
        with os.fdopen(handle, "wb") as sink:
            for data in document_chunks(session, document):
                sink.write(data)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(staged, out)
    except DocumentDamaged as exc:
        raise CannotBeShown(f"{exc} Nothing was written.") from exc
    finally:
        staged.unlink(missing_ok=True)
    _audit(session, document, saved=True)
    return document


def chosen_documents(
    state: SchoolState, pupil_id: str, ids: Sequence[str] = (), *, everything: bool = False
) -> list[Document]:
    """The documents a lead chose for a pack (`everything`: all of the child's), each checked to be this child's."""
    if everything:
        return documents_of(state, pupil_id)
    held = documents_of(state, pupil_id)
    found: dict[str, Document] = {}
    for wanted in ids:
        key = wanted.strip().lower()
        match = [d for d in held if d.entry_id == key or (len(key) >= 8 and d.entry_id.endswith(key))]
        if len(match) != 1:
            raise NotFound(
                f"{wanted!r} is not a document in this child's file (see `document list UPN`); nothing was written."
            )
        found.setdefault(match[0].entry_id, match[0])
    return list(found.values())


def documents_for_pack(
    session: Session, state: SchoolState, documents: Sequence[Document]
) -> tuple[IncludedDocument, ...]:
    """The chosen documents' checked bytes, for a pack built in memory (CannotBeShown names a damaged chunk)."""
    included = []
    for document in documents:
        try:
            data = b"".join(document_chunks(session, document))
        except DocumentDamaged as exc:
            raise CannotBeShown(f"{exc} The pack was not written.") from exc
        member, author = state.staff.get(document.by), state.transfers.authors.get(document.by)
        by = member.full_name if member else f"{author.words} ({author.school})" if author else "a lead"
        included.append(IncludedDocument(document, data, by))
    return tuple(included)


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Attached",
    "CannotBeShown",
    "NotAttached",
    "attach_document",
    "document_chunks",
    "documents_of",
    "find_document",
    "open_document",
    "save_document",
]
