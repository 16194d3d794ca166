"""An explicit, versioned encoding of folded values (the school's state, a lead's workspace) as JSON, typed by the
registered classes' own field annotations: reading builds only those classes and checks every value.

Nothing here depends on how the interpreter pickles anything. A value of a given shape (a class, or a type such
as `tuple[SchoolState, set[str]]`) is written as the JSON document `[NAME, VERSION, shape, texts, body]`, where
`texts` holds every distinct text once (ids, codes and names recur throughout a state) and `body` is the *column*
of the one value. Values are written column by column, so that reading is a handful of C-level passes per field
rather than Python work per object; a column of `count` values of one annotation is:

- text: a JSON array of positions in `texts` (read back as the very same string objects, as the fold shares
  them); other plain values (int, float, bool, None, and unions of plain types): a JSON array of the values;
- an enum: the column of its members' values; a `datetime` (naive, or with a fixed offset such as UTC) and a
  `date`: ISO 8601 texts; `bytes`: base64 texts; `Any` (a lead's settings, an imported record's content): the
  JSON values as the entries held them;
- a dataclass: `[column of field 1, column of field 2, ...]` in declaration order, each written as its annotation
  says. Fields that take no part in equality (`compare=False`: caches, such as the per-child index of concerns)
  are not written and get their defaults back, to be rebuilt on first use. An *index* field (`Codec`'s
  `indexes`) holds records that the object's other fields hold: it is written as their `entry_id`s and rebuilt
  from those fields, so each record is written once and is shared again after reading, as the fold shares it;
- `list`, `tuple[T, ...]`, `set`, `frozenset`: `[lengths, column of all their items]`; a `dict`: `[lengths,
  column of all keys, column of all values]`; a fixed `tuple[A, B]`: `[column of A, column of B]`; an optional
  value that is not plain: `[present (true/false per value), column of the values present]`.

A `str` subclass where `str` is declared (a `StrEnum` member such as a flag's code) is written as its text and
read back as `str`, which is equal to it and hashes the same. Reading checks the document's name, version and
shape, the length of every column and the JSON type of every value against its annotation, and refuses anything
else with `CodecError`; it never looks a name up, so it can build nothing but the registered classes, and never
runs code the data could choose.
"""

from desktop_app.domain.state_codec.codec import NAME, VERSION, Codec, describe
from desktop_app.domain.state_codec.columns import CodecError
from desktop_app.domain.state_codec.dataclass_columns import INDEX_KEY
from desktop_app.domain.state_codec.folded import FOLDED_CLASSES, FOLDED_INDEXES

__all__ = ["FOLDED_CLASSES", "FOLDED_INDEXES", "INDEX_KEY", "NAME", "VERSION", "Codec", "CodecError", "describe"]
