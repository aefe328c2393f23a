"""The audit's cost where a user feels it, on a copy of the ambito dataset:
opening a scheda (header and first diary page, each read then its audit row
appended) and a search whose first hit is opened, each against the same reads
without the audit (the undecorated functions), alternated in the same run."""
from __future__ import annotations

import shutil
import statistics
import time

from sqlalchemy import func, select

from tests.bench.harness import PASSPHRASE, Row, bench, percentile

RUNS = 40
FIXED = ["stefan tur", "endrit", "mari ross", "popesc", "francesca bian", "diop"]


def audited_copy(ctx, size: str = "ambito"):
    """A scratch copy: the audit rows written here must not change the cached dataset."""
    from desktop.core.store import Store

    ctx.dataset(size).close()
    ctx._stores.pop(size, None)
    path = ctx.scratch / f"audit-{size}.db"
    shutil.copy(ctx.dataset_path(size), path)
    return Store.open(path, passphrase=PASSPHRASE)


def busiest_person(store) -> str:
    from desktop.core.model import DiaryEntry

    with store.read() as s:
        return s.scalar(select(DiaryEntry.person_id).group_by(DiaryEntry.person_id)
                        .order_by(func.count().desc(), DiaryEntry.person_id).limit(1))


def open_scheda(store, person_id: str, audited: bool) -> float:
    """What the scheda reads first: the header, then the diary's first page."""
    from desktop.core.anagrafica import person_header
    from desktop.core.cartella.diario import timeline

    header = person_header if audited else person_header.__wrapped__
    diary = timeline if audited else timeline.__wrapped__
    start = time.perf_counter()
    with store.read() as s:
        header(s, person_id)
    with store.read() as s:
        diary(s, person_id, offset=0, limit=500)
    return time.perf_counter() - start


def search_and_open(store, text: str, audited: bool) -> float:
    from desktop.core.anagrafica import person_header
    from desktop.core.search import search_people

    header = person_header if audited else person_header.__wrapped__
    start = time.perf_counter()
    with store.read() as s:
        hits = search_people(s, text)
    if hits:
        with store.read() as s:
            header(s, hits[0].id)
    return time.perf_counter() - start


@bench
def audit_overhead(ctx) -> list[Row]:
    store = audited_copy(ctx)
    try:
        person_id = busiest_person(store)
        on, off = [], []
        for n in range(RUNS):  # alternated, so drift hits both alike
            first, second = (True, False) if n % 2 else (False, True)
            for flag in (first, second):
                (on if flag else off).append(open_scheda(store, person_id, flag))
        search_on, search_off = [], []
        for n in range(RUNS // 4):
            for text in FIXED:
                for flag in ((True, False) if n % 2 else (False, True)):
                    (search_on if flag else search_off).append(search_and_open(store, text, flag))
        with store.read() as s:
            checked = timed_verify(s)
    finally:
        store.close()
    return [
        Row("apertura scheda con audit (mediana)", statistics.median(on),
            "senza audit", statistics.median(off), f"{RUNS} aperture, 2 righe di audit ciascuna"),
        Row("ricerca e apertura con audit p95", percentile(search_on, 95),
            "senza audit p95", percentile(search_off, 95),
            f"{len(search_on)} ricerche, il primo risultato aperto"),
        Row("tessere audit verify", checked[0], "", None, f"{checked[1]} righe"),
    ]


def timed_verify(session) -> tuple[float, int]:
    from desktop.core import audit

    start = time.perf_counter()
    report = audit.verify(session)
    return time.perf_counter() - start, sum(report.chains.values())
