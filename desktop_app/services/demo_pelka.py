"""The demo's Pelka-pattern story: a sibling group's recurring injuries, changing explanations, hunger, a toddler."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop_app.domain.records import Pupil
from desktop_app.services.demo_story_writer import StoryWriter


def pelka_family(households: Sequence[Sequence[Pupil]]) -> list[Pupil]:
    """The children on roll the Pelka-pattern story is about (the first of the largest families, up to three), or
    none in a school without siblings."""
    families = sorted((h for h in households if len(h) >= 2), key=len, reverse=True)
    return list(families[0][:3]) if families else []


def youngest(family: Sequence[Pupil]) -> Pupil:
    return max(family, key=lambda p: p.date_of_birth or date.min)


TODDLER = "younger brother"  # who the Pelka family's toddler is to the youngest on roll (LeadHistory.add_toddler)


def pelka_story(w: StoryWriter, family: Sequence[Pupil], toddler: Pupil | None) -> None:
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


def _pelka_youngest_first_weeks(w: StoryWriter, young: Pupil) -> None:
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


def _pelka_youngest_later(w: StoryWriter, young: Pupil) -> None:
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


def _pelka_older(w: StoryWriter, older: Sequence[Pupil]) -> None:
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


def _pelka_toddler(w: StoryWriter, young: Pupil, toddler: Pupil) -> None:
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
