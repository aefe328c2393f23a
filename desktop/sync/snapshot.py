"""Snapshots: a new laptop joins a team with a long history by loading the team's
state in bulk, instead of replaying every bundle one change at a time.

Layout, in the publishing replica's own directory of the sync root::

    <replica>/snapshot-00000003-0001 … -00NN    parts, written first
    <replica>/snapshot-00000003                  manifest, written last

Every file is sealed like a bundle (AES-256-GCM under the team key, header as
AAD). The manifest header carries the version vector the snapshot covers (last
bundle of every replica whose changes it holds, the publisher's own included),
the schema, the number of parts and a random ``uid`` that every part header
repeats: a part of another snapshot, a missing part or a part moved to another
place fails the check. Readers look only at manifests, and a manifest is written
after all its parts (each write atomic), so a snapshot whose writer died
half-way is never seen. The publisher keeps its two newest snapshots (only the
newest after an erasure, which the older ones still hold: ``desktop.core.erasure``).

Content: the change log, compacted, plus the open conflicts. A change is dropped
only when a later change of the *same* replica to the same row sets every field
it set, and its fields are trimmed to those no later change of its replica
sets; deletes, the latest change of each replica on a row and every change to a
frozen table stay whole. That keeps, for every row, the per-field winners, the
latest value of each replica for each field and the greatest HLC each replica
wrote: all that :func:`desktop.sync.merge.resolve` and the ``seen`` of future
changes look at, so later bundles merge, and find conflicts, exactly as on a
replica that replayed everything. Rows made by a single insert travel only as
that change (the reader builds the row from it); every other live row travels
as it is on the publisher.

A snapshot is taken only when every change of the publisher is already in a
published bundle (checked in the same read transaction that reads the data), so
a joiner never holds changes that its version vector does not account for (the
``deps`` of its own bundles stay truthful).

Loading (``bootstrap``) happens only on a new replica, one that never applied
a bundle, from a snapshot that holds none of its own changes; records it made
before joining stay and meet the snapshot's rows through the merge rules. It
runs in one transaction (with a large page cache, so the indexes being filled
stay in memory), so a crash leaves either the whole snapshot or nothing. A
damaged snapshot is refused with a clear message and the sync goes on with the
bundles. A snapshot of another schema, or whose changes are stamped too far in
the future (``hlc.MAX_DRIFT_MS``), is skipped, as the bundles it summarises
would be held; the bundles then bring everything.
"""
from __future__ import annotations

import contextlib
import json
import re
import secrets
from dataclasses import dataclass
from typing import Iterator

import sqlalchemy as sa

from desktop.core import erasure, hlc as hlc_mod
from desktop.core.batch import bulk_insert
from desktop.core.changes import dumps, to_wire
from desktop.core.model import AuditEvent, ChangeLog, SyncConflict, SyncSeen, syncable_models, utcnow
from desktop.sync import crypto, merge, meta, root
from desktop.sync.report import Progress, SyncReport, duration
from desktop.sync.errors import BundleError, SyncError
from desktop.sync.targets import Target

META_SNAPSHOT_NO = "sync_snapshot_no"          # number of our latest snapshot
META_SNAPSHOT_BUNDLE = "sync_snapshot_bundle"  # our bundle number when we took it
META_SNAPSHOT_SEQ = "sync_snapshot_seq"        # our published change seq when we took it
META_BOOTSTRAPPED = "sync_bootstrapped_from"   # "<replica>/snapshot-<n>" we loaded

# Publish a snapshot on its own when, since the last one, we published this many
# bundles or this many changes (a joiner would otherwise replay them one by one).
EVERY_BUNDLES = 100
EVERY_CHANGES = 20_000
KEEP = 2                      # our newest snapshots left in the root
PART_ITEMS = 20_000           # changes + rows per part
PART_BYTES = 8 * 1024 * 1024  # rough size of a part before compression
LOAD_CACHE_KIB = 256 * 1024   # page cache while loading: the indexes stay in memory

_MANIFEST = re.compile(r"^snapshot-(\d{8})$")
_ANY = re.compile(r"^snapshot-(\d{8})(?:-\d{4})?$")
_STAMP = re.compile(r"[0-9]{13}-[0-9]{4}-([0-9a-f]{16})\Z")  # an HLC stamp, its replica grouped


