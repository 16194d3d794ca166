"""Hub schema version 1, frozen as it shipped: one shared LOGIN role per school, one table, set up per school.

Never edit this file: hubs in the field hold exactly this, and `tests/integration/test_hub_migrations.py` installs
it, fills it through the version-1 protocol and migrates it. Later versions change the hub in their own modules.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

HUB_SCHEMA = "concern_hub"
PUSH_LOCK_SPACE = 0x434C4842
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

_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")


class HubV1Error(Exception):
    """Version 1's set-up refused what it was asked."""


def install(conn: Connection) -> None:
    """Create version 1 in the connected database, as version 1's `install_schema` did."""
    for statement in _SCHEMA_DDL:
        conn.execute(text(statement))
    conn.execute(
        text(
            f"INSERT INTO {HUB_SCHEMA}.hub_info(key, value) VALUES ('schema_version', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )
    )


def add_school(conn: Connection, school_id: str, role: str, password_verifier: str | None) -> bool:
    """Register a school on the hub with the role its PCs connect as; returns True when the role was created.

    The role may log in, read its school's entries and add new ones, and nothing else. A password verifier (see
    `scram_sha256_verifier`) sets or replaces the role's password; None leaves it as it is.
    """
    quote = conn.dialect.identifier_preparer.quote_identifier
    registered = conn.execute(
        text(f"SELECT role_name FROM {HUB_SCHEMA}.schools WHERE school_id = :s"), {"s": school_id}
    ).scalar()
    if registered is not None and registered != role:
        raise HubV1Error(f"This school is already set up on the hub with the role {registered}.")
    other = conn.execute(
        text(f"SELECT school_id FROM {HUB_SCHEMA}.schools WHERE role_name = :r AND school_id <> :s"),
        {"r": role, "s": school_id},
    ).scalar()
    if other is not None:
        raise HubV1Error(f"The role {role} already belongs to another school on this hub; choose another.")
    existing = conn.execute(
        text("SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = :r"),
        {"r": role},
    ).first()
    if existing is not None and existing[0]:
        raise HubV1Error(
            f"The role {role} has administrator powers (it could bypass the school's row security); use a plain role."
        )
    password = ""
    if password_verifier is not None:
        if not _VERIFIER.fullmatch(password_verifier):
            raise HubV1Error("The password could not be prepared for the hub.")
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
