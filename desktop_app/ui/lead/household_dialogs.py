"""The Families page's dialogs: linking children as one household, recording an adult around them, and adding a
child of the household who is not on roll."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from desktop_app.domain.records import Pupil
from desktop_app.ui.forms.ui_lead_household_adult import Ui_LeadHouseholdAdultDialog
from desktop_app.ui.forms.ui_lead_household_member import Ui_LeadHouseholdMemberDialog
from desktop_app.ui.forms.ui_lead_link_children import Ui_LeadLinkChildrenDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.pupil_finder import PupilFinder


def _tr(text: str) -> str:
    return translate("HouseholdDialogs", text)


class LinkChildrenDialog(LeadDialog):
    """Choose two or more children (by name or UPN) to confirm as one household. Private state: `finder`."""

    def __init__(self, pupils: Sequence[Pupil], parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadLinkChildrenDialog(), parent, _tr("&Link as one household"))
        self.ui.aboutLabel.setText(
            _tr("Type a name or UPN, choose each child with Enter, then link them. Children already in a household "
                "join it.")
        )  # fmt: skip
        self.finder = PupilFinder(pupils, multiple=True, parent=self)
        self.ui.finderLayout.addWidget(self.finder)
        self.finder.changed.connect(self.update_save)
        self.update_save()
        self.finder.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the finder chooses a child; it never links them at once (the dialog's default button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.finder.isAncestorOf(self.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)

    def pupil_ids(self) -> list[str]:
        return [p.pupil_id for p in self.finder.chosen()]

    def can_save(self) -> bool:
        return len(self.pupil_ids()) >= 2


class HouseholdAdultDialog(LeadDialog):
    """An adult's full name, relationship to the children, parental responsibility, address and notes."""

    def __init__(self, about: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadHouseholdAdultDialog(), parent, _tr("&Add adult"))
        self.ui.aboutLabel.setText(about)
        fill_combo(
            self.ui.responsibilityCombo,
            [(_tr("Not known"), "unknown"), (_tr("Yes"), "yes"), (_tr("No"), "no")],
        )
        for edit in (self.ui.nameEdit, self.ui.relationshipEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.nameEdit.setFocus()

    def name(self) -> str:
        return self.ui.nameEdit.text()

    def relationship(self) -> str:
        return self.ui.relationshipEdit.text()

    def parental_responsibility(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.ui.responsibilityCombo.currentData())

    def address(self) -> str:
        return self.ui.addressEdit.text()

    def notes(self) -> str:
        return self.ui.notesEdit.toPlainText()

    def can_save(self) -> bool:
        return bool(self.name().strip() and self.relationship().strip())


class HouseholdMemberDialog(LeadDialog):
    """A child who is not on roll (a baby, a toddler, an older sibling at another school): the child on roll they
    live with (chosen by name or UPN), their full name, date of birth, who they are to the child, and their school.
    Private state: `finder`."""

    def __init__(self, pupils: Sequence[Pupil], chosen: str = "", parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadHouseholdMemberDialog(), parent, _tr("&Add to the household"))
        self.ui.aboutLabel.setText(
            _tr("They join the household of the child chosen below and get a reference of their own, which can be "
                "used wherever a UPN is; staff can then record a concern about them.")
        )  # fmt: skip
        self.finder = PupilFinder([p for p in pupils if p.on_roll], parent=self)
        self.ui.finderLayout.addWidget(self.finder)
        self.ui.childLabel.setBuddy(self.finder.search_box)
        if chosen:
            self.finder.set_chosen_upns([chosen])
        today = QDate.currentDate()
        self.ui.bornEdit.setMaximumDate(today)
        self.ui.bornEdit.setMinimumDate(today.addYears(-25))
        self.ui.bornEdit.setDate(today)
        self.finder.changed.connect(self.update_save)
        for edit in (self.ui.nameEdit, self.ui.relationshipEdit):
            edit.textChanged.connect(self.update_save)
        self.update_save()
        (self.ui.nameEdit if chosen else self.finder).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the finder chooses the child; it never saves at once."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.finder.isAncestorOf(self.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)

    def child_id(self) -> str:
        pupil = self.finder.pupil()
        return pupil.pupil_id if pupil else ""

    def name(self) -> str:
        return self.ui.nameEdit.text()

    def born(self) -> date:
        return self.ui.bornEdit.date().toPython()

    def relationship(self) -> str:
        return self.ui.relationshipEdit.text()

    def school(self) -> str:
        return self.ui.schoolEdit.text()

    def can_save(self) -> bool:
        return bool(self.child_id() and self.name().strip() and self.relationship().strip())
