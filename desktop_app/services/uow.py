"""The unit of work: one user action's entries sealed, signed and written together, or not at all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from desktop_app.crypto.envelope import FileKey, Recipient, recipient_key_ids, seal, seal_chunk
from desktop_app.crypto.keys import generate_symmetric_key
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, size_problem, to_millis
from desktop_app.domain.ids import new_id
from desktop_app.domain.key_material import SEEN
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.services.file_keys import file_key_for, keys_can_travel, under_file_key
from desktop_app.services.metrics_queue import hold_back, padded, release
from desktop_app.services.session import DISABLED, Session
from desktop_app.storage.log import ChainMoved
from desktop_app.storage.shelf import ShelfRow
from desktop_app.storage.store import rotate_device


def now_utc() -> datetime:
    return datetime.now(UTC)


class UnitOfWork:
    """Collects the entries of one action; `commit` writes them durably. Leaving without commit writes nothing.

    Private state: `_pending` entries, and `_new_batch`, the batch key this action introduces (the session adopts
    it only once it is on disk), `_on_commit` (what else the session adopts then: new keys it made), and
    `_held_back`, the oversight counts of this action, queued on this PC rather than written beside the entries
    they count (`hold_back_metric`), and `_file_keys`, the children's file keys this action made (put on the key
    shelf before its entries are written: a key with no entry is harmless, an entry with no key would not open). It
    is also the one place audit entries are written (`audit`).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._pending: list[EntryRecord] = []
        self._new_batch: tuple[str, bytes] | None = None
        self._new_audience_batches: dict[str, tuple[str, bytes]] = {}
        self._on_commit: list[Callable[[], None]] = []
        self._held_back: list[dict[str, Any]] = []
        self._file_keys: dict[str, tuple[FileKey, ShelfRow]] = {}
        self._keys_travel: bool | None = None  # read once per unit of work (services/file_keys.keys_can_travel)
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed:
            self._pending.clear()
            self._new_batch = None
            self._new_audience_batches.clear()
            self._on_commit.clear()
            self._held_back.clear()
            self._file_keys.clear()

    def _batch_recipient(self) -> Recipient:
        held = self._session.batch and self._session.keybook.batches.get(self._session.batch[0])
        if held and held.sealed and self._session.team_key_id not in recipient_key_ids(held.sealed):
            self._session.batch = None  # the team key was rotated since: seal a new batch to the new team key
        batch = self._session.batch or self._new_batch
        if batch is None:
            batch_id, batch_key = new_id(), generate_symmetric_key()
            recipients = [self._session.team_recipient(), self._session.own_recipient()]
            self._pending.append(
                self._build(batch_id, None, now_utc(), {"type": EntryKind.BATCH}, batch_key, recipients)
            )
            batch = self._new_batch = (batch_id, batch_key)
        return Recipient(batch[0], symmetric=batch[1])

    def audience_batch(self, audience: Recipient) -> Recipient:
        """A batch key sealed once per session to `audience` alone (the oversight key): entries for that audience
        then cost one AES operation each to seal and to open, not one X25519 agreement each."""
        held = self._session.audience_batches.get(audience.key_id) or self._new_audience_batches.get(audience.key_id)
        if held is None:
            batch_id, batch_key = new_id(), generate_symmetric_key()
            self._pending.append(
                self._build(batch_id, None, now_utc(), {"type": EntryKind.BATCH}, batch_key, [audience])
            )
            held = self._new_audience_batches[audience.key_id] = (batch_id, batch_key)
        return Recipient(held[0], symmetric=held[1])

    def _build(
        self,
        entry_id: str,
        subject: str | None,
        occurred_at: datetime,
        public: dict[str, Any] | None,
        plaintext: bytes | None,
        recipients: Sequence[Recipient],
        recorded_at: datetime | None = None,
        file_key: FileKey | None = None,
    ) -> EntryRecord:
        sealed = None
        if plaintext is not None:
            sealed = seal(plaintext, entry_id=entry_id, subject=subject, recipients=recipients, file_key=file_key)
        return EntryRecord(
            id=entry_id,
            school_id=self._session.school_id,
            device_id="",
            seq=0,
            prev_hash=b"",
            author_key_id=self._session.key.key_id,
            subject=subject,
            occurred_at=to_millis(occurred_at),
            recorded_at=to_millis(recorded_at or now_utc()),
            public=canonical_json(public) if public is not None else None,
            sealed=sealed,
        )

    def record(
        self,
        kind: str,
        content: dict[str, Any],
        *,
        subject: str | None = None,
        occurred_at: datetime | None = None,
        recipients: Sequence[Recipient] | None = None,
        also_to: Sequence[Recipient] = (),
        entry_id: str | None = None,
        recorded_at: datetime | None = None,
        pad_to: int = 0,
    ) -> str:
        """Add a sealed entry. By default it is sealed to this session's batch key (team and author). A record about
        a child is sealed under the child's file key too (services/file_keys.py).

        `recorded_at` is now, except for the demo generator, which writes a simulated history, and the oversight
        counts written together at a session's end (one time for all of them). With `pad_to`, the content is padded
        with spaces to a multiple of that many bytes, so its sealed size says nothing finer.
        """
        entry_id = entry_id or new_id()
        if recipients is None:
            recipients = [self._batch_recipient(), *also_to]
        plaintext = canonical_json({"kind": kind, **content})
        if pad_to:
            plaintext = padded(plaintext, pad_to)
        occurred = occurred_at or now_utc()
        file_key = None
        if subject is not None and under_file_key(self._session, kind, subject):
            if self._keys_travel is None:
                self._keys_travel = keys_can_travel(self._session)
            if self._keys_travel:
                file_key = file_key_for(self._session, subject, self._file_keys)
        built = self._build(entry_id, subject, occurred, None, plaintext, recipients, recorded_at, file_key)
        self._pending.append(built)
        return entry_id

    def record_chunk(self, data: bytes, child: str | None = None) -> str:
        """Add a document's chunk: raw bytes under a chunk envelope (`crypto.envelope.seal_chunk`), sealed to this
        session's batch key (team and author) like every record, with no subject (a child's file read by subject
        never reads a chunk) and no kind in the clear; under `child`'s file key too, as the child's records are.
        Returns its entry id."""
        entry_id, now = new_id(), now_utc()
        file_key = None
        if child is not None and child != self._session.school_id:
            if self._keys_travel is None:
                self._keys_travel = keys_can_travel(self._session)
            if self._keys_travel:
                file_key = file_key_for(self._session, child, self._file_keys)
        sealed = seal_chunk(data, entry_id=entry_id, recipients=[self._batch_recipient()], file_key=file_key)
        built = self._build(entry_id, None, now, None, None, ())
        self._pending.append(replace(built, sealed=sealed))
        return entry_id

    def record_public(
        self,
        public: dict[str, Any],
        *,
        entry_id: str | None = None,
        secret: bytes | None = None,
        recipients: Sequence[Recipient] = (),
        subject: str | None = None,
    ) -> str:
        """Add a key-material entry: a public part, and optionally a secret sealed to `recipients`. `subject` only
        for an erasure's tombstone (the opaque child it erases: the hub's `shred` reads it)."""
        entry_id = entry_id or new_id()
        public = {**public, SEEN: self._session.view.heads_seen()}  # its point in the order of signed entries
        self._pending.append(self._build(entry_id, subject, now_utc(), public, secret, recipients))
        return entry_id

    def on_commit(self, action: Callable[[], None]) -> None:
        """Run `action` once this unit's entries are on disk (the session holding a key the unit made); never if it
        is left without commit."""
        self._on_commit.append(action)

    def audit(self, kind: str, subject: str | None, **details: Any) -> str:
        """An access-audit entry (who opened or exported what), written with this action."""
        return self.record(kind, details, subject=subject)

    def hold_back_metric(self, content: dict[str, Any]) -> None:
        """Queue an oversight count of this action on this PC (services/oversight.py writes the queue out, shuffled,
        when the session ends). It is queued durably with this action's entries: before them, naming one of them,
        so it counts exactly when they are on disk."""
        self._held_back.append(content)

    def commit(self) -> list[EntryRecord]:
        queued = None
        if self._held_back:
            if not self._pending:
                raise ValueError("an oversight count is queued with the entries it counts; this action wrote none")
            witness = self._pending[-1].id
            queued = hold_back(self._session, witness, self._held_back, to_millis(now_utc()))
        if self._file_keys:  # before the entries sealed under them (see the class docstring)
            self._session.store.shelf.add(row for _, row in self._file_keys.values())
        try:
            written = write_verified(self._session, self._pending)
        except BaseException:
            if queued is not None:
                with suppress(Exception):  # if this fails too, the row's witness never reaches the store: not counted
                    release(self._session, [queued])
            raise
        self._committed = True
        self._held_back = []
        for _, row in self._file_keys.values():
            self._session.keyring.file_key(row)
        self._file_keys = {}
        for entry in written:
            if entry.public is not None:
                self._session.keybook.add(entry, settle=False)
        if any(entry.public is not None for entry in written):
            self._session.keybook.settle()
        if self._new_batch is not None:
            self._session.batch = self._new_batch
            self._session.keyring.hold(*self._new_batch, batch=True)
        for audience, batch in self._new_audience_batches.items():
            self._session.audience_batches[audience] = batch
            self._session.keyring.hold(*batch, batch=True)
        self._new_audience_batches = {}
        self._pending = []
        self._new_batch = None
        actions, self._on_commit = self._on_commit, []
        for action in actions:
            action()
        return written


