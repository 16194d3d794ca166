"""Issue 12 on a real hub, as an attacker: a member of staff flooding the hub with big, validly signed entries; a row
exactly at the size limit and one byte over; pages bounded by bytes; a forged `seen` vector judged the same at pull
and at use; a disabled account's entries that keep coming, kept and never used."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.domain.entries import (
    GENESIS_HASH,
    MAX_BATCH_BYTES,
    MAX_ENTRY_BYTES,
    MAX_KEY_MATERIAL_BYTES,
    SIGNATURE_BYTES,
    EntryKind,
    EntryRecord,
    canonical_json,
    to_millis,
)
from desktop_app.domain.ids import new_id
from desktop_app.domain.key_material import MAX_SEEN_DEVICES
from desktop_app.domain.key_refusals import AFTER_DISABLED
from desktop_app.domain.records import Role
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import add_account, disable_account, find_account
from desktop_app.services.state import load_state
from desktop_app.services.sync import hub_client_for
from desktop_app.services.uow import UnitOfWork, now_utc
from desktop_app.sync import hub as hub_module
from desktop_app.sync.hub import HubClient
from desktop_app.sync.hub_migrations.v2 import ENTRY_BYTES_CAP
from desktop_app.sync.schema import entry_size
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.integration.conftest import PC, Trust

ZOFIA = "A123456789012"
MB = 1024 * 1024


def signed(session: Session, device: str, seq: int, prev: bytes, *, sealed: bytes | None, public: dict | None = None,
           subject: str | None = None) -> EntryRecord:  # fmt: skip
    """An entry the session's own key signs, on a chain of the author's choosing (a modified program)."""
    now = to_millis(now_utc())
    entry = EntryRecord(
        new_id(), session.school_id, device, 0, b"", session.key.key_id, subject, now, now,
        canonical_json(public) if public is not None else None, sealed,
    ).chained(seq, prev)  # fmt: skip
    return replace(entry, signature=session.signer()(entry.hash))


def chain_of(session: Session, sizes: list[int], *, batch_at: set[int] = frozenset()) -> list[EntryRecord]:
    """Entries on a new device chain, the nth sealing `sizes[n]` bytes (a batch key where asked)."""
    device, prev, out = new_id(), GENESIS_HASH, []
    for n, size in enumerate(sizes):
        public = {"type": EntryKind.BATCH, "seen": {}} if n in batch_at else None
        entry = signed(
            session, device, n + 1, prev, sealed=bytes(size), public=public, subject=None if public else ZOFIA
        )
        out.append(entry)
        prev = entry.hash
    return out


def push_as_pc(pc: PC, entries: list[EntryRecord]) -> None:
    """Put entries on the hub with the PC's own hub account, as a modified program on that PC could."""
    with hub_client_for(pc.store) as client:
        result = client.push([(entry, "") for entry in entries])
    assert not result.not_accepted


