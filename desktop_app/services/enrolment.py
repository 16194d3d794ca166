"""Joining a PC to a school: the enrolment file a lead exports (no secret in it) and the empty store it makes.

Version 2 of the file carries the hub's certificate authority as PEM text (never a path of the PC that wrote it);
a joining PC keeps it in its data folder (`HUB_CA_FILE`, private) and checks the hub against it. Version 1 files
are still read: they carry no certificate authority.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.config import HubSettings
from desktop_app.domain.key_material import TeamKey, b64, unb64
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.settings import STORE_HUB_URL
from desktop_app.file_limits import MIB, read_limited
from desktop_app.private_files import replace_privately
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.store import SchoolStore, open_store, store_exists
from desktop_app.services.verified import key_book_of
from desktop_app.sync.address import HubAddressError, HubTls, parse_hub_address
from desktop_app.sync.tls import (
    BadCaCertificate,
    TlsRefused,
    ca_expiry_problem,
    checked_ca_pem,
    describe_ca,
    read_ca_file,
    root_cert_of,
    tls_arguments,
    without_paths,
)

ENROLMENT_FORMAT = "concern-logger-enrolment"
ENROLMENT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 carries no certificate authority for the hub
ENROLMENT_SETTING = "enrolment"  # store bookkeeping: the enrolment file this PC joined with (not a setting)
HUB_URL_SETTING = STORE_HUB_URL.key  # its key, for tests that put an older store's address in place
HUB_CA_FILE = "hub-ca.pem"  # in the data folder: the hub's certificate authority from the enrolment file
MAX_ENROLMENT_BYTES = 1 * MIB  # a real one is about 1 KiB (3 KiB with the hub's certificate authority)


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What a new PC needs to join a school: public facts only. The team public key and its id let the PC check
    that what it pulls from the hub really is this school's, before it holds anything else."""

    school_id: str
    school_name: str
    team_key_id: str
    team_public: bytes
    hub: str | None = None
    hub_ca: str | None = None  # the certificate authority that signed the hub's certificate, PEM text

    def to_json(self) -> dict[str, Any]:
        return {
            "format": ENROLMENT_FORMAT,
            "version": ENROLMENT_VERSION,
            "school_id": self.school_id,
            "school_name": self.school_name,
            "team_key_id": self.team_key_id,
            "team_public_key": b64(self.team_public),
            "hub": self.hub,
            "hub_ca": self.hub_ca,
        }

    @classmethod
    def from_json(cls, data: Any) -> Enrolment:
        """An enrolment from its JSON; raises ServiceError naming what is wrong."""
        if not isinstance(data, dict) or data.get("format") != ENROLMENT_FORMAT:
            raise ServiceError("This is not a Concern Logger enrolment file.")
        version = data.get("version")
        if isinstance(version, bool) or version not in READABLE_VERSIONS:
            shown = repr(version)[:40]
            raise ServiceError(f"This enrolment file has version {shown}; this app reads versions 1 and 2.")
        fields = ("school_id", "school_name", "team_key_id", "team_public_key")
        missing = [name for name in fields if not isinstance(data.get(name), str) or not data[name]]
        if missing:
            raise ServiceError(f"The enrolment file lacks {', '.join(missing)}.")
        try:
            team_public = unb64(data["team_public_key"])
        except ValueError as exc:
            raise ServiceError("The enrolment file's team public key is not readable.") from exc
        if len(team_public) != 32:
            raise ServiceError("The enrolment file's team public key is not readable.")
        hub = data.get("hub")
        if hub is not None:
            if not isinstance(hub, str):
                raise ServiceError("The enrolment file's hub address is not text.")
            hub = _hub_for_file(hub)
        hub_ca = data.get("hub_ca") if version >= 2 else None
        if hub_ca is not None:
            if not isinstance(hub_ca, str):
                raise ServiceError("The enrolment file's certificate authority for the hub is not text.")
            try:
                hub_ca = checked_ca_pem(hub_ca, "The enrolment file's certificate authority for the hub")
            except BadCaCertificate as exc:
                raise ServiceError(str(exc)) from exc
        return cls(data["school_id"], data["school_name"], data["team_key_id"], team_public, hub, hub_ca)


def _checked_hub(text: str) -> str:
    try:
        return parse_hub_address(text).text
    except HubAddressError as exc:
        raise ServiceError(str(exc)) from exc


def _hub_for_file(text: str) -> str:
    """A hub address as an enrolment file holds it: without parameters that name files on the PC that wrote it
    (an older release put the exporting PC's sslrootcert path there)."""
    try:
        return without_paths(parse_hub_address(text)).text
    except HubAddressError as exc:
        raise ServiceError(str(exc)) from exc


