"""Sync engine: publish this replica's changes as sealed bundles, apply the other
replicas' bundles, keep conflicts for a person to resolve. No Qt: the GUI calls
``sync_when_ready`` from a background operation, the CLI calls ``sync_once`` directly.

Layout of the sync root::

    <root>/<replica-id>/00000001      bundles, numbered from 1, written only by their owner
    <root>/<replica-id>/snapshot-00000001[-0001…]   state for new laptops (``desktop.sync.snapshot``)

Delivery: a bundle is applied in one transaction together with the version vector
(``sync_peer``), so a re-delivered bundle is a no-op and a crash leaves either all of
it or none. A bundle is applied only after the previous bundle of its replica and
after every bundle its author had applied when publishing it (``deps`` in its
header), so a row always arrives after the rows it refers to.

Clock drift rule (deterministic, so replicas converge): the merge order is the HLC
string and nothing else, on every replica. What the drift bound decides is only
*when* a change may be applied: a bundle carrying a timestamp more than
``hlc.MAX_DRIFT_MS`` (10 minutes) ahead of this computer's clock is held, not
applied, and the user is told which laptop has its clock ahead; our own clock never
jumps forward to it either (``HybridLogicalClock.observe``). So a laptop whose clock
runs a year ahead cannot win conflicts against the team: its changes simply do not
land until its clock is corrected (then its new changes carry right timestamps) or
until real time catches up with them; in both cases every replica ends up applying
the same changes and ordering them the same way.

Erasure (art. 17 GDPR, ``desktop.core.erasure``): an erasure hollows, in the
change log of every replica that learns of it, the entries of the erased rows.
Each replica then cleans its own folder of the root, the only one it may write:
its bundles that carried those entries are written again from its log, same
number, same range and dependencies, hollow (``rewrite_erased``); its snapshots
are replaced by a fresh one, or removed when none can be taken; and the file is
VACUUMed (``erasure.clean_file``). A receiver that had applied a bundle skips
its new copy; one that had not gets the hollow one, which says the rows are
erased. What a replica that never syncs again left in its folder stays there:
nobody else may write in it.
"""
from __future__ import annotations

import bisect
import json
import logging
import operator
import re
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.core import audit, erasure, hlc as hlc_mod
from desktop.core.batch import bulk_insert, collector_paused, insert_wire
from desktop.core.changes import insert_log
from desktop.core.errors import TessereError
from desktop.core.model import ChangeLog, Erasure, SyncPeer, SyncSeen, utcnow
from desktop.sync import (
    conflicts, crypto, gaps, history, identity, merge, meta, root, settings, team,
)
from desktop.sync.bundle import check_bundle
from desktop.sync import snapshot as snapshots
from desktop.sync.errors import (
    BundleError, BundleExistsError, RootNotConfirmedError, SyncError, TargetError,
)
from desktop.sync.report import Progress, SyncReport, duplicates_message, duration
from desktop.sync.status import SyncState, sync_state
from desktop.sync.targets import Target

log = logging.getLogger(__name__)
BUNDLE_MAX_OPS = 20_000
_REPLICA = re.compile(r"^[0-9a-f]{16}$")
_BUNDLE = re.compile(r"^\d{8}$")


# ------------------------------------------------------------------ publish
def _own_ops(conn, me: str, after: int, limit: int | None, upto: int | None = None):
    query = (sa.select(ChangeLog.seq, ChangeLog.hlc, ChangeLog.table_name, ChangeLog.row_id,
                       ChangeLog.op, ChangeLog.fields, ChangeLog.operator_id)
             .where(ChangeLog.replica_id == me, ChangeLog.seq > after)
             .order_by(ChangeLog.seq).limit(limit))
    if upto is not None:
        query = query.where(ChangeLog.seq <= upto)
    rows = conn.execute(query).all()
    if not rows:
        return []
    seen = seen_before(conn, after, rows[-1].seq, me)
    return [
        (r.seq, [r.hlc, r.table_name, r.row_id, r.op,
                 json.loads(r.fields) if r.fields else None, r.operator_id, seen.get(r.seq, {})])
        for r in rows
    ]


