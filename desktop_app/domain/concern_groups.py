"""A concern recorded for several children at once: one entry per child, linked by a group id in each ciphertext."""

from __future__ import annotations

from desktop_app.domain.records import Concern, SchoolState


def linked_concerns(state: SchoolState, concern: Concern) -> list[Concern]:
    """The other entries of the same concern held in `state`: the same group id, the same author, the same time it
    happened, another child. A group id is only a claim inside one author's ciphertext, so another author's entry
    naming the same id (forged, or copied) is never linked, and nothing of one child's entry is shown in another's
    file through a link: a lead sees the count (`chronology.also_recorded_words`) and opens each child's own file."""
    if not concern.group_id:
        return []
    return sorted(
        (
            other
            for other in state.concerns.values()
            if other.group_id == concern.group_id
            and other.concern_id != concern.concern_id
            and other.author_id == concern.author_id
            and other.occurred_at == concern.occurred_at
            and other.pupil_id != concern.pupil_id
        ),
        key=lambda c: c.concern_id,
    )
