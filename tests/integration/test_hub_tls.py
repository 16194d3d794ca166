"""TLS to a real hub: verify-full by default with the certificate authority the enrolment file carries; a wrong
authority, a wrong name, an expired certificate and a server without TLS refused in one plain line; weaker modes
only with --allow-insecure or `[hub] allow_insecure`; version 1 enrolment files still join."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.config import CONFIG_ENV, HubSettings, MachineConfig
from desktop_app.domain.keybook import b64
from desktop_app.services.enrolment import (
    ENROLMENT_FORMAT,
    HUB_CA_FILE,
    HUB_URL_SETTING,
    export_enrolment,
    hub_tls,
    join_school,
    keep_hub_ca,
    read_enrolment,
)
from desktop_app.services.errors import ServiceError
from desktop_app.services.hub_login import HUB_LOGIN
from desktop_app.services.sync import SyncReport, set_up_hub, sync_status
from desktop_app.services.verified import key_book_of
from tests.conftest import LEAD, LEAD_PASS
from tests.e2e.conftest import Ran, assert_one_error
from tests.integration.conftest import PC, Trust, add_password_for
from tests.integration.pg import CertificateAuthority, PgCluster
from tests.integration.test_cli_sync import Runner

_HUB_PASSWORD = "hub-password-for-the-tls-tests"


def two_pcs(trust: Trust) -> tuple[PC, PC]:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    return pc1, pc2


def only_error(report: SyncReport) -> str:
    assert not report.ok and len(report.errors) == 1 and not report.pulled and not report.pushed, report.lines()
    assert "\n" not in report.errors[0]
    return report.errors[0]


def with_query(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


def role_of(pc: PC) -> str:
    return (pc.store.settings.get(HUB_URL_SETTING) or "").split("://", 1)[1].split("@", 1)[0]


def test_every_pc_checks_the_hub_with_the_authority_its_enrolment_file_carried(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    kept = pc2.store.data_dir / HUB_CA_FILE
    assert kept.read_bytes() == trust.hub.cluster.ca.pem
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600, "the authority is kept private to this user"
    assert pc1.sync().ok
    report = pc2.sync()
    assert report.ok and report.pulled == pc1.store.log.count(), report.lines()
    used = _connections_of(trust.hub.cluster, role_of(pc2))
    assert used and all("SSL enabled (protocol=TLSv1." in line for line in used), used


def test_the_enrolment_file_holds_the_authority_as_text_and_no_path_of_the_pc_that_wrote_it(
    trust: Trust, tmp_path: Path
) -> None:
    pc1 = trust.found_school("pc1")
    url = pc1.store.settings.get(HUB_URL_SETTING) or ""
    ca_copy = tmp_path / "exporting-pc" / "private" / "trust-ca.pem"
    ca_copy.parent.mkdir(parents=True)
    ca_copy.write_bytes(trust.hub.cluster.ca.pem)
    (pc1.store.data_dir / HUB_CA_FILE).unlink()  # this PC names its authority only in its address, as releases did
    pc1.store.settings.set(HUB_URL_SETTING, with_query(url, f"sslrootcert={ca_copy}&sslkey={ca_copy}.key"))
    assert pc1.sync().ok
    path = tmp_path / "enrolment.json"
    session = pc1.lead()
    export_enrolment(session, path)
    session.close()
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["version"] == 2 and data["hub"] == url
    assert data["hub_ca"] == trust.hub.cluster.ca.pem.decode("ascii")
    for private in (str(tmp_path), str(ca_copy), "sslrootcert", "sslkey", str(pc1.store.data_dir)):
        assert private not in text
    pc2 = PC("pc2", join_school(tmp_path / "pc2", read_enrolment(path)))
    trust.pcs.append(pc2)
    assert pc2.sync().ok


def test_a_hub_whose_certificate_another_authority_signed_is_refused(trust: Trust, tmp_path: Path) -> None:
    _pc1, pc2 = two_pcs(trust)
    other = CertificateAuthority.make("Another authority")
    keep_hub_ca(pc2.store.data_dir, other.pem.decode("ascii"))
    said = only_error(pc2.sync())
    assert said.startswith(f"The hub at database {trust.hub.database} on 127.0.0.1:{trust.hub.cluster.port} as ")
    assert "presented a certificate that is not signed by the certificate authority this PC trusts" in said
    assert "it may not be the real hub" in said
    assert "Sync failing since" in sync_status(pc2.store).text

    # The machine configuration's authority wins over the kept one: right there, wrong kept, it works...
    assert pc2.sync(configured=HubSettings(sslrootcert=str(trust.hub.cluster.ca_file))).ok
    # ...and wrong there, right kept, it is refused.
    keep_hub_ca(pc2.store.data_dir, trust.hub.cluster.ca.pem.decode("ascii"))
    wrong = tmp_path / "wrong-ca.pem"
    wrong.write_bytes(other.pem)
    said = only_error(pc2.sync(configured=HubSettings(sslrootcert=str(wrong))))
    assert "not signed by the certificate authority this PC trusts for it" in said and str(wrong) in said
    assert pc2.sync().ok


def test_a_hub_reached_by_a_name_its_certificate_does_not_carry_is_refused(trust: Trust) -> None:
    _pc1, pc2 = two_pcs(trust)
    role, cluster = role_of(pc2), trust.hub.cluster
    cluster.add_password(role, _password_of(trust, role), host="hub.wrong.example")
    address = f"postgresql://{role}@hub.wrong.example:{cluster.port}/{trust.hub.database}?hostaddr=127.0.0.1"
    said = only_error(pc2.sync(hub_url=address))
    assert said == (
        "The hub's certificate is for localhost (and 1 other name), not for hub.wrong.example that this PC "
        f"connects to (database "
        f"{trust.hub.database} on hub.wrong.example:{cluster.port} as {role}): write the hub's name as it is on "
        "its certificate in the hub address, or ask IT for a certificate that names it."
    )
    cluster.add_password(role, _password_of(trust, role), host="localhost")  # a name the certificate carries
    assert pc2.sync(hub_url=address.replace("hub.wrong.example", "localhost")).ok


def _password_of(trust: Trust, role: str) -> str:
    for line in trust.hub.cluster.passfile.read_text(encoding="utf-8").splitlines():
        host, port, _db, who, password = line.split(":", 4)
        if who == role and host == "127.0.0.1" and port == str(trust.hub.cluster.port):
            return password
    raise AssertionError(f"no password for {role}")


@pytest.mark.parametrize("mode", ["require", "disable", "prefer", "allow", "verify-ca"])
def test_a_weaker_mode_in_the_address_is_refused_unless_it_is_allowed(trust: Trust, mode: str) -> None:
    pc1, pc2 = two_pcs(trust)
    address = with_query(pc2.store.settings.get(HUB_URL_SETTING) or "", f"sslmode={mode}")
    said = only_error(pc2.sync(hub_url=address))
    assert said == (
        f"The hub address asks for sslmode={mode}, which does not check that this PC talks to the real hub: "
        "remove sslmode from the hub address or the machine configuration's [hub] sslmode (verify-full is the "
        "default), or, if IT accepts that risk, give "
        "--allow-insecure, or set [hub] allow_insecure = true in the machine configuration."
    )
    assert not any(f"user={role_of(pc2)} " in line for line in trust.hub.cluster.server_log().splitlines())
    assert pc1.sync().ok
    assert pc2.sync(hub_url=address, allow_insecure=True).ok
    assert pc2.sync(hub_url=address, configured=HubSettings(allow_insecure=True)).ok
    assert pc2.sync(configured=HubSettings(url=address, allow_insecure=True)).ok
    assert only_error(pc2.sync(configured=HubSettings(url=address))).startswith("The hub address asks for sslmode=")


def _connections_of(cluster: PgCluster, role: str) -> list[str]:
    lines = cluster.server_log().splitlines()
    return [line for line in lines if "connection authorized" in line and f"user={role} " in line]


def test_a_service_file_or_the_environment_cannot_weaken_tls(
    trust: Trust, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1, pc2 = two_pcs(trust)
    role, cluster = role_of(pc2), trust.hub.cluster
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[school_hub]\nhost=127.0.0.1\nport={cluster.port}\ndbname={trust.hub.database}\nuser={role}\n"
        "sslmode=disable\ngssencmode=prefer\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGSSLMODE", "disable")
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "no-such-authority.pem"))
    assert pc2.sync().ok
    assert pc2.sync(hub_url="postgresql:///?service=school_hub").ok
    # The enrolment login once (registering pc2's own hub login), then pc2's own login for every sync.
    used = _connections_of(cluster, role) + _connections_of(cluster, pc2.store.settings.get(HUB_LOGIN) or "")
    assert len(used) >= 3 and all("SSL enabled (protocol=TLSv1." in line for line in used), used

    # A PC that holds no authority at all is told so (PGSSLROOTCERT names none that exists).
    (pc1.store.data_dir / HUB_CA_FILE).unlink()  # pc1 set the school up: no enrolment to take it from again
    said = only_error(pc1.sync())
    assert said.startswith("This PC holds no certificate authority to check the hub at database ")
    assert "give it with --hub-ca to hub setup, or join again with an enrolment file that carries it" in said


def test_a_version_1_enrolment_file_still_joins(trust: Trust, tmp_path: Path) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    url = pc1.store.settings.get(HUB_URL_SETTING) or ""
    book = key_book_of(pc1.store)
    team = min(book.team_keys.values(), key=lambda k: (k.recorded_at, k.key_id))
    old = {  # as release 1 wrote it: no authority, and the exporting PC's own sslrootcert path in the address
        "format": ENROLMENT_FORMAT,
        "version": 1,
        "school_id": book.school_id,
        "school_name": book.school_name,
        "team_key_id": team.key_id,
        "team_public_key": b64(team.public),
        "hub": with_query(url, "sslmode=verify-full&sslrootcert=/home/lead/.postgresql/trust-ca.pem"),
    }
    path = tmp_path / "old-enrolment.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    enrolment = read_enrolment(path)
    assert enrolment.hub_ca is None and enrolment.hub == with_query(url, "sslmode=verify-full")

    pc2 = PC("pc2", join_school(tmp_path / "pc2", enrolment))
    trust.pcs.append(pc2)
    assert not (pc2.store.data_dir / HUB_CA_FILE).exists()
    said = only_error(pc2.sync())
    assert said.startswith("This PC holds no certificate authority to check the hub at ")
    assert "set [hub] sslrootcert in the machine configuration" in said and "--allow-insecure" in said
    configured = HubSettings(sslrootcert=str(trust.hub.cluster.ca_file))
    report = pc2.sync(configured=configured)
    assert report.ok and report.pulled == pc1.store.log.count()
    assert pc2.sync(allow_insecure=True).ok, "unchecked (sslmode=require) when IT allows it"


def test_joining_refuses_a_weaker_mode_unless_it_is_allowed(trust: Trust, tmp_path: Path) -> None:
    pc1 = trust.found_school("pc1")
    path = tmp_path / "enrolment.json"
    session = pc1.lead()
    url = pc1.store.settings.get(HUB_URL_SETTING) or ""
    export_enrolment(session, path, with_query(url, "sslmode=require"))
    session.close()
    with pytest.raises(ServiceError, match="asks for sslmode=require, which does not check"):
        join_school(tmp_path / "pc2", read_enrolment(path))
    assert not (tmp_path / "pc2").exists(), "nothing was made"
    with join_school(tmp_path / "pc2", read_enrolment(path), allow_insecure=True) as store:
        assert store.settings.get(HUB_URL_SETTING) == with_query(url, "sslmode=require")
    with join_school(tmp_path / "pc3", read_enrolment(path), configured=HubSettings(allow_insecure=True)):
        pass


def test_hub_setup_checks_tls_too(trust: Trust, pg_cluster: PgCluster) -> None:
    pc1 = trust.found_school("pc1")
    school_id = key_book_of(pc1.store).school_id
    with pg_cluster.admin_engine().connect() as conn:  # the administrator signs in over the network too
        conn.exec_driver_sql(f"ALTER ROLE hubadmin PASSWORD '{_HUB_PASSWORD}'")
    pg_cluster.add_password("hubadmin", _HUB_PASSWORD)
    tcp_admin = f"postgresql://hubadmin@127.0.0.1:{pg_cluster.port}/{trust.hub.database}"
    with pytest.raises(ServiceError, match="This PC holds no certificate authority to check the hub"):
        set_up_hub(tcp_admin, school_id)
    with pytest.raises(ServiceError, match="asks for sslmode=disable"):
        set_up_hub(with_query(tcp_admin, "sslmode=disable"), school_id)
    made = set_up_hub(tcp_admin, school_id, tls=hub_tls(ca_file=pg_cluster.ca_file))
    assert made.school_id == school_id
    assert set_up_hub(with_query(tcp_admin, "sslmode=disable"), school_id, tls=hub_tls(allow_insecure=True))


def _school_on(cluster: PgCluster, pc: PC, database: str) -> str:
    """Register pc's school on `cluster` (over its socket); the address PCs use there."""
    existing = cluster.admin_engine().connect()
    try:
        exists = existing.exec_driver_sql(f"SELECT 1 FROM pg_database WHERE datname = '{database}'").first()
    finally:
        existing.close()
    if exists is None:
        cluster.create_database(database)
    made = set_up_hub(cluster.admin_url(database), key_book_of(pc.store).school_id, password=_HUB_PASSWORD)
    add_password_for(cluster, made.role, _HUB_PASSWORD)
    return cluster.pc_url(made.role, database)


