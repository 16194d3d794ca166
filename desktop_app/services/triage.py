"""The lead's triage: a folded workspace kept fresh cheaply, the queue, and acknowledging, categorising, owning.

The workspace is folded once after unlock (in the background: it reads the whole store) and then refreshed with
only the entries that reached the store since (another person's concern, a sync), so the queue can be redrawn
at any moment. Red flags are kept per child and re-evaluated only for the children a refresh touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from desktop_app.crypto.envelope import Recipient
from desktop_app.crypto.keys import x25519_public_from_bytes
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import FoldCursor, OpenedEntry, fold_more
from desktop_app.domain.households import family_of
from desktop_app.domain.lead.records import Acknowledgement
from desktop_app.domain.oversight import MetricEvent
from desktop_app.domain.records import Concern, Role, SchoolState, StaffMember
from desktop_app.domain.red_flags import RedFlag, evaluate
from desktop_app.domain.triage import LeadSettings, TriageItem, pending_concerns, settings_of, triage_queue
from desktop_app.services.directory import categories
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.file_guard import ensure_file_open
from desktop_app.services.oversight import record_metric
from desktop_app.services.session import Session
from desktop_app.services.snapshot import RESAVE_AFTER, load_snapshot, save_snapshot
from desktop_app.services.state import fold_state, open_rows, quiet_gc, roles_of
from desktop_app.services.uow import UnitOfWork, now_utc

MAX_REASON = 2000
WORKSPACE_SNAPSHOT = "workspace"
# Kinds whose arrival can change any child's flags (not only the subject's).
_SCHOOL_WIDE = {EntryKind.LEAD_SETTINGS, EntryKind.HOUSEHOLD_LINK, EntryKind.HOUSEHOLD_UNLINK}
# Kinds the red-flag rules read about their subject (domain/red_flags.py): others (an opening written to the
# audit, an acknowledgement, a decision) leave every flag as it was.
_FLAG_INPUTS = {
    EntryKind.PUPIL,
    EntryKind.CONCERN,
    EntryKind.ADDENDUM,
    EntryKind.CATEGORY_CHANGE,
    EntryKind.MOBILITY,
}


@dataclass(slots=True)
class LeadWorkspace:
    """A lead's folded state and red flags, kept between refreshes. `seen`: what the state has read."""

    state: SchoolState
    flags: dict[str, list[RedFlag]]
    seen: FoldCursor
    pending: set[str] = field(default_factory=set)
    flag_times: dict[str, list[datetime]] = field(default_factory=dict)
    saved: int = -1  # how many entries the snapshot last written or read had read (-1: none)
    keys: frozenset[str] = frozenset()  # the keys held when folded: with others it is not kept as a snapshot

    @property
    def settings(self) -> LeadSettings:
        return settings_of(self.state)


def open_workspace(session: Session, *, use_snapshot: bool = True) -> LeadWorkspace:
    """Fold everything the lead can read and evaluate every child's red flags. The first time on a PC that
    takes seconds on a big store (run it in the background after unlock) and the result is kept as a sealed
    snapshot; later openings read the snapshot and fold in only what arrived since."""
    session.require_lead()
    session.refresh()
    keys = session.keyring.granted_ids()
    snapshot = load_snapshot(session, WORKSPACE_SNAPSHOT, _is_workspace) if use_snapshot else None
    if snapshot is not None:
        state, flags, pending, flag_times, read = snapshot.value
        seen = FoldCursor.from_plain(read)
        state.apply_roles(roles_of(session))
        workspace = LeadWorkspace(state, flags, seen, pending, flag_times, saved=seen.total(), keys=keys)
        refresh_workspace(session, workspace, save=use_snapshot)
        return workspace
    # No workspace snapshot yet: start from the folded state (its own snapshot, which sign-in has usually just
    # written, spares a second fold of every entry), then evaluate every child's red flags.
    state, upto = fold_state(session, use_snapshot=use_snapshot)
    with quiet_gc():
        flags = evaluate(state, settings_of(state).red_flags)
        workspace = LeadWorkspace(state, flags, upto, pending_concerns(state), keys=keys)
    if use_snapshot:
        save_workspace(session, workspace)
    return workspace


def _is_workspace(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 5 and isinstance(value[0], SchoolState)


def save_workspace(session: Session, workspace: LeadWorkspace) -> None:
    """Keep the workspace as a sealed snapshot on this PC (see `services.snapshot`): not once the keys held have
    changed since it was folded (entries it passed over then may open now; the next sign-in folds afresh)."""
    if workspace.keys != session.keyring.granted_ids():
        return
    value = (workspace.state, workspace.flags, workspace.pending, workspace.flag_times, workspace.seen.as_plain())
    if save_snapshot(session, WORKSPACE_SNAPSHOT, value, session.store.log.newest_local_seq()):
        workspace.saved = workspace.seen.total()
    session.view.save()


def refresh_workspace(session: Session, workspace: LeadWorkspace, *, save: bool = True) -> int:
    """Take in what reached the store since the last refresh; returns how many entries could be read. With
    `save`, the snapshot is written again once it lags far enough behind."""
    session.refresh()
    rows, seen = session.view.rows_after(workspace.seen)
    if seen == workspace.seen:
        return 0
    with quiet_gc():
        opened = list(open_rows(session, rows))
        workspace.seen = seen
        if opened:
            fold_more(workspace.state, opened, roles_of(session))
            _reflag(workspace, opened)
            touched = _concerns_touched(workspace.state, opened)
            workspace.pending -= touched
            workspace.pending |= pending_concerns(workspace.state, touched)
    if save and workspace.seen.total() - workspace.saved >= RESAVE_AFTER:
        save_workspace(session, workspace)
    return len(opened)


def _concerns_touched(state: SchoolState, opened: Iterable[OpenedEntry]) -> set[str]:
    """The concerns whose place in the queue new entries may change."""
    touched = set()
    for entry in opened:
        if entry.kind == EntryKind.CONCERN:
            touched.add(entry.entry_id)
        elif concern := entry.content.get("concern"):
            touched.add(concern)
        elif entry.kind == EntryKind.SIGN_OFF and (
            decision := state.lead.decisions.get(entry.content.get("decision", ""))
        ):
            touched.add(decision.concern_id)
    return touched


def _reflag(workspace: LeadWorkspace, opened: Iterable[OpenedEntry]) -> None:
    state = workspace.state
    opened = list(opened)
    if any(e.kind in _SCHOOL_WIDE for e in opened):
        workspace.flags = evaluate(state, settings_of(state).red_flags)
        workspace.flag_times.clear()
        return
    touched = {e.subject for e in opened if e.kind in _FLAG_INPUTS and e.subject and e.subject in state.pupils}
    touched |= {p for pupil_id in list(touched) for p in family_of(state.lead, pupil_id)}
    if touched:
        workspace.flags.update(evaluate(state, settings_of(state).red_flags, touched))
        for pupil_id in touched:
            workspace.flag_times.pop(pupil_id, None)


def load_queue(workspace: LeadWorkspace, now: datetime | None = None, tz: tzinfo | None = None) -> list[TriageItem]:
    """The triage queue now: overdue first, then due soon, then the rest (flagged, newest first)."""
    return triage_queue(workspace.state, now or now_utc(), workspace.flags, workspace.settings, tz, workspace.pending,
                        workspace.flag_times)  # fmt: skip


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
        clock = settings.to_payload()
        clock.pop("red_flags")
        record_metric(uow, session, MetricEvent.SETTINGS, session.school_id, **clock)
        uow.commit()
    return entry_id


def current_settings(state: SchoolState) -> LeadSettings:
    return settings_of(state)
