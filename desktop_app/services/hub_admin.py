"""IT's hub commands through an administrator's connection: close the version-1 window, list and revoke PCs'
own logins, set a school's quotas (design note 21). Setting a hub up is `services.sync.set_up_hub`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from desktop_app.services.errors import ServiceError
from desktop_app.sync.address import HubAddress, HubAddressError, HubTls, parse_hub_address
from desktop_app.sync.hub import HubError, explain, open_hub_engine
from desktop_app.sync.schema import (
    HubSetupError,
    PcLogin,
    Quota,
    close_legacy,
    install_schema,
    pc_logins,
    revoke_pc_login,
    set_school_quota,
)


@contextmanager
def admin_connection(admin_url: str, tls: HubTls | None = None) -> Iterator[tuple[HubAddress, Connection]]:
    """One transaction through the hub administrator's connection (its certificate checked as `tls` says: by
    default verify-full), with a short lock wait: hub set-up never queues behind a school's push (nor holds one
    up) for long, it fails in seconds with a plain message."""
    try:
        admin = parse_hub_address(admin_url).with_tls(tls or HubTls())
    except HubAddressError as exc:
        raise ServiceError(str(exc)) from exc
    try:
        engine = open_hub_engine(admin)
    except HubError as exc:
        raise ServiceError(str(exc)) from exc
    try:
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = '5s'"))
            yield admin, conn
    except HubSetupError as exc:
        raise ServiceError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise ServiceError(str(explain(exc, admin))) from exc
    finally:
        engine.dispose()


def close_hub_legacy(admin_url: str, *, tls: HubTls | None = None) -> int:
    """End the compatibility window for version-1 PCs on this hub (see `schema.close_legacy`)."""
    with admin_connection(admin_url, tls) as (_admin, conn):
        install_schema(conn)
        return close_legacy(conn)


def hub_pcs(admin_url: str, school_id: str | None = None, *, tls: HubTls | None = None) -> list[PcLogin]:
    """Every PC's own login on the hub (of one school, if given), for IT."""
    with admin_connection(admin_url, tls) as (_admin, conn):
        return pc_logins(conn, school_id)


def revoke_hub_pc(admin_url: str, login: str, *, tls: HubTls | None = None) -> PcLogin:
    """Drop one PC's own hub login (a lost, stolen or retired PC)."""
    with admin_connection(admin_url, tls) as (_admin, conn):
        return revoke_pc_login(conn, login)


def set_hub_quota(
    admin_url: str,
    school_id: str,
    *,
    max_devices: int | None = None,
    max_bytes: int | None = None,
    tls: HubTls | None = None,
) -> Quota:
    """Set (or, with neither given, read) a school's quotas on the hub."""
    with admin_connection(admin_url, tls) as (_admin, conn):
        return set_school_quota(conn, school_id, max_devices=max_devices, max_bytes=max_bytes)
