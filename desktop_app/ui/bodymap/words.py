"""The body map in words: view, region, mark-type and skin-broken names through Qt's translator."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import bodymap
from desktop_app.domain.records import InjuryMark, MarkType

_CONTEXT = "BodyMap"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def view_name(view: str, *, short: bool = False) -> str:
    """The tab label of a view, e.g. 'Head (left side)', or 'Head L' where the tabs would not fit."""
    names = {
        "front": _tr("Front"),
        "back": _tr("Back"),
        "head-left": _tr("Head L") if short else _tr("Head (left side)"),
        "head-right": _tr("Head R") if short else _tr("Head (right side)"),
        "hands": _tr("Palms") if short else _tr("Hands (palms)"),
        "hands-back": _tr("Backs") if short else _tr("Hands (backs)"),
    }
    return names.get(view, view)  # a view from a newer app: its code


def view_words(view: str) -> str:
    """A view inside a sentence, e.g. 'head, left side' in 'right cheek (head, left side)'."""
    words = {
        "front": _tr("front view"),
        "back": _tr("back view"),
        "head-left": _tr("head, left side"),
        "head-right": _tr("head, right side"),
        "hands": _tr("hands, palms"),
        "hands-back": _tr("hands, backs"),
    }
    return words.get(view, view)


def view_hint(view: str) -> str:
    """One line telling staff which way the outline faces, so left and right are never confused."""
    hints = {
        "front": _tr("Front: the child faces you, so their left side is on your right."),
        "back": _tr("Back: the child faces away from you, so their left side is on your left."),
        "head-left": _tr("Head seen from the child's left side: the face points to your left."),
        "head-right": _tr("Head seen from the child's right side: the face points to your right."),
        "hands": _tr("Hands, palms towards you: the child's left hand is on your right."),
        "hands-back": _tr("Backs of the hands, seen from behind: the child's left hand is on your left."),
    }
    return hints[view]


def side_labels(view: str) -> tuple[tuple[str, float, float, str], ...]:
    """Words printed on the outline: (text, x, y, anchor) with x, y as fractions and anchor start/middle/end."""
    labels = {
        "front": ((_tr("Right"), 0.03, 0.04, "start"), (_tr("Left"), 0.97, 0.04, "end")),
        "back": ((_tr("Left"), 0.03, 0.04, "start"), (_tr("Right"), 0.97, 0.04, "end")),
        "head-left": ((_tr("Left side"), 0.03, 0.05, "start"),),
        "head-right": ((_tr("Right side"), 0.97, 0.05, "end"),),
        "hands": ((_tr("Right hand"), 0.26, 0.16, "middle"), (_tr("Left hand"), 0.74, 0.16, "middle")),
        "hands-back": ((_tr("Left hand"), 0.26, 0.16, "middle"), (_tr("Right hand"), 0.74, 0.16, "middle")),
    }
    return labels[view]


def region_words(code: str) -> str:
    """A region in words, e.g. 'left upper arm' (the domain's English name, passed through the translator)."""
    return QCoreApplication.translate("BodyMapRegion", bodymap.region_name(code))


def mark_type_words(mark_type: str) -> str:
    """A kind of mark in words, lower case, e.g. 'bruise'."""
    names = {
        MarkType.BRUISE: _tr("bruise"),
        MarkType.BURN: _tr("burn"),
        MarkType.CUT: _tr("cut"),
        MarkType.SCRATCH: _tr("scratch"),
        MarkType.BITE: _tr("bite"),
        MarkType.SWELLING: _tr("swelling"),
        MarkType.MARK: _tr("mark"),
        MarkType.OTHER: _tr("other"),
    }
    return names.get(mark_type, mark_type)


def mark_summary(number: int, mark: InjuryMark) -> str:
    """One mark in a short phrase, e.g. '1 bruise on left upper arm'."""
    return _tr("{number} {type} on {region}").format(
        number=number, type=mark_type_words(mark.type), region=region_words(mark.region)
    )


def marks_summary(marks: Sequence[InjuryMark], view: str) -> str:
    """The marks of one view in a sentence, numbered as on the map, e.g. '2 marks: 1 bruise on left upper arm, ...'."""
    on_view = [(i + 1, m) for i, m in enumerate(marks) if m.view == view]
    if not on_view:
        return _tr("no marks")
    count = _tr("1 mark") if len(on_view) == 1 else _tr("{count} marks").format(count=len(on_view))
    return f"{count}: " + "; ".join(mark_summary(n, m) for n, m in on_view)
