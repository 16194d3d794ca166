"""What the rules read in one mark or one explanation: is it bruising, is it explained, by whom, does it agree."""

from __future__ import annotations

from desktop_app.domain import bodymap
from desktop_app.domain.records import ADULT_EXPLAINERS, Concern, ExplanationBy, InjuryMark, MarkType
from desktop_app.domain.red_flags.thresholds import RedFlagThresholds
from desktop_app.domain.red_flags.words import matcher, stems

TORSO = frozenset({"chest", "abdomen", "genitals", *bodymap.BACK_REGIONS, "buttocks", "buttock-left", "buttock-right"})
EARS = frozenset({"ear-left", "ear-right", "behind-ear-left", "behind-ear-right"})
NECK = frozenset({"neck"})
# FACESp: frenulum, angle of the jaw, cheek, eyelid, subconjunctival (the eye regions hold eyelid and eye).
FACES = frozenset({"frenulum", "jaw-left", "jaw-right", "cheek-left", "cheek-right", "eye-left", "eye-right"})
TEN4_SITES = TORSO | EARS | NECK | FACES

# Words that carry no account of how a mark happened; what is left of an explanation without them is its content.
_FILLER = frozenset(
    stems(
        "i me my mine he him his she her hers it its they them their we us our you your a an the this that these "
        "those and or but so then when while because as at on in into onto of off to from with by for over up down "
        "out about just really very is am are was were be been do does did done have has had get got go went gone "
        "say tell ask "
        "child pupil boy girl yesterday today tonight night morning evening weekend last week home house school "
        "there here what how why who again also only thing something it's that's not no yes ok okay oh well like "
        "arm leg head face hand knee back neck ear eye cheek hurt hurts sore mark marks bruise bruises happened"
    )
)

# Explanations that name the same kind of mechanism agree even in different words.
_MECHANISMS: dict[str, frozenset[str]] = {
    "fall": frozenset(stems("fall fell trip tripped slip slipped tumble stumble fall over fell off")),
    "knock": frozenset(stems("bang banged bump bumped knock knocked walked into door table wall")),
    "play": frozenset(stems("football rugby netball pe game play playing playground tag ball kick tackle")),
    "bike": frozenset(stems("bike bicycle scooter skateboard trampoline")),
    "sibling": frozenset(stems("brother sister cousin")),
    "animal": frozenset(stems("cat dog scratched")),
}


def is_bruise(mark: InjuryMark, limits: RedFlagThresholds) -> bool:
    """A bruise by its type, or any other mark whose description calls it bruising."""
    if mark.type == MarkType.BRUISE:
        return True
    return matcher(limits.bruise_words).any_in(mark.shape, mark.colour)


def content(text: str, limits: RedFlagThresholds) -> frozenset[str]:
    """The words of an explanation that say something: without filler and without non-answers."""
    words = stems(text)
    if not words:
        return frozenset()
    dropped: set[str] = set()
    for phrase in matcher(limits.non_answers).found(text):
        dropped.update(stems(phrase))
    return frozenset(w for w in words if w not in _FILLER and w not in dropped and not w.isdigit())


def is_explained(text: str, limits: RedFlagThresholds) -> bool:
    """An explanation that says something: "don't know", "can't remember", silence or a shrug do not."""
    return bool(content(text, limits))


def mark_explained(mark: InjuryMark, limits: RedFlagThresholds) -> bool:
    return mark.given_by != ExplanationBy.NONE and is_explained(mark.explanation, limits)


def adult_explained(mark: InjuryMark, limits: RedFlagThresholds) -> bool:
    return mark.given_by in ADULT_EXPLAINERS and is_explained(mark.explanation, limits)


def child_explained(mark: InjuryMark, limits: RedFlagThresholds) -> bool:
    return mark.given_by == ExplanationBy.CHILD and is_explained(mark.explanation, limits)


def _classes(words: frozenset[str]) -> set[str]:
    return {name for name, members in _MECHANISMS.items() if words & members}


def agree(first: str, second: str, limits: RedFlagThresholds) -> bool:
    """Two tellings agree unless both say something and they share neither a word nor a kind of mechanism."""
    a, b = content(first, limits), content(second, limits)
    if not a or not b:
        return True
    return bool(a & b) or bool(_classes(a) & _classes(b))


def witnessed_accident(mark: InjuryMark, limits: RedFlagThresholds) -> bool:
    """Seen happening by a named adult (a full name: two words with capitals at least, not "a dinner lady") and
    explained: an accident accounted for. Bites and burns are never accounted for this way."""
    named = sum(1 for word in mark.witnessed_by.replace(",", " ").split() if word[:1].isupper()) >= 2
    return named and mark_explained(mark, limits) and mark.type not in (MarkType.BITE, MarkType.BURN)


def accounted_for(concern: Concern, limits: RedFlagThresholds) -> bool:
    """Every mark of an injury is a witnessed accident, and the tellings agree: it stays in the body-map history
    but does not count towards recurrence, neglect alongside injury or a household pattern on its own."""
    if not concern.injuries or not all(witnessed_accident(m, limits) for m in concern.injuries):
        return False
    tellings = [m.explanation for m in concern.injuries]
    if is_explained(concern.childs_words, limits):
        tellings.append(concern.childs_words)
    return all(agree(t, tellings[0], limits) for t in tellings[1:])
