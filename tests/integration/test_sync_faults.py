"""Faults between the PCs and the hub: cut connections, a restarted or rebuilt hub, batches delivered twice, a
wrong clock and forged entries. After each, the PCs converge and `verify` passes everywhere."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from desktop_app.crypto.keys import AccountKeys, login_tag
from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord, canonical_json, to_millis
from desktop_app.domain.ids import new_id
from desktop_app.domain.keybook import b64
from desktop_app.services import uow
from desktop_app.services.enrolment import export_enrolment, join_school, read_enrolment
from desktop_app.services.sync import (
    CURSOR,
    hub_client_for,
    refused_entries,
    set_up_hub,
    sync_status,
)
from desktop_app.services.verified import key_book_of
from desktop_app.services.verify import verify_store
from desktop_app.sync import checks
from desktop_app.sync.address import parse_hub_address
from desktop_app.sync.hub import HubClient
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS
from tests.integration.conftest import PC, Trust, comparable
from tests.integration.pg import PgCluster

ZOFIA, JAKUB = "A123456789012", "A123456789013"
PUSH, PULL = "INSERT INTO concern_hub.entries", "ORDER BY hub_seq"  # in the middle of a push, and a pull


class Fault:
    """Does `action` once, just before the `nth` statement to the hub containing `marker` is sent (any statement
    the driver runs, in this process: the admin's own statements never contain the markers)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, marker: str, nth: int, action: Callable[[Any], None]) -> None:
        self.marker, self.nth, self.action = marker, nth, action
        self.seen = 0
        self.fired = False
        real = psycopg.Cursor.execute
        fault = self

        def execute(cursor: psycopg.Cursor, query: Any, *args: Any, **kwargs: Any) -> Any:
            if not fault.fired and fault.marker in str(query):
                fault.seen += 1
                if fault.seen == fault.nth:
                    fault.fired = True
                    fault.action(cursor.connection)
            return real(cursor, query, *args, **kwargs)

        monkeypatch.setattr(psycopg.Cursor, "execute", execute)


def cut(cluster: PgCluster) -> Callable[[Any], None]:
    """Kill the server process serving this connection (as if the network dropped it)."""
    return lambda conn: cluster.terminate_pid(conn.info.backend_pid)


def two_pcs(trust: Trust, *, concerns: int = 0) -> tuple[PC, PC]:
    pc1 = trust.found_school("pc1")
    if concerns:
        pc1.record_many(STAFF, STAFF_PASS, concerns)
    assert pc1.sync().ok
    pc2 = trust.join(pc1, "pc2")
    return pc1, pc2


def converged(trust: Trust, *pcs: PC) -> None:
    for pc in (*pcs, *pcs):
        report = pc.sync()
        assert report.ok, report.lines()
    held = pcs[0].entry_ids()
    assert all(pc.entry_ids() == held for pc in pcs)
    assert len(held) == trust.hub.count()
    first = comparable(pcs[0].state())
    assert all(comparable(pc.state()) == first for pc in pcs[1:])
    for pc in pcs:
        pc.assert_intact()


def test_a_connection_cut_in_the_middle_of_a_push(trust: Trust, monkeypatch: pytest.MonkeyPatch) -> None:
    pc1 = trust.found_school("pc1")
    pc1.record_many(STAFF, STAFF_PASS, 30)
    total = pc1.store.log.count()
    fault = Fault(monkeypatch, PUSH, 2, cut(trust.hub.cluster))
    report = pc1.sync(push_batch=10)
    assert fault.fired and report.offline and not report.ok
    assert report.errors[0].startswith("The connection to the hub at ")
    assert report.errors[0].endswith(" was lost; sync carries on when it is back.")
    assert report.pushed == 10 and trust.hub.count() == 10, "the first batch was committed, the second not at all"
    assert sync_status(pc1.store).text.startswith("Offline since ")
    assert sync_status(pc1.store).waiting == total - 10

    report = pc1.sync(push_batch=10)
    assert report.ok and report.pushed == total - 10
    pc2 = trust.join(pc1, "pc2")
    converged(trust, pc1, pc2)


def test_a_connection_cut_in_the_middle_of_a_pull(trust: Trust, monkeypatch: pytest.MonkeyPatch) -> None:
    pc1, pc2 = two_pcs(trust, concerns=30)
    fault = Fault(monkeypatch, PULL, 3, cut(trust.hub.cluster))
    report = pc2.sync(pull_batch=10)
    assert fault.fired and report.offline and report.pulled == 20
    assert pc2.store.log.count() == 20
    pc2.assert_intact()  # what arrived before the cut is whole and checked

    report = pc2.sync(pull_batch=10)
    assert report.ok and report.pulled == pc1.store.log.count() - 20 and not report.refused
    converged(trust, pc1, pc2)


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_the_hub_restarted_in_the_middle_of_a_sync(trust: Trust, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    pc1, pc2 = two_pcs(trust, concerns=12)
    assert pc2.sync().ok
    pc2.record_many(STAFF2, STAFF2_PASS, 20, upn=ZOFIA)
    pc1.record(LEAD2, LEAD2_PASS, ZOFIA, "Flinched when I raised my hand to point at the board.")
    fault = Fault(monkeypatch, PUSH, 2, lambda _conn: trust.hub.cluster.restart(mode))
    report = pc2.sync(push_batch=8)
    assert fault.fired and report.offline and report.pushed == 8
    converged(trust, pc1, pc2)


def test_the_same_batch_delivered_twice_changes_nothing(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    school_id = key_book_of(pc1.store).school_id
    batch = [(entry, recipients) for _, entry, recipients in pc1.store.log.outbox(school_id)]
    with hub_client_for(pc1.store) as client:  # registers this PC's own login (verify-full), sends nothing
        first = client.push(batch)
        second = client.push(batch)
    assert first.added == len(batch) and second.added == 0 and not second.not_accepted
    assert second.hub_seqs == first.hub_seqs and trust.hub.count() == len(batch)

    # The PC never heard back (a lost acknowledgement): its next sync learns where the hub holds them.
    report = pc1.sync()
    assert report.ok and report.pushed == 0 and sync_status(pc1.store).waiting == 0

    # A PC that forgets how far it had pulled pulls everything again and applies none of it twice.
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().pulled == len(batch)
    pc2.store.settings.set(CURSOR, "0")
    again = pc2.sync()
    assert again.ok and again.pulled == 0 and not again.refused
    converged(trust, pc1, pc2)


def test_a_pc_clock_hours_wrong(trust: Trust, monkeypatch: pytest.MonkeyPatch) -> None:
    pc1, pc2 = two_pcs(trust)
    assert pc2.sync().ok
    monkeypatch.setattr(uow, "now_utc", lambda: datetime.now(UTC) - timedelta(hours=5))
    late = pc2.record(STAFF, STAFF_PASS, ZOFIA, "Bruising on both upper arms.")
    report = pc2.sync()
    assert report.ok
    assert report.warnings == [
        "This PC's clock is 5 h 0 min behind the hub's: times recorded here will be wrong until IT sets it right "
        "(records stay in a consistent order everywhere)."
    ]
    assert sync_status(pc2.store).clock_warning == report.warnings[0]
    monkeypatch.undo()

    on_time = pc1.record(STAFF2, STAFF2_PASS, ZOFIA, "Said her arms hurt when she took her coat off.")
    converged(trust, pc1, pc2)
    concerns = pc1.state().concerns
    assert concerns[late].recorded_at < concerns[on_time].recorded_at - timedelta(hours=4)
    assert sync_status(pc2.store).clock_warning is None


def hub_admin_push(trust: Trust, school_id: str, entries: list[EntryRecord]) -> None:
    """Put entries on the hub directly, as someone with the database's administrator account could."""
    with HubClient(parse_hub_address(trust.hub.admin_url), school_id) as client:
        client.push([(entry, "") for entry in entries])


def test_a_forged_entry_on_the_hub_is_refused_by_every_pc_and_the_rest_arrives(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    pc3 = trust.join(pc1, "pc3")
    assert pc2.sync().ok and pc3.sync().ok
    school_id = key_book_of(pc1.store).school_id
    genuine = pc1.store.log.get(pc1.record(STAFF, STAFF_PASS, ZOFIA, "Told me she was smacked with a belt."))
    assert genuine is not None and pc1.sync().ok

    device = new_id()
    forged = replace(genuine, id=new_id(), device_id=device).chained(1, GENESIS_HASH)  # signature no longer fits
    other = pc1.sign_in(LEAD2, LEAD2_PASS)  # another genuine key signs an entry that follows the forged one
    follower = replace(genuine, id=new_id(), device_id=device, author_key_id=other.key.key_id).chained(2, forged.hash)
    follower = replace(follower, signature=other.signer()(follower.hash))
    tampered = replace(genuine, id=new_id(), device_id=new_id(), seq=1, prev_hash=GENESIS_HASH)  # hash not redone
    hub_admin_push(trust, school_id, [forged, follower, tampered])
    later = pc1.record(STAFF2, STAFF2_PASS, JAKUB, "Came in with a split lip.")

    expected = {
        forged.id: checks.BAD_SIGNATURE,
        follower.id: checks.FOLLOWS_REFUSED,
        tampered.id: checks.ALTERED,
    }
    for pc in (pc1, pc2, pc3):
        report = pc.sync()  # PC 1 sends its new entry after the forged ones; the others pull it after them
        assert report.ok, report.lines()
        assert {r.entry_id: r.reason for r in report.refused} == expected
        assert "3 entries from the hub refused:" in report.lines()
        assert f"  signature does not match (altered or forged), entry {forged.id}" in report.lines()
        assert {r.entry_id: r.reason for r in refused_entries(pc.store)} == expected
        assert later in pc.entry_ids() and forged.id not in pc.entry_ids()
        assert sync_status(pc.store).refused == 3
        pc.assert_intact()
        assert not pc.sync().refused, "reported once, when it arrived"
    assert comparable(pc2.state()) == comparable(pc1.state()) == comparable(pc3.state())


def test_one_refused_entry_is_reported_in_one_line(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    genuine = pc1.store.log.get(pc1.record(STAFF, STAFF_PASS, ZOFIA, "Bite mark on her forearm."))
    assert genuine is not None
    forged = replace(genuine, id=new_id(), device_id=new_id()).chained(1, GENESIS_HASH)
    hub_admin_push(trust, genuine.school_id, [forged])
    report = pc2.sync()
    assert f"1 entry from the hub refused: signature does not match (altered or forged), entry {forged.id}" in (
        report.lines()
    )


def test_key_material_made_by_a_non_lead_is_kept_and_never_used_with_all_it_signed(trust: Trust) -> None:
    """A member of staff (whose PC holds the hub password) forges a lead account with their own genuine key. Both
    entries are intact, so they are kept (nothing after them on their chains is cut off) and never used."""
    pc1, pc2 = two_pcs(trust)
    school_id = key_book_of(pc1.store).school_id
    staff = pc1.sign_in(STAFF, STAFF_PASS)
    mallory = AccountKeys.generate()
    now = to_millis(datetime.now(UTC))
    public = {
        "type": EntryKind.ACCOUNT,
        "login": login_tag(school_id, "mallory"),
        "role": "lead",
        "agreement": b64(mallory.agreement_public),
        "signing": b64(mallory.signing_public),
        "wrapped": b64(b"\x00" * 40),
    }
    device = new_id()
    account = EntryRecord(
        new_id(), school_id, device, 0, b"", staff.key.key_id, None, now, now, canonical_json(public), None
    ).chained(1, GENESIS_HASH)
    account = replace(account, signature=staff.signer()(account.hash))
    by_mallory = EntryRecord(
        new_id(), school_id, new_id(), 0, b"", account.id, None, now, now, json.dumps({"type": "batch"}).encode(), None
    ).chained(1, GENESIS_HASH)
    by_mallory = replace(by_mallory, signature=mallory.sign(by_mallory.hash))
    hub_admin_push(trust, school_id, [account, by_mallory])

    report = pc2.sync()
    assert report.ok and not report.refused
    assert {r.entry_id: r.reason for r in report.held_back} == {
        account.id: "account entry made by an account that is not a lead",
        by_mallory.id: "signed by a key this school's valid accounts do not hold",
    }
    assert key_book_of(pc2.store).account_by_login(login_tag(school_id, "mallory")) is None
    pc2.assert_intact()
    refused = {p.entry_id for p in verify_store(pc2.store).refused}
    assert {account.id, by_mallory.id} <= refused


def test_a_pc_enrolled_with_another_team_key_takes_nothing_from_the_hub(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    session = pc1.lead()
    path = trust.tmp / "enrolment.json"
    export_enrolment(session, path)
    session.close()
    data = json.loads(path.read_text())
    data["team_public_key"] = b64(AccountKeys.generate().agreement_public)  # someone else's key
    path.write_text(json.dumps(data))
    pc = PC("impostor", join_school(trust.tmp / "impostor", read_enrolment(path)))
    trust.pcs.append(pc)
    report = pc.sync()
    reasons = {r.reason for r in report.refused}
    assert report.pulled == 0 and len(report.refused) == pc1.store.log.count()
    assert {checks.TEAM_KEY_MISMATCH, checks.SCHOOL_NOT_ANCHORED} <= reasons
    assert pc.store.log.count() == 0


def test_a_rebuilt_hub_is_filled_again_by_the_pcs(trust: Trust, pg_cluster: PgCluster) -> None:
    pc1, pc2 = two_pcs(trust, concerns=5)
    assert pc2.sync().ok
    pc2.record(STAFF, STAFF_PASS, ZOFIA, "Said she is scared of the dog at home.")
    assert pc2.sync().ok
    pc1.sync()
    role = parse_hub_address(pc1.store.settings.get("hub_url") or "").role
    database = f"{trust.hub.database}_rebuilt"
    pg_cluster.create_database(database)
    try:
        set_up_hub(pg_cluster.admin_url(database), key_book_of(pc1.store).school_id, role=role)
        rebuilt = pg_cluster.pc_url(role, database)
        for pc in (pc1, pc2):
            pc.store.settings.set("hub_url", rebuilt)
        report = pc1.sync()
        # PC 1 registers a new login on the rebuilt hub and sends everything again, PC 2's chain too (nobody has
        # claimed it there); PC 2, finding its chain held, starts a new one under its own new login.
        assert report.ok and report.pushed == pc1.store.log.count(), "PC 1 sends everything, PC 2's entries too"
        assert report.warnings[0].startswith("The hub no longer holds entries it held before")
        report = pc2.sync()
        assert report.ok and report.pushed == 0 and report.pulled == 0
        pc3 = trust.join(pc1, "pc3")
        for pc in (pc1, pc2, pc3):
            assert pc.sync().ok
        assert pc3.entry_ids() == pc1.entry_ids() == pc2.entry_ids()
        assert comparable(pc3.state()) == comparable(pc1.state())
        pc3.assert_intact()
    finally:
        with pg_cluster.admin_engine().connect() as conn:
            conn.execute(text(f'DROP DATABASE "{database}" WITH (FORCE)'))
