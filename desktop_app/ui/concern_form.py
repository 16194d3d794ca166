"""The concern form: the pupil, what happened, the child's own words, a body map; saved as a draft as it is typed."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from desktop_app.domain import record_quality
from desktop_app.domain.concern_input import TEXT_FIELDS
from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import InjuryMark, Role, SchoolState
from desktop_app.services.changes import Changes
from desktop_app.services.concerns import Recorded, check_concerns, record_concerns
from desktop_app.services.directory import categories
from desktop_app.services.drafts import Draft, discard_draft, list_drafts, new_draft_id, save_draft
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.ui.bodymap import BodyMapEditor
from desktop_app.ui.concern_categories import CategoryChooser
from desktop_app.ui.concern_when import WhenChooser
from desktop_app.ui.forms.ui_concern_form import Ui_ConcernForm
from desktop_app.ui.hint_fit import fit_hint
from desktop_app.ui.main_window import PAGE_CONCERN_FORM, MainWindow
from desktop_app.ui.ops import BackgroundOp, RunOp
from desktop_app.ui.pupil_finder import PupilFinder
from desktop_app.ui.scroll_fit import NoSidewaysScrolling

log = logging.getLogger(__name__)

R = TypeVar("R")

DRAFT_FORM = "concern"
DRAFT_VERSION = 2  # 2: several pupils and categories, and the time as a choice (1 defaulted the time to now)
TextEdit = QLineEdit | QPlainTextEdit  # a text field's widget: one line, or several


def text_widgets(form: QWidget) -> dict[str, TextEdit]:
    """The widget of each text field a concern records, by the field's name (its `recordedField` property in
    forms/concern_form.ui), in the order `Concern` declares them; raises LookupError when a field has none or two."""
    found: dict[str, list[TextEdit]] = {}
    for widget in form.findChildren(QWidget):
        name = widget.property("recordedField")
        if isinstance(name, str) and isinstance(widget, QLineEdit | QPlainTextEdit):
            found.setdefault(name, []).append(widget)
    wrong = sorted(set(found) ^ set(TEXT_FIELDS)) + sorted(n for n, w in found.items() if len(w) > 1)
    if wrong:
        raise LookupError(f"the concern form has no widget, or more than one, for: {', '.join(wrong)}")
    return {name: found[name][0] for name in TEXT_FIELDS}


def text_of(widget: TextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def set_text(widget: TextEdit, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        widget.setPlainText(value)


def _focus_chain_inside(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab can reach, in their present focus-chain order."""
    found: list[QWidget] = []
    start = widget = container.window()
    while True:
        widget = widget.nextInFocusChain()
        if widget is start:
            return found
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        if reachable and container.isAncestorOf(widget) and widget not in found:
            found.append(widget)


def is_blank(content: dict[str, Any]) -> bool:
    """Whether a form's content holds nothing a person wrote or chose (the time alone does not count)."""
    return not (
        content.get("pupil")
        or content.get("pupils")
        or content.get("category")
        or content.get("categories")
        or any(str(content.get(name, "")).strip() for name in TEXT_FIELDS)
        or content.get("other_children")
        or content.get("injuries")
    )


