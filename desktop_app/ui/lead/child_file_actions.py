"""What a lead records from a child's file: decisions and sign-offs, actions, contacts, referrals and their
follow-ups, the front sheet's facts, and the referral pack. Each is a dialog whose Save runs a service in the
background with the file's own state, then redraws the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.decisions import open_flags
from desktop_app.domain.file_names import pack_file_name
from desktop_app.domain.records import SchoolState
from desktop_app.services.decisions import (
    DecisionRecorded,
    add_action,
    chase_referral,
    close_concern,
    complete_action,
    record_agency_contact,
    record_decision,
    record_referral,
    record_referral_outcome,
    set_agency_status,
    set_file_status,
    set_mobility,
    sign_off_decision,
)
from desktop_app.services.errors import ServiceError
from desktop_app.services.file_facts import record_file_facts
from desktop_app.services.households import record_adult_for_child
from desktop_app.services.session import Session
from desktop_app.services.triage import LeadWorkspace, refresh_workspace
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import category_name, error_words, person_words
from desktop_app.ui.lead.decision_dialog import DecisionDialog
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.export_pack_dialog import ExportPackDialog
from desktop_app.ui.lead.file_view import FileView, load_file_view
from desktop_app.ui.lead.front_sheet_dialogs import (
    AgencyStatusDialog,
    FileStatusDialog,
    MobilityDialog,
    ReferralFactsDialog,
)
from desktop_app.ui.lead.household_dialogs import HouseholdAdultDialog
from desktop_app.ui.lead.note_dialog import NoteDialog
from desktop_app.ui.lead.sign_off_dialog import SignOffDialog
from desktop_app.ui.lead.transfer_dialog import TransferExportDialog
from desktop_app.ui.lead.work_dialogs import ActionDialog, AgencyContactDialog, ReferralDialog


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


Job = Callable[[Session, SchoolState], Any]


class ChildFileActions:
    """Mixed into `ChildFilePage`, which provides `_shell`, `_controller`, `_view`, `_dialog`, `_show`, `_notice`,
    `recorded`, `window()`, `selected_concern_id()`, `_selected_item()`, `_follow_ups()` and `_decision_to_sign()`,
    and `_document_items()` (`DocumentActions`)."""

    def _concern_items(self) -> list[tuple[str, str]]:
        view = self._view
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
            items.append(
                (f"{when} · {category_name(view.category_map, status.category)} · {first}", concern.concern_id)
            )
        return items

    def _about(self) -> str:
        view = self._view
        return view.file.front_sheet.pupil.full_name if view else ""

    def _open_dialog(self, dialog: LeadDialog, prepare: Callable[[], Job], done: Callable[[Any], str],
                     fallback: str) -> None:  # fmt: skip
        """Show `dialog`. On Save, `prepare()` reads the dialog (on the GUI thread) and gives the job; the job runs
        in the background with the session and the file's state, then the dialog closes, the file is redrawn and
        `done(result)` is said. On a refusal the dialog stays open with the service's sentence."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            signed_in, view = self._shell.signed_in(), self._view
            if signed_in is None or view is None:
                dialog.show_problem(_tr("The file is still opening; try again in a moment."))
                return
            session, state, job = signed_in.session, view.state, prepare()
            pupil_id, family = view.pupil_id, view.family

            def op() -> tuple[Any, FileView]:
                result = job(session, state)
                return result, load_file_view(session, pupil_id, family, audit=False)

            def on_workspace(session: Session, workspace: LeadWorkspace) -> tuple[Any, FileView]:
                refresh_workspace(session, workspace)  # the job checks against what the store holds now
                result = job(session, workspace.state)
                return result, load_file_view(session, pupil_id, family, audit=False, workspace=workspace)

            def saved(outcome: tuple[Any, FileView]) -> None:
                result, fresh = outcome
                dialog.accept()
                self._show(fresh, "", done(result))
                self.recorded.emit()

            def refused(error: BaseException) -> None:
                dialog.show_problem(error_words(error, fallback))

            if self._controller is not None and self._controller.ready():  # a job on the workspace, like the opening
                self._controller.run(on_workspace, saved, refused, dialog.set_busy)
            else:
                self._shell.run_op(op, saved, refused, dialog.set_busy)

        dialog.save_requested.connect(save)
        dialog.finished.connect(self._dialog_finished)
        self._dialog = dialog
        dialog.open()

    def open_dialog(self) -> LeadDialog | None:
        return self._dialog

    def _dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def ask_for_decision(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        file, state = view.file, view.state

        def open_reasons(concern_id: str) -> list[str]:
            return [f.reason for f in open_flags(state, file.flags, concern_id)]

        dialog = DecisionDialog(
            _tr("A decision about {pupil}. The rationale is part of the record: why this decision, on what "
                "information.").format(pupil=self._about()),
            self._concern_items(),
            open_reasons,
            self.selected_concern_id(),
            self.window(),
        )  # fmt: skip

        def work() -> Job:
            concern_id, decision, rationale = dialog.concern_id(), dialog.decision(), dialog.rationale()
            return lambda session, state: record_decision(session, state, concern_id, decision, rationale)

        def done(result: DecisionRecorded) -> str:
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

        self._open_dialog(dialog, work, done, _tr("The decision could not be saved."))

    def ask_for_sign_off(self) -> None:
        view = self._view
        to_sign = self._decision_to_sign()
        if view is None or to_sign is None or self._dialog is not None:
            return
        decision, mine = to_sign
        if mine:
            self._notice(_tr("You made this decision: a different designated lead must sign it off."))
            return
        by = view.state.staff.get(decision.by)
        dialog = SignOffDialog(
            _tr("A decision about {pupil} needs a second lead.").format(pupil=self._about()),
            decision,
            person_words(by) if by else _tr("unknown account"),
            self.window(),
        )
        decision_id = decision.entry_id

        def work() -> Job:
            agrees, comment = dialog.agrees(), dialog.comment()
            return lambda session, state: sign_off_decision(session, state, decision_id, agrees, comment)

        self._open_dialog(dialog, work, lambda _r: _tr("Sign-off recorded."), _tr("The sign-off could not be saved."))

    def ask_for_action(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        dialog = ActionDialog(
            _tr("An action about {pupil}: what, who, by when.").format(pupil=self._about()),
            view.owners,
            self._concern_items(),
            owner=view.account_id,
            concern=self.selected_concern_id(),
            parent=self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            text, owner, due, concern = dialog.text(), dialog.owner_id(), dialog.due(), dialog.concern_id()
            return lambda session, state: add_action(session, state, pupil_id, text, owner, due, concern)

        self._open_dialog(dialog, work, lambda _r: _tr("Action added."), _tr("The action could not be saved."))

    def ask_for_contact(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        dialog = AgencyContactDialog(
            _tr("A conversation with another agency about {pupil}. Use full names and roles, never initials.").format(
                pupil=self._about()
            ),
            self._concern_items(),
            concern=self.selected_concern_id(),
            parent=self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            who, organisation, said = dialog.who(), dialog.organisation(), dialog.said()
            when, concern = dialog.when(), dialog.concern_id()
            return lambda session, state: record_agency_contact(session, state, pupil_id, who, organisation, said,
                                                                when, concern)  # fmt: skip

        self._open_dialog(dialog, work, lambda _r: _tr("Contact recorded."), _tr("The contact could not be saved."))

    def ask_for_referral(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        days = view.file.settings.referral_response_working_days
        expected = (
            _tr("A response is expected within 1 working day; the queue asks for a chase when it slips.")
            if days == 1
            else _tr("A response is expected within {days} working days; the queue asks for a chase when it slips.")
        ).format(days=days)
        dialog = ReferralDialog(
            _tr("A referral about {pupil} to another agency.").format(pupil=self._about()),
            self._concern_items(),
            expected,
            concern=self.selected_concern_id(),
            parent=self.window(),
        )

        def work() -> Job:
            concern, agency, reference, made = (
                dialog.concern_id(),
                dialog.agency(),
                dialog.reference(),
                dialog.made_at(),
            )
            return lambda session, state: record_referral(session, state, concern, agency, reference, made)

        self._open_dialog(dialog, work, lambda _r: _tr("Referral recorded."), _tr("The referral could not be saved."))

    def ask_for_export(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        from desktop_app.services.referral import ReferralOptions, export_referral_pack

        upn = view.file.front_sheet.pupil.upn
        child = view.file.front_sheet.pupil.full_name
        suggested = Path.home() / pack_file_name(_tr("Referral pack"), child, date.today())
        dialog = ExportPackDialog(
            _tr("The referral pack for {pupil}: the front sheet, chronology, body maps, red flags and decisions, "
                "as a password-protected PDF. The export is written to the file's access audit.").format(
                pupil=self._about()),
            suggested,
            ReferralOptions().marking,
            self.window(),
            self._document_items(),
        )  # fmt: skip

        def work() -> Job:
            path, options, password = dialog.path(), dialog.options(), dialog.password()  # the password is never kept
            return lambda session, state: export_referral_pack(session, upn, path, password, options, state=state)

        def done(pack: Any) -> str:
            return _tr("Referral pack {pack} written to {path} ({entries} records); the export is in the file's "
                       "access audit.").format(pack=pack.pack_id, path=pack.path, entries=pack.entries)  # fmt: skip

        self._open_dialog(dialog, work, done, _tr("The pack could not be written."))

    def ask_for_transfer(self) -> None:
        view = self._view
        signed_in = self._shell.signed_in()
        if view is None or signed_in is None or self._dialog is not None:
            return
        from desktop_app.services.transfer import export_transfer, school_fingerprint_of

        upn = view.file.front_sheet.pupil.upn
        try:
            fingerprint = school_fingerprint_of(signed_in.session)
        except ServiceError as exc:
            self._notice(error_words(exc, _tr("This school's fingerprint cannot be shown.")))
            return
        dialog = TransferExportDialog(
            _tr("Send {pupil}'s child-protection file to the school they are moving to: a transfer pack (PDF) and a "
                "signed bundle the receiving school imports. The file is then kept read-only here, and the receipt "
                "is due within five school days.").format(pupil=self._about()),
            Path.home(),
            view.state.school_name,
            fingerprint,
            self.window(),
            self._document_items(),
        )  # fmt: skip

        def work() -> Job:
            to, folder = dialog.to_school(), dialog.folder()
            pdf, bundle = dialog.pdf_password(), dialog.bundle_passphrase()  # never kept
            documents = dialog.documents()
            return lambda session, state: export_transfer(session, upn, to, folder, pdf, bundle, state=state,
                                                          documents=documents)  # fmt: skip

        def done(sent: Any) -> str:
            return _tr("Transfer pack {pack} and its bundle written to {folder} ({entries} records). Read the two "
                       "secrets and this school's fingerprint {fingerprint} to the receiving lead by telephone; the "
                       "receipt is due by {due}.").format(
                pack=sent.pack_id, folder=sent.bundle.parent, entries=sent.entries, fingerprint=sent.fingerprint,
                due=sent.due_at.astimezone().strftime("%a %d %b %Y"))  # fmt: skip

        self._open_dialog(dialog, work, done, _tr("The transfer could not be written."))

    def _note(self, title: str, about: str, placeholder: str, save_text: str, required: bool,
              work: Callable[[str], Job], done: str, fallback: str) -> None:  # fmt: skip
        if self._view is None or self._dialog is not None:
            return
        dialog = NoteDialog(title, about, placeholder, save_text, required=required, parent=self.window())

        def prepare() -> Job:
            return work(dialog.text())

        self._open_dialog(dialog, prepare, lambda _r: done, fallback)

    def ask_to_close(self) -> None:
        item = self._selected_item()
        if item is None or "close" not in self._follow_ups():
            return
        concern_id = item.entry_id
        self._note(
            _tr("Close the concern"),
            _tr("Close the concern of {when} about {pupil}. Say how it was resolved: the outcome is part of the "
                "record.").format(when=item.occurred_at.astimezone().strftime("%d %b %Y"), pupil=self._about()),
            _tr("The outcome (required)"),
            _tr("&Close concern"),
            True,
            lambda text: lambda session, state: close_concern(session, state, concern_id, text),
            _tr("The concern is closed with its outcome."),
            _tr("The concern could not be closed."),
        )  # fmt: skip

    def ask_action_done(self) -> None:
        item = self._selected_item()
        if item is None or "done" not in self._follow_ups():
            return
        action_id = item.entry_id
        self._note(
            _tr("Mark the action done"),
            item.summary,
            _tr("A note on what was done (optional)"),
            _tr("&Mark done"),
            False,
            lambda text: lambda session, state: complete_action(session, state, action_id, text),
            _tr("The action is marked done."),
            _tr("The action could not be marked done."),
        )

    def ask_to_chase(self) -> None:
        item = self._selected_item()
        if item is None or "chase" not in self._follow_ups():
            return
        referral_id = item.entry_id
        self._note(
            _tr("Chase the referral"),
            item.summary,
            _tr("Who you spoke to and what they said (optional)"),
            _tr("&Record the chase"),
            False,
            lambda text: lambda session, state: chase_referral(session, state, referral_id, text),
            _tr("The chase is recorded; the queue reminds you again if no answer comes."),
            _tr("The chase could not be recorded."),
        )

    def ask_for_outcome(self) -> None:
        item = self._selected_item()
        if item is None or "outcome" not in self._follow_ups():
            return
        referral_id = item.entry_id
        self._note(
            _tr("The referral's outcome"),
            item.summary,
            _tr("What the agency decided (required)"),
            _tr("&Save outcome"),
            True,
            lambda text: lambda session, state: record_referral_outcome(session, state, referral_id, text),
            _tr("The referral's outcome is recorded."),
            _tr("The outcome could not be saved."),
        )

    def ask_for_file_status(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        sheet = view.file.front_sheet
        dialog = FileStatusDialog(
            _tr("The child-protection file of {pupil} is {status} now.").format(
                pupil=self._about(), status=sheet.file_status_words.lower()
            ),
            sheet.file_status,
            self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            status, note = dialog.status(), dialog.note()
            return lambda session, state: set_file_status(session, state, pupil_id, status, note)

        self._open_dialog(dialog, work, lambda _r: _tr("The file's status is saved."), _tr("The status was not saved."))

    def ask_for_agency_status(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        dialog = AgencyStatusDialog(
            _tr("Another agency's involvement with {pupil}, as it starts or ends.").format(pupil=self._about()),
            parent=self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            status, active, agency, contact = dialog.status(), dialog.active(), dialog.agency(), dialog.contact()
            note, when = dialog.note(), dialog.when()
            return lambda session, state: set_agency_status(session, state, pupil_id, status, active, agency, contact,
                                                            note, when)  # fmt: skip

        self._open_dialog(dialog, work, lambda _r: _tr("The front sheet is updated."), _tr("It was not saved."))

    def ask_for_mobility(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        dialog = MobilityDialog(
            _tr(
                "Is {pupil} independently mobile? For a child who is not, any injury is a red flag; a baby under "
                "6 months counts as not mobile unless you record otherwise."
            ).format(pupil=self._about()),
            view.file.front_sheet.independently_mobile,
            self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            mobile, note = dialog.independently_mobile(), dialog.note()
            return lambda session, state: set_mobility(session, state, pupil_id, mobile, note)

        self._open_dialog(dialog, work, lambda _r: _tr("Mobility is recorded."), _tr("It was not saved."))

    def ask_for_people(self) -> None:
        """A parent, carer or significant adult around the child: a new one, or a correction of one recorded."""
        view = self._view
        if view is None or self._dialog is not None:
            return
        adults = [m for m in view.file.front_sheet.members if m.adult_id]
        dialog = HouseholdAdultDialog(
            _tr("A parent, carer or significant adult around {pupil}: their full name, never initials. Brothers and "
                "sisters linked with {pupil} share them. A correction is a new entry; the earlier one stays in the "
                "file.").format(pupil=self._about()),
            self.window(),
            adults,
        )  # fmt: skip
        pupil_id = view.pupil_id

        def work() -> Job:
            details, adult_id = dialog.details(), dialog.adult_id()
            return lambda session, state: record_adult_for_child(session, state, pupil_id, details, adult_id)

        self._open_dialog(dialog, work, lambda _r: _tr("The adult is recorded on the front sheet."),
                          _tr("The adult was not saved."))  # fmt: skip

    def ask_for_referral_facts(self) -> None:
        """The details a referral form asks beyond the roster, for the child and the latest referral."""
        view = self._view
        if view is None or self._dialog is not None:
            return
        referral = view.file.referrals[-1].referral if view.file.referrals else None
        which = (
            _tr("The referral part belongs to the referral to {agency} on {day}.").format(
                agency=referral.agency, day=referral.occurred_at.astimezone().strftime("%d %b %Y")
            )
            if referral
            else _tr("No referral is recorded yet: the referral part carries into the next one you record.")
        )
        dialog = ReferralFactsDialog(
            _tr("What a referral form asks about {pupil} beyond the roster. Leave what you do not know empty: the "
                "pack prints it as not recorded.").format(pupil=self._about()) + " " + which,
            view.file.referral_facts,
            self.window(),
        )  # fmt: skip
        pupil_id = view.pupil_id

        def work() -> Job:
            changed = dialog.changed()
            return lambda session, state: record_file_facts(session, state, pupil_id, changed)

        self._open_dialog(dialog, work, lambda _r: _tr("The details are recorded."), _tr("They were not saved."))