def seen_before(conn, after: int, upto: int, replica: str | None = None) -> dict[int, dict[str, str]]:
    """For each change-log entry in (after, upto] (of ``replica`` only, if
    given): the newest HLC of each replica among the earlier entries of the same
    row, i.e. what its author had seen of that row when making it (the ``seen``
    that merge compares)."""
    mine = "AND c.replica_id = :me " if replica else ""
    seen: dict[int, dict[str, str]] = {}
    for seq, who, top in conn.execute(sa.text(
        "SELECT c.seq, p.replica_id, max(p.hlc) FROM change_log c "
        "JOIN change_log p ON p.table_name = c.table_name AND p.row_id = c.row_id AND p.seq < c.seq "
        f"WHERE c.seq > :a AND c.seq <= :b {mine}GROUP BY c.seq, p.replica_id"),
        {"me": replica, "a": after, "b": upto},
    ):
        seen.setdefault(seq, {})[who] = top
    return seen


def _own_folder(store, target: Target, key: bytes, report: SyncReport) -> dict[int, int]:
    """Our bundle numbers in the root, after taking in those beyond what this file
    has recorded (see ``_adopt``). Something under our name that is not a bundle
    of ours is said and left alone; it never stops the sync."""
    listed = {int(n): size for n, size in target.sizes(store.replica_id).items() if _BUNDLE.match(n)}
    with store.system_read() as s:
        number = meta.meta_int(s.connection(), meta.META_BUNDLE_NO)
    for found in sorted(n for n in listed if n > number):
        outcome = _adopt(store, target, key, found, report)
        if outcome == "foreign":
            return {}  # a new identity: its folder is still empty
        if outcome == "junk":
            del listed[found]
    return listed


def _adopt(store, target: Target, key: bytes, found: int, report: SyncReport) -> str:
    """Bundle ``found`` under our name, beyond what this file recorded as published.
    "adopted": written by this file before a crash (its changes are all here): it
    counts as published, so the next bundle never reuses its number. "foreign":
    written by another file with our identity (a restored backup, a cloned
    laptop): this file takes a new identity (``desktop.sync.identity``). "junk":
    not a bundle of ours."""
    me = store.replica_id
    name = f"{me}/{found:08d}"
    try:
        data = target.read(name)
        header, payload = crypto.open_sealed(key, data, name)
        ops = check_bundle(header, payload, me, found, name)
    except BundleError as exc:
        report.warnings.append(f"{exc} Nella cartella di questo computer viene ignorato.")
        return "junk"
    with store.session(capture=False) as s:
        conn = s.connection()
        if not identity.unseen(conn, [o.hlc for o, _ in ops]):
            if found > meta.meta_int(conn, meta.META_BUNDLE_NO):
                meta.set_meta(conn, meta.META_BUNDLE_NO, found)
                meta.set_meta(conn, meta.META_PUBLISHED_SEQ, header["last_seq"])
                gaps.record_range(conn, found, header["first_seq"], header["last_seq"],
                                  header.get("deps", {}), len(data))
            return "adopted"
    _switch_identity(store, report)
    return "foreign"


def start_as_copy(store) -> str:
    """A database restored from a backup takes a new identity at once, so it never
    publishes under the id of the laptop it was copied from (which may still be at
    work); what that id published arrives like a colleague's. The team key comes
    along when this computer has it; on a new laptop it is joined again with the
    team code. Returns the former id."""
    key = team.team_key(store)
    with store.system_read() as s:
        conn = s.connection()
        published, published_seq = meta.meta_int(conn, meta.META_BUNDLE_NO), meta.meta_int(conn, meta.META_PUBLISHED_SEQ)
    return identity.take_new_identity(
        store, published_bundles=published, published_seq=published_seq,
        reset_keys=[meta.META_BUNDLE_NO, meta.META_PUBLISHED_SEQ, snapshots.META_SNAPSHOT_NO,
                    snapshots.META_SNAPSHOT_BUNDLE, snapshots.META_SNAPSHOT_SEQ],
        save_team_key=lambda new_id: key and team.save_key(store, key, new_id))


