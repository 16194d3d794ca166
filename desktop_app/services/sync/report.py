"""What one sync did, in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.services.sync.status import count_words, own_refused_line
from desktop_app.services.verified import Quarantined, reason_in_words


@dataclass(frozen=True, slots=True)
class Refusal:
    entry_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reason}, entry {self.entry_id}"


@dataclass(slots=True)
class SyncReport:
    """What one sync did, in plain words. `pushed`: entries the hub took from this PC; `pulled`: entries from
    other PCs checked and applied here; `key_material`: how many of those were accounts, keys or grants."""

    hub: str
    pushed: int = 0
    pulled: int = 0
    key_material: int = 0
    refused: list[Refusal] = field(default_factory=list)
    held_back: list[Refusal] = field(default_factory=list)
    own_refused: list[Quarantined] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    offline: bool = False
    skipped: bool = False
    keys_pushed: int = 0  # children's file keys put on the hub's key shelf (services/sync/shelf.py)
    keys_pulled: int = 0
    keys_erased: int = 0  # children whose file keys this PC deleted for an erasure that holds up
    keys_shredded: int = 0  # file keys the hub removed at this PC's call of `shred`

    @property
    def ok(self) -> bool:
        return not self.errors and not self.skipped

    def lines(self) -> list[str]:
        if self.skipped:
            return ["A sync of this PC is already running."]
        out = []
        if self.pushed or self.pulled:
            out.append(
                f"Sent {count_words(self.pushed)} to the hub and received {count_words(self.pulled)} ({self.hub})."
            )
        elif not self.errors:
            out.append(f"Up to date with the hub ({self.hub}).")
        if self.keys_erased:
            out.append(
                f"{self.keys_erased} erased file{'s' if self.keys_erased != 1 else ''}: "
                "their keys were deleted from this PC."
            )
        if len(self.refused) == 1:
            out.append(f"1 entry from the hub refused: {self.refused[0]}")
        elif self.refused:
            out.append(f"{len(self.refused)} entries from the hub refused:")
            out += [f"  {refusal}" for refusal in self.refused]
        if len(self.held_back) == 1:
            out.append(f"1 entry from the hub kept but not used: {self.held_back[0]}")
        elif self.held_back:
            out.append(f"{len(self.held_back)} entries from the hub kept but not used:")
            out += [f"  {refusal}" for refusal in self.held_back]
        if held := self.own_refused:
            out.append(own_refused_line(len(held)))
            out += [f"  entry {q.entry_id}: refused by the school: {reason_in_words(q.reason)}" for q in held]
        out += self.warnings
        out += self.errors
        return out
