"""The Families page's dialogs: linking children as one household, recording an adult around them, and adding a
child of the household who is not on roll."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.records import Pupil
from desktop_app.services.households import AdultDetails
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
    """A parent, carer or significant adult: a new one, or one already recorded to correct (chosen at the top, its
    details filled in). Full name and relationship are required; every other answer may be "not known".
    Private state: `_adults` (adult id -> what is recorded)."""

    def __init__(self, about: str, parent: QWidget | None = None, adults: Sequence[Any] = (),
                 chosen: str = "") -> None:  # fmt: skip
        super().__init__(Ui_LeadHouseholdAdultDialog(), parent, _tr("&Add adult"))
        self.ui.aboutLabel.setText(about)
        self._adults = {a.adult_id: a for a in adults if a.adult_id}
        fill_combo(
            self.ui.adultCombo,
            [(_tr("A new adult"), "")] + [(f"{a.name} ({a.relationship})", a.adult_id) for a in self._adults.values()],
            chosen,
        )
        self.ui.adultLabel.setVisible(bool(self._adults))
        self.ui.adultCombo.setVisible(bool(self._adults))
        unknown_yes_no = [(_tr("Not known"), "unknown"), (_tr("Yes"), "yes"), (_tr("No"), "no")]
        for combo in (self.ui.responsibilityCombo, self.ui.interpreterCombo, self.ui.focusCombo):
            fill_combo(combo, unknown_yes_no)
        self.ui.adultCombo.currentIndexChanged.connect(self._fill)
        for edit in (self.ui.nameEdit, self.ui.relationshipEdit, self.ui.bornEdit):
            edit.textChanged.connect(self.update_save)
        self._fill()
        self.ui.nameEdit.setFocus()

    def _fill(self) -> None:
        """The chosen adult's details as recorded (blank for a new adult)."""
        adult = self._adults.get(self.adult_id())
        get = (lambda name: getattr(adult, name)) if adult else (lambda name: None)
        for edit, name in ((self.ui.nameEdit, "name"), (self.ui.relationshipEdit, "relationship"),
                           (self.ui.addressEdit, "address"), (self.ui.contactEdit, "contact"),
                           (self.ui.languageEdit, "language"), (self.ui.schoolEdit, "school")):  # fmt: skip
            edit.setText(get(name) or "")
        born = get("date_of_birth")
        self.ui.bornEdit.setText(born.isoformat() if born else "")
        self.ui.notesEdit.setPlainText(get("notes") or "")
        for combo, name in ((self.ui.responsibilityCombo, "parental_responsibility"),
                            (self.ui.interpreterCombo, "interpreter_needed"),
                            (self.ui.focusCombo, "focus_of_referral")):  # fmt: skip
            combo.setCurrentIndex(combo.findData({True: "yes", False: "no"}.get(get(name), "unknown")))
        text = _tr("&Save correction") if adult else _tr("&Add adult")
        self.save_button().setText(text)
        self.save_button().setAccessibleName(text.replace("&", ""))
        self.update_save()

    def adult_id(self) -> str:
        return self.ui.adultCombo.currentData() or ""

    def name(self) -> str:
        return self.ui.nameEdit.text()

    def relationship(self) -> str:
        return self.ui.relationshipEdit.text()

    def parental_responsibility(self) -> bool | None:
        return _answer(self.ui.responsibilityCombo)

    def address(self) -> str:
        return self.ui.addressEdit.text()

    def notes(self) -> str:
        return self.ui.notesEdit.toPlainText()

    def born(self) -> date | None:
        """The date of birth typed, None when blank; raises ValueError when it is not a date."""
        text = self.ui.bornEdit.text().strip()
        return date.fromisoformat(text) if text else None

    def details(self) -> AdultDetails:
        return AdultDetails(
            self.name(), self.relationship(), self.parental_responsibility(), self.address(),
            contact=self.ui.contactEdit.text(), language=self.ui.languageEdit.text(),
            interpreter_needed=_answer(self.ui.interpreterCombo), date_of_birth=self.born(),
            school=self.ui.schoolEdit.text(), focus_of_referral=_answer(self.ui.focusCombo), notes=self.notes(),
        )  # fmt: skip

    def can_save(self) -> bool:
        try:
            self.born()
        except ValueError:
            self.show_problem(_tr("Type the date of birth as YYYY-MM-DD (e.g. 1990-04-21), or leave it blank."))
            return False
        self.show_problem("")
        return bool(self.name().strip() and self.relationship().strip())


def _answer(combo: QComboBox) -> bool | None:
    return {"yes": True, "no": False}.get(combo.currentData())


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
