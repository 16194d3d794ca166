"""Ending a session: what must be written while the keys are still held (the oversight counts it queued), then
dropping them."""

from __future__ import annotations

import logging

from desktop_app.services.oversight import flush_metrics
from desktop_app.services.session import Session

log = logging.getLogger(__name__)


def sign_out(session: Session) -> None:
    """Write the session's queued oversight counts (shuffled, together: services/oversight.py), then drop every key
    (sign-out, lock, the end of a command). A failure to write them loses nothing: they stay queued, sealed, on this
    PC, and the next session that can open them writes them."""
    try:
        flush_metrics(session)
    except Exception:  # never keep the keys open because of a count: it is still queued
        log.warning("The oversight counts of this session stay queued on this PC; the next session writes them.")
    finally:
        session.close()
