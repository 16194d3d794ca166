"""A private, throwaway PostgreSQL cluster in a temporary folder, for the integration tests and the sync benchmark.

It listens on a Unix socket in its own folder (the administrator, trusted, like `postgres` on a real server) and
on a free loopback TCP port where every other role must give a SCRAM password, which the PCs find in a private
PGPASSFILE. Over TCP it speaks TLS (`ssl = on`) with a server certificate for localhost and 127.0.0.1 signed by a
certificate authority made for the cluster (`CertificateAuthority`), so PCs connect with `sslmode=verify-full` as
in a school. As root the server tools run as the `postgres` user (initdb refuses root).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from ipaddress import ip_address
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

ADMIN = "hubadmin"
_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def find_server_bin() -> Path | None:
    """The newest PostgreSQL server bin folder installed (Debian/Ubuntu layout), or one on PATH."""
    found = []
    for path in Path("/").glob(_BIN_GLOB.lstrip("/")):
        match = re.search(r"/postgresql/(\d+)/bin$", str(path))
        if match and (path / "initdb").exists() and (path / "pg_ctl").exists():
            found.append((int(match.group(1)), path))
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def missing_reason() -> str | None:
    """Why a cluster cannot be started here, or None when it can."""
    if find_server_bin() is None:
        return "PostgreSQL server programs (initdb, pg_ctl) are not installed: apt-get install postgresql"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root needs runuser to start PostgreSQL as the postgres user"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root needs a 'postgres' system user to run the PostgreSQL server"
    return None


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@dataclass(frozen=True, slots=True)
class ServerCertificate:
    """A server's certificate and private key, both PEM."""

    cert_pem: bytes
    key_pem: bytes


