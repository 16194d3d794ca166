"""Attacks on a version-2 hub by a malicious PC, a PC left paused, a school's enrolment login and another school,
on a real PostgreSQL: nobody can squat another PC's places, hold a school up for long, bloat the trust's disk,
or learn other schools; and one school's set-up never waits for another's push (nor the other way round)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError, ProgrammingError

from desktop_app.domain.ids import new_id
from desktop_app.services.backup import backup_store, restore_store
from desktop_app.services.enrolment import HUB_URL_SETTING
from desktop_app.services.hub_admin import hub_pcs, revoke_hub_pc, set_hub_quota
from desktop_app.services.hub_login import HUB_LOGIN, HubLinks
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import hub_client_for, set_up_hub, sync_once
from desktop_app.services.verified import key_book_of
from desktop_app.sync import hub as hub_module
from desktop_app.sync.address import parse_hub_address
from desktop_app.sync.hub_migrations.v2 import ENTRY_BYTES_CAP, PARTITIONS
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS
from tests.integration.conftest import PC, Trust, login_engine

ZOFIA = "A123456789012"
INSERT = text(
    "INSERT INTO concern_hub.entries (school_id, id, device_id, seq, prev_hash, author_key_id, occurred_at,"
    " recorded_at, recipients, hash, signature, sealed)"
    " VALUES (:s, :id, :device, :seq, '\\x00', 'key', 0, 0, '', '\\x00', '\\x00', :sealed)"
)
# IT's monitoring query (design note 21): who holds a school's push lock, and for how long.
PUSH_LOCK_HOLDERS = text(
    "SELECT a.usename, a.state, now() - a.xact_start AS held_for FROM pg_locks l JOIN pg_stat_activity a"
    " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = 1129072706 AND l.objsubid = 2 AND l.granted"
)


def two_pcs(trust: Trust) -> tuple[PC, PC]:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().ok
    return pc1, pc2


def next_place(pc: PC) -> int:
    return pc.store.log.chain_heads([pc.store.device_id])[pc.store.device_id][0] + 1


def row(pc: PC, device: str, seq: int, sealed: bytes = b"") -> dict[str, Any]:
    return {"s": key_book_of(pc.store).school_id, "id": new_id(), "device": device, "seq": seq, "sealed": sealed}


def enrolment_role(pc: PC) -> str:
    return parse_hub_address(pc.store.settings.get(HUB_URL_SETTING) or "").role


def test_no_other_login_can_take_a_pcs_next_place_and_the_victim_keeps_syncing(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    victim, place = pc1.store.device_id, next_place(pc1)
    attacker = login_engine(pc2)
    with attacker.connect() as conn:
        with pytest.raises(DatabaseError, match="belongs to another PC's login"):
            conn.execute(INSERT, row(pc1, victim, place))
        with pytest.raises(DatabaseError, match="already holds entries or a claim"):
            conn.execute(text("SELECT concern_hub.claim_device(:d)"), {"d": victim})
    attacker.dispose()
    enrolment = login_engine(pc1, role=enrolment_role(pc1))  # the school's shared hub password
    with enrolment.connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(INSERT, row(pc1, victim, place))
    enrolment.dispose()
    assert (
        trust.hub.rows("SELECT count(*) FROM concern_hub.entries WHERE device_id = :d AND seq = :s", d=victim, s=place)[
            0
        ][0]
        == 0
    )

    concern = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Came in without a coat again.")
    report = pc1.sync()
    assert report.ok and report.pushed >= 1, report.lines()
    assert pc2.sync().ok and concern in pc2.entry_ids()


def test_a_20_mb_row_is_refused_by_the_hub_itself_and_the_client_never_sends_one(trust: Trust) -> None:
    pc1, _pc2 = two_pcs(trust)
    school_id = key_book_of(pc1.store).school_id
    used = trust.hub.rows("SELECT used_bytes FROM concern_hub.schools WHERE school_id = :s", s=school_id)[0][0]
    engine = login_engine(pc1)  # the PC's own login, in plain SQL: no client check in the way
    with engine.connect() as conn, pytest.raises(IntegrityError, match="entry_size_cap"):
        conn.execute(INSERT, row(pc1, pc1.store.device_id, next_place(pc1), b"\x00" * (20 * 1024 * 1024)))
    engine.dispose()
    assert trust.hub.count(school_id) == pc1.store.log.count()
    assert trust.hub.rows("SELECT used_bytes FROM concern_hub.schools WHERE school_id = :s", s=school_id)[0][0] == used

    genuine = pc1.store.log.get(pc1.record(STAFF, STAFF_PASS, ZOFIA, "Said she was hungry."))
    assert genuine is not None
    bloated = replace(genuine, id=new_id(), seq=genuine.seq + 5, sealed=b"\x01" * (ENTRY_BYTES_CAP + 1))
    with hub_client_for(pc1.store) as client:
        result = client.push([(bloated, ""), (genuine, "")])
    assert result.added == 1 and genuine.id in result.hub_seqs
    assert result.not_accepted == [(bloated.id, f"larger than the hub's cap of {ENTRY_BYTES_CAP:,} bytes")]


def test_a_schools_quotas_are_enforced_by_the_hub_with_a_plain_message(trust: Trust) -> None:
    pc1, _pc2 = two_pcs(trust)
    school_id = key_book_of(pc1.store).school_id
    quota = set_hub_quota(trust.hub.admin_url, school_id)
    assert quota.devices == 2 and quota.used_bytes > 0
    set_hub_quota(trust.hub.admin_url, school_id, max_bytes=quota.used_bytes + 100)
    pc1.record(STAFF, STAFF_PASS, ZOFIA, "Bruise on her cheek; said she fell off her bike. " * 20)
    held = trust.hub.count(school_id)
    report = pc1.sync()
    assert not report.ok and "space on the hub is used up" in report.errors[0]
    assert report.errors[0].endswith("Ask IT to raise the school's quota ('hub quota').")
    assert trust.hub.count(school_id) == held
    set_hub_quota(trust.hub.admin_url, school_id, max_bytes=quota.max_bytes, max_devices=2)
    assert pc1.sync().ok

    pc3 = trust.join(pc1, "pc3")
    report = pc3.sync()
    assert not report.ok and "the school already has 2 PCs on the hub" in report.errors[0]
    set_hub_quota(trust.hub.admin_url, school_id, max_devices=3)
    assert pc3.sync().ok


def test_setting_up_a_school_never_waits_for_another_schools_push_nor_holds_one_up(trust: Trust) -> None:
    busy = trust.found_school("busy")
    assert busy.sync().ok
    holder = login_engine(busy)
    with holder.connect() as conn:  # a push of the busy school, open and holding its lock and a new row
        conn.execute(text("BEGIN"))
        conn.execute(text("SELECT concern_hub.take_push_lock()"))
        conn.execute(INSERT, row(busy, busy.store.device_id, next_place(busy)))
        started = time.monotonic()
        set_up_hub(trust.hub.admin_url, "01234567-0000-7000-8000-00000000000a", password="another-school-password")
        assert time.monotonic() - started < 3, "another school's set-up did not wait for the open push"
        conn.execute(text("ROLLBACK"))
    holder.dispose()

    # And the other way round: a school's set-up left open (roles made, row inserted, not committed) holds up no
    # other school's push.
    admin = trust.hub.admin()
    with admin.connect() as conn:
        conn.execute(text("BEGIN"))
        conn.execute(text("CREATE ROLE cl_setup_in_progress NOLOGIN"))
        conn.execute(
            text(
                "INSERT INTO concern_hub.schools (school_id, role_name, group_role) VALUES "
                "('01234567-0000-7000-8000-00000000000b', 'cl_setup_in_progress', 'cl_setup_in_progress')"
            )
        )
        busy.record(STAFF, STAFF_PASS, ZOFIA, "Asked to stay behind after school again.")
        started = time.monotonic()
        report = busy.sync()
        assert report.ok and report.pushed >= 1 and time.monotonic() - started < 3, report.lines()
        conn.execute(text("ROLLBACK"))


def test_a_paused_pc_holding_the_push_lock_makes_the_others_give_up_quickly_saying_busy(
    trust: Trust, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1, pc2 = two_pcs(trust)
    other_school = trust.found_school("other")
    assert other_school.sync().ok
    monkeypatch.setattr(hub_module, "PUSH_LOCK_WAIT", "1s")
    paused = login_engine(pc1)
    with paused.connect() as conn:  # its own login may switch its idle timeout off: that harms only itself
        conn.execute(text("SET idle_in_transaction_session_timeout = 0"))
        conn.execute(text("BEGIN"))
        conn.execute(text("SELECT concern_hub.take_push_lock()"))
        holders = list(trust.hub.admin().connect().execute(PUSH_LOCK_HOLDERS))
        assert [h[0] for h in holders] == [pc1.store.settings.get(HUB_LOGIN)], "IT's monitoring query names it"

        pc2.record(STAFF2, STAFF2_PASS, ZOFIA, "Written while PC 1 sits paused mid-push.")
        started = time.monotonic()
        report = pc2.sync()
        assert time.monotonic() - started < 10
        assert not report.ok and "is busy (another PC of this school is sending" in report.errors[0]
        other_school.record(STAFF, STAFF_PASS, ZOFIA, "Another school is not held up.")
        assert other_school.sync().ok
        conn.execute(text("ROLLBACK"))
    paused.dispose()
    assert pc2.sync().ok


def test_a_pc_changing_its_own_login_harms_only_itself_and_it_can_be_revoked(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    login = pc1.store.settings.get(HUB_LOGIN)
    engine = login_engine(pc1)
    with engine.connect() as conn:
        conn.execute(text(f"ALTER ROLE {login} SET statement_timeout = 0"))  # PostgreSQL lets a role do this
        conn.execute(text(f"ALTER ROLE {login} PASSWORD 'something-else-entirely'"))
    engine.dispose()
    report = pc1.sync()
    assert not report.ok and "did not accept this PC's own hub login" in report.errors[0]
    pc2.record(STAFF, STAFF_PASS, ZOFIA, "PC 2 carries on.")
    assert pc2.sync().ok

    school_id = key_book_of(pc2.store).school_id
    assert {pc.login for pc in hub_pcs(trust.hub.admin_url, school_id)} == {login, pc2.store.settings.get(HUB_LOGIN)}
    revoke_hub_pc(trust.hub.admin_url, pc2.store.settings.get(HUB_LOGIN) or "")
    report = pc2.sync()
    assert not report.ok and "IT may have revoked it" in report.errors[0]
    assert trust.hub.count(school_id) == pc2.store.log.count(), "its rows stay on the hub"


def test_role_names_say_nothing_of_schools_and_trust_wide_counts_are_hidden(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    other = trust.found_school("other")
    assert pc1.sync().ok and other.sync().ok
    ids = {key_book_of(pc.store).school_id.replace("-", "") for pc in (pc1, other)}
    names = [r[0] for r in trust.hub.rows("SELECT rolname FROM pg_roles WHERE rolname LIKE 'cl_%'")]
    assert names and not [n for n in names if any(i in n for i in ids)]
    engine = login_engine(pc1)
    with engine.connect() as conn:
        for view in ("pg_stat_user_tables", "pg_statio_user_tables", "pg_stat_activity"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                conn.execute(text(f"SELECT * FROM {view}"))
        assert conn.execute(text("SELECT count(*) FROM concern_hub.device_heads")).scalar_one() >= 1
        seen = conn.execute(text("SELECT DISTINCT school_id FROM concern_hub.device_heads")).scalars().all()
        assert seen == [key_book_of(pc1.store).school_id]
    engine.dispose()


def test_a_pc_restored_from_an_older_backup_gets_its_later_entries_back_from_the_hub(
    trust: Trust, tmp_path: Path
) -> None:
    """`concern-logger restore` (services/backup.py): the restored store starts a new chain, and the entries its
    old chain had sent since the backup come back from the hub, checked."""
    pc1, pc2 = two_pcs(trust)
    older = tmp_path / "older-backup.sqlite3"
    backup_store(pc1.store, older)
    later = [pc1.record(STAFF, STAFF_PASS, ZOFIA, f"Later concern {n}") for n in range(3)]
    assert pc1.sync().ok
    device, data_dir = pc1.store.device_id, pc1.store.data_dir
    pc1.store.close()
    restore_store(data_dir, older, force=True)
    pc1.store = SchoolStore(data_dir)
    assert not set(later) & set(pc1.entry_ids()) and pc1.store.device_id != device

    report = pc1.sync()
    assert report.ok and not report.refused, report.lines()
    assert set(later) <= set(pc1.entry_ids())
    after = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Written after the restore.")
    report = pc1.sync()
    assert report.ok and not report.refused and report.pushed >= 1, report.lines()
    assert pc2.sync().ok and set(later) | {after} <= set(pc2.state().concerns)
    assert set(later) | {after} <= set(pc1.state().concerns)
    pc1.assert_intact()


def test_a_whole_data_folder_put_back_takes_its_own_entries_back_and_carries_on_its_chain(
    trust: Trust, tmp_path: Path
) -> None:
    """IT copies an older store over the current one and empties the snapshots folder too, so nothing on the PC
    knows: the hub's head for this PC's device is beyond the store's, and sync takes those entries back (checked
    from the store's own head) so the chain carries on instead of colliding with the hub for ever."""
    pc1, pc2 = two_pcs(trust)
    older = tmp_path / "older.sqlite3"
    backup_store(pc1.store, older)
    later = [pc1.record(STAFF, STAFF_PASS, ZOFIA, f"Later concern {n}") for n in range(3)]
    assert pc1.sync().ok
    device, data_dir = pc1.store.device_id, pc1.store.data_dir
    pc1.store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(pc1.store.db_path) + suffix).unlink(missing_ok=True)
    with closing(sqlite3.connect(older)) as source, closing(sqlite3.connect(pc1.store.db_path)) as target:
        source.backup(target)
    shutil.rmtree(data_dir / "snapshots", ignore_errors=True)
    pc1.store = SchoolStore(data_dir)
    assert not set(later) & set(pc1.entry_ids()) and pc1.store.device_id == device

    report = pc1.sync()
    assert report.ok and "entries taken back from the hub" in " ".join(report.warnings), report.lines()
    assert set(later) <= set(pc1.entry_ids())
    after = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Written after the folder went back.")
    written = pc1.store.log.get(after)
    assert written is not None and written.device_id == device, "the chain carries on where the hub had it"
    report = pc1.sync()
    assert report.ok and not report.refused and report.pushed >= 1, report.lines()
    assert pc2.sync().ok and set(later) | {after} <= set(pc2.state().concerns)
    pc1.assert_intact()


