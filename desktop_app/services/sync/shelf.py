"""The key shelf at each sync: erasures applied, the hub's copies shredded, file keys pushed and pulled.

After the entries are pulled (services/sync/run.py): (1) every erasure tombstone that holds up in this PC's
verified key book deletes this PC's copies of that child's file keys (services/erasure.py); (2) for each such
erasure whose child still has keys on the hub, `shred` is called again (an erasure is re-asserted until the hub has
none: a PC that had not pulled the tombstone may have pushed a key back meanwhile); (3) this PC's keys the hub lacks
are pushed, except for erased children (a forged tombstone, which no PC verifies, may have shredded them: they go
back, and the hub heals); (4) the hub's keys this PC lacks are pulled, except for erased children.
"""

from __future__ import annotations

from desktop_app.services.erasure import apply_erasures
from desktop_app.services.erasures import Erasure, erasures_in
from desktop_app.services.file_keys import HUB_SHELF_SETTING, SHELF_ABSENT
from desktop_app.services.sync.report import SyncReport
from desktop_app.services.verified import VerifiedView
from desktop_app.storage.store import SchoolStore
from desktop_app.sync.hub import HubClient
from desktop_app.sync.hub_shelf import NoTombstone, add_rows, fetch_rows, has_shelf, hub_places, shred

NO_SHELF = (
    "The hub has no key shelf (hub schema 1 or 2, or this PC reaches it through the school's shared login): records "
    "written under a child's file key do not open on the other PCs until IT upgrades the hub ('concern-logger hub "
    "setup'); new records are written without file keys meanwhile, and can be closed but never erased."
)


def sync_shelf(store: SchoolStore, hub: HubClient, report: SyncReport) -> None:
    """The four steps of the module's docstring, in order."""
    if not has_shelf(hub):
        store.settings.set(HUB_SHELF_SETTING, SHELF_ABSENT)  # new records: version 1 until the hub has a shelf
        if store.shelf.subjects() and NO_SHELF not in report.warnings:
            report.warnings.append(NO_SHELF)
        return
    store.settings.set(HUB_SHELF_SETTING, "present")
    erasures: dict[str, Erasure] = {}
    if store.log.holds_tombstones():  # the key book is judged only when an erasure may be held
        book = VerifiedView(store).load_key_book()
        erasures = erasures_in(book, store)
        report.keys_erased += len(apply_erasures(store, book))
    on_hub = hub_places(hub)
    for subject in sorted({s for s, _ in on_hub} & set(erasures)):
        try:
            report.keys_shredded += shred(hub, subject, erasures[subject].entry_id)
        except NoTombstone:  # this PC's own tombstone not on the hub yet (its push failed): next sync
            report.warnings.append("An erasure's tombstone is not on the hub yet: its keys there go at the next sync.")
    on_hub = {place for place in on_hub if place[0] not in erasures}
    local = [row for row in store.shelf.all() if row.subject not in erasures]
    report.keys_pushed += add_rows(hub, [row for row in local if (row.subject, row.key_id) not in on_hub])
    wanted = on_hub - {(row.subject, row.key_id) for row in local}
    if wanted:
        report.keys_pulled += store.shelf.add(fetch_rows(hub, wanted))
