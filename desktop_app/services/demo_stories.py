"""The demo school's stories: the few children a lead must see, each a pattern practice names, told coherently.

Every story's marks match its text, the child's words match the marks' explanations, and who explained is
recorded. One family follows the pattern the Daniel Pelka review found: injuries that recur, explanations from
adults that change, hunger, across a sibling group: up to three siblings on roll and, where a lead has linked the
family, their toddler brother, who is not on roll (added as a household member) and whose bruised cheek a member
of staff sees at pick-up.
"""

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


class _Writer:
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


def pelka_family(households: Sequence[Sequence[Pupil]]) -> list[Pupil]:
    """The children on roll the Pelka-pattern story is about (the first of the largest families, up to three), or
    none in a school without siblings."""
    families = sorted((h for h in households if len(h) >= 2), key=len, reverse=True)
    return list(families[0][:3]) if families else []


def youngest(family: Sequence[Pupil]) -> Pupil:
    return max(family, key=lambda p: p.date_of_birth or date.min)


TODDLER = "younger brother"  # who the Pelka family's toddler is to the youngest on roll (demo.add_toddler)


def _pelka(w: _Writer, family: Sequence[Pupil], toddler: Pupil | None) -> None:
    """The youngest: fingertip bruising explained by a parent, hunger, a mark explained two ways, a bruise behind
    the ear nobody explains, tramline bruising; the older two: hunger, an unexplained bruise, a disclosure about
    their little brother; the toddler not on roll: a bruise on the cheek seen at pick-up, which their mother
    explains."""
    young, *older = sorted(family, key=lambda p: p.date_of_birth or date.min, reverse=True)
    _pelka_youngest_first_weeks(w, young)
    _pelka_youngest_later(w, young)
    _pelka_older(w, older)
    if toddler is not None:
        _pelka_toddler(w, young, toddler)


def _pelka_youngest_first_weeks(w: _Writer, young: Pupil) -> None:
    """Fingertip bruising a parent explains, hunger, and a mark on the cheek the child explains two ways."""
    w.concern(
        young,
        0,
        "physical-abuse",
        "I noticed bruises on {name}'s left upper arm when {they} took off {their} jumper. {Their} mum told me "
        "at the gate that {they} fell over in the garden.",
        marks=[
            (
                "front",
                "upper-arm-left",
                "bruise",
                "blue-purple",
                "four oval bruises in a row, like fingertips",
                "{They} fell over in the garden",
                "parent",
            )
        ],
    )
    w.concern(
        young,
        12,
        "neglect",
        "{name} was seen taking food from other children's lunch boxes at lunchtime.",
        said="I'm hungry all the time.",
        action="Spoke with {name} kindly; informed the DSL.",
        location="dining hall",
        author="k.nowak",
    )
    w.concern(
        young,
        30,
        "physical-abuse",
        "{name} had a red mark on {their} right cheek at registration.",
        said="I banged it on the door.",
        marks=[("front", "cheek-right", "mark", "red", "about 3 cm", "I banged it on the door", "child")],
    )
    w.concern(
        young,
        32,
        "physical-abuse",
        "When I asked {name} again about the mark on {their} cheek, {they} told me something different.",
        said="Mummy's friend hit me.",
        author="s.begum",
        marks=[("front", "cheek-right", "mark", "red-purple", "about 3 cm", "Mummy's friend hit me", "child")],
    )


def _pelka_youngest_later(w: _Writer, young: Pupil) -> None:
    """No breakfast, a bruise behind the ear nobody explains, tramline bruising on the back."""
    w.concern(
        young,
        44,
        "neglect",
        "{name} arrived without a coat in the rain and said {they} had not had breakfast. Ate two bowls at "
        "breakfast club.",
        said="There wasn't any food at home.",
        location="breakfast club",
        action="Gave breakfast; told the DSL at 9:05.",
        author="a.yilmaz",
    )
    w.concern(
        young,
        75,
        "physical-abuse",
        "I saw a bruise behind {name}'s left ear when {they} tucked {their} hair "
        "back. I asked how it happened; {they} shrugged.",
        said="I don't know.",
        marks=[("head-left", "behind-ear-left", "bruise", "purple", "round, about 3 cm", "I don't know", "child")],
    )
    w.concern(
        young,
        95,
        "physical-abuse",
        "{name} winced when leaning back in assembly; I saw two parallel bruises "
        "on {their} back when {they} changed for PE. {Their} mum said {they} fell against the radiator.",
        location="PE changing room",
        author="d.evans",
        marks=[
            (
                "back",
                "upper-back-left",
                "bruise",
                "purple",
                "two parallel lines, about 8 cm",
                "{They} fell against the radiator",
                "parent",
            )
        ],
    )


