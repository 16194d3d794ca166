"""Hub schema version 2: per-PC logins, a school's rows kept together, each device's head, size caps and quotas.

What changes from version 1 (design note "Hub schema v2" describes it for IT):

- Roles. Three roles made once per hub (names random, recorded in `hub_info`): the *schools* role holds what a
  PC's login may do (read its school's rows, add rows, take its school's push lock, claim a new device id), the
  *enrolment* role may only call `register_device`, and the *legacy* role holds what a version-1 PC did through
  its school's shared login. Each school has a NOLOGIN group role (a member of *schools*) and an enrolment login
  (its `role_name`, the shared hub password, a member of *enrolment*). Each PC registers its own LOGIN role, a
  member of its school's group. Adding a school creates roles and inserts a row; it never touches a table's
  definition, so it never waits for (or holds up) another school's push.
- `entries` is hash-partitioned by school (128 partitions), indexed by (school_id, hub_seq) in each, numbered by a
  sequence (CACHE 1), with a CHECK on the bytes a row carries.
- `devices` (which PC login owns which device id), `device_logins` (every PC login and its school), and
  `device_heads` (each device's newest seq and hash, kept by the insert trigger).
- Functions take the caller's school from the session (`own_school()`), never from an argument.
"""

from __future__ import annotations

import secrets
import uuid

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

HUB_SCHEMA = "concern_hub"
PUSH_LOCK_SPACE = 0x434C4842  # "CLHB": the first key of the two-key advisory lock, so other apps' locks differ
PARTITIONS = 128  # about 2 schools a partition at 300: a school's pull reads a small partition (bench_hub_scale)
ENTRY_BYTES_CAP = 8 * 1024 * 1024  # design note 21: the biggest legitimate entries measured, with headroom
DEFAULT_MAX_DEVICES = 60
DEFAULT_MAX_BYTES = 20 * 1024**3
DEVICE_IDS_PER_LOGIN = 200
# Set on every PC login by register_device: a statement, a lock wait and an idle transaction are each bounded.
LOGIN_SETTINGS = {"statement_timeout": "120s", "lock_timeout": "30s", "idle_in_transaction_session_timeout": "60s"}

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
_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_LOGIN = "^cl_[0-9a-f]{24}$"
_VERIFIER = "^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"
ENTRY_SIZE = "coalesce(octet_length(public), 0) + coalesce(octet_length(sealed), 0) + octet_length(signature)"

# SQLSTATEs the hub raises on purpose, so the PC can say what happened in plain words.
NOT_YOURS = "CLOWN"  # a row for a device this login does not own
QUOTA = "CLQTA"  # the school's bytes or PCs are used up
TAKEN = "CLTKN"  # a device id that already has rows or a claim
NOT_A_SCHOOL = "CLNSC"  # the caller is not one of a school's logins


def _entries_ddl() -> list[str]:
    s = HUB_SCHEMA
    out = [
        f"CREATE SEQUENCE {s}.hub_seq_numbers AS bigint CACHE 1",
        f"""CREATE TABLE {s}.entries_v2 (
            hub_seq bigint NOT NULL DEFAULT nextval('{s}.hub_seq_numbers'),
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
            UNIQUE (school_id, device_id, seq),
            CONSTRAINT entry_size_cap CHECK ({ENTRY_SIZE} <= {ENTRY_BYTES_CAP})
        ) PARTITION BY HASH (school_id)""",
    ]
    for n in range(PARTITIONS):
        out.append(
            f"CREATE TABLE {s}.entries_{n:03d} PARTITION OF {s}.entries_v2 "
            f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {n})"
        )
    out += [
        f"CREATE INDEX entries_v2_by_school_hub_seq ON {s}.entries_v2 (school_id, hub_seq)",
        # Rows of version 1 above the cap (junk a shared login could add) are kept aside, never served.
        f"CREATE TABLE {s}.entries_oversized (LIKE {s}.entries)",
        f"INSERT INTO {s}.entries_oversized SELECT * FROM {s}.entries WHERE {ENTRY_SIZE} > {ENTRY_BYTES_CAP}",
        f"""INSERT INTO {s}.entries_v2 (hub_seq, school_id, id, device_id, seq, prev_hash, author_key_id, subject,
                occurred_at, recorded_at, recipients, public, sealed, hash, signature, received_at)
            SELECT hub_seq, school_id, id, device_id, seq, prev_hash, author_key_id, subject, occurred_at,
                recorded_at, recipients, public, sealed, hash, signature, received_at
            FROM {s}.entries WHERE {ENTRY_SIZE} <= {ENTRY_BYTES_CAP}""",
        f"SELECT setval('{s}.hub_seq_numbers', coalesce((SELECT max(hub_seq) FROM {s}.entries), 0) + 1, false)",
        f"DROP TABLE {s}.entries",
        f"ALTER TABLE {s}.entries_v2 RENAME TO entries",
        f"ALTER INDEX {s}.entries_v2_by_school_hub_seq RENAME TO entries_by_school_hub_seq",
        f"ALTER SEQUENCE {s}.hub_seq_numbers OWNED BY {s}.entries.hub_seq",
    ]
    return out


