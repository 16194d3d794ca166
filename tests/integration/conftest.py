"""Integration fixtures: one throwaway PostgreSQL cluster per test session, a fresh hub database per test, and PCs
(school stores) that set a school up on the hub or join it with an enrolment file.

PCs reach the hub over TCP with verified TLS (`sslmode=verify-full`, the default): the PC that sets the school up
keeps the cluster's certificate authority as `hub setup --hub-ca` would, and the enrolment files it exports carry
it to the PCs that join."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from desktop_app.domain.records import SchoolState
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.enrolment import (
    HUB_URL_SETTING,
    export_enrolment,
    join_school,
    keep_hub_ca,
    read_enrolment,
)
from desktop_app.services.session import Session, sign_in
from desktop_app.services.state import load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import SyncReport, set_up_hub, sync_once
from desktop_app.services.verified import key_book_of
from desktop_app.services.verify import verify_store
from tests.conftest import LEAD, LEAD_PASS, make_school
from tests.integration.pg import PgCluster, missing_reason

_databases = itertools.count(1)
_passwords = itertools.count(1)


class _SessionCluster:
    """The one PostgreSQL server of a test process. `tests/adversarial/conftest.py` declares the hub fixtures again
    for its folder, so pytest may set `pg_cluster` up twice in one run; both must be this one server, or the
    second would take over PGPASSFILE and the first one's PCs could no longer sign in."""

    cluster: PgCluster | None = None
    users = 0
    previous_passfile: str | None = None


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A private PostgreSQL server for the session. Missing server programs fail the run in CI, else skip."""
    reason = missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the hub tests, never skip them", pytrace=False)
        pytest.skip(reason)
    shared = _SessionCluster
    if shared.cluster is None:
        shared.cluster = PgCluster()
        shared.previous_passfile = os.environ.get("PGPASSFILE")
        os.environ["PGPASSFILE"] = str(shared.cluster.passfile)
    shared.users += 1
    try:
        yield shared.cluster
    finally:
        shared.users -= 1
        if shared.users == 0:
            if shared.previous_passfile is None:
                os.environ.pop("PGPASSFILE", None)
            else:
                os.environ["PGPASSFILE"] = shared.previous_passfile
            shared.cluster.destroy()
            shared.cluster = None


@pytest.fixture(scope="session")
def second_cluster(pg_cluster: PgCluster) -> Iterator[PgCluster]:
    """Another PostgreSQL server (started only when a test asks for it), with no TLS to begin with: a test turns
    TLS on with the certificate it needs (`use_tls`) and relies on nothing another test left. Its PCs' passwords
    go in the session's password file (`add_password_for`)."""
    cluster = PgCluster(tls=False)
    try:
        yield cluster
    finally:
        cluster.destroy()


def add_password_for(cluster: PgCluster, role: str, password: str, host: str = "127.0.0.1") -> None:
    """Let PCs sign in as `role` on `cluster`: a line in the session's password file (PGPASSFILE)."""
    with open(os.environ["PGPASSFILE"], "a", encoding="utf-8") as out:
        out.write(f"{host}:{cluster.port}:*:{role}:{password}\n")


@dataclass
class Hub:
    """One hub database in the session's cluster."""

    cluster: PgCluster
    database: str
    _admin: Engine | None = None

    @property
    def admin_url(self) -> str:
        return self.cluster.admin_url(self.database)

    def pc_url(self, role: str) -> str:
        return self.cluster.pc_url(role, self.database)

    def admin(self) -> Engine:
        """An autocommit connection engine for the hub's administrator (superuser: row security does not apply)."""
        if self._admin is None:
            self._admin = self.cluster.admin_engine(self.database)
        return self._admin

    def set_up_school(self, school_id: str, role: str | None = None) -> str:
        """Run hub setup for a school with a fresh password for its role; returns the address its PCs use."""
        password = f"hub-password-{next(_passwords):04d}-for-tests"
        made = set_up_hub(self.admin_url, school_id, role=role, password=password)
        self.cluster.add_password(made.role, password)
        # The admin connects through the server's socket; PCs come over TCP and must give the role's password.
        return self.pc_url(made.role)

    def rows(self, query: str, **params: Any) -> list[Any]:
        with self.admin().connect() as conn:
            return list(conn.execute(text(query), params))

    def count(self, school_id: str | None = None) -> int:
        where = " WHERE school_id = :s" if school_id else ""
        return self.rows(f"SELECT count(*) FROM concern_hub.entries{where}", s=school_id)[0][0]


@pytest.fixture
def hub(pg_cluster: PgCluster) -> Iterator[Hub]:
    name = f"hub_{next(_databases)}"
    pg_cluster.create_database(name)
    made = Hub(pg_cluster, name)
    yield made
    if made._admin is not None:
        made._admin.dispose()
    with pg_cluster.admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))


