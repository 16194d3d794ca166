"""One sync: push this PC's outbox, pull what other PCs wrote, check every pulled entry before it is used."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from desktop_app.config import HubSettings
from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import EntryKind, EntryRecord, to_millis
from desktop_app.domain.keybook import KeyBook
from desktop_app.services import hub_login, uow
from desktop_app.services.errors import ServiceError
from desktop_app.services.sync.address import resolve_hub_address, school_anchors
from desktop_app.services.sync.report import Refusal, SyncReport
from desktop_app.services.sync.shelf import sync_shelf
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
    clock_words,
    count_words,
    set_local,
)
from desktop_app.services.verified import Quarantined, VerifiedView
from desktop_app.storage.log import RefusedEntries, RefusedEntry
from desktop_app.storage.store import SchoolStore, rotate_device
from desktop_app.sync.checks import Anchors, PullOutcome, check_pulled, kind_of
from desktop_app.sync.hub import (
    PULL_BYTES,
    HubClient,
    HubError,
    HubUnreachable,
    NotYours,
    PulledEntry,
    PullPage,
)

PUSH_BATCH = 2000


PULL_BATCH = 5000


TAKE_BACK_BATCH = 2000


def sync_once(
    store: SchoolStore,
    hub_url: str | None = None,
    *,
    configured: HubSettings | None = None,
    allow_insecure: bool = False,
    push_batch: int = PUSH_BATCH,
    pull_batch: int = PULL_BATCH,
    links: hub_login.HubLinks | None = None,
) -> SyncReport:
    """Push this PC's outbox, then pull and apply what other PCs wrote. See the module docstring.

    With `links` (a long-running process's: the GUI's timer, `sync` without --once) the hub connection is kept there
    for the next sync and opened again only when it was lost (`HubLinks.close` closes it), and a sync of this store
    already running there is skipped; without, the sync opens its own connection and closes it."""
    address = resolve_hub_address(store, hub_url, configured=configured, allow_insecure=allow_insecure)
    if address is None:
        raise ServiceError("No hub is set up for this PC: give one with --hub URL, or join the school's hub.")
    anchors = school_anchors(store)
    set_local(store, SCHOOL_ID, anchors.school_id)
    report = SyncReport(hub=address.display)
    if links is not None and not links.begin(store):
        report.skipped = True
        return report
    try:
        if links is not None:
            hub = links.client_for(store, address, anchors.school_id)
        else:
            hub = hub_login.open_hub(store, address, anchors.school_id)
        try:
            try:
                hub_clock = hub.check_ready()
            except HubUnreachable:
                if links is None:
                    raise
                hub.close()  # a kept connection the hub or the network dropped since the last sync: open a new one
                links.forget(store)
                hub = links.client_for(store, address, anchors.school_id)
                hub_clock = hub.check_ready()
            _note_clock(store, hub_clock, report)
            _check_history(store, hub, anchors, report)
            _take_back_own(store, hub, anchors, report)
            _push(store, hub, anchors, report, max(1, push_batch))
            _pull(store, hub, anchors, report, max(2, pull_batch))
            sync_shelf(store, hub, report)
        except HubError:
            if links is not None:
                links.forget(store)
            hub.close()
            raise
        if links is None:
            hub.close()
    except HubError as exc:
        report.errors.append(str(exc))
        report.offline = isinstance(exc, HubUnreachable)
    finally:
        if links is not None:
            links.end(store)
    _remember(store, report)
    return report


def hub_client_for(
    store: SchoolStore, hub_url: str | None = None, *, configured: HubSettings | None = None
) -> HubClient:
    """A client for this PC's hub as sync uses it (its own login, registered first if the hub is version 2 and
    does not know this PC yet). The caller closes it."""
    address = resolve_hub_address(store, hub_url, configured=configured)
    if address is None:
        raise ServiceError("No hub is set up for this PC: give one with --hub URL, or join the school's hub.")
    return hub_login.open_hub(store, address, school_anchors(store).school_id)


def _forked(
    store: SchoolStore, hub: HubClient, device: str, head: tuple[int, bytes], local: tuple[int, bytes] | None
) -> bool:
    """Whether this store's chain and the hub's copy of it disagree where both hold an entry (at the lower head)."""
    if local is None:
        return False
    if local[0] >= head[0]:
        ours = store.log.device_rows(device, head[0] - 1, head[0])
        return not ours or ours[0].hash != head[1]
    theirs = hub.device_rows(device, local[0] - 1, 1)
    return not theirs or theirs[0].entry.seq != local[0] or theirs[0].entry.hash != local[1]


def _take_back_own(store: SchoolStore, hub: HubClient, anchors: Anchors, report: SyncReport) -> None:
    """If the hub holds this PC's own chain further than this store does (the store was put back to an older
    copy), take those entries back, checked like any pulled entry from this store's own head, and carry on."""
    if hub.legacy:
        return
    device = store.device_id
    head = hub.device_head(device)
    local = store.log.chain_heads([device]).get(device)
    if head is None:
        return
    if _forked(store, hub, device, head, local):
        rotate_device(store, "differs from the hub's copy of it (an older copy put back and written on?)")
        report.warnings.append(
            "This PC's chain differs from the hub's copy of it (an older copy of the store put back and written on): "
            "this PC starts a new chain; entries written here on the old one since cannot be sent."
        )
        return
    if local is not None and local[0] >= head[0]:
        return
    key_material = VerifiedView(store).sound_key_material()
    school_known = bool(KeyBook.build(key_material, problems=[]).school_id)
    taken = 0
    while True:
        local = store.log.chain_heads([device]).get(device)
        batch: list[PulledEntry] = hub.device_rows(device, local[0] if local else 0, TAKE_BACK_BATCH)
        if not batch:
            break
        held = store.log.held([item.entry.id for item in batch])
        outcome = check_pulled(
            batch,
            held=held,
            heads=store.log.chain_heads([device]),
            local_key_material=key_material,
            anchors=anchors,
            school_known=school_known,
            verify=verify_signature,
        )
        if outcome.accepted:
            store.log.insert_foreign([i.entry for i in outcome.accepted], [i.hub_seq for i in outcome.accepted])
            taken += len(outcome.accepted)
        if outcome.refused or not outcome.accepted:
            report.refused += [Refusal(item.entry.id, why) for item, why in outcome.refused]
            break
    if taken:
        report.warnings.append(
            f"This PC's store was behind the hub on its own chain (put back to an older copy?): "
            f"{count_words(taken)} taken back from the hub."
        )


