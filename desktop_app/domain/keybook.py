"""The public key material of a school, and who had authority when: judged by the order of signed entries.

Authority never rests on a time an author wrote. Every entry has a place in its device's chain, and every
key-material entry names (signed, in its public part, as `seen`) how far it had seen every other device's chain
when it was written. Together these give a partial order ("happened before"):

- an entry F is known to an entry E when E's *point* covers F: E's point is E's own chain up to E, joined with
  the `seen` of the newest key material on E's device before E (for key material, its own `seen` too);
- an account's role, and whether it is active, at a point are what the valid changes known at that point say; of
  two changes neither of which knew the other, the less privileged wins (a tie never favours an attacker);
- whatever an account writes that a valid disabling (or, for a lead's kinds, a valid demotion) of it did not
  know, and that did not know of it either, counts for nothing: a revoked or disabled key's signatures made
  "at the same time" as its revocation are void, and a later one knows the revocation and is refused outright.
  A disabling that a valid re-enabling knew of no longer voids what was written beside it (the account is trusted
  again, so those entries count); what was written knowing of the disabling never counts;
- a team key, an account, a grant or a role change counts only when a lead wrote it at its point, back through
  a chain of such entries to the school's setup (the school entry's author).

Signatures and hashes are checked before an entry reaches the key book (`domain.integrity`); the key book judges
authority only. Everything here is public by design.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.entries import AnyEntry, EntryKind, EntryRecord
from desktop_app.domain.key_material import (  # noqa: F401 - AccountKey … unb64 are also read from here
    ALLEGATIONS_GRANT,
    SEEN,
    AccountChange,
    AccountKey,
    AccountRecord,
    AllegationsKey,
    Grant,
    MalformedKeyMaterial,
    OversightKey,
    ParsedKeyMaterial,
    TeamKey,
    b64,
    parse_key_material,
    unb64,
)
from desktop_app.domain.records import Role

Vector = Mapping[str, int]  # device id -> the last sequence number of that device's chain that is covered

# Key material that needs the hand of an account that was a lead at its point (or, for a new key of one's own
# account, the account itself).
NEEDS_LEAD = frozenset(
    {
        EntryKind.ACCOUNT,
        EntryKind.ACCOUNT_KEYS,
        EntryKind.GRANT,
        EntryKind.TEAM_KEY,
        EntryKind.ACCOUNT_ROLE,
        EntryKind.ACCOUNT_STATUS,
        EntryKind.OVERSIGHT_KEY,
        EntryKind.RETENTION_ERASED,  # a file erased (services/erasure.py): a lead's act, like a grant
    }
)
# Kinds whose validity can change the authority of other entries: taking one in means judging the book again.
_AUTHORITY_KINDS = frozenset(
    {EntryKind.SCHOOL, EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS, EntryKind.ACCOUNT_ROLE, EntryKind.ACCOUNT_STATUS}
)
_PRIVILEGE = {Role.STAFF.value: 0, Role.OVERSIGHT.value: 1, Role.LEAD.value: 2}

AFTER_DISABLED = "made by an account after it was disabled"
WHILE_DISABLED = "made by an account that was being disabled at the same time (its author had not seen it)"
WHILE_DEMOTED = "a lead's entry made while its author's lead role was being removed (its author had not seen it)"
UNKNOWN_AUTHOR = "signed by a key this school's valid accounts do not hold"
SECOND_SCHOOL = "a second school entry (this store already has its school)"
NO_SCHOOL = "the school's setup entry is missing or not valid"
_NOT_LEAD = "not a lead"
NOT_HEAD = "allegations key material made by an account that is not the head (an oversight account) at its point"


def not_a_lead(kind: str) -> str:
    return f"{kind} entry made by an account that is not a lead"


@dataclass(slots=True)
class KeyBook:
    """All key material of a school and the authority it gives. Private state: `_parsed` (every key-material
    entry taken in, valid or not), `_valid` (the ids that count), `_points` (each one's point), `_chains` (each
    device's key material by sequence number). The public fields hold only what counts."""

    school_id: str = ""
    school_name: str = ""
    founder_key_id: str = ""
    team_keys: dict[str, TeamKey] = field(default_factory=dict)
    oversight_keys: dict[str, OversightKey] = field(default_factory=dict)
    allegations_keys: dict[str, AllegationsKey] = field(default_factory=dict)
    accounts: dict[str, AccountRecord] = field(default_factory=dict)
    signing_keys: dict[str, AccountKey] = field(default_factory=dict)
    grants: list[Grant] = field(default_factory=list)
    batches: dict[str, EntryRecord] = field(default_factory=dict)
    grant_entries: dict[str, EntryRecord] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)  # key-material entry id -> why it does not count
    school_entry_id: str = ""  # the school entry this PC was set up or enrolled with, when known
    _parsed: dict[str, ParsedKeyMaterial] = field(default_factory=dict, repr=False)
    _valid: set[str] = field(default_factory=set, repr=False)
    _points: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    _chains: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    _by_author: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    _limits: dict[str, int] | None = field(default=None, repr=False)  # how far each chain is held (see limit_to)
    _claims_beyond: set[str] = field(default_factory=set, repr=False)  # devices some `seen` claims more of
    _memo: dict[tuple[str, str, bool], str | None] = field(default_factory=dict, repr=False)
    _changes_of: dict[tuple[str, str], list[ParsedKeyMaterial]] = field(default_factory=dict, repr=False)
    _restricting: dict[str, list[str]] = field(default_factory=dict, repr=False)  # account -> disabling ids
    _voiding: dict[str, bool] = field(default_factory=dict, repr=False)  # `_voiding_matters`, until `_index`

    # --- what counts now -------------------------------------------------------------------------------------

    @property
    def current_team_key(self) -> TeamKey:
        if not self.team_keys:
            raise MalformedKeyMaterial("the school has no team key")
        return self.team_keys[self._newest(self.team_keys)]

    @property
    def current_oversight_key(self) -> OversightKey | None:
        """The key the oversight dashboard's counts are sealed to, once a lead has made one."""
        if not self.oversight_keys:
            return None
        return self.oversight_keys[self._newest(self.oversight_keys)]

    @property
    def current_allegations_key(self) -> AllegationsKey | None:
        """The generation new allegations against staff are sealed to, once the head has made one."""
        if not self.allegations_keys:
            return None
        return self.allegations_keys[self._newest(self.allegations_keys)]

    def account_by_login(self, tag: str, *, include_disabled: bool = False) -> AccountRecord | None:
        """The account with this login tag (an active one first; a disabled one only when asked)."""
        found = [a for a in self.accounts.values() if a.login_tag == tag and (a.active or include_disabled)]
        found.sort(key=lambda a: (not a.active, a.account_id))
        return found[0] if found else None

    def account_of_key(self, key_id: str) -> AccountRecord | None:
        key = self.signing_keys.get(key_id)
        return self.accounts.get(key.account_id) if key else None

    def grants_to(self, account_id: str) -> list[Grant]:
        return [g for g in self.grants if g.account_id == account_id]

    def position(self, entry_id: str) -> tuple[int, str]:
        """A total order of key material that follows the order of signed entries: how much of every chain an
        entry had seen (an entry that knew of another had seen more), then its id. For choosing the newest of a
        kind of key where "newest" must not rest on a time an author wrote."""
        return (sum(self._points.get(entry_id, {}).values()), entry_id)

    def heads_seen(self) -> dict[str, int]:
        """How far this book's key material reaches on each device: what a new entry can say it has seen."""
        return {device: chain[-1][0] for device, chain in self._chains.items() if chain}

    # --- judging an entry --------------------------------------------------------------------------------------

    def problem(self, entry: AnyEntry) -> str | None:
        """Why `entry` was not its author's to make at its point, or None. Key material is judged as a whole
        when it is taken in; any other entry (its kind is sealed) by whether its author could write at all."""
        if entry.id in self._parsed:
            return self.refused.get(entry.id)
        return self.entry_problem(entry.author_key_id, entry.device_id, entry.seq, lead_only=False)

    def entry_problem(self, author_key_id: str, device_id: str, seq: int, *, lead_only: bool) -> str | None:
        """Why an entry with no public part, by `author_key_id` at `seq` in `device_id`'s chain, does not count
        (for a lead's kind, `lead_only`), or None. Cached per author and preceding key material."""
        chain = self._by_author.get((device_id, author_key_id), [])  # its author's own key material, only
        before = bisect_left(chain, (seq, ""))
        anchor = chain[before - 1][1] if before else ""
        memo_key = (author_key_id, anchor or f"{device_id}:", lead_only)
        if memo_key in self._memo and not self._voiding_matters(author_key_id):
            return self._memo[memo_key]
        point = dict(self._points.get(anchor, {})) if anchor else {}
        point[device_id] = max(point.get(device_id, 0), seq - 1)
        why = self._author_problem(author_key_id, (device_id, seq), point, lead_only, self._valid)
        if why == _NOT_LEAD:
            why = "a designated lead's record made by an account that was not a lead"
        self._memo[memo_key] = why
        return why

    def knows(self, author_key_id: str, device_id: str, seq: int, entry_id: str) -> bool:
        """Whether an entry by `author_key_id` at `seq` in `device_id`'s chain knew key-material entry `entry_id`
        (its point, as `entry_problem` takes it, covers it)."""
        if entry_id not in self._parsed:
            return False
        chain = self._by_author.get((device_id, author_key_id), [])
        before = bisect_left(chain, (seq, ""))
        point = dict(self._points.get(chain[before - 1][1], {})) if before else {}
        point[device_id] = max(point.get(device_id, 0), seq - 1)
        return self._knows(point, entry_id)

    def _voiding_matters(self, author_key_id: str) -> bool:
        """Whether a disabling or demotion of this key's account exists: then the entry's own place matters."""
        matters = self._voiding.get(author_key_id)
        if matters is None:
            key = self._key_entry(author_key_id, self._valid)
            matters = key is not None and bool(self._restricting.get(self._account_of(key)))
            self._voiding[author_key_id] = matters
        return matters

    # --- taking entries in -------------------------------------------------------------------------------------

    def add(self, entry: EntryRecord, *, settle: bool = True) -> None:
        """Take in one key-material entry that passed its integrity checks; raises MalformedKeyMaterial if its
        public part is not readable. `settle=False` leaves judging to one `settle()` at the end."""
        if entry.id in self._parsed:
            return
        parsed = parse_key_material(entry)
        self._parsed[entry.id] = parsed
        self.kinds[entry.id] = parsed.kind
        chain = self._chains.setdefault(entry.device_id, [])
        place = (entry.seq, entry.id)
        at = bisect_left(chain, place)
        chain.insert(at, place)
        insort(self._by_author.setdefault((entry.device_id, entry.author_key_id), []), place)
        if not settle:
            return
        if parsed.kind in _AUTHORITY_KINDS or at != len(chain) - 1:
            self.settle()
        else:  # a batch, grant or key at the top of its chain changes nobody else's authority
            self._points[entry.id] = self._point_of(parsed)
            self._judge_one(entry.id)

    def limit_to(self, held: Mapping[str, int]) -> None:
        """How far the store holds each device's chain. A `seen` claims nothing beyond that (nobody can claim to
        know entries that do not exist, or whole devices made up): an entry is judged as knowing at most what is
        held. When more arrives, claims that reached beyond are judged again."""
        before, self._limits = self._limits, dict(held)
        if before is None or any(before.get(d, 0) != self._limits.get(d, 0) for d in self._claims_beyond):
            self.settle()

    def settle(self) -> None:
        """Judge every key-material entry taken in (the order of signed entries decides; see the module)."""
        self._memo.clear()
        self._points = {}
        self._claims_beyond = set()
        for chain in self._chains.values():
            for _, entry_id in chain:
                self._points[entry_id] = self._point_of(self._parsed[entry_id])
        root = self._root()
        valid = set(self._parsed)
        problems: dict[str, str] = {}
        for _ in range(8):  # a handful of rounds settles any honest history; forged cycles end refused
            self._index(valid)
            problems = {}
            for entry_id in self._parsed:
                why = self._problem_of(entry_id, root, valid)
                if why is not None:
                    problems[entry_id] = why
            now_valid = set(self._parsed) - set(problems)
            if now_valid == valid:
                break
            valid = now_valid
        self._valid = set(self._parsed) - set(problems)
        self.refused = problems
        self._index(self._valid)
        self._publish(root)

    def _judge_one(self, entry_id: str) -> None:
        why = self._problem_of(entry_id, self._root(), self._valid)
        if why is None:
            self._valid.add(entry_id)
            self.refused.pop(entry_id, None)
        else:
            self.refused[entry_id] = why
        self._index(self._valid)
        self._publish(self._root())

    def _index(self, valid: set[str]) -> None:
        """Index the valid changes and disablings by account, for one round of judging."""
        self._changes_of, self._restricting, self._voiding = {}, {}, {}
        for entry_id, p in self._parsed.items():
            if entry_id not in valid or p.kind not in (EntryKind.ACCOUNT_ROLE, EntryKind.ACCOUNT_STATUS):
                continue
            account_id = str(p.data.get("account_id"))
            name = "role" if p.kind == EntryKind.ACCOUNT_ROLE else "active"
            self._changes_of.setdefault((account_id, name), []).append(p)
            if (name == "active" and p.data.get("active") is False) or (
                name == "role" and p.data.get("role") != Role.LEAD.value
            ):
                self._restricting.setdefault(account_id, []).append(entry_id)

    @classmethod
    def build(
        cls,
        entries: Iterable[EntryRecord],
        problems: list[tuple[str, str]] | None = None,
        *,
        school_entry_id: str = "",
    ) -> KeyBook:
        """The key book of `entries` (which passed integrity checks); unreadable ones go to `problems` as (entry
        id, reason), or raise. Entries that do not count are in `refused`."""
        book = cls(school_entry_id=school_entry_id)
        for entry in entries:
            try:
                book.add(entry, settle=False)
            except MalformedKeyMaterial as exc:
                if problems is None:
                    raise MalformedKeyMaterial(f"entry {entry.id}: {exc}") from exc
                problems.append((entry.id, str(exc)))
        book.settle()
        return book

    # --- the order ---------------------------------------------------------------------------------------------

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

    def _knows(self, point: Vector, entry_id: str) -> bool:
        """Whether a point covers the key-material entry `entry_id`."""
        entry = self._parsed[entry_id].entry
        return point.get(entry.device_id, 0) >= entry.seq

    def _newest(self, ids: Iterable[str]) -> str:
        """Of valid key-material entries, the newest in the order: not known to another; ties by id."""
        ids = list(ids)
        tops = [a for a in ids if not any(b != a and self._knows(self._points.get(b, {}), a) for b in ids)]
        return max(tops or ids)

    # --- authority -------------------------------------------------------------------------------------------

    def _root(self) -> ParsedKeyMaterial | None:
        schools = [p for p in self._parsed.values() if p.kind == EntryKind.SCHOOL]
        if not schools:
            return None
        pinned = [p for p in schools if p.entry.id == self.school_entry_id]
        if pinned:
            return pinned[0]
        # Two set-ups of a school in one store: someone planted one. Nothing counts until a root is proven
        # (`services.verified`: by what a returning reader sealed); choosing by position or date would let the
        # planter choose.
        return schools[0] if len(schools) == 1 else None

    def _key_entry(self, key_id: str, valid: set[str]) -> ParsedKeyMaterial | None:
        parsed = self._parsed.get(key_id)
        if parsed is None or key_id not in valid or parsed.kind not in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
            return None
        return parsed

    def _account_of(self, parsed: ParsedKeyMaterial) -> str:
        return parsed.entry.id if parsed.kind == EntryKind.ACCOUNT else str(parsed.data.get("account_id", ""))

    def _value_at(self, account_id: str, name: str, point: Vector | None, valid: set[str]) -> str | None:
        """The value of `name` ("role" or "active") the valid changes known at `point` (None: all) leave; of
        changes that did not know each other, the least privileged."""
        changes = self._changes_of.get((account_id, name), [])
        known = [c for c in changes if point is None or self._knows(point, c.entry.id)]
        if not known:
            return None
        tops = [
            c
            for c in known
            if not any(d is not c and self._knows(self._points.get(d.entry.id, {}), c.entry.id) for d in known)
        ] or known  # changes that each claim to know the other: the least privileged of them all
        if name == "active":
            return "true" if all(c.data.get("active") is True for c in tops) else "false"
        return min((str(c.data.get("role")) for c in tops), key=lambda r: _PRIVILEGE.get(r, -1))

    def _role_at(self, account_id: str, point: Vector | None, valid: set[str]) -> Role:
        created = self._parsed.get(account_id)
        if created is None or account_id not in valid or created.kind != EntryKind.ACCOUNT:
            return Role.STAFF
        value = self._value_at(account_id, "role", point, valid)
        role: Any = value if value is not None else created.data.get("role")  # anything else: staff
        try:
            return Role(role)
        except ValueError:
            return Role.STAFF

    def _active_at(self, account_id: str, point: Vector | None, valid: set[str]) -> bool:
        return self._value_at(account_id, "active", point, valid) != "false"

    def _author_problem(
        self, author_key_id: str, place: tuple[str, int], point: Vector, lead_only: bool, valid: set[str]
    ) -> str | None:
        """Whether the key's account could write at `point` (a lead's kind when `lead_only`), and no disabling
        (or demotion) of it was unknown to the entry at `place` while not knowing of the entry either."""
        key = self._key_entry(author_key_id, valid)
        if key is None:
            return UNKNOWN_AUTHOR
        account_id = self._account_of(key)
        if not self._active_at(account_id, point, valid):
            return AFTER_DISABLED
        if lead_only and self._role_at(account_id, point, valid) != Role.LEAD:
            return _NOT_LEAD
        device, seq = place
        for restriction in self._restricting.get(account_id, ()):
            change = self._parsed[restriction]
            if self._knows(point, restriction):
                continue
            if self._points.get(restriction, {}).get(device, 0) >= seq:
                continue  # the disabling knew of this entry: it stands
            if change.kind == EntryKind.ACCOUNT_STATUS:
                if self._lifted(account_id, restriction):
                    continue  # re-enabled by a lead who knew of the disabling: what was written beside it counts
                return WHILE_DISABLED
            if lead_only:
                return WHILE_DEMOTED
        return None

    def _lifted(self, account_id: str, disabling: str) -> bool:
        """Whether a valid re-enabling of the account knew of this disabling (and so came after it in the order).
        A demotion is never lifted this way: a lead's kinds written beside one stay void (see design notes)."""
        return any(
            change.data.get("active") is True and self._knows(self._points.get(change.entry.id, {}), disabling)
            for change in self._changes_of.get((account_id, "active"), [])
        )

    def _problem_of(self, entry_id: str, root: ParsedKeyMaterial | None, valid: set[str]) -> str | None:
        parsed = self._parsed[entry_id]
        entry, kind = parsed.entry, parsed.kind
        if root is None:
            return NO_SCHOOL
        if kind == EntryKind.SCHOOL:
            return None if parsed is root else SECOND_SCHOOL
        if entry.school_id != root.data.get("school_id"):
            return "belongs to another school"
        founder = root.entry.author_key_id
        if kind == EntryKind.ACCOUNT and entry.id == entry.author_key_id:
            # an account entry signed by its own new key: only the founder's, made with the school
            return None if entry.id == founder else not_a_lead(kind)
        point = self._points.get(entry_id, {})
        place = (entry.device_id, entry.seq)
        if kind == EntryKind.ACCOUNT_KEYS:
            own = self._key_entry(entry.author_key_id, valid)
            if own is not None and self._account_of(own) == parsed.data.get("account_id"):
                return self._author_problem(entry.author_key_id, place, point, False, valid)
        if self._is_allegations_material(parsed):
            return self._head_problem(parsed, place, point, valid)
        needs_lead = kind in NEEDS_LEAD
        why = self._author_problem(entry.author_key_id, place, point, needs_lead, valid)
        if why == _NOT_LEAD:
            return not_a_lead(kind)
        if why is None and kind == EntryKind.GRANT:
            # Sealed to key material that does not count (a planted account), or for an account that does not
            # count, a grant is void. (A grant to the team or to a newer directory key names no account entry.)
            for named in (parsed.data.get("to_key", ""), parsed.data.get("account_id", "")):
                target = self._parsed.get(str(named))
                if target is not None and target.entry.id not in valid:
                    return "grant to a key or account that does not count"
        return why

    def _is_allegations_material(self, parsed: ParsedKeyMaterial) -> bool:
        """An allegations key, or a grant of one (by its kind, or by the key it names)."""
        if parsed.kind == EntryKind.ALLEGATIONS_KEY:
            return True
        if parsed.kind != EntryKind.GRANT:
            return False
        named = self._parsed.get(str(parsed.data.get("key_id", "")))
        return parsed.data.get("key_kind") == ALLEGATIONS_GRANT or (
            named is not None and named.kind == EntryKind.ALLEGATIONS_KEY
        )

    def _head_problem(
        self, parsed: ParsedKeyMaterial, place: tuple[str, int], point: Vector, valid: set[str]
    ) -> str | None:
        """Allegations key material counts only when an active oversight account (the head, or the chair of governors
        when the head is the subject) made it at its point; a grant only of a valid allegations key, by its kind, to
        an account that counts. A lead's hand is not enough: that is the point of the key."""
        why = self._author_problem(parsed.entry.author_key_id, place, point, False, valid)
        if why is not None:
            return why
        key = self._key_entry(parsed.entry.author_key_id, valid)
        if key is None or self._role_at(self._account_of(key), point, valid) != Role.OVERSIGHT:
            return NOT_HEAD
        if parsed.kind == EntryKind.GRANT:
            named = self._parsed.get(str(parsed.data.get("key_id", "")))
            if (
                parsed.data.get("key_kind") != ALLEGATIONS_GRANT
                or named is None
                or named.kind != (EntryKind.ALLEGATIONS_KEY)
            ):
                return "an allegations grant that does not name an allegations key"
            if named.entry.id not in valid:
                return "grant of an allegations key that does not count"
            for target in (parsed.data.get("to_key", ""), parsed.data.get("account_id", "")):
                found = self._parsed.get(str(target))
                if found is None or found.entry.id not in valid:
                    return "grant to a key or account that does not count"
        return None

    def _publish(self, root: ParsedKeyMaterial | None) -> None:
        """Fill the public fields from the entries that count."""
        valid = self._valid
        previous = self.accounts  # the same records are kept: a session holds on to its own
        self.team_keys, self.oversight_keys, self.accounts, self.signing_keys = {}, {}, {}, {}
        self.allegations_keys = {}
        self.grants, self.batches, self.grant_entries = [], {}, {}
        self.school_id = str(root.data.get("school_id", "")) if root else ""
        self.school_name = str(root.data.get("name", "")) if root else ""
        self.founder_key_id = root.entry.author_key_id if root else ""
        if root is not None and self.school_entry_id == "":
            self.school_entry_id = root.entry.id
        ordered = sorted((p for i, p in self._parsed.items() if i in valid), key=lambda p: (p.entry.seq, p.entry.id))
        for parsed in ordered:
            entry, data, kind = parsed.entry, parsed.data, parsed.kind
            if kind == EntryKind.TEAM_KEY:
                self.team_keys[entry.id] = TeamKey(
                    entry.id, unb64(data["public"]), unb64(data["recovery"]), entry.recorded_at
                )
            elif kind == EntryKind.OVERSIGHT_KEY:
                self.oversight_keys[entry.id] = OversightKey(entry.id, unb64(data["public"]), entry.recorded_at)
            elif kind == EntryKind.ALLEGATIONS_KEY:
                maker = self._key_entry(entry.author_key_id, valid)
                made_by = self._account_of(maker) if maker is not None else ""
                self.allegations_keys[entry.id] = AllegationsKey(
                    entry.id, unb64(data["public"]), made_by, entry.recorded_at
                )
            elif kind == EntryKind.ACCOUNT:
                role = Role(data["role"])
                record = previous.get(entry.id) or AccountRecord(entry.id, data["login"], role, entry.author_key_id)
                record.login_tag, record.created_by, record.created_role = data["login"], entry.author_key_id, role
                record.keys, record.changes = [], []
                self.accounts[entry.id] = record
            elif kind == EntryKind.BATCH:
                self.batches[entry.id] = entry
            elif kind == EntryKind.GRANT:
                self.grants.append(
                    Grant(entry.id, data["key_kind"], data["key_id"], data["account_id"], data["to_key"])
                )
                self.grant_entries[entry.id] = entry
        for parsed in ordered:
            entry, data, kind = parsed.entry, parsed.data, parsed.kind
            if kind in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
                account = self.accounts.get(self._account_of(parsed))
                if account is None:
                    continue
                key = AccountKey(
                    entry.id,
                    account.account_id,
                    unb64(data["agreement"]),
                    unb64(data["signing"]),
                    unb64(data["wrapped"]),
                    entry.recorded_at,
                )
                account.keys.append(key)
                self.signing_keys[entry.id] = key
            elif kind in (EntryKind.ACCOUNT_ROLE, EntryKind.ACCOUNT_STATUS) and data["account_id"] in self.accounts:
                name = "role" if kind == EntryKind.ACCOUNT_ROLE else "active"
                value = str(data["role"]) if name == "role" else ("true" if data["active"] else "false")
                self.accounts[data["account_id"]].changes.append(
                    AccountChange(entry.id, name, value, entry.author_key_id, entry.recorded_at)
                )
        self.grants = [g for g in self.grants if g.account_id in self.accounts or g.account_id not in self._parsed]
        for account in self.accounts.values():
            account.role = self._role_at(account.account_id, None, valid)
            account.active = self._active_at(account.account_id, None, valid)
            if account.keys:
                account.current_key_id = self._newest(k.key_id for k in account.keys)


def authority_problem(book: KeyBook, entry: EntryRecord) -> str | None:
    """Why `entry` was not its author's to make at its point in the order of signed entries, or None."""
    return book.problem(entry)
