"""HSDS exchange of an ambito's directory (1,500 services): preview and import into
an empty database next to a bare executemany of the same rows into an encrypted
SQLCipher file, in the same run; and the export."""
from __future__ import annotations

import dataclasses
import time

from sqlalchemy import select

from tests.bench.harness import PASSPHRASE, TODAY, Row, bench

SERVICES = 1500
TABLES = ("organisation", "location", "service", "service_taxonomy", "service_at_location",
          "contact", "schedule")


def _source(ctx):
    """A store holding only an ambito-sized directory, built once per run."""
    from desktop.core.store import Store
    from desktop.demo.generator import _Generator

    store = Store.open(ctx.scratch / "hsds-sorgente.db", passphrase=PASSPHRASE, create=True)
    generator = _Generator(store, "ambito", ctx.seed, TODAY, lambda message: None)
    generator.size = dataclasses.replace(generator.size, services=SERVICES)
    with store.session() as s:
        generator.load_reference(s)
        generator.organisations(s)
        generator.operators(s)
        generator.services(s)
    return store


@bench
def hsds_import(ctx) -> list[Row]:
    from desktop.core.model import Base, ChangeLog
    from desktop.core.risorse import hsds
    from desktop.core.store import Store

    source = _source(ctx)
    folder = ctx.scratch / "hsds-pacchetto"
    folder.mkdir()
    with source.read() as s:
        started = time.perf_counter()
        exported = hsds.export_package(s, folder)
        export_seconds = time.perf_counter() - started
    source.close()

    target = Store.open(ctx.scratch / "hsds-import.db", passphrase=PASSPHRASE, create=True)
    started = time.perf_counter()
    with target.read() as s:
        plan = hsds.preview_import(s, folder)
    preview_seconds = time.perf_counter() - started
    started = time.perf_counter()
    with target.session() as s:
        result = hsds.apply_import(s, plan)
    apply_seconds = time.perf_counter() - started
    with target.read() as s:
        rows = {}
        for name in TABLES:
            table = Base.metadata.tables[name]
            rows[name] = (list(table.columns.keys()),
                          [tuple(r) for r in s.execute(select(table)).all()])
        log = ChangeLog.__table__
        columns = [c for c in log.columns.keys() if c != "seq"]  # seq: the file numbers it
        logged = (columns, [tuple(r) for r in s.execute(select(*(log.c[c] for c in columns)))])
    target.close()

    written = sum(len(values) for _c, values in rows.values())
    raw_seconds = _raw(ctx.scratch / "hsds-grezzo.db", rows)
    # What change capture adds, which the import must write and the baseline does
    # not: each row's change_log entry. Not the target's baseline, its floor.
    floor_seconds = _raw(ctx.scratch / "hsds-grezzo-log.db", {**rows, "change_log": logged})
    parse_seconds, parsed = _bare_parse(folder)
    note = (f"{exported.counts['service']} servizi, {result.new} righe nuove, "
            f"{written} righe nel database")
    return [
        Row("HSDS: importazione (apply_import, 1.500 servizi)", apply_seconds,
            "executemany grezzo delle stesse righe (SQLCipher)", raw_seconds, note),
        Row("HSDS: anteprima + importazione (1.500 servizi)", preview_seconds + apply_seconds,
            "executemany grezzo delle stesse righe (SQLCipher)", raw_seconds, note),
        Row("HSDS: solo anteprima (preview_import)", preview_seconds,
            "csv.reader grezzo degli stessi file", parse_seconds,
            f"{parsed} righe HSDS lette, controllate e confrontate"),
        Row("HSDS: solo scrittura (apply_import)", apply_seconds,
            "executemany grezzo delle stesse righe + il loro change_log", floor_seconds,
            f"{written} righe e {len(logged[1])} voci del registro delle modifiche"),
        Row("HSDS: esportazione CSV (1.500 servizi)", export_seconds, "", None,
            f"{sum(exported.counts.values())} righe HSDS in {len(exported.files)} file"),
    ]


def _bare_parse(folder) -> tuple[float, int]:
    """Seconds to decode and split every CSV of the package with csv.reader,
    and the rows read: what any reader of the package pays before a check."""
    import csv
    import io

    started = time.perf_counter()
    rows = 0
    for path in sorted(folder.glob("*.csv")):
        rows += len(list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"),
                                                newline="")))) - 1
    return time.perf_counter() - started, rows


def _raw(path, rows) -> float:
    """Seconds to write ``rows`` (table -> (columns, values)) with the driver's
    executemany into a new store's encrypted file, in one transaction."""
    from desktop.core.store import Store

    raw = Store.open(path, passphrase=PASSPHRASE, create=True)
    connection = raw.engine.raw_connection()
    cursor = connection.cursor()
    started = time.perf_counter()
    cursor.execute("BEGIN")  # one transaction, as the import's (the store's driver autocommits)
    for name, (columns, values) in rows.items():
        cursor.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
                           f"({', '.join('?' for _ in columns)})",
                           [tuple(_wire(v) for v in row) for row in values])
    connection.commit()
    seconds = time.perf_counter() - started
    connection.close()
    raw.close()
    return seconds


def _wire(value):
    """What SQLite stores for the model's JSON lists and dates."""
    import datetime as dt
    import json

    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