def _note_clock(store: SchoolStore, hub_clock: datetime, report: SyncReport) -> None:
    offset = uow.now_utc() - hub_clock
    set_local(store, CLOCK_OFFSET, f"{offset.total_seconds():.0f}")
    if abs(offset) > CLOCK_TOLERANCE:
        report.warnings.append(clock_words(offset))


def _check_history(store: SchoolStore, hub: HubClient, anchors: Anchors, report: SyncReport) -> None:
    """If the hub no longer holds the newest entry this PC knows it held (restored from a backup, or rebuilt),
    send everything again and pull from the start: entries are immutable, so nothing is lost or doubled."""
    newest = store.log.newest_on_hub()
    if newest is None or hub.entry_at(newest[0]) == newest[1]:
        return
    store.log.forget_hub_seqs(anchors.school_id)
    store.settings.set(CURSOR, "0")
    report.warnings.append(
        "The hub no longer holds entries it held before (restored from a backup or rebuilt?): "
        "this PC sends everything it holds again."
    )


def _push(store: SchoolStore, hub: HubClient, anchors: Anchors, report: SyncReport, batch_size: int) -> None:
    after = 0
    while True:
        batch = store.log.outbox(anchors.school_id, after=after, limit=batch_size)
        if not batch:
            return
        hub_login.claim_current(store, hub)
        sending = [(entry, recipients) for _, entry, recipients in batch]
        try:
            result = hub.push(sending)
        except NotYours:  # a relayed row of another PC's claimed chain: that PC sends its own; send ours
            own = set(hub_login.own_devices(store))
            result = hub.push([(entry, recipients) for entry, recipients in sending if entry.device_id in own])
        store.log.set_hub_seqs(result.hub_seqs)
        report.pushed += result.added
        for entry_id, why in result.not_accepted:
            report.errors.append(f"Entry {entry_id} could not be sent: {why}.")
        after = batch[-1][0]


