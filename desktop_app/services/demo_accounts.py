"""The demo school's practice accounts, kept in its store's local settings for the sign-in window to offer."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.storage.store import SchoolStore

DEMO_ACCOUNTS_SETTING = "demo_accounts"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    password: str
    role: str
    full_name: str


def keep_demo_accounts(store: SchoolStore, accounts: Iterable[tuple[str, str, str, str]]) -> None:
    """Keep the demo school's accounts (username, password, role, full name) on this PC for the sign-in window."""
    store.settings.set(DEMO_ACCOUNTS_SETTING, json.dumps([[u, p, r, n] for u, p, r, n in accounts]))


def demo_accounts(store: SchoolStore) -> tuple[DemoAccount, ...]:
    """The demo school's practice accounts from this store's local settings; none for a real school (or a setting
    that cannot be read)."""
    raw = store.settings.get(DEMO_ACCOUNTS_SETTING)
    if not raw:
        return ()
    try:
        items = json.loads(raw)
        return tuple(DemoAccount(*(str(part) for part in item[:4])) for item in items if len(item) >= 4)
    except (TypeError, ValueError):
        return ()
