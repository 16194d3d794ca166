"""Opening a school's SQLite store: WAL, synchronous=FULL, one writer at a time, migrations on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection

DB_FILENAME = "school.sqlite3"
HEAD_REVISION = "0006"


class StoreError(Exception):
    """The store cannot be opened or used; the message says why in plain words."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event below issue BEGIN itself, so writers can ask for IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA secure_delete=ON")  # a deleted row (a file key when a file is erased) is overwritten
    cursor.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic is only imported when there is work to do)."""
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def open_engine(data_dir: Path, *, create: bool) -> Engine:
    """The engine for the store in `data_dir`, migrated to the current schema."""
    path = data_dir / DB_FILENAME
    if not path.exists() and not create:
        raise StoreError(f"no school store in {data_dir} (run 'concern-logger setup' or 'demo' first)")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_sqlite_engine(path)
        migrate(engine)
    except OSError as exc:
        raise StoreError(f"cannot use the data folder {data_dir}: {exc.strerror or exc}") from exc
    except Exception as exc:
        if "file is not a database" in str(exc) or "malformed" in str(exc):
            raise StoreError(f"{path} is not a readable Concern Logger store (damaged or not a database)") from exc
        raise
    return engine