def _tables_ddl() -> list[str]:
    s = HUB_SCHEMA
    return [
        f"ALTER TABLE {s}.schools ADD COLUMN group_role text UNIQUE",
        f"ALTER TABLE {s}.schools ADD COLUMN max_devices integer NOT NULL DEFAULT {DEFAULT_MAX_DEVICES}",
        f"ALTER TABLE {s}.schools ADD COLUMN max_bytes bigint NOT NULL DEFAULT {DEFAULT_MAX_BYTES}",
        f"ALTER TABLE {s}.schools ADD COLUMN used_bytes bigint NOT NULL DEFAULT 0",
        f"""CREATE TABLE {s}.device_logins (
            login_role text PRIMARY KEY,
            school_id varchar(36) NOT NULL REFERENCES {s}.schools(school_id),
            registered_at timestamptz NOT NULL DEFAULT now()
        )""",
        f"CREATE INDEX device_logins_by_school ON {s}.device_logins (school_id)",
        f"""CREATE TABLE {s}.devices (
            device_id varchar(36) PRIMARY KEY,
            school_id varchar(36) NOT NULL REFERENCES {s}.schools(school_id),
            login_role text NOT NULL,
            claimed_at timestamptz NOT NULL DEFAULT now()
        )""",
        f"CREATE INDEX devices_by_login ON {s}.devices (login_role)",
        f"""CREATE TABLE {s}.device_heads (
            school_id varchar(36) NOT NULL,
            device_id varchar(36) NOT NULL,
            seq bigint NOT NULL,
            hash bytea NOT NULL,
            PRIMARY KEY (school_id, device_id)
        )""",
        f"CREATE INDEX device_heads_by_device ON {s}.device_heads (device_id)",
        f"""INSERT INTO {s}.device_heads (school_id, device_id, seq, hash)
            SELECT DISTINCT ON (school_id, device_id) school_id, device_id, seq, hash FROM {s}.entries
            ORDER BY school_id, device_id, seq DESC""",
        f"""UPDATE {s}.schools k SET used_bytes = t.bytes FROM (
                SELECT school_id, sum({ENTRY_SIZE})::bigint AS bytes FROM {s}.entries GROUP BY school_id) t
            WHERE t.school_id = k.school_id""",
    ]


