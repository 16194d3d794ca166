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
from datetime import date, timedelta

from desktop_app.domain.records import Pupil
from desktop_app.services.demo_pelka import pelka_family, pelka_story
from desktop_app.services.demo_story_writer import MarkMaker, Stories, StoryWriter


def _grip(w: StoryWriter, p: Pupil) -> None:
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


def _burn(w: StoryWriter, p: Pupil) -> None:
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


def _belt(w: StoryWriter, p: Pupil) -> None:
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


def _bite(w: StoryWriter, p: Pupil) -> None:
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


def _parent_only(w: StoryWriter, p: Pupil) -> None:
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


def _cluster(w: StoryWriter, p: Pupil) -> None:
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
_ONE_CHILD_STORIES: tuple[Callable[[StoryWriter, Pupil], None], ...] = (
    _grip,
    _burn,
    _belt,
    _bite,
    _parent_only,
    _cluster,
)


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
    w = StoryWriter(rng, today - timedelta(days=150), mark, stories)
    used: set[str] = set()
    families = sorted((h for h in households if len(h) >= 2), key=len, reverse=True)
    if families:
        pelka_story(w, pelka_family(households), toddler)
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


def _violence_at_home(w: StoryWriter, first: Pupil, second: Pupil) -> None:
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


def _wheelchair_user(w: StoryWriter, stories: Stories, child: Pupil) -> None:
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


def _one_number(w: StoryWriter, first: Pupil, second: Pupil) -> None:
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
