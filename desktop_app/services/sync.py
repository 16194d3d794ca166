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

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from desktop_app.config import HubSettings
from desktop_app.crypto.keys import verify_signature
from desktop_app.domain.entries import EntryKind, to_millis
from desktop_app.domain.keybook import KeyBook
from desktop_app.services import hub_login, uow
from desktop_app.services.enrolment import (
    enrolment_of,
    founding_team_key,
    hub_tls,
    hub_url_in_force,
    kept_hub_ca,
    kept_hub_url,
)
from desktop_app.services.errors import ServiceError
from desktop_app.services.hub_admin import admin_connection
from desktop_app.services.verified import Quarantined, VerifiedView, key_book_of, reason_in_words
from desktop_app.storage.log import RefusedEntries, RefusedEntry
from desktop_app.storage.store import SchoolStore, rotate_device
from desktop_app.sync.address import HubAddress, HubAddressError, HubTls, parse_hub_address
from desktop_app.sync.checks import Anchors, check_pulled, kind_of
from desktop_app.sync.hub import (
    PULL_BYTES,
    HubClient,
    HubError,
    HubUnreachable,
    NotYours,
    PulledEntry,
    PullPage,
)
from desktop_app.sync.hub_migrations.v2 import new_role_name
from desktop_app.sync.schema import (
    HubSetupError,
    add_school,
    check_role_name,
    close_legacy,
    install_schema,
    scram_sha256_verifier,
)

SYNC_EVERY_SECONDS = 60
PUSH_BATCH = 2000
PULL_BATCH = 5000
CLOCK_TOLERANCE = timedelta(minutes=2)
MIN_HUB_PASSWORD = 12

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
TAKE_BACK_BATCH = 2000


@dataclass(frozen=True, slots=True)
class Refusal:
    entry_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reason}, entry {self.entry_id}"


@dataclass(slots=True)
class SyncReport:
    """What one sync did, in plain words. `pushed`: entries the hub took from this PC; `pulled`: entries from
    other PCs checked and applied here; `key_material`: how many of those were accounts, keys or grants."""

    hub: str
    pushed: int = 0
    pulled: int = 0
    key_material: int = 0
    refused: list[Refusal] = field(default_factory=list)
    held_back: list[Refusal] = field(default_factory=list)
    own_refused: list[Quarantined] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    offline: bool = False
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.skipped

    def lines(self) -> list[str]:
        if self.skipped:
            return ["A sync of this PC is already running."]
        out = []
        if self.pushed or self.pulled:
            out.append(f"Sent {_count(self.pushed)} to the hub and received {_count(self.pulled)} ({self.hub}).")
        elif not self.errors:
            out.append(f"Up to date with the hub ({self.hub}).")
        if len(self.refused) == 1:
            out.append(f"1 entry from the hub refused: {self.refused[0]}")
        elif self.refused:
            out.append(f"{len(self.refused)} entries from the hub refused:")
            out += [f"  {refusal}" for refusal in self.refused]
        if len(self.held_back) == 1:
            out.append(f"1 entry from the hub kept but not used: {self.held_back[0]}")
        elif self.held_back:
            out.append(f"{len(self.held_back)} entries from the hub kept but not used:")
            out += [f"  {refusal}" for refusal in self.held_back]
        if held := self.own_refused:
            out.append(own_refused_line(len(held)))
            out += [f"  entry {q.entry_id}: refused by the school: {reason_in_words(q.reason)}" for q in held]
        out += self.warnings
        out += self.errors
        return out


def own_refused_line(count: int) -> str:
    """The status words for this PC's own entries the school refused (a disabled account's, and the like)."""
    what = "1 entry written on this PC was" if count == 1 else f"{count:,} entries written on this PC were"
    return f"{what} refused by the school (a designated lead can see who wrote them and why)."


def _count(n: int) -> str:
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
        return _clock_words(self.clock_offset)


def _local(moment: datetime) -> str:
    local = moment.astimezone()
    today = datetime.now(local.tzinfo).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d %b %H:%M")


def _clock_words(offset: timedelta) -> str:
    minutes = round(abs(offset).total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    size = (f"{hours} h " if hours else "") + f"{minutes} min"
    side = "ahead of" if offset > timedelta(0) else "behind"
    return (
        f"This PC's clock is {size} {side} the hub's: times recorded here will be wrong until IT sets it right "
        "(records stay in a consistent order everywhere)."
    )


def resolve_hub_address(
    store: SchoolStore,
    given: str | None = None,
    *,
    configured: HubSettings | None = None,
    allow_insecure: bool = False,
) -> HubAddress | None:
    """The hub this PC syncs with: `given` (--hub), else `configured` (the machine configuration IT deploys),
    else the address stored when this PC joined or set the hub up; with how its certificate is checked. None when
    there is none."""
    text, _source = hub_url_in_force(given, configured, kept_hub_url(store))
    if not text:
        return None
    try:
        address = parse_hub_address(text)
    except HubAddressError as exc:
        raise ServiceError(str(exc)) from exc
    return address.with_tls(hub_tls(configured, kept=kept_hub_ca(store), allow_insecure=allow_insecure))


def school_anchors(store: SchoolStore) -> Anchors:
    """The school this PC belongs to and the team key it trusts: from its enrolment, or the school it holds."""
    enrolment = enrolment_of(store)
    if enrolment is not None:
        return Anchors(enrolment.school_id, enrolment.team_key_id, enrolment.team_public)
    book = key_book_of(store)
    if not book.school_id or not book.team_keys:
        raise ServiceError(
            "This PC does not belong to a school yet: set one up, or join one with an enrolment file "
            "('concern-logger join FILE')."
        )
    team = founding_team_key(book)
    return Anchors(book.school_id, team.key_id, team.public)


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
    _set(store, SCHOOL_ID, anchors.school_id)
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
            f"{_count(taken)} taken back from the hub."
        )


