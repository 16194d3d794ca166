"""The concern form widget: the pupil, what happened, the child's own words, a body map, and its collaborators."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.records import Pupil, SchoolState
from desktop_app.services.directory import categories
from desktop_app.services.drafts import Draft
from desktop_app.services.session import Session
from desktop_app.ui.concern_categories import CategoryChooser
from desktop_app.ui.concern_form import layout
from desktop_app.ui.concern_form.drafts import DraftKeeper, DraftOffer
from desktop_app.ui.concern_form.fields import fill_form, form_content, text_widgets
from desktop_app.ui.concern_form.prompts import RecordQualityPrompts
from desktop_app.ui.concern_form.sending import ConcernSender, submission
from desktop_app.ui.concern_when import WhenChooser
from desktop_app.ui.forms.ui_concern_form import Ui_ConcernForm
from desktop_app.ui.ops import RunOp
from desktop_app.ui.scroll_fit import NoSidewaysScrolling


class ConcernForm(QWidget):
    """Records one concern. Built from forms/concern_form.ui by composition (`self.ui`).

    Give it the signed-in `session` and the pupil `directory` (services.directory.load_directory, or a folded
    state, which holds the directory too), and optionally `run_op` (see RunOp; default: its own BackgroundOp).
    The form holds the fields and what a person does with them; its collaborators do the rest: `drafts`
    (DraftKeeper: the form sealed to its author `autosave_ms` after the last change and on every focus change),
    `draft_offer` (DraftOffer: their other unfinished records on this PC, offered back in a bar at the top),
    `quality` (RecordQualityPrompts: the gentle prompts) and `sending` (ConcernSender: the concern recorded off the
    GUI thread, and only once it is on disk the reference and what happens next, the draft then discarded).
    `when` and `categories` drive those fields; `texts` holds each text field's widget by the name `Concern`
    declares. After a lock, `set_session` gives the form the new session of the same person.

    Signals: `submitted(entry_id)` once the concern is on disk and the confirmation shows; `cancelled()` when the
    person closes the form without sending (the draft is kept, or was discarded on request); `done(entry_id)` when
    they leave the confirmation (the form is empty again by then); `draft_saved(draft_id)` after each durable
    draft save.

    Private state: `_session`, `_directory`, `_loading` (filling the form, not a person typing), `_focused_once`
    (the first show has placed the keyboard and the columns) and `_no_sideways` (keeps the fields from scrolling
    sideways: the body map takes the rest of the width).
    """

    submitted = Signal(str)
    cancelled = Signal()
    done = Signal(str)
    draft_saved = Signal(str)

    AUTOSAVE_MS = 3000

    def __init__(
        self,
        session: Session,
        directory: SchoolState,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        run_op: RunOp | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConcernForm()
        self.ui.setupUi(self)
        self._session = session
        self._directory = directory
        self._loading = False
        self._focused_once = False
        self.finder, self.others = layout.add_pupil_finders(self, list(directory.pupils.values()))
        self.body_map = layout.add_body_map(self)
        self.categories = CategoryChooser(self.ui.categoryList, self.ui.categoriesChosenLabel, categories(directory))
        ui = self.ui
        self.when = WhenChooser(ui.whenChoice, ui.whenDateEdit, ui.whenTimeEdit, ui.whenSummary)
        self.texts = text_widgets(self)  # each text field's widget, by the name `Concern` declares
        layout.set_tab_order(self)
        ui.problemLabel.hide()

        self.sending = ConcernSender(self, run_op)
        self.drafts = DraftKeeper(
            self.content, lambda: self._session, lambda: self.sending.busy, ui.draftStatusLabel, autosave_ms, self
        )
        self.draft_offer = DraftOffer(
            lambda: self._session, lambda: self.drafts.draft_id, self._pupil, ui.draftOfferFrame, ui.draftOfferLabel
        )
        self.quality = RecordQualityPrompts(self.content, self.occurred_at, ui.promptFrame, ui.promptList, self)
        self.drafts.saved.connect(self.draft_saved)
        self.sending.sent.connect(self.submitted)
        self._connect_edits()
        self._connect_buttons()
        layout.add_shortcuts(self)
        self.setFocusProxy(self.finder)
        layout.fit_hints(self)
        self._no_sideways = NoSidewaysScrolling(ui.fieldsScroll)

    def _connect_edits(self) -> None:
        """Every change a person makes marks the form changed; leaving a field saves the draft."""
        for edit in self.texts.values():
            edit.textChanged.connect(self._on_edited)
        for chooser in (self.when, self.categories, self.finder, self.others, self.body_map):
            chooser.changed.connect(self._on_edited)
        self.ui.urgentCheck.toggled.connect(self._on_edited)
        self.finder.picked.connect(self._on_pupil_picked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _connect_buttons(self) -> None:
        ui = self.ui
        ui.submitButton.clicked.connect(self.submit)
        ui.closeButton.clicked.connect(self.close_keeping_draft)
        ui.discardButton.clicked.connect(self._ask_to_discard)
        ui.anotherButton.clicked.connect(self.start_new)
        ui.doneButton.clicked.connect(self.finish)
        for button in (ui.anotherButton, ui.doneButton):
            button.setAutoDefault(True)  # Return presses the focused one, as in a dialog (the form is not one)
        ui.resumeButton.clicked.connect(self.resume_latest_draft)

    # Who, and what is on the form -------------------------------------------------------------------------------

    def _pupil(self, upn: str) -> Pupil | None:
        return self.finder.model.pupil_by_upn(upn)

    @property
    def session(self) -> Session:
        return self._session

    @property
    def directory(self) -> SchoolState:
        return self._directory

    @property
    def draft_id(self) -> str:
        return self.drafts.draft_id

    def set_session(self, session: Session, directory: SchoolState | None = None) -> None:
        """The same person signed in again (after a lock): use their new session, and a fresher directory."""
        self._session = session
        if directory is not None:
            self._directory = directory
            pupils = list(directory.pupils.values())
            for finder in (self.finder, self.others):
                chosen = finder.chosen_upns()
                finder.set_pupils(pupils)
                was_loading, self._loading = self._loading, True
                finder.set_chosen_upns(chosen)
                self._loading = was_loading
        self.offer_drafts()

    def category_code(self) -> str:
        """The main category's code (the first ticked), or "" when none is ticked."""
        codes = self.categories.codes()
        return codes[0] if codes else ""

    def occurred_at(self) -> datetime | None:
        """When it happened, as an aware datetime in this PC's zone; None until the person has chosen it."""
        return self.when.moment()

    def content(self) -> dict[str, Any]:
        """Everything in the form as plain JSON-ready data: what a draft holds."""
        return form_content(self)

    def restore_draft(self, content: dict[str, Any], draft_id: str | None = None) -> None:
        """Put a draft back exactly: every field and every mark. With its `draft_id`, later saves replace that
        draft (and sending discards it); without, the content is saved as a new draft."""
        self._loading = True
        try:
            fill_form(self, content)
        finally:
            self._loading = False
        self.sending.reset()
        self.ui.pages.setCurrentWidget(self.ui.formPage)
        self.ui.problemLabel.hide()
        if draft_id is not None:
            self.drafts.adopt(draft_id, self.content())
        else:
            self.drafts.adopt_as_new()
        self.show_prompts()

    # The draft, the prompts, sending: their collaborators' work -------------------------------------------------

    def save_draft_now(self) -> bool:
        """Seal the form to its author as a draft now (see DraftKeeper.save_now)."""
        return self.drafts.save_now()

    def has_unsaved_changes(self) -> bool:
        return self.drafts.dirty

    def offer_drafts(self) -> list[Draft]:
        """Look for this person's other unfinished records on this PC and offer the latest back."""
        return self.draft_offer.refresh()

    def resume_latest_draft(self) -> None:
        """Put the latest unfinished record back in the form; what is on screen now is kept as a draft first."""
        latest = self.draft_offer.latest()
        if latest is None:
            return
        self.save_draft_now()
        self.restore_draft(latest.content, latest.draft_id)
        self.offer_drafts()
        self.finder.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def prompts(self) -> list[str]:
        """The gentle prompts this record raises now, in words. None of them stops it being sent."""
        return self.quality.prompts()

    def show_prompts(self) -> None:
        self.quality.show()

    def submission(self) -> dict[str, Any]:
        """The concern as services.concerns.check_concerns accepts it (the pupil by UPN, marks as dicts)."""
        return submission(self.content(), self.occurred_at())

    def submit(self) -> None:
        """Check, then record the concern off the GUI thread; the confirmation shows only once it is on disk."""
        self.sending.submit()

    @property
    def sent_reference(self) -> str | None:
        recorded = self.sending.recorded
        return recorded.reference if recorded else None

    @property
    def sent_entry_id(self) -> str | None:
        recorded = self.sending.recorded
        return recorded.entry_id if recorded else None

    # What a person does -----------------------------------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self.sending.busy:
            return
        self.ui.problemLabel.hide()
        self.drafts.changed()
        self.quality.soon()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self.drafts.dirty:
            return
        if (old is not None and self.isAncestorOf(old)) or (new is not None and self.isAncestorOf(new)):
            self.save_draft_now()

    def _on_pupil_picked(self, _pupil: object, by_keyboard: bool) -> None:
        if by_keyboard:  # on to the time, until it is chosen (Alt+U comes back to add another child)
            target = self.ui.whereEdit if self.when.moment() is not None else self.ui.whenChoice
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            layout.share_columns(self)
            self.finder.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.drafts.dirty:
            self.save_draft_now()  # locked, minimised or switched away: nothing is left only on screen
        super().hideEvent(event)

    # Leaving ----------------------------------------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for another concern, with a new draft."""
        ui = self.ui
        self._loading = True
        try:
            for chooser in (self.finder, self.others, self.when, *self.texts.values(), self.categories, self.body_map):
                chooser.clear()
            ui.urgentCheck.setChecked(False)
        finally:
            self._loading = False
        self.drafts.start_new()
        self.sending.reset()
        ui.problemLabel.hide()
        self.drafts.clear_status()
        self.show_prompts()
        ui.pages.setCurrentWidget(ui.formPage)
        self.offer_drafts()
        self.to_the_top()

    def to_the_top(self) -> None:
        """Scroll the fields back to the top and put the keyboard in the pupil finder (a new concern starts there)."""
        ui = self.ui
        ui.fieldsScroll.verticalScrollBar().setValue(0)
        ui.fieldsScroll.horizontalScrollBar().setValue(0)
        self.finder.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: ui.fieldsScroll.verticalScrollBar().setValue(0))  # after the layout settles

    def finish(self) -> None:
        """Leave the confirmation: the form is emptied for next time, then `done(entry_id)` is emitted."""
        entry_id = self.sent_entry_id
        if entry_id is None:
            return
        self.start_new()
        self.done.emit(entry_id)

    def close_keeping_draft(self) -> None:
        """Leave without sending; the draft is saved first and offered back at the next sign-in."""
        self.save_draft_now()
        self.cancelled.emit()

    def discard(self) -> None:
        """Delete the draft and empty the form (after the person has confirmed)."""
        self.drafts.discard()
        self.start_new()
        self.cancelled.emit()

    def _ask_to_discard(self) -> None:
        if layout.confirm_discard(self):
            self.discard()