def _pelka_older(w: _Writer, older: Sequence[Pupil]) -> None:
    """The older two: hunger, an unexplained bruise, a disclosure about their little brother."""
    if older:
        middle = older[0]
        w.concern(
            middle,
            20,
            "neglect",
            "{name}'s uniform has been unwashed all week and {they} smells strongly of urine.",
            action="Spare uniform given by the office; recorded for the DSL.",
            author="m.hughes",
        )
        w.concern(
            middle,
            60,
            "neglect",
            "{name} was hungry at breakfast club again and took toast home in {their} pocket.",
            said="It's for my brother.",
            location="breakfast club",
            author="a.yilmaz",
        )
        w.concern(
            middle,
            80,
            "physical-abuse",
            "I noticed a bruise on {name}'s left forearm in art.",
            said="Don't know.",
            marks=[("front", "forearm-left", "bruise", "blue", "oval, about 4 cm", "Don't know", "child")],
        )
    if len(older) > 1:
        w.concern(
            older[1],
            50,
            "emotional-abuse",
            "{name} told me {their} little brother is shut in a room without tea when he is naughty.",
            said="Mum locks him in and he doesn't get any tea.",
            author="j.brown",
            action="Listened, did not ask leading questions; told the DSL.",
        )


def _pelka_toddler(w: _Writer, young: Pupil, toddler: Pupil) -> None:
    """The toddler not on roll: a bruise on the cheek seen at pick-up, which their mother explains."""
    sibling = young.preferred_name or young.forename
    w.concern(
        toddler,
        85,
        "physical-abuse",
        "At pick-up I saw a bruise on the left cheek of {name}, "
        + sibling.replace("{", "{{").replace("}", "}}")
        + "'s little brother, who is two and was in {their} buggy. {Their} mum said {they} had fallen off the "
        "sofa at home. {name} was quiet and did not smile at anyone.",
        location="school gate at pick-up",
        action="Recorded the mark on a body map from what I could see; told the DSL before I went home.",
        author="s.begum",
        gender="Male",
        marks=[("front", "cheek-left", "bruise", "purple", "oval", "{They} fell off the sofa", "parent")],
    )


def _grip(w: _Writer, p: Pupil) -> None:
    """A grip: oval bruises on both sides of the upper arm, and the child says who grabbed."""
    w.concern(
        p,
        40,
        "physical-abuse",
        "I saw oval bruises on both sides of {name}'s right upper arm in PE.",
        said="Dad grabbed me when I didn't put my shoes on.",
        author="d.evans",
        marks=[
            (
                "front",
                "upper-arm-right",
                "bruise",
                "blue-purple",
                "oval bruises on both sides, like a grip",
                "Dad grabbed me when I didn't put my shoes on",
                "child",
            )
        ],
    )


def _burn(w: _Writer, p: Pupil) -> None:
    """A small round burn with clear edges on the back of a hand, unexplained."""
    w.concern(
        p,
        70,
        "physical-abuse",
        "I saw a small round burn on the back of {name}'s left hand.",
        said="I don't know.",
        marks=[
            (
                "hands-back",
                "hand-left",
                "burn",
                "red-brown",
                "round, about 8 mm, clear edges",
                "I don't know",
                "child",
            )
        ],
    )


def _belt(w: _Writer, p: Pupil) -> None:
    """A disclosure during reading, with tramline bruising from a belt."""
    w.concern(
        p,
        100,
        "disclosure",
        "During reading {name} said an adult at home hurts {them} when {they} is "
        "naughty, and showed me bruises on {their} lower back.",
        said="He hits me with the belt.",
        action="Listened, did not question; told {name} I must tell the DSL; told the DSL.",
        marks=[
            (
                "back",
                "lower-back-left",
                "bruise",
                "purple",
                "two parallel lines, about 10 cm",
                "He hits me with the belt",
                "child",
            )
        ],
    )


def _bite(w: _Writer, p: Pupil) -> None:
    """A bite mark the child says a big brother made."""
    w.concern(
        p,
        110,
        "physical-abuse",
        "{name} had an oval mark with teeth marks on {their} left forearm.",
        said="My big brother bit me.",
        author="m.hughes",
        marks=[
            (
                "front",
                "forearm-left",
                "bite",
                "red-purple",
                "oval, about 4 cm, teeth marks",
                "My big brother bit me",
                "child",
            )
        ],
    )


def _parent_only(w: _Writer, p: Pupil) -> None:
    """A bruise on the cheek that only a parent explains; the child says nothing."""
    w.concern(
        p,
        120,
        "physical-abuse",
        "{name}'s dad told me at the gate that {they} fell down the stairs; I saw "
        "a bruise on {their} left cheek. {name} said nothing when I asked.",
        location="school gate at drop-off",
        author="s.begum",
        marks=[("front", "cheek-left", "bruise", "purple", "about 4 cm", "{They} fell down the stairs", "parent")],
    )


