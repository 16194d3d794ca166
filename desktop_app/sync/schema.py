"""The hub's PostgreSQL schema as the app uses it: table shapes, versions, and adding and managing schools.

The schema itself is made by versioned migrations (`desktop_app/sync/hub_migrations/`): version 1 as it shipped
(one shared login per school) and version 2 (a login per PC, a school's rows kept together, each device's head,
caps and quotas; see that module's docstring and docs/design-notes.md, "Hub schema v2"). Adding a school only
creates roles and inserts a row: no table is altered, so no other school waits.

Ordering: PCs pull "everything after the last hub_seq I saw". A sequence value taken by one transaction can become
visible after a higher one taken by another, and a PC pulling in between would skip it for ever. So every push
transaction first takes its school's transaction-level advisory lock (`take_push_lock()`, the school taken from
the caller's login), and a statement trigger takes it again for any INSERT: a school's rows are numbered and
committed one transaction at a time, in order. The sequence uses CACHE 1, so numbers are handed out in time order.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, Column, Connection, DateTime, LargeBinary, MetaData, String, Table, Text, text

from desktop_app.sync.hub_migrations import LATEST, HubMigrationError, hub_info, migrate, version_of
from desktop_app.sync.hub_migrations.v2 import LOGIN_SETTINGS, new_role_name

HUB_SCHEMA = "concern_hub"
CLIENT_PROTOCOL = 2  # the protocol this PC speaks; a hub whose oldest_client is above it is refused

metadata = MetaData(schema=HUB_SCHEMA)

hub_entries = Table(
    "entries",
    metadata,
    Column("hub_seq", BigInteger),
    Column("school_id", String(36)),
    Column("id", String(36)),
    Column("device_id", String(36)),
    Column("seq", BigInteger),
    Column("prev_hash", LargeBinary),
    Column("author_key_id", String(36)),
    Column("subject", String(36)),
    Column("occurred_at", BigInteger),
    Column("recorded_at", BigInteger),
    Column("recipients", Text),
    Column("public", LargeBinary),
    Column("sealed", LargeBinary),
    Column("hash", LargeBinary),
    Column("signature", LargeBinary),
    Column("received_at", DateTime(timezone=True)),
)

hub_schools = Table("schools", metadata, Column("school_id", String(36)), Column("role_name", Text))
hub_device_heads = Table(
    "device_heads",
    metadata,
    Column("school_id", String(36)),
    Column("device_id", String(36)),
    Column("seq", BigInteger),
    Column("hash", LargeBinary),
)

# The columns a PC sends; the hub fills in hub_seq and received_at itself.
PUSHED_COLUMNS = (
    "school_id",
    "id",
    "device_id",
    "seq",
    "prev_hash",
    "author_key_id",
    "subject",
    "occurred_at",
    "recorded_at",
    "recipients",
    "public",
    "sealed",
    "hash",
    "signature",
)

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")


class HubSetupError(Exception):
    """The hub cannot be set up as asked; the message says why in plain words."""


def check_role_name(role: str) -> str:
    if not _ROLE_NAME.fullmatch(role) or role.startswith("pg_"):
        raise HubSetupError(
            f"{role!r} cannot be a hub role: use 1 to 63 lower-case letters, digits and underscores, "
            "starting with a letter (not pg_)."
        )
    return role


def scram_sha256_verifier(password: str, *, salt: bytes | None = None, iterations: int = 4096) -> str:
    """PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802/7677), made here so the password itself is
    never sent to the server or written to its logs: the server keeps only this verifier either way."""
    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def install_schema(conn: Connection) -> tuple[int | None, int]:
    """Create the hub schema, or migrate it to the newest version, in the connected database; run as the hub's
    owner. Returns (version before, version after)."""
    try:
        return migrate(conn)
    except HubMigrationError as exc:
        raise HubSetupError(str(exc)) from exc


def _info(conn: Connection) -> dict[str, str]:
    info = hub_info(conn)
    if info is None or version_of(info) != LATEST:
        raise HubSetupError("The hub is not set up at the newest schema: run 'concern-logger hub setup' first.")
    return info


def _verifier_sql(verifier: str) -> str:
    if not _VERIFIER.fullmatch(verifier):
        raise HubSetupError("The password could not be prepared for the hub.")
    return verifier.replace(":", "\\:")  # a colon would start a bind parameter in text()


def add_school(conn: Connection, school_id: str, role: str, password_verifier: str | None) -> bool:
    """Register a school on the hub: its enrolment login `role` (the school's shared hub password, which may only
    register a PC's own login) and a group role its PCs' logins join. Returns True when the login was created.

    Only roles are created and one row inserted: no table is altered, so no other school's push waits. A password
    verifier (see `scram_sha256_verifier`) sets or replaces the login's password; None leaves it as it is.
    """
    check_role_name(role)
    info = _info(conn)
    quote = conn.dialect.identifier_preparer.quote_identifier
    registered = conn.execute(
        text(f"SELECT role_name FROM {HUB_SCHEMA}.schools WHERE school_id = :s"), {"s": school_id}
    ).scalar()
    if registered is not None and registered != role:
        raise HubSetupError(f"This school is already set up on the hub with the role {registered}.")
    other = conn.execute(
        text(
            f"SELECT school_id FROM {HUB_SCHEMA}.schools WHERE (role_name = :r OR group_role = :r) AND school_id <> :s"
        ),
        {"r": role, "s": school_id},
    ).scalar()
    taken = conn.execute(text(f"SELECT 1 FROM {HUB_SCHEMA}.device_logins WHERE login_role = :r"), {"r": role}).first()
    if other is not None or taken is not None or role in {info["school_role"], info["enrol_role"], info["legacy_role"]}:
        raise HubSetupError(f"The role {role} already belongs to another school on this hub; choose another.")
    existing = conn.execute(
        text("SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = :r"),
        {"r": role},
    ).first()
    if existing is not None and existing[0]:
        raise HubSetupError(
            f"The role {role} has administrator powers (it could bypass the school's row security); use a plain role."
        )
    password = f" PASSWORD '{_verifier_sql(password_verifier)}'" if password_verifier is not None else ""
    if existing is None:
        conn.execute(text(f"CREATE ROLE {quote(role)} LOGIN INHERIT{password}"))
    else:
        conn.execute(text(f"ALTER ROLE {quote(role)} LOGIN INHERIT{password}"))
    if registered is None:
        conn.execute(text(f"GRANT {quote(info['enrol_role'])} TO {quote(role)}"))
        for name, value in LOGIN_SETTINGS.items():
            conn.execute(text(f"ALTER ROLE {quote(role)} SET {name} = '{value}'"))
        group = new_role_name()
        conn.execute(text(f"CREATE ROLE {quote(group)} NOLOGIN IN ROLE {quote(info['school_role'])}"))
        conn.execute(
            text(f"INSERT INTO {HUB_SCHEMA}.schools(school_id, role_name, group_role) VALUES (:s, :r, :g)"),
            {"s": school_id, "r": role, "g": group},
        )
    return existing is None


def close_legacy(conn: Connection) -> int:
    """End the compatibility window: schools' shared logins lose what version-1 PCs did through them (they keep
    only registering a PC's own login), and version-1 PCs are told to update. Returns how many logins lost it."""
    info = _info(conn)
    quote = conn.dialect.identifier_preparer.quote_identifier
    members = conn.execute(
        text(
            "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g ORDER BY 1"
        ),
        {"g": info["legacy_role"]},
    ).scalars()
    names = list(members)
    for name in names:
        conn.execute(text(f"REVOKE {quote(info['legacy_role'])} FROM {quote(name)}"))
    for key, value in (("oldest_client", str(CLIENT_PROTOCOL)), ("schema_version", str(LATEST))):
        conn.execute(text(f"UPDATE {HUB_SCHEMA}.hub_info SET value = :v WHERE key = :k"), {"k": key, "v": value})
    return len(names)


@dataclass(frozen=True, slots=True)
class PcLogin:
    """A PC's own hub login as IT sees it: the role, its school, when it registered and the device ids it owns."""

    login: str
    school_id: str
    registered_at: datetime
    devices: tuple[str, ...]


def pc_logins(conn: Connection, school_id: str | None = None) -> list[PcLogin]:
    """Every PC login on the hub (of one school, if given)."""
    query = (
        f"SELECT l.login_role, l.school_id, l.registered_at, coalesce(array_agg(d.device_id ORDER BY d.device_id) "
        f"FILTER (WHERE d.device_id IS NOT NULL), '{{}}') FROM {HUB_SCHEMA}.device_logins l "
        f"LEFT JOIN {HUB_SCHEMA}.devices d ON d.login_role = l.login_role"
        + (" WHERE l.school_id = :s" if school_id else "")
        + " GROUP BY l.login_role, l.school_id, l.registered_at ORDER BY l.registered_at"
    )
    rows = conn.execute(text(query), {"s": school_id} if school_id else {})
    return [PcLogin(r[0], r[1], r[2], tuple(r[3])) for r in rows]


def revoke_pc_login(conn: Connection, login: str) -> PcLogin:
    """Drop one PC's own login (a lost or retired PC): its sessions end, its device ids stay claimed (nobody else
    may write at their places), and its rows stay. The school's other PCs are untouched."""
    quote = conn.dialect.identifier_preparer.quote_identifier
    found = [pc for pc in pc_logins(conn) if pc.login == login]
    if not found:
        raise HubSetupError(f"There is no PC login {login!r} on this hub.")
    conn.execute(text(f"ALTER ROLE {quote(login)} NOLOGIN"))
    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"), {"r": login})
    conn.execute(text(f"DROP ROLE {quote(login)}"))
    conn.execute(text(f"DELETE FROM {HUB_SCHEMA}.device_logins WHERE login_role = :r"), {"r": login})
    return found[0]


@dataclass(frozen=True, slots=True)
class Quota:
    """A school's quotas on the hub and what it uses."""

    school_id: str
    max_devices: int
    devices: int
    max_bytes: int
    used_bytes: int


def school_quota(conn: Connection, school_id: str) -> Quota:
    row = conn.execute(
        text(
            f"SELECT max_devices, (SELECT count(*) FROM {HUB_SCHEMA}.device_logins l WHERE l.school_id = k.school_id),"
            f" max_bytes, used_bytes FROM {HUB_SCHEMA}.schools k WHERE k.school_id = :s"
        ),
        {"s": school_id},
    ).first()
    if row is None:
        raise HubSetupError("This school is not set up on the hub.")
    return Quota(school_id, row[0], row[1], row[2], row[3])


def set_school_quota(
    conn: Connection, school_id: str, *, max_devices: int | None = None, max_bytes: int | None = None
) -> Quota:
    """Set a school's quotas (only its own row is touched)."""
    if (max_devices is not None and max_devices < 1) or (max_bytes is not None and max_bytes < 1):
        raise HubSetupError("A quota must be at least 1.")
    conn.execute(
        text(
            f"UPDATE {HUB_SCHEMA}.schools SET max_devices = coalesce(:d, max_devices), "
            "max_bytes = coalesce(:b, max_bytes) WHERE school_id = :s"
        ),
        {"s": school_id, "d": max_devices, "b": max_bytes},
    )
    return school_quota(conn, school_id)


def entry_size(public: bytes | None, sealed: bytes | None, signature: bytes) -> int:
    """The bytes the hub's size cap counts for an entry (the same sum as its CHECK)."""
    return len(public or b"") + len(sealed or b"") + len(signature)
