"""Joining a PC to a school: the enrolment file a lead exports (no secret in it) and the empty store it makes."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.keybook import KeyBook, TeamKey, b64, unb64
from desktop_app.file_limits import MIB, read_limited
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session
from desktop_app.services.store import SchoolStore
from desktop_app.services.verified import key_book_of
from desktop_app.sync.address import HubAddressError, parse_hub_address

ENROLMENT_FORMAT = "concern-logger-enrolment"
ENROLMENT_VERSION = 1
ENROLMENT_SETTING = "enrolment"
HUB_URL_SETTING = "hub_url"
MAX_ENROLMENT_BYTES = 1 * MIB  # a real one is well under 1 KiB


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What a new PC needs to join a school: public facts only. The team public key and its id let the PC check
    that what it pulls from the hub really is this school's, before it holds anything else."""

    school_id: str
    school_name: str
    team_key_id: str
    team_public: bytes
    hub: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": ENROLMENT_FORMAT,
            "version": ENROLMENT_VERSION,
            "school_id": self.school_id,
            "school_name": self.school_name,
            "team_key_id": self.team_key_id,
            "team_public_key": b64(self.team_public),
            "hub": self.hub,
        }

    @classmethod
    def from_json(cls, data: Any) -> Enrolment:
        """An enrolment from its JSON; raises ServiceError naming what is wrong."""
        if not isinstance(data, dict) or data.get("format") != ENROLMENT_FORMAT:
            raise ServiceError("This is not a Concern Logger enrolment file.")
        if data.get("version") != ENROLMENT_VERSION:
            raise ServiceError(f"This enrolment file has version {data.get('version')!r}; this app reads version 1.")
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
            hub = _checked_hub(str(hub))
        return cls(data["school_id"], data["school_name"], data["team_key_id"], team_public, hub)


def _checked_hub(text: str) -> str:
    try:
        return parse_hub_address(text).text
    except HubAddressError as exc:
        raise ServiceError(str(exc)) from exc


def founding_team_key(book: KeyBook) -> TeamKey:
    """The team key the school was set up with. It anchors a joining PC's trust: the school entry must come from
    the lead who made it; any later team key is key material like any other, checked for a lead's hand."""
    if not book.team_keys:
        raise ServiceError("This store holds no school yet.")
    return min(book.team_keys.values(), key=lambda k: (k.recorded_at, k.key_id))


def export_enrolment(session: Session, destination: Path, hub_url: str | None = None) -> Enrolment:
    """Write the school's enrolment file (a lead acts). The hub address is `hub_url`, else the one this PC uses."""
    session.require_lead()
    hub = hub_url or session.store.settings.get(HUB_URL_SETTING)
    team = founding_team_key(session.keybook)
    enrolment = Enrolment(
        school_id=session.keybook.school_id,
        school_name=session.keybook.school_name,
        team_key_id=team.key_id,
        team_public=team.public,
        hub=_checked_hub(hub) if hub else None,
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


def join_school(data_dir: Path, enrolment: Enrolment, hub_url: str | None = None) -> SchoolStore:
    """Make this PC's empty store for the enrolled school; it fills itself from the hub on its first sync.

    Joining again with the same school's file only updates the hub address; any other store is left alone.
    """
    hub = _checked_hub(hub_url) if hub_url else enrolment.hub
    if SchoolStore.exists(data_dir):
        with SchoolStore(data_dir) as existing:
            joined = enrolment_of(existing)
            book = key_book_of(existing)
            same = (joined is not None and joined.school_id == enrolment.school_id) or (
                book.school_id == enrolment.school_id
            )
            if not same and (existing.log.count() or joined is not None):
                held = book.school_name or (joined.school_name if joined else "another school")
                raise ServiceError(f"This PC's store in {data_dir} already belongs to {held}; nothing was changed.")
    store = SchoolStore(data_dir, create=True)
    store.settings.set(ENROLMENT_SETTING, json.dumps(enrolment.to_json(), sort_keys=True))
    if hub:
        store.settings.set(HUB_URL_SETTING, hub)
    return store
