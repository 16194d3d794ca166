"""The versions of the libraries this installation carries inside itself, for IT judging a security advisory."""

from __future__ import annotations

import platform
import re
import sqlite3
import ssl
from collections.abc import Callable
from pathlib import Path

from desktop_app import __version__

_OPENSSL_TEXT = re.compile(rb"OpenSSL \d+\.\d+\.\d+[a-z]?(?:-[a-z0-9]+)? +\d{1,2} [A-Z][a-z]{2} \d{4}")


def _cryptography() -> str:
    import cryptography
    from cryptography.hazmat.backends.openssl.backend import backend

    return f"{cryptography.__version__}, with {backend.openssl_version_text()} built in"


def _libpq() -> str:
    import psycopg

    number = psycopg.pq.version()
    return f"{number // 10000}.{number % 10000} (psycopg {psycopg.__version__}, {psycopg.pq.__impl__})"


def _libpq_openssl() -> str:
    """The OpenSSL that psycopg's binary build ships beside its libpq, read from the library's version text."""
    import psycopg_binary

    here = Path(psycopg_binary.__file__).resolve().parent
    for folder in (here.parent / "psycopg_binary.libs", here):
        for library in sorted(folder.glob("libcrypto*")):
            found = _OPENSSL_TEXT.search(library.read_bytes())
            if found:
                return f"{found.group().decode()} ({library.name})"
    return "not found beside libpq (libpq may use the system's)"


def _qt() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def _version_of(module: str, attribute: str = "__version__") -> Callable[[], str]:
    def probe() -> str:
        return str(getattr(__import__(module), attribute))

    return probe


PROBES: dict[str, Callable[[], str]] = {
    "Python": platform.python_version,
    "SQLite (the store)": lambda: sqlite3.sqlite_version,
    "OpenSSL of Python's ssl module": lambda: ssl.OPENSSL_VERSION,
    "cryptography (records' encryption)": _cryptography,
    "libpq (the hub)": _libpq,
    "OpenSSL of libpq (TLS to the hub)": _libpq_openssl,
    "Qt": _qt,
    "SQLAlchemy": _version_of("sqlalchemy"),
    "Alembic": _version_of("alembic"),
    "reportlab (PDFs)": _version_of("reportlab", "Version"),
    "pypdf (PDF encryption)": _version_of("pypdf"),
}


def components() -> list[tuple[str, str]]:
    """(what, version) for the app and each library it carries; a library that cannot be loaded says why."""
    found = [("Concern Logger", __version__)]
    for name, probe in PROBES.items():
        try:
            found.append((name, probe()))
        except Exception as exc:  # one broken library must not hide the others' versions
            found.append((name, f"cannot be loaded: {type(exc).__name__}: {exc}"))
    return found