def manifest_name(replica: str, number: int) -> str:
    return f"{replica}/snapshot-{number:08d}"


def part_name(replica: str, number: int, part: int) -> str:
    return f"{replica}/snapshot-{number:08d}-{part:04d}"


# ------------------------------------------------------------------ publishing
def due(store) -> bool:
    """The automatic rule: enough of our own history since our last snapshot."""
    with store.system_read() as s:
        conn = s.connection()
        bundles = meta.meta_int(conn, meta.META_BUNDLE_NO) - meta.meta_int(conn, META_SNAPSHOT_BUNDLE)
        if bundles <= 0:
            return False
        if bundles >= EVERY_BUNDLES:
            return True
        changes = conn.execute(
            sa.select(sa.func.count()).select_from(ChangeLog).where(
                ChangeLog.seq > meta.meta_int(conn, META_SNAPSHOT_SEQ),
                ChangeLog.seq <= meta.meta_int(conn, meta.META_PUBLISHED_SEQ),
                ChangeLog.replica_id == store.replica_id,
                ChangeLog.table_name != AuditEvent.__tablename__)  # one insert each: nothing to compact
        ).scalar() or 0
    return changes >= EVERY_CHANGES


def _multi_change_rows(conn) -> set[tuple[str, str]]:
    """Rows with more than one change (the few that need compacting); read from
    the (table, row) index alone."""
    return set(conn.execute(sa.text(
        "SELECT table_name, row_id FROM change_log GROUP BY table_name, row_id "
        "HAVING count(*) > 1")))


def compact(ops: list[tuple], me: str) -> list[list]:
    """The changes of one row a joiner needs (see the module doc), as entries
    ``[hlc, table, row_id, op, fields JSON text, operator, seen]``, from the row's
    log rows ``(seq, hlc, replica, table, row_id, op, fields, operator, seen)`` in
    log order."""
    entries, prefix = [], {}
    for _seq, stamp, replica, table, row_id, op, fields, operator, seen in ops:
        if replica == me:  # what we had seen when we wrote it, as publish() computes it
            seen_map = dict(prefix)
        else:
            seen_map = json.loads(seen) if seen else {}
        entries.append([stamp, table, row_id, op, fields, operator, seen_map])
        if stamp > prefix.get(replica, ""):
            prefix[replica] = stamp
    if merge.freeze_rule(ops[0][3]) is not None or len(entries) == 1:
        return entries
    later: dict[str, set[str]] = {}  # replica -> fields it sets in later changes
    kept = []
    for entry in sorted(entries, key=lambda e: e[0], reverse=True):
        replica = entry[0].rsplit("-", 1)[1]
        fields = json.loads(entry[4]) if entry[4] is not None else {}
        newest = replica not in later
        written_later = later.setdefault(replica, set())
        if entry[3] == "delete" or newest:
            kept.append(entry)
        else:
            needed = {k: v for k, v in fields.items() if k not in written_later}
            if len(needed) == len(fields):
                kept.append(entry)
            elif needed:
                kept.append(entry[:4] + [dumps(needed)] + entry[5:])
        written_later.update(fields)
    kept.sort(key=lambda e: e[0])
    return kept


class _PartWriter:
    """Fills parts with whole rows' changes and seals each when it is big enough."""

    def __init__(self, target: Target, key: bytes, me: str, number: int, uid: str, schema: int):
        self.target, self.key, self.me, self.number = target, key, me, number
        self.uid, self.schema = uid, schema
        self.parts = 0
        self.ops: list[list] = []
        self.rows: dict[str, list[dict]] = {}
        self.items = 0
        self.size = 0

    def add_ops(self, entries: list[list]) -> None:
        self.ops.extend(entries)
        self.items += len(entries)
        self.size += sum(len(e[4] or "") for e in entries)

    def add_row(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)
        self.items += 1
        self.size += sum(len(v) if isinstance(v, str) else 8 for v in row.values())

    @property
    def full(self) -> bool:
        return self.items >= PART_ITEMS or self.size >= PART_BYTES

    def flush(self) -> None:
        if not self.items:
            return
        self.parts += 1
        header = {"kind": "snapshot-part", "replica": self.me, "snapshot": self.number,
                  "uid": self.uid, "part": self.parts, "schema": self.schema}
        self.target.write_atomic(part_name(self.me, self.number, self.parts),
                                 crypto.seal(self.key, header, {"ops": self.ops, "rows": self.rows}))
        self.ops, self.rows, self.items, self.size = [], {}, 0, 0


