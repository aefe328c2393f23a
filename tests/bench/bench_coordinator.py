"""The coordinator at ambito scale. Seven district teams, each a real encrypted
laptop filled with the demo size «distretto» (one seventh of «ambito»: 2,860
people, seeds 1..7) with its team and a folder root holding its bundles and a
snapshot, built once and cached in the data dir (``districts``); the same seven
at a tenth of that («distretto_decimo», 286 people each) are the baseline of
the re-merge. The issue's targets, each against a figure of the same run:

1. ``merge_districts`` into a new empty coordinator database, against SQLite
   copying the same rows itself (ATTACH + INSERT … SELECT): ≤ 3×;
2. a re-merge of 100 changes made on one district's laptop, 20,000 people
   consolidated against 2,000: ≤ 1.3× (the cost follows the changes);
3. the candidate pairs over the 20,000 merged people against a random 2,000 of
   them: time and comparisons near-linear (~10×, not 100×);
4. the Indicatori page opened again at ambito scale: ≤ 300 ms (it shows its
   last answer at once; the indicators for a year are read again meanwhile,
   in the background, and that read is reported too).

Everything written happens on copies in the scratch folder: the cache is read."""
from __future__ import annotations

import datetime as dt
import gc
import json
import random
import shutil
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from tests.bench.harness import PASSPHRASE, TODAY, Row, bench, timed

SEVEN = 7
BIG, SMALL = "distretto", "distretto_decimo"
CHANGES = 100         # per re-merge: half new diary entries, half people edited
ROUNDS = 5            # re-merges measured on each consolidated database
PAIR_RUNS = 3
SUBSET = 2_000
WARM = 9              # warm indicator calls after the first
TARGET_INDICATORS = 0.300


def name(n: int) -> str:
    return f"Distretto {n}"


def head_count(ctx, size: str) -> int:
    return districts(ctx, size).meta["counts"].get("person", 0)


