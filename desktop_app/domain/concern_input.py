"""Checking a concern as submitted (from the form or from JSON) before it becomes an entry."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.domain import bodymap
from desktop_app.domain.concern_fields import MAX_SHORT, MAX_TEXT, Kind, recorded_fields, text_fields
from desktop_app.domain.records import EXPLAINERS, Concern, ExplanationBy, InjuryMark, MarkType

__all__ = ["MAX_SHORT", "MAX_TEXT", "ConcernInput", "ConcernInputError", "parse_addendum", "parse_concern"]

MAX_INJURIES = 60
FUTURE_SLACK = timedelta(minutes=10)
TEXT_FIELDS = tuple(f.key for f in text_fields(Concern))  # every text a concern records, as declared on `Concern`
_MARK_TEXTS = tuple((f.key, f.spec.limit) for f in text_fields(InjuryMark))


class ConcernInputError(ValueError):
    """A concern that cannot be recorded as given; `problems` lists each field and reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


MAX_PUPILS = 30  # children one concern may name (a class); each gets an entry of their own
MAX_CATEGORIES = 15


@dataclass(frozen=True, slots=True)
class ConcernInput:
    """A checked concern, not yet about known pupil ids: `pupils` are the UPNs as given (each child gets an entry
    of their own, linked) and `other_children` the UPNs of children involved; `concern` is what will be recorded
    (its ids empty, its other children found by the service), and is read through: `checked.what_happened` is
    `checked.concern.what_happened`."""

    pupils: tuple[str, ...]
    occurred_at: datetime
    concern: Concern
    other_children: tuple[str, ...] = ()

    @property
    def pupil(self) -> str:
        """The first child named (the only one, for most concerns)."""
        return self.pupils[0]

    def __getattr__(self, name: str) -> Any:
        if name == "concern":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.concern, name)


def parse_when(value: Any, now: datetime) -> datetime:
    """An ISO 8601 time; one without a zone is taken as this PC's local time."""
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 date and time, e.g. 2026-03-04T10:15")
    moment = datetime.fromisoformat(value.strip())
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone()  # local time of this PC
        moment = moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("is outside the range of dates that can be recorded") from None
    if moment > now + FUTURE_SLACK:
        raise ValueError("is in the future")
    return moment


def _text(data: dict[str, Any], name: str, problems: list[str], limit: int = MAX_TEXT, where: str = "") -> str:
    value = data.get(name, "")
    label = f"{where}.{name}" if where else name
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"{label}: must be text")
        return ""
    if len(value) > limit:
        problems.append(f"{label}: is {len(value)} characters; the limit is {limit}")
        return ""
    return value.replace("\x00", "").strip()


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def parse_injury(data: Any, index: int, problems: list[str]) -> InjuryMark | None:
    where = f"injuries[{index}]"
    if not isinstance(data, dict):
        problems.append(f"{where}: must be an object")
        return None
    before = len(problems)
    view = data.get("view")
    if view not in bodymap.VIEWS:
        problems.append(f"{where}.view: {view!r} is not one of {', '.join(bodymap.VIEWS)}")
    x, y = _number(data.get("x")), _number(data.get("y"))
    if x is None or y is None or not (0 <= x <= 1 and 0 <= y <= 1):
        problems.append(f"{where}: x and y must be numbers from 0 to 1 (fractions of the outline)")
    region = data.get("region")
    if region is not None and region not in bodymap.KNOWN_REGION_CODES:
        problems.append(f"{where}.region: unknown region {region!r}; valid regions: {', '.join(bodymap.REGION_CODES)}")
    mark_type = data.get("type", MarkType.BRUISE.value)
    if not isinstance(mark_type, str) or mark_type not in {t.value for t in MarkType}:
        problems.append(f"{where}.type: {mark_type!r} is not one of {', '.join(t.value for t in MarkType)}")
    size = data.get("size_cm")
    if size is not None and ((n := _number(size)) is None or not 0 < n <= 100):
        problems.append(f"{where}.size_cm: must be a number of centimetres above 0 and at most 100")
    skin_broken = data.get("skin_broken")
    if skin_broken is not None and not isinstance(skin_broken, bool):
        problems.append(f"{where}.skin_broken: must be true or false")
    texts = {name: _text(data, name, problems, limit, where) for name, limit in _MARK_TEXTS}
    explanation = texts.pop("explanation")
    explanation_by = _explanation_by(data.get("explanation_by"), explanation, where, problems)
    if len(problems) > before:
        return None
    assert x is not None and y is not None and isinstance(view, str)  # checked above: else a problem
    if region is None:
        region = bodymap.nearest_region(view, x, y)
    return InjuryMark(
        view=view,
        x=x,
        y=y,
        region=region,
        type=mark_type,
        size_cm=float(size) if size is not None else None,
        skin_broken=skin_broken,
        explanation=explanation,
        explanation_by=explanation_by,
        **texts,
    )


def _explanation_by(value: Any, explanation: str, where: str, problems: list[str]) -> str:
    """Who gave the explanation: as given, or the child when there is an explanation and none when there is not."""
    if value is None or value == "":
        return ExplanationBy.CHILD.value if explanation else ExplanationBy.NONE.value
    if not isinstance(value, str) or value not in EXPLAINERS:
        problems.append(f"{where}.explanation_by: {value!r} is not one of {', '.join(e.value for e in ExplanationBy)}")
        return ""
    if value != ExplanationBy.NONE and not explanation:
        problems.append(f"{where}.explanation_by: is {value!r} but there is no explanation; give the explanation")
    return value


