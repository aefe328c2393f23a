"""Replica-local bookkeeping: identity, the change log and tombstones.

None of these tables is itself synced; the change log is what sync ships.
"""
from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ReplicaMeta(Base):
    __tablename__ = "replica_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLog(Base):
    """One row per inserted, updated or deleted row, listing the fields it set.

    ``fields`` is the JSON object of field -> new value (wire form: dates as ISO
    text, bytes as base64); every field in it carries the row's ``hlc``.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(40), index=True)
    replica_id: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(6))  # insert / update / delete
    fields: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[str | None] = mapped_column(String(36))


class Tombstone(Base):
    __tablename__ = "tombstone"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(40))