def italian(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def people(ctx, size: str) -> str:
    """The people of the seven of ``size``, written the Italian way (20.020)."""
    return italian(head_count(ctx, size))


# ------------------------------------------------------------------ the cached districts
@dataclass
class Districts:
    """Seven laptops ``<n>.db`` and their roots ``root-<n>`` (n = 1..7), with the
    team codes and what building them took (``districts.json``)."""

    where: Path
    meta: dict

    def db(self, n: int) -> Path:
        return self.where / f"{n}.db"

    def root(self, n: int) -> Path:
        return self.where / f"root-{n}"

    def code(self, n: int) -> str:
        return self.meta["codes"][n - 1]


def districts(ctx, size: str) -> Districts:
    """The seven district laptops of demo ``size``, built once and cached in the
    data dir under the key of ``Context.dataset_path`` (seed, schema, seeds,
    generator): building takes minutes. A half-built set is never used."""
    made = ctx.__dict__.setdefault("_coordinator_districts", {})
    if size in made:
        return made[size]
    where = ctx.data_dir / ("coordinamento-" + ctx.dataset_path(size).stem)
    meta = where / "districts.json"
    if ctx.rebuild or not meta.exists():
        for old in ctx.data_dir.glob(f"coordinamento-{size}-*"):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        partial = where.with_name(where.name + ".partial")
        partial.mkdir(parents=True)
        print(f"  (costruisco {SEVEN} distretti «{size}» in {where.name}…)", flush=True)
        started = time.perf_counter()
        codes, counts = build_districts(partial, size, ctx.seed)
        (partial / "districts.json").write_text(json.dumps({
            "codes": codes, "counts": counts, "seconds": time.perf_counter() - started}))
        partial.rename(where)
        ctx.__dict__.setdefault("built_now", set()).add(f"coordinamento-{size}")
    made[size] = Districts(where, json.loads(meta.read_text()))
    return made[size]


def build_districts(where: Path, size: str, seed: int) -> tuple[list[str], dict]:
    """Each laptop: demo data of its own seed, its team, its root with bundles
    and a snapshot (what a coordinator's first merge reads)."""
    from desktop import demo
    from desktop.core.store import Store
    from desktop.sync import engine, team
    from desktop.sync.targets import FolderTarget

    codes, counts = [], {}
    for n in range(1, SEVEN + 1):
        store = Store.open(where / f"{n}.db", passphrase=PASSPHRASE, create=True)
        try:
            summary = demo.build(store, size=size, seed=seed + n - 1, today=TODAY)
            codes.append(team.create_team(store))
            (where / f"root-{n}").mkdir()
            report = engine.sync_once(store, FolderTarget(where / f"root-{n}"), snapshot=True)
            if not report.ok or not report.snapshot_published:
                raise RuntimeError(f"Sincronizzazione del distretto {n} non riuscita: "
                                   f"{report.errors or report.warnings}")
        finally:
            store.close()
        for table, count in summary.counts.items():
            counts[table] = counts.get(table, 0) + count
        print(f"    distretto {n}/{SEVEN}: {summary.counts.get('person')} persone", flush=True)
    return codes, counts


# ------------------------------------------------------------------ merging them
@dataclass
class Consolidated:
    """A coordinator database in the scratch folder that merged the seven, with
    copies of the roots and of the first district's laptop (the one that changes)."""

    size: str
    where: Path
    seconds: float
    reports: list

    @property
    def path(self) -> Path:
        return self.where / "coordinamento.db"

    @property
    def laptop(self) -> Path:
        return self.where / "1.db"

    def root(self, n: int) -> Path:
        return self.where / f"root-{n}"

    def open(self):
        from desktop.core.store import Store

        return Store.open(self.path, passphrase=PASSPHRASE)


def consolidated(ctx, size: str) -> Consolidated:
    """The seven of ``size`` merged, once per run: the first merge is timed here."""
    from desktop.coordinator.districts import add_district
    from desktop.coordinator.merge import merge_districts
    from desktop.core.store import Store

    done = ctx.__dict__.setdefault("_coordinator_merged", {})
    if size in done:
        return done[size]
    source = districts(ctx, size)
    where = ctx.scratch / f"coordinamento-{size}"
    where.mkdir()
    for n in range(1, SEVEN + 1):
        shutil.copytree(source.root(n), where / f"root-{n}")
    shutil.copy(source.db(1), where / "1.db")
    coordinator = Store.open(where / "coordinamento.db", passphrase=PASSPHRASE, create=True)
    try:
        coordinator.mark_demo()
        for n in range(1, SEVEN + 1):
            add_district(coordinator, name(n), code=source.code(n), folder=str(where / f"root-{n}"))
        start = time.perf_counter()
        reports = merge_districts(coordinator)
        seconds = time.perf_counter() - start
    finally:
        coordinator.close()
    failed = [e for r in reports for e in r.errors]
    if failed or not all(r.snapshot for r in reports):
        raise RuntimeError(f"Unione dei distretti «{size}» non riuscita: {failed}")
    done[size] = Consolidated(size, where, seconds, reports)
    return done[size]


def raw_copy(source: Districts, path: Path) -> tuple[float, int]:
    """The floor of a first merge: SQLite itself copies every syncable table's
    rows and the change log of the seven district files into a new database of
    the same schema, one transaction per district, in foreign-key order, with
    the page cache the snapshot loader gives itself (else the floor is a cache
    too small for the indexes). The files are attached (with the passphrase, as
    ``Store.open`` keys them) and their keys derived before the clock starts:
    the merge derives none. Returns seconds, log rows copied."""
    from desktop.core import keys
    from desktop.core.model import ChangeLog, syncable_models
    from desktop.core.store import Store
    from desktop.sync.snapshot import LOAD_CACHE_KIB

    target = Store.open(path, passphrase=PASSPHRASE, create=True)  # schema and reference data
    tables = [m.__table__ for m in syncable_models()]
    log_columns = ", ".join(c.name for c in ChangeLog.__table__.columns if c.name != "seq")
    raw = target.engine.raw_connection()
    try:
        conn = raw.driver_connection  # autocommit: ATTACH outside a transaction
        conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        for n in range(1, SEVEN + 1):
            where = str(source.db(n)).replace("'", "''")
            conn.execute(f"ATTACH DATABASE '{where}' AS d{n} "
                         f"KEY {keys.passphrase_pragma(PASSPHRASE)}")
            conn.execute(f"SELECT count(*) FROM d{n}.sqlite_master").fetchone()  # the KDF
        start = time.perf_counter()
        for n in range(1, SEVEN + 1):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                conn.execute(f'INSERT OR IGNORE INTO main."{table.name}" ({columns}) '
                             f'SELECT {columns} FROM d{n}."{table.name}"')
            conn.execute(f"INSERT INTO main.change_log ({log_columns}) "
                         f"SELECT {log_columns} FROM d{n}.change_log ORDER BY seq")
            conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        rows = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        for n in range(1, SEVEN + 1):
            conn.execute(f"DETACH DATABASE d{n}")
    finally:
        raw.close()
        target.close()
    return seconds, rows


@bench
def first_merge(ctx) -> list[Row]:
    big_source = districts(ctx, BIG)
    raw_seconds, raw_rows = raw_copy(big_source, ctx.scratch / "copia-grezza.db")
    for leftover in ctx.scratch.glob("copia-grezza.db*"):  # 1 GB of nothing to keep
        leftover.unlink()
    big = consolidated(ctx, BIG)
    small = consolidated(ctx, SMALL)
    many, few = people(ctx, BIG), people(ctx, SMALL)
    applied = sum(r.applied for r in big.reports)
    each = [r.seconds for r in big.reports]
    built = (f"costruiti ora in {big_source.meta['seconds']:.0f} s"
             if f"coordinamento-{BIG}" in ctx.__dict__.get("built_now", set())
             else f"in cache (costruiti in {big_source.meta['seconds']:.0f} s)")
    return [
        Row(f"unire {SEVEN} distretti in un database nuovo", big.seconds,
            "ATTACH + INSERT … SELECT", raw_seconds,
            f"{SEVEN} × «{BIG}», {many} persone; {applied} modifiche dalle istantanee "
            f"(la copia grezza: {raw_rows} righe di registro); per distretto, nell'ordine, "
            f"{' '.join(f'{x:.1f}' for x in each)} s; distretti {built}; obiettivo ≤ 3×"),
        Row(f"  unire {SEVEN} distretti, {many} persone", big.seconds,
            f"{SEVEN} × «{SMALL}», {few} persone", small.seconds,
            f"quanto cresce la prima unione con i dati (lineare ≈ "
            f"{head_count(ctx, BIG) / head_count(ctx, SMALL):.1f}×)"),
    ]


# ------------------------------------------------------------------ re-merge
def make_changes(laptop, round_no: int) -> None:
    """``CHANGES`` writes on a district's laptop, one per session as operators
    make them: half new diary entries, half people's phone numbers changed."""
    from desktop.core.model import DiaryEntry, Person

    half = CHANGES // 2
    with laptop.read() as s:
        chosen = list(s.scalars(sa.select(Person.id).order_by(Person.id)
                                .offset(round_no * half).limit(half)))
    when = dt.datetime.combine(TODAY, dt.time(9)) + dt.timedelta(days=round_no)
    for n, person_id in enumerate(chosen):
        with laptop.session() as s:
            s.add(DiaryEntry(person_id=person_id, entry_type="colloquio",
                             occurred_at=when + dt.timedelta(minutes=n),
                             text=f"Colloquio di verifica ({round_no}.{n})."))
        with laptop.session() as s:
            s.get(Person, person_id).phone = f"0372 {round_no:02d}{n:04d}"


def publish_changes(merged: Consolidated, round_no: int) -> None:
    from desktop.core.store import Store
    from desktop.sync import engine
    from desktop.sync.targets import FolderTarget

    with Store.open(merged.laptop, passphrase=PASSPHRASE) as laptop:
        make_changes(laptop, round_no)
        report = engine.sync_once(laptop, FolderTarget(merged.root(1)))
    if not report.ok or not report.bundles_published:
        raise RuntimeError(f"Il portatile non ha pubblicato le modifiche: {report.errors}")


@bench
def re_merge(ctx) -> list[Row]:
    from desktop.coordinator.merge import merge_districts

    big, small = consolidated(ctx, BIG), consolidated(ctx, SMALL)
    many, few = people(ctx, BIG), people(ctx, SMALL)
    stores = {BIG: big.open(), SMALL: small.open()}
    samples: dict[str, list[float]] = {BIG: [], SMALL: []}
    applied: dict[str, list[int]] = {BIG: [], SMALL: []}
    first: dict[str, float] = {}
    idle: dict[str, list[float]] = {BIG: [], SMALL: []}
    try:
        for size, store in stores.items():  # nothing changed anywhere
            first[size] = timed(lambda: merge_districts(store))
            idle[size] = [timed(lambda: merge_districts(store)) for _ in range(3)]
        for round_no in range(ROUNDS):
            for merged in (big, small):
                publish_changes(merged, round_no)
            order = (BIG, SMALL) if round_no % 2 else (SMALL, BIG)
            for size in order:
                start = time.perf_counter()
                reports = merge_districts(stores[size])
                samples[size].append(time.perf_counter() - start)
                if any(r.errors for r in reports):
                    raise RuntimeError(f"Riunione non riuscita: {[r.errors for r in reports]}")
                applied[size].append(sum(r.applied for r in reports))
    finally:
        for store in stores.values():
            store.close()
    return [
        Row(f"riunire {CHANGES} modifiche, {many} persone (mediana)",
            statistics.median(samples[BIG]), f"stesse su {few} persone (mediana)",
            statistics.median(samples[SMALL]),
            f"{ROUNDS} volte: {CHANGES // 2} voci di diario nuove e {CHANGES // 2} telefoni "
            f"cambiati su un portatile, poi sync; modifiche ricevute {applied[BIG][0]} e "
            f"{applied[SMALL][0]}; obiettivo ≤ 1,3×"),
        Row(f"  riunire senza modifiche, {many} persone (mediana)", statistics.median(idle[BIG]),
            f"{few} persone", statistics.median(idle[SMALL]),
            f"{SEVEN} cartelle lette, nulla da applicare; la prima volta dopo l'unione iniziale "
            f"{first[BIG]:.2f} s contro {first[SMALL]:.2f} s"),
    ]


# ------------------------------------------------------------------ same person
@bench
def candidate_pairs(ctx) -> list[Row]:
    from desktop.coordinator.pairs import cross_district_pairs
    from desktop.core import matching
    from desktop.core.model import RecordOrigin

    store = consolidated(ctx, BIG).open()
    try:
        with store.read() as s:
            start = time.perf_counter()
            origin = dict(s.execute(sa.select(RecordOrigin.row_id, RecordOrigin.district_id)
                                    .where(RecordOrigin.table_name == "person")).all())
            records = matching.read_records(s, origin)
            reading = time.perf_counter() - start
            start = time.perf_counter()
            pairs, _ = cross_district_pairs(s)
            whole = time.perf_counter() - start
    finally:
        store.close()
    subset = random.Random(ctx.seed).sample(records, SUBSET)
    times: dict[int, list[float]] = {len(records): [], SUBSET: []}
    stats = {}
    for n in range(PAIR_RUNS):  # alternated, so drift hits both alike
        for chosen in ((records, subset) if n % 2 else (subset, records)):
            _found, stats[len(chosen)] = matching.candidates(chosen)
            times[len(chosen)].append(stats[len(chosen)].seconds)
    many, few = stats[len(records)], stats[SUBSET]

    def kinds(s) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(s.by_key.items()))

    return [
        Row(f"coppie candidate, {italian(len(records))} persone (mediana)",
            statistics.median(times[len(records)]), f"{italian(SUBSET)} di loro a caso",
            statistics.median(times[SUBSET]),
            f"matching.candidates, {PAIR_RUNS} volte; lineare ≈ "
            f"{len(records) / SUBSET:.0f}×, quadratico ≈ {(len(records) / SUBSET) ** 2:.0f}×"),
        Row(f"  confronti, {italian(len(records))} persone", many.comparisons,
            f"{italian(SUBSET)} persone", few.comparisons,
            f"per blocco: {kinds(many)} contro {kinds(few)}; blocchi saltati "
            f"{many.skipped_blocks} e {few.skipped_blocks}", unit="confronti"),
        Row("coppie tra distretti (cross_district_pairs)", whole,
            "sola lettura dei record", reading,
            f"{len(pairs)} coppie da decidere su {italian(len(records))} persone"),
    ]


