"""The checks on pulled entries on their own (no hub needed): signatures and their vouching, chains, anchors."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord, canonical_json
from desktop_app.domain.ids import new_id
from desktop_app.services.session import Session
from desktop_app.services.verified import key_book_of
from desktop_app.sync import checks
from desktop_app.sync.checks import Anchors, PullOutcome, check_pulled
from desktop_app.sync.hub import PulledEntry
from tests.conftest import School


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
