"""Sync engine: publish this replica's changes as sealed bundles, apply the other
replicas' bundles, keep conflicts for a person to resolve. No Qt: the GUI calls
``sync_when_ready`` from a background operation, the CLI calls ``sync_once`` directly.

Layout of the sync root::

    <root>/<replica-id>/00000001      bundles, numbered from 1, written only by their owner
    <root>/<replica-id>/snapshot-00000001[-0001…]   state for new laptops (``desktop.sync.snapshot``)

Applying the other replicas' bundles, in order and once each: ``desktop.sync.apply``.

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
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.core import audit, erasure
from desktop.core.errors import TessereError
from desktop.core.model import ChangeLog, utcnow
from desktop.sync import (
    conflicts, crypto, gaps, history, identity, meta, root, settings, team,
)
from desktop.sync.apply import apply_available
from desktop.sync.bundle import check_bundle
from desktop.sync import snapshot as snapshots
from desktop.sync.errors import (
    BundleError, BundleExistsError, RootNotConfirmedError, SyncError, TargetError,
)
from desktop.sync.report import Progress, SyncReport, duplicates_message
from desktop.sync.status import SyncState, sync_state
from desktop.sync.targets import Target

log = logging.getLogger(__name__)
BUNDLE_MAX_OPS = 20_000


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
    listed = {int(n): size for n, size in target.sizes(store.replica_id).items() if root.BUNDLE_NAME.match(n)}
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
