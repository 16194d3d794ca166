"""The one folded state of a signed-in session, kept fresh cheaply: what the staff's pages, the CLI and the lead's
workspace all read, folded once per session."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import FileClosedSince, FoldCursor, OpenedEntry, fold, fold_more
from desktop_app.domain.households import family_of
from desktop_app.domain.records import Role, SchoolState
from desktop_app.domain.red_flags import RedFlag, evaluate
from desktop_app.domain.triage.lead_settings import LeadSettings, settings_of
from desktop_app.domain.triage.standing import pending_concerns
from desktop_app.services import gc_pause
from desktop_app.services.file_keys import erased_subjects
from desktop_app.services.gc_pause import quiet_gc
from desktop_app.services.opening import open_rows, roles_of
from desktop_app.services.snapshot import RESAVE_AFTER, discard_snapshot, load_snapshot, save_snapshot

if TYPE_CHECKING:
    from desktop_app.services.session import Session  # a fold is made from a session, which holds it

STATE_SNAPSHOT = "state"
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
    EntryKind.ATTENDANCE,  # absence after injuries, before weekends (domain/red_flags/attendance.py)
    EntryKind.TRANSFER_IN,  # a received file's concerns and mobility (domain/imported.py)
}


class FoldedState:
    """Everything one session can read, folded once and then refreshed with only what reached the store since.

    The session holds one (`Session.folded`); `load_state` and `open_workspace` are views over it, so a lead's
    "My concerns", the CLI and the triage workspace read the same fold. It owns THE folded `SchoolState`, its
    `FoldCursor` (what it has read), and for a lead, once the workspace is opened, each child's red flags, the
    concerns pending in the queue and the flags' times. It keeps them as sealed snapshots on this PC
    (`services.snapshot`): a lead's as one workspace snapshot (the state with its flags), anyone else's, and a
    lead's before the workspace is first opened, as the state snapshot. A snapshot is read only when the session
    first folds; a change in the keys held folds afresh (entries passed over before a grant may open now).

    **Lock discipline.** One lock guards it: `lock`, which is the session's own re-entrant lock (`Session.lock`,
    which also guards the session's key material), so there is one lock per session and no order to get wrong.
    - Everything that reads or changes the live fold holds it: `refresh`, `copy` and `workspace` take it
      themselves; a lead's job on the workspace (`ui.lead.workspace`) holds it for the whole job, since it reads
      the live state and folds in its own entry after writing it.
    - Readers elsewhere get a copy taken under the lock (`copy`: `SchoolState.detached`), never the live state:
      `load_state` for the CLI and services, and `SignedIn.state` and a child's file page on the GUI thread.
    - Only service code and background ops hold it, off the GUI thread: widgets never touch it, so the GUI never
      waits for a fold. Signing out (`Session.close`) drops the fold under it.

    Private state: `_session`, `_use_snapshot`, `_state` (None until first folded), `_cursor`, `_keys` (held when
    folded), `_flags`, `_pending` and `_flag_times` (a lead's: None until the workspace is opened), `_saved_state`
    and `saved` (how many entries the state or workspace snapshot last written or read had read; -1: none).
    """

    def __init__(self, session: Session, *, use_snapshot: bool = True) -> None:
        self.lock = session.lock
        self._session = session
        self._use_snapshot = use_snapshot
        self._state: SchoolState | None = None
        self._cursor = FoldCursor()
        self._keys: frozenset[str] = frozenset()
        self._flags: dict[str, list[RedFlag]] | None = None
        self._pending: set[str] = set()
        self._flag_times: dict[str, list[datetime]] = {}
        self._saved_state = -1
        self.saved = -1
        self._authority: frozenset[str] = frozenset()  # who may write, when folded (see `authority_mark`)

    # --- reading ----------------------------------------------------------------------------------------------

    def copy(self, pupil_ids: Iterable[str] | None = None) -> SchoolState:
        """The state as it stands now (after a refresh), detached: safe to read on any thread while the fold goes
        on. With `pupil_ids`, only those children's concerns (a family's file)."""
        with self.lock:
            self.refresh()
            return self.live.detached(pupil_ids)

    @property
    def live(self) -> SchoolState:
        """The live state: read it only while holding `lock` (see the class docstring)."""
        if self._state is None:
            raise RuntimeError("not folded yet")
        return self._state

    @property
    def cursor(self) -> FoldCursor:
        return self._cursor

    @property
    def keys(self) -> frozenset[str]:
        return self._keys

    @property
    def flags(self) -> dict[str, list[RedFlag]]:
        """Each child's red flags (a lead's, once the workspace is opened; read while holding `lock`)."""
        return self._flags if self._flags is not None else {}

    @property
    def pending(self) -> set[str]:
        return self._pending

    @property
    def flag_times(self) -> dict[str, list[datetime]]:
        return self._flag_times

    def drop(self) -> None:
        """Forget everything folded (sign-out and lock: no child data stays in memory)."""
        with self.lock:
            self._state, self._cursor, self._keys = None, FoldCursor(), frozenset()
            self._flags, self._pending, self._flag_times, self._saved_state, self.saved = None, set(), {}, -1, -1
        gc_pause.thaw()

    def workspace(self) -> LeadWorkspace:
        """The lead's workspace over this fold (red flags evaluated the first time), refreshed."""
        self._session.require_lead()
        with self.lock:
            self.refresh()
            if self._flags is None:
                state = self.live
                with quiet_gc():
                    self._flags = evaluate(state, settings_of(state).red_flags)
                    self._pending, self._flag_times = pending_concerns(state), {}
                if self._use_snapshot:
                    self.save_workspace()
            return LeadWorkspace(self)

    # --- folding ----------------------------------------------------------------------------------------------

    def refresh(self, *, save: bool = True) -> int:
        """Fold in what reached the store since (the first time: read a snapshot, or fold everything); returns how
        many entries could be read. With `save`, a snapshot is written again once it lags far enough behind."""
        session = self._session
        with self.lock:
            session.refresh()
            keys = session.keyring.granted_ids()
            if self._state is None or keys != self._keys:
                self._first_fold(keys)
                return 0
            if session.keyring.file_keys_arrived():  # records passed over for want of a child's file key open now
                self._first_fold(keys, afresh=True)
                return 0
            if authority_mark(session) != self._authority:
                self._first_fold(keys, afresh=True)  # entries folded before may not count now, or count again
                return 0
            rows, cursor = session.view.rows_after(self._cursor)
            if cursor == self._cursor:
                return 0
            with quiet_gc():
                opened = list(open_rows(session, rows))
                if opened:
                    try:
                        fold_more(self._state, opened, roles_of(session))
                    except FileClosedSince:  # a file closed for erasure: nothing of it may stay in the state
                        self._closed_since()
                        return len(opened)
                    self._state.apply_roles(roles_of(session))
                    self._cursor = cursor
                    self._take_in(opened)
                self._cursor = cursor
            session.view.save()
            if save:
                self._save_if_behind()
            return len(opened)

    def _first_fold(self, keys: frozenset[str], *, afresh: bool = False) -> None:
        """Fold from a snapshot (when one may be used) or from nothing. `afresh`: who may write has changed (an
        account disabled, re-enabled, made or unmade a lead), so entries already folded may not count now, or
        entries passed over may count: everything is folded again and the snapshots are written again."""
        session = self._session
        # A snapshot is used only beside the verified prefix it was folded with: without it (deleted, damaged, or
        # made by an older release) the entries the snapshot passed over would never be judged, or named, again.
        use = self._use_snapshot and session.view.prefix_adopted
        self._authority = authority_mark(session)
        roles = roles_of(session)
        lead = session.role == Role.LEAD and session.holds_team_key
        self._flags, self._pending, self._flag_times, self._saved_state, self.saved = None, set(), {}, -1, -1
        held = load_snapshot(session, WORKSPACE_SNAPSHOT, _is_workspace) if use and lead and not afresh else None
        if held is not None and _authority_changed_since(session, held.seen):
            held = None
        if held is not None:
            state, self._flags, self._pending, self._flag_times, read = held.value
            self.saved = FoldCursor.from_plain(read).total()
        else:
            held = load_snapshot(session, STATE_SNAPSHOT, _is_state) if use and not afresh else None
            if held is not None and _authority_changed_since(session, held.seen):
                held = None
            if held is not None:
                state, read = held.value
                self._saved_state = FoldCursor.from_plain(read).total()
        with quiet_gc():
            if held is None:
                rows, cursor = session.view.rows_after(FoldCursor())
                state, opened = fold(open_rows(session, rows), roles), []
            else:
                rows, cursor = session.view.rows_after(FoldCursor.from_plain(read))
                opened = list(open_rows(session, rows))
                try:
                    fold_more(state, opened, roles)
                    state.apply_roles(roles)
                except FileClosedSince:  # closed for erasure since the snapshot: fold everything again, keep nothing
                    del rows, opened
                    self._closed_since()
                    return
            self._state, self._cursor, self._keys = state, cursor, keys
            if opened:
                self._take_in(opened)
            del rows, opened  # freed before the collector is back: it would scan a whole store's rows once more
        state.school_id, state.school_name = session.keybook.school_id, session.keybook.school_name
        # afresh: the snapshots hold what no longer stands. The first fold on a PC keeps a snapshot only for someone
        # who is not a lead: theirs is small, and without one every later sign-in reads and hashes every entry
        # sealed to others again; a lead's is kept once the workspace is opened (`workspace`), its flags with it.
        if use or (self._use_snapshot and (afresh or not lead)):
            self._save_if_behind()
        session.view.save()

    def _closed_since(self) -> None:
        """A file was closed for erasure since the state (or a snapshot) was folded: the snapshots holding it are
        discarded and everything is folded again without it (the state snapshot is written again at once; a lead's
        workspace snapshot when the workspace is next kept)."""
        for kind in (WORKSPACE_SNAPSHOT, STATE_SNAPSHOT):
            discard_snapshot(self._session, kind)
        self._first_fold(self._session.keyring.granted_ids(), afresh=True)

    def _take_in(self, opened: list[OpenedEntry]) -> None:
        """A lead's flags and queue after `opened` were folded in: only the children and concerns they touch."""
        if self._flags is None:
            return
        state = self.live
        self._reflag(opened)
        touched = _concerns_touched(state, opened)
        self._pending -= touched
        self._pending |= pending_concerns(state, touched)

    def _reflag(self, opened: list[OpenedEntry]) -> None:
        state = self.live
        if any(e.kind in _SCHOOL_WIDE for e in opened):
            self._flags = evaluate(state, settings_of(state).red_flags)
            self._flag_times.clear()
            return
        touched = {e.subject for e in opened if e.kind in _FLAG_INPUTS and e.subject and e.subject in state.pupils}
        touched |= {p for pupil_id in list(touched) for p in family_of(state.lead, pupil_id)}
        if touched and self._flags is not None:
            self._flags.update(evaluate(state, settings_of(state).red_flags, touched))
            for pupil_id in touched:
                self._flag_times.pop(pupil_id, None)

    # --- snapshots --------------------------------------------------------------------------------------------

    def _waiting_for_keys(self) -> bool:
        """Whether this fold passed over records whose child's file key has not reached this PC (not synced yet):
        it is then not kept as a snapshot, so the next sign-in reads them again."""
        return self._session.keyring.waiting_for_keys(erased_subjects(self._session))

    def _save_if_behind(self) -> None:
        if self._waiting_for_keys():
            return
        total = self._cursor.total()
        if self._flags is not None:
            if self.saved < 0 or total - self.saved >= RESAVE_AFTER:
                self.save_workspace()
        elif self._saved_state < 0 or total - self._saved_state >= RESAVE_AFTER:
            session = self._session
            if self._keys == session.keyring.granted_ids():
                value = (self.live, self._cursor.as_plain())
                if save_snapshot(session, STATE_SNAPSHOT, value, session.store.log.newest_local_seq()):
                    self._saved_state = total

    def save_workspace(self) -> None:
        """Keep the lead's workspace as a sealed snapshot (see `services.snapshot`): not once the keys held have
        changed since it was folded (entries it passed over then may open now; the next fold starts afresh)."""
        session = self._session
        with self.lock:
            if self._flags is None or self._keys != session.keyring.granted_ids() or self._waiting_for_keys():
                return
            value = (self.live, self._flags, self._pending, self._flag_times, self._cursor.as_plain())
            if save_snapshot(session, WORKSPACE_SNAPSHOT, value, session.store.log.newest_local_seq()):
                self.saved = self._cursor.total()
            session.view.save()


