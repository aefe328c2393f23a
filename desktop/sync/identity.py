"""One replica identity per living database file.

A database restored from a backup, or a laptop cloned from another's file, holds
the same replica id as a database that has published more since. The sign is in
the root: a bundle under our name, beyond what this file has published, whose
changes this file has never seen. Then this file takes a new identity:

* its former id becomes a peer it has applied up to what this file had published,
  so the bundles published later under that id (by the original, or by this file
  before the restore) arrive like a colleague's: the history it lacks is taken over;
* its own changes not yet published move to the new id (same clock time, new
  replica suffix), so they are published under it, never swallowed;
* the former id is remembered, so the merge keeps treating this file's old changes
  as its own (``desktop.sync.merge.Merger``), and so are changes another process
  still stamps with it before it hears of the switch (``adopt_orphans``).

Two processes publishing under one id never overwrite each other's bundle either:
bundles are created exclusively (``Target.write_atomic(..., exclusive=True)``).
"""
from __future__ import annotations

import json

import sqlalchemy as sa

from desktop.core.ids import new_replica_id
from desktop.core.model import ChangeLog, ReplicaMeta, utcnow

META_FORMER = "sync_former_ids"
ORPHANS_AFTER = "sync_former_until:"  # + former id: its last change of this file
_STAMP_PREFIX = len("0000000000000-0000-")  # an HLC without its replica suffix


def former_ids(conn) -> set[str]:
    stored = conn.execute(sa.select(ReplicaMeta.value).where(ReplicaMeta.key == META_FORMER)).scalar()
    return set(json.loads(stored)) if stored else set()


def unseen(conn, hlcs: list[str]) -> bool:
    """Whether any of these changes is missing from this database's log."""
    known: set[str] = set()
    for i in range(0, len(hlcs), 500):
        known.update(conn.execute(sa.select(ChangeLog.hlc).where(ChangeLog.hlc.in_(hlcs[i:i + 500]))).scalars())
    return len(known) < len(set(hlcs))


def take_new_identity(store, *, published_bundles: int, published_seq: int,
                      reset_keys: list[str], save_team_key) -> str:
    """Switch ``store`` to a new replica id in one transaction; returns the former id.
    ``reset_keys``: replica_meta entries about the former id's publishing.
    ``save_team_key(new_id)`` keeps the team key reachable under the new id and
    runs first, so a crash in between leaves at worst a spare keyring entry."""
    old, new = store.replica_id, new_replica_id()
    save_team_key(new)
    with store.session(capture=False) as s:
        conn = s.connection()
        conn.execute(sa.text(
            "UPDATE change_log SET hlc = substr(hlc, 1, :n) || :new, replica_id = :new "
            "WHERE replica_id = :old AND seq > :p"),
            {"n": _STAMP_PREFIX, "new": new, "old": old, "p": published_seq})
        if published_bundles:
            conn.execute(sa.text(
                "INSERT INTO sync_peer(replica_id, applied_bundle, applied_at) VALUES (:r, :n, :t) "
                "ON CONFLICT(replica_id) DO UPDATE SET applied_bundle = max(applied_bundle, :n)"),
                {"r": old, "n": published_bundles, "t": utcnow()})
        conn.execute(sa.delete(ReplicaMeta).where(
            ReplicaMeta.key.in_(reset_keys) | ReplicaMeta.key.startswith("sync_range:")))
        conn.execute(sa.text("INSERT OR REPLACE INTO replica_meta(key, value) VALUES (:k, :v)"),
                     {"k": f"{ORPHANS_AFTER}{old}",
                      "v": str(conn.execute(sa.select(sa.func.max(ChangeLog.seq))).scalar() or 0)})
        formers = sorted(former_ids(conn) | {old})
        for key, value in (("replica_id", new), (META_FORMER, json.dumps(formers))):
            conn.execute(sa.text("INSERT OR REPLACE INTO replica_meta(key, value) VALUES (:k, :v)"),
                         {"k": key, "v": value})
    store.reload_identity()
    return old


def adopt_orphans(conn, current: str) -> int:
    """Changes stamped with a former id after the switch (a second process, such as
    the open window, that had not heard of it yet) move to the current id, so they
    are published; returns how many."""
    moved = 0
    for key, value in conn.execute(sa.select(ReplicaMeta.key, ReplicaMeta.value)
                                   .where(ReplicaMeta.key.startswith(ORPHANS_AFTER))).all():
        moved += conn.execute(sa.text(
            "UPDATE change_log SET hlc = substr(hlc, 1, :n) || :new, replica_id = :new "
            "WHERE replica_id = :old AND seq > :after"),
            {"n": _STAMP_PREFIX, "new": current, "old": key[len(ORPHANS_AFTER):],
             "after": int(value)}).rowcount
    return moved
