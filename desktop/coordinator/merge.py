"""Merging the districts into the coordinator's database: for each district, the
team's snapshot the first time (``desktop.sync.snapshot``, new to that team),
then every bundle not applied yet (``desktop.sync.apply.apply_available``):
the cost of a re-merge follows what changed in the districts, not their size.
A district handed over as a file is read past what was read before
(``desktop.coordinator.files``).
The coordinator only reads the districts' roots; its database never publishes
there. Each record brought in is attributed to its district (``record_origin``).

One merge at a time per database (``<db>.merge.lock``): a second coordinator
merging the same file is told and waits for nothing. A district that cannot be
merged (unreachable, another team's root, a newer Tessere) is said in its
report and the others go on; what was already merged stays.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import sqlalchemy as sa

from desktop.core import filelock
from desktop.core.errors import TessereError
from desktop.core.model import ChangeLog, CoordinatorDistrict, RecordOrigin, utcnow
from desktop.coordinator.districts import check_root, districts, file_passphrase, target_of
from desktop.coordinator.files import merge_file
from desktop.coordinator.outcome import Outcome
from desktop.coordinator.region import RegionPublish, configured_url, publish
from desktop.sync import apply, root, snapshot
from desktop.sync.errors import TargetError
from desktop.sync.report import SyncReport

Progress = Callable[[str, int, int], None]


class MergeCancelled(TessereError):
    """The coordinator stopped the merge: what was merged until then stays."""


@dataclass
class DistrictMerge(Outcome):
    """What merging one district did, in Italian where a person reads it."""

    district: str
    applied: int = 0            # changes
    bundles: int = 0
    snapshot: str | None = None  # the team's snapshot loaded, the first time
    new_records: int = 0

    def summary(self) -> str:
        if self.errors:
            return " ".join(self.errors)
        parts = [f"{self.applied} modifiche ricevute ({self.new_records} nuovi record)."]
        if self.snapshot:
            parts.append("Primo arrivo dall'istantanea della squadra.")
        return " ".join(parts + self.warnings)


def merge_districts(store, names: list[str] | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] = lambda: False) -> list[DistrictMerge]:
    """Merge every district (or those ``names``), one after the other."""
    chosen = [d for d in districts(store)
              if names is None or d.name.casefold() in {n.casefold() for n in names}]
    lock = Path(str(store.path) + ".merge")
    reports = []
    with filelock.database_lock(lock, doing="unendo i distretti in questo database",
                                timeout=1.0):
        for n, district in enumerate(chosen):
            if cancelled():
                raise MergeCancelled("Unione interrotta: i distretti già uniti restano.")
            if progress:
                progress(f"Distretto {district.name}", n, len(chosen))
            reports.append(merge_district(store, district, progress, cancelled))
    return reports


@dataclass
class MergeOutcome:
    districts: list[DistrictMerge]
    region: RegionPublish | None = None  # when a PostgreSQL store is configured


def merge_and_publish(store, progress: Progress | None = None,
                      cancelled: Callable[[], bool] = lambda: False) -> MergeOutcome:
    """Every district, then the region's PostgreSQL store where one is set
    (``coordinator.region``): what the Coordinamento page's «Unisci» does."""
    outcome = MergeOutcome(merge_districts(store, progress=progress, cancelled=cancelled))
    if configured_url(store) is not None:
        outcome.region = publish(store, progress, cancelled)
    return outcome


