"""TLS to the hub without a hub: the libpq settings each address gets, the certificate authority an enrolment file
may carry, libpq's TLS failures in plain words, the `[hub] allow_insecure` key, and the enrolment file's parser
against hostile input."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.config import ConfigError, load_config
from desktop_app.domain.keybook import b64
from desktop_app.services.enrolment import ENROLMENT_FORMAT, Enrolment, hub_tls
from desktop_app.services.errors import ServiceError
from desktop_app.sync.address import HubTls, parse_hub_address
from desktop_app.sync.tls import (
    BadCaCertificate,
    TlsRefused,
    ca_expiry_problem,
    checked_ca_pem,
    is_local,
    tls_arguments,
    tls_problem,
    without_paths,
)
from tests.integration.pg import CertificateAuthority

CA = CertificateAuthority.make("Unit test CA")
HUB = "postgresql://hillside@hub.school.local:5432/concern_hub"


def arguments(url: str, **tls: Any) -> dict[str, str]:
    return tls_arguments(parse_hub_address(url).with_tls(HubTls(**tls)))


def test_verify_full_is_the_default_and_the_address_and_environment_cannot_weaken_it() -> None:
    assert arguments(HUB) == {"sslmode": "verify-full", "gssencmode": "disable"}
    assert arguments(HUB, enrolled_root_cert="/data/hub-ca.pem") == {
        "sslmode": "verify-full",
        "gssencmode": "disable",
        "sslrootcert": "/data/hub-ca.pem",
    }
    assert arguments(HUB + "?sslmode=verify-full")["sslmode"] == "verify-full"
    assert arguments(HUB + "?gssencmode=require")["sslmode"] == "verify-full"
    assert "gssencmode" not in arguments(HUB + "?gssencmode=require"), "Kerberos chosen on purpose is left alone"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca", "VERIFY-FULL", "sometimes"])
def test_anything_weaker_is_refused_with_the_fix_unless_allowed(mode: str) -> None:
    with pytest.raises(TlsRefused) as refused:
        arguments(f"{HUB}?sslmode={mode}")
    said = str(refused.value)
    assert said.startswith(f"The hub address asks for sslmode={mode}, which does not check")
    assert "--allow-insecure" in said and "[hub] allow_insecure = true" in said and "\n" not in said
    assert arguments(f"{HUB}?sslmode={mode}", allow_insecure=True)["sslmode"] == mode


def test_allowing_weaker_tls_uses_it_only_where_nothing_better_is_possible() -> None:
    assert arguments(HUB, allow_insecure=True)["sslmode"] == "require", "no authority known: encrypted, unchecked"
    assert arguments(HUB + "?sslmode=verify-full", allow_insecure=True)["sslmode"] == "require"
    known = arguments(HUB, allow_insecure=True, enrolled_root_cert="/data/hub-ca.pem")
    assert known["sslmode"] == "verify-full", "an authority is known: still checked"
    asked = arguments(HUB + "?sslmode=require", allow_insecure=True, enrolled_root_cert="/data/hub-ca.pem")
    assert "sslrootcert" not in asked, "what IT wrote is what libpq does (require with a root would check the CA)"
    assert arguments(HUB + "?sslmode=verify-ca", allow_insecure=True, root_cert="/it/ca.pem")["sslrootcert"]


def test_which_authority_wins() -> None:
    named = f"{HUB}?sslrootcert=/etc/ssl/school-ca.pem"
    assert arguments(named, enrolled_root_cert="/data/hub-ca.pem")["sslrootcert"] == "/etc/ssl/school-ca.pem"
    chosen = arguments(named, root_cert="/it/ca.pem", enrolled_root_cert="/data/hub-ca.pem")
    assert chosen["sslrootcert"] == "/it/ca.pem", "the machine configuration (or --hub-ca) wins"
    from desktop_app.config import HubSettings

    tls = hub_tls(HubSettings(sslrootcert="/it/ca.pem"), kept=Path("/data/hub-ca.pem"))
    assert (tls.root_cert, tls.enrolled_root_cert, tls.allow_insecure) == ("/it/ca.pem", "/data/hub-ca.pem", False)
    assert hub_tls(HubSettings(allow_insecure=True)).allow_insecure and hub_tls(allow_insecure=True).allow_insecure
    assert hub_tls(HubSettings(sslrootcert="/it/ca.pem"), ca_file=Path("/given.pem")).root_cert == "/given.pem"


def test_a_mode_given_twice_is_refused() -> None:
    with pytest.raises(TlsRefused, match="gives sslmode more than once"):
        arguments(f"{HUB}?sslmode=verify-full&sslmode=disable")


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("postgresql://admin@/hub?host=/var/run/postgresql", True),
        ("postgresql://admin@/hub?host=/tmp,/var/run/postgresql", True),
        ("postgresql://admin@/hub?host=@abstract", True),
        ("postgresql://admin@/hub?host=/tmp,hub.school.local", False),
        ("postgresql://admin@/hub?host=/tmp&hostaddr=10.0.0.5", False),
        ("postgresql://admin@/hub", False),
        ("postgresql:///?service=school_hub", False),
        (HUB, False),
    ],
)
def test_a_hub_on_this_machines_unix_socket_needs_no_flag(url: str, local: bool) -> None:
    address = parse_hub_address(url + ("&" if "?" in url else "?") + "sslmode=disable")
    assert is_local(address) is local
    if local:
        assert tls_arguments(address)["sslmode"] == "disable", "libpq never uses TLS over a socket"
        assert tls_arguments(parse_hub_address(url))["sslmode"] == "verify-full"
    else:
        with pytest.raises(TlsRefused):
            tls_arguments(address)


def test_an_address_for_an_enrolment_file_loses_the_paths_of_the_pc_that_wrote_it() -> None:
    written = parse_hub_address(
        f"{HUB}?sslmode=verify-full&sslrootcert=/home/lead/ca.pem&sslcert=/home/lead/c.crt&sslkey=/home/lead/c.key"
        "&sslcrl=/x&sslcrldir=/y&passfile=/home/lead/.pgpass&application_name=pc"
    )
    assert without_paths(written).text == f"{HUB}?application_name=pc&sslmode=verify-full"
    assert without_paths(parse_hub_address(f"{HUB}?sslrootcert=system")).text == f"{HUB}?sslrootcert=system"


# --- the certificate authority ----------------------------------------------------------------------------------


def test_a_certificate_authority_is_checked_and_re_encoded() -> None:
    text = CA.pem.decode("ascii")
    assert checked_ca_pem(CA.pem) == text
    assert checked_ca_pem(f"Bag Attributes: from a Windows export\n{text}\ntrailing words\n") == text
    two = CertificateAuthority.make("Second").pem.decode("ascii")
    assert checked_ca_pem(text + two) == text + two
    server = CA.server()
    for text_given, problem in (
        (b"", "is not a certificate in PEM form"),
        (b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n", "is not a certificate in PEM"),
        (server.cert_pem, "that is not a certificate authority's (perhaps the hub's own)"),
        (CA.pem + server.key_pem, "holds a private key"),
        (CA.pem * 9, "holds 9 certificates"),
        (b"A" * (64 * 1024 + 1), "is larger than 64 KiB: a certificate authority's certificate is a few KiB."),
    ):
        with pytest.raises(BadCaCertificate, match=re.escape(problem)):
            checked_ca_pem(text_given)


def test_an_expired_authority_is_named() -> None:
    assert ca_expiry_problem(CA.pem.decode("ascii")) is None
    later = datetime.now(UTC) + timedelta(days=400)
    assert (ca_expiry_problem(CA.pem.decode("ascii"), later) or "").startswith(
        "the certificate authority CN=Unit test CA expired on "
    )


# --- libpq's failures in plain words ----------------------------------------------------------------------------


def test_each_tls_failure_is_one_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    address = parse_hub_address(HUB).with_tls(HubTls(enrolled_root_cert="/data/hub-ca.pem"))
    lead = 'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
    where = "database concern_hub on hub.school.local:5432 as hillside"
    said = {
        "no authority": tls_problem(
            lead + 'root certificate file "/root/.postgresql/root.crt" does not exist\nEither provide the file, '
            "use the system's trusted roots with sslrootcert=system, or change sslmode to disable server "
            "certificate verification.",
            address,
        ),
        "unreadable": tls_problem(
            lead + 'could not read root certificate file "/data/hub-ca.pem": no certificate or crl found', address
        ),
        "name": tls_problem(
            lead + 'server certificate for "hub.other.example" (and 1 other name) does not match host name '
            '"hub.school.local"',
            address,
        ),
        "no tls": tls_problem(lead + "server does not support SSL, but SSL was required", address),
    }
    monkeypatch.setattr("desktop_app.sync.tls.presented_certificate", lambda *_a, **_k: None)
    said["untrusted"] = tls_problem(lead + "SSL error: certificate verify failed", address)
    for line in said.values():
        assert line and "\n" not in line and where in line, line
    assert (said["no authority"] or "").startswith(
        f"This PC holds no certificate authority to check the hub at {where}"
    )
    assert (said["unreadable"] or "").startswith("The certificate authority file /data/hub-ca.pem for the hub at ")
    assert (said["name"] or "").startswith(
        "The hub's certificate is for hub.other.example (and 1 other name), not for hub.school.local that this PC "
        "connects to"
    )
    assert "does not offer TLS" in (said["no tls"] or "")
    assert "not signed by the certificate authority this PC trusts for it (/data/hub-ca.pem)" in (
        said["untrusted"] or ""
    )
    assert tls_problem(lead + "Connection refused", address) is None
    assert tls_problem("SSL SYSCALL error: EOF detected", address) is None, "a lost connection stays a lost one"
    assert tls_problem("consuming input failed: SSL error: unexpected eof while reading", address) is None
    assert tls_problem(lead + "SSL error: tlsv1 alert protocol version", address) == (
        f"TLS with the hub at {where} failed: SSL error: tlsv1 alert protocol version"
    )


def test_an_expired_or_early_hub_certificate_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography import x509

    address = parse_hub_address(HUB)
    expired = x509.load_pem_x509_certificate(CA.server(expired=True).cert_pem)
    monkeypatch.setattr("desktop_app.sync.tls.presented_certificate", lambda *_a, **_k: expired)
    said = tls_problem("failed: SSL error: certificate verify failed", address) or ""
    assert said.startswith("The hub at database concern_hub on hub.school.local:5432 as hillside presented a ")
    assert f"expired on {expired.not_valid_after_utc:%d %B %Y}: IT must renew the hub's certificate." in said


# --- the machine configuration ----------------------------------------------------------------------------------


def test_allow_insecure_is_true_or_false_and_only_it_may_set_it(tmp_path: Path) -> None:
    machine = tmp_path / "machine.toml"
    nobody = tmp_path / "no-user.toml"
    machine.write_text("[hub]\nallow_insecure = true\n", encoding="utf-8")
    assert load_config(machine, nobody).hub().allow_insecure
    machine.write_text("", encoding="utf-8")
    assert not load_config(machine, nobody).hub().allow_insecure
    machine.write_text('[hub]\nallow_insecure = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"hub.allow_insecure: must be true or false \(no quotes\), not 'yes'"):
        load_config(machine, nobody)
    machine.write_text("", encoding="utf-8")
    user = tmp_path / "user.toml"
    user.write_text("[hub]\nallow_insecure = true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"hub\.allow_insecure: may only be set by IT staff"):
        load_config(machine, user)


def test_it_staff_set_allow_insecure_with_configure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app import cli

    path = tmp_path / "config.toml"
    assert cli.main(["configure", "--file", str(path), "--hub-allow-insecure", "true"]) == 0
    assert load_config(path, tmp_path / "no-user.toml").hub().allow_insecure
    assert cli.main(["configure", "--file", str(path), "--hub-allow-insecure", ""]) == 0, "empty: left as it is"
    assert load_config(path, tmp_path / "no-user.toml").hub().allow_insecure
    assert cli.main(["configure", "--file", str(path), "--hub-allow-insecure", "false"]) == 0
    assert not load_config(path, tmp_path / "no-user.toml").hub().allow_insecure
    with pytest.raises(SystemExit):
        cli.main(["configure", "--file", str(path), "--hub-allow-insecure", "yes"])
    assert "'yes' is not true or false" in capsys.readouterr().err


# --- the enrolment file's parser against hostile input ----------------------------------------------------------


def _good(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": ENROLMENT_FORMAT,
        "version": 2,
        "school_id": "01234567-0000-7000-8000-000000000000",
        "school_name": "Hillside Primary School",
        "team_key_id": "team-1",
        "team_public_key": b64(bytes(32)),
        "hub": HUB,
        "hub_ca": CA.pem.decode("ascii"),
    }
    data.update(changes)
    return data


def test_version_1_and_2_files_are_read_and_a_version_1_file_carries_no_authority() -> None:
    assert Enrolment.from_json(_good()).hub_ca == CA.pem.decode("ascii")
    old = Enrolment.from_json(_good(version=1, hub=HUB + "?sslrootcert=/home/lead/ca.pem"))
    assert old.hub_ca is None and old.hub == HUB
    assert json.loads(json.dumps(Enrolment.from_json(_good()).to_json()))["version"] == 2
    for bad, problem in (
        (_good(hub_ca=CA.server().cert_pem.decode()), "not a certificate authority's"),
        (_good(hub_ca=["not", "text"]), "certificate authority for the hub is not text"),
        (_good(hub=7), "hub address is not text"),
        (_good(version=True), "has version True"),
        (_good(version="2"), "has version '2'"),
    ):
        with pytest.raises(ServiceError, match=problem):
            Enrolment.from_json(bad)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_field_values = st.one_of(
    _json,
    st.sampled_from([CA.pem.decode("ascii"), CA.server().cert_pem.decode("ascii"), "-----BEGIN CERTIFICATE-----"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200).map(lambda t: f"postgresql://{t}"),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    changes=st.dictionaries(
        st.sampled_from(
            ["format", "version", "school_id", "school_name", "team_key_id", "team_public_key", "hub", "hub_ca"]
        ),
        _field_values,
        max_size=4,
    ),
    whole=_json,
)
def test_hostile_enrolment_json_is_read_or_refused_in_words_never_a_crash(changes: dict[str, Any], whole: Any) -> None:
    for data in (_good(**changes), whole):
        try:
            made = Enrolment.from_json(data)
        except ServiceError as exc:
            assert str(exc) and "\n" not in str(exc).strip()
            continue
        assert Enrolment.from_json(json.loads(json.dumps(made.to_json()))) == made
        if made.hub_ca is not None:
            assert checked_ca_pem(made.hub_ca) == made.hub_ca
        if made.hub is not None:
            assert "sslrootcert=/" not in made.hub
