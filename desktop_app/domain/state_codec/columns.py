"""Columns of plain values and of containers, as `state_codec` writes and reads them (see the package docstring):
each kind of annotation has a `Plan` that writes a column of values as JSON and reads one back, checking it."""

from __future__ import annotations

import base64
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

NONE = type(None)
_JSON = frozenset({dict, list, str, int, float, bool, NONE})
TEXT = frozenset({str})
# The JSON types of each plain type's values. A float field may hold an int: JSON content gives `0`, not `0.0`.
SCALARS = {
    str: TEXT,
    int: frozenset({int}),
    bool: frozenset({bool}),
    float: frozenset({float, int}),
    NONE: frozenset({NONE}),
}
_POSITIONS = frozenset({int})

Column = list[Any]


class CodecError(ValueError):
    """A value that cannot be written in this encoding, or data that is not a value of the expected shape. The
    message names classes, fields and types only, never a value (it may reach a log)."""


class Texts(dict[str, int]):
    """The document's texts while it is written: each text's position in `texts`."""

    def positions(self, column: Column) -> list[int]:
        """The positions of a column of texts, giving new texts the next positions."""
        new = [text for text in dict.fromkeys(column) if text not in self]
        self.update(zip(new, itertools.count(len(self))))
        return list(map(self.__getitem__, column))


@dataclass(frozen=True, slots=True)
class Plan:
    """How a column of values of one annotation is written (`encode(values, texts)`: the JSON for them all) and
    read (`decode(data, count, texts)`: the `count` values; anything else raises CodecError, or an error that
    `Codec.decode` turns into one)."""

    encode: Callable[[Column, Texts], Any]
    decode: Callable[[Any, int, list[str]], Column]


# --- plain values --------------------------------------------------------------------------------------------------


def all_of(kinds: frozenset[type], values: Iterable[Any]) -> bool:
    return set(map(type, values)) <= kinds


def counted(data: Any, count: int, what: str) -> list[Any]:
    if type(data) is not list or len(data) != count:
        raise CodecError(f"not a column of {count} {what}")
    return data


def _positions(data: Any, count: int, what: str) -> list[int]:
    """A column of `count` positions in a list (one past its end raises IndexError when it is looked up)."""
    positions = counted(data, count, what)
    if count and (not all_of(_POSITIONS, positions) or min(positions) < 0):
        raise CodecError(f"a position that is not one of the {what}")
    return positions


def flat(kinds: frozenset[type], text: str) -> Plan:
    """Plain values: text as positions in the document's texts, anything else as it is."""

    def written(value: Any) -> Any:
        if type(value) in kinds:
            return value
        if str in kinds and isinstance(value, str):
            return str.__str__(value)  # a StrEnum member where text is declared: its text
        raise CodecError(f"a {type(value).__name__} where {text} is expected")

    def encode(column: Column, texts: Texts) -> Any:
        if not all_of(kinds, column):
            column = list(map(written, column))
        return texts.positions(column) if kinds == TEXT else column

    def decode(data: Any, count: int, texts: list[str]) -> Column:
        if kinds == TEXT:
            return list(map(texts.__getitem__, _positions(data, count, "texts")))  # beyond the end: IndexError
        if not all_of(kinds, counted(data, count, text)):
            raise CodecError(f"a value that is not {text}")
        checked: Column = data
        return checked

    return Plan(encode, decode)


def _json_value(value: Any) -> None:
    """JSON content as an entry held it: only dict (text keys), list, str, int, float, bool and None."""
    kind = type(value)
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str:
                raise CodecError(f"a {type(key).__name__} key in JSON content")
            _json_value(item)
    elif kind is list:
        for item in value:
            _json_value(item)
    elif kind not in _JSON:
        raise CodecError(f"a {kind.__name__} in JSON content")


def _encode_json(column: Column, _texts: Texts) -> Any:
    for value in column:
        _json_value(value)
    return column


def _decode_json(data: Any, count: int, _texts: list[str]) -> Column:
    return counted(data, count, "JSON values")  # whatever JSON holds is a JSON value


def _datetime_text(value: Any) -> str:
    if type(value) is not datetime or (value.tzinfo is not None and type(value.tzinfo) is not timezone):
        raise CodecError(f"a {type(value).__name__} where a datetime (naive or at a fixed offset) is expected")
    return value.isoformat()


def _date_text(value: Any) -> str:
    if type(value) is not date:
        raise CodecError(f"a {type(value).__name__} where a date is expected")
    return value.isoformat()


def _bytes_text(value: Any) -> str:
    if type(value) is not bytes:
        raise CodecError(f"a {type(value).__name__} where bytes are expected")
    return base64.b64encode(value).decode("ascii")


# Values written as text of their own (not in the document's texts: they seldom repeat): (to text, from text).
TEXT_FORMS: dict[type, tuple[Callable[[Any], str], Callable[[str], Any]]] = {
    datetime: (_datetime_text, datetime.fromisoformat),
    date: (_date_text, date.fromisoformat),
    bytes: (_bytes_text, lambda text: base64.b64decode(text, validate=True)),
}


