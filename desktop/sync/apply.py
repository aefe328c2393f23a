"""Applying the other replicas' bundles from the sync root (``engine.sync_once``
calls ``apply_available``), and any batch of their changes (``apply_ops``: the
coordinator's district files too).

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
"""
from __future__ import annotations

import json
import logging
import operator

import sqlalchemy as sa

from desktop.core import audit, erasure, hlc as hlc_mod
from desktop.core.batch import bulk_insert, collector_paused, insert_wire
from desktop.core.changes import insert_log
from desktop.core.model import Erasure, SyncPeer, SyncSeen, utcnow
from desktop.sync import crypto, gaps, merge, meta, root
from desktop.sync import snapshot as snapshots
from desktop.sync.bundle import check_bundle
from desktop.sync.errors import BundleError
from desktop.sync.report import Progress, SyncReport, duration
from desktop.sync.targets import Target

log = logging.getLogger(__name__)


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
    replicas = [r for r in target.list("") if root.REPLICA_NAME.match(r) and r != me]
    available = {r: {int(n) for n in target.list(r) if root.BUNDLE_NAME.match(n)} for r in replicas}
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
