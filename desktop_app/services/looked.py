"""What a lead has already seen in the triage queue, kept per lead on this PC, sealed under their own key.

"New since you last looked" is worked out against it. It holds only item keys (a stage and an entry id, both opaque)
and is sealed with AES-256-GCM under a key derived from the lead's own account secret (`crypto.own_seal`), like
the fold's snapshots, so no one else (IT, another lead on the same PC) can read or change it unnoticed. It is not
a record and never synced: lost or damaged, every item in the queue is shown as new again, which is the safe side.
It never goes to QSettings.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.crypto.own_seal import open_own, own_key, seal_own
from desktop_app.file_limits import read_kept_file
from desktop_app.private_files import replace_privately
from desktop_app.services.session import Session
from desktop_app.services.snapshot import SNAPSHOT_DIR

log = logging.getLogger(__name__)

_PURPOSE = b"concern-logger looked v1"
_MAGIC = b"CLLOOK1\n"
MAX_KEYS = 50_000  # far more than a queue holds; what is seen is pruned to the queue as it stands
MAX_BYTES = 8 * 1024 * 1024


def looked_path(session: Session) -> Path:
    return session.store.data_dir / SNAPSHOT_DIR / f"{session.account_id}.looked"


def _key(session: Session) -> bytes:
    if session.keys is None:
        raise ValueError("signed out")
    return own_key(session.keys.secret_bytes(), session.account_id, _PURPOSE)


def _bound(session: Session) -> bytes:
    return _MAGIC + f"{session.school_id}|{session.account_id}".encode()


def seen_items(session: Session) -> set[str]:
    """The queue items (`TriageItem.key`) this lead has seen on this PC; empty when none are kept, or when what
    is kept is damaged, too big, or another person's (then every item shows as new)."""
    if session.keys is None:
        return set()
    try:
        data = read_kept_file(looked_path(session), MAX_BYTES)
        if data is None:
            log.warning("not using what the lead has seen: not a file, or too big")
            return set()
        if not data.startswith(_MAGIC):
            return set()
        plain = open_own(_key(session), data[len(_MAGIC) :], _bound(session))
        keys = json.loads(plain.decode("utf-8"))
    except FileNotFoundError:
        return set()  # nothing seen yet on this PC
    except (OSError, CannotOpen, ValueError, UnicodeDecodeError) as exc:
        log.warning("not using what the lead has seen (%s): every item shows as new", type(exc).__name__)
        return set()
    if not isinstance(keys, list) or not all(isinstance(k, str) and len(k) <= 200 for k in keys):
        return set()
    return set(keys[:MAX_KEYS])


def mark_seen(session: Session, keys: Iterable[str], keep: Iterable[str] | None = None) -> set[str]:
    """Add `keys` to what this lead has seen; with `keep` (the queue's item keys now), forget seen items no longer
    in the queue, so the file stays small. Returns what is now seen. A failure to write is logged: the markers
    then come back at the next sign-in, nothing else is lost."""
    seen = seen_items(session) | set(keys)
    if keep is not None:
        seen &= set(keep)
    ordered = sorted(seen)[:MAX_KEYS]
    plain = json.dumps(ordered, separators=(",", ":")).encode("utf-8")
    try:
        replace_privately(looked_path(session), _MAGIC + seal_own(_key(session), plain, _bound(session)))
    except (OSError, ValueError) as exc:
        log.warning("could not keep what the lead has seen: %s", exc)
    return set(ordered)
