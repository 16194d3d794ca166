"""A child's file that was transferred out is kept read-only: one check for every lead action that writes in it."""

from __future__ import annotations

from desktop_app.domain.records import SchoolState
from desktop_app.services.errors import ServiceError


def ensure_file_open(state: SchoolState, pupil_id: str) -> None:
    """Refuse a write into a child's file that was transferred out. Only a lead's state holds file statuses, so
    this guards lead actions; a member of staff may still record what they saw (the lead decides what to do)."""
    reason = state.lead.read_only_reason(pupil_id)
    if reason is not None:
        raise ServiceError(reason)


def ensure_concern_open(state: SchoolState, concern_id: str) -> None:
    """Refuse a new acknowledgement, decision, referral or action on a concern a lead has closed (the window offers
    only open concerns for these; the command line is held to the same). A referral's chase and outcome, and a
    sign-off of a decision already made, may still follow: they finish what was started."""
    closure = state.lead.closure(concern_id)
    if closure is not None:
        raise ServiceError(
            f"That concern was closed on {closure.at:%d %b %Y} with its outcome; record a new concern if there is "
            "more to act on."
        )