def _current_rows(conn, table: str, ids: list[str]):
    tbl = merge.table(table)
    for i in range(0, len(ids), 500):
        for row in conn.execute(sa.select(tbl).where(tbl.c.id.in_(ids[i:i + 500]))).mappings():
            yield {k: to_wire(v) for k, v in row.items()}


def publish_snapshot(store, target: Target, key: bytes, report: SyncReport,
                     progress: Progress | None = None, *, keep: int = KEEP) -> bool:
    """Write a snapshot of this replica's whole state; False (and a note in the
    report) when some change of ours is not yet in a published bundle.

    The log is read in its own order (sequential reads, and neighbouring changes
    compress well together); rows with several changes are gathered on the way
    and written, compacted, at the end."""
    me = store.replica_id
    schema = meta.our_schema()
    uid = secrets.token_hex(8)
    with store.system_read() as s:
        conn = s.connection()
        published = meta.meta_int(conn, meta.META_PUBLISHED_SEQ)
        unpublished = conn.execute(sa.select(ChangeLog.seq).where(
            ChangeLog.replica_id == me, ChangeLog.seq > published).limit(1)).first()
        if unpublished is not None:
            report.warnings.append(
                "L'istantanea per i nuovi computer è rimandata: ci sono modifiche appena fatte "
                "ancora da inviare.")
            return False
        own_bundle = meta.meta_int(conn, meta.META_BUNDLE_NO)
        vector = {r: n for r, n in meta.vector(conn).items() if n > 0}
        if own_bundle:
            vector[me] = own_bundle
        if not vector:
            return False
        number = meta.meta_int(conn, META_SNAPSHOT_NO) + 1
        total = conn.execute(sa.select(sa.func.count()).select_from(ChangeLog)).scalar() or 0
        writer = _PartWriter(target, key, me, number, uid, schema)
        multi = _multi_change_rows(conn)
        gathered: dict[tuple[str, str], list[tuple]] = {}
        whole: dict[str, list[str]] = {}  # table -> rows that travel as they are
        counts = {"ops": 0, "rows": 0, "done": 0}
        max_hlc = ""

        def add_rows(table: str, ids: list[str]) -> None:
            for row in _current_rows(conn, table, ids):
                writer.add_row(table, row)
                counts["rows"] += 1
            ids.clear()

        def emit(entries: list[list], travels_whole: bool) -> None:
            writer.add_ops(entries)
            counts["ops"] += len(entries)
            if travels_whole:
                pending = whole.setdefault(entries[0][1], [])
                pending.append(entries[0][2])
                if len(pending) >= 500:
                    add_rows(entries[0][1], pending)
            if writer.full:
                for table, ids in whole.items():
                    add_rows(table, ids)
                writer.flush()
                if progress:
                    progress("Preparazione dell'istantanea per i nuovi computer", counts["done"], total)

        log = conn.execute(sa.text(
            "SELECT c.seq, c.hlc, c.replica_id, c.table_name, c.row_id, c.op, c.fields, "
            "c.operator_id, s.seen FROM change_log c LEFT JOIN sync_seen s ON s.hlc = c.hlc "
            "ORDER BY c.seq"))
        for row in log:
            counts["done"] += 1
            max_hlc = max(max_hlc, row[1])
            if (row[3], row[4]) in multi:
                gathered.setdefault((row[3], row[4]), []).append(tuple(row))
            else:
                emit(compact([tuple(row)], me), travels_whole=row[5] != "insert")
        for ops in gathered.values():
            emit(compact(ops, me), travels_whole=True)
        for table, ids in whole.items():
            add_rows(table, ids)
        writer.flush()
        conflicts = [
            {k: to_wire(v) for k, v in row.items()}
            for row in conn.execute(sa.select(SyncConflict.__table__)
                                    .where(SyncConflict.resolved_at.is_(None))).mappings()
        ]
    header = {"kind": "snapshot", "replica": me, "snapshot": number, "uid": uid,
              "parts": writer.parts, "vector": vector, "schema": schema, "max_hlc": max_hlc,
              "ops": counts["ops"], "rows": counts["rows"]}
    target.write_atomic(manifest_name(me, number), crypto.seal(key, header, {"conflicts": conflicts}))
    with store.session(capture=False) as s:
        conn = s.connection()
        meta.set_meta(conn, META_SNAPSHOT_NO, number)
        meta.set_meta(conn, META_SNAPSHOT_BUNDLE, own_bundle)
        meta.set_meta(conn, META_SNAPSHOT_SEQ, published)
    _remove_old(target, me, number, keep)
    report.snapshot_published = manifest_name(me, number)
    return True