def _switch_identity(store, report: SyncReport) -> None:
    old = start_as_copy(store)
    report.warnings.append(
        f"Nella cartella di sincronizzazione c'è già quanto pubblicato dal computer {old} dopo "
        "l'ultima volta che questo database lo aveva visto: questo database è una copia (o un "
        "ripristino da una copia di sicurezza). Da ora pubblica come computer "
        f"{store.replica_id}; quello che mancava qui arriva come dai colleghi e le modifiche "
        "fatte qui non vanno perse.")


def _seal_own(store, key: bytes, number: int, batch, deps: dict,
              span: tuple[int, int] | None = None) -> bytes:
    """Bundle ``number`` of ours; an empty ``batch`` makes an empty bundle (a rebuilt
    run's placeholder, see ``gaps.legacy_range``). ``span``: the change range the
    bundle stands for when written again (``rewrite_erased``)."""
    ops = [op for _seq, op in batch]
    first, last = span or (batch[0][0] if batch else 0, batch[-1][0] if batch else 0)
    header = {
        "replica": store.replica_id, "bundle": number,
        "first_seq": first, "last_seq": last,
        "count": len(ops), "max_hlc": max((op[0] for op in ops), default=""),
        "schema": meta.our_schema(), "deps": deps, "kind": "changes",
    }
    if store.is_demo:
        header["demo"] = True
    return crypto.seal(key, header, ops)


def _republish_missing(store, target: Target, key: bytes, listed: dict[int, int],
                       report: SyncReport) -> None:
    """Write again, from our change log, each of our bundles the root has lost."""
    me = store.replica_id
    with store.system_read() as s:
        conn = s.connection()
        published = meta.meta_int(conn, meta.META_BUNDLE_NO)
        published_seq = meta.meta_int(conn, meta.META_PUBLISHED_SEQ)
        ranges = gaps.recorded_ranges(conn)
    missing = gaps.missing_own(listed, published, ranges)
    headers: dict[int, dict | None] = {}

    def header_of(number: int) -> dict | None:
        if number not in headers:
            name = f"{me}/{number:08d}"
            try:
                headers[number] = crypto.open_sealed(key, target.read(name), name)[0]
            except (BundleError, TargetError):
                headers[number] = None
        return headers[number]

    for number in missing:
        span = ranges.get(number) or gaps.legacy_range(
            number, set(missing), published, published_seq, header_of)
        with store.system_read() as s:
            batch = _own_ops(s.connection(), me, span["first"] - 1, None, span["last"])
        sealed = _seal_own(store, key, number, batch, span["deps"])
        name = f"{me}/{number:08d}"
        try:  # a file of ours with wrong bytes is replaced; a missing one only if still missing
            target.write_atomic(name, sealed, exclusive=number not in listed)
        except BundleExistsError:
            if f"{number:08d}" in target.sizes(me):
                continue  # there after all (a file-sync tool had not shown it yet)
            _replace_junk(target, name, sealed, report)  # a folder or a pipe
        with store.session(capture=False) as s:
            gaps.record_range(s.connection(), number, span["first"], span["last"], span["deps"],
                              len(sealed))
        report.republished.append(number)
    if report.republished:
        report.warnings.append(
            f"Ripubblicati {len(report.republished)} pacchetti di questo computer che mancavano "
            "nella cartella di sincronizzazione.")


def _replace_junk(target: Target, name: str, sealed: bytes, report: SyncReport) -> None:
    """Something that is not our bundle holds one of our names: moved aside (hidden,
    not deleted), and the bundle written in its place."""
    target.set_aside(name)
    report.warnings.append(f"«{name}» non era un pacchetto: spostato da parte.")
    target.write_atomic(name, sealed, exclusive=True)


