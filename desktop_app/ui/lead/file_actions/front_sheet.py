"""The front sheet's facts, kept up to date by a lead: the file's status, other agencies' involvement, mobility,
the adults around the child, and what a referral form asks beyond the roster."""

from __future__ import annotations

from desktop_app.services.decisions import set_agency_status, set_file_status, set_mobility
from desktop_app.services.file_facts import record_file_facts
from desktop_app.services.households import record_adult_for_child
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.file_actions.host import FileDialogs, FileJob
from desktop_app.ui.lead.front_sheet_dialogs import (
    AgencyStatusDialog,
    FileStatusDialog,
    MobilityDialog,
    ReferralFactsDialog,
)
from desktop_app.ui.lead.household_dialogs import HouseholdAdultDialog


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


class FrontSheetActions:
    """ "File status…", "Other agencies…", "Mobility…", "People…" and "Referral details…". Private state: `_dialogs`."""

    def __init__(self, dialogs: FileDialogs) -> None:
        self._dialogs = dialogs

    def ask_for_file_status(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        sheet = view.file.front_sheet
        dialog = FileStatusDialog(
            _tr("The child-protection file of {pupil} is {status} now.").format(
                pupil=dialogs.about(), status=sheet.file_status_words.lower()
            ),
            sheet.file_status,
            dialogs.parent(),
        )
        pupil_id = view.pupil_id

        def job() -> FileJob[str]:
            status, note = dialog.status(), dialog.note()
            return lambda session, state: set_file_status(session, state, pupil_id, status, note)

        dialogs.open(dialog, job, lambda _r: _tr("The file's status is saved."), _tr("The status was not saved."))

    def ask_for_agency_status(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        dialog = AgencyStatusDialog(
            _tr("Another agency's involvement with {pupil}, as it starts or ends.").format(pupil=dialogs.about()),
            parent=dialogs.parent(),
        )
        pupil_id = view.pupil_id

        def job() -> FileJob[str]:
            status, active, agency, contact = dialog.status(), dialog.active(), dialog.agency(), dialog.contact()
            note, when = dialog.note(), dialog.when()
            return lambda session, state: set_agency_status(session, state, pupil_id, status, active, agency, contact,
                                                            note, when)  # fmt: skip

        dialogs.open(dialog, job, lambda _r: _tr("The front sheet is updated."), _tr("It was not saved."))

    def ask_for_mobility(self) -> None:
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        dialog = MobilityDialog(
            _tr(
                "Is {pupil} independently mobile? For a child who is not, any injury is a red flag; a baby under "
                "6 months counts as not mobile unless you record otherwise."
            ).format(pupil=dialogs.about()),
            view.file.front_sheet.independently_mobile,
            dialogs.parent(),
        )
        pupil_id = view.pupil_id

        def job() -> FileJob[str]:
            mobile, note = dialog.independently_mobile(), dialog.note()
            return lambda session, state: set_mobility(session, state, pupil_id, mobile, note)

        dialogs.open(dialog, job, lambda _r: _tr("Mobility is recorded."), _tr("It was not saved."))

    def ask_for_people(self) -> None:
        """A parent, carer or significant adult around the child: a new one, or a correction of one recorded."""
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
            return
        adults = [m for m in view.file.front_sheet.members if m.adult_id]
        dialog = HouseholdAdultDialog(
            _tr("A parent, carer or significant adult around {pupil}: their full name, never initials. Brothers and "
                "sisters linked with {pupil} share them. A correction is a new entry; the earlier one stays in the "
                "file.").format(pupil=dialogs.about()),
            dialogs.parent(),
            adults,
        )  # fmt: skip
        pupil_id = view.pupil_id

        def job() -> FileJob[str]:
            details, adult_id = dialog.details(), dialog.adult_id()
            return lambda session, state: record_adult_for_child(session, state, pupil_id, details, adult_id)

        dialogs.open(dialog, job, lambda _r: _tr("The adult is recorded on the front sheet."),
                     _tr("The adult was not saved."))  # fmt: skip

    def ask_for_referral_facts(self) -> None:
        """The details a referral form asks beyond the roster, for the child and the latest referral."""
        dialogs = self._dialogs
        view = dialogs.free()
        if view is None:
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
                "pack prints it as not recorded.").format(pupil=dialogs.about()) + " " + which,
            view.file.referral_facts,
            dialogs.parent(),
        )  # fmt: skip
        pupil_id = view.pupil_id

        def job() -> FileJob[list[str]]:
            changed = dialog.changed()
            return lambda session, state: record_file_facts(session, state, pupil_id, changed)

        dialogs.open(dialog, job, lambda _r: _tr("The details are recorded."), _tr("They were not saved."))
