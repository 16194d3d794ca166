"""The hub's PostgreSQL schema: entries as each PC stores them, one role per school, row-level security, append-only.

Everything lives in the schema `concern_hub` of a database IT provides:

- `entries`: the columns of a PC's entries (ids, device chain, times, recipients, public key material, ciphertext,
  hash, signature) plus `hub_seq`, the hub's own sequence, and `received_at`. No key, name or text: the hub
  cannot read a record.
- `schools`: which database role each school's PCs connect as. One hub can serve a multi-academy trust.
- Row-level security: a school's role sees and adds only rows with its own school id.
- Privileges: a school's role may only SELECT, and INSERT the entry columns (not `hub_seq` or `received_at`).
  A trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks.
- Ordering: PCs pull "everything after the last hub_seq I saw". A sequence value taken by one transaction can
  become visible after a higher one taken by another, and a PC pulling in between would skip it for ever. So
  every push transaction first takes the school's transaction-level advisory lock (`take_push_lock`), and a
  statement trigger takes it again for any INSERT by a school's role: a school's rows are numbered and committed
  one transaction at a time, in order. The identity uses CACHE 1, so numbers are handed out in time order.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from sqlalchemy import BigInteger, Column, Connection, DateTime, LargeBinary, MetaData, String, Table, Text, text

HUB_SCHEMA = "concern_hub"
SCHEMA_VERSION = 1
PUSH_LOCK_SPACE = 0x434C4842  # "CLHB": the first key of the two-key advisory lock, so other apps' locks differ

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
hub_info = Table("hub_info", metadata, Column("key", Text), Column("value", Text))

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

_OWN_SCHOOL = f"(SELECT s.school_id FROM {HUB_SCHEMA}.schools s WHERE s.role_name = current_user)"

_SCHEMA_DDL = (
    f"CREATE SCHEMA IF NOT EXISTS {HUB_SCHEMA}",
    f"REVOKE ALL ON SCHEMA {HUB_SCHEMA} FROM PUBLIC",
    f"CREATE TABLE IF NOT EXISTS {HUB_SCHEMA}.hub_info (key text PRIMARY KEY, value text NOT NULL)",
    f"""CREATE TABLE IF NOT EXISTS {HUB_SCHEMA}.schools (
        school_id varchar(36) PRIMARY KEY,
        role_name text NOT NULL UNIQUE,
        added_at timestamptz NOT NULL DEFAULT now()
    )""",
    f"""CREATE TABLE IF NOT EXISTS {HUB_SCHEMA}.entries (
        hub_seq bigint GENERATED ALWAYS AS IDENTITY (CACHE 1),
        school_id varchar(36) NOT NULL,
        id varchar(36) NOT NULL,
        device_id varchar(36) NOT NULL,
        seq bigint NOT NULL,
        prev_hash bytea NOT NULL,
        author_key_id varchar(36) NOT NULL,
        subject varchar(36),
        occurred_at bigint NOT NULL,
        recorded_at bigint NOT NULL,
        recipients text NOT NULL,
        public bytea,
        sealed bytea,
        hash bytea NOT NULL,
        signature bytea NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, device_id, seq)
    )""",
    f"CREATE INDEX IF NOT EXISTS entries_by_school_hub_seq ON {HUB_SCHEMA}.entries (school_id, hub_seq)",
    f"""CREATE OR REPLACE FUNCTION {HUB_SCHEMA}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'Concern Logger hub entries are append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END $$""",
    f"""CREATE OR REPLACE FUNCTION {HUB_SCHEMA}.take_push_lock(school varchar) RETURNS void
    LANGUAGE sql VOLATILE AS $$ SELECT pg_advisory_xact_lock({PUSH_LOCK_SPACE}, hashtext(school)) $$""",
    f"""CREATE OR REPLACE FUNCTION {HUB_SCHEMA}.lock_pushes_of_role() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        own varchar;
    BEGIN
        FOR own IN SELECT s.school_id FROM {HUB_SCHEMA}.schools s WHERE s.role_name = current_user
                   ORDER BY s.school_id LOOP
            PERFORM {HUB_SCHEMA}.take_push_lock(own);
        END LOOP;
        RETURN NULL;
    END $$""",
    f"DROP TRIGGER IF EXISTS entries_append_only ON {HUB_SCHEMA}.entries",
    f"""CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON {HUB_SCHEMA}.entries
        FOR EACH ROW EXECUTE FUNCTION {HUB_SCHEMA}.refuse_change()""",
    f"DROP TRIGGER IF EXISTS entries_never_truncated ON {HUB_SCHEMA}.entries",
    f"""CREATE TRIGGER entries_never_truncated BEFORE TRUNCATE ON {HUB_SCHEMA}.entries
        FOR EACH STATEMENT EXECUTE FUNCTION {HUB_SCHEMA}.refuse_change()""",
    f"DROP TRIGGER IF EXISTS entries_pushed_in_order ON {HUB_SCHEMA}.entries",
    f"""CREATE TRIGGER entries_pushed_in_order BEFORE INSERT ON {HUB_SCHEMA}.entries
        FOR EACH STATEMENT EXECUTE FUNCTION {HUB_SCHEMA}.lock_pushes_of_role()""",
    f"ALTER TABLE {HUB_SCHEMA}.schools ENABLE ROW LEVEL SECURITY",
    f"ALTER TABLE {HUB_SCHEMA}.entries ENABLE ROW LEVEL SECURITY",
    f"DROP POLICY IF EXISTS own_school ON {HUB_SCHEMA}.schools",
    f"CREATE POLICY own_school ON {HUB_SCHEMA}.schools USING (role_name = current_user)",
    f"DROP POLICY IF EXISTS own_school ON {HUB_SCHEMA}.entries",
    f"""CREATE POLICY own_school ON {HUB_SCHEMA}.entries
        USING (school_id = {_OWN_SCHOOL}) WITH CHECK (school_id = {_OWN_SCHOOL})""",
    f"REVOKE ALL ON ALL TABLES IN SCHEMA {HUB_SCHEMA} FROM PUBLIC",
    f"REVOKE ALL ON FUNCTION {HUB_SCHEMA}.take_push_lock(varchar) FROM PUBLIC",
)

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")


