"""A store made with the first release's schema opens in this release: backed up, migrated, every entry intact;
a failed migration puts the store back from the backup and says so."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from desktop_app.services.concerns import check_concerns, read_child_file_by_upn, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import ServiceError
from desktop_app.services.store import SchoolStore, open_store
from desktop_app.services.verify import verify_store
from desktop_app.storage import engine as storage_engine
from desktop_app.storage.engine import DB_FILENAME, HEAD_REVISION, create_sqlite_engine
from desktop_app.storage.store_file import stored_revision
from desktop_app.storage.upgrade import UPGRADE_BACKUP_SETTING
from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS, make_school

FIRST_RELEASE = "0001"
ZOFIA = "A123456789012"
MIGRATIONS = Path(storage_engine.__file__).parent / "migrations"


def _alembic(path: Path, action: str, revision: str) -> None:
    engine = create_sqlite_engine(path)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            getattr(command, action)(config, revision)
    finally:
        engine.dispose()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    return sorted((kind, name, " ".join((sql or "").split())) for kind, name, sql in rows)


def _rows(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, hash, signature, sealed FROM entries ORDER BY local_seq").fetchall()


def first_release_store(folder: Path) -> list[str]:
    """A school with concerns, then taken to the first release's schema; returns what the concerns said. Written
    without file keys, as the first release wrote (taking the store down drops the key shelf)."""
    school = make_school(folder, hub_shelf=False)
    said = ["I saw a bruise on Zofia's left forearm.", "Zofia said she had not eaten since Friday."]
    session = school.sign_in(STAFF, STAFF_PASS)
    directory = load_directory(session)
    when = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    items = [{"pupil": ZOFIA, "occurred_at": when, "category": "neglect", "what_happened": text} for text in said]
    record_concerns(session, directory, check_concerns(directory, items))
    session.close()
    school.store.close()
    _alembic(folder / DB_FILENAME, "downgrade", FIRST_RELEASE)
    return said


@pytest.fixture
def old_store(tmp_path: Path) -> tuple[Path, list[str], list[tuple]]:
    folder = tmp_path / "school"
    said = first_release_store(folder)
    fresh = tmp_path / "fresh.sqlite3"
    _alembic(fresh, "upgrade", FIRST_RELEASE)
    assert _schema(folder / DB_FILENAME) == _schema(fresh), "the store must have exactly the first release's schema"
    assert stored_revision(folder / DB_FILENAME) == FIRST_RELEASE
    return folder, said, _rows(folder / DB_FILENAME)


def _upgrade_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{DB_FILENAME}.before-upgrade-{FIRST_RELEASE}-*"))


def test_a_first_release_store_is_backed_up_migrated_and_keeps_every_entry(
    old_store: tuple[Path, list[str], list[tuple]],
) -> None:
    folder, said, rows_before = old_store
    assert HEAD_REVISION != FIRST_RELEASE, "this release has a newer schema to migrate to"

    with SchoolStore(folder) as store:
        assert stored_revision(store.db_path) == HEAD_REVISION
        [backup] = _upgrade_backups(folder)
        assert store.settings.get(UPGRADE_BACKUP_SETTING) == str(backup)
        assert stored_revision(backup) == FIRST_RELEASE and _rows(backup) == rows_before
        assert _rows(store.db_path) == rows_before, "every entry byte for byte"
        from desktop_app.services.session import sign_in

        lead = sign_in(store, LEAD, LEAD_PASS, sleep=lambda _s: None)
        report = verify_store(store, lead)
        assert report.intact, report.problems
        assert report.entries == len(rows_before) and report.opened > 0
        items = read_child_file_by_upn(lead, ZOFIA).chronology
        assert sorted(said) == sorted(item.summary for item in items if item.kind == "concern")
        lead.close()

    with SchoolStore(folder):
        pass
    assert len(_upgrade_backups(folder)) == 1, "a store already at the current schema is not backed up again"


def test_a_migration_that_fails_in_the_schema_restores_the_store_and_says_so(
    old_store: tuple[Path, list[str], list[tuple]],
) -> None:
    folder, _said, rows_before = old_store
    path = folder / DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:  # a stray table the next migration also creates: it must fail
        conn.execute("CREATE TABLE refused_entries (stray INTEGER)")
        conn.commit()
    schema_before = _schema(path)

    with pytest.raises(ServiceError) as caught:
        open_store(folder)
    message = str(caught.value)
    [backup] = _upgrade_backups(folder)
    assert "failed" in message and "restored from the backup" in message and str(backup) in message
    assert "refused_entries already exists" in message
    assert stored_revision(path) == FIRST_RELEASE and _schema(path) == schema_before
    assert _rows(path) == rows_before


def test_a_migration_that_half_writes_then_fails_is_put_back(
    old_store: tuple[Path, list[str], list[tuple]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _said, rows_before = old_store
    path = folder / DB_FILENAME
    schema_before = _schema(path)

    def half_written(engine: object) -> None:
        with closing(sqlite3.connect(path)) as conn:  # committed outside any transaction Alembic could roll back
            conn.execute("CREATE TABLE half_done (x INTEGER)")
            conn.execute("UPDATE alembic_version SET version_num = 'half'")
            conn.commit()
        raise RuntimeError("power cut during the migration")

    monkeypatch.setattr("desktop_app.storage.upgrade.migrate", half_written)
    with pytest.raises(ServiceError, match=r"power cut during the migration.*restored from the backup"):
        open_store(folder)
    assert _schema(path) == schema_before and stored_revision(path) == FIRST_RELEASE
    assert _rows(path) == rows_before
    monkeypatch.undo()
    with SchoolStore(folder) as store:  # once the problem is fixed, the same store upgrades
        assert verify_store(store).intact and store.log.count() == len(rows_before)


def test_a_store_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "school"
    SchoolStore(folder, create=True).close()
    path = folder / DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(ServiceError, match=r"newer version of Concern Logger.*not changed"):
        open_store(folder)
    assert path.read_bytes() == before and not list(folder.glob("*.before-upgrade-*"))
