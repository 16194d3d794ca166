"""Signing in: unwrapping an account's keys with its password, and the keys that come with its grants."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.crypto.envelope import CannotOpen, Recipient, open_envelope
from desktop_app.crypto.kdf import WeakWrapping, WrongPassword, current_cost, derive_key, unwrap_with_password
from desktop_app.crypto.keys import AccountKeys, login_tag, x25519_from_bytes, x25519_public_from_bytes
from desktop_app.domain.directory_keys import current_directory_key_id
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import ALLEGATIONS_GRANT, AccountKey, AccountRecord
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Role
from desktop_app.services.errors import NotPermitted, SignInRefused
from desktop_app.services.keyring import Keyring
from desktop_app.services.verified import VerifiedView
from desktop_app.storage.store import SchoolStore

if TYPE_CHECKING:
    from desktop_app.services.folded import FoldedState

REFUSED = "Username or password not recognised."
KEY_KIND_TEAM = "team"
KEY_KIND_DIRECTORY = "directory"
KEY_KIND_OVERSIGHT = "oversight"
KEY_KIND_ALLEGATIONS = ALLEGATIONS_GRANT  # granted by the head alone (domain/allegations.py)
DISABLED = "This account has been disabled. Ask a designated safeguarding lead to re-enable it."


def failure_delay(failures: int) -> float:
    """Seconds to wait before checking a password after `failures` wrong ones in a row: 0, 0, 0, 1, 2, 4 … 30."""
    if failures < 3:
        return 0.0
    return float(min(2 ** (failures - 3), 30))


@dataclass(slots=True)
class Session:
    """A signed-in person on this PC. Private state: `keys` and `keyring` (dropped by `close`), `batch`, `_folded`.
    Every entry is read through `view`, whose key book is `keybook`; everything this person can read is folded once,
    in `folded`. `lock` is the session's one lock: it guards the key material `refresh` takes in and the folded state
    (its discipline: `services.folded.FoldedState`)."""

    store: SchoolStore
    keybook: KeyBook
    account: AccountRecord
    key: AccountKey
    keys: AccountKeys | None
    keyring: Keyring
    view: VerifiedView
    batch: tuple[str, bytes] | None = None
    closed: bool = field(default=False)
    seen_local_seq: int = 0
    audience_batches: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # audience key id -> batch
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)
    _folded: FoldedState | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.keyring.use_shelf(self.store.shelf)  # children's file keys (crypto/envelope.py, version 3)

    @property
    def account_id(self) -> str:
        return self.account.account_id

    @property
    def folded(self) -> FoldedState:
        """The one folded state of this session (made on first use; folded when first read)."""
        with self.lock:
            if self._folded is None:
                from desktop_app.services.folded import FoldedState

                self._folded = FoldedState(self)
            return self._folded

    @property
    def role(self) -> Role:
        return self.account.role

    @property
    def school_id(self) -> str:
        return self.keybook.school_id

    @property
    def team_key_id(self) -> str:
        return self.keybook.current_team_key.key_id

    @property
    def holds_team_key(self) -> bool:
        return self.keyring.holds(self.team_key_id)

    def directory_key(self) -> tuple[str, bytes]:
        """The current directory key (domain.directory_keys chooses it), which new directory entries are sealed to."""
        key_id = current_directory_key_id(self.keybook)
        key = self.keyring.lookup(key_id) if key_id is not None else None
        if key_id is not None and isinstance(key, bytes):
            return key_id, key
        raise NotPermitted("This account does not hold the pupil directory key.")

    def require_lead(self) -> None:
        """Refuse unless this account holds the team key (a lead): checked by key, not only by role."""
        if self.role != Role.LEAD or not self.holds_team_key:
            raise NotPermitted("Only a designated safeguarding lead can do this.")

    def signer(self) -> Callable[[bytes], bytes]:
        if self.keys is None:
            raise NotPermitted("Signed out: sign in again.")
        return self.keys.sign

    def own_recipient(self) -> Recipient:
        return Recipient(self.key.key_id, public=x25519_public_from_bytes(self.key.agreement_public))

    def team_recipient(self) -> Recipient:
        team = self.keybook.current_team_key
        return Recipient(team.key_id, public=x25519_public_from_bytes(team.public))

    def refresh(self) -> None:
        """Take in key material that reached this store since sign-in (other people's batch keys, new accounts,
        grants from sync), checked by the view, so entries written since then can be opened. Cheap when nothing is
        new."""
        with self.lock:  # the GUI's background ops may share one session
            if self.keys is None:
                return
            newest = self.store.log.newest_local_seq()
            if newest == self.seen_local_seq:
                return
            self.seen_local_seq = newest
            taken = self.view.take_key_material()
            if any(self.keybook.kinds.get(entry.id) in (EntryKind.GRANT, EntryKind.ACCOUNT_KEYS) for entry in taken):
                open_grants(self.keyring, self.keybook, self.account, self.keys)
            self.keyring.forget_unopenable()

    def close(self) -> None:
        """Drop every secret held, and the folded state: sign-out and lock (the view keeps what it verified first)."""
        with self.lock:
            if self._folded is not None:
                self._folded.drop()
                self._folded = None
        self.view.lock()
        self.keyring.forget()
        self.keys = None
        self.batch = None
        self.audience_batches.clear()
        self.closed = True


def open_grants(keyring: Keyring, keybook: KeyBook, account: AccountRecord, keys: AccountKeys) -> None:
    """Put the account's own key and every key granted to it into the keyring."""
    for key in account.keys:
        if key.agreement_public == keys.agreement_public:
            keyring.hold(key.key_id, keys.agreement)
    for grant in keybook.grants_to(account.account_id):
        entry = keybook.grant_entries.get(grant.entry_id)
        if entry is None or entry.sealed is None or not keyring.holds(grant.to_key_id):
            continue
        try:
            secret = open_envelope(entry.sealed, entry_id=entry.id, subject=entry.subject, lookup=keyring.lookup)
        except CannotOpen:
            continue
        x25519 = grant.key_kind in (KEY_KIND_TEAM, KEY_KIND_OVERSIGHT, KEY_KIND_ALLEGATIONS)
        keyring.hold(grant.key_id, x25519_from_bytes(secret) if x25519 else secret)
    keyring.open_older_directory_keys()  # older directory keys, sealed to a newer one when it was made