def _remove_old(target: Target, me: str, number: int, keep: int = KEEP) -> None:
    """Our snapshots but the ``keep`` newest (``keep=1`` after an erasure: the
    older ones hold the erased rows). The manifest goes first, so a reader never
    finds one whose parts are gone."""
    names = [n for n in target.list(me) if (m := _ANY.match(n)) and int(m.group(1)) <= number - keep]
    for name in sorted(names, key=lambda n: (not _MANIFEST.match(n), n)):
        target.remove(f"{me}/{name}")


def own_snapshots(target: Target, me: str) -> list[str]:
    """The names of our snapshot files in the root (manifests and parts)."""
    return [n for n in target.list(me) if _ANY.match(n)]


def remove_all(target: Target, me: str) -> None:
    """Every snapshot of ours, manifests first (after an erasure, when no fresh
    one could be taken: a new laptop then replays the bundles)."""
    names = own_snapshots(target, me)
    for name in sorted(names, key=lambda n: (not _MANIFEST.match(n), n)):
        target.remove(f"{me}/{name}")


# ------------------------------------------------------------------ loading
@dataclass
class _Candidate:
    name: str
    header: dict
    conflicts: list

    @property
    def coverage(self) -> int:
        return sum(self.header["vector"].values())


def _candidates(target: Target, key: bytes, me: str, report: SyncReport) -> list[_Candidate]:
    """Every team member's newest snapshot that this replica could load, best first."""
    found = []
    schema = meta.our_schema()
    for replica in target.list(""):
        if not root.REPLICA_NAME.match(replica) or replica == me:
            continue
        numbers = [int(m.group(1)) for m in map(_MANIFEST.match, target.list(replica)) if m]
        if not numbers:
            continue
        name = manifest_name(replica, max(numbers))
        try:
            header, payload = crypto.open_sealed(key, target.read(name), name)
            _check_manifest(header, payload, replica, max(numbers), name)
        except SyncError as exc:
            report.warnings.append(f"{exc} Le modifiche arrivano una per una dai pacchetti.")
            continue
        if header["schema"] != schema:
            if header["schema"] > schema:
                report.held.append(
                    f"L'istantanea «{name}» viene da una versione più recente di Tessere: "
                    "aggiorna Tessere per usarla.")
            continue
        if header["max_hlc"] and hlc_mod.is_too_far_ahead(header["max_hlc"]):
            ahead = hlc_mod.Timestamp.parse(header["max_hlc"]).wall_ms - hlc_mod.wall_clock_ms()
            report.held.append(
                f"L'istantanea «{name}» contiene modifiche con l'orologio avanti di "
                f"{duration(ahead)}: non viene usata.")
            continue
        if header["vector"].get(me, 0) > 0:
            continue  # it already holds changes of ours: the bundles are cheaper than merging them
        found.append(_Candidate(name, header, payload["conflicts"]))
    return sorted(found, key=lambda c: c.coverage, reverse=True)


def _check_manifest(header: dict, payload, replica: str, number: int, name: str) -> None:
    vector = header.get("vector")
    if (header.get("kind") != "snapshot" or header.get("replica") != replica
            or header.get("snapshot") != number or not isinstance(header.get("parts"), int)
            or not isinstance(vector, dict) or not isinstance(header.get("schema"), int)
            or not isinstance(header.get("uid"), str) or not isinstance(header.get("max_hlc"), str)
            or not all(root.REPLICA_NAME.match(str(r)) and isinstance(n, int) for r, n in vector.items())):
        raise BundleError(f"L'istantanea «{name}» ha un'intestazione che non le appartiene: non viene usata.")
    if not isinstance(payload, dict) or not isinstance(payload.get("conflicts"), list):
        raise BundleError(f"Il contenuto dell'istantanea «{name}» non è valido: non viene usata.")


