"""Hub schema version 3: the key shelf, where each child's file keys travel between a school's PCs, and `shred`.

The entries table is unchanged (INSERT-only; its trigger refuses UPDATE and DELETE). The shelf is another table, of
wrapped keys only: a PC's login may INSERT and SELECT its school's rows, never UPDATE or DELETE them; rows leave only
through `shred(subject, tombstone)`, a SECURITY DEFINER function that removes a child's rows when the hub holds the
school's entry `tombstone` about that child with a public part (an erasure's tombstone is key material). The hub
cannot check a signature in SQL, so a PC's login could forge such an entry and shred a child's keys: every honest PC
then finds the hub lacks rows it holds for a child no verified erasure names, and pushes them again (services/sync/
shelf.py). What a reader trusts never comes from the shelf: a row opens only under the directory key, bound to its
child and id.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

HUB_SCHEMA = "concern_hub"
NO_TOMBSTONE = "CLNTB"  # `shred` named no erasure tombstone of this school about that child
WRAPPED_CAP = 128  # a wrapped file key is 60 bytes (crypto/file_keys.py)
_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHELF_COLUMNS = ("school_id", "subject", "key_id", "wrapped", "directory_key_id")


def _statements(school_role: str) -> list[str]:
    s = HUB_SCHEMA
    definer = "SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
    role = f'"{school_role}"'
    return [
        f"""CREATE TABLE {s}.shelf (
            school_id varchar(36) NOT NULL,
            subject varchar(36) NOT NULL CHECK (subject ~ '{_UUID}'),
            key_id varchar(36) NOT NULL CHECK (key_id ~ '{_UUID}'),
            wrapped bytea NOT NULL CHECK (octet_length(wrapped) <= {WRAPPED_CAP}),
            directory_key_id varchar(36) NOT NULL CHECK (directory_key_id ~ '{_UUID}'),
            added_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (school_id, subject, key_id)
        )""",
        f"""CREATE TRIGGER shelf_rows_never_changed BEFORE UPDATE ON {s}.shelf
            FOR EACH ROW EXECUTE FUNCTION {s}.refuse_change()""",
        f"ALTER TABLE {s}.shelf ENABLE ROW LEVEL SECURITY",
        f"""CREATE POLICY own_school ON {s}.shelf USING (school_id = (SELECT {s}.own_school()))
            WITH CHECK (school_id = (SELECT {s}.own_school()))""",
        f"""CREATE FUNCTION {s}.shred(child varchar, tombstone varchar) RETURNS integer LANGUAGE plpgsql VOLATILE
        {definer} AS $$
        DECLARE
            own varchar := {s}.own_school();
            removed integer;
        BEGIN
            IF own IS NULL THEN
                RAISE EXCEPTION 'this login belongs to no school on the hub' USING ERRCODE = 'CLNSC';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM {s}.entries e WHERE e.school_id = own AND e.id = tombstone
                           AND e.subject = child AND e.public IS NOT NULL) THEN
                RAISE EXCEPTION 'the hub holds no erasure tombstone % about that child', tombstone
                    USING ERRCODE = '{NO_TOMBSTONE}';
            END IF;
            DELETE FROM {s}.shelf WHERE school_id = own AND subject = child;
            GET DIAGNOSTICS removed = ROW_COUNT;
            RETURN removed;
        END $$""",
        f"REVOKE ALL ON {s}.shelf FROM PUBLIC",
        f"REVOKE ALL ON FUNCTION {s}.shred(varchar, varchar) FROM PUBLIC",
        f"GRANT SELECT ON {s}.shelf TO {role}",
        f"GRANT INSERT ({', '.join(SHELF_COLUMNS)}) ON {s}.shelf TO {role}",
        f"GRANT EXECUTE ON FUNCTION {s}.shred(varchar, varchar) TO {role}",
    ]


def migrate(conn: Connection) -> None:
    """Version 2 to version 3, in the caller's transaction (run by the hub's owner)."""
    s = HUB_SCHEMA
    school_role = conn.execute(text(f"SELECT value FROM {s}.hub_info WHERE key = 'school_role'")).scalar_one()
    for statement in _statements(school_role):
        conn.execute(text(statement))
    conn.execute(text(f"UPDATE {s}.hub_info SET value = '3' WHERE key = 'hub_schema'"))