def _functions_ddl(roles: dict[str, str]) -> list[str]:
    s = HUB_SCHEMA
    definer = "SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
    return [
        # The caller's school: through its membership of a school's group (a PC's login), or, while the
        # compatibility window is open, as a school's shared login holding the legacy role (a version-1 PC).
        f"""CREATE FUNCTION {s}.own_school() RETURNS varchar LANGUAGE sql STABLE {definer} AS $$
            SELECT k.school_id FROM {s}.schools k
            WHERE k.group_role IN (
                    SELECT g.rolname FROM pg_auth_members m
                    JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                    WHERE u.rolname = session_user)
               OR (k.role_name = session_user AND pg_has_role(session_user, '{roles["legacy"]}', 'MEMBER'))
            LIMIT 1 $$""",
        f"""CREATE FUNCTION {s}.take_push_lock() RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
        DECLARE own varchar := {s}.own_school();
        BEGIN
            IF own IS NULL THEN
                RAISE EXCEPTION 'this login belongs to no school on the hub' USING ERRCODE = '{NOT_A_SCHOOL}';
            END IF;
            PERFORM pg_advisory_xact_lock({PUSH_LOCK_SPACE}, hashtext(own));
        END $$""",
        # Version 1's call, kept for the compatibility window: a school's shared login may lock only its own
        # school; the hub's owner (who alone may call it otherwise) names the school.
        f"DROP FUNCTION {s}.take_push_lock(varchar)",
        f"""CREATE FUNCTION {s}.take_push_lock(school varchar) RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
        DECLARE own varchar := {s}.own_school();
        BEGIN
            IF own IS NOT NULL AND own IS DISTINCT FROM school THEN
                RAISE EXCEPTION 'a login may lock only its own school' USING ERRCODE = '42501';
            END IF;
            PERFORM pg_advisory_xact_lock({PUSH_LOCK_SPACE}, hashtext(school));
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.lock_pushes_of_role() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
        DECLARE own varchar := {s}.own_school();
        BEGIN
            IF own IS NOT NULL THEN
                PERFORM pg_advisory_xact_lock({PUSH_LOCK_SPACE}, hashtext(own));
            END IF;
            RETURN NULL;
        END $$""",
        # After every insert: no row may be at a device another login claimed (a PC's current chain is always
        # claimed, so nobody can take its next place); rows at unclaimed devices (chains written before per-PC
        # logins, chains relayed to a rebuilt hub) are open to the school's logins. Each device's head moves on;
        # the school's bytes are counted against its quota. Under the push lock, so a school's counts never race.
        f"""CREATE FUNCTION {s}.after_entries_added() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
        DECLARE
            own varchar := {s}.own_school();
            bad record;
            over record;
        BEGIN
            IF own IS NOT NULL THEN
                SELECT a.device_id, min(a.seq) AS seq INTO bad FROM added a
                JOIN {s}.devices d ON d.device_id = a.device_id AND d.login_role <> session_user
                GROUP BY a.device_id LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION 'device % place % belongs to another PC''s login', bad.device_id, bad.seq
                        USING ERRCODE = '{NOT_YOURS}';
                END IF;
            END IF;
            INSERT INTO {s}.device_heads AS h (school_id, device_id, seq, hash)
                SELECT DISTINCT ON (school_id, device_id) school_id, device_id, seq, hash FROM added
                ORDER BY school_id, device_id, seq DESC
            ON CONFLICT (school_id, device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash
                WHERE excluded.seq > h.seq;
            FOR over IN
                UPDATE {s}.schools k SET used_bytes = k.used_bytes + t.bytes
                FROM (SELECT school_id, sum({ENTRY_SIZE})::bigint AS bytes FROM added GROUP BY school_id) t
                WHERE t.school_id = k.school_id
                RETURNING k.used_bytes, k.max_bytes
            LOOP
                IF own IS NOT NULL AND over.used_bytes > over.max_bytes THEN
                    RAISE EXCEPTION 'the school''s space on the hub is used up (% of % bytes)',
                        over.used_bytes, over.max_bytes USING ERRCODE = '{QUOTA}';
                END IF;
            END LOOP;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER entries_checked_and_counted AFTER INSERT ON {s}.entries REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.after_entries_added()""",
        f"""CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON {s}.entries
            FOR EACH ROW EXECUTE FUNCTION {s}.refuse_change()""",
        f"""CREATE TRIGGER entries_never_truncated BEFORE TRUNCATE ON {s}.entries
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_change()""",
        *(
            f"""CREATE TRIGGER entries_never_truncated BEFORE TRUNCATE ON {s}.entries_{n:03d}
                FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_change()"""
            for n in range(PARTITIONS)
        ),
        f"""CREATE TRIGGER entries_pushed_in_order BEFORE INSERT ON {s}.entries
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.lock_pushes_of_role()""",
        # A device id may be claimed by a PC's login only when the hub holds no row and no claim for it.
        f"""CREATE FUNCTION {s}.claim_of(login text, school varchar, device varchar) RETURNS void
        LANGUAGE plpgsql {definer} AS $$
        BEGIN
            IF device !~ '{_UUID}' THEN
                RAISE EXCEPTION 'a device id is a UUID' USING ERRCODE = '22023';
            END IF;
            PERFORM pg_advisory_xact_lock({PUSH_LOCK_SPACE}, hashtext(school));
            IF EXISTS (SELECT 1 FROM {s}.devices d WHERE d.device_id = device AND d.login_role = login) THEN
                RETURN;
            END IF;
            IF EXISTS (SELECT 1 FROM {s}.devices d WHERE d.device_id = device)
               OR EXISTS (SELECT 1 FROM {s}.device_heads h WHERE h.device_id = device) THEN
                RAISE EXCEPTION 'the hub already holds entries or a claim for this device id'
                    USING ERRCODE = '{TAKEN}';
            END IF;
            IF (SELECT count(*) FROM {s}.devices d WHERE d.login_role = login) >= {DEVICE_IDS_PER_LOGIN} THEN
                RAISE EXCEPTION 'this PC has claimed too many device ids' USING ERRCODE = '{QUOTA}';
            END IF;
            INSERT INTO {s}.devices (device_id, school_id, login_role) VALUES (device, school, login);
        END $$""",
        f"""CREATE FUNCTION {s}.claim_device(device varchar) RETURNS void LANGUAGE plpgsql {definer} AS $$
        DECLARE school varchar;
        BEGIN
            SELECT l.school_id INTO school FROM {s}.device_logins l WHERE l.login_role = session_user;
            IF school IS NULL THEN
                RAISE EXCEPTION 'only a PC''s own login may claim a device id' USING ERRCODE = '{NOT_A_SCHOOL}';
            END IF;
            PERFORM {s}.claim_of(session_user, school, device);
        END $$""",
        # The enrolment login's one power: make this PC's own login (the PC made the password and sends only
        # its SCRAM verifier), a member of the school's group, with bounded timeouts, owning `device`.
        f"""CREATE FUNCTION {s}.register_device(login text, verifier text, device varchar) RETURNS void
        LANGUAGE plpgsql {definer} AS $$
        DECLARE
            k record;
            logins integer;
        BEGIN
            SELECT school_id, group_role, max_devices INTO k FROM {s}.schools WHERE role_name = session_user;
            IF NOT FOUND OR k.group_role IS NULL THEN
                RAISE EXCEPTION 'this is not a school''s enrolment login' USING ERRCODE = '{NOT_A_SCHOOL}';
            END IF;
            IF login !~ '{_LOGIN}' OR verifier !~ '{_VERIFIER}' THEN
                RAISE EXCEPTION 'a PC login is cl_ and 24 hex digits, with a SCRAM-SHA-256 verifier'
                    USING ERRCODE = '22023';
            END IF;
            PERFORM pg_advisory_xact_lock({PUSH_LOCK_SPACE}, hashtext(k.school_id));
            SELECT count(*) INTO logins FROM {s}.device_logins WHERE school_id = k.school_id;
            IF logins >= k.max_devices THEN
                RAISE EXCEPTION 'the school already has % PCs on the hub (its quota)', logins
                    USING ERRCODE = '{QUOTA}';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                RAISE EXCEPTION 'that login name is taken' USING ERRCODE = '{TAKEN}';
            END IF;
            EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L IN ROLE %I', login, verifier, k.group_role);
            EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', login, '{LOGIN_SETTINGS["statement_timeout"]}');
            EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', login, '{LOGIN_SETTINGS["lock_timeout"]}');
            EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', login,
                           '{LOGIN_SETTINGS["idle_in_transaction_session_timeout"]}');
            INSERT INTO {s}.device_logins (login_role, school_id) VALUES (login, k.school_id);
            PERFORM {s}.claim_of(login, k.school_id, device);
        END $$""",
    ]