def founding_team_key(book: KeyBook) -> TeamKey:
    """The team key the school was set up with. It anchors a joining PC's trust: the school entry must come from
    the lead who made it; any later team key is key material like any other, checked for a lead's hand."""
    if not book.team_keys:
        raise ServiceError("This store holds no school yet.")
    return min(book.team_keys.values(), key=lambda k: (k.recorded_at, k.key_id))


def _ca_to_carry(store: SchoolStore, hub: str | None, hub_ca: bytes | str | None) -> str | None:
    """The hub's certificate authority for the file: the one given (--hub-ca, or the machine configuration's),
    else the one this PC keeps from its own enrolment, else the file the hub address names as its sslrootcert."""
    try:
        if hub_ca is not None:
            return checked_ca_pem(hub_ca)
        kept = kept_hub_ca(store)
        if kept is not None:
            return read_ca_file(kept)
        named = root_cert_of(parse_hub_address(hub)) if hub else None
        if named and named != "system":
            return read_ca_file(Path(named))
    except (BadCaCertificate, HubAddressError, TlsRefused) as exc:
        raise ServiceError(str(exc)) from exc
    return None


def kept_hub_url(store: SchoolStore) -> str | None:
    """The hub address this PC's store keeps (STORE_HUB_URL), or None."""
    return store.settings.get(STORE_HUB_URL.key) or None


def keep_hub_url(store: SchoolStore, url: str) -> None:
    """Keep `url` as this PC's hub address in its store (joining, or setting the hub up)."""
    problem = STORE_HUB_URL.problem(url)
    if problem:
        raise ServiceError(f"The hub address {problem}.")
    store.settings.set(STORE_HUB_URL.key, url)


def hub_url_in_force(given: str | None, configured: HubSettings | None, kept: str | None) -> tuple[str | None, str]:
    """The hub address in force and where it came from, by `domain.settings.HUB_ADDRESS_PRECEDENCE`: `given`
    (--hub), else the machine configuration's `[hub] url`, else `kept` (the store's, or the enrolment file's when
    joining). (None, "") when there is none."""
    if given:
        return given, "--hub"
    if configured is not None and configured.url:
        return configured.url, "the machine configuration"
    if kept:
        return kept, "this PC's store"
    return None, ""


def export_enrolment(
    session: Session, destination: Path, hub_url: str | None = None, hub_ca: bytes | str | None = None
) -> Enrolment:
    """Write the school's enrolment file (a lead acts). The hub address is `hub_url`, else the one this PC uses;
    the hub's certificate authority is `hub_ca` (PEM), else the one this PC trusts for its hub (see _ca_to_carry).
    An expired authority is refused: no PC could check the hub with it."""
    session.require_lead()
    hub, _source = hub_url_in_force(hub_url, None, kept_hub_url(session.store))  # what this PC keeps, not IT's file
    if hub:
        _checked_hub(hub)
    ca = _ca_to_carry(session.store, hub, hub_ca)
    problem = ca_expiry_problem(ca) if ca else None
    if problem:
        raise ServiceError(f"Cannot put the hub's certificate authority in the enrolment file: {problem}.")
    team = founding_team_key(session.keybook)
    enrolment = Enrolment(
        school_id=session.keybook.school_id,
        school_name=session.keybook.school_name,
        team_key_id=team.key_id,
        team_public=team.public,
        hub=_hub_for_file(hub) if hub else None,
        hub_ca=ca,
    )
    write_enrolment(enrolment, destination)
    return enrolment


