"""Where this replica stands: changes waiting, last sync, open conflicts, the
other laptops seen, the holes in their bundles. Read by ``tessere sync status``,
the status bar and the Sincronizzazione page."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core.model import AuditEvent, ChangeLog, Operator, SyncConflict, SyncPeer
from desktop.sync import gaps, settings
from desktop.sync.conflicts import ConflictView, list_conflicts
from desktop.sync.meta import META_LAST_SYNC, META_PUBLISHED_SEQ, meta_int, vector
from desktop.sync.team import team_key


def pending_changes(store) -> int:
    """Local changes not yet published. Audit rows travel with them but are not
    changes a user made: a scheda opened offline is not «1 modifica in attesa»."""
    with store.system_read() as s:
        conn = s.connection()
        after = meta_int(conn, META_PUBLISHED_SEQ)
        return conn.execute(
            sa.select(sa.func.count()).select_from(ChangeLog)
            .where(ChangeLog.replica_id == store.replica_id, ChangeLog.seq > after,
                   ChangeLog.table_name != AuditEvent.__tablename__)
        ).scalar() or 0


@dataclass(frozen=True)
class Status:
    pending: int
    last_sync: str | None
    replicas: dict[str, int]
    open_conflicts: int
    in_team: bool
    gaps: list[gaps.Gap] = field(default_factory=list)  # as the last sync found them


def status(store) -> Status:
    with store.system_read() as s:
        applied = vector(s.connection())
        conflicts = s.scalar(sa.select(sa.func.count()).select_from(SyncConflict)
                             .where(SyncConflict.resolved_at.is_(None))) or 0
    return Status(pending_changes(store), store.meta(META_LAST_SYNC), applied, conflicts,
                  team_key(store) is not None, gaps.known_gaps(store))


@dataclass(frozen=True)
class Peer:
    replica_id: str
    bundles: int                 # bundles of it applied here
    applied_at: dt.datetime | None
    operator: str = ""           # who signed its latest change seen here, if anyone


def peers(session: Session, offset: int = 0, limit: int | None = None) -> list[Peer]:
    """The other replicas seen in the sync root, by the last time one of their
    bundles arrived (newest first)."""
    out = []
    rows = session.execute(sa.select(SyncPeer.replica_id, SyncPeer.applied_bundle, SyncPeer.applied_at)
                           .order_by(SyncPeer.applied_at.desc()).offset(offset).limit(limit)).all()
    for replica, bundles, applied_at in rows:
        operator_id = session.scalar(sa.select(ChangeLog.operator_id).where(
            ChangeLog.replica_id == replica, ChangeLog.operator_id.is_not(None))
            .order_by(ChangeLog.seq.desc()).limit(1))
        operator = session.get(Operator, operator_id) if operator_id else None
        out.append(Peer(replica, bundles, applied_at, operator.full_name if operator else ""))
    return out


def local_time(utc_text: str | None) -> dt.datetime | None:
    """Instants are stored as naive UTC; people read their own clock."""
    if not utc_text:
        return None
    return dt.datetime.fromisoformat(utc_text).replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class SyncState:
    """What the app's sync label and page say."""

    configured: bool
    in_team: bool
    pending: int
    conflicts: int
    last_sync: dt.datetime | None  # local time
    interval: int                  # minutes
    gaps: tuple[str, ...] = ()     # other laptops' missing bundles, said in Italian


def sync_state(store) -> SyncState:
    st = status(store)
    return SyncState(settings.target_settings(store) is not None, st.in_team, st.pending,
                     st.open_conflicts, local_time(st.last_sync), settings.interval_minutes(store),
                     tuple(gap.describe() for gap in st.gaps))


@dataclass(frozen=True)
class Overview:
    """All the Sincronizzazione page shows at once, read together."""

    state: SyncState
    target: settings.TargetSettings | None
    conflicts: list[ConflictView]


def overview(store) -> Overview:
    return Overview(sync_state(store), settings.target_settings(store), list_conflicts(store))
