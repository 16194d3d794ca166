"""A record's fields declared once (kind, required, limit, payload key, old payloads' default), read and written."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any, cast

from desktop_app.domain.frozen_build import positional_builder

MAX_TEXT = 20_000  # a concern's text field, or a mark's explanation
MAX_SHORT = 300  # a mark's short text: its shape, colour, who saw it
RECORDED = "recorded"  # the key of a field's `Recorded` in its dataclass metadata


class Kind(enum.StrEnum):
    """What a recorded field holds, which says how it is checked, written and read."""

    TEXT = "text"  # words a person wrote; absent or not text reads as ""
    FLAG = "flag"  # a tick; anything but `true` reads as not ticked
    PUPIL_IDS = "pupil ids"  # other children: UPNs as given, pupil ids as sealed
    MARKS = "marks"  # body-map marks, each a mark's own payload
    CATEGORIES = "categories"  # every category chosen, the main one first (read from "category" and "categories")
    MAIN_CATEGORY = "main category"  # the first of the categories
    GROUP = "group"  # the id linking one concern's entries for several children
    GROUP_SIZE = "group size"  # how many children a group's concern names
    CHOICE = "choice"  # a code from a fixed list (a mark's view, region, type, who explained); not text reads as ""
    FRACTION = "fraction"  # a number from 0 to 1 (a mark's place on the outline)
    SIZE = "size"  # centimetres above 0 and at most 100, or not measured
    YES_NO = "yes or no"  # true, false, or not known


@dataclass(frozen=True, slots=True)
class Recorded:
    """How one field of a record crosses the layers, kept in the field's metadata (see `text`, `flag`, `recorded`).

    `key` is its name in the payload (the field's name unless given); `required` that a record cannot be made
    without it; `limit` the longest text accepted; `sparse` that it is written only when it is not its default (so
    a payload is no longer than it was before the field existed, and older PCs read its absence as they always
    did); `missing` the words for a required field left empty. A payload written before the field existed reads as
    the field's default: that is its migration."""

    kind: Kind
    key: str = ""
    required: bool = False
    limit: int = MAX_TEXT
    sparse: bool = False
    missing: str = ""


def text(*, required: bool = False, limit: int = MAX_TEXT, missing: str = "", key: str = "") -> Any:
    """A text field, "" by default and for payloads written before it existed."""
    spec = Recorded(Kind.TEXT, key, required, limit, missing=missing)
    return field(default="", metadata={RECORDED: spec})


def choice(default: Any = MISSING) -> Any:
    """A code from a fixed list; without a default, required (a record without it is no record)."""
    return recorded(Kind.CHOICE, default)


def recorded(kind: Kind, default: Any, *, sparse: bool = False, key: str = "") -> Any:
    """A field of another kind with its default (immutable: a tuple, a bool, a number, a text), or `MISSING` for a
    field every record must have."""
    spec = Recorded(kind, key, required=default is MISSING, sparse=sparse)
    return field(default=default, metadata={RECORDED: spec})


@dataclass(frozen=True, slots=True)
class RecordedField:
    """One declared field: its name on the record, its key in the payload, its declaration and its default."""

    name: str
    key: str
    spec: Recorded
    default: Any

    @property
    def kind(self) -> Kind:
        return self.spec.kind


@functools.cache
def recorded_fields(cls: type) -> tuple[RecordedField, ...]:
    """The declared fields of a record class, in their order."""
    found = []
    for item in fields(cls):
        spec = item.metadata.get(RECORDED)
        if isinstance(spec, Recorded):
            default = item.default if item.default is not MISSING else None
            found.append(RecordedField(item.name, spec.key or item.name, spec, default))
    return tuple(found)


def text_fields(cls: type) -> tuple[RecordedField, ...]:
    """The declared text fields of a record class, in their order."""
    return tuple(f for f in recorded_fields(cls) if f.kind is Kind.TEXT)


# How each kind is read from a payload in a generated reader: an expression over `get` (the payload's `dict.get`),
# `{key}` its key, `{main}` the categories' value, `{group}` the group's. Derived kinds are read after the others.
_READ = {
    Kind.TEXT: '(_v if isinstance(_v := get("{key}"), str) else "")',
    Kind.FLAG: 'get("{key}") is True',
    Kind.PUPIL_IDS: 'tuple(get("{key}", ()))',
    Kind.MARKS: '_marks(get("{key}"))',
    Kind.CATEGORIES: '_categories_of(get("category"), get("{key}"))',
    Kind.GROUP: '(_g if isinstance(_g := get("{key}"), str) and 0 < len(_g) <= _MAX_GROUP_ID else "")',
    Kind.MAIN_CATEGORY: "{main}[0]",
    Kind.GROUP_SIZE: (
        '(_s if {group} and isinstance(_s := get("{key}"), int) and not isinstance(_s, bool) and 1 < _s <= 1000 else 1)'
    ),
}
_DERIVED = frozenset({Kind.MAIN_CATEGORY, Kind.GROUP_SIZE})


def payload_reader(cls: type, header: tuple[str, ...], helpers: Mapping[str, Any]) -> Callable[..., Any]:
    """A function `read(data, *header)` making a `cls` from its payload and the `header` fields (given by position,
    from the entry's header): every declared field read as its kind says, every other field its default. It is
    generated once, as `positional_builder` is, so that a fold reading 100,000 concerns pays no loop per field.
    `helpers` gives the names the kinds read with (`_marks`, `_categories_of`, `_MAX_GROUP_ID`)."""
    declared = {f.name: f for f in recorded_fields(cls)}
    if not all(f.key.isidentifier() for f in declared.values()):  # keys go into the generated source
        raise ValueError(f"{cls.__name__}: a payload key must be a name")
    by_kind = {f.kind: f.name for f in declared.values()}
    lines, values = [], []
    scope: dict[str, Any] = {"_build": positional_builder(cls), **helpers}
    for derived in (False, True):
        for name, declaration in declared.items():
            if (declaration.kind in _DERIVED) is derived:
                source = _READ[declaration.kind].format(
                    key=declaration.key, main=f"f_{by_kind.get(Kind.CATEGORIES)}", group=f"f_{by_kind.get(Kind.GROUP)}"
                )
                lines.append(f"    f_{name} = {source}\n")
    for item in fields(cls):
        if item.name in header:
            values.append(item.name)
        elif item.name in declared:
            values.append(f"f_{item.name}")
        else:
            scope[f"d_{item.name}"] = _default_of(item)
            values.append(f"d_{item.name}")
    source = (
        f"def read_{cls.__name__}(data, {', '.join(header)}):\n    get = data.get\n{''.join(lines)}"
        f"    return _build({', '.join(values)})\n"
    )
    exec(source, scope)
    reader: Callable[..., Any] = scope[f"read_{cls.__name__}"]
    return reader


def _default_of(item: Field[Any]) -> Any:
    if item.default is not MISSING:
        return item.default
    raise TypeError(f"{item.name} is neither in the header, nor declared, nor has a default")


def write_payload(record: Any) -> dict[str, Any]:
    """The payload of a record: every declared field under its key, as plain JSON (tuples as lists, marks as their
    own payloads); a sparse field only when it is not its default, the main category always (a PC running an older
    version reads it), all categories only when there are more, and a group's size only with its group."""
    payload: dict[str, Any] = {}
    for item in recorded_fields(cast(type, type(record))):
        value = getattr(record, item.name)
        kind = item.kind
        if kind is Kind.MARKS:
            value = [mark.to_payload() for mark in value]
        elif kind is Kind.PUPIL_IDS:
            value = list(value)
        elif kind is Kind.CATEGORIES:
            if len(value) <= 1:
                continue
            value = list(value)
        elif kind is Kind.GROUP_SIZE and not payload.get(_group_key(record)):
            continue
        if item.spec.sparse and value == item.default:
            continue
        payload[item.key] = value
    return payload


def _group_key(record: Any) -> str:
    return next((f.key for f in recorded_fields(cast(type, type(record))) if f.kind is Kind.GROUP), "")