def parse_concern(data: Any, categories: Iterable[str], now: datetime | None = None) -> ConcernInput:
    """A checked concern from a JSON object; raises ConcernInputError listing every problem."""
    now = now or datetime.now(UTC)
    if not isinstance(data, dict):
        raise ConcernInputError(["a concern must be a JSON object"])
    problems: list[str] = []
    pupils = _one_or_many(data, "pupil", "pupils", MAX_PUPILS, problems)
    pupils = [p.strip().upper() for p in pupils]
    if not pupils and not any(p.startswith("pupils") for p in problems):
        problems.append("pupil: give the pupil's UPN (or a household member's reference)")
    elif any(not p for p in pupils):
        problems.append("pupils: a UPN is empty")
    try:
        occurred_at = parse_when(data.get("occurred_at"), now)
    except ValueError as exc:
        problems.append(f"occurred_at: {exc}")
        occurred_at = now
    chosen = _one_or_many(data, "category", "categories", MAX_CATEGORIES, problems)
    valid = list(categories)
    if not chosen and not any(p.startswith("categories") for p in problems):
        given = data.get("category")
        problems.append(f"category: {given!r} is not a category of this school; valid: {', '.join(valid)}")
    for category in chosen:
        if category not in valid:
            problems.append(f"category: {category!r} is not a category of this school; valid: {', '.join(valid)}")
    recorded, others = _recorded(data, problems)
    if problems:
        raise ConcernInputError(problems)
    named = set(pupils)
    main, *more = dict.fromkeys(chosen)
    concern = Concern("", "", "", occurred_at, occurred_at, main, categories=(main, *more), **recorded)
    return ConcernInput(
        pupils=tuple(dict.fromkeys(pupils)),
        occurred_at=occurred_at,
        concern=concern,
        other_children=tuple(dict.fromkeys(u for o in others if (u := o.strip().upper()) not in named)),
    )


def _recorded(data: dict[str, Any], problems: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Each field `Concern` declares, checked as its kind says (the categories and the group aside: the caller and
    the service set them), and the other children's UPNs as given."""
    values: dict[str, Any] = {}
    others: list[str] = []
    for item in recorded_fields(Concern):
        name, kind, spec = item.key, item.kind, item.spec
        if kind is Kind.TEXT:
            values[item.name] = _text(data, name, problems, spec.limit)
            if spec.required and not values[item.name]:
                problems.append(f"{name}: {spec.missing or 'is required'}")
        elif kind is Kind.FLAG:
            values[item.name] = flag = data.get(name, item.default)
            if not isinstance(flag, bool):
                problems.append(f"{name}: must be true or false")
                values[item.name] = item.default
        elif kind is Kind.PUPIL_IDS:
            given = data.get(name, [])
            if not isinstance(given, list) or not all(isinstance(o, str) for o in given):
                problems.append(f"{name}: must be a list of UPNs")
                given = []
            others = given
        elif kind is Kind.MARKS:
            raw = data.get(name, [])
            if not isinstance(raw, list) or len(raw) > MAX_INJURIES:
                problems.append(f"{name}: must be a list of at most {MAX_INJURIES} marks")
                raw = []
            marks = [parse_injury(mark, i, problems) for i, mark in enumerate(raw)]
            values[item.name] = tuple(m for m in marks if m is not None)
    return values, others


def _one_or_many(data: dict[str, Any], one: str, many: str, limit: int, problems: list[str]) -> list[str]:
    """`one` as a single text, or `many` as a list of texts (the shape `record` took before, and the new one);
    giving both is refused, since which one was meant cannot be told."""
    single, several = data.get(one), data.get(many)
    if single is not None and several is not None:
        problems.append(f"{many}: give either {one} or {many}, not both")
        return []
    if several is None:
        if single is None:
            return []
        if not isinstance(single, str):
            return []  # the caller says what it needs
        return [single] if single.strip() else []
    if not isinstance(several, list) or not all(isinstance(item, str) for item in several):
        problems.append(f"{many}: must be a list of texts")
        return []
    if not several:
        problems.append(f"{many}: name at least one")
        return []
    if len(several) > limit:
        problems.append(f"{many}: {len(several)} given; at most {limit}")
        return []
    return list(several)


def parse_addendum(data: Any) -> tuple[str, tuple[InjuryMark, ...]]:
    """An addendum's text and marks noticed later, from a JSON object `{"text": ..., "marks": [...]}` (each mark as a
    concern's `injuries` item); raises ConcernInputError listing every problem."""
    if not isinstance(data, dict):
        raise ConcernInputError(["an addendum must be a JSON object with its text (and any marks noticed later)"])
    problems: list[str] = []
    text = _text(data, "text", problems)
    if not text and not problems:
        problems.append("text: say what the addendum adds or corrects")
    raw = data.get("marks", [])
    if not isinstance(raw, list) or len(raw) > MAX_INJURIES:
        problems.append(f"marks: must be a list of at most {MAX_INJURIES} marks")
        raw = []
    marks = [parse_injury(item, i, problems) for i, item in enumerate(raw)]
    if problems:
        raise ConcernInputError([p.replace("injuries[", "marks[") for p in problems])
    return text, tuple(m for m in marks if m is not None)
