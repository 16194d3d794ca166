"""The hub as a place that cannot read, change or mix up a school's records: privileges, row security, triggers."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from desktop_app.services.concerns import add_addendum
from desktop_app.services.errors import ServiceError
from desktop_app.services.hub_login import HUB_LOGIN, HUB_LOGIN_PASSWORD
from desktop_app.services.state import load_state
from desktop_app.services.sync import resolve_hub_address, set_up_hub
from desktop_app.services.verified import key_book_of
from desktop_app.sync.address import parse_hub_address
from desktop_app.sync.hub import HubClient, HubError, HubLogin
from desktop_app.sync.schema import scram_sha256_verifier
from tests.conftest import STAFF, STAFF_PASS
from tests.integration.conftest import PC, Hub, Trust, login_engine
from tests.unit.test_security import PHRASES, PUPIL_DETAILS, PUPIL_NAMES, STAFF_DETAILS, STAFF_NAMES, find_leaks

JAKUB, AHMED = "A123456789013", "B123456789014"


def app_engine(pc: PC):
    """A raw connection as the PC's own hub login, as anyone holding that PC's store could make."""
    return login_engine(pc)


def sqlstate(exc: DBAPIError) -> str:
    return getattr(exc.orig, "sqlstate", "") or ""


def test_the_school_role_may_only_read_and_add_entries(trust: Trust) -> None:
    pc = trust.found_school()
    assert pc.sync().ok
    engine = app_engine(pc)
    with engine.connect() as conn:
        held = conn.execute(text("SELECT count(*) FROM concern_hub.entries")).scalar_one()
        assert held == pc.store.log.count()
        refused = [
            "UPDATE concern_hub.entries SET sealed = NULL",
            "DELETE FROM concern_hub.entries",
            "TRUNCATE concern_hub.entries",
            "UPDATE concern_hub.schools SET role_name = 'x'",
            "INSERT INTO concern_hub.entries (hub_seq, school_id, id, device_id, seq, prev_hash, author_key_id,"
            " occurred_at, recorded_at, recipients, hash, signature) OVERRIDING SYSTEM VALUE"
            " SELECT 1, school_id, 'x', device_id, 99, prev_hash, author_key_id, 0, 0, '', hash, signature"
            " FROM concern_hub.entries LIMIT 1",
            "CREATE TABLE concern_hub.extra (x int)",
            "ALTER TABLE concern_hub.entries DISABLE ROW LEVEL SECURITY",
            "DROP TRIGGER entries_append_only ON concern_hub.entries",
        ]
        for statement in refused:
            with pytest.raises(ProgrammingError) as caught:
                conn.execute(text(statement))
            assert sqlstate(caught.value) == "42501", (statement, caught.value)
        assert conn.execute(text("SELECT count(*) FROM concern_hub.entries")).scalar_one() == held
    engine.dispose()


def test_even_the_hub_administrator_cannot_change_or_remove_an_entry(trust: Trust) -> None:
    pc = trust.found_school()
    assert pc.sync().ok
    with trust.hub.admin().connect() as conn:
        for statement in (
            "UPDATE concern_hub.entries SET sealed = NULL",
            "DELETE FROM concern_hub.entries",
            "TRUNCATE concern_hub.entries CASCADE",
        ):
            with pytest.raises(ProgrammingError, match="append-only"):
                conn.execute(text(statement))
    assert trust.hub.count() == pc.store.log.count()


def test_a_school_sees_and_adds_only_its_own_entries(trust: Trust) -> None:
    first = trust.found_school("first")
    second = trust.found_school("second")
    assert first.sync().ok and second.sync().ok
    first_id, second_id = key_book_of(first.store).school_id, key_book_of(second.store).school_id
    assert trust.hub.count(first_id) == first.store.log.count()
    assert trust.hub.count(second_id) == second.store.log.count()

    engine = app_engine(second)
    with engine.connect() as conn:
        seen = conn.execute(text("SELECT DISTINCT school_id FROM concern_hub.entries")).scalars().all()
        assert seen == [second_id]
        assert conn.execute(text("SELECT school_id FROM concern_hub.schools")).scalars().all() == [second_id]
        with pytest.raises(ProgrammingError, match="row-level security"):
            conn.execute(
                text(
                    "INSERT INTO concern_hub.entries (school_id, id, device_id, seq, prev_hash, author_key_id,"
                    " occurred_at, recorded_at, recipients, hash, signature)"
                    " VALUES (:s, 'forged', 'device', 1, '\\x00', 'key', 0, 0, '', '\\x00', '\\x00')"
                ),
                {"s": first_id},
            )
    engine.dispose()

    # Through the app: the second school's PC login cannot pull the first school's entries, nor sync as it, nor
    # take its push lock; the second school's enrolment login cannot even read.
    address = resolve_hub_address(second.store)  # as the app checks the hub: verify-full, the kept authority
    assert address is not None
    login = HubLogin(second.store.settings.get(HUB_LOGIN) or "", second.store.settings.get(HUB_LOGIN_PASSWORD) or "")
    with HubClient(address, first_id, login=login) as client:
        assert client.pull(0, 1000) == []
        assert client.device_head(first.store.device_id) is None
        with pytest.raises(HubError, match="does not hold this school"):
            client.check_ready()
    with HubClient(address, first_id) as client, pytest.raises(HubError, match="may not do that"):
        client.pull(0, 1000)
    engine = login_engine(second)  # the one-argument lock is version 1's, for a school's shared login only
    with engine.connect() as conn, pytest.raises(ProgrammingError, match="permission denied for function"):
        conn.execute(text("SELECT concern_hub.take_push_lock(CAST(:s AS varchar))"), {"s": first_id})
    engine.dispose()


def test_a_dump_of_the_hub_holds_no_name_or_phrase(trust: Trust) -> None:
    pc1 = trust.found_school()
    assert pc1.sync().ok
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().ok
    injury = {"view": "front", "x": 0.64, "y": 0.27, "region": "upper-arm-left", "explanation": PHRASES["explanation"]}
    concern = pc2.record(
        STAFF,
        STAFF_PASS,
        JAKUB,
        PHRASES["what_happened"],
        childs_words=PHRASES["childs_words"],
        location=PHRASES["location"],
        injuries=[injury],
    )
    said = "Ахмед Krężołek said Şeyma Yılmaz was crying"
    pc1.record(STAFF, STAFF_PASS, AHMED, said, action_taken=PHRASES["action_taken"])
    assert pc2.sync().ok and pc1.sync().ok
    lead = pc1.lead()
    add_addendum(lead, load_state(lead), concern, PHRASES["addendum"])
    assert pc1.sync().ok

    dump = trust.hub.cluster.dump(trust.hub.database)
    assert concern.encode() in dump, "the dump holds the entries (their ids are plaintext)"
    assert trust.hub.count() == pc1.store.log.count()
    needles = PUPIL_NAMES + PUPIL_DETAILS + STAFF_NAMES + STAFF_DETAILS + list(PHRASES.values())
    assert not find_leaks(dump, needles), find_leaks(dump, needles)


def test_pushes_of_one_school_are_numbered_and_committed_one_at_a_time(trust: Trust) -> None:
    """A push holds the school's lock until it commits, so a later push's numbers always become visible later."""
    pc = trust.found_school()
    assert pc.sync().ok
    school_id = key_book_of(pc.store).school_id
    first_engine, second_engine = app_engine(pc), app_engine(pc)
    device, head = pc.store.device_id, pc.store.log.chain_heads([pc.store.device_id])[pc.store.device_id][0]
    insert = text(
        "INSERT INTO concern_hub.entries (school_id, id, device_id, seq, prev_hash, author_key_id, occurred_at,"
        " recorded_at, recipients, hash, signature)"
        " VALUES (:s, :id, :device, :seq, '\\x00', 'key', 0, 0, '', '\\x00', '\\x00') RETURNING hub_seq"
    )
    with first_engine.connect() as first, second_engine.connect() as second:
        first.execute(text("BEGIN"))
        first_seq = first.execute(
            insert, {"s": school_id, "id": "row-1", "device": device, "seq": head + 1}
        ).scalar_one()
        # The trigger took the lock for the first insert: a second writer waits for it, here at most briefly.
        second.execute(text("SET lock_timeout = '150ms'"))
        with pytest.raises(OperationalError) as caught:
            second.execute(insert, {"s": school_id, "id": "row-2", "device": device, "seq": head + 2})
        assert sqlstate(caught.value) == "55P03"  # lock_not_available
        done: list[int] = []
        second.execute(text("SET lock_timeout = 0"))
        writer = threading.Thread(
            target=lambda: done.append(
                second.execute(insert, {"s": school_id, "id": "row-2", "device": device, "seq": head + 2}).scalar_one()
            )
        )
        writer.start()
        first.execute(text("COMMIT"))
        writer.join(timeout=30)
    assert done and done[0] > first_seq
    first_engine.dispose()
    second_engine.dispose()


def test_hub_setup_is_repeatable_and_refuses_what_it_must(hub: Hub, trust: Trust) -> None:
    pc = trust.found_school()
    school_id = key_book_of(pc.store).school_id
    again = set_up_hub(hub.admin_url, school_id)
    assert not again.role_created and not again.password_set
    assert pc.sync().ok, "setting the hub up again changes nothing for the school's PCs"
    with pytest.raises(ServiceError, match="already set up on the hub with the role"):
        set_up_hub(hub.admin_url, school_id, role="another_role")
    with pytest.raises(ServiceError, match="already belongs to another school"):
        set_up_hub(hub.admin_url, "01234567-0000-7000-8000-000000000000", role=again.role)
    with pytest.raises(ServiceError, match="at least 12 characters"):
        set_up_hub(hub.admin_url, "01234567-0000-7000-8000-000000000001", password="short")
    with pytest.raises(ServiceError, match="must not contain a password"):
        set_up_hub("postgresql://admin:secret@localhost/hub", school_id)
    with pytest.raises(ServiceError, match="cannot be a hub role"):
        set_up_hub(hub.admin_url, school_id, role="Robert'); DROP TABLE x;--")
    with pytest.raises(ServiceError, match="administrator powers"):
        set_up_hub(hub.admin_url, "01234567-0000-7000-8000-000000000002", role="hubadmin")


def test_the_role_password_reaches_the_hub_only_as_a_scram_verifier(trust: Trust) -> None:
    pc = trust.found_school()
    role = parse_hub_address(pc.store.settings.get("hub_url") or "").role
    stored = trust.hub.rows("SELECT rolpassword FROM pg_authid WHERE rolname = :r", r=role)[0][0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and "hub-password" not in stored
    assert pc.sync().ok, "the PC signs in over TCP with the password from its PGPASSFILE, checked against it"
    assert scram_sha256_verifier("pencil") != scram_sha256_verifier("pencil"), "a fresh salt every time"