@dataclass(frozen=True, slots=True)
class CertificateAuthority:
    """A certificate authority made for tests (P-256): its certificate (PEM) and the key that signs servers'."""

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @classmethod
    def make(cls, common_name: str = "Concern Logger test CA") -> CertificateAuthority:
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name))
            .issuer_name(_name(common_name))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(cert, key)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def server(
        self, names: tuple[str, ...] = ("localhost", "127.0.0.1"), *, expired: bool = False
    ) -> ServerCertificate:
        """A server certificate for `names` (host names, or IP addresses) signed by this authority; `expired`: one
        whose validity ended yesterday."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        start, end = (now - timedelta(days=30), now - timedelta(days=1)) if expired else (now, now + timedelta(days=30))
        alternatives: list[x509.GeneralName] = []
        for name in names:
            try:
                alternatives.append(x509.IPAddress(ip_address(name)))
            except ValueError:
                alternatives.append(x509.DNSName(name))
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(names[0]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start - timedelta(minutes=5))
            .not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        return ServerCertificate(cert.public_bytes(serialization.Encoding.PEM), _pem_key(key))


class PgCluster:
    """One running cluster. Private state: its folder, port, the password file and the admin engines made.

    `ca` is the authority that signed the server's certificate; `ca_file` holds its certificate (PEM) where a test
    may name it as sslrootcert. With `tls=False` the server speaks no TLS at all (`ssl = off`).
    """

    def __init__(self, *, durable: bool = False, tls: bool = True) -> None:
        bindir = find_server_bin()
        if bindir is None:
            raise RuntimeError(missing_reason() or "PostgreSQL not found")
        self.bindir = bindir
        self.as_postgres = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="concern-hub-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.port = free_port()
        self.passfile = Path(tempfile.mkdtemp(prefix="concern-hub-pass-")) / "pgpass"
        self.passfile.write_text("")
        self.passfile.chmod(0o600)
        self.ca = CertificateAuthority.make()
        self.ca_file = self.passfile.parent / "hub-ca.pem"
        self.ca_file.write_bytes(self.ca.pem)
        self._engines: list[Engine] = []
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._tool("initdb", "-D", str(self.data), "-U", ADMIN, "-A", "trust", "-E", "UTF8", "--no-locale", "-N")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8"
        )
        settings = [
            "listen_addresses = '127.0.0.1'",
            f"port = {self.port}",
            f"unix_socket_directories = '{self.socket_dir}'",
            "max_connections = 40",
            "password_encryption = 'scram-sha-256'",
            "log_connections = on",  # each connection's line says whether it used TLS (server_log)
        ]
        if not durable:  # a throwaway test cluster: crash safety is not what is tested
            settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        if tls:
            self._write_certificate(self.ca.server())
            settings += ["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"]
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n".join(settings) + "\n")
        if self.as_postgres:
            for path in (self.data / "pg_hba.conf", self.data / "postgresql.conf"):
                shutil.chown(path, "postgres", "postgres")
        self.start()

    def _write_certificate(self, server: ServerCertificate) -> None:
        for name, data in (("server.crt", server.cert_pem), ("server.key", server.key_pem)):
            path = self.data / name
            path.write_bytes(data)
            path.chmod(0o600)  # the server refuses a key others may read
            if self.as_postgres:
                shutil.chown(path, "postgres", "postgres")

    def use_tls(self, server: ServerCertificate | None) -> None:
        """From the next connection on: TLS with this certificate, or (None) no TLS at all. The server's
        configuration is reloaded, not restarted."""
        if server is not None:
            self._write_certificate(server)
        with self.admin_engine().connect() as conn:
            conn.execute(text(f"ALTER SYSTEM SET ssl = {'on' if server is not None else 'off'}"))
            if server is not None:
                conn.execute(text("ALTER SYSTEM SET ssl_cert_file = 'server.crt'"))
                conn.execute(text("ALTER SYSTEM SET ssl_key_file = 'server.key'"))
            conn.execute(text("SELECT pg_reload_conf()"))

    def _tool(self, name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        command = [str(self.bindir / name), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, check=False, timeout=120)
        if check and done.returncode != 0:
            raise RuntimeError(f"{name} failed: {done.stderr.decode(errors='replace')}")
        return done

    def start(self) -> None:
        self._tool("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._tool("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    def server_log(self) -> str:
        """What the server logged so far (connections, with their TLS protocol, and refused handshakes)."""
        return (self.root / "server.log").read_text(encoding="utf-8", errors="replace")

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://{ADMIN}@/{database}?host={self.socket_dir}&port={self.port}"

    def pc_url(self, role: str, database: str) -> str:
        return f"postgresql://{role}@127.0.0.1:{self.port}/{database}"

    def admin_engine(self, database: str = "postgres") -> Engine:
        engine = create_engine(
            f"postgresql+psycopg://{ADMIN}@/{database}?host={self.socket_dir}&port={self.port}",
            poolclass=NullPool,
            isolation_level="AUTOCOMMIT",
        )
        self._engines.append(engine)
        return engine

    def create_database(self, name: str) -> None:
        with self.admin_engine().connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))

    def add_password(self, role: str, password: str, host: str = "127.0.0.1") -> None:
        """Let PCs sign in as `role`: a line in the private password file (PGPASSFILE) for this cluster's port, for
        the host name they connect with."""
        with self.passfile.open("a", encoding="utf-8") as out:
            out.write(f"{host}:{self.port}:*:{role}:{password}\n")

    def terminate(self, database: str, role: str | None = None) -> int:
        """End the server processes serving `database` (only `role`'s, if given): a cut connection."""
        query = (
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = :db AND pid <> pg_backend_pid()"
        )
        params = {"db": database}
        if role is not None:
            query += " AND usename = :role"
            params["role"] = role
        with self.admin_engine().connect() as conn:
            return conn.execute(text(query), params).scalar_one()

    def terminate_pid(self, pid: int) -> None:
        """End one server process and wait (up to 10 s) until it has gone: a connection cut for certain."""
        with self.admin_engine().connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": pid})

    def dump(self, database: str) -> bytes:
        """A plain-SQL pg_dump of the database, as IT would back the hub up."""
        done = self._tool("pg_dump", "-h", str(self.socket_dir), "-p", str(self.port), "-U", ADMIN, database)
        return done.stdout

    def destroy(self) -> None:
        for engine in self._engines:
            engine.dispose()
        with contextlib.suppress(Exception):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.passfile.parent, ignore_errors=True)
