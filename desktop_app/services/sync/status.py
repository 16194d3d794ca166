"""This PC's sync state from local facts only: the status line, the clock warning, failures and retries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop_app.config import HubSettings
from desktop_app.services.errors import ServiceError
from desktop_app.services.sync.address import resolve_hub_address, school_anchors
from desktop_app.storage.log import RefusedEntries, RefusedEntry
from desktop_app.storage.store import SchoolStore

SYNC_EVERY_SECONDS = 60


CLOCK_TOLERANCE = timedelta(minutes=2)


CURSOR = "sync.cursor"


LAST_OK = "sync.last_ok"


FAILING_SINCE = "sync.failing_since"


FAILURES = "sync.failures"


OFFLINE = "sync.offline"


LAST_ERROR = "sync.last_error"


CLOCK_OFFSET = "sync.clock_offset_seconds"


SCHOOL_ID = "sync.school_id"


OWN_REFUSED = "sync.own_refused"  # how many of this PC's own entries the school does not accept, at the last sync


OWN_REFUSED_AT = "sync.own_refused_at"  # the store's newest local position when they were counted


def own_refused_line(count: int) -> str:
    """The status words for this PC's own entries the school refused (a disabled account's, and the like)."""
    what = "1 entry written on this PC was" if count == 1 else f"{count:,} entries written on this PC were"
    return f"{what} refused by the school (a designated lead can see who wrote them and why)."


def count_words(n: int) -> str:
    return "1 entry" if n == 1 else f"{n:,} entries"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The sync state of this PC for the app to show. Times are UTC; `text` shows them in local time."""

    hub: str | None
    waiting: int
    last_synced: datetime | None
    failing_since: datetime | None
    offline: bool
    last_error: str | None
    refused: int
    clock_offset: timedelta | None
    own_refused: int = 0  # this PC's own entries the school does not accept (at the last sync)

    @property
    def text(self) -> str:
        """The status line; never "Up to date" while this PC holds entries of its own the school refused."""
        if self.hub is None:
            return "No hub set up: records stay on this PC."
        line = self._sync_words()
        if not self.own_refused:
            return line
        refused = own_refused_line(self.own_refused)
        return refused if line == "Up to date." else f"{line} {refused}"

    def _sync_words(self) -> str:
        waiting = f"{self.waiting} waiting to send" if self.waiting else ""
        if self.failing_since is not None:
            since = _local(self.failing_since)
            head = f"Offline since {since}" if self.offline else f"Sync failing since {since}: {self.last_error}"
            return head + (f"; {waiting}." if waiting else ".")
        if self.last_synced is None:
            return "Not synced yet" + (f"; {waiting}." if waiting else ".")
        if waiting:
            return waiting[0].upper() + waiting[1:] + "."
        return "Up to date."

    @property
    def clock_warning(self) -> str | None:
        if self.clock_offset is None or abs(self.clock_offset) <= CLOCK_TOLERANCE:
            return None
        return clock_words(self.clock_offset)


def _local(moment: datetime) -> str:
    local = moment.astimezone()
    today = datetime.now(local.tzinfo).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d %b %H:%M")


def clock_words(offset: timedelta) -> str:
    minutes = round(abs(offset).total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    size = (f"{hours} h " if hours else "") + f"{minutes} min"
    side = "ahead of" if offset > timedelta(0) else "behind"
    return (
        f"This PC's clock is {size} {side} the hub's: times recorded here will be wrong until IT sets it right "
        "(records stay in a consistent order everywhere)."
    )


def set_local(store: SchoolStore, key: str, value: str) -> None:
    """A local setting, written only when it changes (each write is a durable commit)."""
    if (store.settings.get(key) or "") != value:
        store.settings.set(key, value)


def retry_delay(failures: int) -> int:
    """Seconds before the next automatic sync after `failures` failed ones in a row: 60 s after none or one,
    then 2, 4, 8 minutes, and at most 15."""
    if failures <= 0:
        return SYNC_EVERY_SECONDS
    delay: int = min(SYNC_EVERY_SECONDS * 2 ** (failures - 1), 15 * 60)
    return delay


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


def sync_status(store: SchoolStore, *, configured: HubSettings | None = None) -> SyncStatus:
    """This PC's sync state from local facts only (no network): cheap enough to refresh every few seconds."""
    settings = store.settings
    try:
        address = resolve_hub_address(store, configured=configured)
    except ServiceError:
        address = None
    school_id = settings.get(SCHOOL_ID) or ""
    if not school_id and address is not None:  # without a hub nothing waits to be sent: skip the key-material read
        try:
            school_id = school_anchors(store).school_id
        except ServiceError:
            school_id = ""
    offset = settings.get(CLOCK_OFFSET)
    return SyncStatus(
        hub=address.display if address else None,
        waiting=store.log.outbox_count(school_id) if school_id else 0,
        last_synced=_when(settings.get(LAST_OK)),
        failing_since=_when(settings.get(FAILING_SINCE)),
        offline=bool(settings.get(OFFLINE)),
        last_error=settings.get(LAST_ERROR) or None,
        refused=RefusedEntries(store.engine).count(),
        clock_offset=timedelta(seconds=int(offset)) if offset else None,
        own_refused=int(settings.get(OWN_REFUSED) or 0),
    )


def sync_failures(store: SchoolStore) -> int:
    """Failed syncs in a row (for `retry_delay`)."""
    return int(store.settings.get(FAILURES) or 0)


def refused_entries(store: SchoolStore) -> list[RefusedEntry]:
    """Every entry this PC refused from the hub, with the reason (ids and reasons only)."""
    return RefusedEntries(store.engine).all()
