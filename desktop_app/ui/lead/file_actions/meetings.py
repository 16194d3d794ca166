""" "Record a meeting…" from a child's file: the meeting, who came, its outcome and its plan's actions."""

from __future__ import annotations

from desktop_app.services.meetings import MeetingRecorded
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.file_actions.host import FileDialogs
from desktop_app.ui.lead.meeting_dialog import MeetingDialog, meeting_job


def _tr(text: str) -> str:
    return translate("MeetingDialog", text)


class MeetingActions:
    """ "Record a meeting…". Private state: `_dialogs`."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs

    def ask_for_meeting(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        about = _tr("A meeting about {pupil}: who came, what it decided, and its plan.").format(pupil=dialogs.about())
        dialog = MeetingDialog(about, parent=dialogs.parent())
        pupil_id = view.pupil_id

        def done(result: MeetingRecorded) -> str:
            return _tr("Meeting recorded with {count} plan action(s).").format(count=len(result.action_ids))

        dialogs.open(dialog, lambda: meeting_job(dialog, pupil_id), done, _tr("The meeting could not be saved."))