def _pull(store: SchoolStore, hub: HubClient, anchors: Anchors, report: SyncReport, batch_size: int) -> None:
    """Pull in pages by hub sequence, bounded by rows and by bytes; the next page is fetched while this one is
    checked and written. Integrity decides what is stored; what is stored but not its author's to make is named
    (`report.held_back`) and quarantined by the verified view at use. Then this PC's own entries that the school
    does not accept are counted for the status line."""
    cursor = int(store.settings.get(CURSOR) or 0)
    view = VerifiedView(store)
    key_material = view.sound_key_material()  # what this PC holds that holds up
    for _entry, what in view.problems():  # named at every sync too: this PC's checkpoint against its store
        if what not in report.warnings:
            report.warnings.append(f"This PC's store: {what}.")
    school_known = bool(KeyBook.build(key_material, problems=[]).school_id)
    chains_held = store.log.device_heads()
    refused_log = RefusedEntries(store.engine)

    def fetch(after: int) -> PullPage:
        return hub.pull_page(after, batch_size, not_from_device=store.device_id, max_bytes=PULL_BYTES)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-pull") as fetcher:
        pending = fetcher.submit(fetch, cursor)
        while page := pending.result():
            batch = page.entries
            if not batch:
                break
            if page.more:
                pending = fetcher.submit(fetch, batch[-1].hub_seq)
            held = store.log.held([item.entry.id for item in batch])
            heads = store.log.chain_heads(item.entry.device_id for item in batch if item.entry.id not in held)
            outcome = check_pulled(
                batch,
                held=held,
                heads=heads,
                local_key_material=key_material,
                anchors=anchors,
                school_known=school_known,
                verify=verify_signature,
                chains_held=chains_held,
            )
            _store_outcome(store, refused_log, outcome)
            school_known = _count_in(outcome, report, chains_held, key_material, school_known)
            cursor = batch[-1].hub_seq
            store.settings.set(CURSOR, str(cursor))
            if not page.more:
                break
    _note_own_refused(store, view, report)


def _store_outcome(store: SchoolStore, refused_log: RefusedEntries, outcome: PullOutcome) -> None:
    """A checked page written: what was accepted stored with its hub place, the hub places of entries already held
    noted, and what was refused recorded (with why, and when)."""
    if outcome.accepted:
        store.log.insert_foreign([i.entry for i in outcome.accepted], [i.hub_seq for i in outcome.accepted])
    store.log.set_hub_seqs(outcome.already_held)
    now = to_millis(uow.now_utc())
    refused_log.record(
        [
            RefusedEntry(item.entry.id, item.hub_seq, item.entry.device_id, item.entry.seq, why, now)
            for item, why in outcome.refused
        ]
    )


def _count_in(
    outcome: PullOutcome,
    report: SyncReport,
    chains_held: dict[str, int],
    key_material: list[EntryRecord],
    school_known: bool,
) -> bool:
    """A stored page taken into account: how far each device's chain is held and the key material the next page is
    checked against are brought up to date, and the report counts it. Whether the school entry is now held."""
    for item in outcome.accepted:
        device = item.entry.device_id
        chains_held[device] = max(chains_held.get(device, 0), item.entry.seq)
        if item.entry.public is not None and kind_of(item.entry) != EntryKind.BATCH:
            key_material.append(item.entry)
            report.key_material += 1
            school_known = school_known or kind_of(item.entry) == EntryKind.SCHOOL
    report.pulled += len(outcome.accepted)
    report.refused += [Refusal(item.entry.id, why) for item, why in outcome.refused]
    report.held_back += [Refusal(item.entry.id, why) for item, why in outcome.held_back]
    return school_known


def _note_own_refused(store: SchoolStore, view: VerifiedView, report: SyncReport) -> None:
    """Count (and keep, for the status line) this PC's own entries the school does not accept, as the verified
    view judges them now: entries written here by an account the school disabled, and the like. Judged again only
    when the store took an entry since the last count (an idle sync reads one number)."""
    marker = f"{store.device_id}:{store.log.newest_local_seq()}"
    if store.settings.get(OWN_REFUSED_AT) == marker:
        return
    view.take_key_material()
    refused = own_refused(store, view)
    set_local(store, OWN_REFUSED, str(len(refused)))
    set_local(store, OWN_REFUSED_AT, marker)
    report.own_refused = refused


def own_refused(store: SchoolStore, view: VerifiedView | None = None) -> list[Quarantined]:
    """This PC's own entries that the school does not accept (their authors' authority, judged now by the verified
    view's key book, with key material as this PC holds it)."""
    if view is None:
        view = VerifiedView(store)
        view.load_key_book()
    return view.refused_on(store.device_id)


def _remember(store: SchoolStore, report: SyncReport) -> None:
    now = uow.now_utc().isoformat()
    if report.ok:
        store.settings.set(LAST_OK, now)
        for key in (FAILING_SINCE, LAST_ERROR, OFFLINE):
            set_local(store, key, "")
        set_local(store, FAILURES, "0")
    elif not report.skipped:
        if not store.settings.get(FAILING_SINCE):
            store.settings.set(FAILING_SINCE, now)
        store.settings.set(FAILURES, str(int(store.settings.get(FAILURES) or 0) + 1))
        set_local(store, LAST_ERROR, report.errors[0])
        set_local(store, OFFLINE, "1" if report.offline else "")
