"""Someone on the school's network answers as the hub (a PostgreSQL server of their own at the hub's name, with a
certificate from another authority, or with no TLS at all): the PC stops at the handshake, before it says who it
is or signs in, and sends and takes nothing. The same attack with TLS unchecked (what libpq does by default) gets
the PC's sign-in and its entries, which is what the default prevents."""

from __future__ import annotations

from desktop_app.services.sync import set_up_hub
from desktop_app.services.verified import key_book_of
from tests.conftest import STAFF, STAFF_PASS
from tests.integration.conftest import PC, Trust, add_password_for
from tests.integration.pg import CertificateAuthority, PgCluster

_PASSWORD = "the-impostors-copy-of-the-role"


def _impostor_for(cluster: PgCluster, pc: PC, database: str) -> str:
    """The impostor's server set up to take this school's entries; the address the PC is pointed at."""
    with cluster.admin_engine().connect() as conn:
        if conn.exec_driver_sql(f"SELECT 1 FROM pg_database WHERE datname = '{database}'").first() is None:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
    made = set_up_hub(cluster.admin_url(database), key_book_of(pc.store).school_id, password=_PASSWORD)
    add_password_for(cluster, made.role, _PASSWORD)
    return cluster.pc_url(made.role, database)


def _entries_on(cluster: PgCluster, database: str) -> int:
    with cluster.admin_engine(database).connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM concern_hub.entries").scalar_one()


def test_an_impostor_hub_with_another_authoritys_certificate_learns_nothing(
    trust: Trust, second_cluster: PgCluster
) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")  # checks the hub with the authority its enrolment file carried
    assert pc1.sync().ok and pc2.sync().ok
    pc2.record_many(STAFF, STAFF_PASS, 2)
    impostor = _impostor_for(second_cluster, pc2, "impostor_hub")
    role = impostor.split("://", 1)[1].split("@", 1)[0]
    second_cluster.use_tls(CertificateAuthority.make("The impostor's own authority").server())
    try:
        before = second_cluster.server_log()
        report = pc2.sync(hub_url=impostor)
        seen = second_cluster.server_log()[len(before) :]
        assert not report.ok and report.pushed == 0 and report.pulled == 0
        assert "not signed by the certificate authority this PC trusts" in report.errors[0]
        assert "it may not be the real hub" in report.errors[0]
        assert role not in seen, "the PC stopped before it said who it is"
        assert "connection authorized" not in seen
        assert _entries_on(second_cluster, "impostor_hub") == 0

        # The attack works against a PC that does not check (so the test above is not empty): with IT's
        # permission and sslmode=require, the impostor gets the sign-in and every entry this PC holds.
        report = pc2.sync(hub_url=impostor + "?sslmode=require", allow_insecure=True)
        assert report.ok and report.pushed > 0
        assert f"connection authorized: user={role}" in second_cluster.server_log()
        assert _entries_on(second_cluster, "impostor_hub") == report.pushed
    finally:
        second_cluster.use_tls(None)


def test_an_impostor_hub_without_tls_gets_no_sign_in(trust: Trust, second_cluster: PgCluster) -> None:
    pc1 = trust.found_school("pc1")
    second_cluster.use_tls(None)
    impostor = _impostor_for(second_cluster, pc1, "plain_impostor")
    role = impostor.split("://", 1)[1].split("@", 1)[0]
    before = second_cluster.server_log()
    report = pc1.sync(hub_url=impostor)
    assert not report.ok and "does not offer TLS" in report.errors[0]
    assert role not in second_cluster.server_log()[len(before) :], "the PC asked for TLS first and stopped"
    assert _entries_on(second_cluster, "plain_impostor") == 0
