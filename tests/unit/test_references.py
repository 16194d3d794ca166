"""Concerns' references as people read them out: what counts as one, what it names, and two that share one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.households import member_reference
from desktop_app.domain.ids import (
    distinct_references,
    ids_with_reference,
    new_id,
    reference_digits,
    short_reference,
)


def test_a_reference_is_read_as_printed_in_any_case_or_as_a_longer_tail_or_the_whole_id() -> None:
    entry_id = new_id()
    ref = short_reference(entry_id)
    digits = entry_id.replace("-", "").upper()
    for given_as in (ref, ref.lower(), ref[3:], f"  {ref} ", "CL-" + digits[-12:], entry_id, entry_id.upper()):
        assert ids_with_reference(given_as, [entry_id, new_id()]) == [entry_id], given_as


def test_what_is_not_a_reference() -> None:
    for text in ("", "CL-", "CL-1234567", "banana", "CL-12345G78", "NR-ABCDEFGH", "1" * 33):
        assert reference_digits(text) is None, text
        assert ids_with_reference(text, [new_id()]) == []


@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), min_size=2, max_size=6), st.integers(0, 2**32 - 1))
def test_references_of_ids_sharing_a_tail_each_name_one_id(prefixes: list[int], tail: int) -> None:
    """However many ids share the last eight digits, each gets a longer reference naming it alone."""
    ids = sorted({f"{p:08x}-0000-7000-8000-{(p % 65536):04x}{tail:08x}" for p in prefixes})
    refs = distinct_references(ids)
    assert len(set(refs)) == len(ids)
    for entry_id, ref in zip(ids, refs, strict=True):
        assert ids_with_reference(ref, ids) == [entry_id]
        assert len(ref) >= len(short_reference(entry_id))


def test_a_household_member_reference_is_never_read_as_a_concern_reference() -> None:
    for digits in ([0] * 8, [31] * 8, list(range(8)), [10, 11, 12, 13, 14, 15, 1, 2]):
        member = member_reference(digits)
        assert reference_digits(member) is None, member