def rewrite_erased(store, target: Target, key: bytes, report: SyncReport) -> None:
    """Write again, hollow, our bundles that carried rows erased since
    (``core.erasure.pending_rewrites``): after it the root holds no copy of them
    from this replica. Same number, range and dependencies: a receiver that had
    applied a bundle skips it, one that had not learns that the rows are erased."""
    me = store.replica_id
    with store.system_read() as s:
        conn = s.connection()
        pending = erasure.pending_rewrites(conn)
        if not pending:
            return
        published = meta.meta_int(conn, meta.META_BUNDLE_NO)
        published_seq = meta.meta_int(conn, meta.META_PUBLISHED_SEQ)
        ranges = gaps.recorded_ranges(conn)
    wanted = sorted(q for q in pending if q <= published_seq)
    rewritten = 0
    for number in range(1, published + 1) if wanted else ():
        span, name = ranges.get(number), f"{me}/{number:08d}"
        if span is None:  # published before ranges were recorded: its header says
            try:
                header = crypto.open_sealed(key, target.read(name), name)[0]
            except (BundleError, TargetError):
                continue  # missing or damaged: ``_republish_missing`` writes it from the log
            span = {"first": header["first_seq"], "last": header["last_seq"],
                    "deps": header.get("deps", {})}
        at = bisect.bisect_left(wanted, span["first"])
        if at == len(wanted) or wanted[at] > span["last"]:
            continue
        with store.system_read() as s:
            batch = _own_ops(s.connection(), me, span["first"] - 1, None, span["last"])
        sealed = _seal_own(store, key, number, batch, span["deps"], (span["first"], span["last"]))
        target.write_atomic(name, sealed)
        with store.session(capture=False) as s:
            gaps.record_range(s.connection(), number, span["first"], span["last"], span["deps"],
                              len(sealed))
        rewritten += 1
    with store.session(capture=False) as s:
        erasure.rewrites_done(s.connection(), pending)
    if rewritten:
        report.warnings.append(
            f"Riscritti {rewritten} pacchetti di questo computer dopo una cancellazione "
            "(art. 17 GDPR): nella cartella di sincronizzazione non restano copie dei dati "
            "cancellati pubblicate da qui.")


def _clean_root(store, target: Target, key: bytes, report: SyncReport,
                progress: Progress | None) -> bool:
    """After an erasure, ours or received: our bundles written again, hollow, and
    our snapshots replaced by a fresh one (or removed when none can be taken now).
    True when a snapshot was published."""
    rewrite_erased(store, target, key, report)
    with store.system_read() as s:
        if not erasure.is_due(s.connection(), erasure.META_SNAPSHOT_DUE):
            return False
    me, fresh = store.replica_id, False
    if snapshots.own_snapshots(target, me):
        fresh = snapshots.publish_snapshot(store, target, key, report, progress, keep=1)
        if not fresh:
            snapshots.remove_all(target, me)
    with store.session(capture=False) as s:
        erasure.clear(s.connection(), erasure.META_SNAPSHOT_DUE)
    return fresh


