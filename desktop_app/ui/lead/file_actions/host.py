"""What every action on a child's file shares: the file shown, the window its dialogs belong to, the page's one
dialog, and a write run with the file's state whose change is published for the views (the file among them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.households import family_of
from desktop_app.domain.lead.concern_records import Decision
from desktop_app.domain.records import SchoolState
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.session import Session
from desktop_app.services.triage import refresh_workspace
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import LeadShell, category_name
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.dialog_slot import DialogSlot, Start
from desktop_app.ui.lead.file_view import FileView
from desktop_app.ui.lead.workspace import LeadWorkspaceController

R = TypeVar("R")
FileJob = Callable[[Session, SchoolState], R]
"""A write on a child's file: runs off the GUI thread with the session and the file's state."""


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


class FilePage(Protocol):
    """What the actions need from the page: the file it shows, its selection, its window, and where it says things."""

    def view(self) -> FileView | None: ...

    def window(self) -> QWidget: ...

    def notice(self, text: str) -> None: ...

    def selected_concern_id(self) -> str: ...

    def selected_item(self) -> ChronologyItem | None: ...


class FileDialogs:
    """Opens the page's dialogs and runs their Save: as a job on the lead's workspace once it is folded (after taking
    in what reached the store, so the service checks against it), else through the window with the file's own
    state. What the write changed (the file's children, its family) is published on the window's change bus, and
    the file redraws itself from there.

    Private state: `_shell`, `_controller`, `_page`; `slot` holds the one open dialog.
    """

    def __init__(self, shell: LeadShell, controller: LeadWorkspaceController | None, page: FilePage) -> None:
        self._shell = shell
        self._controller = controller
        self.page = page
        self.slot = DialogSlot(page.notice)

    def free(self) -> FileView | None:
        """The file shown, when no dialog is open (else None: one dialog at a time)."""
        return None if self.slot.is_open() else self.page.view()

    def session(self) -> Session | None:
        """The signed-in session (None while locked)."""
        signed_in = self._shell.signed_in()
        return signed_in.session if signed_in is not None else None

    def read(self, op: Callable[[], R], success: Callable[[R], None], failure: Callable[[BaseException], None]) -> None:
        """Run `op` (a read: nothing to publish) off the GUI thread through the window."""
        self._shell.run_op(op, success, failure)

    def parent(self) -> QWidget:
        return self.page.window()

    def about(self) -> str:
        view = self.page.view()
        return view.file.front_sheet.pupil.full_name if view else ""

    def open(self, dialog: LeadDialog, job: Callable[[], FileJob[R]], said: Callable[[R], str], fallback: str) -> None:
        """Show `dialog`; on Save `job()` reads it (on the GUI thread) and gives the write; when it is done the
        dialog closes and `said(result)` is shown; on a refusal the dialog stays open with the service's sentence."""

        def prepare() -> Start[R] | None:
            signed_in, view = self._shell.signed_in(), self.page.view()
            if signed_in is None or view is None:
                dialog.show_problem(_tr("The file is still opening; try again in a moment."))
                return None
            return self._start(signed_in.session, view, job())

        self.slot.open_write(dialog, prepare, said, fallback)

    def _start(self, session: Session, view: FileView, work: FileJob[R]) -> Start[R]:
        changes = Changes.of_child(*view.file.pupil_ids, *family_of(view.state.lead, view.pupil_id))
        controller, shell, state = self._controller, self._shell, view.state
        if controller is not None and controller.ready():  # a job on the workspace, like the opening

            def on_workspace(session: Session, workspace: LeadWorkspace) -> Changed[R]:
                refresh_workspace(session, workspace)  # the job checks against what the store holds now
                return Changed(work(session, workspace.state), changes)

            return lambda success, failure, busy: controller.write(on_workspace, success, failure, busy)
        return lambda success, failure, busy: shell.run_write(
            lambda: Changed(work(session, state), changes), success, failure, busy
        )


def concern_items(view: FileView | None) -> list[tuple[str, str]]:
    """The file's open concerns, newest first, as the dialogs offer them: (words, concern id)."""
    if view is None:
        return []
    items = []
    for status in reversed(view.file.concerns):
        if status.closed_outcome is not None:
            continue
        concern = status.concern
        first = concern.what_happened.strip().splitlines()[0] if concern.what_happened.strip() else ""
        first = first if len(first) <= 60 else first[:59] + "…"
        when = concern.occurred_at.astimezone().strftime("%d %b %Y")
        items.append((f"{when} · {category_name(view.category_map, status.category)} · {first}", concern.concern_id))
    return items


def document_items(view: FileView | None) -> list[tuple[str, str]]:
    """The child's attached documents as the pack dialogs offer them, oldest first."""
    if view is None:
        return []
    return [(f"{d.name} ({d.kind_words}, {d.size_words}), {d.occurred_at.astimezone():%d %b %Y}", d.entry_id)
            for d in view.file.documents]  # fmt: skip


def decision_to_sign(view: FileView | None, concern_id: str) -> tuple[Decision, bool] | None:
    """The standing decision on a concern if it still needs a second lead, and whether it is the signed-in lead's
    own."""
    if view is None or not concern_id:
        return None
    status = next((c for c in view.file.concerns if c.concern.concern_id == concern_id), None)
    if status is None or status.decision is None or status.decision.complete:
        return None
    return status.decision.decision, status.decision.decision.by == view.account_id


def follow_ups(view: FileView | None, item: ChronologyItem | None) -> set[str]:
    """What can follow a row: close its concern, mark its action done, chase or answer its referral."""
    if view is None or item is None or item.pupil_id != view.pupil_id:
        return set()
    file = view.file
    if item.kind == RowKind.CONCERN:
        status = next((c for c in file.concerns if c.concern.concern_id == item.entry_id), None)
        return {"close"} if status is not None and status.closed_outcome is None else set()
    if item.kind == RowKind.ACTION:
        action = next((a for a in file.actions if a.action.entry_id == item.entry_id), None)
        return {"done"} if action is not None and not action.done else set()
    if item.kind == RowKind.REFERRAL:
        referral = next((r for r in file.referrals if r.referral.entry_id == item.entry_id), None)
        return {"chase", "outcome"} if referral is not None and referral.outcome is None else set()
    return set()
