"""Bulk inserts through the store (change capture, FTS triggers) vs raw executemany."""
from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import insert, select

from tests.bench.harness import PASSPHRASE, Row, bench, timed

PEOPLE, DIARY = 5_000, 50_000


def _rows(comuni: list[str]) -> tuple[list[dict], list[dict]]:
    from desktop.demo.ids import id_maker
    from desktop.core.model import DiaryEntry, Person

    rng = random.Random(5)
    new_id = id_maker(rng)
    names = json.loads((__import__("desktop.paths", fromlist=["x"]).seeds_dir()
                        / "demo" / "names.json").read_text(encoding="utf-8"))["groups"]

    def blank(model) -> dict:
        return {attr.key: None for attr in model.__mapper__.column_attrs}

    people = []
    for _ in range(PEOPLE):
        group = rng.choice(names)
        row = blank(Person)
        row.update(id=new_id(), first_name=rng.choice(group["male"] + group["female"]),
                   last_name=rng.choice(group["last"]), sex=rng.choice("MF"),
                   birth_date=dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 25000)),
                   residence_comune_id=rng.choice(comuni), citizenship="italiana",
                   created_at=dt.datetime(2026, 1, 1, 9))
        people.append(row)
    diary = []
    for _ in range(DIARY):
        row = blank(DiaryEntry)
        row.update(id=new_id(), person_id=rng.choice(people)["id"], entry_type="colloquio",
                   occurred_at=dt.datetime(2025, 1, 1) + dt.timedelta(minutes=rng.randint(0, 900_000)),
                   text="Colloquio in ufficio: riferisce un periodo più sereno e chiede del tirocinio.",
                   confidentiality="ordinario", status="bozza")
        diary.append(row)
    return people, diary


def _sql_value(value):
    # What SQLAlchemy's SQLite types store, so both paths write the same bytes.
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _raw_insert(store, table: str, rows: list[dict]) -> None:
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    data = [tuple(_sql_value(r[c]) for c in cols) for r in rows]
    raw = store.engine.raw_connection()
    try:
        cur = raw.driver_connection.cursor()
        cur.execute("BEGIN IMMEDIATE")
        cur.executemany(sql, data)
        cur.execute("COMMIT")
    finally:
        raw.close()


@bench
def bulk_insert(ctx) -> list[Row]:
    from desktop.core.model import Comune, DiaryEntry, Person
    from desktop.core.store import Store

    through = Store.open(ctx.scratch / "store.db", passphrase=PASSPHRASE, create=True)
    raw = Store.open(ctx.scratch / "raw.db", passphrase=PASSPHRASE, create=True)
    try:
        with through.read() as s:
            comuni = list(s.scalars(select(Comune.id).where(Comune.territorial_unit_id.is_not(None))))
        people, diary = _rows(comuni)

        def via_store(model, rows):
            with through.session() as s:
                for i in range(0, len(rows), 5000):
                    s.execute(insert(model), rows[i:i + 5000])

        t_people = timed(lambda: via_store(Person, people))
        r_people = timed(lambda: _raw_insert(raw, "person", people))
        t_diary = timed(lambda: via_store(DiaryEntry, diary))
        r_diary = timed(lambda: _raw_insert(raw, "diary_entry", diary))
    finally:
        through.close()
        raw.close()
    return [
        Row(f"inserire {PEOPLE} persone (store, change log)", t_people,
            "executemany sqlcipher3", r_people),
        Row(f"inserire {DIARY} voci di diario (store, change log)", t_diary,
            "executemany sqlcipher3", r_diary),
    ]
