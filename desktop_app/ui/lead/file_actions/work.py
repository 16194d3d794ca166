"""The lead's work on a child's file: an action, a contact with another agency, a referral, and what follows the
selected row (closing its concern, marking its action done, chasing or answering its referral)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.services.decisions import (
    add_action,
    chase_referral,
    close_concern,
    complete_action,
    record_agency_contact,
    record_referral,
    record_referral_outcome,
)
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.file_actions.host import FileDialogs, FileJob, concern_items, follow_ups
from desktop_app.ui.lead.note_dialog import NoteDialog
from desktop_app.ui.lead.work_dialogs import ActionDialog, AgencyContactDialog, ReferralDialog


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


class WorkActions:
    """ "Add an action…", "Record a contact…" and "Record a referral…". Private state: `_dialogs`."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs

    def ask_for_action(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        dialog = ActionDialog(
            _tr("An action about {pupil}: what, who, by when.").format(pupil=dialogs.about()),
            view.owners,
            concern_items(view),
            owner=view.account_id,
            concern=dialogs.page.selected_concern_id(),
            parent=dialogs.parent(),
        )
        pupil_id = view.pupil_id

        def job() -> FileJob[str]:
            text, owner, due, concern = dialog.text(), dialog.owner_id(), dialog.due(), dialog.concern_id()
            return lambda session, state: add_action(session, state, pupil_id, text, owner, due, concern)

        dialogs.open(dialog, job, lambda _r: _tr("Action added."), _tr("The action could not be saved."))

    def ask_for_contact(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        dialog = AgencyContactDialog(
            _tr("A conversation with another agency about {pupil}. Use full names and roles, never initials.").format(
                pupil=dialogs.about()
            ),
            concern_items(view),
            concern=dialogs.page.selected_concern_id(),
            parent=dialogs.parent(),
        )
        pupil_id = view.pupil_id

        def job() -> FileJob[str]:
            who, organisation, said = dialog.who(), dialog.organisation(), dialog.said()
            when, concern = dialog.when(), dialog.concern_id()
            return lambda session, state: record_agency_contact(session, state, pupil_id, who, organisation, said,
                                                                when, concern)  # fmt: skip

        dialogs.open(dialog, job, lambda _r: _tr("Contact recorded."), _tr("The contact could not be saved."))

    def ask_for_referral(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        days = view.file.settings.referral_response_working_days
        expected = (
            _tr("A response is expected within 1 working day; the queue asks for a chase when it slips.")
            if days == 1
            else _tr("A response is expected within {days} working days; the queue asks for a chase when it slips.")
        ).format(days=days)
        dialog = ReferralDialog(
            _tr("A referral about {pupil} to another agency.").format(pupil=dialogs.about()),
            concern_items(view),
            expected,
            concern=dialogs.page.selected_concern_id(),
            parent=dialogs.parent(),
        )

        def job() -> FileJob[str]:
            concern, agency = dialog.concern_id(), dialog.agency()
            reference, made = dialog.reference(), dialog.made_at()
            return lambda session, state: record_referral(session, state, concern, agency, reference, made)

        dialogs.open(dialog, job, lambda _r: _tr("Referral recorded."), _tr("The referral could not be saved."))


class FollowUps:
    """What follows the selected row, each a note: "Close concern…", "Mark done…", "Chase…", "Outcome…".
    Private state: `_dialogs`."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs

    def _note(self, title: str, about: str, placeholder: str, save_text: str, required: bool,
              work: Callable[[str], FileJob[str]], done: str, fallback: str) -> None:  # fmt: skip
        dialogs = self._dialogs
        if dialogs.free() is None:
            return
        dialog = NoteDialog(title, about, placeholder, save_text, required=required, parent=dialogs.parent())
        dialogs.open(dialog, lambda: work(dialog.text()), lambda _r: done, fallback)

    def _selected(self, follow_up: str) -> tuple[str, str, str] | None:
        """The selected row's entry id, summary and date, when `follow_up` can follow it."""
        page = self._dialogs.page
        item = page.selected_item()
        if item is None or follow_up not in follow_ups(page.view(), item):
            return None
        return item.entry_id, item.summary, item.occurred_at.astimezone().strftime("%d %b %Y")

    def ask_to_close(self) -> None:
        selected = self._selected("close")
        if selected is None:
            return
        concern_id, _summary, when = selected
        self._note(
            _tr("Close the concern"),
            _tr("Close the concern of {when} about {pupil}. Say how it was resolved: the outcome is part of the "
                "record.").format(when=when, pupil=self._dialogs.about()),
            _tr("The outcome (required)"),
            _tr("&Close concern"),
            True,
            lambda text: lambda session, state: close_concern(session, state, concern_id, text),
            _tr("The concern is closed with its outcome."),
            _tr("The concern could not be closed."),
        )  # fmt: skip

    def ask_action_done(self) -> None:
        selected = self._selected("done")
        if selected is None:
            return
        action_id, summary, _when = selected
        self._note(
            _tr("Mark the action done"),
            summary,
            _tr("A note on what was done (optional)"),
            _tr("&Mark done"),
            False,
            lambda text: lambda session, state: complete_action(session, state, action_id, text),
            _tr("The action is marked done."),
            _tr("The action could not be marked done."),
        )

    def ask_to_chase(self) -> None:
        selected = self._selected("chase")
        if selected is None:
            return
        referral_id, summary, _when = selected
        self._note(
            _tr("Chase the referral"),
            summary,
            _tr("Who you spoke to and what they said (optional)"),
            _tr("&Record the chase"),
            False,
            lambda text: lambda session, state: chase_referral(session, state, referral_id, text),
            _tr("The chase is recorded; the queue reminds you again if no answer comes."),
            _tr("The chase could not be recorded."),
        )

    def ask_for_outcome(self) -> None:
        selected = self._selected("outcome")
        if selected is None:
            return
        referral_id, summary, _when = selected
        self._note(
            _tr("The referral's outcome"),
            summary,
            _tr("What the agency decided (required)"),
            _tr("&Save outcome"),
            True,
            lambda text: lambda session, state: record_referral_outcome(session, state, referral_id, text),
            _tr("The referral's outcome is recorded."),
            _tr("The outcome could not be saved."),
        )
