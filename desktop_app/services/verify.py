"""Checking a store: every hash, signature, device chain and authority with public keys alone; content too when
unlocked. It reads through a fresh `VerifiedView`, the same gate every other reader uses, so what `verify` names
is exactly what the app leaves out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.crypto.envelope import CannotOpen, FileKeyGone, NoKeyHeld
from desktop_app.domain.entries import ANYONE_MAY_WRITE, EntryKind, EntryRecord, from_millis, kind_label
from desktop_app.domain.envelope_layout import is_chunk, recipient_key_ids
from desktop_app.domain.fold import OpenedEntry, applies
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Role
from desktop_app.services.content import decode_content
from desktop_app.services.erasures import erasures_in
from desktop_app.services.opening import assignee_problem
from desktop_app.services.session import Session
from desktop_app.services.verified import VerifiedView, is_key_only
from desktop_app.storage.store import ROTATED_SETTING, SchoolStore

CHAIN = "chain"  # the entry id given to problems of a whole chain rather than of one entry


@dataclass(frozen=True, slots=True)
class Problem:
    entry_id: str
    what: str

    def __str__(self) -> str:
        return self.what if self.entry_id == CHAIN else f"entry {self.entry_id}: {self.what}"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """`problems`: what fails integrity (hash, chain, signature, content) or a whole chain; `refused`: entries
    whose integrity holds but that were not their author's to make (a disabled account's, a revoked lead's, a
    lead's kind by staff): kept in the store so that the chain goes on, and never used."""

    entries: int
    opened: int
    problems: list[Problem]
    refused: list[Problem] = field(default_factory=list)
    erased: int = 0  # records whose child's file was erased (their file key destroyed): counted, never a problem
    file_key_missing: int = 0  # records under a file key this PC does not hold and no erasure names (not synced)
    # Chunks no document entry names (an attach interrupted between its writes), found when a lead verifies: kept,
    # sealed, never shown; None when the reader cannot open documents (no session, or not a lead).
    unreferenced_chunks: list[str] | None = None

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_store(store: SchoolStore, session: Session | None = None) -> VerifyReport:
    """Everything in the store checked; with a session, every entry that person can open is opened too, and what
    that person verified before on this PC is compared with the store (a chain cut short or put back is named)."""
    view = VerifiedView(store)
    book = view.load_key_book()
    if session is not None:
        view.adopt(session.view.prefix())
    view.catch_up()
    entries = list(store.log.all())
    usable = {e.id for e in view.verified(entries)}  # judged, or compared with what this reader verified before
    found: dict[str, list[str]] = {}
    refused: dict[str, list[str]] = {}
    _note_quarantined(view, found, refused)
    for entry in entries:  # an audit reads every signature itself, even where a later one already vouches
        if not view.signature_holds(entry) and entry.author_key_id in book.signing_keys:
            _add(found, entry.id, "signature does not match (altered or forged)")
    chain_problems = _chain_problems(view, session)
    opening = _Opening() if session is None else _open_all(store, session, book, view, entries, usable, found, refused)
    for entry in entries:
        if entry.sealed is not None and not recipient_key_ids(entry.sealed):
            _add(found, entry.id, "encrypted content is not in a readable form (damaged)")
    rotated = store.settings.get(ROTATED_SETTING)
    if rotated:
        chain_problems.append(Problem(CHAIN, f"this PC started a new chain because the old one ({rotated})"))
    problems = [Problem(entry_id, what) for entry_id in sorted(found) for what in found[entry_id]]
    problems += chain_problems
    held_back = [Problem(entry_id, what) for entry_id in sorted(refused) for what in refused[entry_id]]
    unreferenced = None
    if session is not None and session.role == Role.LEAD and session.holds_team_key:  # a lead opens every document
        unreferenced = sorted(
            e.id
            for e in entries
            if e.sealed is not None and is_chunk(e.sealed) and e.id not in opening.chunks_named | opening.chunks_gone
        )
    return VerifyReport(
        len(entries), opening.opened, problems, held_back, opening.erased, opening.missing, unreferenced
    )


@dataclass(slots=True)
class _Opening:
    """What opening every entry a person can open came to: how many opened, were erased or had their file key
    missing, and the chunk entries a document names or that lie under a file key not held here."""

    opened: int = 0
    erased: int = 0
    missing: int = 0
    chunks_named: set[str] = field(default_factory=set)  # chunk entries a document names (its own, or one received)
    chunks_gone: set[str] = field(default_factory=set)  # under a file key not held (erased, or not synced)


def _note_quarantined(view: VerifiedView, found: dict[str, list[str]], refused: dict[str, list[str]]) -> None:
    """What the view held back: refused when it was not its author's to make, found (an integrity fault) otherwise."""
    authority = {q.entry_id for q in view.refused_for_authority()}
    for quarantined in view.quarantine():
        into = refused if quarantined.entry_id in authority else found
        into.setdefault(quarantined.entry_id, []).append(quarantined.reason)