class LeadWorkspace:
    """A lead's view of the session's fold (`FoldedState`): the live state, each child's red flags, the concerns
    pending in the queue. Read it only while holding the fold's lock (a job on the workspace does)."""

    __slots__ = ("folded",)

    def __init__(self, folded: FoldedState) -> None:
        self.folded = folded

    @property
    def state(self) -> SchoolState:
        return self.folded.live

    @property
    def flags(self) -> dict[str, list[RedFlag]]:
        return self.folded.flags

    @property
    def pending(self) -> set[str]:
        return self.folded.pending

    @property
    def flag_times(self) -> dict[str, list[datetime]]:
        return self.folded.flag_times

    @property
    def seen(self) -> FoldCursor:
        return self.folded.cursor

    @property
    def keys(self) -> frozenset[str]:
        return self.folded.keys

    @property
    def saved(self) -> int:
        return self.folded.saved

    @saved.setter
    def saved(self, value: int) -> None:
        self.folded.saved = value

    @property
    def settings(self) -> LeadSettings:
        return settings_of(self.state)


def _concerns_touched(state: SchoolState, opened: Iterable[OpenedEntry]) -> set[str]:
    """The concerns whose place in the queue new entries may change."""
    touched = set()
    for entry in opened:
        if entry.kind == EntryKind.CONCERN:
            touched.add(entry.entry_id)
        elif entry.kind == EntryKind.ADDENDUM and isinstance(amends := entry.content.get("amends"), str):
            touched.add(amends)  # marks added later can change how a concern stands in the queue
        elif concern := entry.content.get("concern"):
            touched.add(concern)
        elif entry.kind == EntryKind.SIGN_OFF and (
            decision := state.lead.decisions.get(entry.content.get("decision", ""))
        ):
            touched.add(decision.concern_id)
    return touched


def authority_mark(session: Session) -> frozenset[str]:
    """Who may write, as the session's key book has it: the valid role and status changes of every account (a
    change here can make entries already folded not count, or entries passed over count)."""
    return frozenset(change.entry_id for account in session.keybook.accounts.values() for change in account.changes)


def _authority_changed_since(session: Session, seen: int) -> bool:
    """Whether a role or status change reached the store after a snapshot was written (it holds what was folded
    under the authority of then)."""
    arrived, _ = session.store.log.key_material_since(seen)
    changes = (EntryKind.ACCOUNT_ROLE, EntryKind.ACCOUNT_STATUS)
    return any(session.keybook.kinds.get(entry.id) in changes for entry in arrived)


def _is_state(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], SchoolState)


def _is_workspace(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 5 and isinstance(value[0], SchoolState)
