"""TLS to the hub: verify-full unless IT allows less, the certificate authority an enrolment file carries, and TLS
failures in plain words.

Every connection to a hub over the network is made with `sslmode=verify-full` (the hub's certificate must be signed
by the certificate authority this PC trusts, and must name the host this PC connects to) whatever libpq's own
default, a service file or PGSSLMODE would say. A weaker mode written in the address (disable, allow, prefer,
require, verify-ca) is refused unless `allow_insecure`. An address whose every host is a Unix-socket folder is on
this machine: libpq never uses TLS there, so any mode is accepted and no flag is needed.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
from datetime import UTC, datetime
from ipaddress import ip_address
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding

from desktop_app.file_limits import KIB, read_limited
from desktop_app.sync.address import HubAddress

VERIFY_FULL = "verify-full"
WEAKER_MODES = ("disable", "allow", "prefer", "require", "verify-ca")
MAX_CA_BYTES = 64 * KIB  # a root and a few intermediates are about 2 KiB each
MAX_CA_CERTIFICATES = 8
PROBE_SECONDS = 5
# libpq parameters that name files on the PC that wrote the address: meaningless (and revealing) anywhere else.
PATH_PARAMETERS = ("sslrootcert", "sslcert", "sslkey", "sslcrl", "sslcrldir", "passfile", "sslkeylogfile")
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL's "let us speak TLS" message
ALLOW_HOW = "give --allow-insecure, or set [hub] allow_insecure = true in the machine configuration"


class TlsRefused(ValueError):
    """The address asks for less than verify-full and nobody allowed it; the message names the fix."""


class BadCaCertificate(ValueError):
    """The text given as the hub's certificate authority is not one; the message says why in plain words."""


