"""Where things live: the default data folder and the files the app ships (checkout, wheel or PyInstaller bundle)."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

APP_NAME = "ConcernLogger"
APP_AUTHOR = "ConcernLogger"


class ResourceMissing(FileNotFoundError):
    """A file the app ships is not where it should be: a damaged or incomplete installation."""

    def __init__(self, path: Path) -> None:
        message = "a file of the app's installation is missing (reinstall Concern Logger)"
        super().__init__(errno.ENOENT, message, str(path))


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The shipped `resources/` folder (fonts, body-map outlines, taxonomy, word lists).

    It is package data of `desktop_app` (desktop_app/resources), so a checkout, an editable install and an installed
    wheel all find it beside this module; a PyInstaller bundle unpacks it as `resources/` in its own folder."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource_file(*parts: str) -> Path:
    """The path of one shipped file, e.g. `resource_file("fonts", "DejaVuSans.ttf")`; ResourceMissing if absent."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissing(path)
    return path
