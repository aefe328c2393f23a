"""People search on the ambito dataset: search_people vs the bare FTS5 query."""
from __future__ import annotations

import time

from sqlalchemy import select

from tests.bench.harness import Row, bench, percentile

REPEAT = 15
FIXED = ["stefan tur", "endrit", "cela", "mari ross", "popesc", "el amr", "casalmaggiore",
         "san lazzaro", "porretta", "francesca bian", "ionut", "diop"]
RAW = "SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT 50"


def queries(session) -> list[str]:
    from desktop.core.model import Person

    out = list(FIXED)
    codes = session.scalars(select(Person.codice_fiscale).where(
        Person.codice_fiscale.is_not(None)).order_by(Person.id).limit(4)).all()
    out += [c[:6] for c in codes[:2]] + [c[:9] for c in codes[2:4]]
    return out


@bench
def people_search(ctx) -> list[Row]:
    from desktop.core.search import fts_query, search_people

    store = ctx.dataset("ambito")
    ours, raw = [], []
    with store.read() as s:
        qs = queries(s)
        cursor = s.connection().connection.driver_connection.cursor()
        for q in qs:  # warm the page cache for both paths
            search_people(s, q)
            cursor.execute(RAW, (fts_query(q),)).fetchall()
        for _ in range(REPEAT):
            for q in qs:
                t = time.perf_counter()
                search_people(s, q)
                ours.append(time.perf_counter() - t)
                t = time.perf_counter()
                cursor.execute(RAW, (fts_query(q),)).fetchall()
                raw.append(time.perf_counter() - t)
    note = f"{len(qs)} ricerche × {REPEAT}"
    return [
        Row("search_people p50 (ambito)", percentile(ours, 50), "FTS5 grezzo p50",
            percentile(raw, 50), note),
        Row("search_people p95 (ambito)", percentile(ours, 95), "FTS5 grezzo p95",
            percentile(raw, 95), note),
    ]
