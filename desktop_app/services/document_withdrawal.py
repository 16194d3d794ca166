"""A lead takes a document out of a child's file: an immutable `document.withdrawn` entry with the reason. The
document leaves every list and pack, the chronology shows the withdrawal, and its chunks stay in the store, sealed
(design note 59)."""

from __future__ import annotations

from desktop_app.domain.documents import MAX_WITHDRAWAL_REASON, DocumentWithdrawn
from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.records import SchoolState
from desktop_app.services.documents import find_document
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork


def withdraw_document(
    session: Session, document_id: str, reason: str, *, state: SchoolState | None = None
) -> DocumentWithdrawn:
    """Withdraw a document from its child's file, saying why. Refused, writing nothing, for anyone but a lead, a
    document already withdrawn (saying when and why), a file sent to another school (read-only), and no reason."""
    session.require_lead()
    reason = reason.strip()
    if not reason:
        raise ServiceError("Say why the document is withdrawn from the file (the reason is kept in the chronology).")
    if len(reason) > MAX_WITHDRAWAL_REASON:
        raise ServiceError(f"The reason may be at most {MAX_WITHDRAWAL_REASON:,} characters.")
    state = state if state is not None else load_state(session)
    document = find_document(state, document_id)  # a withdrawn one is refused here, saying when and why
    read_only = state.lead.read_only_reason(document.pupil_id)
    if read_only:
        raise ServiceError(read_only)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.DOCUMENT_WITHDRAWN, {"document": document.entry_id, "reason": reason}, subject=document.pupil_id
        )
        [*_, entry] = uow.commit()
    return DocumentWithdrawn(
        entry_id, document.pupil_id, document.entry_id, reason, from_millis(entry.occurred_at), session.account_id,
        from_millis(entry.recorded_at),
    )  # fmt: skip
