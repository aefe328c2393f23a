"""The audit log: who read or changed a person's record, when, where and why.

Each replica appends to its own chain (``replica_id``, ``seq`` from 1 without
gaps); every row holds the hash of the one before it, so a removed or altered
row shows up in ``desktop.core.audit.verify``. Rows travel by sync like any
record and are frozen from birth: nobody edits or deletes one, locally (the
FreezeRule and the SQL triggers of migration 0005) or through the merge.
``detail`` holds ids and counts only, never names or codici fiscali. There are
no foreign keys: the trail outlives the records it names.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, FreezeRule, Syncable


class AuditEvent(Syncable, Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_chain", "replica_id", "seq"),
        Index("ix_audit_event_person", "person_id", "at"),
    )
    __freezes__ = FreezeRule(
        "hash", "Il registro degli accessi non si modifica: ogni riga resta come è stata scritta.")

    replica_id: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    operator_id: Mapped[str | None] = mapped_column(String(36))
    role: Mapped[str | None] = mapped_column(String(80))  # the operator's role at that moment
    action: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[str | None] = mapped_column(String(36))
    table_name: Mapped[str | None] = mapped_column(String(40))
    row_id: Mapped[str | None] = mapped_column(String(36))
    purpose: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