TAMPERED = (
    "This PC's store holds two different set-ups of the school, so someone has tampered with it. Only a person "
    "who has used this PC before can sign in until IT restores the store from a backup or the PC joins the school "
    "again; tell the designated safeguarding lead."
)


def _proven_root(view: VerifiedView, username: str, password: str) -> KeyBook:
    """With two school set-ups in the store (one planted), the key book judged from the one this person verified
    the store under before on this PC (their sealed prefix says which); refused when none does."""
    for root in view.school_roots:
        book = view.load_key_book(root=root)
        account = book.account_by_login(login_tag(book.school_id, username), include_disabled=True)
        if account is None:
            continue
        try:
            secret = unwrap_with_password(account.current_key.wrapped_secret, password)
        except (WrongPassword, WeakWrapping):
            continue
        if view.proven_root(account.account_id, secret) == root:
            return book
    raise SignInRefused(TAMPERED)


def _record_failure(store: SchoolStore, tag: str, failures: int) -> None:
    store.settings.set(f"signin_failures:{tag}", str(failures + 1))


def sign_in(
    store: SchoolStore, username: str, password: str, *, sleep: Callable[[float], None] = time.sleep
) -> Session:
    """Unlock an account. Wrong details are refused with one message; repeated failures wait longer each time."""
    newest = store.log.newest_local_seq()
    view = VerifiedView(store)
    keybook = view.load_key_book()  # only key material whose hash, signature and authority hold
    if len(view.school_roots) > 1:
        keybook = _proven_root(view, username, password)
    tag = login_tag(keybook.school_id, username)
    failures = int(store.settings.get(f"signin_failures:{tag}", "0") or 0)
    delay = failure_delay(failures)
    if delay:
        sleep(delay)
    account = keybook.account_by_login(tag, include_disabled=True)
    if account is None:
        derive_key(password, b"\0" * 16, current_cost())  # same cost as a real check: no timing hint
        _record_failure(store, tag, failures)
        raise SignInRefused(REFUSED)
    try:
        secret = unwrap_with_password(account.current_key.wrapped_secret, password)
    except WrongPassword:
        _record_failure(store, tag, failures)
        raise SignInRefused(REFUSED) from None
    except WeakWrapping as exc:  # only someone who knows the password is told (kdf.unwrap_with_password)
        advice = "Ask a designated safeguarding lead to reset the password."
        raise SignInRefused(f"This account's keys are {exc}. {advice}") from None
    if failures:
        store.settings.set(f"signin_failures:{tag}", "0")
    if not account.active:  # said only to someone who knows the password: no hint to anyone guessing
        raise SignInRefused(DISABLED)
    keys = AccountKeys.from_secret_bytes(secret)
    keyring = Keyring(keybook)
    open_grants(keyring, keybook, account, keys)
    key = account.current_key
    view.unlock(account.account_id, keys.secret_bytes(), (key.key_id, keys.sign))  # what was verified before here
    return Session(store, keybook, account, account.current_key, keys, keyring, view, seen_local_seq=newest)
