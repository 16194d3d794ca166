"""An entry's canonical bytes: every signed field counts, and no two different entries share the same bytes."""

from __future__ import annotations

import hashlib
import struct
import uuid
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entries import GENESIS_HASH, EntryRecord, canonical_json, from_millis, to_millis

SIGNED_FIELDS = [f.name for f in fields(EntryRecord) if f.name not in ("hash", "signature")]

uuids = st.uuids().map(str)

# Values chosen to meet at the edges: empty against absent, one field's tail against the next field's head.
_tricky_text = st.sampled_from(["", "a", "ab", "b", "ba", "\xff", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"])
_tricky_bytes = st.sampled_from([b"", b"\x00", b"\xff", b"\xff\xff", b"\x00\x00\x00\x00", b"{}", b"\x01"])


def _entries(text: st.SearchStrategy[str], blob: st.SearchStrategy[bytes]) -> st.SearchStrategy[EntryRecord]:
    return st.builds(
        EntryRecord,
        id=text,
        school_id=text,
        device_id=text,
        seq=st.integers(min_value=0, max_value=2**63 - 1),
        prev_hash=blob,
        author_key_id=text,
        subject=st.none() | text,
        occurred_at=st.integers(min_value=-(2**63), max_value=2**63 - 1),
        recorded_at=st.integers(min_value=-(2**63), max_value=2**63 - 1),
        public=st.none() | blob,
        sealed=st.none() | blob,
    )


realistic_entries = _entries(uuids, st.binary(max_size=80))
tricky_entries = st.builds(
    EntryRecord,
    id=_tricky_text,
    school_id=_tricky_text,
    device_id=_tricky_text,
    seq=st.sampled_from([0, 1, 2**32]),
    prev_hash=_tricky_bytes,
    author_key_id=_tricky_text,
    subject=st.none() | _tricky_text,
    occurred_at=st.sampled_from([0, 1, -1]),
    recorded_at=st.sampled_from([0, 1, -1]),
    public=st.none() | _tricky_bytes,
    sealed=st.none() | _tricky_bytes,
)


def _signed(entry: EntryRecord) -> tuple[Any, ...]:
    return tuple(getattr(entry, name) for name in SIGNED_FIELDS)


FIELD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "id": uuids,
    "school_id": uuids,
    "device_id": uuids,
    "author_key_id": uuids,
    "seq": st.integers(min_value=0, max_value=2**63 - 1),
    "prev_hash": st.binary(max_size=40),
    "subject": st.none() | uuids,
    "occurred_at": st.integers(min_value=-(2**63), max_value=2**63 - 1),
    "recorded_at": st.integers(min_value=-(2**63), max_value=2**63 - 1),
    "public": st.none() | st.binary(max_size=80),
    "sealed": st.none() | st.binary(max_size=80),
}


@settings(max_examples=100, deadline=None)
@given(entry=realistic_entries, name=st.sampled_from(SIGNED_FIELDS), data=st.data())
def test_changing_any_signed_field_changes_the_bytes_and_the_hash(
    entry: EntryRecord, name: str, data: st.DataObject
) -> None:
    other_value = data.draw(FIELD_VALUES[name].filter(lambda v: v != getattr(entry, name)))
    changed = replace(entry, **{name: other_value})
    assert changed.canonical_bytes() != entry.canonical_bytes()
    assert changed.compute_hash() != entry.compute_hash()


_TRICKY_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "id": _tricky_text,
    "school_id": _tricky_text,
    "device_id": _tricky_text,
    "author_key_id": _tricky_text,
    "seq": st.sampled_from([0, 1, 2**32]),
    "prev_hash": _tricky_bytes,
    "subject": st.none() | _tricky_text,
    "occurred_at": st.sampled_from([0, 1, -1]),
    "recorded_at": st.sampled_from([0, 1, -1]),
    "public": st.none() | _tricky_bytes,
    "sealed": st.none() | _tricky_bytes,
}


@settings(max_examples=200, deadline=None)
@given(
    entry=tricky_entries,
    changes=st.dictionaries(st.sampled_from(SIGNED_FIELDS), st.just(None), min_size=1, max_size=3),
    data=st.data(),
)
def test_different_entries_never_share_canonical_bytes(
    entry: EntryRecord, changes: dict[str, None], data: st.DataObject
) -> None:
    """A few fields changed to edge values (empty against absent, one field's tail against the next one's head):
    the bytes differ exactly when a signed field does."""
    other = replace(entry, **{name: data.draw(_TRICKY_VALUES[name], label=name) for name in changes})
    if _signed(other) != _signed(entry):
        assert other.canonical_bytes() != entry.canonical_bytes()
    else:
        assert other.canonical_bytes() == entry.canonical_bytes()


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ({"public": None}, {"public": b"\xff"}),
        ({"sealed": None}, {"sealed": b"\xff"}),
        ({"public": None}, {"public": b""}),
        ({"subject": None}, {"subject": ""}),
        ({"id": "ab", "school_id": "c"}, {"id": "a", "school_id": "bc"}),
        ({"public": b"\x01", "sealed": None}, {"public": None, "sealed": b"\x01"}),
    ],
)
def test_absent_empty_and_shifted_fields_are_told_apart(one: dict[str, Any], two: dict[str, Any]) -> None:
    base = EntryRecord(
        id=str(uuid.uuid4()),
        school_id=str(uuid.uuid4()),
        device_id=str(uuid.uuid4()),
        seq=1,
        prev_hash=GENESIS_HASH,
        author_key_id=str(uuid.uuid4()),
        subject=None,
        occurred_at=0,
        recorded_at=0,
        public=None,
        sealed=None,
    )
    assert replace(base, **one).canonical_bytes() != replace(base, **two).canonical_bytes()