def publish(store, target: Target, key: bytes, report: SyncReport, progress: Progress | None = None) -> None:
    with store.session(capture=False) as s:
        identity.adopt_orphans(s.connection(), store.replica_id)
    listed = _own_folder(store, target, key, report)
    _republish_missing(store, target, key, listed, report)
    rewrite_erased(store, target, key, report)
    clashes = 0
    while True:
        me = store.replica_id
        with store.system_read() as s:
            conn = s.connection()
            after = meta.meta_int(conn, meta.META_PUBLISHED_SEQ)
            number = meta.meta_int(conn, meta.META_BUNDLE_NO) + 1
            batch = _own_ops(conn, me, after, BUNDLE_MAX_OPS)
            deps = {r: n for r, n in meta.vector(conn).items() if n > 0}
        if not batch:
            return
        sealed, name = _seal_own(store, key, number, batch, deps), f"{me}/{number:08d}"
        try:
            target.write_atomic(name, sealed, exclusive=True)
        except BundleExistsError:
            # Another file published this number under our id since we listed.
            clashes += 1
            if clashes >= 3:
                raise SyncError("La cartella di sincronizzazione cambia sotto i piedi: un altro "
                                "programma scrive con l'identità di questo computer.") from None
            if _adopt(store, target, key, number, report) != "junk":
                continue  # counted as ours, or a new identity: take the next number
            _replace_junk(target, name, sealed, report)
        with store.session(capture=False) as s:
            conn = s.connection()
            meta.set_meta(conn, meta.META_BUNDLE_NO, number)
            meta.set_meta(conn, meta.META_PUBLISHED_SEQ, batch[-1][0])
            gaps.record_range(conn, number, batch[0][0], batch[-1][0], deps, len(sealed))
        report.published += sum(1 for _seq, op in batch if op[1] != audit.TABLE)  # changes, not accesses
        report.bundles_published += 1
        if progress:
            progress("Invio delle modifiche", report.published, report.published)


# ------------------------------------------------------------------ apply
def apply_bundle(store, header: dict, ops: list[tuple[merge.Op, str | None]]) -> tuple[int, int]:
    """Apply one bundle in one transaction, together with the version vector;
    returns (changes applied, new conflicts); audit rows are applied but not counted."""
    replica, number = header["replica"], header["bundle"]
    with store.session(capture=False) as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        applied = conn.execute(
            sa.select(SyncPeer.applied_bundle).where(SyncPeer.replica_id == replica)).scalar() or 0
        if applied >= number:
            return 0, 0
        with snapshots.large_page_cache(conn):
            counted, conflicts, newest = apply_ops(conn, store.replica_id, ops)
        conn.execute(sa.text(
            "INSERT INTO sync_peer(replica_id, applied_bundle, applied_at) VALUES (:r, :n, :t) "
            "ON CONFLICT(replica_id) DO UPDATE SET applied_bundle = :n, applied_at = :t"),
            {"r": replica, "n": number, "t": utcnow()})
    if newest:
        store.clock.observe(newest)
    return counted, conflicts


def apply_ops(conn, me: str, ops: list[tuple[merge.Op, str | None]]) -> tuple[int, int, str | None]:
    """Apply changes of other replicas inside ``conn``'s transaction (foreign
    keys deferred), skipping those already here (by HLC): (changes applied, not
    counting audit rows; new conflicts; the newest HLC applied, for the clock).
    A bundle's changes, or a district database's change log (``desktop.coordinator``)."""
    merger = merge.Merger(conn, me)
    known = {hlc for hlc, in conn.exec_driver_sql(  # one lookup per stamp, in one statement
        "SELECT hlc FROM change_log WHERE hlc IN (SELECT value FROM json_each(?))",
        (json.dumps([o.hlc for o, _ in ops]),))}
    ops = [(o, who) for o, who in ops if o.hlc not in known]
    by_row: dict[tuple[str, str], list[merge.Op]] = {}
    for o, _ in ops:
        by_row.setdefault((o.table, o.row_id), []).append(o)
    # Fast path: a brand-new row inserted once, never seen here before (and
    # not a hollow entry of an erased row, which only says the row is gone).
    candidates = [k for k, v in by_row.items() if len(v) == 1 and v[0].op == "insert"
                  and not erasure.erased_by(v[0].fields)]
    with_history = set()
    by_table: dict[str, list[str]] = {}
    for t, rid in candidates:
        by_table.setdefault(t, []).append(rid)
    for t, ids in by_table.items():
        with_history.update((t, rid) for rid, in conn.exec_driver_sql(
            "SELECT DISTINCT row_id FROM change_log WHERE table_name = ? "
            "AND row_id IN (SELECT value FROM json_each(?))", (t, json.dumps(ids))))
    fast = [k for k in candidates if k not in with_history]
    fast_set = set(fast)
    slow = [k for k in by_row if k not in fast_set]
    # The driver's own executemany (``core.batch``, ``changes.insert_log``):
    # SQLAlchemy's per-row bookkeeping was a third of applying a bundle of new
    # diary entries; new rows go in from their wire form, dates as text.
    rows, seen = merge.log_rows(ops)
    insert_log(conn, rows)
    bulk_insert(conn, SyncSeen.__table__, seen, prefix="OR REPLACE")
    per_table: dict[str, list[tuple[str, dict]]] = {}
    for k in fast:
        o = by_row[k][0]
        per_table.setdefault(o.table, []).append((o.row_id, o.fields or {}))
    for name in sorted(per_table, key=lambda t: merge.ORDER[t]):
        insert_wire(conn, merge.table(name), per_table[name])
    for name, new_rows in per_table.items():
        _ensure_parents(merger, name, new_rows)
    for k in sorted(slow, key=lambda k: -merge.ORDER[k[0]]):
        merger.settle(*k)
    for o, _ in ops:  # an erasure record: the rows its author detached lose the name here too
        if o.table == Erasure.__tablename__ and o.op == "insert" and o.fields \
                and o.fields.get("kind") == erasure.ERASE:
            erasure.scrub_anonymised(conn, o.fields.get("anonymised"), merger.own)
    if merger.erased:
        erasure.reindex(conn)
    newest = max((o.hlc for o, _ in ops), default=None)
    return sum(1 for o, _ in ops if o.table != audit.TABLE), merger.new_conflicts, newest


