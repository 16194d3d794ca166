"""How a demo story is written: its concerns (StoryItem), what the stories add (Stories), and their writer."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop_app.domain.records import Pupil
from desktop_app.services.demo_content import words_for

# (view, region, type, colour, shape, explanation, explanation given by)
Site = tuple[str, str, str, str, str, str, str]
MarkMaker = Callable[..., dict[str, Any]]


@dataclass
class StoryItem:
    """One concern of a story: about whom, when, what was written, and by which member of staff (a username)."""

    pupil: Pupil
    when: datetime
    content: dict[str, Any]
    author: str


@dataclass
class Stories:
    """What the stories add: concerns, the children a lead should open first, and a lead's mobility records."""

    items: list[StoryItem] = field(default_factory=list)
    children: list[Pupil] = field(default_factory=list)
    not_mobile: list[tuple[Pupil, str]] = field(default_factory=list)


class StoryWriter:
    """Fills in one child's story concerns. Private state: the random source, the first day, the mark maker."""

    def __init__(self, rng: random.Random, start: date, mark: MarkMaker, stories: Stories) -> None:
        self._rng, self._start, self._mark, self._stories = rng, start, mark, stories

    def when(self, day: int) -> datetime:
        moment = self._start + timedelta(days=day)
        while moment.weekday() >= 5:
            moment += timedelta(days=1)
        return datetime(
            moment.year,
            moment.month,
            moment.day,
            8 + self._rng.randrange(0, 7),
            5 * self._rng.randrange(12),
            tzinfo=UTC,
        )

    def concern(
        self,
        pupil: Pupil,
        day: int,
        category: str,
        what: str,
        *,
        said: str = "",
        action: str = "",
        location: str = "",
        marks: Sequence[Site] = (),
        author: str = "r.okafor",
        gender: str = "",
    ) -> None:
        """One concern about `pupil`; `gender` for the text's pronouns when the directory holds none (a household
        member not on roll is added without one)."""
        name, gender = pupil.preferred_name or pupil.forename, gender or pupil.gender

        def fill(text: str) -> str:
            return words_for(text, name, gender)

        injuries = [
            self._mark(view, region, kind, colour, fill(shape), fill(explanation), by)
            for view, region, kind, colour, shape, explanation, by in marks
        ]
        content = {
            "category": category,
            "what_happened": fill(what),
            "location": location or "classroom",
            "childs_words": fill(said),
            "opinion": "",
            "present": "",
            "action_taken": fill(action or "Completed the body map; passed to the DSL straight away."),
            "other_children": [],
            "injuries": injuries,
        }
        self._stories.items.append(StoryItem(pupil, self.when(day), content, author))
        if pupil not in self._stories.children:
            self._stories.children.append(pupil)
