"""The history of this replica's syncs, newest first, kept in ``replica_meta``:
every call of ``engine.sync_once`` ends in it, and the page shows it."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core.model import ReplicaMeta, utcnow
from desktop.sync.meta import set_meta
from desktop.sync.report import SyncReport

META_HISTORY = "sync_history"
HISTORY_SIZE = 30


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime  # naive UTC, like every instant in the database
    published: int
    applied: int
    conflicts: int
    ok: bool
    message: str


def record(store, report: SyncReport) -> None:
    """One more sync in the history, the oldest beyond ``HISTORY_SIZE`` dropped."""
    entry = {"at": utcnow().isoformat(), "published": report.published, "applied": report.applied,
             "conflicts": report.conflicts, "ok": report.ok,
             "message": " ".join(report.errors + report.held + report.warnings)}
    with store.session(capture=False) as s:
        conn = s.connection()
        stored = conn.execute(sa.select(ReplicaMeta.value).where(ReplicaMeta.key == META_HISTORY)).scalar()
        entries = ([entry] + json.loads(stored))[:HISTORY_SIZE] if stored else [entry]
        set_meta(conn, META_HISTORY, json.dumps(entries, ensure_ascii=False))


def history(store) -> list[HistoryEntry]:
    """The latest syncs of this replica, newest first."""
    return parse_history(store.meta(META_HISTORY))


def history_rows(session: Session, offset: int, limit: int) -> list[HistoryEntry]:
    """A page of :func:`history` in the caller's session (a table fed batch by batch)."""
    row = session.get(ReplicaMeta, META_HISTORY)
    return parse_history(row.value if row else None)[offset:offset + limit]


def parse_history(stored: str | None) -> list[HistoryEntry]:
    return [HistoryEntry(dt.datetime.fromisoformat(e["at"]), e["published"], e["applied"],
                         e["conflicts"], e["ok"], e["message"])
            for e in (json.loads(stored) if stored else [])]
