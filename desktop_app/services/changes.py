"""What a write changed, in kinds of state the views show: returned with a write's result so that every view can
decide for itself whether to redraw (pattern: Anki's `OpChanges`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of state a write changed.

    `children`: the children (pupil ids) whose file changed: a concern, an acknowledgement, a category, a decision,
    an action, a contact, a referral, a meeting, a document, a front-sheet fact. `every_child`: files changed but
    which is not known here (a roster or transfer import, a sync, a concern recorded from the form). `mine`: the
    signed-in person's own records ("My concerns", "My actions": their state is folded again). `households`:
    household links, adults and members. `staff`: accounts, roles and keys. `queue_seen`: the lead's own markers of
    what is new in the queue. `allegations`: the allegations register. `oversight`: the oversight key and counts.
    """

    children: frozenset[str] = frozenset()
    every_child: bool = False
    mine: bool = False
    households: bool = False
    staff: bool = False
    queue_seen: bool = False
    allegations: bool = False
    oversight: bool = False

    @classmethod
    def of_child(cls, *pupil_ids: str) -> Changes:
        """One or more children's files changed."""
        return cls(children=frozenset(p for p in pupil_ids if p))

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (entries pulled from the hub)."""
        return cls(every_child=True, mine=True, households=True, staff=True, queue_seen=True, allegations=True,
                   oversight=True)  # fmt: skip

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            children=self.children | other.children,
            every_child=self.every_child or other.every_child,
            mine=self.mine or other.mine,
            households=self.households or other.households,
            staff=self.staff or other.staff,
            queue_seen=self.queue_seen or other.queue_seen,
            allegations=self.allegations or other.allegations,
            oversight=self.oversight or other.oversight,
        )

    def touches_child(self, pupil_ids: Iterable[str]) -> bool:
        """Whether any of these children's files may have changed."""
        return self.every_child or not self.children.isdisjoint(pupil_ids)

    def touches_records(self) -> bool:
        """Whether any child's records changed (what the queue, the dashboard and Find are built from)."""
        return self.every_child or bool(self.children)

    def __bool__(self) -> bool:
        return bool(self.children) or any(getattr(self, f.name) for f in fields(self) if f.name != "children")


NOTHING = Changes()


@dataclass(frozen=True, slots=True)
class Changed(Generic[R]):
    """A write's result and what it changed (what a write op returns: its runner publishes `changes`)."""

    result: R
    changes: Changes = field(default=NOTHING)
