"""This PC's own hub login (protocol 2) and the one hub connection a long-running process keeps.

On its first sync with a version-2 hub a PC registers a login of its own through the school's enrolment login
(design note 21); the login and its password live in the store's local settings and reach the driver in-process
only. A long-running process holds a `HubLinks`: the client kept for each store from sync to sync (the kept one
when it is for the same hub and login, else a new one) and which stores are syncing now.
"""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

from desktop_app.storage.store import SchoolStore, rotate_device
from desktop_app.sync.address import HubAddress
from desktop_app.sync.hub import DeviceTaken, HubClient, HubError, HubLogin, HubUnreachable
from desktop_app.sync.hub_migrations.v2 import new_role_name
from desktop_app.sync.schema import scram_sha256_verifier

# This PC's own hub login (protocol 2): kept in the store's local settings, never in argv, the environment or logs.
HUB_LOGIN = "hub.login"
HUB_LOGIN_PASSWORD = "hub.login_password"
HUB_LOGIN_HUB = "hub.login_hub_id"  # the hub it was registered on (a rebuilt hub gets a new login)
HUB_DEVICES = "hub.devices"  # the device ids this login owns on that hub, comma-separated


class HubLinks:
    """One long-running process's links to the hub (the window's sync driver, `sync` without --once), passed to each
    `sync_once`: the client kept for each store from sync to sync (design note 21), and the stores syncing now (a
    second sync of one store while the first runs is skipped). `close` ends them. A one-off sync needs none.

    Private state: `_lock`, `_kept` (store folder -> ((hub address, login), client)), `_syncing` (store folders)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[Path, tuple[tuple[str, str], HubClient]] = {}
        self._syncing: set[Path] = set()

    def begin(self, store: SchoolStore) -> bool:
        """Mark a sync of this store as running; False when one already is (the caller skips)."""
        key = store.data_dir.resolve()
        with self._lock:
            if key in self._syncing:
                return False
            self._syncing.add(key)
            return True

    def end(self, store: SchoolStore) -> None:
        with self._lock:
            self._syncing.discard(store.data_dir.resolve())

    def client_for(self, store: SchoolStore, address: HubAddress, school_id: str) -> HubClient:
        """The client for this sync: the one kept from the last sync when it is for the same hub and login, else a
        new one, kept from now on (registering this PC's own login first on a version-2 hub that does not know it)."""
        key = store.data_dir.resolve()
        place = (address.text, store.settings.get(HUB_LOGIN) or "")
        with self._lock:
            kept = self._kept.get(key)
        if kept is not None and kept[0] == place:
            return kept[1]
        self.close(store)
        hub = open_hub(store, address, school_id)
        with self._lock:
            self._kept[key] = ((address.text, store.settings.get(HUB_LOGIN) or ""), hub)
        return hub

    def forget(self, store: SchoolStore) -> None:
        """Stop keeping this store's client (the caller closes it)."""
        with self._lock:
            self._kept.pop(store.data_dir.resolve(), None)

    def close(self, store: SchoolStore) -> None:
        """Close the connection kept for this store (at exit, or when the hub changes)."""
        with self._lock:
            kept = self._kept.pop(store.data_dir.resolve(), None)
        if kept is not None:
            kept[1].close()


def open_hub(store: SchoolStore, address: HubAddress, school_id: str) -> HubClient:
    """This PC's client for the hub. With a login of its own it connects as that login straight away; otherwise
    (or when that login is not for this hub) it asks through the address's role, the school's shared login: on a
    version-1 hub that is how this PC syncs; on a version-2 hub this PC registers its own login first."""
    role, password = store.settings.get(HUB_LOGIN), store.settings.get(HUB_LOGIN_PASSWORD)
    if role and password:
        own = HubClient(address, school_id, login=HubLogin(role, password))
        try:
            if own.info().get("hub_id") == store.settings.get(HUB_LOGIN_HUB):
                return own
        except HubUnreachable:
            own.close()
            raise
        except HubError:
            pass  # not this hub's login (a rebuilt hub), or refused: the shared login tells which
        own.close()
    with HubClient(address, school_id) as shared:
        info = shared.info()
        if "hub_schema" not in info:
            return HubClient(address, school_id)
        login = _stored_login(store, info)
        if login is not None:  # this hub's own login, yet it could not connect: say why
            with HubClient(address, school_id, login=login) as own:
                own.info()
            return HubClient(address, school_id, login=login)
        login = _register(store, shared, info)
    return HubClient(address, school_id, login=login)


def _stored_login(store: SchoolStore, info: dict[str, str]) -> HubLogin | None:
    role, password = store.settings.get(HUB_LOGIN), store.settings.get(HUB_LOGIN_PASSWORD)
    if not role or not password or store.settings.get(HUB_LOGIN_HUB) != info.get("hub_id"):
        return None
    return HubLogin(role, password)


def hub_login_of(store: SchoolStore) -> str | None:
    """The name of this PC's own hub login, for IT (`hub revoke-pc`); None before its first sync with a v2 hub."""
    return store.settings.get(HUB_LOGIN) or None


def _register(store: SchoolStore, shared: HubClient, info: dict[str, str]) -> HubLogin:
    """Make this PC's own hub login, owning its current device id. A device id may be claimed only when the hub
    holds nothing for it: a PC whose chain the hub already holds (written before per-PC logins) starts a new chain
    and claims that; the rest of its old chain is still sent, since nobody owns that device."""
    role, password = new_role_name(), secrets.token_urlsafe(32)
    verifier = scram_sha256_verifier(password)
    try:
        shared.register(role, verifier, store.device_id)
    except DeviceTaken:
        rotate_device(store, "was written before this PC had its own hub login", named=False)
        shared.register(role, verifier, store.device_id)
    store.settings.set(HUB_LOGIN, role)
    store.settings.set(HUB_LOGIN_PASSWORD, password)
    store.settings.set(HUB_LOGIN_HUB, info.get("hub_id") or "")
    store.settings.set(HUB_DEVICES, store.device_id)
    return HubLogin(role, password)


def own_devices(store: SchoolStore) -> list[str]:
    """The device ids this PC's login owns on its hub."""
    return [d for d in (store.settings.get(HUB_DEVICES) or "").split(",") if d]


def claim_current(store: SchoolStore, hub: HubClient) -> None:
    """Make sure this PC's login owns its current device id (after it started a new chain)."""
    if hub.legacy or store.device_id in own_devices(store):
        return
    try:
        hub.claim(store.device_id)
    except DeviceTaken:
        rotate_device(store, "is held on the hub by another PC's login (a copied store?)")
        hub.claim(store.device_id)
    store.settings.set(HUB_DEVICES, ",".join([*own_devices(store), store.device_id]))
