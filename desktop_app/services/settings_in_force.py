"""Every setting of the registry with its scope, the value in force on this PC and where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.config import MachineConfig
from desktop_app.domain.settings import HUB_URL, MACHINE_SETTINGS, REGISTRY, STORE_HUB_URL, Kept, Setting
from desktop_app.services.enrolment import hub_url_in_force, kept_hub_url
from desktop_app.services.store import open_store, store_exists


@dataclass(frozen=True, slots=True)
class SettingInForce:
    """One line of `configure --list`: the setting, its value in words, and where that value came from."""

    name: str
    scope: str
    value: str
    source: str

    @classmethod
    def of(cls, setting: Setting[Any], value: str, source: str) -> SettingInForce:
        return cls(setting.key, str(setting.scope), value, source)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return f"({len(value)} bytes)" if value else "(none)"
    return repr(value) if isinstance(value, str) else str(value)


def settings_in_force(config: MachineConfig, data_dir: Path) -> list[SettingInForce]:
    """The registry, in order. Machine settings: from the user's file, the machine file, or their default. The
    store's hub address: read from the store in `data_dir` (when there is one). Per-user window state (QSettings)
    and the lead's signed settings are named with where they are kept: the first belongs to the window, the second
    is sealed to the safeguarding team (`settings --as LEAD` shows it)."""
    kept: str | None = None
    has_store = store_exists(data_dir)
    if has_store:
        with open_store(data_dir) as store:
            kept = kept_hub_url(store)
    found: list[SettingInForce] = []
    for setting in REGISTRY:
        if setting in MACHINE_SETTINGS:
            value, source = config.get(setting), config.came_from(setting)
            if setting.also_read and source == "default":
                source = f"default (unless an older per-user QSettings {setting.also_read} is set)"
            found.append(SettingInForce.of(setting, _shown(value), source))
        elif setting is STORE_HUB_URL:
            where = f"this PC's store in {data_dir}" if has_store else f"no store in {data_dir}"
            found.append(SettingInForce.of(setting, _shown(kept or ""), where if kept else "default"))
        elif setting.kept is Kept.QSETTINGS:
            found.append(SettingInForce.of(setting, "-", "this user's QSettings (the window reads and keeps it)"))
        else:
            found.append(SettingInForce.of(setting, "-", "sealed to the team: `settings --as LEAD` shows it"))
    hub, source = hub_url_in_force(None, config.hub(), kept)
    # Not a setting of its own: the hub address the app uses, by `domain.settings.HUB_ADDRESS_PRECEDENCE`.
    found.append(SettingInForce("(hub address in force)", str(HUB_URL.scope), _shown(hub or ""), source or "none"))
    return found