def _note_clock(store: SchoolStore, hub_clock: datetime, report: SyncReport) -> None:
    offset = uow.now_utc() - hub_clock
    _set(store, CLOCK_OFFSET, f"{offset.total_seconds():.0f}")
    if abs(offset) > CLOCK_TOLERANCE:
        report.warnings.append(_clock_words(offset))


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
            cursor = batch[-1].hub_seq
            store.settings.set(CURSOR, str(cursor))
            if not page.more:
                break
    _note_own_refused(store, view, report)


def _note_own_refused(store: SchoolStore, view: VerifiedView, report: SyncReport) -> None:
    """Count (and keep, for the status line) this PC's own entries the school does not accept, as the verified
    view judges them now: entries written here by an account the school disabled, and the like. Judged again only
    when the store took an entry since the last count (an idle sync reads one number)."""
    marker = f"{store.device_id}:{store.log.newest_local_seq()}"
    if store.settings.get(OWN_REFUSED_AT) == marker:
        return
    view.take_key_material()
    refused = own_refused(store, view)
    _set(store, OWN_REFUSED, str(len(refused)))
    _set(store, OWN_REFUSED_AT, marker)
    report.own_refused = refused


def own_refused(store: SchoolStore, view: VerifiedView | None = None) -> list[Quarantined]:
    """This PC's own entries that the school does not accept (their authors' authority, judged now by the verified
    view's key book, with key material as this PC holds it)."""
    if view is None:
        view = VerifiedView(store)
        view.load_key_book()
    return view.refused_on(store.device_id)


def _set(store: SchoolStore, key: str, value: str) -> None:
    """A local setting, written only when it changes (each write is a durable commit)."""
    if (store.settings.get(key) or "") != value:
        store.settings.set(key, value)


def _remember(store: SchoolStore, report: SyncReport) -> None:
    now = uow.now_utc().isoformat()
    if report.ok:
        store.settings.set(LAST_OK, now)
        for key in (FAILING_SINCE, LAST_ERROR, OFFLINE):
            _set(store, key, "")
        _set(store, FAILURES, "0")
    elif not report.skipped:
        if not store.settings.get(FAILING_SINCE):
            store.settings.set(FAILING_SINCE, now)
        store.settings.set(FAILURES, str(int(store.settings.get(FAILURES) or 0) + 1))
        _set(store, LAST_ERROR, report.errors[0])
        _set(store, OFFLINE, "1" if report.offline else "")


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


@dataclass(frozen=True, slots=True)
class HubSetup:
    """A hub set up for a school: the address its PCs enrol with (the admin's, with the school's enrolment login),
    that login, and the hub's schema before and after."""

    pc_address: HubAddress
    role: str
    school_id: str
    role_created: bool
    password_set: bool
    schema_before: int | None
    schema_after: int
    legacy_open: bool


def hub_role_for(school_id: str, role: str | None = None) -> str | None:
    """The enrolment login IT names (checked), or None: the hub keeps the school's existing one, or makes a name
    that says nothing about the school (`cl_` and random hex)."""
    try:
        return check_role_name(role) if role else None
    except HubSetupError as exc:
        raise ServiceError(str(exc)) from exc


def set_up_hub(
    admin_url: str,
    school_id: str,
    *,
    role: str | None = None,
    password: str | None = None,
    tls: HubTls | None = None,
) -> HubSetup:
    """Create the hub schema, or migrate it to the newest version, through an administrator's connection, and
    register the school with its enrolment login. With `password`, the login's password is set (only its SCRAM
    verifier is sent). Adding a school creates roles and a row only: it never waits for another school's push.
    The connection checks the hub's certificate as `tls` says (`hub_tls`; by default verify-full, nothing weaker).
    """
    role = hub_role_for(school_id, role)
    if password is not None and len(password) < MIN_HUB_PASSWORD:
        raise ServiceError(f"A hub password needs at least {MIN_HUB_PASSWORD} characters.")
    verifier = scram_sha256_verifier(password) if password else None
    with admin_connection(admin_url, tls) as (admin, conn):
        before, after = install_schema(conn)
        registered = conn.execute(
            text("SELECT role_name FROM concern_hub.schools WHERE school_id = :s"), {"s": school_id}
        ).scalar()
        role = role or registered or new_role_name()
        created = add_school(conn, school_id, role, verifier)
        if before is None:  # a new hub: no PC of version 1 ever synced with it
            close_legacy(conn)
        oldest = conn.execute(text("SELECT value FROM concern_hub.hub_info WHERE key = 'oldest_client'")).scalar()
    return HubSetup(admin.with_role(role), role, school_id, created, verifier is not None, before, after, oldest == "1")
