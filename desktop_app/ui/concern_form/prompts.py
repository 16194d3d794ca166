"""The concern form's gentle record-quality prompts: what the record could say better, in words, never a block."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QLabel

from desktop_app.domain import record_quality
from desktop_app.domain.concern_input import TEXT_FIELDS
from desktop_app.ui.i18n import translate


def _tr(text: str) -> str:
    return translate("ConcernForm", text)


class RecordQualityPrompts(QObject):
    """Shows the prompts a record raises (initials, opinion among the facts, the child's words missing, a time long
    ago or to come) in a frame that is hidden while there are none, `REVIEW_MS` after the last change.

    Private state: the single-shot timer `_review`, and what it reads and writes: `_content` (the form's content
    now), `_moment` (when it happened, or None), the `_frame` shown while there are prompts and its `_list`.
    """

    REVIEW_MS = 250

    def __init__(
        self,
        content: Callable[[], dict[str, Any]],
        moment: Callable[[], datetime | None],
        frame: QFrame,
        listing: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._moment = moment
        self._frame = frame
        self._list = listing
        self._review = QTimer(self)
        self._review.setSingleShot(True)
        self._review.setInterval(self.REVIEW_MS)
        self._review.timeout.connect(self.show)
        frame.hide()

    def soon(self) -> None:
        """The record changed: look again once the person pauses."""
        self._review.start()

    def prompts(self) -> list[str]:
        """The gentle prompts this record raises now, in words. None of them stops it being sent."""
        content = self._content()
        texts = {name: content[name] for name in TEXT_FIELDS}
        found = record_quality.review_concern(texts, content["categories"], self._moment(), datetime.now(UTC))
        return [prompt_words(prompt) for prompt in found]

    def show(self) -> None:
        """Show the prompts the record raises now, or hide the frame when there are none."""
        self._review.stop()
        words = self.prompts()
        self._list.setText("\n".join(f"• {line}" for line in words))
        self._frame.setVisible(bool(words))


def field_words(field: str) -> str:
    """A text field's label as the prompts name it."""
    return {
        "location": _tr("Where"),
        "what_happened": _tr("What you saw or heard"),
        "opinion": _tr("Your opinion"),
        "present": _tr("Who else was present"),
        "action_taken": _tr("Action already taken"),
    }.get(field, field)


def prompt_words(prompt: record_quality.Prompt) -> str:
    """One prompt in the person's language."""
    found = ", ".join(prompt.found)
    if prompt.code == record_quality.INITIALS:
        return _tr("{field}: write full names and roles instead of initials ({found}).").format(
            field=field_words(prompt.field), found=found
        )
    if prompt.code == record_quality.CHILDS_WORDS_MISSING:
        return _tr("This is a disclosure: write the child's own words, exactly as they said them.")
    if prompt.code == record_quality.CHILDS_WORDS_SUGGESTED:
        return _tr("If the child said something, write their exact words under “The child's own words”.")
    if prompt.code == record_quality.OPINION_IN_FACTS:
        return _tr(
            "“What you saw or heard” contains opinion ({found}): keep it to facts and put your view under "
            "“Your opinion”."
        ).format(found=found)
    if prompt.code == record_quality.TIME_LONG_AGO:
        return _tr("It happened more than 7 days ago: check the date, and say in the facts why it is "
                   "being recorded now.")  # fmt: skip
    if prompt.code == record_quality.TIME_IN_FUTURE:
        return _tr("The time is in the future: check the date and time.")
    return prompt.code