def is_new(store, team: frozenset[str] | None = None) -> bool:
    """A replica that never applied a bundle of the team (``team``: the
    replicas of the root, for a database that merges several teams)."""
    with store.system_read() as s:
        return _never_applied(meta.vector(s.connection()), team)


def _never_applied(vector: dict[str, int], team: frozenset[str] | None) -> bool:
    return not (vector if team is None else set(vector) & team)


def bootstrap(store, target: Target, key: bytes, report: SyncReport,
              progress: Progress | None = None, *, team: frozenset[str] | None = None) -> bool:
    """On a new replica, load the best snapshot in the root; False when there
    is none to use (the bundles then bring everything). ``team``: the replicas
    of the root, when the database merges several teams' roots (the
    coordinator's, ``desktop.coordinator``): new means new to this team."""
    if not is_new(store, team):
        return False
    for candidate in _candidates(target, key, store.replica_id, report):
        try:
            applied = _load(store, target, key, candidate, progress, team)
        except SyncError as exc:
            report.warnings.append(f"{exc} Le modifiche arrivano una per una dai pacchetti.")
            continue
        report.applied += applied
        report.snapshot_loaded = candidate.name
        return True
    return False


_TABLES = None


def _syncable_tables() -> set[str]:
    global _TABLES
    if _TABLES is None:
        _TABLES = {m.__tablename__ for m in syncable_models()}
    return _TABLES


@dataclass
class _PartOps:
    log: list[dict]                                  # change_log rows, fields as they came
    seen: list[dict]                                 # sync_seen rows
    changes: list[tuple[str, str, str, dict | None]]  # (table, row id, op, fields)


def _ops_of(payload, name: str) -> _PartOps:
    tables = _syncable_tables()
    out = _PartOps([], [], [])
    for item in payload.get("ops", ()):
        try:
            stamp, table, row_id, op, text, operator, seen = item
            replica = _STAMP.match(stamp).group(1)  # no match: AttributeError, refused below
            fields = json.loads(text) if text is not None else None
            if (table not in tables or op not in ("insert", "update", "delete")
                    or not isinstance(row_id, str)
                    or not isinstance(fields, (dict, type(None))) or not isinstance(seen, dict)):
                raise ValueError
        except (ValueError, TypeError, AttributeError):
            raise BundleError(f"L'istantanea «{name}» contiene una modifica non valida: non viene usata.") from None
        out.log.append(dict(hlc=stamp, replica_id=replica, table_name=table, row_id=row_id, op=op,
                            fields=text, operator_id=operator))
        if seen:
            out.seen.append(dict(hlc=stamp, seen=json.dumps(seen, sort_keys=True)))
        out.changes.append((table, row_id, op, fields))
    return out


def _rows_of(payload, name: str) -> dict[str, list[dict]]:
    rows = payload.get("rows", {})
    tables = _syncable_tables()
    if not isinstance(rows, dict) or not all(
            t in tables and isinstance(rs, list) and all(isinstance(r, dict) and isinstance(r.get("id"), str) for r in rs)
            for t, rs in rows.items()):
        raise BundleError(f"L'istantanea «{name}» contiene righe non valide: non viene usata.")
    return rows


def _load(store, target: Target, key: bytes, candidate: _Candidate, progress: Progress | None,
          team: frozenset[str] | None) -> int:
    """The whole snapshot in one transaction; returns the changes loaded."""
    header, me = candidate.header, store.replica_id
    with store.session(capture=False) as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if not _never_applied(meta.vector(conn), team):
            return 0  # a bundle arrived meanwhile: the bundles take over
        with large_page_cache(conn):
            applied = _load_parts(conn, me, target, key, header, progress)
        conflicts = [_conflict_row(c, candidate.name) for c in candidate.conflicts]
        if conflicts:
            conn.execute(sa.insert(SyncConflict).prefix_with("OR IGNORE"), conflicts)
        for peer, bundle in header["vector"].items():
            if peer != me:
                conn.execute(sa.text(
                    "INSERT INTO sync_peer(replica_id, applied_bundle, applied_at) VALUES (:r, :n, :t) "
                    "ON CONFLICT(replica_id) DO UPDATE SET applied_bundle = "
                    "max(applied_bundle, excluded.applied_bundle)"),
                    {"r": peer, "n": bundle, "t": utcnow()})
        meta.set_meta(conn, META_BOOTSTRAPPED, candidate.name)
    if header["max_hlc"]:
        store.clock.observe(header["max_hlc"])
    return applied


