"""Sending a concern: what must be there first, recording it off the GUI thread, and the confirmation once on disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.domain.concern_input import TEXT_FIELDS
from desktop_app.domain.ids import short_reference
from desktop_app.services.concerns import Recorded, check_concerns, record_concerns
from desktop_app.services.errors import ServiceError
from desktop_app.ui.i18n import translate
from desktop_app.ui.ops import BackgroundOp, RunOp

if TYPE_CHECKING:
    from desktop_app.ui.concern_form.form import ConcernForm


def _tr(text: str) -> str:
    return translate("ConcernForm", text)


R = TypeVar("R")


def submission(content: dict[str, Any], moment: datetime | None) -> dict[str, Any]:
    """A form's content as services.concerns.check_concerns accepts it (the pupil by UPN, marks as dicts)."""
    return {
        "pupils": content["pupils"],
        "occurred_at": moment.isoformat() if moment else None,
        "categories": content["categories"],
        **{name: content[name] for name in TEXT_FIELDS},
        "other_children": [upn for upn in content["other_children"] if upn not in content["pupils"]],
        "injuries": [_as_submitted(mark) for mark in content["injuries"]],
        "urgent": content["urgent"],
    }


def _as_submitted(mark: dict[str, Any]) -> dict[str, Any]:
    """A mark as sent: with no explanation written, nobody gave one (whoever was chosen in the list)."""
    if not str(mark.get("explanation", "")).strip():
        return {**mark, "explanation_by": "none"}
    return mark


def missing(form: ConcernForm) -> list[tuple[str, QWidget]]:
    """What must be there before a concern can be sent, with the field to go to."""
    ui = form.ui
    found: list[tuple[str, QWidget]] = []
    if form.finder.pupil() is None:
        found.append((_tr("Choose the pupil this is about."), form.finder.search_box))
    when = form.when.problem()
    if when:
        field = ui.whenChoice if not form.when.code() or ui.whenTimeEdit.isHidden() else ui.whenTimeEdit
        if ui.whenDateEdit.isVisible() and not when.startswith(_tr("Write the time")):
            field = ui.whenDateEdit
        found.append((when, field))
    if not form.categories.codes():
        found.append((_tr("Tick a category (the nearest will do)."), ui.categoryList))
    if not ui.factsEdit.toPlainText().strip():
        found.append((_tr("Write what you saw or heard."), ui.factsEdit))
    return found


def confirmation(recorded: list[Recorded], moment: datetime | None) -> str:
    """What the person is told once the concern is on disk: who sees it, its reference for each child, and for an
    urgent one what else to do."""
    sent = recorded[0]
    when = moment.strftime("%d %b %Y %H:%M") if moment else ""
    if len(recorded) == 1:
        about = _tr("Reference: {reference}\nAbout: {pupil}, {when}").format(
            reference=short_reference(sent.entry_id), pupil=sent.pupil.full_name, when=when
        )
    else:
        about = _tr("One record in each child's own file, {when}:").format(when=when) + "".join(
            f"\n{short_reference(r.entry_id)}  {r.pupil.full_name}" for r in recorded
        )
    urgent = _tr(
        "You marked it urgent: it is at the top of every designated lead's queue, every lead signed in is "
        "alerted, and they see your name with it. If a child is in immediate danger, also tell a lead in "
        "person or call 999."
    )
    return (
        _tr("A designated lead will see it in their queue.") + "\n\n" + about + ("\n\n" + urgent if sent.urgent else "")
    )


class ConcernSender(QObject):
    """Sends the form's concern: checks it, records it off the GUI thread through `run_op` (see RunOp; by default
    its own BackgroundOp), and only once it is on disk shows the confirmation and lets the draft go. While it
    sends, the form is disabled and no draft is written; a failure keeps the words and says why.

    Signals: `sent(entry_id)` once the concern is on disk and the confirmation shows.

    Private state: `_form` (the form it sends from and confirms on), `_run_op`, `_sending` (an op is under way),
    `_sent` (the first Recorded result once on disk; `_sent_all` holds one per child).
    """

    sent = Signal(str)

    def __init__(self, form: ConcernForm, run_op: RunOp | None = None) -> None:
        super().__init__(form)
        self._form = form
        self._run_op = run_op or self._run_in_background
        self._sending = False
        self._sent: Recorded | None = None
        self._sent_all: list[Recorded] = []

    @property
    def busy(self) -> bool:
        """Whether sending has the form: under way, or done and confirmed (no edits or drafts count then)."""
        return self._sending or self._sent is not None

    @property
    def recorded(self) -> Recorded | None:
        """The first record made once the concern is on disk, or None."""
        return self._sent

    def reset(self) -> None:
        """The form holds a concern not yet sent again."""
        self._sent = None
        self._sending = False

    def submit(self) -> None:
        """Check, then record the concern off the GUI thread; the confirmation shows only once it is on disk."""
        form, ui = self._form, self._form.ui
        if self.busy or ui.pages.currentWidget() is not ui.formPage:
            return
        needed = missing(form)
        if needed:
            self._show_problem(_tr("Not sent yet: {what}").format(what=" ".join(text for text, _ in needed)))
            needed[0][1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            checked = check_concerns(form.directory, [submission(form.content(), form.occurred_at())])
        except ServiceError as exc:
            self._show_problem(str(exc))
            return
        form.drafts.save_now()  # whatever happens next, the words are on disk
        session, directory = form.session, form.directory
        self._run_op(
            lambda: record_concerns(session, directory, checked),
            self._on_recorded,
            self._on_not_recorded,
            self._set_sending,
        )

    def _run_in_background(
        self,
        op: Callable[[], R],
        success: Callable[[R], None],
        failure: Callable[[BaseException], None],
        busy: Callable[[bool], None],
    ) -> None:
        BackgroundOp(self._form, op, success, failure, busy).run_in_background()

    def _show_problem(self, text: str) -> None:
        self._form.ui.problemLabel.setText(text)
        self._form.ui.problemLabel.show()

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._form.drafts.stop()
        self._form.ui.formPage.setEnabled(not sending)
        if sending:
            self._form.drafts.say(_tr("Sending to the safeguarding team…"), False)

    def _on_recorded(self, recorded: list[Recorded]) -> None:
        form, ui = self._form, self._form.ui
        self._sent = recorded[0]
        self._sent_all = list(recorded)
        form.drafts.stop()
        ui.sentLabel.setText(confirmation(recorded, form.occurred_at()))
        ui.pages.setCurrentWidget(ui.sentPage)
        ui.doneButton.setFocus(Qt.FocusReason.OtherFocusReason)
        form.drafts.forget_sent()
        self.sent.emit(self._sent.entry_id)

    def _on_not_recorded(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, ServiceError) else type(error).__name__
        self._show_problem(
            _tr("Not sent: {problem} Your words are kept as a draft; please try again.").format(problem=message)
        )
        self._form.drafts.say(_tr("Draft kept"), False)
        self._form.ui.submitButton.setFocus(Qt.FocusReason.OtherFocusReason)