def _policies_and_grants(roles: dict[str, str], database: str) -> list[str]:
    s = HUB_SCHEMA
    school, enrol, legacy = (f'"{roles[k]}"' for k in ("school", "enrol", "legacy"))
    columns = ", ".join(PUSHED_COLUMNS)
    return [
        f"ALTER TABLE {s}.entries ENABLE ROW LEVEL SECURITY",
        # `(SELECT own_school())`: an InitPlan, worked out once per statement rather than once per row.
        f"""CREATE POLICY own_school ON {s}.entries USING (school_id = (SELECT {s}.own_school()))
            WITH CHECK (school_id = (SELECT {s}.own_school()))""",
        f"DROP POLICY own_school ON {s}.schools",
        f"CREATE POLICY own_school ON {s}.schools USING (school_id = (SELECT {s}.own_school()))",
        f"ALTER TABLE {s}.device_heads ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY own_school ON {s}.device_heads USING (school_id = (SELECT {s}.own_school()))",
        f"ALTER TABLE {s}.devices ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {s}.device_logins ENABLE ROW LEVEL SECURITY",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM PUBLIC",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC",
        f'REVOKE CONNECT, TEMPORARY ON DATABASE "{database}" FROM PUBLIC',
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {school}, {legacy}',
        f'GRANT CONNECT ON DATABASE "{database}" TO {enrol}',
        f"GRANT USAGE ON SCHEMA {s} TO {school}, {enrol}, {legacy}",
        f"GRANT SELECT ON {s}.hub_info TO {school}, {enrol}, {legacy}",
        f"GRANT SELECT ON {s}.schools, {s}.entries TO {school}, {legacy}",
        f"GRANT SELECT ON {s}.device_heads TO {school}",
        f"GRANT INSERT ({columns}) ON {s}.entries TO {school}, {legacy}",
        f"GRANT USAGE ON SEQUENCE {s}.hub_seq_numbers TO {school}, {legacy}",
        f"GRANT EXECUTE ON FUNCTION {s}.own_school() TO {school}, {legacy}",
        f"GRANT EXECUTE ON FUNCTION {s}.take_push_lock(), {s}.claim_device(varchar) TO {school}",
        f"GRANT EXECUTE ON FUNCTION {s}.take_push_lock(varchar) TO {legacy}",
        f"GRANT EXECUTE ON FUNCTION {s}.register_device(text, text, varchar) TO {enrol}",
    ]


