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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.domain.allegations_head import HeadTurn
from desktop_app.domain.entries import AnyEntry, EntryKind, EntryRecord
from desktop_app.domain.key_authority import KeyAuthority
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
from desktop_app.domain.key_order import KeyOrder
from desktop_app.domain.key_refusals import NOT_LEAD
from desktop_app.domain.records import Role

# Kinds whose validity can change the authority of other entries: taking one in means judging the book again.
# An allegations key or hand-over can change who is the head (domain/allegations_head.py), and so which
# allegations key material counts.
_AUTHORITY_KINDS = frozenset(
    {
        EntryKind.SCHOOL,
        EntryKind.ACCOUNT,
        EntryKind.ACCOUNT_KEYS,
        EntryKind.ACCOUNT_ROLE,
        EntryKind.ACCOUNT_STATUS,
        EntryKind.ALLEGATIONS_KEY,
        EntryKind.ALLEGATIONS_HEAD,
    }
)


@dataclass(slots=True)
class KeyBook:
    """All key material of a school and the authority it gives. Private state: `_parsed` (every key-material
    entry taken in, valid or not), `_valid` (the ids that count), `_order` (each one's place and point:
    `domain.key_order`), `_authority` (who could write what at a point: `domain.key_authority`), `_memo` and
    `_voiding` (caches of `entry_problem`). The public fields hold only what counts."""

    school_id: str = ""
    school_name: str = ""
    founder_key_id: str = ""
    team_keys: dict[str, TeamKey] = field(default_factory=dict)
    oversight_keys: dict[str, OversightKey] = field(default_factory=dict)
    allegations_keys: dict[str, AllegationsKey] = field(default_factory=dict)
    allegations_heads: list[HeadTurn] = field(default_factory=list)  # each turn as the head, in order
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
    _order: KeyOrder = field(default_factory=KeyOrder, repr=False)
    _memo: dict[tuple[str, str, bool], str | None] = field(default_factory=dict, repr=False)
    _voiding: dict[str, bool] = field(default_factory=dict, repr=False)  # `_voiding_matters`, until `_index`
    _authority: KeyAuthority = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._authority = KeyAuthority(self._parsed, self._order)

    # --- what counts now -------------------------------------------------------------------------------------

    @property
    def current_team_key(self) -> TeamKey:
        if not self.team_keys:
            raise MalformedKeyMaterial("the school has no team key")
        return self.team_keys[self._order.newest(self.team_keys)]

    @property
    def current_oversight_key(self) -> OversightKey | None:
        """The key the oversight dashboard's counts are sealed to, once a lead has made one."""
        if not self.oversight_keys:
            return None
        return self.oversight_keys[self._order.newest(self.oversight_keys)]

    @property
    def current_allegations_key(self) -> AllegationsKey | None:
        """The generation new allegations against staff are sealed to, once the head has made one."""
        if not self.allegations_keys:
            return None
        return self.allegations_keys[self._order.newest(self.allegations_keys)]

    @property
    def allegations_head(self) -> HeadTurn | None:
        """The head for allegations against staff now (their turn: since when, and how it began), or None."""
        return self.allegations_heads[-1] if self.allegations_heads else None

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
        return self._order.position(entry_id)

    def heads_seen(self) -> dict[str, int]:
        """How far this book's key material reaches on each device: what a new entry can say it has seen."""
        return self._order.heads_seen()

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
        anchor = self._order.anchor_before(author_key_id, device_id, seq)  # its author's own key material, only
        memo_key = (author_key_id, anchor or f"{device_id}:", lead_only)
        if memo_key in self._memo and not self._voiding_matters(author_key_id):
            return self._memo[memo_key]
        point = self._order.point_at(anchor, device_id, seq)
        why = self._authority.author_problem(author_key_id, (device_id, seq), point, lead_only, self._valid)
        if why == NOT_LEAD:
            why = "a designated lead's record made by an account that was not a lead"
        self._memo[memo_key] = why
        return why

    def knows(self, author_key_id: str, device_id: str, seq: int, entry_id: str) -> bool:
        """Whether an entry by `author_key_id` at `seq` in `device_id`'s chain knew key-material entry `entry_id`
        (its point, as `entry_problem` takes it, covers it)."""
        if entry_id not in self._parsed:
            return False
        point = self._order.point_at(self._order.anchor_before(author_key_id, device_id, seq), device_id, seq)
        return self._order.knows(point, entry_id)

    def head_at(self, author_key_id: str, device_id: str, seq: int) -> str | None:
        """The head's account at the point of an entry by `author_key_id` at `seq` in `device_id`'s chain."""
        point = self._order.point_at(self._order.anchor_before(author_key_id, device_id, seq), device_id, seq)
        return self._authority.heads(self._valid).head_at(point)

    def _voiding_matters(self, author_key_id: str) -> bool:
        """Whether a disabling or demotion of this key's account exists: then the entry's own place matters."""
        matters = self._voiding.get(author_key_id)
        if matters is None:
            key = self._authority.key_entry(author_key_id, self._valid)
            matters = key is not None and self._authority.restricts(self._authority.account_of(key))
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
        newest = self._order.place(entry)
        if not settle:
            return
        if parsed.kind in _AUTHORITY_KINDS or not newest:
            self.settle()
        else:  # a batch, grant or key at the top of its chain changes nobody else's authority
            self._order.add_point(parsed)
            self._judge_one(entry.id)

    def limit_to(self, held: Mapping[str, int]) -> None:
        """How far the store holds each device's chain. A `seen` claims nothing beyond that (nobody can claim to
        know entries that do not exist, or whole devices made up): an entry is judged as knowing at most what is
        held. When more arrives, claims that reached beyond are judged again."""
        if self._order.limit_to(held):
            self.settle()

    def settle(self) -> None:
        """Judge every key-material entry taken in (the order of signed entries decides; see the module)."""
        self._memo.clear()
        self._order.reorder(self._parsed)
        root = self._root()
        valid = set(self._parsed)
        problems: dict[str, str] = {}
        for _ in range(8):  # a handful of rounds settles any honest history; forged cycles end refused
            self._index(valid)
            problems = {}
            for entry_id in self._parsed:
                why = self._authority.problem_of(entry_id, root, valid)
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
        why = self._authority.problem_of(entry_id, self._root(), self._valid)
        if why is None:
            self._valid.add(entry_id)
            self.refused.pop(entry_id, None)
        else:
            self.refused[entry_id] = why
        self._index(self._valid)
        self._publish(self._root())

    def _index(self, valid: set[str]) -> None:
        """Index the valid changes and disablings by account, for one round of judging."""
        self._authority.index(valid)
        self._voiding = {}

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

    def _publish(self, root: ParsedKeyMaterial | None) -> None:
        """Fill the public fields from the entries that count."""
        valid = self._valid
        previous = self.accounts  # the same records are kept: a session holds on to its own
        self.team_keys, self.oversight_keys, self.accounts, self.signing_keys = {}, {}, {}, {}
        self.allegations_keys = {}
        self.allegations_heads = self._authority.heads(valid).turns()
        self.grants, self.batches, self.grant_entries = [], {}, {}
        self.school_id = str(root.data.get("school_id", "")) if root else ""
        self.school_name = str(root.data.get("name", "")) if root else ""
        self.founder_key_id = root.entry.author_key_id if root else ""
        if root is not None and self.school_entry_id == "":
            self.school_entry_id = root.entry.id
        ordered = sorted((p for i, p in self._parsed.items() if i in valid), key=lambda p: (p.entry.seq, p.entry.id))
        for parsed in ordered:
            self._publish_record(parsed, previous)
        for parsed in ordered:
            self._publish_account_part(parsed)
        self.grants = [g for g in self.grants if g.account_id in self.accounts or g.account_id not in self._parsed]
        self._publish_standing()

    def _publish_record(self, parsed: ParsedKeyMaterial, previous: Mapping[str, AccountRecord]) -> None:
        """Publish a valid key, account, batch or grant (an account already held keeps its record)."""
        valid = self._valid
        entry, data, kind = parsed.entry, parsed.data, parsed.kind
        if kind == EntryKind.TEAM_KEY:
            self.team_keys[entry.id] = TeamKey(
                entry.id, unb64(data["public"]), unb64(data["recovery"]), entry.recorded_at
            )
        elif kind == EntryKind.OVERSIGHT_KEY:
            self.oversight_keys[entry.id] = OversightKey(entry.id, unb64(data["public"]), entry.recorded_at)
        elif kind == EntryKind.ALLEGATIONS_KEY:
            maker = self._authority.key_entry(entry.author_key_id, valid)
            made_by = self._authority.account_of(maker) if maker is not None else ""
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
            self.grants.append(Grant(entry.id, data["key_kind"], data["key_id"], data["account_id"], data["to_key"]))
            self.grant_entries[entry.id] = entry

    def _publish_account_part(self, parsed: ParsedKeyMaterial) -> None:
        """Publish a valid account key, or a role or active change, on its account."""
        entry, data, kind = parsed.entry, parsed.data, parsed.kind
        if kind in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
            account = self.accounts.get(self._authority.account_of(parsed))
            if account is None:
                return
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

    def _publish_standing(self) -> None:
        """Each account's role, whether it is active, and its current key, as every valid change leaves them."""
        valid = self._valid
        for account in self.accounts.values():
            account.role = self._authority.role_at(account.account_id, None, valid)
            account.active = self._authority.active_at(account.account_id, None, valid)
            if account.keys:
                account.current_key_id = self._order.newest(k.key_id for k in account.keys)


def authority_problem(book: KeyBook, entry: EntryRecord) -> str | None:
    """Why `entry` was not its author's to make at its point in the order of signed entries, or None."""
    return book.problem(entry)
