"""What makes an entry refused for its author's authority count again (design notes, "A refused entry never cuts off
a chain"): the key book's rules on their own, with key material made by hand (no signatures: the key book judges
authority only; integrity is `domain.integrity`'s)."""

from __future__ import annotations

from desktop_app.crypto.keys import AccountKeys
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json
from desktop_app.domain.ids import new_id
from desktop_app.domain.key_refusals import AFTER_DISABLED, WHILE_DEMOTED, WHILE_DISABLED
from desktop_app.domain.keybook import KeyBook, b64

SCHOOL = new_id()
X, Y, Z = new_id(), new_id(), new_id()  # the lead's PC, the offline PC, a third PC


def material(kind: str, data: dict, *, author: str, device: str, seq: int, seen: dict | None = None) -> EntryRecord:
    entry_id = data.pop("id", None) or new_id()
    public = {"type": kind, **data}
    if seen is not None:
        public["seen"] = seen
    return EntryRecord(entry_id, SCHOOL, device, seq, b"", author, None, 1, 1, canonical_json(public), None)


def account(role: str, *, author: str, device: str, seq: int, entry_id: str | None = None) -> EntryRecord:
    keys = AccountKeys.generate()
    data = {
        "id": entry_id or new_id(),
        "login": b64(new_id().encode()),
        "role": role,
        "agreement": b64(keys.agreement_public),
        "signing": b64(keys.signing_public),
        "wrapped": b64(bytes(40)),
    }
    return material(EntryKind.ACCOUNT, data, author=author, device=device, seq=seq)


def status(account_id: str, active: bool, *, author: str, device: str, seq: int, seen: dict) -> EntryRecord:
    data = {"account_id": account_id, "active": active}
    return material(EntryKind.ACCOUNT_STATUS, data, author=author, device=device, seq=seq, seen=seen)


def batch(*, author: str, device: str, seq: int, seen: dict) -> EntryRecord:
    return material(EntryKind.BATCH, {}, author=author, device=device, seq=seq, seen=seen)


class School:
    """A founder (a lead) on PC X, a member of staff and a second lead, and what they write."""

    def __init__(self) -> None:
        self.founder = new_id()
        self.entries = [
            material(EntryKind.SCHOOL, {"school_id": SCHOOL, "name": "Test"}, author=self.founder, device=X, seq=1),
            account("lead", author=self.founder, device=X, seq=2, entry_id=self.founder),
        ]
        self.staff = account("staff", author=self.founder, device=X, seq=3)
        self.deputy = account("lead", author=self.founder, device=X, seq=4)
        self.entries += [self.staff, self.deputy]

    def add(self, *entries: EntryRecord) -> None:
        self.entries += entries

    def book(self) -> KeyBook:
        book = KeyBook.build(self.entries)
        book.limit_to({X: 100, Y: 100, Z: 100})
        return book


def test_entries_written_beside_a_disabling_count_again_once_a_lead_who_knew_of_it_re_enables() -> None:
    school = School()
    disabling = status(school.staff.id, False, author=school.founder, device=X, seq=5, seen={})
    beside = batch(author=school.staff.id, device=Y, seq=1, seen={X: 4})  # offline PC: never heard of it
    school.add(disabling, beside)
    assert school.book().refused.get(beside.id) == WHILE_DISABLED

    school.add(status(school.staff.id, True, author=school.founder, device=X, seq=6, seen={}))  # knows seq 5
    book = school.book()
    assert beside.id not in book.refused
    assert book.accounts[school.staff.id].active


def test_what_was_written_knowing_of_the_disabling_never_counts() -> None:
    school = School()
    disabling = status(school.staff.id, False, author=school.founder, device=X, seq=5, seen={})
    knowing = batch(author=school.staff.id, device=Y, seq=1, seen={X: 5})  # its writer had seen the disabling
    school.add(disabling, knowing, status(school.staff.id, True, author=school.founder, device=X, seq=6, seen={}))
    assert school.book().refused.get(knowing.id) == AFTER_DISABLED


def test_a_re_enabling_that_did_not_know_of_the_disabling_lifts_nothing() -> None:
    """Two leads at once, one disabling and one enabling: the least privileged wins, and nothing is lifted."""
    school = School()
    disabling = status(school.staff.id, False, author=school.founder, device=X, seq=5, seen={})
    beside = batch(author=school.staff.id, device=Y, seq=1, seen={X: 4})
    blind = status(school.staff.id, True, author=school.deputy.id, device=Z, seq=1, seen={X: 4})
    school.add(disabling, beside, blind)
    book = school.book()
    assert book.refused.get(beside.id) == WHILE_DISABLED
    assert not book.accounts[school.staff.id].active


def test_a_later_disabling_still_voids_what_was_written_beside_it() -> None:
    """Disabled, re-enabled, disabled again: an entry beside the second disabling is void until that one is lifted."""
    school = School()
    school.add(
        status(school.staff.id, False, author=school.founder, device=X, seq=5, seen={}),
        status(school.staff.id, True, author=school.founder, device=X, seq=6, seen={}),
        status(school.staff.id, False, author=school.founder, device=X, seq=7, seen={}),
    )
    beside = batch(author=school.staff.id, device=Y, seq=1, seen={X: 6})  # knew of the re-enabling, not of seq 7
    school.add(beside)
    assert school.book().refused.get(beside.id) == WHILE_DISABLED
    school.add(status(school.staff.id, True, author=school.founder, device=X, seq=8, seen={}))
    assert beside.id not in school.book().refused


def test_a_lead_kind_written_beside_a_demotion_stays_void_when_the_role_is_given_back() -> None:
    """A revoked lead's team key made at the same time as the revocation never counts, even once they are a lead
    again: a team key the other leads were never granted must not become the school's current one."""
    school = School()
    demotion = material(
        EntryKind.ACCOUNT_ROLE,
        {"account_id": school.deputy.id, "role": "staff"},
        author=school.founder,
        device=X,
        seq=5,
        seen={},
    )
    team_key = material(
        EntryKind.TEAM_KEY,
        {"public": b64(bytes(32)), "recovery": b64(bytes(40))},
        author=school.deputy.id,
        device=Z,
        seq=1,
        seen={X: 4},
    )
    promotion = material(
        EntryKind.ACCOUNT_ROLE,
        {"account_id": school.deputy.id, "role": "lead"},
        author=school.founder,
        device=X,
        seq=6,
        seen={},
    )
    school.add(demotion, team_key, promotion)
    book = school.book()
    assert book.refused.get(team_key.id) == WHILE_DEMOTED
    assert team_key.id not in book.team_keys
