"""The codec: a plan for each annotation a shape reaches, compiled once from the registered classes' fields."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import operator
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.domain.state_codec.columns import (
    NONE,
    SCALARS,
    TEXT,
    TEXT_FORMS,
    CodecError,
    Column,
    Plan,
    Texts,
    all_of,
    fixed_tuple,
    flat,
    json_values,
    mapping,
    optional,
    sequence,
    text_form,
)
from desktop_app.domain.state_codec.dataclass_columns import INDEX_KEY, index_sources, record

NAME = "concern-logger folded value"
VERSION = 1


def describe(annotation: Any) -> str:
    """An annotation as text, with classes by their full names (for the document's shape and the layout)."""
    if annotation is NONE or annotation is None:
        return "None"
    if annotation is Any:
        return "Any"
    if annotation is Ellipsis:
        return "..."
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(describe(arg) for arg in typing.get_args(annotation))
    if origin is not None:
        return f"{describe(origin)}[{', '.join(describe(arg) for arg in typing.get_args(annotation))}]"
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    raise CodecError(f"unsupported annotation {annotation!r}")


class Codec:
    """Writes and reads values of one `shape`, built from plain types and the registered `classes` (dataclasses
    and enums); `indexes` maps a class to its index field (see the package docstring). Construction refuses a shape
    that reaches an unregistered or unsupported type. `layout` is a digest of everything the encoding depends on
    (its version, the shape, every class's fields with their annotations, every enum's members): a document
    written under another layout must not be read. Private state: `_plans` (memo by annotation), `_building`
    (classes being compiled), `_shapes` (the lines of the layout), `_root`."""

    def __init__(self, shape: Any, classes: Iterable[type], indexes: Mapping[type, str] | None = None) -> None:
        self.classes = frozenset(classes)
        self.indexes = dict(indexes or {})
        self.shape = describe(shape)
        self._plans: dict[Any, Plan] = {}
        self._building: set[type] = set()
        self._shapes: dict[str, str] = {}
        self._root = self._plan(shape)
        lines = [f"{NAME} {VERSION}", self.shape, *(self._shapes[name] for name in sorted(self._shapes))]
        self.layout = hashlib.sha256("\n".join(lines).encode()).hexdigest()

    def encode(self, value: Any) -> bytes:
        """`value` as UTF-8 JSON; raises CodecError when it is not a value of the shape."""
        texts = Texts()
        body = self._root.encode([value], texts)
        try:
            text = json.dumps([NAME, VERSION, self.shape, list(texts), body], ensure_ascii=False, separators=(",", ":"))
        except (ValueError, TypeError, RecursionError) as exc:  # an int too long for text, say
            raise CodecError(f"cannot write a {self.shape}: {type(exc).__name__}") from None
        return text.encode("utf-8", "surrogatepass")  # JSON content may hold lone surrogates; json reads them back

    def decode(self, data: bytes) -> Any:
        """The value `data` holds; raises CodecError when it is anything but a document of this shape."""
        try:
            document = json.loads(data)
            if not (
                type(document) is list
                and len(document) == 5
                and document[0] == NAME
                and type(document[1]) is int
                and document[2] == self.shape
            ):
                raise CodecError(f"not a {self.shape}")
            if document[1] != VERSION:
                raise CodecError("written by another version of the encoding")
            texts = document[3]
            if type(texts) is not list or not all_of(TEXT, texts):
                raise CodecError("the document's texts are not texts")
            return self._root.decode(document[4], 1, texts)[0]
        except CodecError:
            raise
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError) as exc:
            raise CodecError(f"not a {self.shape}: {type(exc).__name__}") from None

    # --- compiling: one plan per annotation --------------------------------------------------------------------

    def _plan(self, annotation: Any) -> Plan:
        plan = self._plans.get(annotation)
        if plan is None:
            plan = self._plans[annotation] = self._compile(annotation)
        return plan

    def _compile(self, annotation: Any) -> Plan:
        if annotation is None:
            annotation = NONE
        if annotation in SCALARS:
            return flat(SCALARS[annotation], describe(annotation))
        if annotation is Any:
            return json_values()
        if annotation in TEXT_FORMS:
            return text_form(annotation, *TEXT_FORMS[annotation])
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        text = describe(annotation)
        if origin in (typing.Union, types.UnionType):
            return self._union(args, text)
        if origin in (list, set, frozenset) or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
            if len(args) != (2 if origin is tuple else 1):
                raise CodecError(f"unsupported annotation {text}")
            return sequence(origin, self._plan(args[0]), text)
        if origin is tuple and args and Ellipsis not in args:
            return fixed_tuple([self._plan(arg) for arg in args], text)
        if origin is dict and len(args) == 2:
            return mapping(self._plan(args[0]), self._plan(args[1]), text)
        if isinstance(annotation, type) and (dataclasses.is_dataclass(annotation) or issubclass(annotation, enum.Enum)):
            if annotation not in self.classes:
                raise CodecError(f"{text} is not registered")
            if issubclass(annotation, enum.Enum):
                return self._enum(annotation, text)
            return self._dataclass(annotation, text)
        raise CodecError(f"unsupported annotation {text}")

    def _union(self, args: tuple[Any, ...], text: str) -> Plan:
        plans = [self._plan(arg) for arg in args]
        if all(arg in SCALARS for arg in args):
            return flat(frozenset().union(*(SCALARS[arg] for arg in args)), text)
        others = [arg for arg in args if arg is not NONE]
        if len(others) != 1 or len(args) != 2:
            raise CodecError(f"unsupported union {text}: only optional values and unions of plain types")
        return optional(plans[args.index(others[0])], text)

    def _enum(self, cls: type[enum.Enum], text: str) -> Plan:
        members = {member.value: member for member in cls}
        kinds = frozenset(type(value) for value in members)
        if not (kinds == {str} or kinds == {int}) or len(members) != len(cls.__members__):
            raise CodecError(f"{text}: only enums with distinct str or int values, without aliases")
        self._shapes[text] = f"{text}[{','.join(f'{m.name}={m.value}' for m in cls)}]"
        values = flat(kinds, text)
        value_of, member_of = operator.attrgetter("value"), members.__getitem__

        def encode(column: Column, texts: Texts) -> Any:
            if not all_of(frozenset({cls}), column):
                raise CodecError(f"a value that is not a {cls.__qualname__}")
            return values.encode(list(map(value_of, column)), texts)

        def decode(data: Any, count: int, texts: list[str]) -> Column:
            return list(map(member_of, values.decode(data, count, texts)))  # an unknown value: KeyError, refused

        return Plan(encode, decode)

    def _dataclass(self, cls: type, text: str) -> Plan:
        if cls in self._building:
            raise CodecError(f"{text} contains itself: recursive classes are not supported")
        self._building.add(cls)
        try:
            hints = typing.get_type_hints(cls)
        except (NameError, TypeError) as exc:
            raise CodecError(f"{text}: its annotations cannot be resolved ({type(exc).__name__})") from None
        index = self.indexes.get(cls)
        layout: list[str] = []
        fields: list[tuple[str, Plan]] = []  # the fields written, in order
        caches: list[tuple[int, dataclasses.Field[Any]]] = []  # (place among all fields, field) of those not written
        for place, f in enumerate(dataclasses.fields(cls)):
            if not f.init:
                raise CodecError(f"{text}.{f.name} is not set by __init__")
            if not f.compare:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise CodecError(f"{text}.{f.name} takes no part in equality and has no default")
                caches.append((place, f))
                layout.append(f"{f.name}:cache")
            elif f.name == index:
                fields.append((f.name, self._plan(dict[str, list[str]])))
                layout.append(f"{f.name}:index of {INDEX_KEY}")
            else:
                fields.append((f.name, self._plan(hints[f.name])))
                layout.append(f"{f.name}:{describe(hints[f.name])}")
        self._building.discard(cls)
        if not fields:
            raise CodecError(f"{text} has no field to write")
        if index is not None and index not in {name for name, _plan in fields}:
            raise CodecError(f"{text} has no field {index} to index")
        self._shapes[text] = f"{text}({','.join(layout)})"
        sources = index_sources(hints, [name for name, _plan in fields], self.classes) if index else []
        if index is not None and not sources:
            raise CodecError(f"{text}.{index}: no other field holds records with an {INDEX_KEY}")
        return record(cls, fields, caches, index, sources)
