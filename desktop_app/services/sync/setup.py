"""Setting a hub up for a school: its schema, and the school's enrolment login."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from desktop_app.services.errors import ServiceError
from desktop_app.services.hub_admin import admin_connection
from desktop_app.sync.address import HubAddress, HubTls
from desktop_app.sync.hub_migrations.v2 import new_role_name
from desktop_app.sync.schema import (
    HubSetupError,
    add_school,
    check_role_name,
    close_legacy,
    install_schema,
    scram_sha256_verifier,
)

MIN_HUB_PASSWORD = 12


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
