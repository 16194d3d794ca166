"""The front sheet's facts a lead keeps up to date: the file's status, other agencies' involvement, mobility."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from desktop_app.domain.lead.records import AgencyStatusCode, FileStatusCode
from desktop_app.ui.forms.ui_lead_agency_status import Ui_LeadAgencyStatusDialog
from desktop_app.ui.forms.ui_lead_file_status import Ui_LeadFileStatusDialog
from desktop_app.ui.forms.ui_lead_mobility import Ui_LeadMobilityDialog
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
