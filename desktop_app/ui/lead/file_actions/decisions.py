"""A decision on a concern, with its rationale, and a second lead's sign-off of another lead's decision."""

from __future__ import annotations

from desktop_app.domain.decisions import open_flags
from desktop_app.services.decisions import DecisionRecorded, record_decision, sign_off_decision
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import person_words
from desktop_app.ui.lead.decision_dialog import DecisionDialog
from desktop_app.ui.lead.file_actions.host import FileDialogs, FileJob, concern_items, decision_to_sign
from desktop_app.ui.lead.sign_off_dialog import SignOffDialog


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


def decision_words(result: DecisionRecorded) -> str:
    """What the file says once a decision is recorded: whether a second lead must sign it off, and why."""
    if result.needs_second_lead and not result.open_flags:
        return _tr(
            "Decision recorded. The school asks for a second look at every decision not to refer, so a second "
            "lead must sign it off: it shows as awaiting a second lead in the queue until a different lead "
            "does."
        )
    if result.needs_second_lead:
        return _tr(
            "Decision recorded. It is not a referral while a red flag is open, so a second lead must sign it "
            "off: it shows as awaiting a second lead in the queue until a different lead does."
        )
    return _tr("Decision recorded.")


class DecisionActions:
    """ "Record a decision…" and "Sign off…". Private state: `_dialogs`."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs

    def ask_for_decision(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        file, state = view.file, view.state

        def open_reasons(concern_id: str) -> list[str]:
            return [f.reason for f in open_flags(state, file.flags, concern_id)]

        dialog = DecisionDialog(
            _tr("A decision about {pupil}. The rationale is part of the record: why this decision, on what "
                "information.").format(pupil=dialogs.about()),
            concern_items(view),
            open_reasons,
            dialogs.page.selected_concern_id(),
            dialogs.parent(),
        )  # fmt: skip

        def job() -> FileJob[DecisionRecorded]:
            concern_id, decision, rationale = dialog.concern_id(), dialog.decision(), dialog.rationale()
            return lambda session, state: record_decision(session, state, concern_id, decision, rationale)

        dialogs.open(dialog, job, decision_words, _tr("The decision could not be saved."))

    def ask_for_sign_off(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        to_sign = decision_to_sign(view, dialogs.page.selected_concern_id())
        if view is None or to_sign is None:
            return
        decision, mine = to_sign
        if mine:
            dialogs.page.notice(_tr("You made this decision: a different designated lead must sign it off."))
            return
        by = view.state.staff.get(decision.by)
        dialog = SignOffDialog(
            _tr("A decision about {pupil} needs a second lead.").format(pupil=dialogs.about()),
            decision,
            person_words(by) if by else _tr("unknown account"),
            dialogs.parent(),
        )
        decision_id = decision.entry_id

        def job() -> FileJob[str]:
            agrees, comment = dialog.agrees(), dialog.comment()
            return lambda session, state: sign_off_decision(session, state, decision_id, agrees, comment)

        dialogs.open(dialog, job, lambda _r: _tr("Sign-off recorded."), _tr("The sign-off could not be saved."))
