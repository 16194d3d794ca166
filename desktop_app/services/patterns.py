"""A lead looks at patterns across children (`domain.patterns`), computed from the fold after unlock and never
stored; every child a pattern names has that look written to their file's access audit."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.patterns import Pattern, find_patterns
from desktop_app.domain.records import Pupil
from desktop_app.services.audit import PATTERNS
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PatternsFound:
    """The patterns, most families first, with each child's directory entry."""

    patterns: list[Pattern]
    pupils: dict[str, Pupil]


def patterns_across_children(session: Session, workspace: LeadWorkspace) -> PatternsFound:
    """Every pattern in the school's records but one naming the lead who asks; each child named is written to their
    file's access audit before anything is shown."""
    session.require_lead()
    folded = workspace.folded
    with folded.lock:
        folded.refresh()
        state = folded.live
        patterns = find_patterns(state, reader=session.account_id)
        named = {p for pattern in patterns for p in pattern.pupil_ids}
        pupils = {p: state.pupils[p] for p in named if p in state.pupils}
    if pupils:
        with UnitOfWork(session) as uow:
            for pupil_id in sorted(pupils):
                uow.audit(EntryKind.FILE_VIEWED, pupil_id, what=PATTERNS, detail="patterns across children")
            uow.commit()
    return PatternsFound(patterns, pupils)