def write_enrolment(enrolment: Enrolment, destination: Path) -> None:
    """Write the file whole or not at all."""
    if destination.is_dir():
        raise ServiceError(f"{destination} is a folder; give a file name for the enrolment file.")
    if not destination.parent.is_dir():
        raise ServiceError(f"The folder {destination.parent} does not exist.")
    handle, temporary = tempfile.mkstemp(prefix=".enrolment-", suffix=".tmp", dir=destination.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(enrolment.to_json(), out, indent=2, ensure_ascii=False)
            out.write("\n")
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_enrolment(path: Path) -> Enrolment:
    try:
        data = json.loads(read_limited(path, MAX_ENROLMENT_BYTES, "an enrolment file").decode("utf-8"))
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ServiceError(f"{path} is not a Concern Logger enrolment file.") from exc
    return Enrolment.from_json(data)


def enrolment_of(store: SchoolStore) -> Enrolment | None:
    """The enrolment this PC joined with, if it joined (a PC that set the school up has none)."""
    raw = store.settings.get(ENROLMENT_SETTING)
    return Enrolment.from_json(json.loads(raw)) if raw else None


def read_hub_ca(path: Path) -> str:
    """A certificate authority file (--hub-ca, or the machine configuration's sslrootcert) read and checked."""
    try:
        return read_ca_file(path)
    except BadCaCertificate as exc:
        raise ServiceError(str(exc)) from exc


def describe_hub_ca(pem: str) -> str:
    """The authority's name and fingerprint, to compare with what IT says it is."""
    return describe_ca(pem)


def hub_ca_file(data_dir: Path) -> Path:
    return data_dir / HUB_CA_FILE


def keep_hub_ca(data_dir: Path, pem: str) -> Path:
    """Keep the hub's certificate authority in this PC's data folder, private to this user (0600), whole or not
    at all; this PC then checks the hub against it (unless the machine configuration names another)."""
    path = hub_ca_file(data_dir)
    try:
        replace_privately(path, checked_ca_pem(pem).encode("ascii"))
    except BadCaCertificate as exc:
        raise ServiceError(str(exc)) from exc
    except OSError as exc:
        raise ServiceError(f"Cannot keep the hub's certificate authority in {path}: {exc.strerror or exc}.") from exc
    return path


def kept_hub_ca(store: SchoolStore) -> Path | None:
    """The hub's certificate authority this PC keeps, if it has one. Written again from the enrolment this PC
    joined with when the file has gone (a store restored onto a new PC)."""
    path = hub_ca_file(store.data_dir)
    if path.is_file():
        return path
    joined = enrolment_of(store)
    if joined is not None and joined.hub_ca:
        return keep_hub_ca(store.data_dir, joined.hub_ca)
    return None


def hub_tls(
    configured: HubSettings | None = None,
    *,
    kept: Path | None = None,
    ca_file: Path | None = None,
    allow_insecure: bool = False,
) -> HubTls:
    """How this PC checks the hub: `ca_file` (--hub-ca) or the machine configuration's sslrootcert win, then the
    address's own sslrootcert, then the certificate authority `kept` from the enrolment; a weaker TLS mode only
    when `allow_insecure` (--allow-insecure) or the machine configuration allows it."""
    chosen = str(ca_file) if ca_file else (configured.sslrootcert if configured else None)
    return HubTls(
        root_cert=chosen or None,
        enrolled_root_cert=str(kept) if kept else None,
        allow_insecure=allow_insecure or bool(configured and configured.allow_insecure),
    )


def check_hub_tls(hub: str, tls: HubTls) -> None:
    """Refuse (ServiceError naming the fix) a hub address that asks for weaker TLS than verify-full unless
    allowed. No network: a connection checks the rest."""
    try:
        tls_arguments(parse_hub_address(hub).with_tls(tls))
    except (HubAddressError, TlsRefused) as exc:
        raise ServiceError(str(exc)) from exc


def has_hub_ca(enrolment: Enrolment, tls: HubTls, hub: str | None) -> bool:
    """Will a PC joined with this enrolment know a certificate authority to check the hub with?"""
    if enrolment.hub_ca or tls.root_cert:
        return True
    try:
        return bool(hub and root_cert_of(parse_hub_address(hub)))
    except (HubAddressError, TlsRefused):
        return False


def join_school(
    data_dir: Path,
    enrolment: Enrolment,
    hub_url: str | None = None,
    *,
    configured: HubSettings | None = None,
    allow_insecure: bool = False,
) -> SchoolStore:
    """Make this PC's empty store for the enrolled school; it fills itself from the hub on its first sync.

    The hub is `hub_url`, else the machine configuration's, else the enrolment file's. An address asking for
    weaker TLS than verify-full is refused unless `allow_insecure` or the machine configuration allows it. The
    hub's certificate authority the file carries is kept in the data folder (HUB_CA_FILE, 0600).
    Joining again with the same school's file only updates the hub address; any other store is left alone.
    """
    hub, _source = hub_url_in_force(_checked_hub(hub_url) if hub_url else None, configured, enrolment.hub)
    if hub:
        check_hub_tls(hub, hub_tls(configured, allow_insecure=allow_insecure))
    if store_exists(data_dir):
        with open_store(data_dir) as existing:
            joined = enrolment_of(existing)
            book = key_book_of(existing)
            same = (joined is not None and joined.school_id == enrolment.school_id) or (
                book.school_id == enrolment.school_id
            )
            if not same and (existing.log.count() or joined is not None):
                held = book.school_name or (joined.school_name if joined else "another school")
                raise ServiceError(f"This PC's store in {data_dir} already belongs to {held}; nothing was changed.")
    store = open_store(data_dir, create=True)
    try:
        if enrolment.hub_ca:
            keep_hub_ca(data_dir, enrolment.hub_ca)
        store.settings.set(ENROLMENT_SETTING, json.dumps(enrolment.to_json(), sort_keys=True))
        if hub:
            keep_hub_url(store, hub)
    except BaseException:
        store.close()
        raise
    return store
