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