def test_a_hub_without_tls_is_refused_and_reached_only_when_allowed(trust: Trust, second_cluster: PgCluster) -> None:
    pc1 = trust.found_school("pc1")
    second_cluster.use_tls(None)
    address = _school_on(second_cluster, pc1, "plain_hub")
    said = only_error(pc1.sync(hub_url=address))
    assert said.startswith(f"The hub at database plain_hub on 127.0.0.1:{second_cluster.port} as ")
    assert said.endswith(
        "does not offer TLS, so this PC cannot check that it is the real hub: IT must turn TLS on at the hub "
        "(ssl = on, with a certificate); to connect unencrypted anyway, put sslmode=disable in the hub address and "
        "give --allow-insecure, or set [hub] allow_insecure = true in the machine configuration."
    )
    again = only_error(pc1.sync(hub_url=address, allow_insecure=True))
    assert again == said, "allowing weaker TLS does not weaken what the address did not ask to weaken"
    assert pc1.sync(hub_url=with_query(address, "sslmode=disable"), allow_insecure=True).ok


def test_an_expired_hub_certificate_is_named(trust: Trust, second_cluster: PgCluster, pg_cluster: PgCluster) -> None:
    pc1 = trust.found_school("pc1")
    address = _school_on(second_cluster, pc1, "expired_hub")
    second_cluster.use_tls(pg_cluster.ca.server(expired=True))  # signed by the authority the PC trusts
    try:
        said = only_error(pc1.sync(hub_url=address))
    finally:
        second_cluster.use_tls(None)
    assert said.startswith(f"The hub at database expired_hub on 127.0.0.1:{second_cluster.port} as ")
    assert "presented a certificate that expired on " in said and said.endswith(
        ": IT must renew the hub's certificate."
    )


