"""Each child's file key for writing: which records are sealed under one, and finding or making the key.

A record whose subject is a child (a concern, an addendum, every lead record, the roster entry, a document's entry)
is sealed as envelope version 3 under the child's file key (crypto/envelope.py). The key lives on the key shelf
(storage/shelf.py), wrapped under the directory key that every account holds, so staff write and read their own
concerns as before. Whoever writes the first record about a child with no key on this PC's shelf makes one; two
PCs offline may make two keys for one child, and both are kept (the shelf is keyed by child and key id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.crypto.envelope import FileKey
from desktop_app.crypto.file_keys import new_file_key, wrap_file_key
from desktop_app.domain.entries import EntryKind
from desktop_app.services.erasures import erasures_in
from desktop_app.services.errors import NotPermitted, ServiceError
from desktop_app.storage.shelf import ShelfRow

if TYPE_CHECKING:
    from desktop_app.services.session import Session

# Kinds with a subject that are not sealed under a file key: the closing tombstone (it must still open after the
# file is erased, or the fold would show the child again: domain/fold.py), and records whose subject is not a child
# (the school's settings, a household's dismissal, the allegations against staff).
NOT_UNDER_FILE_KEY = frozenset(
    {
        EntryKind.RETENTION_CLOSED,
        EntryKind.LEAD_SETTINGS,
        EntryKind.HOUSEHOLD_DISMISSED,
        EntryKind.ALLEGATION,
        EntryKind.ALLEGATION_OUTCOME,
        EntryKind.ALLEGATIONS_HOLDER,
        EntryKind.METRICS,
    }
)
# Set by sync (services/sync/shelf.py): "absent" while this PC's hub has no key shelf (schema 1 or 2, or reached
# through a school's shared login), so file keys could not reach the other PCs: records are then sealed as before
# (version 1: they can be closed, never erased) until a sync finds a shelf.
HUB_SHELF_SETTING = "hub_shelf"
SHELF_ABSENT = "absent"
ERASED_ALREADY = "This child's file was erased: nothing about the child can be recorded again."


def under_file_key(session: Session, kind: str, subject: str | None) -> bool:
    """Whether a record of `kind` about `subject` is sealed under the child's file key (when the PC's hub, if any,
    can carry file keys: `keys_can_travel`)."""
    return bool(subject) and subject != session.school_id and kind not in NOT_UNDER_FILE_KEY


def keys_can_travel(session: Session) -> bool:
    """False while this PC's hub has no key shelf (see HUB_SHELF_SETTING): records are then written as before."""
    return session.store.settings.get(HUB_SHELF_SETTING) != SHELF_ABSENT


def file_key_for(session: Session, subject: str, made: dict[str, tuple[FileKey, ShelfRow]]) -> FileKey | None:
    """The file key to seal a record about `subject` under: one on this PC's shelf that opens (the first by id), or
    one made in this unit of work (`made`, child -> key and its shelf row, written before the entries). None when
    this account holds no directory key (the record is then sealed as before, version 1, and can only be closed)."""
    if subject in made:
        return made[subject][0]
    for row in session.store.shelf.of_subject(subject):
        key = session.keyring.file_key(row)
        if key is not None:
            return key
    if subject in erased_subjects(session):
        raise ServiceError(ERASED_ALREADY)
    try:
        directory_id, directory_key = session.directory_key()
    except NotPermitted:
        return None
    key = new_file_key()
    made[subject] = (key, ShelfRow(subject, key.key_id, wrap_file_key(key, subject, directory_id, directory_key),
                                   directory_id))  # fmt: skip
    return key


def erased_subjects(session: Session) -> set[str]:
    """The children whose files a lead erased (verified tombstones: see services/erasure.py)."""
    return set(erasures_in(session.keybook, session.store))
