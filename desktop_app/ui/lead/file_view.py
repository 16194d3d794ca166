"""An opened child's file as the page holds it, and reading it (audited when it is an opening)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain import bodymap
from desktop_app.domain.households import family_of
from desktop_app.domain.lead.child_file import ChildFile, child_file
from desktop_app.domain.records import SchoolState
from desktop_app.domain.taxonomy import Category
from desktop_app.services.concerns import file_state, read_child_file
from desktop_app.services.directory import categories as school_categories
from desktop_app.services.session import Session
from desktop_app.services.triage import LeadWorkspace, refresh_workspace
from desktop_app.services.uow import now_utc
from desktop_app.ui.lead.common import person_words


@dataclass(frozen=True, slots=True)
class FileView:
    """An opened file and what its dialogs need. `state` holds this family's concerns and the staff profiles (read
    from the store, or a copy of the session's fold: `FoldedState.copy`); it is never changed once made (a reload
    makes a new one), so the GUI may read it while the workspace goes on taking in entries."""

    pupil_id: str
    family: bool
    file: ChildFile
    state: SchoolState
    owners: tuple[tuple[str, str], ...]
    account_id: str
    categories: tuple[Category, ...]

    @property
    def category_map(self) -> dict[str, Category]:
        return {c.code: c for c in self.categories}


def load_file_view(
    session: Session, pupil_id: str, family: bool, *, audit: bool, workspace: LeadWorkspace | None = None
) -> FileView:
    """Read a child's file (and their family's entries). With `audit`, it is an opening: the access audit records
    it (the service does); without, it is the same viewing redrawn after the lead recorded something.

    With the lead's `workspace` (run as a job on it), the file is assembled from the folded workspace and its red
    flags after taking in what reached the store since; without, the family's entries are read from the store."""
    if workspace is not None:
        refresh_workspace(session, workspace)
        live, flags = workspace.state, workspace.flags
        if audit:
            opened = read_child_file(session, pupil_id, family=family, state=live, flags=flags)
        else:
            opened = child_file(live, pupil_id, now_utc(), family=family, region_name=bodymap.region_name, flags=flags)
        # The page reads `state` on the GUI thread while later jobs fold into the workspace: give it a copy.
        state = workspace.folded.copy(family_of(live.lead, pupil_id))
    else:
        state = file_state(session, pupil_id)
        if audit:
            opened = read_child_file(session, pupil_id, family=family, state=state)
        else:
            opened = child_file(state, pupil_id, now_utc(), family=family, region_name=bodymap.region_name)
    accounts = session.keybook.accounts
    owners = tuple(
        (person_words(m), m.account_id)
        for m in sorted(state.staff.values(), key=lambda m: m.full_name.casefold())
        if (a := accounts.get(m.account_id)) is not None and a.active
    )
    return FileView(pupil_id, family, opened, state, owners, session.account_id, tuple(school_categories(state)))
