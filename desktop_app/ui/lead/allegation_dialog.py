"""Recording an allegation against a member of staff: who raised it, who it is about, what is alleged, the children
by UPN, the LADO referral and the advice given. Saving waits for the three things every allegation needs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop_app.ui.forms.ui_lead_allegation import Ui_LeadAllegationDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("AllegationDialog", text)


class AllegationDialog(LeadDialog):
    """The allegation's fields; `fields()` gives them as `services.allegations.record_allegation` takes them (or
    raises ValueError with one sentence for a date typed wrong)."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(Ui_LeadAllegationDialog(), parent, _tr("Save allegation"))
        day = today or date.today()
        self.ui.madeOnEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.madeOnEdit.setMaximumDate(QDate(day.year, day.month, day.day))
        for edit in (self.ui.raisedByEdit, self.ui.staffNameEdit, self.ui.staffUsernameEdit):
            edit.textChanged.connect(self.update_save)
        self.ui.allegedEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.raisedByEdit.setFocus()

    def can_save(self) -> bool:
        ui = self.ui
        named = ui.staffNameEdit.text().strip() or ui.staffUsernameEdit.text().strip()
        return bool(ui.raisedByEdit.text().strip() and named and ui.allegedEdit.toPlainText().strip())

    def fields(self) -> dict[str, Any]:
        ui = self.ui
        made = ui.madeOnEdit.date()
        return {
            "made_on": date(made.year(), made.month(), made.day()),
            "raised_by": ui.raisedByEdit.text(),
            "staff_username": ui.staffUsernameEdit.text(),
            "staff_name": ui.staffNameEdit.text(),
            "staff_role": ui.staffRoleEdit.text(),
            "staff_born": _optional_day(ui.staffBornEdit.text(), _tr("The date of birth")),
            "alleged": ui.allegedEdit.toPlainText(),
            "children": [upn for upn in ui.childrenEdit.text().replace(";", ",").split(",") if upn.strip()],
            "lado_referred": _optional_day(ui.ladoReferredEdit.text(), _tr("The LADO referral date")),
            "lado_reference": ui.ladoReferenceEdit.text(),
            "advice": ui.adviceEdit.toPlainText(),
        }


def _optional_day(text: str, what: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(_tr("{what} must be a date like 2026-11-02.").format(what=what)) from None
