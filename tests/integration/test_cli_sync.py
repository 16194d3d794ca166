"""The command line IT uses: hub setup, export-enrolment, join and sync, against a real hub."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.services.store import SchoolStore
from desktop_app.services.verified import key_book_of
from desktop_app.sync.address import parse_hub_address
from desktop_app.sync.hub_migrations import LATEST
from tests.conftest import LEAD, LEAD_PASS, STAFF, make_school
from tests.e2e.conftest import Ran, assert_one_error
from tests.integration.conftest import Hub
from tests.integration.pg import free_port

Runner = Callable[..., Ran]


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """The command line run in this process (as `concern-logger --data-dir DIR ...`), secrets on standard input."""

    def run(data_dir: Path, *args: str, secrets: Sequence[str] = ()) -> Ran:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{secret}\n" for secret in secrets)))
        code = cli.main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def test_a_new_pc_joins_through_the_command_line_and_staff_sign_in_with_their_passwords(
    hub: Hub, tmp_path: Path, run_cli: Runner
) -> None:
    pc1, pc2 = tmp_path / "pc1", tmp_path / "pc2"
    made = make_school(pc1)
    school_id, count = key_book_of(made.store).school_id, made.store.log.count()
    made.store.close()
    role = "hillside_pcs"
    password = "a-long-hub-password-for-hillside"

    ca = str(hub.cluster.ca_file)
    ran = run_cli(pc1, "hub", "setup", "--hub", hub.admin_url, "--role", role, "--hub-ca", ca, secrets=[password])
    assert ran.code == 0, ran.err
    assert ran.out.startswith(f"Hub ready: database {hub.database} on ") and f"version {LATEST})" in ran.out
    assert f"enrols PCs with the login {role} (created)" in ran.out and "version 1" not in ran.out
    assert f"HOST:PORT:{hub.database}:{role}:PASSWORD" in ran.out
    assert password not in ran.out + ran.err
    hub.cluster.add_password(role, password)
    with SchoolStore(pc1) as store:  # the admin's address with the school's role, remembered for the enrolment
        remembered = parse_hub_address(store.settings.get("hub_url") or "")
    assert (remembered.role, remembered.database) == (role, hub.database)

    tcp = hub.pc_url(role)
    ran = run_cli(pc1, "sync", "--once", "--hub", tcp)
    assert ran.code == 0, ran.err
    assert ran.out.startswith(f"Sent {count} entries to the hub and received 0 entries (database {hub.database} on ")

    enrolment = tmp_path / "hillside-enrolment.json"
    ran = run_cli(pc1, "school", "export-enrolment", str(enrolment), "--hub", tcp, "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0, ran.err
    data = json.loads(enrolment.read_text(encoding="utf-8"))
    assert data["school_id"] == school_id and data["hub"] == tcp and data["version"] == 2
    assert set(data) == {
        "format",
        "version",
        "school_id",
        "school_name",
        "team_key_id",
        "team_public_key",
        "hub",
        "hub_ca",
    }
    assert data["hub_ca"] == hub.cluster.ca.pem.decode("ascii"), "the authority kept by hub setup --hub-ca"
    assert "The hub's certificate authority: CN=Concern Logger test CA (SHA-256 " in ran.out

    ran = run_cli(pc2, "join", str(enrolment))
    assert ran.code == 0 and "joined Hillside Primary School" in ran.out, ran.err
    assert run_cli(pc2, "sync", "--status").out.strip() == "Not synced yet."
    ran = run_cli(pc2, "sync", "--once")
    assert ran.code == 0, ran.err
    assert f"and received {count} entries" in ran.out
    status = run_cli(pc2, "sync", "--status").out.splitlines()
    assert status[0] == "Up to date." and status[1].startswith("This PC's hub login: cl_")

    ran = run_cli(pc2, "staff", "list", "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0, ran.err
    assert "Carys Teacher" in ran.out and STAFF in ran.out
    ran = run_cli(pc2, "verify")
    assert ran.code == 0 and ran.out.startswith(f"OK: {count} entries"), ran.out


def test_the_command_line_refuses_a_password_in_the_hub_address_and_says_when_the_hub_is_away(
    tmp_path: Path, run_cli: Runner
) -> None:
    made = make_school(tmp_path / "pc1")
    made.store.close()
    ran = run_cli(tmp_path / "pc1", "sync", "--once", "--hub", "postgresql://hillside:secret@hub.example/hub")
    assert assert_one_error(ran) == (
        "error: The hub address must not contain a password: put it in this PC's PostgreSQL password file "
        "(PGPASSFILE or ~/.pgpass) or a service file instead."
    )
    assert "secret" not in ran.out + ran.err
    port = free_port()
    ran = run_cli(tmp_path / "pc1", "sync", "--once", "--hub", f"postgresql://hillside@127.0.0.1:{port}/hub")
    assert assert_one_error(ran) == (
        f"error: The hub at database hub on 127.0.0.1:{port} as hillside cannot be reached (Connection refused)."
    )
    ran = run_cli(tmp_path / "pc1", "sync", "--status")
    assert ran.out == "No hub set up: records stay on this PC.\n", "a --hub given once is not remembered"
    ran = run_cli(tmp_path / "pc1", "sync", "--once")
    assert assert_one_error(ran).startswith("error: No hub is set up for this PC")


def test_it_lists_limits_and_revokes_pcs_and_closes_the_window_from_the_command_line(
    hub: Hub, tmp_path: Path, run_cli: Runner
) -> None:
    pc1 = tmp_path / "pc1"
    made = make_school(pc1)
    school_id = key_book_of(made.store).school_id
    made.store.close()
    password = "a-long-hub-password-for-hillside"
    ca = str(hub.cluster.ca_file)
    ran = run_cli(pc1, "hub", "setup", "--hub", hub.admin_url, "--hub-ca", ca, secrets=[password])
    assert ran.code == 0, ran.err
    role = ran.out.split("enrols PCs with the login ")[1].split(" ")[0]
    assert role.startswith("cl_") and school_id.replace("-", "") not in role
    hub.cluster.add_password(role, password)
    ran = run_cli(pc1, "sync", "--once", "--hub", hub.pc_url(role))
    assert ran.code == 0, ran.err
    login = run_cli(pc1, "sync", "--status").out.splitlines()[-1].removeprefix("This PC's hub login: ")

    ran = run_cli(pc1, "hub", "pcs", "--hub", hub.admin_url, "--school-id", school_id)
    assert ran.code == 0 and ran.out.startswith(f"{login}  school {school_id}  registered "), ran.out
    assert ran.out.rstrip().endswith("1 chain(s)")
    ran = run_cli(pc1, "hub", "quota", "--hub", hub.admin_url, "--school-id", school_id, "--max-pcs", "5")
    assert ran.code == 0 and ran.out.startswith("PCs: 1 of 5\nSpace: "), ran.out
    ran = run_cli(pc1, "hub", "close-legacy", "--hub", hub.admin_url)
    assert ran.code == 0 and ran.out.startswith("Version-1 PCs are no longer served (0 school logins"), ran.out
    ran = run_cli(pc1, "hub", "revoke-pc", "--hub", hub.admin_url, login)
    assert ran.code == 0 and ran.out.startswith(f"The PC login {login} is dropped"), ran.out
    ran = run_cli(pc1, "sync", "--once", "--hub", hub.pc_url(role))
    assert "IT may have revoked it" in assert_one_error(ran)
    ran = run_cli(pc1, "hub", "revoke-pc", "--hub", hub.admin_url, login)
    assert assert_one_error(ran) == f"error: There is no PC login '{login}' on this hub."
