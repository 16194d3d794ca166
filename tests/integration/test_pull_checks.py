"""The checks on pulled entries on their own (no hub needed): signatures and their vouching, chains, anchors, size
limits, and authority named but never refusing."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.crypto.keys import AccountKeys, verify_signature
from desktop_app.domain.entries import (
    GENESIS_HASH,
    MAX_BATCH_BYTES,
    MAX_ENTRY_BYTES,
    EntryKind,
    EntryRecord,
    canonical_json,
)
from desktop_app.domain.ids import new_id
from desktop_app.domain.key_refusals import WHILE_DISABLED
from desktop_app.domain.keybook import b64
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import disable_account, find_account
from desktop_app.services.state import load_state
from desktop_app.services.verified import key_book_of
from desktop_app.sync import checks
from desktop_app.sync.checks import Anchors, PullOutcome, check_pulled
from desktop_app.sync.hub import PulledEntry
from tests.conftest import STAFF, School


class CountingVerifier:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, public: bytes, message: bytes, signature: bytes) -> bool:
        self.calls += 1
        return verify_signature(public, message, signature)


def chain(
    session: Session, device: str, count: int, *, start: int = 1, prev: bytes = GENESIS_HASH
) -> list[EntryRecord]:
    """`count` entries signed by the session's key, chained on `device` from `start`."""
    made = []
    for seq in range(start, start + count):
        entry = EntryRecord(
            new_id(), session.school_id, device, 0, b"", session.key.key_id, new_id(), 1, 1, None, bytes(40)
        ).chained(seq, prev)
        entry = replace(entry, signature=session.signer()(entry.hash))
        made.append(entry)
        prev = entry.hash
    return made


def check(school: School, entries: list[EntryRecord], verify: checks.Verifier = verify_signature) -> PullOutcome:
    book = key_book_of(school.store)
    team = book.current_team_key
    return check_pulled(
        [PulledEntry(n, entry, "") for n, entry in enumerate(entries, start=1)],
        held={},
        heads={},
        local_key_material=school.store.log.key_material(),
        anchors=Anchors(book.school_id, team.key_id, team.public),
        school_known=True,
        verify=verify,
    )


def reasons(outcome: PullOutcome) -> dict[str, str]:
    return {item.entry.id: why for item, why in outcome.refused}


def test_one_signature_per_key_and_device_vouches_for_the_chain_below_it(school: School) -> None:
    lead, staff = school.lead(), school.staff()
    device = new_id()
    entries = chain(lead, device, 5)
    entries += chain(staff, device, 5, start=6, prev=entries[-1].hash)
    verify = CountingVerifier()
    outcome = check(school, entries, verify)
    assert not outcome.refused and len(outcome.accepted) == 10
    assert verify.calls == 2, "the newest entry of each key on the device"


def test_a_bad_signature_is_refused_with_what_follows_it(school: School) -> None:
    lead, staff = school.lead(), school.staff()
    entries = chain(lead, new_id(), 2)
    entries[1] = replace(entries[1], signature=bytes(64))  # nobody's signature
    on_top = chain(staff, entries[0].device_id, 1, start=3, prev=entries[1].hash)
    outcome = check(school, [*entries, *on_top])
    assert reasons(outcome) == {entries[1].id: checks.BAD_SIGNATURE, on_top[0].id: checks.FOLLOWS_REFUSED}
    assert [item.entry.id for item in outcome.accepted] == [entries[0].id], "another key vouches for nothing"


def test_vouching_needs_an_unbroken_hash_chain(school: School) -> None:
    lead = school.lead()
    entries = chain(lead, new_id(), 3)
    entries[0] = replace(entries[0], signature=bytes(64))
    outcome = check(school, [entries[0], entries[2]])  # the entry between them never reached the hub
    assert reasons(outcome) == {entries[0].id: checks.BAD_SIGNATURE, entries[2].id: checks.FOLLOWS_REFUSED}


def test_an_altered_entry_breaks_the_chain_for_everything_after_it(school: School) -> None:
    lead = school.lead()
    entries = chain(lead, new_id(), 3)
    entries[1] = replace(entries[1], sealed=bytes(41))  # content changed, hash and signature as they were
    outcome = check(school, entries)
    assert reasons(outcome) == {entries[1].id: checks.ALTERED, entries[2].id: checks.FOLLOWS_REFUSED}


def test_a_fork_of_a_held_chain_is_refused_but_the_chain_goes_on(school: School) -> None:
    lead = school.lead()
    device = new_id()
    held = chain(lead, device, 2)
    fork = chain(lead, device, 1, start=2, prev=held[0].hash)
    following = chain(lead, device, 1, start=3, prev=held[1].hash)
    book = key_book_of(school.store)
    team = book.current_team_key
    outcome = check_pulled(
        [PulledEntry(1, fork[0], ""), PulledEntry(2, following[0], "")],
        held={},
        heads={device: (2, held[1].hash)},
        local_key_material=school.store.log.key_material(),
        anchors=Anchors(book.school_id, team.key_id, team.public),
        school_known=True,
        verify=verify_signature,
    )
    assert reasons(outcome) == {fork[0].id: checks.PLACE_TAKEN}
    assert [item.entry.id for item in outcome.accepted] == [following[0].id]


