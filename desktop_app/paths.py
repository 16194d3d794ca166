"""Where things live: the default data folder and the shipped resources (also inside a PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "ConcernLogger"
APP_AUTHOR = "ConcernLogger"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, or unpacked next to a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
