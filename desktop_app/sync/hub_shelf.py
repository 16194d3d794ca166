"""The hub's key shelf (hub schema 3): which file keys it holds, adding rows, fetching rows, and `shred`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.storage.shelf import ShelfRow
from desktop_app.sync.hub import HubClient, HubError
from desktop_app.sync.hub_migrations import version_of
from desktop_app.sync.hub_migrations.v3 import HUB_SCHEMA, NO_TOMBSTONE, WRAPPED_CAP

SHELF_VERSION = 3
_BATCH = 1000


class NoTombstone(HubError):
    """`shred` named an entry the hub does not hold as an erasure tombstone about that child (not pushed yet)."""


def has_shelf(hub: HubClient) -> bool:
    """Whether the hub has a key shelf (schema 3 or later) this PC's login may use."""
    return not hub.legacy and (version_of(hub.info()) or 0) >= SHELF_VERSION


def hub_places(hub: HubClient) -> set[tuple[str, str]]:
    """Every (child, file key id) the hub holds for this PC's school."""
    with hub.transaction() as conn:
        rows = conn.execute(
            text(f"SELECT subject, key_id FROM {HUB_SCHEMA}.shelf WHERE school_id = :school"),
            {"school": hub.school_id},
        )
        return {(row[0], row[1]) for row in rows}


def add_rows(hub: HubClient, rows: Sequence[ShelfRow]) -> int:
    """Put rows on the hub's shelf; a (child, key id) it holds is left as it is. Returns how many were added."""
    added = 0
    rows = [r for r in rows if len(r.wrapped) <= WRAPPED_CAP]
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        with hub.transaction() as conn:
            for row in chunk:
                added += conn.execute(
                    text(
                        f"INSERT INTO {HUB_SCHEMA}.shelf (school_id, subject, key_id, wrapped, directory_key_id) "
                        "VALUES (:school, :subject, :key_id, :wrapped, :directory) ON CONFLICT DO NOTHING"
                    ),
                    {
                        "school": hub.school_id,
                        "subject": row.subject,
                        "key_id": row.key_id,
                        "wrapped": row.wrapped,
                        "directory": row.directory_key_id,
                    },
                ).rowcount
    return added


def fetch_rows(hub: HubClient, places: Iterable[tuple[str, str]]) -> list[ShelfRow]:
    """The hub's rows at these (child, key id) places (those it still holds)."""
    wanted = sorted(set(places))
    found: list[ShelfRow] = []
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        with hub.transaction() as conn:
            rows = conn.execute(
                text(
                    f"SELECT subject, key_id, wrapped, directory_key_id FROM {HUB_SCHEMA}.shelf "
                    "WHERE school_id = :school AND key_id = ANY(:ids)"
                ),
                {"school": hub.school_id, "ids": [key_id for _, key_id in chunk]},
            )
            keep = set(chunk)
            found += [ShelfRow(r[0], r[1], bytes(r[2]), r[3]) for r in rows if (r[0], r[1]) in keep]
    return found


def shred(hub: HubClient, subject: str, tombstone: str) -> int:
    """Remove every file key of a child from the hub's shelf, naming the erasure's tombstone (which the hub must
    hold); returns how many rows went. Raises NoTombstone when the hub does not hold it."""
    try:
        with hub.transaction() as conn:
            removed = conn.execute(
                text(f"SELECT {HUB_SCHEMA}.shred(:child, :tombstone)"), {"child": subject, "tombstone": tombstone}
            ).scalar_one()
    except HubError as exc:
        cause = exc.__cause__
        if isinstance(cause, DBAPIError) and getattr(cause.orig, "sqlstate", None) == NO_TOMBSTONE:
            raise NoTombstone(str(exc)) from exc
        raise
    return int(removed)