# --- the certificate authority ----------------------------------------------------------------------------------


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def checked_ca_pem(data: bytes | str, what: str = "The certificate authority file") -> str:
    """The certificate authority's certificate(s) as PEM text, re-encoded from what was parsed (nothing else in the
    text is kept). Raises BadCaCertificate: too big, a private key in it, not PEM, or not a certificate authority."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_CA_BYTES:
        raise BadCaCertificate(f"{what} is larger than 64 KiB: a certificate authority's certificate is a few KiB.")
    if b"PRIVATE KEY" in raw:
        raise BadCaCertificate(f"{what} holds a private key: give the certificate authority's certificate alone.")
    try:
        certs = x509.load_pem_x509_certificates(raw)
    except ValueError:
        raise BadCaCertificate(f"{what} is not a certificate in PEM form (-----BEGIN CERTIFICATE-----).") from None
    if len(certs) > MAX_CA_CERTIFICATES:
        raise BadCaCertificate(f"{what} holds {len(certs)} certificates; at most {MAX_CA_CERTIFICATES} are taken.")
    for cert in certs:
        if not _is_ca(cert):
            raise BadCaCertificate(
                f"{what} holds a certificate for {cert.subject.rfc4514_string() or 'no name'} that is not a "
                "certificate authority's (perhaps the hub's own): give the authority that signed the hub's."
            )
    return "".join(cert.public_bytes(Encoding.PEM).decode("ascii") for cert in certs)


def read_ca_file(path: Path) -> str:
    """A certificate authority file read (size-checked first) and checked (`checked_ca_pem`)."""
    try:
        data = read_limited(path, MAX_CA_BYTES, "a certificate authority file")
    except OSError as exc:
        raise BadCaCertificate(f"Cannot read the certificate authority file {path}: {exc.strerror or exc}.") from exc
    return checked_ca_pem(data, f"The certificate authority file {path}")


def describe_ca(pem: str) -> str:
    """Who the authority is and its fingerprint, to read out over the phone: 'CN=Trust CA (SHA-256 3f:a1:…)'."""
    cert = x509.load_pem_x509_certificates(pem.encode("ascii"))[0]
    digest = cert.fingerprint(hashes.SHA256()).hex()
    return f"{cert.subject.rfc4514_string()} (SHA-256 {digest[:16]}…)"


def ca_expiry_problem(pem: str, now: datetime | None = None) -> str | None:
    """Why a certificate authority cannot check anything now (it has expired or is not valid yet), or None."""
    now = now or datetime.now(UTC)
    for cert in x509.load_pem_x509_certificates(pem.encode("ascii")):
        name = cert.subject.rfc4514_string()
        if cert.not_valid_after_utc < now:
            return f"the certificate authority {name} expired on {cert.not_valid_after_utc:%d %B %Y}"
        if cert.not_valid_before_utc > now:
            return f"the certificate authority {name} is not valid until {cert.not_valid_before_utc:%d %B %Y}"
    return None


# --- what libpq is told -----------------------------------------------------------------------------------------


def _values(address: HubAddress, name: str) -> list[str]:
    value = address.url.query.get(name)
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, tuple) else [str(value)]


def _single(address: HubAddress, name: str) -> str | None:
    values = _values(address, name)
    if len(set(values)) > 1:
        raise TlsRefused(f"The hub address gives {name} more than once; give it once.")
    return values[0] if values else None


def _hosts(address: HubAddress) -> list[str]:
    hosts = [address.url.host] if address.url.host else []
    for value in _values(address, "host"):
        hosts += [host for host in value.split(",") if host]
    return hosts


def _is_socket_folder(host: str) -> bool:
    return host.startswith(("/", "@")) or (len(host) > 2 and host[1] == ":" and host[2] in "\\/")


def is_local(address: HubAddress) -> bool:
    """Does the address reach the hub only through Unix-socket folders on this machine (no network, so no TLS)?"""
    hosts = _hosts(address)
    return bool(hosts) and all(_is_socket_folder(host) for host in hosts) and not _values(address, "hostaddr")


def root_cert_of(address: HubAddress) -> str | None:
    """The certificate authority file a connection trusts: IT's choice, else the address's, else the enrolled one."""
    given = _single(address, "sslrootcert")
    return address.tls.root_cert or given or address.tls.enrolled_root_cert


def tls_arguments(address: HubAddress) -> dict[str, str]:
    """The libpq TLS settings for a connection to the hub (they override a service file and PGSSLMODE).

    Raises TlsRefused, naming the fix, when the address asks for a weaker mode than verify-full and
    `address.tls.allow_insecure` is not set. With it set, verify-full is still used when a certificate authority is
    known (the weaker mode is used only when the address names it), else `require` (encrypted, not checked)."""
    mode = _single(address, "sslmode")
    arguments: dict[str, str] = {}
    if "gssencmode" not in address.url.query:
        arguments["gssencmode"] = "disable"  # else a Kerberos-encrypted link would be taken instead of checked TLS
    if is_local(address):
        arguments["sslmode"] = mode or VERIFY_FULL  # libpq never uses TLS over a Unix socket
        return arguments
    root = root_cert_of(address)
    if mode in (None, VERIFY_FULL):
        mode = VERIFY_FULL if root or not address.tls.allow_insecure else "require"
    elif not address.tls.allow_insecure:
        raise TlsRefused(
            f"The hub address asks for sslmode={mode}, which does not check that this PC talks to the real hub: "
            "remove sslmode from the hub address or the machine configuration's [hub] sslmode (verify-full is the "
            f"default), or, if IT accepts that risk, {ALLOW_HOW}."
        )
    arguments["sslmode"] = mode
    if root and mode in (VERIFY_FULL, "verify-ca"):  # below verify-ca it would make libpq check after all
        arguments["sslrootcert"] = root
    return arguments


def without_paths(address: HubAddress) -> HubAddress:
    """The address without the parameters that name files on this PC (kept: sslrootcert=system, not a file)."""
    query = {
        name: value
        for name, value in address.url.query.items()
        if name not in PATH_PARAMETERS or (name == "sslrootcert" and value == "system")
    }
    return HubAddress(address.url.set(query=query), address.tls)


# --- failures in plain words ------------------------------------------------------------------------------------


def _first_host(address: HubAddress) -> tuple[str, int] | None:
    hosts = _hosts(address)
    if not hosts or _is_socket_folder(hosts[0]):
        return None
    target = (_values(address, "hostaddr") or [hosts[0]])[0].split(",")[0]
    port = address.url.port or int((_values(address, "port") or ["5432"])[0].split(",")[0] or 5432)
    return target, port


def presented_certificate(host: str, port: int, timeout: float = PROBE_SECONDS) -> x509.Certificate | None:
    """The certificate a PostgreSQL server presents, fetched without checking it (only to say what is wrong with
    it after libpq refused it), or None when it cannot be had."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            if raw.recv(1) != b"S":
                return None
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw, server_hostname=None if _is_ip(host) else host) as tls:
                der = tls.getpeercert(binary_form=True)
        return x509.load_der_x509_certificate(der) if der else None
    except (OSError, ValueError):
        return None


