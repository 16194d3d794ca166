"""Versioned hub migrations: each version's module brings the hub from the version before it, in one transaction.

Version 1 is frozen as it shipped (`v1.py`); a hub is always built by running every version in order, so a new hub
and an upgraded one are made by the same statements. `hub_info` says where a hub stands: `hub_schema` (absent on
version 1, which wrote only `schema_version`) and `oldest_client`, the oldest PC protocol the hub still serves.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from desktop_app.sync.hub_migrations import v1, v2, v3

HUB_SCHEMA = "concern_hub"
MIGRATION_LOCK = (0x434C484D, 0)  # "CLHM", hub-wide: two set-ups never migrate at once (pushes use "CLHB")
STEPS: dict[int, Callable[[Connection], None]] = {1: v1.install, 2: v2.migrate, 3: v3.migrate}
LATEST = max(STEPS)


class HubMigrationError(Exception):
    """The hub cannot be brought to the version asked; the message says why in plain words."""


def hub_info(conn: Connection) -> dict[str, str] | None:
    """Everything in `hub_info`, or None when the hub is not set up in this database (or this login cannot see it)."""
    if conn.execute(text("SELECT to_regclass(:name)"), {"name": f"{HUB_SCHEMA}.hub_info"}).scalar() is None:
        return None
    return {row[0]: row[1] for row in conn.execute(text(f"SELECT key, value FROM {HUB_SCHEMA}.hub_info"))}


def version_of(info: dict[str, str] | None) -> int | None:
    """The schema version `hub_info` describes (version 1 wrote only `schema_version`)."""
    if info is None:
        return None
    return int(info.get("hub_schema") or info.get("schema_version") or 0) or None


def migrate(conn: Connection, target: int = LATEST, *, lock_timeout: str = "10s") -> tuple[int | None, int]:
    """Bring the hub from the version it has to `target`, each step in a savepoint of the caller's transaction,
    under the hub-wide migration lock; returns (version before, version after). Run as the hub's owner."""
    if target not in STEPS:
        raise HubMigrationError(f"There is no hub schema version {target}.")
    conn.execute(text("SELECT set_config('lock_timeout', :t, true)"), {"t": lock_timeout})
    conn.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": MIGRATION_LOCK[0], "b": MIGRATION_LOCK[1]})
    before = version_of(hub_info(conn))
    if before is not None and before > LATEST:
        raise HubMigrationError(
            f"This hub was set up by a newer version of Concern Logger (hub schema {before}); "
            "update this PC's Concern Logger first."
        )
    current = before or 0
    while current < target:
        current += 1
        STEPS[current](conn)
    return before, max(current, before or 0)
