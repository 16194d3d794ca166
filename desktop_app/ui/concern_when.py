"""When it happened, chosen on purpose: nothing until the person chooses "just now", a time today or yesterday, or a
day and a time; the words typed are read back in full under the fields so a slip shows before it is sent."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

JUST_NOW, TODAY, YESTERDAY, ANOTHER_DAY = "just-now", "earlier-today", "yesterday", "another-day"
CHOICES = (JUST_NOW, TODAY, YESTERDAY, ANOTHER_DAY)

_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)
_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_time(text: str) -> time | None:
    """A time of day as people type it: `9:05`, `09.05`, `905`, `0905`, `9`, `2pm`, `2:30 pm`; None if not one."""
    compact = text.strip()
    if re.fullmatch(r"\d{3,4}", compact):  # 905, 0905, 1430
        compact = f"{compact[:-2]}:{compact[-2:]}"
    found = _TIME.match(compact)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    half = (found.group(3) or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_day(text: str, today: date) -> date | None:
    """A day as people type it, day first (`3/11`, `03/11/2026`, `3.11.26`) or ISO (`2026-11-03`); a day and month
    with no year is the latest such day not after today. None if it is not a day."""
    iso = _ISO_DATE.match(text)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        found = _DATE.match(text)
        if found is None:
            return None
        day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
        if year is None:
            candidate = date(today.year, month, day)
            return candidate if candidate <= today else date(today.year - 1, month, day)
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        return None


class WhenChooser(QObject):
    """Drives the "When it happened" fields: the choice (`choice`), the day (`day_edit`, shown for another day), the
    time (`time_edit`, shown for all but "just now") and the words read back (`summary`).

    `moment()` is the local, timezone-aware time chosen, or None while nothing (or nothing readable) is chosen;
    `problem()` says in words what is still needed. `changed` follows every edit a person makes.

    Private state: `_just_now` (the minute "just now" was chosen: it does not move on while the form stays open).
    """

    changed = Signal()

    def __init__(self, choice: QComboBox, day_edit: QLineEdit, time_edit: QLineEdit, summary: QLabel) -> None:
        super().__init__(choice)
        self.choice, self.day_edit, self.time_edit, self.summary = choice, day_edit, time_edit, summary
        self._just_now: datetime | None = None
        for code, words in zip(
            CHOICES,
            (self.tr("Just now"), self.tr("Earlier today, at…"), self.tr("Yesterday, at…"), self.tr("Another day…")),
            strict=True,
        ):
            choice.addItem(words, code)
        choice.setCurrentIndex(-1)
        choice.currentIndexChanged.connect(self._on_choice)
        choice.installEventFilter(self)
        day_edit.textEdited.connect(self._on_edited)
        time_edit.textEdited.connect(self._on_edited)
        self._show()

    # -- reading ------------------------------------------------------------------------------------------------

    def code(self) -> str:
        index = self.choice.currentIndex()
        return str(self.choice.itemData(index)) if index >= 0 else ""

    def moment(self, now: datetime | None = None) -> datetime | None:
        """The time chosen, in this PC's zone, to the minute; None until a choice and its day and time are given."""
        now = (now or datetime.now()).astimezone()
        code = self.code()
        if code == JUST_NOW:
            return self._just_now
        if not code:
            return None
        at = parse_time(self.time_edit.text())
        if code == ANOTHER_DAY:
            day = parse_day(self.day_edit.text(), now.date())
        else:
            day = now.date() - timedelta(days=1 if code == YESTERDAY else 0)
        if at is None or day is None:
            return None
        return datetime.combine(day, at).astimezone()

    def problem(self) -> str:
        """What is still needed before the time is known, in words ("" when it is)."""
        code = self.code()
        if not code:
            return self.tr("Choose when it happened (just now, earlier today, yesterday or another day).")
        if code == ANOTHER_DAY and parse_day(self.day_edit.text(), datetime.now().date()) is None:
            return self.tr("Write the day it happened, day first (for example 3/11).")
        if code != JUST_NOW and parse_time(self.time_edit.text()) is None:
            return self.tr("Write the time it happened (for example 9:05 or 14:30).")
        return ""

    def content(self) -> dict[str, Any]:
        """What a draft holds: the choice and the words typed, and the moment when there is one."""
        moment = self.moment()
        return {
            "when": self.code(),
            "when_day": self.day_edit.text(),
            "when_time": self.time_edit.text(),
            "occurred_at": moment.isoformat(timespec="minutes") if moment else "",
        }

    # -- setting ------------------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.choice.setCurrentIndex(-1)
        self.day_edit.clear()
        self.time_edit.clear()
        self._just_now = None
        self._show()

    def restore(self, content: dict[str, Any]) -> None:
        """Put a draft's time back as it was chosen. "Just now" keeps the minute it was chosen, never a new now, and
        "earlier today" or "yesterday" saved on another day come back as that day."""
        self.clear()
        code = str(content.get("when") or "")
        if code not in CHOICES:
            return  # a draft from before the time was a choice: it defaulted to now, so it is asked again
        try:
            moment: datetime | None = datetime.fromisoformat(str(content.get("occurred_at") or "")).astimezone()
        except ValueError:
            moment = None
        day, at = str(content.get("when_day") or ""), str(content.get("when_time") or "")
        if code == JUST_NOW and moment is None:
            return
        was_blocked = self.choice.blockSignals(True)
        try:
            self.choice.setCurrentIndex(self.choice.findData(code))
        finally:
            self.choice.blockSignals(was_blocked)
        self._just_now = moment if code == JUST_NOW else None
        self.day_edit.setText(day)
        self.time_edit.setText(at)
        if code in (TODAY, YESTERDAY) and moment is not None and self.moment() != moment:
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(self.choice.findData(ANOTHER_DAY))
            self.choice.blockSignals(was_blocked)
            self.day_edit.setText(moment.strftime("%d/%m/%Y"))
        self._show()

    # -- reacting -----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A first letter chooses at once (J, E, Y, A): Qt's own search runs letters typed within a moment together."""
        if watched is self.choice and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            letter = event.text().strip().lower()
            if len(letter) == 1 and letter.isalpha() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                for index in range(self.choice.count()):
                    if self.choice.itemText(index).lower().startswith(letter):
                        self.choice.setCurrentIndex(index)
                        break
                return True
        return super().eventFilter(watched, event)

    def _on_choice(self, _index: int) -> None:
        if self.code() == JUST_NOW:
            now = datetime.now().astimezone()
            self._just_now = now.replace(second=0, microsecond=0)
        self._show()
        self.changed.emit()

    def _on_edited(self, _text: str) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        code = self.code()
        self.day_edit.setVisible(code == ANOTHER_DAY)
        self.time_edit.setVisible(code in (TODAY, YESTERDAY, ANOTHER_DAY))
        moment = self.moment()
        if moment is not None:
            self.summary.setText(self.tr("Recorded as {when}").format(when=moment.strftime("%A %d %B %Y at %H:%M")))
            self.summary.setStyleSheet("")
        elif code and (self.time_edit.text().strip() or self.day_edit.text().strip()):
            self.summary.setText(self.problem())
            self.summary.setStyleSheet("color: #a4262c;")
        else:
            self.summary.setText(self.tr("Not chosen yet") if not code else "")
            self.summary.setStyleSheet("color: palette(placeholder-text);")
