""" "Record a meeting…" from a child's file: the meeting, who came, its outcome and its plan's actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop_app.domain.lead.meetings import (
    CP_CATEGORIES,
    Attendee,
    MeetingType,
    NotParsed,
    Outcome,
    PlanActionInput,
    parse_attendee,
    parse_plan_action,
)
from desktop_app.domain.records import SchoolState
from desktop_app.services.errors import ServiceError
from desktop_app.services.meetings import MeetingRecorded, plan_owner, record_meeting
from desktop_app.services.session import Session
from desktop_app.ui.forms.ui_lead_meeting import Ui_LeadMeetingDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("MeetingDialog", text)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


class MeetingDialog(LeadDialog):
    """The meeting's type and day, attendees ("name | role | agency", one a line), outcome (a CP plan's category),
    the next meeting or review, the plan's actions ("what | owner | review date", one a line) and notes. What is
    typed is read by the same parsers as the command line's; a line not in that form is named, and nothing is lost.
    Private state: none beyond the form."""

    def __init__(self, about: str, *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadMeetingDialog(), parent, _tr("&Save meeting"))
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.typeCombo, [(t.words, t.value) for t in MeetingType])
        fill_combo(self.ui.outcomeCombo, [(o.words, o.value) for o in Outcome])
        fill_combo(self.ui.categoryCombo, [(c.replace("-", " ").capitalize(), c) for c in CP_CATEGORIES])
        start = QDate(today or date.today())
        self.ui.heldEdit.setMaximumDate(start)
        self.ui.heldEdit.setDate(start)
        self.ui.nextEdit.setDate(start.addMonths(3))
        self.ui.nextEdit.setEnabled(False)
        self.ui.nextCheck.toggled.connect(self.ui.nextEdit.setEnabled)
        self.ui.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        self.ui.attendeesEdit.textChanged.connect(self.update_save)
        self._outcome_changed()
        self.update_save()
        self.ui.typeCombo.setFocus()

    def _outcome_changed(self) -> None:
        self.ui.categoryCombo.setEnabled(self.outcome() == Outcome.CP_PLAN)

    def meeting_type(self) -> str:
        return str(self.ui.typeCombo.currentData() or "")

    def held_on(self) -> date:
        return self.ui.heldEdit.date().toPython()

    def outcome(self) -> str:
        return str(self.ui.outcomeCombo.currentData() or "")

    def category(self) -> str:
        return str(self.ui.categoryCombo.currentData() or "") if self.outcome() == Outcome.CP_PLAN else ""

    def next_on(self) -> date | None:
        return self.ui.nextEdit.date().toPython() if self.ui.nextCheck.isChecked() else None

    def notes(self) -> str:
        return self.ui.notesEdit.toPlainText()

    def attendees(self) -> list[Attendee]:
        """The attendees typed; NotParsed (naming the line) when one is not "name | role | agency"."""
        return [_line(parse_attendee, line, n) for n, line in enumerate(_lines(self.ui.attendeesEdit.toPlainText()))]

    def actions(self) -> list[PlanActionInput]:
        """The plan actions typed; NotParsed (naming the line) when one is not "what | owner | review date"."""
        return [_line(parse_plan_action, line, n) for n, line in enumerate(_lines(self.ui.actionsEdit.toPlainText()))]

    def can_save(self) -> bool:
        return bool(_lines(self.ui.attendeesEdit.toPlainText()))


def _line(parse: Any, line: str, number: int) -> Any:
    try:
        return parse(line)
    except NotParsed as exc:
        raise NotParsed(_tr("Line {n}: {problem}").format(n=number + 1, problem=exc)) from None


def meeting_job(dialog: MeetingDialog, pupil_id: str) -> Callable[[Session, SchoolState], MeetingRecorded]:
    """What Save runs for `dialog`, read on the GUI thread; a line not in its form becomes a job that refuses with
    that line's problem (so the dialog stays open with it, and nothing is written)."""
    kind, held, outcome, category = dialog.meeting_type(), dialog.held_on(), dialog.outcome(), dialog.category()
    next_on, notes = dialog.next_on(), dialog.notes()
    try:
        attendees, typed = dialog.attendees(), dialog.actions()
    except NotParsed as exc:
        problem = str(exc)

        def refuse(_session: Session, _state: SchoolState) -> MeetingRecorded:
            raise ServiceError(problem)

        return refuse

    def job(session: Session, state: SchoolState) -> MeetingRecorded:
        actions = [(a.text, plan_owner(session, state, a.owner), a.review) for a in typed]
        return record_meeting(session, state, pupil_id, kind, held, attendees, outcome, category=category,
                              next_on=next_on, notes=notes, actions=actions)  # fmt: skip

    return job
