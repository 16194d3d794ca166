"""The hub operations guide, run: the backup and restore scripts (a restore drill onto a new server, as after a
lost one) and the monitoring queries of docs/hub-operations.md, against a real PostgreSQL."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.services.enrolment import HUB_URL_SETTING, keep_hub_ca
from desktop_app.services.hub_login import hub_login_of
from desktop_app.services.sync import set_up_hub, sync_once
from desktop_app.services.verified import key_book_of
from desktop_app.sync.address import parse_hub_address
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, make_school
from tests.integration.conftest import PC, Trust, add_password_for
from tests.integration.pg import ADMIN, PgCluster, ServerCertificate

ROOT = Path(__file__).resolve().parents[2]
BACKUP = ROOT / "packaging" / "hub" / "backup-hub.sh"
RESTORE = ROOT / "packaging" / "hub" / "restore-hub.sh"
GUIDE = ROOT / "docs" / "hub-operations.md"
ZOFIA, JAKUB = "A123456789012", "A123456789013"


def run_script(script: Path, cluster: PgCluster, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one of the guide's scripts as IT would on the hub server: the administrator over the local socket."""
    env = {
        **os.environ,
        "PGHOST": str(cluster.socket_dir),
        "PGPORT": str(cluster.port),
        "PGUSER": ADMIN,
        "PATH": f"{cluster.bindir}:{os.environ.get('PATH', '')}",
    }
    return subprocess.run(["bash", str(script), *args], env=env, capture_output=True, text=True, timeout=300)


def move_pc(pc: PC, old: PgCluster, new: PgCluster) -> None:
    """IT points a PC at the hub's new server (same address, the new server's port); the PC's password file
    gets the same lines for the new port."""
    address = parse_hub_address(pc.store.settings.get(HUB_URL_SETTING) or "")
    moved = address.url.set(drivername="postgresql", port=new.port).render_as_string(hide_password=False)
    pc.store.settings.set(HUB_URL_SETTING, moved)
    lines = old.passfile.read_text(encoding="utf-8").splitlines()
    wanted = [re.sub(rf"^127\.0\.0\.1:{old.port}:", f"127.0.0.1:{new.port}:", line) for line in lines]
    with old.passfile.open("a", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in wanted if line not in lines)


@pytest.fixture
def second_server(pg_cluster: PgCluster) -> Iterator[PgCluster]:
    """A new, empty server with the hub's certificate put back on it, as IT rebuilds a lost hub (the hub's roles
    come back with their passwords from the backup)."""
    cluster = PgCluster()
    cluster.use_tls(pg_cluster.ca.server())
    try:
        yield cluster
    finally:
        cluster.destroy()


def test_a_hub_restored_on_a_new_server_from_last_nights_backup_loses_nothing(
    trust: Trust, tmp_path: Path, second_server: PgCluster
) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().ok
    before = [pc1.record(STAFF, STAFF_PASS, ZOFIA, "Bruise on her left cheek, noticed at registration.")]
    assert pc1.sync().ok and pc2.sync().ok

    backups = tmp_path / "backups"
    backups.mkdir()
    made = run_script(BACKUP, trust.hub.cluster, trust.hub.database, str(backups))
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.strip().splitlines()[-1])
    assert sorted(p.name for p in folder.iterdir()) == ["SHA256SUMS", "hub.dump", "roles.sql"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir()), "roles.sql holds verifiers"

    # After the backup, both PCs go on recording and syncing; then the server is lost.
    after = [
        pc1.record(STAFF, STAFF_PASS, JAKUB, "Came to school hungry again."),
        pc2.record(STAFF2, STAFF2_PASS, ZOFIA, "A second bruise, on her right cheek."),
    ]
    assert pc1.sync().ok and pc2.sync().ok
    held = trust.hub.count()
    logins = [hub_login_of(pc.store) for pc in (pc1, pc2)]
    assert all(logins), "each PC syncs as its own login"

    restored = run_script(RESTORE, second_server, str(folder))
    assert restored.returncode == 0, restored.stderr
    with second_server.admin_engine(trust.hub.database).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM concern_hub.entries")).scalar_one() < held

    for pc in (pc1, pc2):
        move_pc(pc, trust.hub.cluster, second_server)
    for pc in (pc1, pc2, pc1, pc2):
        report = pc.sync()
        assert report.ok, report.lines()
    with second_server.admin_engine(trust.hub.database).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM concern_hub.entries")).scalar_one() == held
    assert pc1.entry_ids() == pc2.entry_ids()
    assert [hub_login_of(pc.store) for pc in (pc1, pc2)] == logins, "the PCs' own logins came back with the roles"
    for entry_id in before + after:
        assert entry_id in pc1.entry_ids()
    pc1.assert_intact()
    pc2.assert_intact()