@dataclass
class PC:
    """One school PC: its own store, synced through the hub."""

    name: str
    store: SchoolStore
    sessions: list[Session] = field(default_factory=list)

    def sign_in(self, username: str, password: str) -> Session:
        session = sign_in(self.store, username, password, sleep=lambda _s: None)
        self.sessions.append(session)
        return session

    def lead(self) -> Session:
        return self.sign_in(LEAD, LEAD_PASS)

    def sync(self, **options: Any) -> SyncReport:
        return sync_once(self.store, **options)

    def state(self) -> SchoolState:
        """Everything a lead reads on this PC, folded."""
        session = self.lead()
        try:
            return load_state(session)
        finally:
            session.close()

    def record(self, username: str, password: str, upn: str, what: str, **extra: Any) -> str:
        """Record one concern as `username` on this PC; returns its entry id."""
        item = {"pupil": upn, "occurred_at": "2026-03-04T10:15", "category": "physical-abuse", "what_happened": what}
        return self.record_items(username, password, [{**item, **extra}])[0]

    def record_many(self, username: str, password: str, count: int, upn: str = "A123456789013") -> list[str]:
        """`count` concerns about one pupil in one action (count + 1 entries with the session's batch key)."""
        item = {"pupil": upn, "occurred_at": "2026-03-04T10:15", "category": "neglect"}
        items = [{**item, "what_happened": f"Hungry, day {n}."} for n in range(count)]
        return self.record_items(username, password, items)

    def record_items(self, username: str, password: str, items: list[dict[str, Any]]) -> list[str]:
        session = self.sign_in(username, password)
        try:
            directory = load_directory(session)
            return [r.entry_id for r in record_concerns(session, directory, check_concerns(directory, items))]
        finally:
            session.close()

    def entry_ids(self) -> list[str]:
        return sorted(entry.id for entry in self.store.log.all())

    def assert_intact(self) -> None:
        report = verify_store(self.store)
        assert report.intact, [str(p) for p in report.problems]

    def close(self) -> None:
        for session in self.sessions:
            session.close()
        self.store.close()


@dataclass
class Trust:
    """PCs of schools on one hub; closes every store at the end of the test."""

    hub: Hub
    tmp: Path
    pcs: list[PC] = field(default_factory=list)

    def found_school(self, name: str = "pc1", role: str | None = None) -> PC:
        """A PC that sets its school up (the shared test school) and registers it on the hub."""
        made = make_school(self.tmp / name)
        url = self.hub.set_up_school(key_book_of(made.store).school_id, role)
        made.store.settings.set(HUB_URL_SETTING, url)
        keep_hub_ca(made.store.data_dir, self.hub.cluster.ca.pem.decode("ascii"))
        pc = PC(name, made.store)
        self.pcs.append(pc)
        return pc

    def join(self, founder: PC, name: str) -> PC:
        """A new PC joined to the founder's school with the enrolment file a lead exports."""
        session = founder.lead()
        enrolment_file = self.tmp / f"{name}-enrolment.json"
        export_enrolment(session, enrolment_file)
        session.close()
        pc = PC(name, join_school(self.tmp / name, read_enrolment(enrolment_file)))
        self.pcs.append(pc)
        return pc

    def close(self) -> None:
        for pc in self.pcs:
            pc.close()


@pytest.fixture
def trust(hub: Hub, tmp_path: Path) -> Iterator[Trust]:
    made = Trust(hub, tmp_path)
    yield made
    made.close()


def login_engine(pc: PC, *, role: str | None = None) -> Engine:
    """A raw autocommit connection as a PC's own hub login (or as `role` from the password file), TLS checked as
    the app checks it: what anyone holding that PC's store (its login) or the school's hub password could make."""
    from desktop_app.services.hub_login import HUB_LOGIN, HUB_LOGIN_PASSWORD
    from desktop_app.services.sync import resolve_hub_address
    from desktop_app.sync.hub import open_hub_engine

    address = resolve_hub_address(pc.store)
    assert address is not None
    if role is not None:
        return open_hub_engine(address.with_role(role)).execution_options(isolation_level="AUTOCOMMIT")
    login, password = pc.store.settings.get(HUB_LOGIN), pc.store.settings.get(HUB_LOGIN_PASSWORD)
    assert login and password, "the PC has synced with a version-2 hub and has its own login"
    return open_hub_engine(address.with_role(login), password).execution_options(isolation_level="AUTOCOMMIT")


def comparable(state: SchoolState) -> tuple[Any, ...]:
    """The parts of a folded state that must agree on every PC."""
    return (
        state.school_id,
        state.school_name,
        state.pupils,
        state.staff,
        state.concerns,
        {key: list(notes) for key, notes in state.addenda.items()},
        state.added_categories,
    )
