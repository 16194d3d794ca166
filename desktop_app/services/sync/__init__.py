"""Syncing this PC with the school's hub, the status the app shows, and setting a hub up.

For the app (the GUI's background worker, which owns the Qt side):

- `sync_once(store)` pushes this PC's outbox and pulls what other PCs wrote, checking every pulled entry before
  it is applied. Call it off the GUI thread: at start, on a timer (`SYNC_EVERY_SECONDS`, or `retry_delay(n)`
  after n failed syncs in a row), after each submission, and on demand. It never raises for a hub problem: the
  returned `SyncReport` says what happened in plain words (`report.lines()`); it raises `ServiceError` only when
  there is nothing to sync with (no hub address, or a store that has not joined a school). Two calls for the
  same store never run at once: the second returns at once with `report.skipped` set. It needs no sign-in: it
  moves ciphertext and checks signatures with public keys. When `report.key_material` is non-zero, accounts or
  keys arrived: a signed-in session should rebuild its key book (`key_book_of(store)`) to see them.
- `sync_status(store)` is cheap (local reads only) and gives the line to show: "Up to date", "3 waiting to
  send", "Offline since 14:05 …", or the last error in plain words.

The hub address is `--hub URL` (or `hub_url=` here), else the machine configuration IT deploys (passed in as
`configured=`, its `HubSettings`, by whoever reads that file), else the address this PC joined with (local setting
`hub_url`). Every connection checks the hub's certificate (`sslmode=verify-full`) against the certificate authority
the machine configuration names, else the address's sslrootcert, else the one this PC keeps from its enrolment; a
weaker mode named in the address is refused unless `allow_insecure=` (--allow-insecure) or the configuration's
`[hub] allow_insecure` (see sync/tls.py).
"""

from desktop_app.services.sync.address import (
    resolve_hub_address,
    school_anchors,
)
from desktop_app.services.sync.report import (
    Refusal,
    SyncReport,
)
from desktop_app.services.sync.run import (
    PULL_BATCH,
    PUSH_BATCH,
    TAKE_BACK_BATCH,
    hub_client_for,
    own_refused,
    sync_once,
)
from desktop_app.services.sync.setup import (
    MIN_HUB_PASSWORD,
    HubSetup,
    hub_role_for,
    set_up_hub,
)
from desktop_app.services.sync.status import (
    CLOCK_OFFSET,
    CLOCK_TOLERANCE,
    CURSOR,
    FAILING_SINCE,
    FAILURES,
    LAST_ERROR,
    LAST_OK,
    OFFLINE,
    OWN_REFUSED,
    OWN_REFUSED_AT,
    SCHOOL_ID,
    SYNC_EVERY_SECONDS,
    SyncStatus,
    own_refused_line,
    refused_entries,
    retry_delay,
    sync_failures,
    sync_status,
)

__all__ = [
    "CLOCK_OFFSET",
    "CLOCK_TOLERANCE",
    "CURSOR",
    "FAILING_SINCE",
    "FAILURES",
    "LAST_ERROR",
    "LAST_OK",
    "MIN_HUB_PASSWORD",
    "OFFLINE",
    "OWN_REFUSED",
    "OWN_REFUSED_AT",
    "PULL_BATCH",
    "PUSH_BATCH",
    "SCHOOL_ID",
    "SYNC_EVERY_SECONDS",
    "TAKE_BACK_BATCH",
    "HubSetup",
    "Refusal",
    "SyncReport",
    "SyncStatus",
    "hub_client_for",
    "hub_role_for",
    "own_refused",
    "own_refused_line",
    "refused_entries",
    "resolve_hub_address",
    "retry_delay",
    "school_anchors",
    "set_up_hub",
    "sync_failures",
    "sync_once",
    "sync_status",
]
