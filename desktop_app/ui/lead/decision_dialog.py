"""Recording a lead's decision on a concern: its type and a rationale that cannot be blank."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from desktop_app.domain.lead.concern_records import DecisionType
from desktop_app.ui.forms.ui_lead_decision import Ui_LeadDecisionDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("DecisionDialog", text)


def decision_type_words(decision: DecisionType) -> str:
    return translate("DecisionType", decision.words)


class DecisionDialog(LeadDialog):
    """Concern, decision type and rationale; Save stays off until the rationale has words in it.

    `open_flags(concern_id)` gives the reasons of the red flags open on a concern, shown so the lead knows that not
    referring will need a second lead (the service decides, and says so once the decision is recorded).
    Private state: `_open_flags`.
    """

    def __init__(
        self,
        about: str,
        concerns: Sequence[tuple[str, str]],
        open_flags: Callable[[str], list[str]],
        selected: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Ui_LeadDecisionDialog(), parent, _tr("&Record decision"))
        self._open_flags = open_flags
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.concernCombo, list(concerns), selected or None)
        fill_combo(self.ui.decisionCombo, [(decision_type_words(d), d.value) for d in DecisionType])
        self.ui.concernCombo.currentIndexChanged.connect(self._concern_changed)
        self.ui.decisionCombo.currentIndexChanged.connect(self._concern_changed)
        self.ui.rationaleEdit.textChanged.connect(self.update_save)
        self._concern_changed()
        self.ui.decisionCombo.setFocus()

    def concern_id(self) -> str:
        return self.ui.concernCombo.currentData() or ""

    def decision(self) -> str:
        return self.ui.decisionCombo.currentData() or ""

    def rationale(self) -> str:
        return self.ui.rationaleEdit.toPlainText()

    def set_decision(self, decision: str) -> None:
        self.ui.decisionCombo.setCurrentIndex(self.ui.decisionCombo.findData(decision))

    def can_save(self) -> bool:
        return bool(self.concern_id() and self.decision() and self.rationale().strip())

    def _concern_changed(self) -> None:
        flags = self._open_flags(self.concern_id()) if self.concern_id() else []
        if not flags:
            self.ui.flagsLabel.setText(_tr("No red flag is open on this concern."))
        else:
            text = _tr("Red flags open on this concern:") + "\n" + "\n".join(f"• {reason}" for reason in flags)
            try:
                refers = DecisionType(self.decision()).refers
            except ValueError:
                refers = False
            if not refers:
                text += "\n" + _tr("Not referring while a red flag is open needs a second lead's sign-off.")
            self.ui.flagsLabel.setText(text)
        self.update_save()
