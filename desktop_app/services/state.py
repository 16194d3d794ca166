"""Rebuilding what the signed-in person may see, by opening every entry they hold a key for and folding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.records import SchoolState
from desktop_app.services.folded import STATE_SNAPSHOT as STATE_SNAPSHOT  # the state's snapshot, named where kept
from desktop_app.services.folded import FoldedState

if TYPE_CHECKING:
    from desktop_app.services.session import Session  # it holds the fold


def load_state(session: Session, *, use_snapshot: bool = True) -> SchoolState:
    """Everything this person can read in the store, folded: a copy of the session's one folded state
    (`services.folded`), after taking in what reached the store since, safe to read while that fold goes on.

    The first time on a PC every entry is opened and folded, and the result is kept as a sealed snapshot (see
    `services.snapshot`); a later sign-in opens the snapshot and folds in only the entries received since. Without
    `use_snapshot`, everything is folded afresh, apart from the session's fold, and nothing is kept.
    """
    if use_snapshot:
        return session.folded.copy()
    folded = FoldedState(session, use_snapshot=False)
    folded.refresh()
    return folded.live


def staff_names(session: Session) -> dict[str, str]:
    """Account id -> full name of every member of staff this person can read (to say who wrote what)."""
    return {account_id: member.full_name for account_id, member in load_state(session).staff.items()}