def write_verified(session: Session, entries: list[EntryRecord]) -> list[EntryRecord]:
    """Chain, sign and write `entries` on top of this PC's verified chain head only. If the store's head is not
    the one the view verified, the entries since are judged first (another person on this PC may have written);
    if this PC's own chain holds an entry that does not hold up (planted or altered), or is shorter than what was
    verified (cut short, or an older copy put back), it is left as it is and this PC starts a new chain under a
    new device id, so nothing is ever signed on top of what was not verified and no place in a chain is used twice
    (sync brings this PC's later entries back from the hub under the old id)."""
    view, log = session.view, session.store.log
    account = session.keybook.accounts.get(session.account_id)
    if account is None or not account.active:  # it heard of its own disabling (sync) while signed in
        raise NotPermitted(DISABLED + " Nothing was saved.")
    for entry in entries:
        too_big = size_problem(entry, lambda e: e.public_data().get("type"))
        if too_big is not None:
            raise ServiceError(f"This cannot be saved as one record: it is {too_big}. Nothing was saved.")
    if view.own_chain_cut_short():
        rotate_device(session.store, "its chain was cut short or replaced by an older copy")
    for _ in range(3):
        try:
            written = log.append(entries, session.signer(), expect_head=view.own_head())
        except ChainMoved:
            device = session.store.device_id
            held = log.device_heads().get(device, 0)
            verified = view.own_head()[0]
            if held > verified:
                view.catch_up(device)
                if view.own_head()[0] < held:
                    rotate_device(session.store, "its chain holds entries that do not hold up")
            else:
                rotate_device(session.store, "its chain was cut short or replaced by an older copy")
            continue
        view.note_written(written)
        return written
    raise ServiceError(
        "This PC's records kept changing while saving (another program writing?); nothing was saved. Try again."
    )