def hub_lets_oversized_through(trust: Trust, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worst case for the PCs: the hub's administrator drops the hub's size CHECK and a member of staff runs a
    modified program without the client's own cap (an honest hub refuses such rows itself: test_hub_v2.py). What
    is left is each PC's own check at pull, which is what these tests attack."""
    with trust.hub.admin().connect() as conn:
        conn.execute(text("ALTER TABLE concern_hub.entries DROP CONSTRAINT entry_size_cap"))
    monkeypatch.setattr(hub_module, "ENTRY_BYTES_CAP", 1 << 40)


def two_pcs(trust: Trust) -> tuple[PC, PC]:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().ok
    return pc1, pc2


def test_a_flood_of_big_signed_entries_is_refused_unloaded_and_leads_sign_in_as_before(
    trust: Trust, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1, pc2 = two_pcs(trust)
    hub_lets_oversized_through(trust, monkeypatch)
    mallory = pc1.sign_in(STAFF2, STAFF2_PASS)
    big = MAX_ENTRY_BYTES + 2 * 1024 * 1024
    flood = chain_of(mallory, [big, big, big, 1024 * 1024, 200], batch_at={3})
    other_flood = chain_of(mallory, [1024 * 1024], batch_at={0})  # a fat batch key on a chain of its own
    small_fat = chain_of(mallory, [64 * 1024], batch_at={0})  # under the key-material limit, over a batch key's
    push_as_pc(pc1, flood)
    push_as_pc(pc1, other_flood)
    push_as_pc(pc1, small_fat)

    largest: list[int] = []
    real_page = HubClient.pull_page

    def watched(self: HubClient, *args: Any, **kwargs: Any) -> Any:
        page = real_page(self, *args, **kwargs)
        largest.extend(len(i.entry.sealed or b"") + len(i.entry.public or b"") for i in page.entries)
        return page

    monkeypatch.setattr(HubClient, "pull_page", watched)
    report = pc2.sync()
    assert report.ok, report.lines()
    why = {r.entry_id: r.reason for r in report.refused}
    for entry in flood[:3]:
        assert (
            why[entry.id]
            == f"too big ({big / MB:.1f} MB; an entry may hold at most {MAX_ENTRY_BYTES / MB:.1f} MB): not loaded"
        )
    assert why[flood[3].id].startswith("too big for key material (1,048,")
    assert why[flood[4].id] == "follows a refused entry of its device"  # her own chain: she cut it herself
    assert why[other_flood[0].id].startswith("too big for key material")
    assert why[small_fat[0].id].startswith("too big for a batch key (65,")
    assert max(largest) <= MAX_ENTRY_BYTES, "no oversized content ever left the hub"
    held = set(pc2.entry_ids())
    assert not {e.id for e in flood + other_flood + small_fat} & held
    lead = pc2.lead()  # a lead's sign-in loads none of it
    assert not {e.id for e in flood + other_flood + small_fat} & set(lead.keybook.batches)
    lead.close()
    pc2.assert_intact()


def test_a_row_at_the_size_limit_is_taken_and_one_byte_more_is_not(
    trust: Trust, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1, pc2 = two_pcs(trust)
    hub_lets_oversized_through(trust, monkeypatch)
    staff = pc1.sign_in(STAFF, STAFF_PASS)
    at_limit = chain_of(staff, [MAX_ENTRY_BYTES - SIGNATURE_BYTES])
    over = chain_of(staff, [MAX_ENTRY_BYTES - SIGNATURE_BYTES + 1])
    push_as_pc(pc1, at_limit + over)
    report = pc2.sync()
    assert report.ok
    assert at_limit[0].id in pc2.entry_ids()
    assert {r.entry_id for r in report.refused} == {over[0].id}


def test_pages_are_bounded_by_bytes_and_always_hold_a_row(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    staff = pc1.sign_in(STAFF, STAFF_PASS)
    mb = 1024 * 1024
    entries = chain_of(staff, [mb, mb, mb])
    push_as_pc(pc1, entries)
    after = trust.hub.rows("SELECT min(hub_seq) - 1 FROM concern_hub.entries WHERE id = :i", i=entries[0].id)[0][0]
    with hub_client_for(pc2.store) as client:
        page = client.pull_page(after, 5000, max_bytes=mb + mb // 2)
        assert [i.entry.id for i in page.entries] == [e.id for e in entries[:2]] and page.more
        one = client.pull_page(after, 5000, max_bytes=1)
        assert [i.entry.id for i in one.entries] == [entries[0].id] and one.more
        last = client.pull_page(page.entries[-1].hub_seq, 5000, max_bytes=1)
        assert [i.entry.id for i in last.entries] == [entries[2].id] and not last.more
    report = pc2.sync(pull_batch=5000)
    assert report.ok and {e.id for e in entries} <= set(pc2.entry_ids())


def test_the_app_will_not_write_an_entry_over_the_limit(school: School) -> None:
    staff = school.staff()
    held = school.store.log.count()
    with pytest.raises(ServiceError, match="too big"), UnitOfWork(staff) as uow:
        uow.record(EntryKind.CONCERN, {"what_happened": "x" * MAX_ENTRY_BYTES}, subject=new_id())
        uow.commit()
    assert school.store.log.count() == held


def test_a_disabled_account_claiming_to_know_the_future_is_judged_alike_at_pull_and_at_use(trust: Trust) -> None:
    """Her modified program writes a batch key whose `seen` claims every PC's chain far beyond what exists. The
    claim is clamped to what is held, at pull as at use: it knew of her disabling, so it is refused outright
    (never counts, whoever re-enables her), and it is kept, so the entries after it on her PC's chain count."""
    pc1, pc2 = two_pcs(trust)
    teacher = pc2.sign_in(STAFF, STAFF_PASS)
    lead = pc1.lead()
    disable_account(lead, find_account(lead, load_state(lead), STAFF))
    lead.close()
    assert pc1.sync().ok
    far = 10**12
    device = new_id()
    claim = signed(teacher, device, 1, GENESIS_HASH, sealed=bytes(48),
                   public={"type": EntryKind.BATCH, "seen": {pc1.store.device_id: far, device: far}})  # fmt: skip
    colleague = pc2.sign_in(STAFF2, STAFF2_PASS)
    after = signed(colleague, device, 2, claim.hash, sealed=bytes(48), public={"type": EntryKind.BATCH, "seen": {}})
    push_as_pc(pc2, [claim, after])
    report = pc1.sync()
    assert report.ok and not report.refused
    assert {r.entry_id: r.reason for r in report.held_back} == {claim.id: AFTER_DISABLED}
    assert {claim.id, after.id} <= set(pc1.entry_ids())
    lead = pc1.lead()
    load_state(lead)
    quarantined = {q.entry_id: q.reason for q in lead.view.quarantine()}
    assert quarantined.get(claim.id) == AFTER_DISABLED and after.id not in quarantined
    assert after.id in lead.keybook.batches
    lead.close()


def test_the_biggest_honest_key_material_fits_under_its_limits(school: School) -> None:
    """An account made by a lead who has verified the most devices a `seen` may name, each far along its chain;
    and a session's batch key (which carries no `seen`)."""
    lead = school.lead()
    widest = {new_id(): 9_999_999 for _ in range(MAX_SEEN_DEVICES)}
    lead.view.heads_seen = lambda: dict(widest)  # type: ignore[method-assign]
    account_id = add_account(lead, "e.newcomer", "Erin Newcomer", Role.STAFF, "newcomer-password-9")
    account = school.store.log.get(account_id)
    assert account is not None and 200_000 < account.size <= MAX_KEY_MATERIAL_BYTES, account.size
    with UnitOfWork(lead) as uow:
        uow.record(EntryKind.CONCERN, {"what_happened": "Hungry again."}, subject=new_id())  # with a new batch key
        written = uow.commit()
    batch = next(e for e in written if e.public is not None)
    assert batch.size <= MAX_BATCH_BYTES / 8, batch.size


def test_the_hub_and_the_pc_hold_entries_to_one_size_limit() -> None:
    """The hub's CHECK (frozen in its migration) and the PC's limit are the same number and count the same bytes:
    an entry the PC writes is never one the hub refuses, and the hub takes nothing a PC would not load."""
    entry = EntryRecord(
        "id", "school", "device", 1, b"", "author", None, 0, 0, b"p" * 10, b"s" * 20, b"h" * 32, b"x" * 64
    )
    assert ENTRY_BYTES_CAP == MAX_ENTRY_BYTES
    assert entry_size(entry.public, entry.sealed, entry.signature) == entry.size