def test_a_second_school_entry_is_refused(school: School) -> None:
    lead = school.lead()
    entry = EntryRecord(
        new_id(),
        lead.school_id,
        new_id(),
        0,
        b"",
        lead.key.key_id,
        None,
        1,
        1,
        canonical_json({"type": EntryKind.SCHOOL, "school_id": lead.school_id, "name": "Takeover Academy"}),
        None,
    ).chained(1, GENESIS_HASH)
    entry = replace(entry, signature=lead.signer()(entry.hash))
    assert reasons(check(school, [entry])) == {entry.id: checks.SECOND_SCHOOL}


def test_an_entry_its_author_could_not_make_is_kept_and_named_and_the_chain_goes_on(school: School) -> None:
    """Issue 12: integrity decides what is stored; authority is judged at use (the pull only names it)."""
    staff, lead = school.staff(), school.lead()  # she is signed in on an offline PC when a lead disables her
    disable_account(lead, find_account(lead, load_state(lead), STAFF))
    device = new_id()
    hers = chain(staff, device, 2)
    after = chain(lead, device, 1, start=3, prev=hers[-1].hash)  # another person on that PC, after her
    outcome = check(school, [*hers, *after])
    assert not outcome.refused
    assert [item.entry.id for item in outcome.accepted] == [e.id for e in [*hers, *after]]
    assert {item.entry.id: why for item, why in outcome.held_back} == {e.id: WHILE_DISABLED for e in hers}


def test_an_entry_over_the_size_limit_is_refused_and_what_follows_it(school: School) -> None:
    lead = school.lead()
    device = new_id()
    big = replace(chain(lead, device, 1)[0], sealed=bytes(MAX_ENTRY_BYTES))
    big = replace(big.chained(1, GENESIS_HASH), signature=b"")
    big = replace(big, signature=lead.signer()(big.hash))
    following = chain(lead, device, 1, start=2, prev=big.hash)
    outcome = check(school, [big, following[0]])
    why = reasons(outcome)
    limit = f"{MAX_ENTRY_BYTES / (1024 * 1024):.1f} MB"
    assert why[big.id] == f"too big ({big.size / (1024 * 1024):.1f} MB; an entry may hold at most {limit})"
    assert why[following[0].id] == checks.FOLLOWS_REFUSED


def test_a_row_the_hub_sent_without_its_content_is_refused_unloaded(school: School) -> None:
    lead = school.lead()
    header = replace(chain(lead, new_id(), 1)[0], sealed=None, signature=b"")
    book = key_book_of(school.store)
    team = book.current_team_key
    outcome = check_pulled(
        [PulledEntry(1, header, "", oversize=300 * 1024 * 1024)],
        held={},
        heads={},
        local_key_material=school.store.log.key_material(),
        anchors=Anchors(book.school_id, team.key_id, team.public),
        school_known=True,
        verify=verify_signature,
    )
    limit = f"{MAX_ENTRY_BYTES / (1024 * 1024):.1f} MB"
    assert reasons(outcome) == {header.id: f"too big (300.0 MB; an entry may hold at most {limit}): not loaded"}


def test_a_batch_key_bigger_than_a_batch_key_is_refused(school: School) -> None:
    staff = school.staff()
    entry = EntryRecord(
        new_id(),
        staff.school_id,
        new_id(),
        0,
        b"",
        staff.key.key_id,
        None,
        1,
        1,
        canonical_json({"type": EntryKind.BATCH}),
        bytes(MAX_BATCH_BYTES),
    ).chained(1, GENESIS_HASH)
    entry = replace(entry, signature=staff.signer()(entry.hash))
    assert reasons(check(school, [entry]))[entry.id].startswith("too big for a batch key")


def test_entries_signed_by_a_key_that_does_not_count_are_kept_whatever_batch_brings_its_account(
    school: School,
) -> None:
    """An account a member of staff made (it does not count) and what its key signed: kept and named, whether the
    account came in an earlier pull or the same one (the keys checked are every key intact key material declares,
    as at use)."""
    staff = school.staff()
    mallory = AccountKeys.generate()
    public = {
        "type": EntryKind.ACCOUNT,
        "login": b64(b"mallory"),
        "role": "lead",
        "agreement": b64(mallory.agreement_public),
        "signing": b64(mallory.signing_public),
        "wrapped": b64(bytes(40)),
    }
    account = EntryRecord(
        new_id(), staff.school_id, new_id(), 0, b"", staff.key.key_id, None, 1, 1, canonical_json(public), None
    ).chained(1, GENESIS_HASH)
    account = replace(account, signature=staff.signer()(account.hash))
    signed = EntryRecord(
        new_id(), staff.school_id, new_id(), 0, b"", account.id, new_id(), 1, 1, None, bytes(40)
    ).chained(1, GENESIS_HASH)
    signed = replace(signed, signature=mallory.sign(signed.hash))
    together = check(school, [account, signed])
    assert not together.refused
    assert {i.entry.id for i, _ in together.held_back} == {account.id, signed.id}
    school.store.log.insert_foreign([account])
    apart = check(school, [signed])
    assert not apart.refused and [i.entry.id for i, _ in apart.held_back] == [signed.id]