def text_form(kind: type, to_text: Callable[[Any], str], from_text: Callable[[str], Any]) -> Plan:
    def encode(column: Column, _texts: Texts) -> Any:
        return list(map(to_text, column))

    def decode(data: Any, count: int, _texts: list[str]) -> Column:
        if not all_of(TEXT, counted(data, count, kind.__name__)):
            raise CodecError(f"a {kind.__name__} that is not text")
        return list(map(from_text, data))

    return Plan(encode, decode)


def optional(plan: Plan, text: str) -> Plan:
    """An optional value that is not plain: which values are present, and the column of those."""
    encode_present, decode_present = plan.encode, plan.decode

    def encode(column: Column, texts: Texts) -> Any:
        present = [value is not None for value in column]
        return [present, encode_present([value for value in column if value is not None], texts)]

    def decode(data: Any, count: int, texts: list[str]) -> Column:
        present, values = counted(data, 2, f"parts of {text}")
        if not all_of(frozenset({bool}), counted(present, count, "presence flags")):
            raise CodecError(f"presence flags of {text} that are not true or false")
        found = iter(decode_present(values, sum(present), texts))
        return [next(found) if there else None for there in present]

    return Plan(encode, decode)


# --- containers ----------------------------------------------------------------------------------------------------


def _lengths(data: Any, count: int) -> list[int]:
    lengths = counted(data, count, "lengths")
    if count and (not all_of(_POSITIONS, lengths) or min(lengths) < 0):
        raise CodecError("a length that is not a count")
    return lengths


def _pieces(items: list[Any], lengths: list[int]) -> Iterator[list[Any]]:
    """`items` cut into consecutive lists of `lengths` (whose sum is their number), without a Python-level loop."""
    ends = list(itertools.accumulate(lengths))
    return map(items.__getitem__, map(slice, itertools.chain((0,), ends), ends))


def sequence(kind: type, item: Plan, text: str) -> Plan:
    """list[T], tuple[T, ...], set[T], frozenset[T]: their lengths, and the column of all their items."""
    encode_items, decode_items = item.encode, item.decode
    kinds = frozenset({kind})

    def encode(column: Column, texts: Texts) -> Any:
        if not all_of(kinds, column):
            raise CodecError(f"a value that is not a {text}")
        return [list(map(len, column)), encode_items(list(itertools.chain.from_iterable(column)), texts)]

    def decode(data: Any, count: int, texts: list[str]) -> Column:
        lengths, items = counted(data, 2, f"parts of {text}")
        lengths = _lengths(lengths, count)
        found = decode_items(items, sum(lengths), texts)
        if kind is tuple and not any(lengths):
            return [()] * count
        pieces = _pieces(found, lengths)
        return list(pieces) if kind is list else list(map(kind, pieces))

    return Plan(encode, decode)


def fixed_tuple(items: list[Plan], text: str) -> Plan:
    """tuple[A, B, ...]: one column per place."""
    size = len(items)

    def encode(column: Column, texts: Texts) -> Any:
        if not all_of(frozenset({tuple}), column) or set(map(len, column)) - {size}:
            raise CodecError(f"a value that is not a {text}")
        places = list(zip(*column, strict=True)) if column else [()] * size
        return [plan.encode(list(place), texts) for plan, place in zip(items, places, strict=True)]

    def decode(data: Any, count: int, texts: list[str]) -> Column:
        places = counted(data, size, f"places of {text}")
        columns = [plan.decode(place, count, texts) for plan, place in zip(items, places, strict=True)]
        return list(zip(*columns, strict=True))

    return Plan(encode, decode)


def mapping(key: Plan, value: Plan, text: str) -> Plan:
    """dict[K, V]: their lengths, the column of all keys and the column of all values."""
    encode_keys, decode_keys, encode_values, decode_values = key.encode, key.decode, value.encode, value.decode
    kinds = frozenset({dict})

    def encode(column: Column, texts: Texts) -> Any:
        if not all_of(kinds, column):
            raise CodecError(f"a value that is not a {text}")
        keys = list(itertools.chain.from_iterable(column))
        values = list(itertools.chain.from_iterable(map(dict.values, column)))
        return [list(map(len, column)), encode_keys(keys, texts), encode_values(values, texts)]

    def decode(data: Any, count: int, texts: list[str]) -> Column:
        lengths, keys, values = counted(data, 3, f"parts of {text}")
        lengths = _lengths(lengths, count)
        total = sum(lengths)
        keys, values = decode_keys(keys, total, texts), decode_values(values, total, texts)
        if count == 1:
            return [dict(zip(keys, values, strict=True))]
        return list(map(dict, map(zip, _pieces(keys, lengths), _pieces(values, lengths))))

    return Plan(encode, decode)


def json_values() -> Plan:
    """`Any`: JSON values as the entries held them."""
    return Plan(_encode_json, _decode_json)
