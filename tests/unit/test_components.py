"""`concern-logger versions`: every library the installation carries names its version, and one that cannot be
loaded is named as such without hiding the others."""

from __future__ import annotations

import re
import sqlite3

import pytest

from desktop_app import __version__, components


def test_every_carried_library_names_its_version() -> None:
    found = dict(components.components())
    assert found["Concern Logger"] == __version__
    assert found["SQLite (the store)"] == sqlite3.sqlite_version
    assert not [name for name, version in found.items() if "cannot be loaded" in version or "not found" in version]
    for name in ("cryptography (records' encryption)", "OpenSSL of libpq (TLS to the hub)"):
        assert re.search(r"OpenSSL \d+\.\d+\.\d+", found[name]), found[name]
    assert re.match(r"\d+\.\d+ \(psycopg ", found["libpq (the hub)"])


def test_a_library_that_cannot_be_loaded_is_named_and_the_rest_still_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise ImportError("libQt6Core.so.6: cannot open shared object file")

    monkeypatch.setitem(components.PROBES, "Qt", broken)
    found = dict(components.components())
    assert found["Qt"] == "cannot be loaded: ImportError: libQt6Core.so.6: cannot open shared object file"
    assert found["Python"] and "cannot" not in found["SQLAlchemy"]
