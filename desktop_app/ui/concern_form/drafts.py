"""The concern form's draft: sealed to its author as it is typed, and the bar offering back their other drafts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel

from desktop_app.domain.records import Pupil
from desktop_app.services.drafts import Draft, discard_draft, list_drafts, new_draft_id, save_draft
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.ui.concern_form.fields import DRAFT_FORM, is_blank
from desktop_app.ui.i18n import translate

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return translate("ConcernForm", text)


class DraftKeeper(QObject):
    """Keeps the form's words on disk as a draft sealed to its author: `autosave_ms` after the last change, and
    whenever `save_now` is called; a form rubbed out to nothing leaves no draft behind.

    Signals: `saved(draft_id)` after each durable save.

    Private state: `_draft_id` (the draft this form writes), `_saved` (the content last saved, or None), `_dirty`
    (changed since), the single-shot timer `_autosave`, and what it reads: `_content` (the form's content now),
    `_session` (the signed-in session now), `_held` (true while sending has taken the form over: no draft is
    written then) and `_status` (the label saying what became of the draft).
    """

    saved = Signal(str)

    def __init__(
        self,
        content: Callable[[], dict[str, Any]],
        session: Callable[[], Session],
        held: Callable[[], bool],
        status: QLabel,
        autosave_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._session = session
        self._held = held
        self._status = status
        self._draft_id = new_draft_id()
        self._saved: dict[str, Any] | None = None
        self._dirty = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self.save_now)

    @property
    def draft_id(self) -> str:
        return self._draft_id

    @property
    def dirty(self) -> bool:
        """Whether the form changed since its draft was last saved."""
        return self._dirty

    def changed(self) -> None:
        """A person changed the form: save it once they pause."""
        self._dirty = True
        self._autosave.start()

    def stop(self) -> None:
        """No save is due any more (sending has begun)."""
        self._autosave.stop()

    def start_new(self) -> None:
        """An empty form: a new draft, nothing saved yet."""
        self._autosave.stop()
        self._draft_id = new_draft_id()
        self._saved = None
        self._dirty = False

    def adopt(self, draft_id: str, content: dict[str, Any]) -> None:
        """The form now shows the draft `draft_id` exactly as it is on disk: later saves replace it."""
        self._draft_id = draft_id
        self._saved = content
        self._dirty = False

    def adopt_as_new(self) -> None:
        """The form now shows content no draft holds yet: it is saved as a new draft."""
        self._draft_id = new_draft_id()
        self._saved = None
        self.changed()

    def save_now(self) -> bool:
        """Seal the form to its author as a draft, durably, if it changed since the last save. Returns whether the
        draft on disk now matches the form."""
        self._autosave.stop()
        if self._held():
            return False
        content = self._content()
        if content == self._saved:
            self._dirty = False
            return True
        try:
            if is_blank(content):
                if self._saved is not None:  # everything was rubbed out: no words left to lose, nothing to offer
                    discard_draft(self._session(), self._draft_id)
                    self._saved = None
                self._dirty = False
                return False
            saved_at = save_draft(self._session(), self._draft_id, content)
        except Exception as exc:  # disk full, store gone: say so, keep the words on screen, try again later
            log.warning("draft not saved: %s", type(exc).__name__)
            self.say(_tr("Draft NOT saved ({problem}): keep this window open.").format(problem=exc), True)
            self._autosave.start()  # and try again
            return False
        self._saved = content
        self._dirty = False
        local = saved_at.astimezone().strftime("%H:%M:%S")
        self.say(_tr("Draft saved privately at {time}").format(time=local), False)
        self.saved.emit(self._draft_id)
        return True

    def discard(self) -> None:
        """Delete the draft from disk (the person asked to); raises ServiceError when it cannot be."""
        discard_draft(self._session(), self._draft_id)

    def forget_sent(self) -> None:
        """The concern is on disk: its draft goes. If it cannot, the concern is still safe; the stale draft is only
        offered back later."""
        self._autosave.stop()
        try:
            discard_draft(self._session(), self._draft_id)
        except Exception as exc:
            log.warning("sent draft not discarded: %s", type(exc).__name__)
        self._saved = None
        self._dirty = False

    def say(self, text: str, problem: bool) -> None:
        """Say what became of the draft under the form, in red for a problem."""
        self._status.setText(text)
        self._status.setStyleSheet("color: #a4262c;" if problem else "")

    def clear_status(self) -> None:
        self._status.clear()


class DraftOffer:
    """The bar at the top of the form offering back this person's other unfinished records on this PC.

    Private state: `_offered` (those drafts, newest first), and what it reads: `_session` (the signed-in session
    now), `_current` (the id of the draft the form writes now, never offered), `_pupil` (a pupil by UPN, for the
    name in the offer), and the bar's `_frame` and `_label`.
    """

    def __init__(
        self,
        session: Callable[[], Session],
        current: Callable[[], str],
        pupil: Callable[[str], Pupil | None],
        frame: QFrame,
        label: QLabel,
    ) -> None:
        self._session = session
        self._current = current
        self._pupil = pupil
        self._frame = frame
        self._label = label
        self._offered: list[Draft] = []
        frame.hide()

    def latest(self) -> Draft | None:
        """The newest draft on offer, or None."""
        return self._offered[0] if self._offered else None

    def refresh(self) -> list[Draft]:
        """Look for this person's other unfinished records on this PC and offer the latest back."""
        try:
            drafts = list_drafts(self._session())
        except ServiceError:
            drafts = []  # locked: offered again once unlocked
        current = self._current()
        self._offered = [d for d in drafts if d.draft_id != current and d.content.get("form") == DRAFT_FORM]
        if not self._offered:
            self._frame.hide()
            return []
        latest = self._offered[0]
        pupil = self._pupil(str(latest.content.get("pupil", "")))
        saved = latest.updated_at.astimezone().strftime("%d %b at %H:%M")
        about = pupil.full_name if pupil else _tr("no pupil chosen yet")
        if len(self._offered) == 1:
            text = _tr("You have an unfinished record on this PC, saved on {saved} (about {about}).")
        else:
            text = _tr(
                "You have {count} unfinished records on this PC; the latest was saved on {saved} (about {about})."
            )
        self._label.setText(text.format(count=len(self._offered), saved=saved, about=about))
        self._frame.show()
        return list(self._offered)
