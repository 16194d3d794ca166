"""Hub migrations on a real PostgreSQL: every earlier schema installed, filled through the protocol PCs of its time
spoke, migrated, and nothing lost; PCs of both protocols sync through the compatibility window, which IT closes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DatabaseError, ProgrammingError
from sqlalchemy.pool import NullPool

from desktop_app.services import hub_login
from desktop_app.services.enrolment import HUB_URL_SETTING, keep_hub_ca
from desktop_app.services.hub_admin import close_hub_legacy
from desktop_app.services.hub_login import HUB_LOGIN
from desktop_app.services.sync import set_up_hub
from desktop_app.services.verified import key_book_of
from desktop_app.sync.address import parse_hub_address
from desktop_app.sync.hub import HubClient
from desktop_app.sync.hub_migrations import LATEST, migrate, v1
from desktop_app.sync.schema import CLIENT_PROTOCOL, scram_sha256_verifier
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, make_school
from tests.integration.conftest import PC, Hub, Trust, comparable, login_engine

ZOFIA, JAKUB = "A123456789012", "A123456789013"
ROLE, PASSWORD = "hillside_v1", "a-version-one-hub-password"


def install_at(hub: Hub, version: int) -> None:
    with hub.admin().connect() as conn, conn.begin():
        migrate(conn, target=version)


def v1_school(trust: Trust, name: str = "pc1", role: str = ROLE) -> PC:
    """A school set up on a version-1 hub exactly as version 1's `hub setup` did (a shared login). Its records are
    written without file keys from the start: a hub with no key shelf could not carry them to the other PCs."""
    made = make_school(trust.tmp / name, hub_shelf=False)
    with trust.hub.admin().connect() as conn, conn.begin():
        v1.add_school(conn, key_book_of(made.store).school_id, role, scram_sha256_verifier(PASSWORD))
    trust.hub.cluster.add_password(role, PASSWORD)
    made.store.settings.set(HUB_URL_SETTING, trust.hub.pc_url(role))
    keep_hub_ca(made.store.data_dir, trust.hub.cluster.ca.pem.decode("ascii"))  # as hub setup --hub-ca keeps it
    pc = PC(name, made.store)
    trust.pcs.append(pc)
    return pc


def as_version_1_pc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make this process's PCs speak protocol 1: the school's shared login, the push lock named by school id."""

    def open_shared(store: Any, address: Any, school_id: str) -> HubClient:
        return HubClient(address, school_id)

    monkeypatch.setattr(hub_login, "open_hub", open_shared)


def shared_reads(hub: Hub, query: str) -> list[Any]:
    """What a version-1 PC reads through the school's shared login (its own check of the hub's version)."""
    engine = create_engine(parse_hub_address(hub.pc_url(ROLE)).url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(query)))
    finally:
        engine.dispose()


def hub_rows(hub: Hub) -> list[tuple[Any, ...]]:
    return [
        tuple(row)
        for row in hub.rows(
            "SELECT hub_seq, school_id, id, device_id, seq, prev_hash, hash, signature, public, sealed, recipients "
            "FROM concern_hub.entries ORDER BY hub_seq"
        )
    ]