# Statistics views that would show a school's login trust-wide row counts; revoked where this account may.
STATISTICS_VIEWS = (
    "pg_stat_all_tables",
    "pg_stat_user_tables",
    "pg_stat_xact_all_tables",
    "pg_stat_xact_user_tables",
    "pg_statio_all_tables",
    "pg_statio_user_tables",
    "pg_stat_all_indexes",
    "pg_stat_user_indexes",
    "pg_statio_all_indexes",
    "pg_statio_user_indexes",
    "pg_statio_all_sequences",
    "pg_statio_user_sequences",
    "pg_stat_database",
    "pg_stat_activity",
)


def new_role_name() -> str:
    """A role name that says nothing about whose it is: `cl_` and 24 random hex digits."""
    return "cl_" + secrets.token_hex(12)


def migrate(conn: Connection) -> None:
    """Version 1 to version 2, in the caller's transaction (run by the hub's owner)."""
    s = HUB_SCHEMA
    roles = {kind: new_role_name() for kind in ("school", "enrol", "legacy")}
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    for name in roles.values():
        conn.execute(text(f'CREATE ROLE "{name}" NOLOGIN'))
    statements = [*_tables_ddl(), *_entries_ddl(), *_functions_ddl(roles)]
    statements += _policies_and_grants(roles, database)
    for statement in statements:
        conn.execute(text(statement))
    # Every school of version 1: a group role for its PCs' logins; its shared login becomes its enrolment login
    # and, for the compatibility window, keeps a version-1 PC's powers through the legacy role.
    quote = conn.dialect.identifier_preparer.quote_identifier
    schools = conn.execute(text(f"SELECT school_id, role_name FROM {s}.schools ORDER BY school_id")).all()
    for school_id, login in schools:
        group = new_role_name()
        conn.execute(text(f"CREATE ROLE {quote(group)} NOLOGIN IN ROLE {quote(roles['school'])}"))
        conn.execute(text(f"UPDATE {s}.schools SET group_role = :g WHERE school_id = :k"), {"g": group, "k": school_id})
        for revoke in (
            f"REVOKE ALL ON {s}.hub_info, {s}.schools FROM {quote(login)}",
            f'REVOKE ALL ON DATABASE "{database}" FROM {quote(login)}',
            f"REVOKE ALL ON SCHEMA {s} FROM {quote(login)}",
        ):
            conn.execute(text(revoke))
        conn.execute(text(f"ALTER ROLE {quote(login)} INHERIT"))
        conn.execute(text(f"GRANT {quote(roles['enrol'])}, {quote(roles['legacy'])} TO {quote(login)}"))
    for key, value in (
        ("hub_schema", "2"),
        ("hub_id", str(uuid.uuid4())),
        ("oldest_client", "1"),
        ("schema_version", "1"),  # what version-1 PCs read: 1 while they are still served
        ("school_role", roles["school"]),
        ("enrol_role", roles["enrol"]),
        ("legacy_role", roles["legacy"]),
    ):
        conn.execute(
            text(
                f"INSERT INTO {s}.hub_info(key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": value},
        )
    revoked = []
    for view in STATISTICS_VIEWS:
        try:
            with conn.begin_nested():
                conn.execute(text(f"REVOKE SELECT ON pg_catalog.{view} FROM PUBLIC"))
            revoked.append(view)
        except SQLAlchemyError:  # only the catalog's owner may; what was hidden is recorded below
            pass
    conn.execute(
        text(
            f"INSERT INTO {s}.hub_info(key, value) VALUES ('statistics_hidden', :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"v": ",".join(revoked)},
    )