def test_a_kept_connection_is_reused_across_syncs_and_opened_again_when_lost(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    pids: list[int] = []
    real = hub_module.HubClient.check_ready

    def noting(client: hub_module.HubClient) -> Any:
        clock = real(client)
        with client._talking() as conn:
            pids.append(conn.connection.driver_connection.info.backend_pid)
        return clock

    hub_module.HubClient.check_ready = noting  # type: ignore[method-assign]
    links = HubLinks()
    try:
        assert sync_once(pc1.store, links=links).ok
        assert sync_once(pc1.store, links=links).ok
        assert pids[0] == pids[1], "the second sync used the kept connection"
        trust.hub.cluster.terminate_pid(pids[1])
        report = sync_once(pc1.store, links=links)
        assert report.ok, report.lines()
        assert pids[-1] != pids[1], "a lost connection is opened again within the same sync"
    finally:
        hub_module.HubClient.check_ready = real  # type: ignore[method-assign]
        links.close(pc1.store)


def test_a_schools_pull_reads_one_partition_and_each_login_has_its_limits(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    other = trust.found_school("other")
    assert pc1.sync().ok and other.sync().ok
    engine = login_engine(pc1)
    with engine.connect() as conn:
        plan = "\n".join(
            conn.execute(
                text(
                    "EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM concern_hub.entries "
                    "WHERE school_id = :s AND hub_seq > 0 ORDER BY hub_seq LIMIT 5000"
                ),
                {"s": key_book_of(pc1.store).school_id},
            ).scalars()
        )
        scanned = [line for line in plan.splitlines() if "on entries_" in line and "never executed" not in line]
        assert len(scanned) == 1, plan  # the school's own partition only, through its (school_id, hub_seq) index
        settings = {
            name: conn.execute(text(f"SHOW {name}")).scalar_one()
            for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
        }
    engine.dispose()
    assert settings == {
        "statement_timeout": "2min",
        "lock_timeout": "30s",
        "idle_in_transaction_session_timeout": "1min",
    }
    partitions = trust.hub.rows("SELECT count(*) FROM pg_inherits WHERE inhparent = 'concern_hub.entries'::regclass")[
        0
    ][0]
    assert partitions == PARTITIONS


def test_a_folder_put_back_and_written_on_before_it_synced_starts_a_new_chain_loudly(
    trust: Trust, tmp_path: Path
) -> None:
    """The worst case: the whole folder put back, then someone records before the PC syncs, so this PC's chain and
    the hub's copy differ at the same places. The PC starts a new chain (later work reaches everyone) and says
    plainly that what it wrote on the old chain since cannot be sent."""
    pc1, pc2 = two_pcs(trust)
    older = tmp_path / "older.sqlite3"
    backup_store(pc1.store, older)
    pc1.record(STAFF, STAFF_PASS, ZOFIA, "Sent before the folder went back.")
    assert pc1.sync().ok
    device, data_dir = pc1.store.device_id, pc1.store.data_dir
    pc1.store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(pc1.store.db_path) + suffix).unlink(missing_ok=True)
    with closing(sqlite3.connect(older)) as source, closing(sqlite3.connect(pc1.store.db_path)) as target:
        source.backup(target)
    shutil.rmtree(data_dir / "snapshots", ignore_errors=True)
    pc1.store = SchoolStore(data_dir)
    stranded = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Written on the put-back copy before it synced.")

    report = pc1.sync()
    assert any("differs from the hub's copy" in line for line in report.warnings), report.lines()
    assert pc1.store.device_id != device
    assert any(stranded in line or "could not be sent" in line for line in report.errors), report.lines()
    after = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Written on the new chain.")
    pc1.sync()
    assert pc2.sync().ok and after in pc2.entry_ids() and stranded not in pc2.entry_ids()
