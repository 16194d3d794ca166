"""Who had authority at a point in the order of signed key material: an account's role and whether it was active,
and why key material was not its author's to make (see `domain.keybook`)."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.allegations_head import (
    ALREADY_HEAD,
    NO_HEAD_YET,
    NOT_OVERSIGHT_TARGET,
    NOT_THE_HEAD,
    TAKE_OVER_FOR_ANOTHER,
    TAKE_OVER_WHILE_ACTIVE,
    HeadOrder,
)
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import ALLEGATIONS_GRANT, ParsedKeyMaterial
from desktop_app.domain.key_order import KeyOrder, Vector
from desktop_app.domain.key_refusals import (
    AFTER_DISABLED,
    NEEDS_LEAD,
    NO_SCHOOL,
    NOT_HEAD,
    NOT_LEAD,
    SECOND_SCHOOL,
    UNKNOWN_AUTHOR,
    WHILE_DEMOTED,
    WHILE_DISABLED,
    not_a_lead,
)
from desktop_app.domain.records import Role

_PRIVILEGE = {Role.STAFF.value: 0, Role.OVERSIGHT.value: 1, Role.LEAD.value: 2}


class KeyAuthority:
    """Judges authority over the key material a key book has taken in (`_parsed`, shared with the book) in its
    order (`_order`, shared too). Private state: `_changes_of` (the valid role and active changes by account and
    name), `_restricting` (the valid disablings and demotions by account) and `_heads` (who was the head when),
    indexed for one round of judging."""

    __slots__ = ("_changes_of", "_heads", "_order", "_parsed", "_restricting")

    def __init__(self, parsed: dict[str, ParsedKeyMaterial], order: KeyOrder) -> None:
        self._parsed = parsed
        self._order = order
        self._changes_of: dict[tuple[str, str], list[ParsedKeyMaterial]] = {}
        self._restricting: dict[str, list[str]] = {}
        self._heads: HeadOrder | None = None

    def restricts(self, account_id: str) -> bool:
        """Whether a valid disabling or demotion of the account exists."""
        return bool(self._restricting.get(account_id))

    def index(self, valid: set[str]) -> None:
        """Index the valid changes and disablings by account, for one round of judging."""
        self._changes_of, self._restricting, self._heads = {}, {}, None
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

    def key_entry(self, key_id: str, valid: set[str]) -> ParsedKeyMaterial | None:
        parsed = self._parsed.get(key_id)
        if parsed is None or key_id not in valid or parsed.kind not in (EntryKind.ACCOUNT, EntryKind.ACCOUNT_KEYS):
            return None
        return parsed

    def account_of(self, parsed: ParsedKeyMaterial) -> str:
        return parsed.entry.id if parsed.kind == EntryKind.ACCOUNT else str(parsed.data.get("account_id", ""))

    def _value_at(self, account_id: str, name: str, point: Vector | None, valid: set[str]) -> str | None:
        """The value of `name` ("role" or "active") the valid changes known at `point` (None: all) leave; of
        changes that did not know each other, the least privileged."""
        changes = self._changes_of.get((account_id, name), [])
        known = [c for c in changes if point is None or self._order.knows(point, c.entry.id)]
        if not known:
            return None
        tops = [
            c for c in known if not any(d is not c and self._order.knew(d.entry.id, c.entry.id) for d in known)
        ] or known  # changes that each claim to know the other: the least privileged of them all
        if name == "active":
            return "true" if all(c.data.get("active") is True for c in tops) else "false"
        return min((str(c.data.get("role")) for c in tops), key=lambda r: _PRIVILEGE.get(r, -1))

    def role_at(self, account_id: str, point: Vector | None, valid: set[str]) -> Role:
        created = self._parsed.get(account_id)
        if created is None or account_id not in valid or created.kind != EntryKind.ACCOUNT:
            return Role.STAFF
        value = self._value_at(account_id, "role", point, valid)
        role: Any = value if value is not None else created.data.get("role")  # anything else: staff
        try:
            return Role(role)
        except ValueError:
            return Role.STAFF

    def active_at(self, account_id: str, point: Vector | None, valid: set[str]) -> bool:
        return self._value_at(account_id, "active", point, valid) != "false"

    def author_problem(
        self, author_key_id: str, place: tuple[str, int], point: Vector, lead_only: bool, valid: set[str]
    ) -> str | None:
        """Whether the key's account could write at `point` (a lead's kind when `lead_only`), and no disabling
        (or demotion) of it was unknown to the entry at `place` while not knowing of the entry either."""
        key = self.key_entry(author_key_id, valid)
        if key is None:
            return UNKNOWN_AUTHOR
        account_id = self.account_of(key)
        if not self.active_at(account_id, point, valid):
            return AFTER_DISABLED
        if lead_only and self.role_at(account_id, point, valid) != Role.LEAD:
            return NOT_LEAD
        device, seq = place
        for restriction in self._restricting.get(account_id, ()):
            change = self._parsed[restriction]
            if self._order.knows(point, restriction):
                continue
            if self._order.point(restriction).get(device, 0) >= seq:
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
            change.data.get("active") is True and self._order.knew(change.entry.id, disabling)
            for change in self._changes_of.get((account_id, "active"), [])
        )

    def problem_of(self, entry_id: str, root: ParsedKeyMaterial | None, valid: set[str]) -> str | None:
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
        point = self._order.point(entry_id)
        place = (entry.device_id, entry.seq)
        if kind == EntryKind.ACCOUNT_KEYS:
            own = self.key_entry(entry.author_key_id, valid)
            if own is not None and self.account_of(own) == parsed.data.get("account_id"):
                return self.author_problem(entry.author_key_id, place, point, False, valid)
        if self._is_allegations_material(parsed):
            return self._head_problem(parsed, place, point, valid)
        needs_lead = kind in NEEDS_LEAD
        why = self.author_problem(entry.author_key_id, place, point, needs_lead, valid)
        if why == NOT_LEAD:
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
        if parsed.kind in (EntryKind.ALLEGATIONS_KEY, EntryKind.ALLEGATIONS_HEAD):
            return True
        if parsed.kind != EntryKind.GRANT:
            return False
        named = self._parsed.get(str(parsed.data.get("key_id", "")))
        return parsed.data.get("key_kind") == ALLEGATIONS_GRANT or (
            named is not None and named.kind == EntryKind.ALLEGATIONS_KEY
        )

    def heads(self, valid: set[str]) -> HeadOrder:
        """Who was the head when, for this round of judging: the first allegations key made by an active oversight
        account at its point (of several that did not know each other, the first in position) and the hand-overs
        in `valid`."""
        if self._heads is None:
            firsts = [
                p
                for p in self._parsed.values()
                if p.kind == EntryKind.ALLEGATIONS_KEY
                and self._oversight_problem(p, (p.entry.device_id, p.entry.seq), self._order.point(p.entry.id), valid)
                is None
            ]
            first = min(firsts, key=lambda p: self._order.position(p.entry.id), default=None)
            self._heads = HeadOrder(self._parsed, self._order, lambda p: self._maker(p, valid), first, valid)
        return self._heads

    def _maker(self, parsed: ParsedKeyMaterial, valid: set[str]) -> str:
        key = self.key_entry(parsed.entry.author_key_id, valid)
        return self.account_of(key) if key is not None else ""

    def _oversight_problem(
        self, parsed: ParsedKeyMaterial, place: tuple[str, int], point: Vector, valid: set[str]
    ) -> str | None:
        """Whether an active oversight account made this at its point (not voided by a disabling beside it)."""
        why = self.author_problem(parsed.entry.author_key_id, place, point, False, valid)
        if why is not None:
            return why
        if self.role_at(self._maker(parsed, valid), point, valid) != Role.OVERSIGHT:
            return NOT_HEAD
        return None

    def _head_problem(
        self, parsed: ParsedKeyMaterial, place: tuple[str, int], point: Vector, valid: set[str]
    ) -> str | None:
        """Allegations key material counts only when the head made it at its point: the oversight account that made
        the school's first allegations key, or the one the role was handed to since (design note 63). A hand-over is
        judged by `_turn_problem`; a grant only of a valid allegations key, by its kind, to an account that counts.
        A lead's hand, or another oversight account's, is not enough: that is the point of the key."""
        why = self._oversight_problem(parsed, place, point, valid)
        if why is not None:
            return why
        heads, author = self.heads(valid), self._maker(parsed, valid)
        if parsed.kind == EntryKind.ALLEGATIONS_HEAD:
            return self._turn_problem(parsed, point, author, heads, valid)
        if parsed is not heads.first and heads.head_at(point) != author:
            return NOT_THE_HEAD
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

    def _turn_problem(
        self, parsed: ParsedKeyMaterial, point: Vector, author: str, heads: HeadOrder, valid: set[str]
    ) -> str | None:
        """A hand-over counts when the head at its point wrote it, naming an active oversight account; a take-over
        (by anyone else, naming themselves) only while the head at its point was not an active oversight account."""
        if heads.first is None or not self._order.knows(point, heads.first.entry.id):
            return NO_HEAD_YET
        named = str(parsed.data["account_id"])
        if self.role_at(named, point, valid) != Role.OVERSIGHT or not self.active_at(named, point, valid):
            return NOT_OVERSIGHT_TARGET
        current = heads.head_at(point, leaving_out=parsed.entry.id)
        if named == current:
            return ALREADY_HEAD
        if author == current:
            return None
        if current and self.active_at(current, point, valid) and self.role_at(current, point, valid) == Role.OVERSIGHT:
            return TAKE_OVER_WHILE_ACTIVE
        if named != author:
            return TAKE_OVER_FOR_ANOTHER
        return None