# --- the command line -------------------------------------------------------------------------------------------


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """`concern-logger --data-dir DIR ...` run in this process, secrets on standard input."""

    def run(data_dir: Path, *args: str, secrets: Sequence[str] = ()) -> Ran:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{secret}\n" for secret in secrets)))
        code = cli.main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def _configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    path = tmp_path / "machine-config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(path))


def test_the_command_line_carries_a_checked_authority_and_refuses_anything_else(
    trust: Trust, tmp_path: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1 = trust.found_school("pc1")
    data_dir = pc1.store.data_dir
    pc1.close()
    trust.pcs.remove(pc1)
    ca = trust.hub.cluster.ca
    server = ca.server()
    files = {
        "key.pem": (server.cert_pem + server.key_pem, "holds a private key: give the certificate authority's"),
        "leaf.pem": (server.cert_pem, "that is not a certificate authority's (perhaps the hub's own)"),
        "junk.pem": (b"not a certificate\n", "is not a certificate in PEM form (-----BEGIN CERTIFICATE-----)."),
        "many.pem": (ca.pem * 9, "holds 9 certificates; at most 8 are taken."),
        "huge.pem": (b"x" * (65 * 1024), "it is 65 KiB; a certificate authority file is at most 64 KiB."),
    }
    out = tmp_path / "enrolment.json"
    for name, (data, problem) in files.items():
        (tmp_path / name).write_bytes(data)
        ran = run_cli(data_dir, "school", "export-enrolment", str(out), "--hub-ca", str(tmp_path / name),
                      "--as", LEAD, secrets=[LEAD_PASS])  # fmt: skip
        said = assert_one_error(ran)
        assert problem in said, said
        assert not out.exists(), "nothing is written"

    # The machine configuration's authority is carried when none is given.
    (data_dir / HUB_CA_FILE).unlink()
    _configuration(tmp_path, monkeypatch, f"[hub]\nsslrootcert = '{trust.hub.cluster.ca_file}'\n")
    ran = run_cli(data_dir, "school", "export-enrolment", str(out), "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0, ran.err
    assert json.loads(out.read_text(encoding="utf-8"))["hub_ca"] == ca.pem.decode("ascii")
    assert "The hub's certificate authority: CN=Concern Logger test CA (SHA-256 " in ran.out


def test_join_and_sync_take_a_weaker_mode_only_with_allow_insecure(
    trust: Trust, tmp_path: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    url = with_query(pc1.store.settings.get(HUB_URL_SETTING) or "", "sslmode=require")
    enrolment = tmp_path / "enrolment.json"
    session = pc1.lead()
    export_enrolment(session, enrolment, url)
    session.close()
    pc2 = tmp_path / "pc2"
    weak = "which does not check that this PC talks to the real hub: remove sslmode from the hub address"
    assert weak in assert_one_error(run_cli(pc2, "join", str(enrolment)))
    assert not pc2.exists()
    ran = run_cli(pc2, "join", str(enrolment), "--allow-insecure")
    assert ran.code == 0 and "joined Hillside Primary School" in ran.out, ran.err
    assert weak in assert_one_error(run_cli(pc2, "sync", "--once")), "the flag is not remembered"
    ran = run_cli(pc2, "sync", "--once", "--allow-insecure")
    assert ran.code == 0 and f"and received {pc1.store.log.count()} entries" in ran.out, ran.err
    assert "Sync failing" not in run_cli(pc2, "sync", "--status").out
    _configuration(tmp_path, monkeypatch, "[hub]\nallow_insecure = true\n")
    ran = run_cli(pc2, "sync", "--once")
    assert ran.code == 0 and ran.out.startswith("Up to date with the hub"), ran.err


def test_joining_with_a_file_that_carries_no_authority_says_what_this_pc_needs(
    trust: Trust, tmp_path: Path, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1 = trust.found_school("pc1")
    (pc1.store.data_dir / HUB_CA_FILE).unlink()
    enrolment = tmp_path / "enrolment.json"
    ran = run_cli(pc1.store.data_dir, "school", "export-enrolment", str(enrolment), "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0 and "It carries no certificate authority for the hub" in ran.out, ran.err
    ran = run_cli(tmp_path / "pc2", "join", str(enrolment))
    assert ran.code == 0 and "this PC cannot check the hub until IT sets [hub] sslrootcert" in ran.out, ran.err
    _configuration(tmp_path, monkeypatch, f"[hub]\nsslrootcert = '{trust.hub.cluster.ca_file}'\n")
    ran = run_cli(tmp_path / "pc3", "join", str(enrolment))
    assert ran.code == 0 and "cannot check the hub" not in ran.out, ran.err
    assert pc1.sync(configured=HubSettings(sslrootcert=str(trust.hub.cluster.ca_file))).ok
    ran = run_cli(tmp_path / "pc3", "sync", "--once")
    assert ran.code == 0 and "and received" in ran.out, ran.err


def test_a_weaker_mode_in_the_machine_configuration_needs_allow_insecure_there_too(trust: Trust) -> None:
    pc1, pc2 = two_pcs(trust)
    assert pc1.sync().ok
    url = pc2.store.settings.get(HUB_URL_SETTING) or ""
    weak = MachineConfig(values={"hub.url": url, "hub.sslmode": "require"})
    said = only_error(pc2.sync(configured=weak.hub()))
    assert said.startswith("The hub address asks for sslmode=require, which does not check")
    assert "the machine configuration's [hub] sslmode" in said
    allowed = MachineConfig(values={"hub.url": url, "hub.sslmode": "require", "hub.allow_insecure": True})
    assert pc2.sync(configured=allowed.hub()).ok


def test_hub_setup_on_the_command_line_takes_a_weaker_mode_only_with_allow_insecure(
    trust: Trust, pg_cluster: PgCluster, run_cli: Runner
) -> None:
    pc1 = trust.found_school("pc1")
    data_dir = pc1.store.data_dir
    pc1.close()
    trust.pcs.remove(pc1)
    with pg_cluster.admin_engine().connect() as conn:
        conn.exec_driver_sql(f"ALTER ROLE hubadmin PASSWORD '{_HUB_PASSWORD}'")
    pg_cluster.add_password("hubadmin", _HUB_PASSWORD)
    weak = f"postgresql://hubadmin@127.0.0.1:{pg_cluster.port}/{trust.hub.database}?sslmode=require"
    said = assert_one_error(run_cli(data_dir, "hub", "setup", "--hub", weak, "--no-password"))
    assert said.startswith("error: The hub address asks for sslmode=require, which does not check")
    ran = run_cli(data_dir, "hub", "setup", "--hub", weak, "--no-password", "--allow-insecure")
    assert ran.code == 0 and "Hub ready" in ran.out, ran.err


def test_hub_setup_from_an_enrolment_file_checks_the_hub_with_the_authority_it_carries(
    trust: Trust, pg_cluster: PgCluster, run_cli: Runner, tmp_path: Path
) -> None:
    """IT sets the hub up again (a new server, a restore) from the school's enrolment file on a machine with no
    store: the hub's certificate is checked with the authority the file carries (it was ignored, so only
    --hub-ca or --allow-insecure let it through)."""
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    enrolment = tmp_path / "hillside-enrolment.json"
    ran = run_cli(pc1.store.data_dir, "school", "export-enrolment", str(enrolment), "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0, ran.err
    assert json.loads(enrolment.read_text(encoding="utf-8"))["hub_ca"]
    with pg_cluster.admin_engine().connect() as conn:
        conn.exec_driver_sql(f"ALTER ROLE hubadmin PASSWORD '{_HUB_PASSWORD}'")
    pg_cluster.add_password("hubadmin", _HUB_PASSWORD)
    over_the_network = f"postgresql://hubadmin@127.0.0.1:{pg_cluster.port}/{trust.hub.database}"

    elsewhere = tmp_path / "it-laptop"
    setup = ("hub", "setup", "--hub", over_the_network, "--no-password", "--enrolment", str(enrolment))
    ran = run_cli(elsewhere, *setup)
    assert ran.code == 0, ran.err
    assert "(already there)" in ran.out
    assert not elsewhere.exists() or not any(elsewhere.iterdir()), "nothing is kept where there is no store"

    data = json.loads(enrolment.read_text(encoding="utf-8"))
    data["hub_ca"] = None
    enrolment.write_text(json.dumps(data), encoding="utf-8")
    said = assert_one_error(run_cli(elsewhere, *setup))  # no authority: the hub's certificate is not taken
    assert "certificate" in said.lower(), said
