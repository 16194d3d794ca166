"""The front sheet's facts a lead keeps up to date: the file's status, other agencies' involvement, mobility, and
what a referral form asks beyond the roster."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop_app.domain.lead.agency_records import AgencyStatusCode
from desktop_app.domain.lead.file_parts import ReferralFacts
from desktop_app.domain.lead.file_records import FileStatusCode
from desktop_app.ui.forms.ui_lead_agency_status import Ui_LeadAgencyStatusDialog
from desktop_app.ui.forms.ui_lead_file_status import Ui_LeadFileStatusDialog
from desktop_app.ui.forms.ui_lead_mobility import Ui_LeadMobilityDialog
from desktop_app.ui.forms.ui_lead_referral_facts import Ui_LeadReferralFactsDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.work_dialogs import aware_time, local_time


def _tr(text: str) -> str:
    return translate("FrontSheetDialogs", text)


class FileStatusDialog(LeadDialog):
    """Open, closed, transferred out or transferred in, with a note."""

    def __init__(self, about: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadFileStatusDialog(), parent, _tr("&Save status"))
        self.ui.aboutLabel.setText(about)
        self._current = current
        fill_combo(self.ui.statusCombo, [(translate("FileStatus", s.words), s.value) for s in FileStatusCode], current)
        self.ui.statusCombo.currentIndexChanged.connect(self.update_save)
        self.update_save()
        self.ui.statusCombo.setFocus()

    def status(self) -> str:
        return self.ui.statusCombo.currentData() or ""

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def can_save(self) -> bool:
        return bool(self.status()) and self.status() != self._current


class AgencyStatusDialog(LeadDialog):
    """Another agency's involvement (child in need, CP plan, looked after, early help) starting or ending."""

    def __init__(self, about: str, now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadAgencyStatusDialog(), parent, _tr("&Save"))
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.statusCombo, [(translate("AgencyStatus", s.words), s.value) for s in AgencyStatusCode])
        fill_combo(self.ui.activeCombo, [(_tr("Started"), "started"), (_tr("Ended"), "ended")])
        moment = local_time(now)
        self.ui.whenEdit.setMaximumDateTime(moment)
        self.ui.whenEdit.setDateTime(moment)
        self.ui.statusCombo.setFocus()

    def status(self) -> str:
        return self.ui.statusCombo.currentData() or ""

    def active(self) -> bool:
        return self.ui.activeCombo.currentData() == "started"

    def agency(self) -> str:
        return self.ui.agencyEdit.text()

    def contact(self) -> str:
        return self.ui.contactEdit.text()

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def when(self) -> datetime:
        return aware_time(self.ui.whenEdit.dateTime())


class MobilityDialog(LeadDialog):
    """Whether the child is independently mobile (for a child who is not, any injury is a red flag)."""

    def __init__(self, about: str, current: bool | None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadMobilityDialog(), parent, _tr("&Save"))
        self.ui.aboutLabel.setText(about)
        keep = {True: "yes", False: "no"}.get(current) if current is not None else "yes"
        fill_combo(
            self.ui.mobileCombo,
            [(_tr("Yes: walks or crawls about on their own"), "yes"), (_tr("No: not independently mobile"), "no")],
            keep,
        )
        self.ui.mobileCombo.setFocus()

    def independently_mobile(self) -> bool:
        return self.ui.mobileCombo.currentData() == "yes"

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()


# Each field of the referral form's facts and the control that holds it (forms/lead_referral_facts.ui).
_FACT_EDITS = {
    "other_names": "otherNamesEdit",
    "ethnicity": "ethnicityEdit",
    "first_language": "firstLanguageEdit",
    "interpreter_needed": "interpreterCombo",
    "religion": "religionEdit",
    "disability_or_sen": "disabilityEdit",
    "nhs_number": "nhsEdit",
    "gp": "gpEdit",
    "previous_addresses": "previousEdit",
    "where_child_is_now": "whereEdit",
    "safe_to_go_home": "safeEdit",
    "childs_views": "childsViewsEdit",
    "parents_views": "parentsViewsEdit",
    "going_well": "goingWellEdit",
    "parental_factors": "parentalEdit",
    "support_offered": "supportEdit",
    "professionals_involved": "professionalsEdit",
    "risk_and_level_of_need": "riskEdit",
    "referrer_wants": "wantsEdit",
    "mash_worker": "mashEdit",
}


class ReferralFactsDialog(LeadDialog):
    """What a referral form asks beyond the roster: the child's details (ethnicity, language, NHS number, GP...)
    and the latest referral's (the views, risk, what the referrer wants, the MASH worker...), filled in with what
    stands. Saving records only what changed; a field emptied is cleared (a pack prints a gap again)."""

    def __init__(self, about: str, current: ReferralFacts, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadReferralFactsDialog(), parent, _tr("&Save details"))
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.interpreterCombo, [(_tr("Not known"), "unknown"), (_tr("Yes"), "yes"), (_tr("No"), "no")],
                   {True: "yes", False: "no"}.get(current.interpreter_needed, "unknown"))  # fmt: skip
        for name, edit in self._text_edits().items():
            value = getattr(current, name) or ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self._held = self.values()
        for edit in self._text_edits().values():
            edit.textChanged.connect(self.update_save)
        self.ui.interpreterCombo.currentIndexChanged.connect(self.update_save)
        self.update_save()
        self.ui.ethnicityEdit.setFocus()

    def _text_edits(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {name: getattr(self.ui, edit) for name, edit in _FACT_EDITS.items() if name != "interpreter_needed"}

    def values(self) -> dict[str, str | bool | None]:
        """Every field as typed (text, or for the interpreter yes, no or None)."""
        found: dict[str, str | bool | None] = {
            name: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for name, edit in self._text_edits().items()
        }
        found["interpreter_needed"] = {"yes": True, "no": False}.get(self.ui.interpreterCombo.currentData())
        return found

    def changed(self) -> dict[str, str | bool | None]:
        """The fields that differ from what was recorded when the dialog opened."""
        return {k: v for k, v in self.values().items() if v != self._held.get(k)}

    def can_save(self) -> bool:
        return bool(self.changed())
