"""The dialogs for what a lead does next about a child: an action, a contact with another agency, a referral."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QWidget

from desktop_app.ui.forms.ui_lead_action import Ui_LeadActionDialog
from desktop_app.ui.forms.ui_lead_agency_contact import Ui_LeadAgencyContactDialog
from desktop_app.ui.forms.ui_lead_referral import Ui_LeadReferralDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("WorkDialogs", text)


def _concern_items(concerns: Sequence[tuple[str, str]], optional: bool) -> list[tuple[str, str]]:
    none = [(_tr("(not about one concern)"), "")] if optional else []
    return none + list(concerns)


def aware_time(moment: QDateTime) -> datetime:
    """A date-time edit's value (this PC's local time) as an aware time."""
    return moment.toPython().astimezone()


def local_time(moment: datetime | None) -> QDateTime:
    """An aware time (default: now) for a date-time edit, which shows this PC's local time."""
    return QDateTime((moment or datetime.now().astimezone()).astimezone().replace(tzinfo=None))


class ActionDialog(LeadDialog):
    """What is to be done, by whom, by when; optionally about one concern."""

    def __init__(
        self,
        about: str,
        owners: Sequence[tuple[str, str]],
        concerns: Sequence[tuple[str, str]],
        *,
        owner: str = "",
        concern: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_LeadActionDialog(), parent, _tr("&Add action"))
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.ownerCombo, list(owners), owner or None)
        fill_combo(self.ui.concernCombo, _concern_items(concerns, True), concern)
        start = QDate(today or date.today())
        self.ui.dueEdit.setMinimumDate(start)
        self.ui.dueEdit.setDate(start.addDays(7))
        self.ui.textEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.textEdit.setFocus()

    def text(self) -> str:
        return self.ui.textEdit.toPlainText()

    def owner_id(self) -> str:
        return self.ui.ownerCombo.currentData() or ""

    def due(self) -> date:
        return self.ui.dueEdit.date().toPython()

    def concern_id(self) -> str:
        return self.ui.concernCombo.currentData() or ""

    def can_save(self) -> bool:
        return bool(self.text().strip() and self.owner_id())


class AgencyContactDialog(LeadDialog):
    """Who at which organisation was spoken to, what was said, and when (full names and roles, not initials)."""

    def __init__(
        self,
        about: str,
        concerns: Sequence[tuple[str, str]],
        *,
        concern: str = "",
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_LeadAgencyContactDialog(), parent, _tr("&Save contact"))
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.concernCombo, _concern_items(concerns, True), concern)
        moment = local_time(now)
        self.ui.whenEdit.setMaximumDateTime(moment)
        self.ui.whenEdit.setDateTime(moment)
        for edit in (self.ui.whoEdit, self.ui.organisationEdit):
            edit.textChanged.connect(self.update_save)
        self.ui.saidEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.whoEdit.setFocus()

    def who(self) -> str:
        return self.ui.whoEdit.text()

    def organisation(self) -> str:
        return self.ui.organisationEdit.text()

    def said(self) -> str:
        return self.ui.saidEdit.toPlainText()

    def when(self) -> datetime:
        return aware_time(self.ui.whenEdit.dateTime())

    def concern_id(self) -> str:
        return self.ui.concernCombo.currentData() or ""

    def can_save(self) -> bool:
        return all(text.strip() for text in (self.who(), self.organisation(), self.said()))


class ReferralDialog(LeadDialog):
    """A referral made to another agency about a concern, with the agency's reference and when it was made."""

    def __init__(
        self,
        about: str,
        concerns: Sequence[tuple[str, str]],
        expected_words: str,
        *,
        concern: str = "",
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_LeadReferralDialog(), parent, _tr("&Save referral"))
        self.ui.aboutLabel.setText(about)
        self.ui.expectedLabel.setText(expected_words)
        fill_combo(self.ui.concernCombo, list(concerns), concern or None)
        moment = local_time(now)
        self.ui.madeEdit.setMaximumDateTime(moment)
        self.ui.madeEdit.setDateTime(moment)
        self.ui.agencyEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.agencyEdit.setFocus()

    def concern_id(self) -> str:
        return self.ui.concernCombo.currentData() or ""

    def agency(self) -> str:
        return self.ui.agencyEdit.text()

    def reference(self) -> str:
        return self.ui.referenceEdit.text()

    def made_at(self) -> datetime:
        return aware_time(self.ui.madeEdit.dateTime())

    def can_save(self) -> bool:
        return bool(self.concern_id() and self.agency().strip())