@settings(max_examples=50, deadline=None)
@given(entry=realistic_entries, seq=st.integers(min_value=1, max_value=2**40), prev=st.binary(min_size=32, max_size=32))
def test_chaining_sets_seq_prev_hash_and_a_hash_over_both(entry: EntryRecord, seq: int, prev: bytes) -> None:
    placed = entry.chained(seq, prev)
    assert (placed.seq, placed.prev_hash) == (seq, prev)
    assert placed.hash == placed.compute_hash()
    assert len(placed.hash) == 32
    assert placed.chained(seq, prev).hash == placed.hash  # deterministic
    assert placed.chained(seq, bytes(32) if prev != bytes(32) else b"\x01" * 32).hash != placed.hash


def test_the_hash_and_signature_are_not_part_of_what_is_signed() -> None:
    entry = EntryRecord(str(uuid.uuid4()), "s", "d", 1, GENESIS_HASH, "k", None, 0, 0, None, b"x").chained(
        1, GENESIS_HASH
    )
    assert replace(entry, signature=b"sig").canonical_bytes() == entry.canonical_bytes()
    assert replace(entry, hash=b"other").compute_hash() == entry.hash


def test_canonical_json_is_stable_and_keeps_names_as_written() -> None:
    one = canonical_json({"b": 1, "a": ["Łuczak", "Ахмед"], "c": {"y": None, "x": 2.5}})
    two = canonical_json({"c": {"x": 2.5, "y": None}, "a": ["Łuczak", "Ахмед"], "b": 1})
    assert one == two
    assert one == '{"a":["Łuczak","Ахмед"],"b":1,"c":{"x":2.5,"y":null}}'.encode()


@settings(max_examples=200, deadline=None)
@given(ms=st.integers(min_value=-(10**12), max_value=7 * 10**12))
@example(ms=1_082_506_875_715)  # 2004-04-21T00:21:15.715Z came back one millisecond early through a float
def test_millis_round_trip_exactly(ms: int) -> None:
    moment = from_millis(ms)
    assert to_millis(moment) == ms
    assert to_millis(moment.replace(tzinfo=None)) == ms  # naive means UTC
    assert to_millis(moment.astimezone(timezone(timedelta(hours=5, minutes=30)))) == ms


@settings(max_examples=100, deadline=None)
@given(moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)))
def test_millis_drop_only_the_sub_millisecond_part(moment: datetime) -> None:
    aware = moment.replace(tzinfo=UTC)
    assert from_millis(to_millis(aware)) == aware.replace(microsecond=moment.microsecond // 1000 * 1000)


def _layout_v1(entry: EntryRecord) -> bytes:
    """The canonical bytes as first written (field by field): every stored entry's hash rests on this layout."""

    def optional(value: bytes | None) -> bytes:
        return b"\x00" if value is None else b"\x01" + value

    parts = (
        entry.id.encode(),
        entry.school_id.encode(),
        entry.device_id.encode(),
        struct.pack(">q", entry.seq),
        entry.prev_hash,
        entry.author_key_id.encode(),
        optional(entry.subject.encode() if entry.subject is not None else None),
        struct.pack(">qq", entry.occurred_at, entry.recorded_at),
        optional(entry.public),
        optional(entry.sealed),
    )
    return b"CLE1" + b"".join(struct.pack(">I", len(p)) + p for p in parts)


@settings(max_examples=300, deadline=None)
@given(entry=realistic_entries | tricky_entries)
def test_canonical_bytes_keep_the_layout_every_stored_hash_rests_on(entry: EntryRecord) -> None:
    """The one-join building of the canonical bytes (the first sign-in on a PC hashes every entry) gives exactly
    the bytes of the layout the entries were signed under."""
    assert entry.canonical_bytes() == _layout_v1(entry)
    assert entry.compute_hash() == hashlib.sha256(_layout_v1(entry)).digest()


def test_known_hashes_are_unchanged() -> None:
    """Two entries hashed by the first release's code: a change of layout would orphan every store."""
    one = EntryRecord("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "school", "device", 7, bytes(range(32)), "author",
                      "Łuczak", -5, 1700000000000, None, b"\x00sealed")  # fmt: skip
    two = EntryRecord("x", "", "d", 0, b"", "k", None, 0, 0, b"{}", None)
    assert one.compute_hash().hex() == "116abc6a8b7b8ce8cd34b0a0414af9cc637020571ecea6fd697778f3dc4a90bc"
    assert two.compute_hash().hex() == "8fea3d71780bca2f97006c50d5397e9147814bde1d38be63cf45e7dc9bc722e3"