def merge_district(store, district: CoordinatorDistrict, progress: Progress | None = None,
                   cancelled: Callable[[], bool] = lambda: False) -> DistrictMerge:
    out = DistrictMerge(district.name)
    started = time.monotonic()
    report = SyncReport()

    def step(label: str, done: int, total: int) -> None:
        if cancelled():
            raise MergeCancelled("Unione interrotta: i distretti già uniti restano.")
        if progress:
            progress(f"{district.name}: {label}", done, total)

    try:
        if district.kind == "file":
            report.applied, report.conflicts, _replica = merge_file(
                store, district, file_passphrase(store, district), step)
        else:
            _merge_root(store, district, report, out, step)
    except MergeCancelled:
        raise
    except TessereError as exc:  # the next district goes on; an unreachable one, later
        out.errors.append(f"«{district.name}»: {exc}")
        out.retry_later = isinstance(exc, TargetError) and exc.retry_later
    finally:  # what arrived is the district's, also when the merge stopped half-way
        out.new_records = _attribute(store, district.id)
    out.applied, out.bundles = report.applied, report.bundles_applied
    out.snapshot = report.snapshot_loaded
    out.errors += [f"«{district.name}»: {e}" for e in report.errors]
    out.warnings += report.warnings + report.held
    out.seconds = time.monotonic() - started
    _record_outcome(store, district.id, out)
    return out


def _merge_root(store, district: CoordinatorDistrict, report: SyncReport, out: DistrictMerge,
                step: Progress) -> None:
    target, key = target_of(store, district)
    check_root(store, target, key, district.name)
    team = frozenset(r for r in target.list("") if root.REPLICA_NAME.match(r))
    if district.replicas and not team & set(district.replicas):
        out.warnings.append(
            f"La cartella di «{district.name}» non contiene più nessuno dei computer già visti: "
            "forse è stata svuotata, sostituita o non è collegata. Quanto già unito resta.")
    remember_replicas(store, district.id, team)  # before their changes arrive
    snapshot.bootstrap(store, target, key, report, step, team=team)
    apply.apply_available(store, target, key, report, step)


def _attribute(store, district_id: str) -> int:
    """Every record the district's laptops wrote into this database since the
    last attribution is the district's, unless an earlier merge attributed it;
    how many were new. From the district's own mark in the change log, so a
    merge killed before this point is attributed by the next one.

    The other districts' marks move past what this merge brought when none of
    it came from their laptops: each attribution then reads only the changes
    its own merge brought, not those of every district merged after it."""
    with store.session(capture=False) as s:
        district = s.get(CoordinatorDistrict, district_id)
        start = district.attributed_upto or 0
        upto = s.scalar(sa.select(sa.func.max(ChangeLog.seq))) or 0
        replicas = set(district.replicas or [])
        if upto <= start:
            return 0
        brought = sa.and_(ChangeLog.seq > start, ChangeLog.seq <= upto)
        new = 0
        if replicas:
            new = s.execute(
                sa.insert(RecordOrigin).from_select(
                    ["table_name", "row_id", "district_id"],
                    sa.select(ChangeLog.table_name, ChangeLog.row_id, sa.literal(district_id))
                    .where(brought, ChangeLog.replica_id.in_(replicas)).distinct())
                .prefix_with("OR IGNORE")).rowcount or 0
        foreign = set(s.scalars(sa.select(ChangeLog.replica_id).distinct().where(brought))) - replicas
        for other in s.scalars(sa.select(CoordinatorDistrict).where(
                CoordinatorDistrict.id != district_id,
                CoordinatorDistrict.attributed_upto >= start,
                CoordinatorDistrict.attributed_upto < upto)):
            if not foreign & set(other.replicas or []):
                other.attributed_upto = upto
        district.attributed_upto = upto
        return new


def remember_replicas(store, district_id: str, replicas) -> None:
    """The laptops whose changes are this district's."""
    with store.session(capture=False) as s:
        district = s.get(CoordinatorDistrict, district_id)
        district.replicas = sorted(set(district.replicas or []) | set(replicas))


def _record_outcome(store, district_id: str, out: DistrictMerge) -> None:
    with store.session(capture=False) as s:
        district = s.get(CoordinatorDistrict, district_id)
        if district is None:
            return
        district.last_merge_at = utcnow()
        district.last_merge = {"applied": out.applied, "bundles": out.bundles,
                               "new_records": out.new_records, "snapshot": out.snapshot,
                               "seconds": round(out.seconds, 2), "errors": out.errors,
                               "warnings": out.warnings}
