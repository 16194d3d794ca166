"""The verified view of a store (see the package's docstring, DESIGN.md 'Trust at use').

Sign-in's key book, the fold, the lead's workspace, a child's file read from the store, packs and transfers all
read through a `VerifiedView`. An entry is used only when its hash, its link in its device's chain, its signature
(directly, or through a later signature of the same key over the chain) and its author's authority at its point
in the order of signed entries hold (`domain.integrity`, `domain.keybook`), and it is not dated in the future.
Anything else is quarantined: never used, and named (`quarantine()`) for the lead's banner, the CLI, `verify` and
`audit`.

What this reader verified once is kept as a *trusted prefix* of hashes per device (sealed under the reader's own
key, `kept.PrefixFile`); later entries are judged as they arrive, and the prefix is checked against the store when
it is adopted, so a truncated chain, a replaced entry or an older copy put back is named. The file is written only
now and then (`save`; docs/design-notes.md 17): whatever lies beyond it is judged again at the next sign-in, and
this PC's checkpoint, written whenever a verified chain grows, names what was cut off.

One view, one object, one lock; its parts live in sibling modules, each a class the next builds on: `state.py`
(the state, `ViewState`, and whether an entry may be used now), `checkpoint.py` (this PC's checkpoint),
`book.py` (key material into the key book), `judging.py` (a device's chain beyond the prefix; whether an entry
read may be used), `prefix.py` (the trusted prefix, kept between sign-ins), `reading.py` (what readers ask for),
and here what failed.
"""

from __future__ import annotations

from desktop_app.services.verified.kept import Quarantined
from desktop_app.services.verified.prefix import PrefixView
from desktop_app.services.verified.reading import ReadingView


class VerifiedView(PrefixView, ReadingView):
    """A store read through its checks. Its private state is named on `ViewState` (`state.py`)."""

    def refuse(self, entry_id: str, device_id: str, seq: int, reason: str) -> None:
        """Quarantine an entry found wanting once opened (a lead's kind written by someone who was not a lead)."""
        with self._lock:
            self._quarantine[entry_id] = Quarantined(entry_id, device_id, seq, reason, lead_kind=True)
            self._for_use.add(entry_id)

    def quarantine(self) -> list[Quarantined]:
        with self._lock:
            return sorted(self._quarantine.values(), key=lambda q: (q.device_id, q.seq, q.entry_id))

    def refused_on(self, device_id: str) -> list[Quarantined]:
        """Entries of one device's chain that are not their author's to make at their point (or are dated ahead),
        judged on the key book alone, without reading content: how many of its own the school refused, for the
        author's PC to say. (Integrity is judged wherever entries are used; a lead's kind written by someone who
        was not a lead is known only once opened.)"""
        with self._lock:
            self._device_heads()  # the book's limits follow what the store holds
            refused = []
            for entry in self.store.log.device_headers(device_id):
                why = self._use_problem(entry)
                if why is not None:
                    refused.append(Quarantined(entry.id, device_id, entry.seq, why))
            return refused

    def refused_for_authority(self) -> list[Quarantined]:
        """Quarantined entries whose integrity holds (hash, place in their chain, signature) but that were not their
        author's to make at their point: a disabled account's, a revoked lead's, a lead's kind written by staff.
        They stay in the store, and are judged again at every use."""
        with self._lock:
            held = [q for q in self._quarantine.values() if q.entry_id in self._for_use]
            return sorted(held, key=lambda q: (q.device_id, q.seq, q.entry_id))

    def problems(self) -> list[tuple[str, str]]:
        """Chain-level findings as (the entry where the chain breaks, or "" for a whole chain; what): missing
        entries, broken links, a store cut short or put back."""
        with self._lock:
            return list(self._problems.values())
