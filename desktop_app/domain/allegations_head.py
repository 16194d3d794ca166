"""Who is the head for allegations against staff at a point in the order of signed key material: the oversight
account that made the school's first allegations key, then whoever it was handed to (or who took it over once the
head's account was no longer an active oversight account), by `allegations.head` entries (design note 63)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import ParsedKeyMaterial
from desktop_app.domain.key_order import KeyOrder, Vector

FIRST_KEY = "first key"
HANDED_OVER = "handed over"
TAKEN_OVER = "taken over"

NOT_THE_HEAD = "allegations key material made by an oversight account that is not the head at its point"
NO_HEAD_YET = "hands over the head's role before the school had an allegations key (at its point)"
NOT_OVERSIGHT_TARGET = "hands the head's role to an account that was not an active oversight account at its point"
ALREADY_HEAD = "hands the head's role to the account that already had it"
TAKE_OVER_WHILE_ACTIVE = "takes over the head's role while the head's account was an active oversight account"
TAKE_OVER_FOR_ANOTHER = "a take-over of the head's role names an account other than its author's"


@dataclass(frozen=True, slots=True)
class HeadTurn:
    """One account's turn as the head: from the entry that began it (the first key, a hand-over or a take-over),
    by whom (`by`: the account that wrote it), and who was the head before (`former`, "" for the first)."""

    entry_id: str
    account_id: str
    since: int  # the entry's recorded_at (milliseconds), as its author's clock said: for showing only
    how: str
    by: str
    former: str


class HeadOrder:
    """The head at any point, from the first allegations key and the hand-overs that count (`valid`). `order` is
    the key book's order; `maker` gives the account that wrote an entry ("" when its key does not count)."""

    __slots__ = ("_first", "_maker", "_order", "_parsed", "_turns")

    def __init__(
        self,
        parsed: Mapping[str, ParsedKeyMaterial],
        order: KeyOrder,
        maker: Callable[[ParsedKeyMaterial], str],
        first: ParsedKeyMaterial | None,
        valid: set[str],
    ) -> None:
        self._parsed, self._order, self._maker, self._first = parsed, order, maker, first
        self._turns = sorted(
            (p for i, p in parsed.items() if p.kind == EntryKind.ALLEGATIONS_HEAD and i in valid),
            key=lambda p: order.position(p.entry.id),
        )

    @property
    def first(self) -> ParsedKeyMaterial | None:
        return self._first

    def head_at(self, point: Vector | None, *, leaving_out: str = "") -> str | None:
        """The head's account at `point` (None: every entry that counts): the newest hand-over or take-over known
        there (of two that did not know each other, the later in position), else the first key's maker. Judging a
        turn (`leaving_out`), a turn that claims to know it is not before it, even if it is also known (a forged
        pair of turns claiming to know each other would otherwise each make the other's author the head)."""
        if self._first is None:
            return None
        known = [
            t
            for t in self._turns
            if t.entry.id != leaving_out
            and (point is None or self._order.knows(point, t.entry.id))
            and not (leaving_out and self._order.knew(t.entry.id, leaving_out))  # two claiming to know each other
        ]
        return str(known[-1].data["account_id"]) if known else self._maker(self._first)

    def turns(self) -> list[HeadTurn]:
        """Every turn as the head, in order: the first key's maker, then each hand-over or take-over that counts."""
        if self._first is None:
            return []
        first = self._maker(self._first)
        found = [HeadTurn(self._first.entry.id, first, self._first.entry.recorded_at, FIRST_KEY, first, "")]
        for turn in self._turns:
            former = self.head_at(self._order.point(turn.entry.id), leaving_out=turn.entry.id) or ""
            by = self._maker(turn)
            how = HANDED_OVER if by == former else TAKEN_OVER
            found.append(HeadTurn(turn.entry.id, str(turn.data["account_id"]), turn.entry.recorded_at, how, by, former))
        return found