def _ensure_parents(merger: merge.Merger, table_name: str, rows: list[tuple[str, dict]]) -> None:
    """New rows (id, wire fields) whose parent is missing here bring it back, or
    go with it when it was erased."""
    fields_of = [fields for _id, fields in rows]
    for column, parent in merge.parents(table_name):
        wanted = set(map(operator.methodcaller("get", column), fields_of)) - {None, ""}
        if not wanted:
            continue
        quote = merger.conn.dialect.identifier_preparer.quote
        present = {pid for pid, in merger.conn.exec_driver_sql(  # one statement, as for the stamps
            f"SELECT id FROM {quote(parent)} WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(wanted)),))}
        for missing in sorted(wanted - present):
            erased_by = merger.settle(parent, missing, 1)
            if erased_by:  # new rows under an erased row go with it (or are detached)
                for row_id, fields in rows:
                    if fields.get(column) == missing:
                        merger.under_erased(table_name, row_id, column, erased_by)


def apply_available(store, target: Target, key: bytes, report: SyncReport,
                    progress: Progress | None) -> None:
    """Apply every bundle of the root that can be applied now, in order; what
    cannot (a damaged or future bundle, a clock ahead) is said in ``report``."""
    me = store.replica_id
    replicas = [r for r in target.list("") if _REPLICA.match(r) and r != me]
    available = {r: {int(n) for n in target.list(r) if _BUNDLE.match(n)} for r in replicas}
    with store.system_read() as s:
        vector = meta.vector(s.connection())
    total = sum(len([n for n in ns if n > vector.get(r, 0)]) for r, ns in available.items())
    blocked: set[str] = set()
    cache: dict[tuple[str, int], tuple[dict, list]] = {}
    schema = meta.our_schema()
    # Tens of thousands of decoded changes and rows, none in a cycle: the
    # cyclic collector's passes over them were a fifth of applying a bundle.
    with collector_paused():
        progressed = True
        while progressed:
            progressed = False
            for r in sorted(available):
                if r in blocked:
                    continue
                number = vector.get(r, 0) + 1
                if number not in available[r]:
                    continue
                name = f"{r}/{number:08d}"
                if (r, number) not in cache:
                    try:
                        header, payload, text = crypto.open_sealed_text(key, target.read(name), name)
                        if bool(header.get("demo")) != store.is_demo:
                            report.held.append(f"Il pacchetto «{name}»: " + root.demo_mismatch_message(
                                store.is_demo, f"il computer {r}"))
                            blocked.add(r)
                            continue
                        if meta.schema_number(str(header.get("schema"))) > schema:
                            report.held.append(
                                f"Il pacchetto «{name}» viene da una versione più recente di Tessere: "
                                "resta in attesa. Aggiorna Tessere per riceverlo."
                            )
                            blocked.add(r)
                            continue
                        cache[(r, number)] = (header, check_bundle(header, payload, r, number, name, text))
                    except BundleError as exc:
                        report.errors.append(str(exc))
                        blocked.add(r)
                        continue
                header, ops = cache[(r, number)]
                if any(vector.get(d, 0) < n for d, n in header.get("deps", {}).items() if d != me):
                    continue  # waits for bundles its author had seen
                if ops and hlc_mod.is_too_far_ahead(max(o.hlc for o, _ in ops)):
                    newest = hlc_mod.Timestamp.parse(max(o.hlc for o, _ in ops))
                    ahead = newest.wall_ms - hlc_mod.wall_clock_ms()
                    report.held.append(
                        f"Le modifiche del computer {r} hanno l'orologio avanti di {duration(ahead)}: "
                        "restano in attesa. Correggete data e ora su quel computer."
                    )
                    blocked.add(r)
                    continue
                try:
                    applied, found = apply_bundle(store, header, ops)
                except (sa.exc.SQLAlchemyError, KeyError, TypeError, ValueError, AttributeError) as exc:
                    # A peer's bug, not ours to halt on: its transaction is rolled back,
                    # its later bundles wait, every other replica goes on.
                    log.warning("bundle %s not applied: %r", name, exc)
                    report.errors.append(
                        f"Il pacchetto «{name}» contiene dati impossibili (forse un errore del "
                        f"programma sul computer {r}): non viene applicato, gli altri sì.")
                    blocked.add(r)
                    continue
                report.applied += applied
                report.conflicts += found
                report.people_arrived.update(o.row_id for o, _ in ops
                                             if o.table == "person" and o.op != "delete")
                report.bundles_applied += 1
                vector[r] = number
                cache.pop((r, number), None)
                progressed = True
                if progress:
                    progress("Ricezione delle modifiche", report.bundles_applied, total)
    report.gaps = gaps.find_gaps(available, vector)
    report.held += [gap.describe() for gap in report.gaps]
    with store.session(capture=False) as s:
        gaps.remember(s.connection(), report.gaps)


def sync_once(store, target: Target, progress: Progress | None = None, *,
              snapshot: bool | None = None) -> SyncReport:
    """Publish, then (a new replica) load the team's snapshot, then apply whatever
    bundles can be applied, then publish a snapshot when ``snapshot`` is True or,
    when None, when ``desktop.sync.snapshot.due``. Never raises for a target or
    bundle problem: the report carries Italian messages and ``retry_later``.
    Every call ends in the sync history."""
    report = SyncReport()
    try:
        _sync_steps(store, target, report, progress, snapshot)
    except TargetError as exc:
        report.errors.append(str(exc))
        report.retry_later = exc.retry_later
    except RootNotConfirmedError as exc:
        report.errors.append(str(exc))
        report.root_unconfirmed = True
    except TessereError as exc:
        report.errors.append(str(exc))
    _clean_file(store, report)
    if store.meta(root.META_CONFIRMED):
        store.set_meta(root.META_CONFIRMED, "")  # a confirmation counts for one sync only
    history.record(store, report)
    return report


def _clean_file(store, report: SyncReport) -> None:
    """After an erasure, the freed pages leave the database file (VACUUM)."""
    with store.system_read() as s:
        if not erasure.is_due(s.connection(), erasure.META_CLEAN_DUE):
            return
    if not erasure.clean_file(store):
        report.warnings.append("La pulizia del database dopo una cancellazione è rimandata: "
                               "il database è in uso. Riprova più tardi.")


def _known_replicas(store) -> set[str]:
    """The laptops whose folders this one has seen in the root: the others whose
    bundles it applied, and itself once it has published."""
    with store.system_read() as s:
        conn = s.connection()
        known = {r for r, n in meta.vector(conn).items() if n > 0}
        if meta.meta_int(conn, meta.META_BUNDLE_NO) > 0:
            known.add(store.replica_id)
    return known


def _sync_steps(store, target: Target, report: SyncReport, progress: Progress | None,
                snapshot: bool | None) -> None:
    store.refresh_identity()  # another process may have given this file a new id
    key = team.require_key(store)
    target.check_reachable()
    published = True
    try:
        report.warnings += root.guard_root(store, target, key, _known_replicas(store))
        publish(store, target, key, report, progress)
    except TargetError as exc:
        if exc.retry_later:
            raise
        # Refused for good (a read-only share, a full server): what the others
        # published can still arrive, and the error is said all the same.
        report.errors.append(str(exc))
        published = False
    snapshots.bootstrap(store, target, key, report, progress)
    apply_available(store, target, key, report, progress)
    conflicts.recheck_conflicts(store)
    _check_duplicates(store, report)
    fresh = False
    if published:  # an erasure, ours or just received: our folder of the root keeps no copy
        try:
            fresh = _clean_root(store, target, key, report, progress)
        except SyncError as exc:
            if isinstance(exc, TargetError) and exc.retry_later:
                raise
            report.errors.append(str(exc))
    if report.errors:  # received, but could not publish: not "synced"
        return
    store.set_meta(meta.META_LAST_SYNC, utcnow().isoformat())
    if not fresh and (snapshot or (snapshot is None and snapshots.due(store))):
        try:
            snapshots.publish_snapshot(store, target, key, report, progress)
        except SyncError as exc:
            report.warnings.append(f"L'istantanea per i nuovi computer non è stata pubblicata: {exc}")


def _check_duplicates(store, report: SyncReport) -> None:
    """Once the bundles are in (never while they are applied): the people that
    arrived against the local ones; the pairs are said, not stored
    (``desktop.core.duplicati``)."""
    if not report.people_arrived:
        return
    from desktop.core.duplicati import duplicate_suspects  # the matching: only when needed

    try:
        with store.system_read() as s:
            report.duplicates = len(duplicate_suspects(s, report.people_arrived))
    except sa.exc.SQLAlchemyError as exc:  # advisory: the sync itself went well
        log.warning("duplicate check skipped: %r", exc)
        report.warnings.append("Il controllo dei possibili doppioni non è riuscito: si vedono "
                               "comunque in Persone › Possibili doppioni.")
        return
    if report.duplicates:
        report.warnings.append(duplicates_message(report.duplicates))


# ------------------------------------------------------------------ in the app
@dataclass(frozen=True)
class SyncOutcome:
    state: SyncState
    report: SyncReport | None = None  # None: the sync did not run
    offline: str | None = None        # why the target was not reachable

    @property
    def message(self) -> str:
        if self.offline:
            return self.offline
        return " ".join(self.report.errors) if self.report else ""


def sync_when_ready(store, progress: Progress | None = None, *, manual: bool) -> SyncOutcome:
    """One sync as the app runs it, to the target in the settings, once a team is
    joined. An automatic sync first checks, cheaply, that the target answers (an
    unreachable one is not a failed sync); a manual one always tries (and says why not)."""
    state = sync_state(store)
    if not (state.configured and state.in_team):
        return SyncOutcome(state)
    try:
        target = settings.make_target(store)
        if not manual:
            target.check_reachable()
    except TargetError as exc:
        return SyncOutcome(state, offline=str(exc))
    report = sync_once(store, target, progress)
    offline = " ".join(report.errors) if report.retry_later else None
    return SyncOutcome(sync_state(store), report, offline)


def confirm_root(store) -> None:
    """The user vouches for the configured root that looks emptied or swapped."""
    target = settings.make_target(store)
    if target is not None:
        root.confirm_root(store, target)
