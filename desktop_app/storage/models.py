"""Typed SQLAlchemy models of the local store, and the one mapping each way to domain entries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop_app.domain.entries import EntryRecord


class Base(DeclarativeBase):
    pass


class EntryRow(Base):
    """One immutable entry. Only index columns are plaintext; see DESIGN.md, 'Records are immutable'."""

    __tablename__ = "entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    school_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary)
    author_key_id: Mapped[str] = mapped_column(String(36))
    subject: Mapped[str | None] = mapped_column(String(36))
    occurred_at: Mapped[int] = mapped_column(BigInteger)
    recorded_at: Mapped[int] = mapped_column(BigInteger)
    recipients: Mapped[str] = mapped_column(Text, default="")
    public: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    hash: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    # Local only, never synced: the order this store received the entry, and the hub's sequence once known.
    local_seq: Mapped[int] = mapped_column(Integer, unique=True)
    hub_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_entries_device_seq"),
        Index("ix_entries_subject_occurred", "subject", "occurred_at"),
        Index("ix_entries_hub_seq", "hub_seq"),
        Index("ix_entries_outbox", "school_id", "local_seq", sqlite_where=text("hub_seq IS NULL")),
        Index("ix_entries_key_material", "local_seq", sqlite_where=text("public IS NOT NULL")),
    )


class LocalSetting(Base):
    """Small local facts about this store: its device id, sign-in failure counts. Never child data."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RefusedEntryRow(Base):
    """An entry pulled from the hub and refused (bad signature, broken chain...): ids and the reason only."""

    __tablename__ = "refused_entries"

    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hub_seq: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text)
    refused_at: Mapped[int] = mapped_column(BigInteger)


class DraftRow(Base):
    """An unfinished record, sealed like an entry to its author only. Local to this PC; never synced."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author_key_id: Mapped[str] = mapped_column(String(36), index=True)
    updated_at: Mapped[int] = mapped_column(BigInteger)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class MetricsQueueRow(Base):
    """Oversight counts held back on this PC until their session ends (services/oversight.py). `sealed` is sealed to
    the team and the author, padded; nothing else is stored, not even a time. Local to this PC; never synced."""

    __tablename__ = "metrics_queue"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class FileKeyRow(Base):
    """A child's file key on the key shelf, outside the entry log (design notes, "Erasing a file by destroying its
    keys"): wrapped under the directory key named. Deleted when the file is erased; synced through the hub's shelf."""

    __tablename__ = "file_keys"

    subject: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    directory_key_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (Index("ix_file_keys_key_id", "key_id"),)


ENTRY_COLUMNS = (
    "id",
    "school_id",
    "device_id",
    "seq",
    "prev_hash",
    "author_key_id",
    "subject",
    "occurred_at",
    "recorded_at",
    "public",
    "sealed",
    "hash",
    "signature",
)


def entry_to_row(entry: EntryRecord, recipients: str) -> dict[str, Any]:
    """The insert parameters for an entry (local_seq is assigned by the log)."""
    row = {name: getattr(entry, name) for name in ENTRY_COLUMNS}
    row["recipients"] = recipients
    return row


def entry_from_row(row: Any) -> EntryRecord:
    """A domain entry from a row with (at least) the ENTRY_COLUMNS."""
    m = row._mapping if hasattr(row, "_mapping") else row
    return EntryRecord(**{name: m[name] for name in ENTRY_COLUMNS})
