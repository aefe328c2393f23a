"""Sync bookkeeping, local to each replica (never itself synced).

``sync_peer`` is the version vector: the last bundle applied from each replica.
``sync_seen`` keeps, for a change that came from another replica, what its author
had seen of the same row when it made it (replica -> greatest HLC): that is how a
concurrent edit is told apart from an informed one. ``sync_conflict`` holds the
losing values that a person resolves.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SyncPeer(Base):
    __tablename__ = "sync_peer"

    replica_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    applied_bundle: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncSeen(Base):
    __tablename__ = "sync_seen"

    hlc: Mapped[str] = mapped_column(String(40), primary_key=True)
    seen: Mapped[str] = mapped_column(Text)  # JSON object replica -> hlc


class SyncConflict(Base):
    """A value that lost a merge (kind ``modifica``), a change refused by a frozen
    record (``bloccato``) or an edit that kept a deleted row alive (``eliminazione``).
    The id is derived from the losing change, so every replica finds the same ones."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12))
    their_value: Mapped[str | None] = mapped_column(Text)  # JSON, wire form
    their_hlc: Mapped[str] = mapped_column(String(40))
    their_replica: Mapped[str] = mapped_column(String(16))
    our_hlc: Mapped[str | None] = mapped_column(String(40))
    detected_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(12))
