"""Finding a concern by the reference people read out (`CL-1A2B3C4D`, see `domain.ids.short_reference`)."""

from __future__ import annotations

from desktop_app.domain.ids import distinct_references, ids_with_reference, reference_digits
from desktop_app.domain.records import Concern, SchoolState
from desktop_app.services.errors import NotFound, ServiceError


class AmbiguousReference(ServiceError):
    """A short reference that two or more concerns share; the message names a longer reference for each."""


def find_concern(state: SchoolState, reference: str) -> Concern:
    """The one concern a reference names among those this reader can see. The reference is the short one printed
    by `record` and shown in the window, a longer tail of the concern's id, or the whole id; a short reference two
    concerns share is refused with the longer reference that names each."""
    shown = reference.strip()
    if reference_digits(shown) is None:
        raise ServiceError(
            f"{shown!r} is not a concern's reference: give it as printed when it was recorded, e.g. CL-1A2B3C4D."
        )
    found = ids_with_reference(shown, state.concerns)
    if not found:
        raise NotFound(f"No concern with reference {shown.upper()} that you can see.")
    if len(found) > 1:
        choices = ", ".join(
            f"{longer} ({_about(state, state.concerns[concern_id])})"
            for longer, concern_id in zip(distinct_references(found), found, strict=True)
        )
        raise AmbiguousReference(
            f"{shown.upper()} names {len(found)} concerns: {choices}; give the longer reference of the one you mean."
        )
    return state.concerns[found[0]]


def _about(state: SchoolState, concern: Concern) -> str:
    pupil = state.pupils.get(concern.pupil_id)
    who = pupil.full_name if pupil else "a child not in the directory"
    return f"{who}, {concern.occurred_at:%d %b %Y}"
