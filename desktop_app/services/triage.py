"""The lead's triage: the workspace, the queue, and acknowledging, categorising, owning.

The workspace is the session's one fold (`services.folded`) with each child's red flags: folded once after unlock
(in the background: it reads the whole store) and then refreshed with only the entries that reached the store
since (another person's concern, a sync), so the queue can be redrawn at any moment. Red flags are kept per child
and re-evaluated only for the children a refresh touched.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import datetime, tzinfo

from desktop_app.crypto.envelope import Recipient
from desktop_app.crypto.keys import x25519_public_from_bytes
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.concern_records import Acknowledgement
from desktop_app.domain.oversight import MetricEvent, settings_clocks
from desktop_app.domain.records import Concern, Role, SchoolState, StaffMember
from desktop_app.domain.triage.items import Stage, TriageItem
from desktop_app.domain.triage.lead_settings import LeadSettings, settings_of
from desktop_app.domain.triage.queue import triage_queue
from desktop_app.services.directory import categories
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.file_guard import ensure_concern_open, ensure_file_open
from desktop_app.services.folded import WORKSPACE_SNAPSHOT as WORKSPACE_SNAPSHOT  # where the tests and benchmarks look
from desktop_app.services.folded import FoldedState, LeadWorkspace
from desktop_app.services.looked import mark_seen, seen_items
from desktop_app.services.oversight import record_metric
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork, now_utc

MAX_REASON = 2000


def open_workspace(session: Session, *, use_snapshot: bool = True) -> LeadWorkspace:
    """The lead's workspace: the session's one fold (`services.folded`) with every child's red flags. The first
    time on a PC that takes seconds on a big store (run it in the background after unlock) and the result is kept
    as a sealed snapshot; later sign-ins read the snapshot and fold in only what arrived since. Without
    `use_snapshot`, a workspace folded afresh, apart from the session's, of which nothing is kept."""
    session.require_lead()
    if use_snapshot:
        return session.folded.workspace()
    return FoldedState(session, use_snapshot=False).workspace()


def save_workspace(session: Session, workspace: LeadWorkspace) -> None:
    """Keep the workspace as a sealed snapshot on this PC (see `FoldedState.save_workspace`)."""
    workspace.folded.save_workspace()


def refresh_workspace(session: Session, workspace: LeadWorkspace, *, save: bool = True) -> int:
    """Take in what reached the store since the last refresh; returns how many entries could be read. With
    `save`, the snapshot is written again once it lags far enough behind."""
    return workspace.folded.refresh(save=save)


def load_queue(
    workspace: LeadWorkspace,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    *,
    viewer: str = "",
    seen: Collection[str] | None = None,
) -> list[TriageItem]:
    """The triage queue now, by risk then time (`domain.triage.items.queue_order`). `viewer` is the lead looking (their
    sign-off requests come first); with `seen` (`services.looked.seen_items`), items not in it are marked new."""
    items = triage_queue(workspace.state, now or now_utc(), workspace.flags, workspace.settings, tz,
                         workspace.pending, workspace.flag_times, viewer)  # fmt: skip
    if seen is not None:
        items = [replace(item, new=item.key not in seen) for item in items]
    return items


def lead_queue(
    session: Session, workspace: LeadWorkspace, now: datetime | None = None, tz: tzinfo | None = None
) -> list[TriageItem]:
    """The queue as the signed-in lead sees it: their sign-off requests first in each tier, and every item they
    have not seen yet (on this PC) marked `new`. What `triage` prints and the queue page shows."""
    session.require_lead()
    return load_queue(workspace, now, tz, viewer=session.account_id, seen=seen_items(session))


def mark_queue_seen(
    session: Session, workspace: LeadWorkspace, keys: Iterable[str] | None = None, now: datetime | None = None
) -> int:
    """The lead has looked: `keys` (`TriageItem.key`; None: every item in the queue now) are no longer new to
    them. Seen items that have left the queue are forgotten. Returns how many items stay new."""
    session.require_lead()
    current = [item.key for item in load_queue(workspace, now, viewer=session.account_id)]
    seen = mark_seen(session, current if keys is None else keys, keep=current)
    return sum(1 for key in current if key not in seen)


def new_count(items: Iterable[TriageItem]) -> int:
    """How many items are new since the lead last looked."""
    return sum(1 for item in items if item.new)


def urgent_items(items: Iterable[TriageItem]) -> list[TriageItem]:
    """The concerns ticked urgent that no lead has acknowledged yet (every lead is alerted to each)."""
    return [item for item in items if item.urgent and item.stage == Stage.NEW]


