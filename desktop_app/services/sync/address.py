"""Which hub this PC syncs with, and the school and team key it trusts there."""

from __future__ import annotations

from desktop_app.config import HubSettings
from desktop_app.services.enrolment import (
    enrolment_of,
    founding_team_key,
    hub_tls,
    hub_url_in_force,
    kept_hub_ca,
    kept_hub_url,
)
from desktop_app.services.errors import ServiceError
from desktop_app.services.verified import key_book_of
from desktop_app.storage.store import SchoolStore
from desktop_app.sync.address import HubAddress, HubAddressError, parse_hub_address
from desktop_app.sync.checks import Anchors


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