# Version 1's schools and PCs (a shared login, `v1_school`) exist only on a version-1 hub. A hub of version 1 is
# brought through version 2 to the newest here, filled; a filled version-2 hub alone is not set up by any test.
@pytest.mark.parametrize("earlier", [1])
def test_a_filled_hub_of_every_earlier_version_migrates_and_loses_nothing(
    trust: Trust, monkeypatch: pytest.MonkeyPatch, earlier: int
) -> None:
    hub = trust.hub
    install_at(hub, earlier)
    pc1 = v1_school(trust)
    assert pc1.sync().ok, "a version-2 PC syncs with a version-1 hub the version-1 way"
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().ok
    pc2.record(STAFF2, STAFF2_PASS, ZOFIA, "Written before the hub was upgraded.")
    assert pc2.sync().ok and pc1.sync().ok
    other = v1_school(
        trust, "other", "otherschool_v1"
    )  # a second school on the same hub (the shared test school, another id)
    with trust.hub.admin().connect() as conn:  # a 9 MB junk row a shared login could add to version 1
        conn.execute(
            text(
                "INSERT INTO concern_hub.entries (school_id, id, device_id, seq, prev_hash, author_key_id, "
                "occurred_at, recorded_at, recipients, hash, signature, sealed) VALUES (:s, 'junk', 'junk', 1, "
                "'\\x00', 'k', 0, 0, '', '\\x00', '\\x00', decode(repeat('00', 9000000), 'hex'))"
            ),
            {"s": key_book_of(other.store).school_id},
        )
    before = [row for row in hub_rows(hub) if row[2] != "junk"]

    made = set_up_hub(hub.admin_url, key_book_of(pc1.store).school_id, role=ROLE)
    assert (made.schema_before, made.schema_after, made.role_created) == (earlier, LATEST, False)
    assert made.legacy_open, "a migrated hub keeps serving version-1 PCs until IT closes the window"
    assert hub_rows(hub) == before, "every row kept, with its hub sequence, byte for byte"
    assert hub.rows("SELECT id FROM concern_hub.entries_oversized") == [("junk",)]
    heads = dict(hub.rows("SELECT device_id, seq FROM concern_hub.device_heads"))
    assert heads[pc1.store.device_id] == pc1.store.log.chain_heads([pc1.store.device_id])[pc1.store.device_id][0]
    info = dict(hub.rows("SELECT key, value FROM concern_hub.hub_info"))
    assert (info["hub_schema"], info["oldest_client"], info["schema_version"]) == (str(LATEST), "1", "1")
    assert shared_reads(hub, "SELECT value FROM concern_hub.hub_info WHERE key = 'schema_version'") == [("1",)]
    again = set_up_hub(hub.admin_url, key_book_of(pc1.store).school_id, role=ROLE)
    assert again.schema_before == again.schema_after == LATEST

    # PC 2 stays on version 1 for now; PC 1 is updated and gets its own login. Its chain is already on the hub
    # under no claim, so it starts a new chain and claims that.
    with monkeypatch.context() as old:
        as_version_1_pc(old)
        pc2.record(STAFF, STAFF_PASS, JAKUB, "Written on a version-1 PC after the hub was upgraded.")
        assert pc2.sync().ok
    device = pc1.store.device_id
    pc1.record(STAFF, STAFF_PASS, ZOFIA, "Written on the updated PC.")
    report = pc1.sync()
    assert report.ok, report.lines()
    assert pc1.store.settings.get(HUB_LOGIN) and pc1.store.device_id != device
    with monkeypatch.context() as old:
        as_version_1_pc(old)
        report = pc2.sync()
        assert report.ok and report.pulled >= 1, report.lines()
    assert pc2.entry_ids() == pc1.entry_ids()
    assert comparable(pc1.state()) == comparable(pc2.state())

    # The shared login cannot write at a place a PC's own login claimed.
    claimed = pc1.store.device_id
    engine = create_engine(parse_hub_address(hub.pc_url(ROLE)).url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        with pytest.raises(DatabaseError, match="belongs to another PC"):
            conn.execute(
                text(
                    "INSERT INTO concern_hub.entries (school_id, id, device_id, seq, prev_hash, author_key_id, "
                    "occurred_at, recorded_at, recipients, hash, signature) VALUES (:s, :id, :d, 999, '\\x00', "
                    "'k', 0, 0, '', '\\x00', '\\x00')"
                ),
                {"s": key_book_of(pc1.store).school_id, "id": "squat", "d": claimed},
            )
        with pytest.raises(DatabaseError, match="may lock only its own school"):  # nor lock another school
            conn.execute(
                text("SELECT concern_hub.take_push_lock(CAST(:s AS varchar))"),
                {"s": key_book_of(other.store).school_id},
            )
    engine.dispose()

    # IT closes the window: a version-1 PC reads a schema it does not know and tells its user to update; the
    # shared login may then only register PCs. PC 2, updated, gets its own login and carries on.
    assert close_hub_legacy(hub.admin_url) == 2
    assert shared_reads(hub, "SELECT value FROM concern_hub.hub_info WHERE key = 'schema_version'") == [(str(LATEST),)]
    with pytest.raises(ProgrammingError, match="permission denied"):
        shared_reads(hub, "SELECT count(*) FROM concern_hub.entries")
    pc2.record(STAFF2, STAFF2_PASS, ZOFIA, "Written after the window closed.")
    report = pc2.sync()
    assert report.ok, report.lines()
    assert pc2.store.settings.get(HUB_LOGIN) and pc1.sync().ok
    assert pc1.entry_ids() == pc2.entry_ids() and len(pc1.entry_ids()) == hub.count(key_book_of(pc1.store).school_id)
    pc1.assert_intact()
    pc2.assert_intact()


def test_a_pc_refuses_a_hub_that_no_longer_serves_its_protocol(trust: Trust) -> None:
    pc = trust.found_school()
    assert pc.sync().ok
    with trust.hub.admin().connect() as conn:
        conn.execute(text("UPDATE concern_hub.hub_info SET value = '3' WHERE key = 'oldest_client'"))
    report = pc.sync()
    assert not report.ok and report.errors[0].endswith(
        "no longer serves this version of Concern Logger: update this PC."
    )


def test_a_new_hub_serves_no_version_1_pc(trust: Trust) -> None:
    pc = trust.found_school()
    info = dict(trust.hub.rows("SELECT key, value FROM concern_hub.hub_info"))
    assert (info["hub_schema"], info["oldest_client"], info["schema_version"]) == (
        str(LATEST),
        str(CLIENT_PROTOCOL),
        str(LATEST),
    )
    assert pc.sync().ok
    engine = login_engine(pc, role=parse_hub_address(pc.store.settings.get(HUB_URL_SETTING) or "").role)
    with engine.connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(text("SELECT count(*) FROM concern_hub.entries"))
    engine.dispose()