def test_restore_refuses_a_damaged_backup_and_never_overwrites_a_database(trust: Trust, tmp_path: Path) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    made = run_script(BACKUP, trust.hub.cluster, trust.hub.database, str(tmp_path))
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.strip().splitlines()[-1])

    refused = run_script(RESTORE, trust.hub.cluster, str(folder))  # the database is still there
    assert refused.returncode == 1
    assert f"the database {trust.hub.database} exists" in refused.stderr
    assert trust.hub.count() == pc1.store.log.count()

    dump = folder / "hub.dump"
    dump.write_bytes(dump.read_bytes()[:-10] + b"0123456789")
    damaged = run_script(RESTORE, trust.hub.cluster, str(folder))
    assert damaged.returncode == 1
    assert "damaged" in damaged.stderr

    assert run_script(RESTORE, trust.hub.cluster, str(tmp_path / "nothing")).returncode == 1
    failed = run_script(BACKUP, trust.hub.cluster, "no_such_database", str(tmp_path))
    assert failed.returncode != 0
    assert not list(tmp_path.glob("concern-hub-no_such_database-*")), "a failed backup leaves no folder behind"


def guide_queries() -> list[str]:
    """The SQL blocks of the operations guide marked as monitoring queries (```sql after a 'Monitoring' heading)."""
    text_ = GUIDE.read_text(encoding="utf-8")
    section = re.split(r"^## [0-9. ]*Monitoring$", text_, maxsplit=1, flags=re.M)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def test_the_guides_monitoring_queries_run_on_a_live_hub(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    queries = guide_queries()
    assert len(queries) >= 4
    school_id = key_book_of(pc1.store).school_id
    with trust.hub.admin().connect() as conn:
        results = [conn.execute(text(query)).all() for query in queries]  # each runs as written in the guide
    first = {row[0]: row for row in results[0]}
    assert school_id in first, "the per-school overview lists the school"
    assert first[school_id].pcs == 1 and first[school_id].last_received is not None


def guide_certificate_commands() -> str:
    """The guide's commands that make the hub's private CA and server certificate, for a hub called localhost
    (the `install` lines, which put the files in PostgreSQL's folder on a real server, are left out)."""
    text_ = GUIDE.read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```sh\n(.*?)```", text_, flags=re.S) if "openssl req -x509" in b)
    lines = [line for line in block.replace("\\\n", " ").splitlines() if line.startswith("openssl ")]
    return "\n".join(line.replace("hub.trust.local", "localhost") for line in lines)


def test_the_guides_certificates_give_a_hub_the_pcs_check_by_name(tmp_path: Path, second_cluster: PgCluster) -> None:
    """Provisioning, run: the guide's openssl commands make the authority and the server's certificate; a hub
    serving that certificate is reached with verify-full by its name, and refused at an address it does not carry."""
    made = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", guide_certificate_commands()],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    second_cluster.use_tls(
        ServerCertificate((tmp_path / "server.crt").read_bytes(), (tmp_path / "server.key").read_bytes())
    )
    school = make_school(tmp_path / "pc1")
    try:
        keep_hub_ca(school.store.data_dir, (tmp_path / "hub-ca.pem").read_text(encoding="ascii"))
        school_id = key_book_of(school.store).school_id
        second_cluster.create_database("provisioned")
        hub = set_up_hub(second_cluster.admin_url("provisioned"), school_id, password="provisioned-hub-password")
        for host in ("localhost", "127.0.0.1"):
            add_password_for(second_cluster, hub.role, "provisioned-hub-password", host=host)
        by_name = f"postgresql://{hub.role}@localhost:{second_cluster.port}/provisioned"
        report = sync_once(school.store, by_name)
        assert report.ok, report.lines()
        assert report.pushed == school.store.log.count()

        by_address = f"postgresql://{hub.role}@127.0.0.1:{second_cluster.port}/provisioned"
        refused = sync_once(school.store, by_address)
        assert not refused.ok
        assert "127.0.0.1" in refused.errors[0] and "certificate" in refused.errors[0], refused.errors
    finally:
        school.store.close()
