"""A second lead agrees with, or challenges, a decision another lead made."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from desktop_app.domain.lead.concern_records import Decision, DecisionType
from desktop_app.ui.forms.ui_lead_sign_off import Ui_LeadSignOffDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import when_text
from desktop_app.ui.lead.decision_dialog import decision_type_words
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("SignOffDialog", text)


def decision_name(code: str) -> str:
    """A decision code in words (an unknown code, from a newer app, as it is)."""
    try:
        return decision_type_words(DecisionType(code))
    except ValueError:
        return code


def decision_html(decision: Decision, by: str) -> str:
    """The decision as the second lead reads it: what, why, by whom, and the red flags open when it was made."""
    rationale = html.escape(decision.rationale).replace("\n", "<br>")
    parts = [
        f"<h3>{html.escape(decision_name(decision.decision))}</h3>",
        "<p>{}</p>".format(html.escape(_tr("Decided by {who}, {when}.").format(who=by, when=when_text(decision.at)))),
        f"<p><b>{html.escape(_tr('Rationale'))}</b><br>{rationale}</p>",
    ]
    if decision.open_flags:
        items = "".join(f"<li>{html.escape(reason)}</li>" for reason in decision.open_flags)
        parts.append(f"<p><b>{html.escape(_tr('Red flags open when it was made'))}</b></p><ul>{items}</ul>")
    return "".join(parts)


class SignOffDialog(LeadDialog):
    """Agree (a comment is optional) or challenge (a comment is needed); the service refuses the decision's author."""

    def __init__(self, about: str, decision: Decision, by: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadSignOffDialog(), parent, _tr("&Sign off"))
        self.ui.aboutLabel.setText(about)
        self.ui.decisionBrowser.setHtml(decision_html(decision, by))
        self.ui.agreeRadio.toggled.connect(self.update_save)
        self.ui.commentEdit.textChanged.connect(self.update_save)
        self.update_save()
        self.ui.agreeRadio.setFocus()

    def agrees(self) -> bool:
        return self.ui.agreeRadio.isChecked()

    def comment(self) -> str:
        return self.ui.commentEdit.toPlainText()

    def can_save(self) -> bool:
        return self.agrees() or bool(self.comment().strip())