class HubSetupError(Exception):
    """The hub cannot be set up as asked; the message says why in plain words."""


def default_role_name(school_id: str) -> str:
    """The database role a school's PCs connect as, unless IT names another: `concern_` and the school id."""
    return "concern_" + school_id.replace("-", "").lower()


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


def installed_version(conn: Connection) -> int | None:
    """The hub schema version in this database, or None when the hub is not set up here."""
    if conn.execute(text("SELECT to_regclass(:name)"), {"name": f"{HUB_SCHEMA}.hub_info"}).scalar() is None:
        return None
    value = conn.execute(text(f"SELECT value FROM {HUB_SCHEMA}.hub_info WHERE key = 'schema_version'")).scalar()
    return int(value) if value is not None else None


def install_schema(conn: Connection) -> None:
    """Create (or bring up to date) the hub schema in the connected database; run as the database's owner."""
    version = installed_version(conn)
    if version is not None and version > SCHEMA_VERSION:
        raise HubSetupError(
            f"This hub was set up by a newer version of Concern Logger (hub schema {version}); "
            "update this PC's Concern Logger first."
        )
    for statement in _SCHEMA_DDL:
        conn.execute(text(statement))
    conn.execute(
        text(
            f"INSERT INTO {HUB_SCHEMA}.hub_info(key, value) VALUES ('schema_version', :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"v": str(SCHEMA_VERSION)},
    )


def add_school(conn: Connection, school_id: str, role: str, password_verifier: str | None) -> bool:
    """Register a school on the hub with the role its PCs connect as; returns True when the role was created.

    The role may log in, read its school's entries and add new ones, and nothing else. A password verifier (see
    `scram_sha256_verifier`) sets or replaces the role's password; None leaves it as it is.
    """
    check_role_name(role)
    quote = conn.dialect.identifier_preparer.quote_identifier
    registered = conn.execute(
        text(f"SELECT role_name FROM {HUB_SCHEMA}.schools WHERE school_id = :s"), {"s": school_id}
    ).scalar()
    if registered is not None and registered != role:
        raise HubSetupError(f"This school is already set up on the hub with the role {registered}.")
    other = conn.execute(
        text(f"SELECT school_id FROM {HUB_SCHEMA}.schools WHERE role_name = :r AND school_id <> :s"),
        {"r": role, "s": school_id},
    ).scalar()
    if other is not None:
        raise HubSetupError(f"The role {role} already belongs to another school on this hub; choose another.")
    existing = conn.execute(
        text("SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = :r"),
        {"r": role},
    ).first()
    if existing is not None and existing[0]:
        raise HubSetupError(
            f"The role {role} has administrator powers (it could bypass the school's row security); use a plain role."
        )
    password = ""
    if password_verifier is not None:
        if not _VERIFIER.fullmatch(password_verifier):
            raise HubSetupError("The password could not be prepared for the hub.")
        escaped = password_verifier.replace(":", "\\:")  # a colon would start a bind parameter in text()
        password = f" PASSWORD '{escaped}'"
    if existing is None:
        conn.execute(text(f"CREATE ROLE {quote(role)} LOGIN NOINHERIT{password}"))
    else:
        conn.execute(text(f"ALTER ROLE {quote(role)} LOGIN NOINHERIT{password}"))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    grants = (
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quote(database)} TO {quote(role)}",
        f"GRANT USAGE ON SCHEMA {HUB_SCHEMA} TO {quote(role)}",
        f"GRANT SELECT ON {HUB_SCHEMA}.hub_info, {HUB_SCHEMA}.schools, {HUB_SCHEMA}.entries TO {quote(role)}",
        f"GRANT INSERT ({', '.join(PUSHED_COLUMNS)}) ON {HUB_SCHEMA}.entries TO {quote(role)}",
        f"GRANT EXECUTE ON FUNCTION {HUB_SCHEMA}.take_push_lock(varchar) TO {quote(role)}",
    )
    for statement in grants:
        conn.execute(text(statement))
    conn.execute(
        text(f"INSERT INTO {HUB_SCHEMA}.schools(school_id, role_name) VALUES (:s, :r) ON CONFLICT DO NOTHING"),
        {"s": school_id, "r": role},
    )
    return existing is None
