"""The sync's bookkeeping in ``replica_meta`` and ``sync_peer``, read and written
inside a transaction the caller holds (``conn``): what this replica published,
the schema its bundles carry, and the version vector of what it applied."""
from __future__ import annotations

import functools

import sqlalchemy as sa

from desktop.core.model import ReplicaMeta, SyncPeer

META_PUBLISHED_SEQ = "sync_published_seq"  # our last change seq in a published bundle
META_BUNDLE_NO = "sync_bundle_no"          # our last published bundle number
META_LAST_SYNC = "sync_last_at"            # the last sync that ended without errors (UTC)


def meta_int(conn, key: str) -> int:
    value = conn.execute(sa.select(ReplicaMeta.value).where(ReplicaMeta.key == key)).scalar()
    return int(value) if value else 0


def set_meta(conn, key: str, value) -> None:
    conn.execute(sa.text("INSERT OR REPLACE INTO replica_meta(key, value) VALUES (:k, :v)"),
                 {"k": key, "v": str(value)})


def schema_number(revision: str | None) -> int:
    """A schema revision as a number; anything else counts as 0."""
    try:
        return int(revision or 0)
    except ValueError:
        return 0


@functools.cache
def our_schema() -> int:
    """The schema this Tessere writes: bundles from a newer one wait."""
    from desktop.core.migrations import head_revision

    return schema_number(head_revision())


def vector(conn) -> dict[str, int]:
    """The version vector: for each other replica, its last bundle applied here."""
    return {r: n for r, n in conn.execute(sa.select(SyncPeer.replica_id, SyncPeer.applied_bundle))}
