"""The order of a school's signed key material ("happened before"): each entry's place and point, what it knew."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.domain.entries import EntryRecord
from desktop_app.domain.key_material import ParsedKeyMaterial

Vector = Mapping[str, int]  # device id -> the last sequence number of that device's chain that is covered


@dataclass(slots=True)
class KeyOrder:
    """Where each key-material entry sits in its device's chain, and its point: how far it had seen every chain
    (see `domain.keybook`). Private state: `_chains` (each device's key material by sequence number), `_by_author`
    (each author's own, per device), `_places` (each entry's device and sequence number), `_points` (each one's
    point), `_limits` (how far the store holds each chain, see `limit_to`), `_claims_beyond` (devices some `seen`
    claims more of)."""

    _chains: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _by_author: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    _places: dict[str, tuple[str, int]] = field(default_factory=dict)
    _points: dict[str, dict[str, int]] = field(default_factory=dict)
    _limits: dict[str, int] | None = None
    _claims_beyond: set[str] = field(default_factory=set)

    def place(self, entry: EntryRecord) -> bool:
        """Put a key-material entry in its device's chain; True when it is the newest there."""
        chain = self._chains.setdefault(entry.device_id, [])
        place = (entry.seq, entry.id)
        at = bisect_left(chain, place)
        chain.insert(at, place)
        insort(self._by_author.setdefault((entry.device_id, entry.author_key_id), []), place)
        self._places[entry.id] = (entry.device_id, entry.seq)
        return at == len(chain) - 1

    def limit_to(self, held: Mapping[str, int]) -> bool:
        """How far the store holds each device's chain (a `seen` claims nothing beyond it). Returns whether the
        points must be worked out again: the first time, or when a claim reached beyond what was held."""
        before, self._limits = self._limits, dict(held)
        return before is None or any(before.get(d, 0) != self._limits.get(d, 0) for d in self._claims_beyond)

    def reorder(self, parsed: Mapping[str, ParsedKeyMaterial]) -> None:
        """Work out every entry's point again, each device's chain from its start."""
        self._points = {}
        self._claims_beyond = set()
        for chain in self._chains.values():
            for _, entry_id in chain:
                self._points[entry_id] = self._point_of(parsed[entry_id])

    def add_point(self, parsed: ParsedKeyMaterial) -> None:
        """Work out the point of an entry placed at the top of its chain (no other point changes)."""
        self._points[parsed.entry.id] = self._point_of(parsed)

    def point(self, entry_id: str) -> Vector:
        """The point of a key-material entry (empty for one not taken in)."""
        return self._points.get(entry_id, {})

    def anchor_before(self, author_key_id: str, device_id: str, seq: int) -> str:
        """The author's own key material just below `seq` in `device_id`'s chain ("" for none)."""
        chain = self._by_author.get((device_id, author_key_id), [])
        before = bisect_left(chain, (seq, ""))
        return chain[before - 1][1] if before else ""

    def point_at(self, anchor: str, device_id: str, seq: int) -> dict[str, int]:
        """The point of an entry at `seq` in `device_id`'s chain whose author's key material below it is `anchor`:
        what that had seen, and the chain below the entry."""
        point = dict(self._points.get(anchor, {})) if anchor else {}
        point[device_id] = max(point.get(device_id, 0), seq - 1)
        return point

    def knows(self, point: Vector, entry_id: str) -> bool:
        """Whether a point covers the key-material entry `entry_id`."""
        device, seq = self._places[entry_id]
        return point.get(device, 0) >= seq

    def knew(self, later: str, earlier: str) -> bool:
        """Whether key-material entry `later`'s point covers `earlier`."""
        return self.knows(self._points.get(later, {}), earlier)

    def newest(self, ids: Iterable[str]) -> str:
        """Of valid key-material entries, the newest in the order: not known to another; ties by id."""
        ids = list(ids)
        tops = [a for a in ids if not any(b != a and self.knew(b, a) for b in ids)]
        return max(tops or ids)

    def position(self, entry_id: str) -> tuple[int, str]:
        """A total order that follows the order of signed entries: how much of every chain an entry had seen,
        then its id."""
        return (sum(self._points.get(entry_id, {}).values()), entry_id)

    def heads_seen(self) -> dict[str, int]:
        """How far the key material reaches on each device."""
        return {device: chain[-1][0] for device, chain in self._chains.items() if chain}

    def _point_of(self, parsed: ParsedKeyMaterial) -> dict[str, int]:
        """What an entry had seen: its own chain below it, its `seen` (no further than the store holds), and
        what its author's own key material below it on that chain had seen (never another author's claim)."""
        entry, limits = parsed.entry, self._limits
        point: dict[str, int] = {}
        for device, seq in parsed.seen.items():
            if limits is not None:
                held = limits.get(device, 0)
                if seq > held:
                    self._claims_beyond.add(device)
                    seq = held
            if seq > 0:
                point[device] = seq
        own = self._by_author.get((entry.device_id, entry.author_key_id), [])
        below = bisect_left(own, (entry.seq, ""))
        if below:
            for device, seq in self._points.get(own[below - 1][1], {}).items():
                if seq > point.get(device, 0):
                    point[device] = seq
        point[entry.device_id] = max(point.get(entry.device_id, 0), entry.seq - 1)
        return point