# --- the lead's actions on a concern -----------------------------------------------------------------------------


def _concern(state: SchoolState, concern_id: str) -> Concern:
    concern = state.concerns.get(concern_id)
    if concern is None:
        raise NotFound("That concern is not one you can see.")
    return concern


def author_recipient(session: Session, account_id: str) -> Recipient | None:
    """The current key of a concern's author, so they can see what a lead did with it (None for oneself)."""
    account = session.keybook.accounts.get(account_id)
    if account is None or account_id == session.account_id or not account.keys:
        return None
    key = account.current_key
    return Recipient(key.key_id, public=x25519_public_from_bytes(key.agreement_public))


def acknowledge(session: Session, state: SchoolState, concern_id: str) -> str:
    """A lead acknowledges a concern: sealed to the team and to the concern's author, who sees it in
    "My concerns". Acknowledging again changes nothing and returns the first acknowledgement's id."""
    session.require_lead()
    concern = _concern(state, concern_id)
    ensure_file_open(state, concern.pupil_id)
    held = state.lead.acknowledgement(concern_id)
    if held is not None:
        return held.entry_id
    ensure_concern_open(state, concern_id)
    author = author_recipient(session, concern.author_id)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.ACKNOWLEDGEMENT,
            {"concern": concern_id},
            subject=concern.pupil_id,
            also_to=[author] if author else [],
        )
        record_metric(uow, session, MetricEvent.ACKNOWLEDGED, concern_id, since=concern.recorded_at)
        uow.commit()
    return entry_id


def acknowledgement_of(state: SchoolState, concern_id: str) -> Acknowledgement | None:
    """Whether (and when, by whom) a lead acknowledged a concern; a member of staff sees this for their own."""
    return state.lead.acknowledgement(concern_id)


def set_category(session: Session, state: SchoolState, concern_id: str, category: str, reason: str = "") -> str:
    """Set or correct a concern's category. The concern keeps what its author chose; this entry says what stands."""
    session.require_lead()
    concern = _concern(state, concern_id)
    ensure_file_open(state, concern.pupil_id)
    codes = {c.code for c in categories(state)}
    if category not in codes:
        raise ServiceError(f"Unknown category {category!r}.")
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise ServiceError(f"A reason is at most {MAX_REASON} characters.")
    if state.lead.category_of(concern_id, concern.category) == category:
        raise ServiceError("The concern already has that category.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.CATEGORY_CHANGE,
            {"concern": concern_id, "category": category, "reason": reason},
            subject=concern.pupil_id,
        )
        uow.commit()
    return entry_id


def lead_accounts(session: Session, state: SchoolState) -> list[StaffMember]:
    """Active leads, by name: who can own a concern or sign off a decision."""
    accounts = session.keybook.accounts
    leads = [
        m
        for m in state.staff.values()
        if (a := accounts.get(m.account_id)) is not None and a.role == Role.LEAD and a.active
    ]
    return sorted(leads, key=lambda m: m.full_name.casefold())


def assign_owner(session: Session, state: SchoolState, concern_id: str, owner_id: str) -> str:
    """Make a lead the owner of a concern."""
    session.require_lead()
    concern = _concern(state, concern_id)
    ensure_file_open(state, concern.pupil_id)
    if owner_id not in {m.account_id for m in lead_accounts(session, state)}:
        raise ServiceError("The owner of a concern must be an active designated lead.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.OWNER, {"concern": concern_id, "owner": owner_id}, subject=concern.pupil_id)
        uow.commit()
    return entry_id


def save_settings(session: Session, state: SchoolState, settings: LeadSettings) -> str:
    """Store the school's clocks and red-flag thresholds (sealed to the team; its clock numbers also to the
    oversight dashboard). Kept under the school's id as subject so a child's file finds them by index."""
    session.require_lead()
    problems = settings.problems()
    if problems:
        raise ServiceError("Settings not saved: " + "; ".join(problems) + ".")
    if not session.school_id:
        raise NotPermitted("This store has no school.")
    with UnitOfWork(session) as uow:
        entry_id = uow.record(EntryKind.LEAD_SETTINGS, settings.to_payload(), subject=session.school_id)
        record_metric(uow, session, MetricEvent.SETTINGS, session.school_id, **settings_clocks(settings))
        uow.commit()
    return entry_id


def current_settings(state: SchoolState) -> LeadSettings:
    return settings_of(state)