def _chain_problems(view: VerifiedView, session: Session | None) -> list[Problem]:
    """The chains' problems the store's view names, and those the person's own view names besides."""
    chain_problems = [Problem(entry_id or CHAIN, what) for entry_id, what in view.problems()]
    if session is not None:
        named = set(view.problems())  # what the store's own view named is not named twice
        chain_problems += [
            Problem(entry_id or CHAIN, what)
            for entry_id, what in session.view.problems()
            if (entry_id, what) not in named
        ]
    return chain_problems


def _open_all(
    store: SchoolStore,
    session: Session,
    book: KeyBook,
    view: VerifiedView,
    entries: list[EntryRecord],
    usable: set[str],
    found: dict[str, list[str]],
    refused: dict[str, list[str]],
) -> _Opening:
    """Every entry the person can open opened, its content checked and, where the view judged it, its authority."""
    opening = _Opening()
    erasures = erasures_in(book, store)
    erased_keys = {key_id for erasure in erasures.values() for key_id in erasure.file_keys}
    for entry in entries:
        if entry.sealed is None or is_key_only(entry):
            continue
        if is_chunk(entry.sealed):
            try:
                opening.opened += _check_chunk(session, book, entry, entry.id in usable, found, refused)
            except FileKeyGone as gone:  # a chunk has no subject: erased when an erasure names its file key
                opening.chunks_gone.add(entry.id)
                if gone.key_id in erased_keys:
                    opening.erased += 1
                else:
                    opening.missing += 1
            continue
        try:
            plain = session.keyring.open_bytes(entry)
        except FileKeyGone:
            if entry.subject in erasures:
                opening.erased += 1
            else:
                opening.missing += 1
            continue
        except NoKeyHeld:
            continue
        except CannotOpen:
            _add(found, entry.id, "encrypted content fails its authentication check (altered)")
            continue
        opening.opened += 1
        _check_content(session, book, view, entry, plain, entry.id in usable, opening.chunks_named, found, refused)
    return opening


def _check_content(
    session: Session,
    book: KeyBook,
    view: VerifiedView,
    entry: EntryRecord,
    plain: bytes,
    usable: bool,
    chunks_named: set[str],
    found: dict[str, list[str]],
    refused: dict[str, list[str]],
) -> None:
    """An opened record's content checked: a record, in a form the app writes, and (when usable) its author's to
    make; the chunks a document in it names are noted."""
    try:
        content = decode_content(plain)
        kind = content.get("kind", "")
    except (ValueError, AttributeError):
        _add(found, entry.id, "encrypted content is not a record (damaged)")
        return
    _note_named_chunks(kind, content, chunks_named)
    if not isinstance(kind, str) or not _applies(entry, content):
        _add(found, entry.id, f"{kind_label(kind)} in no form the app writes (a modified program?): not used")
        return
    if usable and kind not in ANYONE_MAY_WRITE:
        why = book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=True)
        if why is not None and kind == EntryKind.ACTION_DONE:  # its assignee may mark their own action done
            done = content.get("action")
            why = assignee_problem(book, view, entry.author_key_id, entry.device_id, entry.seq, entry.subject, done)
        if why is not None:
            _add(refused, entry.id, f"{kind_label(kind)}: {why}")


def _note_named_chunks(kind: object, content: dict[str, Any], named: set[str]) -> None:
    """Add the chunk entries a document's content names (a document, or one in a received file's records)."""
    documents: list[object] = [content] if kind == EntryKind.DOCUMENT else []
    records = content.get("records") if kind == EntryKind.TRANSFER_IN else None
    for record in records if isinstance(records, list) else ():
        if isinstance(record, dict) and record.get("kind") == EntryKind.DOCUMENT:
            documents.append(record.get("content"))
    for document in documents:
        chunks = document.get("chunks") if isinstance(document, dict) else None
        for ref in chunks if isinstance(chunks, list) else ():
            if isinstance(ref, list) and ref and isinstance(ref[0], str):
                named.add(ref[0])


def _check_chunk(
    session: Session,
    book: KeyBook,
    entry: EntryRecord,
    usable: bool,
    found: dict[str, list[str]],
    refused: dict[str, list[str]],
) -> int:
    """A document's chunk opened (its authentication checked; its bytes are checked against its document when the
    document is read) and, when it holds, its author's authority: a chunk is a lead's. 1 when it opened."""
    try:
        session.keyring.open_chunk(entry)
    except FileKeyGone:
        raise
    except NoKeyHeld:
        return 0
    except CannotOpen:
        _add(found, entry.id, "a document's chunk whose encrypted content fails its authentication check (altered)")
        return 0
    if usable:
        why = book.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=True)
        if why is not None:
            _add(refused, entry.id, f"{EntryKind.DOCUMENT_CHUNK}: {why}")
    return 1


def _add(found: dict[str, list[str]], entry_id: str, what: str) -> None:
    whats = found.setdefault(entry_id, [])
    if what not in whats:
        whats.append(what)


def _applies(entry: EntryRecord, content: dict[str, Any]) -> bool:
    """Whether opened content can be folded (the fold passes over what cannot: `domain.fold.applies`)."""
    kind = str(content.get("kind", ""))
    body = {k: v for k, v in content.items() if k != "kind"}
    moment = from_millis(entry.occurred_at)
    return applies(OpenedEntry(entry.id, kind, entry.subject, "", moment, from_millis(entry.recorded_at), body))