class ConcernForm(QWidget):
    """Records one concern. Built from forms/concern_form.ui by composition (`self.ui`).

    Give it the signed-in `session` and the pupil `directory` (services.directory.load_directory, or a folded
    state, which holds the directory too), and optionally `run_op` (see RunOp; default: its own BackgroundOp).
    While the person types, the whole form (marks included) is sealed to them as a draft `autosave_ms` after the
    last change and on every focus change; `restore_draft` puts a draft back exactly. Sending records the concern
    off the GUI thread and only once it is on disk shows the reference and what happens next, then discards the
    draft.

    Signals: `submitted(entry_id)` once the concern is on disk and the confirmation shows; `cancelled()` when the
    person closes the form without sending (the draft is kept, or was discarded on request); `done(entry_id)` when
    they leave the confirmation (the form is empty again by then); `draft_saved(draft_id)` after each durable
    draft save.

    Other unfinished records of the same person on this PC are offered back in a bar at the top (`offer_drafts`).
    After a lock, `set_session` gives the form the new session of the same person.

    Private state: `_session`, `_directory`, `_draft_id`, `_saved` (the content last saved as a draft, or None),
    `_dirty` (changed since), `_loading` (filling the form, not a person typing), `_sending`, `_sent` (the first
    Recorded result once on disk; `_sent_all` holds one per child), `_offered` (other drafts on offer, newest
    first), and the timers `_autosave` and `_review`. `when` and `categories` drive those fields.
    """

    submitted = Signal(str)
    cancelled = Signal()
    done = Signal(str)
    draft_saved = Signal(str)

    AUTOSAVE_MS = 3000
    REVIEW_MS = 250

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
        self._run_op = run_op or self._run_in_background
        self._draft_id = new_draft_id()
        self._saved: dict[str, Any] | None = None
        self._dirty = False
        self._loading = False
        self._sending = False
        self._sent: Recorded | None = None
        self._sent_all: list[Recorded] = []
        self._offered: list[Draft] = []
        self._focused_once = False

        pupils = list(directory.pupils.values())
        self.finder = PupilFinder(pupils, multiple=True, parent=self.ui.pupilHost)
        self.finder.setObjectName("pupilFinder")
        self.ui.pupilHostLayout.addWidget(self.finder)
        self.ui.pupilLabel.setBuddy(self.finder.search_box)
        self.others = PupilFinder(pupils, multiple=True, parent=self.ui.othersHost)
        self.others.setObjectName("otherChildrenFinder")
        self.ui.othersHostLayout.addWidget(self.others)
        self.ui.othersLabel.setBuddy(self.others.search_box)
        self.finder.search_box.setAccessibleName(self.tr("Find a pupil this is about"))
        for chosen in self.finder.findChildren(QListWidget, "chosenList"):
            chosen.setAccessibleName(self.tr("Pupils this is about (each gets a record in their own file)"))
        for button in (*self.finder.findChildren(QPushButton), *self.others.findChildren(QPushButton)):
            button.setText(button.text().replace("&", ""))  # two finders' "&Remove" would share Alt+R (Delete works)
        self.body_map = BodyMapEditor(self.ui.bodyMapGroup)
        self.body_map.setObjectName("bodyMap")
        self.ui.bodyMapLayout.addWidget(self.body_map)
        self.ui.columnsSplitter.setStretchFactor(0, 1)
        self.ui.columnsSplitter.setStretchFactor(1, 1)

        self.categories = CategoryChooser(self.ui.categoryList, self.ui.categoriesChosenLabel, categories(directory))
        ui = self.ui
        self.when = WhenChooser(ui.whenChoice, ui.whenDateEdit, ui.whenTimeEdit, ui.whenSummary)
        self._set_tab_order()
        self.ui.promptFrame.hide()
        self.ui.problemLabel.hide()
        self.ui.draftOfferFrame.hide()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self.save_draft_now)
        self._review = QTimer(self)
        self._review.setSingleShot(True)
        self._review.setInterval(self.REVIEW_MS)
        self._review.timeout.connect(self.show_prompts)

        self.texts = text_widgets(self)  # each text field's widget, by the name `Concern` declares
        for edit in self.texts.values():
            edit.textChanged.connect(self._on_edited)
        self.when.changed.connect(self._on_edited)
        self.ui.urgentCheck.toggled.connect(self._on_edited)
        self.categories.changed.connect(self._on_edited)
        self.finder.changed.connect(self._on_edited)
        self.others.changed.connect(self._on_edited)
        self.body_map.changed.connect(self._on_edited)
        self.finder.picked.connect(self._on_pupil_picked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.closeButton.clicked.connect(self.close_keeping_draft)
        self.ui.discardButton.clicked.connect(self._ask_to_discard)
        self.ui.anotherButton.clicked.connect(self.start_new)
        self.ui.doneButton.clicked.connect(self.finish)
        self.ui.resumeButton.clicked.connect(self.resume_latest_draft)
        send = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self)
        send.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        send.activated.connect(self.submit)
        self.ui.submitButton.setToolTip(self.tr("Send now (Ctrl+Enter)"))
        to_map = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_B), self)
        to_map.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_map.activated.connect(lambda: self.body_map.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.setFocusProxy(self.finder)
        for edit in (
            ui.whenDateEdit,
            ui.whenTimeEdit,
            *(line for line in self.texts.values() if isinstance(line, QLineEdit)),
            self.finder.search_box,
            self.others.search_box,
        ):
            fit_hint(edit)  # "d…" and "ti…" at 1024x768 before: a hint is read whole or it is no help
        # The fields never scroll sideways (a name in the finder half hidden at 1024x768): the body map takes the rest.
        self._no_sideways = NoSidewaysScrolling(self.ui.fieldsScroll)

    def _set_tab_order(self) -> None:
        """Reading order: the offer of a draft, the pupil, the fields, other children, the body map, the buttons."""
        ui = self.ui
        chain = [
            ui.resumeButton,
            *_focus_chain_inside(self.finder),
            ui.whenChoice,
            ui.whenDateEdit,
            ui.whenTimeEdit,
            ui.whereEdit,
            ui.categoryList,
            ui.factsEdit,
            ui.wordsEdit,
            ui.opinionEdit,
            ui.presentEdit,
            ui.actionEdit,
            ui.sharedEdit,
            *_focus_chain_inside(self.others),
            ui.urgentCheck,
            *_focus_chain_inside(self.body_map),
            ui.submitButton,
            ui.closeButton,
            ui.discardButton,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # The draft --------------------------------------------------------------------------------------------------

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

    def offer_drafts(self) -> list[Draft]:
        """Look for this person's other unfinished records on this PC and offer the latest back."""
        try:
            drafts = list_drafts(self._session)
        except ServiceError:
            drafts = []  # locked: offered again once unlocked
        self._offered = [d for d in drafts if d.draft_id != self._draft_id and d.content.get("form") == DRAFT_FORM]
        ui = self.ui
        if not self._offered:
            ui.draftOfferFrame.hide()
            return []
        latest = self._offered[0]
        pupil = self.finder.model.pupil_by_upn(str(latest.content.get("pupil", "")))
        saved = latest.updated_at.astimezone().strftime("%d %b at %H:%M")
        about = pupil.full_name if pupil else self.tr("no pupil chosen yet")
        if len(self._offered) == 1:
            text = self.tr("You have an unfinished record on this PC, saved on {saved} (about {about}).")
        else:
            text = self.tr(
                "You have {count} unfinished records on this PC; the latest was saved on {saved} (about {about})."
            )
        ui.draftOfferLabel.setText(text.format(count=len(self._offered), saved=saved, about=about))
        ui.draftOfferFrame.show()
        return list(self._offered)

    def resume_latest_draft(self) -> None:
        """Put the latest unfinished record back in the form; what is on screen now is kept as a draft first."""
        if not self._offered:
            return
        latest = self._offered[0]
        self.save_draft_now()
        self.restore_draft(latest.content, latest.draft_id)
        self.offer_drafts()
        self.finder.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def draft_id(self) -> str:
        return self._draft_id

    @property
    def session(self) -> Session:
        return self._session

    def category_code(self) -> str:
        """The main category's code (the first ticked), or "" when none is ticked."""
        codes = self.categories.codes()
        return codes[0] if codes else ""

    def content(self) -> dict[str, Any]:
        """Everything in the form as plain JSON-ready data: what a draft holds."""
        ui = self.ui
        pupils = self.finder.chosen_upns()
        injuries = []
        for mark in self.body_map.marks():
            payload = mark.to_payload()
            payload["type"] = str(payload["type"])
            injuries.append(payload)
        return {
            "form": DRAFT_FORM,
            "version": DRAFT_VERSION,
            "pupil": pupils[0] if pupils else "",
            "pupils": pupils,
            **self.when.content(),
            "category": self.category_code(),
            "categories": self.categories.codes(),
            **{name: text_of(edit) for name, edit in self.texts.items()},
            "other_children": self.others.chosen_upns(),
            "injuries": injuries,
            "urgent": ui.urgentCheck.isChecked(),
        }

    def restore_draft(self, content: dict[str, Any], draft_id: str | None = None) -> None:
        """Put a draft back exactly: every field and every mark. With its `draft_id`, later saves replace that
        draft (and sending discards it); without, the content is saved as a new draft."""
        ui = self.ui
        self._loading = True
        try:
            pupils = content.get("pupils") or ([content["pupil"]] if content.get("pupil") else [])
            self.finder.set_chosen_upns(str(upn) for upn in pupils)
            self.when.restore(content)
            chosen = content.get("categories") or [content.get("category") or ""]
            self.categories.set_codes(str(code) for code in chosen)
            for name, edit in self.texts.items():  # a draft saved before a field existed leaves it empty
                set_text(edit, str(content.get(name, "")))
            self.others.set_chosen_upns(content.get("other_children", []))
            ui.urgentCheck.setChecked(content.get("urgent") is True)
            self.body_map.set_marks(InjuryMark.from_payload(m) for m in content.get("injuries", []))
        finally:
            self._loading = False
        self._sent = None
        self._sending = False
        ui.pages.setCurrentWidget(ui.formPage)
        ui.problemLabel.hide()
        if draft_id is not None:
            self._draft_id = draft_id
            self._saved = self.content()
            self._dirty = False
        else:
            self._draft_id = new_draft_id()
            self._saved = None
            self._mark_dirty()
        self.show_prompts()

    def save_draft_now(self) -> bool:
        """Seal the form to its author as a draft, durably, if it changed since the last save. Returns whether the
        draft on disk now matches the form."""
        self._autosave.stop()
        if self._sending or self._sent is not None:
            return False
        content = self.content()
        if content == self._saved:
            self._dirty = False
            return True
        try:
            if is_blank(content):
                if self._saved is not None:  # everything was rubbed out: no words left to lose, nothing to offer
                    discard_draft(self._session, self._draft_id)
                    self._saved = None
                self._dirty = False
                return False
            saved_at = save_draft(self._session, self._draft_id, content)
        except Exception as exc:  # disk full, store gone: say so, keep the words on screen, try again later
            log.warning("draft not saved: %s", type(exc).__name__)
            self._say_draft(self.tr("Draft NOT saved ({problem}): keep this window open.").format(problem=exc), True)
            self._autosave.start()  # and try again
            return False
        self._saved = content
        self._dirty = False
        local = saved_at.astimezone().strftime("%H:%M:%S")
        self._say_draft(self.tr("Draft saved privately at {time}").format(time=local), False)
        self.draft_saved.emit(self._draft_id)
        return True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _say_draft(self, text: str, problem: bool) -> None:
        self.ui.draftStatusLabel.setText(text)
        self.ui.draftStatusLabel.setStyleSheet("color: #a4262c;" if problem else "")

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._autosave.start()
        self._review.start()

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self._sending or self._sent is not None:
            return
        self.ui.problemLabel.hide()
        self._mark_dirty()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._dirty:
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
            width = self.ui.columnsSplitter.width()
            fields = max(self.ui.fieldsScroll.minimumWidth(), int(width * 0.36))  # the body map needs the room more
            self.ui.columnsSplitter.setSizes([fields, max(width - fields, 1)])
            self.finder.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._dirty:
            self.save_draft_now()  # locked, minimised or switched away: nothing is left only on screen
        super().hideEvent(event)

    # Gentle prompts ---------------------------------------------------------------------------------------------

    def occurred_at(self) -> datetime | None:
        """When it happened, as an aware datetime in this PC's zone; None until the person has chosen it."""
        return self.when.moment()

    def prompts(self) -> list[str]:
        """The gentle prompts this record raises now, in words. None of them stops it being sent."""
        content = self.content()
        texts = {name: content[name] for name in TEXT_FIELDS}
        found = record_quality.review_concern(texts, content["categories"], self.occurred_at(), datetime.now(UTC))
        return [self._prompt_words(prompt) for prompt in found]

    def show_prompts(self) -> None:
        self._review.stop()
        words = self.prompts()
        self.ui.promptList.setText("\n".join(f"• {line}" for line in words))
        self.ui.promptFrame.setVisible(bool(words))

    def _field_words(self, field: str) -> str:
        return {
            "location": self.tr("Where"),
            "what_happened": self.tr("What you saw or heard"),
            "opinion": self.tr("Your opinion"),
            "present": self.tr("Who else was present"),
            "action_taken": self.tr("Action already taken"),
        }.get(field, field)

    def _prompt_words(self, prompt: record_quality.Prompt) -> str:
        found = ", ".join(prompt.found)
        if prompt.code == record_quality.INITIALS:
            return self.tr("{field}: write full names and roles instead of initials ({found}).").format(
                field=self._field_words(prompt.field), found=found
            )
        if prompt.code == record_quality.CHILDS_WORDS_MISSING:
            return self.tr("This is a disclosure: write the child's own words, exactly as they said them.")
        if prompt.code == record_quality.CHILDS_WORDS_SUGGESTED:
            return self.tr("If the child said something, write their exact words under “The child's own words”.")
        if prompt.code == record_quality.OPINION_IN_FACTS:
            return self.tr(
                "“What you saw or heard” contains opinion ({found}): keep it to facts and put your view under "
                "“Your opinion”."
            ).format(found=found)
        if prompt.code == record_quality.TIME_LONG_AGO:
            return self.tr("It happened more than 7 days ago: check the date, and say in the facts why it is "
                           "being recorded now.")  # fmt: skip
        if prompt.code == record_quality.TIME_IN_FUTURE:
            return self.tr("The time is in the future: check the date and time.")
        return prompt.code

    # Sending ----------------------------------------------------------------------------------------------------

    def submission(self) -> dict[str, Any]:
        """The concern as services.concerns.check_concerns accepts it (the pupil by UPN, marks as dicts)."""
        content = self.content()
        moment = self.occurred_at()
        return {
            "pupils": content["pupils"],
            "occurred_at": moment.isoformat() if moment else None,
            "categories": content["categories"],
            **{name: content[name] for name in TEXT_FIELDS},
            "other_children": [upn for upn in content["other_children"] if upn not in content["pupils"]],
            "injuries": [_as_submitted(mark) for mark in content["injuries"]],
            "urgent": content["urgent"],
        }

    def _missing(self) -> list[tuple[str, QWidget]]:
        """What must be there before a concern can be sent, with the field to go to."""
        ui = self.ui
        missing = []
        if self.finder.pupil() is None:
            missing.append((self.tr("Choose the pupil this is about."), self.finder.search_box))
        when = self.when.problem()
        if when:
            field = ui.whenChoice if not self.when.code() or ui.whenTimeEdit.isHidden() else ui.whenTimeEdit
            if ui.whenDateEdit.isVisible() and not when.startswith(self.tr("Write the time")):
                field = ui.whenDateEdit
            missing.append((when, field))
        if not self.categories.codes():
            missing.append((self.tr("Tick a category (the nearest will do)."), ui.categoryList))
        if not ui.factsEdit.toPlainText().strip():
            missing.append((self.tr("Write what you saw or heard."), ui.factsEdit))
        return missing

    def _show_problem(self, text: str) -> None:
        self.ui.problemLabel.setText(text)
        self.ui.problemLabel.show()

    def submit(self) -> None:
        """Check, then record the concern off the GUI thread; the confirmation shows only once it is on disk."""
        if self._sending or self._sent is not None or self.ui.pages.currentWidget() is not self.ui.formPage:
            return
        missing = self._missing()
        if missing:
            self._show_problem(self.tr("Not sent yet: {what}").format(what=" ".join(text for text, _ in missing)))
            missing[0][1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            checked = check_concerns(self._directory, [self.submission()])
        except ServiceError as exc:
            self._show_problem(str(exc))
            return
        self.save_draft_now()  # whatever happens next, the words are on disk
        session, directory = self._session, self._directory
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
        BackgroundOp(self, op, success, failure, busy).run_in_background()

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._autosave.stop()
        self.ui.formPage.setEnabled(not sending)
        if sending:
            self._say_draft(self.tr("Sending to the safeguarding team…"), False)

    def _on_recorded(self, recorded: list[Recorded]) -> None:
        sent = recorded[0]
        self._sent = sent
        self._sent_all = list(recorded)
        self._autosave.stop()
        moment = self.occurred_at()
        when = moment.strftime("%d %b %Y %H:%M") if moment else ""
        if len(recorded) == 1:
            about = self.tr("Reference: {reference}\nAbout: {pupil}, {when}").format(
                reference=short_reference(sent.entry_id), pupil=sent.pupil.full_name, when=when
            )
        else:
            about = self.tr("One record in each child's own file, {when}:").format(when=when) + "".join(
                f"\n{short_reference(r.entry_id)}  {r.pupil.full_name}" for r in recorded
            )
        self.ui.sentLabel.setText(
            self.tr("A designated lead will see it in their queue.")
            + "\n\n"
            + about
            + (
                "\n\n"
                + self.tr(
                    "You marked it urgent: it is at the top of every designated lead's queue, every lead signed in is "
                    "alerted, and they see your name with it. If a child is in immediate danger, also tell a lead in "
                    "person or call 999."
                )
                if sent.urgent
                else ""
            )
        )
        self.ui.pages.setCurrentWidget(self.ui.sentPage)
        self.ui.doneButton.setFocus(Qt.FocusReason.OtherFocusReason)
        try:
            discard_draft(self._session, self._draft_id)
        except Exception as exc:  # the concern is safe; a stale draft is only offered back later
            log.warning("sent draft not discarded: %s", type(exc).__name__)
        self._saved = None
        self._dirty = False
        self.submitted.emit(sent.entry_id)

    def _on_not_recorded(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, ServiceError) else type(error).__name__
        self._show_problem(
            self.tr("Not sent: {problem} Your words are kept as a draft; please try again.").format(problem=message)
        )
        self._say_draft(self.tr("Draft kept"), False)
        self.ui.submitButton.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def sent_reference(self) -> str | None:
        return short_reference(self._sent.entry_id) if self._sent else None

    @property
    def sent_entry_id(self) -> str | None:
        return self._sent.entry_id if self._sent else None

    # Leaving ----------------------------------------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for another concern, with a new draft."""
        ui = self.ui
        self._loading = True
        try:
            self.finder.clear()
            self.others.clear()
            self.when.clear()
            for edit in self.texts.values():
                edit.clear()
            self.categories.clear()
            ui.urgentCheck.setChecked(False)
            self.body_map.clear()
        finally:
            self._loading = False
        self._draft_id = new_draft_id()
        self._saved = None
        self._dirty = False
        self._sent = None
        self._sending = False
        self._autosave.stop()
        ui.problemLabel.hide()
        ui.draftStatusLabel.clear()
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
        discard_draft(self._session, self._draft_id)
        self.start_new()
        self.cancelled.emit()

    def _ask_to_discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard this record?"),
            self.tr("Discard this record? Everything typed in it will be deleted and cannot be recovered."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()


def install_concern_form(window: MainWindow) -> ConcernForm | None:
    """Put a concern form into a signed-in person's main window (a `PageInstaller` for the app shell).

    The form is the window's concern-form page; drafts are saved as the window locks and the form follows the new
    session after an unlock; a recorded concern refreshes "My concerns", and leaving the form goes back there.
    When this person has an unfinished record on this PC, the form opens at once and offers it back.
    """
    signed_in = window.signed_in()
    if signed_in is None:
        raise RuntimeError("the concern form needs a signed-in window")
    if signed_in.session.role == Role.OVERSIGHT:
        return None  # no pupil directory key, and nothing to record: the dashboard is their page
    form = ConcernForm(signed_in.session, signed_in.state, run_op=window.run_op, parent=window)
    window.set_concern_form(form)
    window.locking.connect(form.save_draft_now)

    def unlocked() -> None:
        now_signed_in = window.signed_in()
        if now_signed_in is not None:
            form.set_session(now_signed_in.session, now_signed_in.state)

    window.unlocked.connect(unlocked)

    def page_changed(name: str) -> None:
        if name == PAGE_CONCERN_FORM:
            form.offer_drafts()
            if is_blank(form.content()):
                form.to_the_top()  # a new concern starts at the top, in the pupil finder
        elif form.sent_entry_id is not None:
            form.start_new()  # left the confirmation another way: the next "Record a concern" starts empty

    window.page_changed.connect(page_changed)
    form.submitted.connect(lambda _entry_id: window.changes.publish(Changes(mine=True, every_child=True)))
    form.done.connect(window.show_my_concerns)
    form.cancelled.connect(lambda: window.show_my_concerns())
    if form.offer_drafts():
        QTimer.singleShot(0, window.open_concern_form)  # after the window shows its first page
        QTimer.singleShot(0, form.ui.resumeButton.setFocus)
    return form


def _as_submitted(mark: dict[str, Any]) -> dict[str, Any]:
    """A mark as sent: with no explanation written, nobody gave one (whoever was chosen in the list)."""
    if not str(mark.get("explanation", "")).strip():
        return {**mark, "explanation_by": "none"}
    return mark
