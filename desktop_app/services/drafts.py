"""Drafts that cannot be lost: unfinished records sealed to their author alone, kept on this PC only."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, NamedTuple

from desktop_app.crypto.envelope import CannotOpen, open_envelope, seal
from desktop_app.domain.entries import canonical_json, from_millis, to_millis
from desktop_app.domain.ids import new_id
from desktop_app.services.errors import NotPermitted
from desktop_app.services.session import Session
from desktop_app.storage.drafts import DraftStore, StoredDraft


class Draft(NamedTuple):
    """A draft opened by its author: `content` is exactly what was saved."""

    draft_id: str
    updated_at: datetime
    content: dict[str, Any]


def new_draft_id() -> str:
    return new_id()


def _store(session: Session) -> DraftStore:
    return DraftStore(session.store.engine)


def _own_key_ids(session: Session) -> list[str]:
    """Every generation of the signed-in account's keys: a draft survives a password change."""
    return [key.key_id for key in session.account.keys] or [session.key.key_id]


def save_draft(session: Session, draft_id: str, content: dict[str, Any]) -> datetime:
    """Seal `content` to the author's own key only and write it durably; returns when it was saved.

    Only the author's public key is used, so a draft can still be saved in the moment a session locks.
    """
    saved_at = datetime.now(UTC)
    sealed = seal(canonical_json(content), entry_id=draft_id, subject=None, recipients=[session.own_recipient()])
    written = _store(session).upsert(StoredDraft(draft_id, session.key.key_id, to_millis(saved_at), sealed))
    if not written:
        raise NotPermitted("That draft belongs to someone else.")
    return saved_at


def list_drafts(session: Session) -> list[Draft]:
    """The signed-in person's drafts on this PC, most recently saved first. Others' drafts are never listed."""
    if session.keys is None:
        raise NotPermitted("Signed out: sign in again.")
    drafts = []
    lookup = session.keyring.lookup
    for stored in _store(session).for_authors(_own_key_ids(session)):
        try:
            plaintext = open_envelope(stored.sealed, entry_id=stored.draft_id, subject=None, lookup=lookup)
            content = json.loads(plaintext)
        except (CannotOpen, ValueError):
            continue  # damaged, or sealed to a key generation this session does not hold
        if isinstance(content, dict):
            drafts.append(Draft(stored.draft_id, from_millis(stored.updated_at), content))
    return drafts


def discard_draft(session: Session, draft_id: str) -> bool:
    """Delete one of the signed-in person's drafts; returns whether there was one to delete."""
    return _store(session).delete(draft_id, _own_key_ids(session))