# ------------------------------------------------------------------ indicators
def page_shows(merged: Consolidated, runs: int = 5) -> list[float]:
    """The Indicatori page coming back into view: it puts its last answer on
    screen (charts and tables, on the GUI thread) while a fresh read runs in
    the background; offscreen Qt, the tables read once beforehand."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.reports.indicators import Filters, indicators
    from desktop.ui.pages.indicatori import IndicatoriPage

    app = QApplication.instance() or QApplication([])
    period = Filters(dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))
    store = merged.open()
    try:
        with store.read() as s:
            tables = indicators(s, period, today=TODAY)
        page = IndicatoriPage(store)
        page.resize(1366, 700)
        page.show()
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            page._show(tables)
            app.processEvents()
            times.append(time.perf_counter() - start)
        page.close()
        page.deleteLater()
        app.processEvents()
    finally:
        store.close()
    return times[1:]


def indicator_times(merged: Consolidated) -> tuple[float, list[float], list[float], int]:
    """The first call on a database just opened (cold), then ``WARM`` more, then
    ``WARM`` more with Python's cyclic garbage collector off: at ambito scale
    part of the time is its passes over the ORM objects the indicators load."""
    from desktop.reports.indicators import Filters, indicators

    period = Filters(dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))
    store = merged.open()
    try:
        def once() -> tuple[float, int]:
            with store.read() as s:
                start = time.perf_counter()
                tables = indicators(s, period, today=TODAY)
                return time.perf_counter() - start, len(tables)

        cold, count = once()
        warm = [once()[0] for _ in range(WARM)]
        gc.collect()
        gc.disable()
        try:
            bare = [once()[0] for _ in range(WARM)]
        finally:
            gc.enable()
    finally:
        store.close()
    return cold, warm, bare, count


@bench
def indicators_year(ctx) -> list[Row]:
    big_cold, big_warm, big_bare, tables = indicator_times(consolidated(ctx, BIG))
    small_cold, small_warm, small_bare, _ = indicator_times(consolidated(ctx, SMALL))
    warm = statistics.median(big_warm)
    many, few = people(ctx, BIG), people(ctx, SMALL)
    return [
        Row(f"indicatori di un anno, {many} persone (mediana a caldo)", warm,
            f"stessi su {few} persone", statistics.median(small_warm),
            f"{tables} tabelle, {WARM} chiamate dopo la prima; il calcolo che la pagina fa "
            f"in sottofondo ({'entro' if warm <= TARGET_INDICATORS else 'oltre'} i "
            f"{TARGET_INDICATORS * 1000:.0f} ms); senza il garbage collector "
            f"{statistics.median(big_bare) * 1000:.0f} ms contro "
            f"{statistics.median(small_bare) * 1000:.0f} ms"),
        Row(f"  prima chiamata (a freddo), {many} persone", big_cold,
            "a caldo (mediana)", warm,
            f"subito dopo l'apertura del database; su {few} persone {small_cold * 1000:.0f} ms"),
        Row(f"pagina Indicatori riaperta, {many} persone (mediana)",
            statistics.median(page_shows(consolidated(ctx, BIG))),
            f"stessa pagina, {few} persone", statistics.median(page_shows(consolidated(ctx, SMALL))),
            f"grafici e tabelle dall'ultima risposta, mentre i numeri si rileggono in "
            f"sottofondo; obiettivo ≤ {TARGET_INDICATORS * 1000:.0f} ms dopo la prima volta"),
    ]