@contextlib.contextmanager
def large_page_cache(conn) -> Iterator[None]:
    """``LOAD_CACHE_KIB`` of page cache on ``conn`` for a bulk load (a snapshot, a
    bundle) instead of SQLite's 2 MB, then its own again: the indexes being
    filled stay in memory instead of being written out and read back."""
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {cache}")


def _local_rows(conn) -> set[tuple[str, str]]:
    """Rows this replica already has (reference data, its own first records): they
    meet the snapshot's changes through the merge rules instead of being copied."""
    local: set[tuple[str, str]] = set()
    for table in sorted(_syncable_tables()):
        local.update((table, rid) for rid in conn.execute(sa.select(merge.table(table).c.id)).scalars())
    return local


def _open_part(target: Target, key: bytes, header: dict, part: int) -> dict:
    replica, number = header["replica"], header["snapshot"]
    name = part_name(replica, number, part)
    part_header, payload = crypto.open_sealed(key, target.read(name), name)
    if (part_header.get("kind") != "snapshot-part" or part_header.get("replica") != replica
            or part_header.get("snapshot") != number or part_header.get("uid") != header["uid"]
            or part_header.get("part") != part or not isinstance(payload, dict)):
        raise BundleError(f"La parte «{name}» non appartiene alla sua istantanea: non viene usata.")
    return payload


def _load_parts(conn, me: str, target: Target, key: bytes, header: dict,
                progress: Progress | None) -> int:
    local = _local_rows(conn)
    settle: set[tuple[str, str]] = set()
    applied = 0
    for part in range(1, header["parts"] + 1):
        name = part_name(header["replica"], header["snapshot"], part)
        payload = _open_part(target, key, header, part)
        ops = _ops_of(payload, name)
        bulk_insert(conn, ChangeLog.__table__, ops.log)
        bulk_insert(conn, SyncSeen.__table__, ops.seen, prefix="OR REPLACE")
        applied += len(ops.log)
        # A part holds every change of its rows: a row made by one insert is built
        # from it, every other row came whole.
        new_rows: dict[str, list[dict]] = {}
        counts: dict[tuple[str, str], int] = {}
        for table, row_id, _op, _fields in ops.changes:
            counts[(table, row_id)] = counts.get((table, row_id), 0) + 1
        for table, row_id, op, fields in ops.changes:
            if (table, row_id) in local:
                settle.add((table, row_id))
            elif counts[(table, row_id)] == 1 and op == "insert" and not erasure.erased_by(fields):
                new_rows.setdefault(table, []).append(merge.db_row(merge.table(table), fields, row_id))
        for table, whole in _rows_of(payload, name).items():
            tbl = merge.table(table)
            for row in whole:
                if (table, row["id"]) not in local:
                    new_rows.setdefault(table, []).append(merge.db_row(tbl, row, row["id"]))
        for table in sorted(new_rows, key=lambda t: merge.ORDER[t]):
            bulk_insert(conn, merge.table(table), new_rows[table])
        if progress:
            progress("Ricezione dell'istantanea della squadra", part, header["parts"])
    merger = merge.Merger(conn, me)
    for row in sorted(settle, key=lambda k: -merge.ORDER[k[0]]):
        merger.settle(*row)
    if merger.erased:
        erasure.reindex(conn)
    return applied


def _conflict_row(c, name: str) -> dict:
    import datetime as dt

    try:
        row = {k: c[k] for k in ("id", "table_name", "row_id", "field", "kind", "their_value",
                                 "their_hlc", "their_replica", "our_hlc")}
        if row["table_name"] not in _syncable_tables():
            raise ValueError
        row["detected_at"] = dt.datetime.fromisoformat(c["detected_at"]) if c.get("detected_at") else utcnow()
    except (KeyError, TypeError, ValueError):
        raise BundleError(f"L'istantanea «{name}» contiene un conflitto non valido: non viene usata.") from None
    return row
