"""Who is the head at a point (domain/allegations_head.py), over a made-up order: the first key's maker, a chain of
hand-overs, and a forged pair of hand-overs that each claim to know the other."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from desktop_app.domain.allegations_head import FIRST_KEY, HANDED_OVER, HeadOrder
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import ParsedKeyMaterial


class Order:
    """`knew[a]` is the set of entries `a` knew; a point is an entry id here (what that entry knew, and itself)."""

    def __init__(self, knew: dict[str, set[str]], positions: list[str]) -> None:
        self._knew, self._positions = knew, positions

    def knows(self, point: Any, entry_id: str) -> bool:
        return entry_id == point or entry_id in self._knew.get(point, set())

    def knew(self, later: str, earlier: str) -> bool:
        return earlier in self._knew.get(later, set())

    def position(self, entry_id: str) -> tuple[int, str]:
        return (self._positions.index(entry_id), entry_id)

    def point(self, entry_id: str) -> str:
        return entry_id


def parsed(entry_id: str, kind: str, author: str, **data: Any) -> ParsedKeyMaterial:
    entry = SimpleNamespace(id=entry_id, recorded_at=len(entry_id), author_key_id=author)
    return ParsedKeyMaterial(entry, kind, data, {})  # type: ignore[arg-type]


def heads(entries: list[ParsedKeyMaterial], knew: dict[str, set[str]]) -> HeadOrder:
    found = {p.entry.id: p for p in entries}
    order = Order(knew, [p.entry.id for p in entries])
    return HeadOrder(found, order, lambda p: p.entry.author_key_id, found["k1"], set(found))  # type: ignore[arg-type]


def test_the_first_keys_maker_then_each_hand_over_in_order() -> None:
    entries = [
        parsed("k1", EntryKind.ALLEGATIONS_KEY, "head"),
        parsed("t1", EntryKind.ALLEGATIONS_HEAD, "head", account_id="chair"),
        parsed("t2", EntryKind.ALLEGATIONS_HEAD, "chair", account_id="head"),
    ]
    order = heads(entries, {"t1": {"k1"}, "t2": {"k1", "t1"}})
    assert order.head_at("k1") == "head"
    assert order.head_at("t1") == "chair"
    assert order.head_at("t2") == "head"
    assert order.head_at("t2", leaving_out="t2") == "chair"
    assert [(t.how, t.account_id, t.former) for t in order.turns()] == [
        (FIRST_KEY, "head", ""),
        (HANDED_OVER, "chair", "head"),
        (HANDED_OVER, "head", "chair"),
    ]


def test_two_turns_claiming_to_know_each_other_do_not_make_each_others_author_the_head() -> None:
    entries = [
        parsed("k1", EntryKind.ALLEGATIONS_KEY, "head"),
        parsed("t1", EntryKind.ALLEGATIONS_HEAD, "rogue-a", account_id="rogue-b"),
        parsed("t2", EntryKind.ALLEGATIONS_HEAD, "rogue-b", account_id="rogue-a"),
    ]
    order = heads(entries, {"t1": {"k1", "t2"}, "t2": {"k1", "t1"}})
    assert order.head_at("t1", leaving_out="t1") == "head"  # so t1 is judged against the real head, and refused
    assert order.head_at("t2", leaving_out="t2") == "head"
