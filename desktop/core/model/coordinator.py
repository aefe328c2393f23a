"""The coordinator's bookkeeping: the districts a consolidated database merges
(``desktop.coordinator``) and the district each merged record came from. Local
to the coordinator's database: never synced."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CoordinatorDistrict(Base):
    """A district as the coordinator reaches it: its team's sync root (a shared
    folder or a WebDAV server) and the team it belongs to (``team_id``, the
    key's fingerprint: the key itself is a secret, kept in the OS keyring or in
    this encrypted database), or a database file handed over (``kind`` "file":
    a Tessere backup or a database with a passphrase; ``read_upto``: how far
    each source file's change log has been merged). ``replicas``: the laptops
    seen in its root (or in its file), to notice a root emptied or swapped and to
    attribute their changes (``attributed_upto``: how far in this database's
    change log, so a merge killed half-way is attributed by the next one).
    ``last_merge``: what the last merge did."""

    __tablename__ = "coordinator_district"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # "cartella", "webdav" or "file"
    location: Mapped[str] = mapped_column(Text)
    user: Mapped[str | None] = mapped_column(String(120))
    team_id: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    replicas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    read_upto: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # source replica -> seq
    attributed_upto: Mapped[int] = mapped_column(Integer, default=0)  # our change_log seq
    last_merge_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_merge: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class RecordOrigin(Base):
    """The district a merged record came from: the first district whose merge
    brought it (a record lives in one district's team)."""

    __tablename__ = "record_origin"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    district_id: Mapped[str] = mapped_column(String(36), index=True)