def _cluster(w: _Writer, p: Pupil) -> None:
    """A cluster of worries within a few weeks: wanting to disappear, missed mornings, self-harm."""
    w.concern(
        p,
        125,
        "mental-health",
        "{name} told me {they} wants to disappear.",
        said="Everyone would be happier.",
        author="s.begum",
        action="Stayed with {name}; told the DSL at once.",
    )
    w.concern(p, 133, "attendance", "{name} has missed three mornings this week.", author="a.yilmaz")
    w.concern(
        p,
        141,
        "self-harm",
        "I saw fresh scratches on {name}'s left forearm in art.",
        said="I did it myself with a compass.",
        marks=[
            (
                "front",
                "forearm-left",
                "scratch",
                "red",
                "several thin lines, about 5 cm",
                "I did it myself with a compass",
                "child",
            )
        ],
    )


# Stories of one child each: a grip, a burn with clear edges, a disclosure with a belt, a bite, a parent's explanation
# only, and a cluster of worries (given in this order to children of one-child households).
_ONE_CHILD_STORIES: tuple[Callable[[_Writer, Pupil], None], ...] = (_grip, _burn, _belt, _bite, _parent_only, _cluster)


def write_stories(
    rng: random.Random,
    today: date,
    pupils: Sequence[Pupil],
    households: Sequence[Sequence[Pupil]],
    mark: MarkMaker,
    toddler: Pupil | None = None,
) -> Stories:
    """The stories, each given to children not in another story; fewer in a very small school. `toddler` is the
    Pelka family's child not on roll, when a lead has added one."""
    stories = Stories()
    w = _Writer(rng, today - timedelta(days=150), mark, stories)
    used: set[str] = set()
    families = sorted((h for h in households if len(h) >= 2), key=len, reverse=True)
    if families:
        _pelka(w, pelka_family(households), toddler)
        used.update(p.pupil_id for p in families[0])
    pairs = [h for h in families[1:] if len(h) == 2]
    if pairs:  # two siblings who both speak of violence at home, six weeks apart
        _violence_at_home(w, *pairs[0])
        used.update(p.pupil_id for p in pairs[0])
    taken = {p.surname for p in families[0]} if families else set()  # no story child shares the family's name
    singles = [p for h in households if len(h) == 1 for p in h if p.pupil_id not in used and p.surname not in taken]
    rng.shuffle(singles)
    for story, pupil in zip(_ONE_CHILD_STORIES, singles, strict=False):
        story(w, pupil)
        used.add(pupil.pupil_id)
    rest = [p for p in singles if p.pupil_id not in used]
    if len(rest) >= 3:  # two children of different families given one number near the same shops: a pattern
        _one_number(w, rest[1], rest[2])
    if rest:  # a wheelchair user: a lead has recorded that she is not independently mobile
        _wheelchair_user(w, stories, rest[0])
    return stories


def _violence_at_home(w: _Writer, first: Pupil, second: Pupil) -> None:
    """Two siblings who both speak of violence at home, six weeks apart."""
    w.concern(
        first,
        60,
        "domestic-abuse",
        "{name} told me there was shouting and a door was broken last night.",
        said="The police came and I hid.",
        action="Reassured {name}; informed the DSL before first break.",
        author="j.brown",
    )
    w.concern(
        second,
        102,
        "domestic-abuse",
        "{name} said {their} dad threw a plate at {their} mum at the weekend.",
        said="I put my hands over my ears.",
        author="m.hughes",
    )


def _wheelchair_user(w: _Writer, stories: Stories, child: Pupil) -> None:
    """A wheelchair user: a lead has recorded that she is not independently mobile; her carer sees a bruise."""
    stories.not_mobile.append((child, "Uses a wheelchair; not independently mobile."))
    w.concern(
        child,
        130,
        "physical-abuse",
        "{name}'s carer pointed out a bruise on {their} left thigh during personal care.",
        author="a.yilmaz",
        location="school office",
        marks=[
            ("front", "thigh-left", "bruise", "blue", "oval, about 3 cm", "{They} knocked it on the hoist", "carer")
        ],
    )


def _one_number(w: _Writer, first: Pupil, second: Pupil) -> None:
    """Two children of different families, weeks apart, each given the same telephone number by an older boy near
    the same shops (patterns across children: the number and the place; exploitation)."""
    w.concern(
        first,
        104,
        "exploitation",
        "{name} showed me a note with a telephone number, 07700 900461, from 'Jay', who {they} said offered "
        "{them} £20 to carry a bag to the flats.",
        said="He said it's easy money and not to tell my mum.",
        location="Parade of shops, Mill Lane",
        author="j.brown",
        action="Kept the note in a sealed envelope for the DSL; told the DSL at lunchtime.",
    )
    w.concern(
        second,
        127,
        "exploitation",
        "{name} said an older boy outside the shops gave {them} a number to text, +44 7700 900461, and a new phone.",
        said="He said I could earn money if I'm quick.",
        location="Parade of shops, Mill Lane",
        author="m.hughes",
        action="Passed to the DSL straight away; the phone is with the office.",
    )