def _is_ip(host: str) -> bool:
    try:
        ip_address(host)
    except ValueError:
        return False
    return True


def _root_problem(root: str | None) -> str | None:
    if not root or root == "system":
        return None
    with contextlib.suppress(BadCaCertificate, ValueError):
        return ca_expiry_problem(read_ca_file(Path(root)))
    return None


def _why_not_trusted(address: HubAddress, where: str) -> str:
    root = root_cert_of(address)
    expired_root = _root_problem(root)
    if expired_root:
        return (
            f"This PC cannot check the hub at {where}: {expired_root}. IT must give this PC the authority's "
            "new certificate ([hub] sslrootcert, or a new enrolment file)."
        )
    target = _first_host(address)
    cert = presented_certificate(*target) if target else None
    now = datetime.now(UTC)
    if cert is not None and cert.not_valid_after_utc < now:
        return (
            f"The hub at {where} presented a certificate that expired on {cert.not_valid_after_utc:%d %B %Y}: IT "
            "must renew the hub's certificate."
        )
    if cert is not None and cert.not_valid_before_utc > now:
        return (
            f"The hub at {where} presented a certificate that is not valid until "
            f"{cert.not_valid_before_utc:%d %B %Y %H:%M} UTC: check this PC's clock, or ask IT about the certificate."
        )
    return (
        f"The hub at {where} presented a certificate that is not signed by the certificate authority this PC "
        f"trusts for it ({root or 'none named'}): it may not be the real hub. If IT changed the hub's certificate "
        "authority, give this PC the new one ([hub] sslrootcert, or join again with a new enrolment file)."
    )


def _quoted(message: str, after: str) -> str:
    """The text in double quotes that follows `after` in a libpq message ('' when there is none)."""
    rest = message.split(after, 1)[-1]
    parts = rest.split('"')
    return parts[1] if len(parts) > 2 else ""


def tls_problem(message: str, address: HubAddress) -> str | None:
    """A libpq TLS failure in one plain line naming the fix, or None when `message` is not one."""
    where = address.display
    if "root certificate file" in message and "does not exist" in message:
        return (
            f"This PC holds no certificate authority to check the hub at {where} with: set [hub] sslrootcert in "
            "the machine configuration, give it with --hub-ca to hub setup, or join again with an enrolment file "
            f"that carries it (exported with --hub-ca); to connect without checking, {ALLOW_HOW}."
        )
    if "could not read root certificate file" in message:
        path = _quoted(message, "root certificate file")
        return (
            f"The certificate authority file {path} for the hub at {where} is not a certificate this PC can read: "
            "give the authority's certificate in PEM form ([hub] sslrootcert)."
        )
    if "does not match host name" in message:
        named = message.split("server certificate for", 1)[-1].split("does not match", 1)[0].strip()
        names = named.replace('"', "") if named != message else ""
        host = _quoted(message, "does not match host name")
        return (
            f"The hub's certificate is for {names or 'another name'}, not for {host or 'the name'} that this PC "
            f"connects to ({where}): write the hub's name as it is on its certificate in the hub address, or ask IT "
            "for a certificate that names it."
        )
    if "server does not support SSL" in message:
        return (
            f"The hub at {where} does not offer TLS, so this PC cannot check that it is the real hub: IT must turn "
            "TLS on at the hub (ssl = on, with a certificate); to connect unencrypted anyway, put sslmode=disable "
            f"in the hub address and {ALLOW_HOW}."
        )
    if "certificate verify failed" in message:
        return _why_not_trusted(address, where)
    opening = "connection to server" in message  # not a connection that was open and went away mid-sync
    if opening and ("SSL error:" in message or ("could not load" in message and "certificate" in message)):
        detail = message.rsplit("failed:", 1)[-1].strip().splitlines()[0]
        return f"TLS with the hub at {where} failed: {detail}"
    return None
