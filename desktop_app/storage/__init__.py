"""The local store: SQLite through SQLAlchemy 2, Alembic migrations, and the append-only entry log."""
