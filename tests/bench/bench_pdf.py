"""Benchmark of the printed documents, against a baseline measured in the same run.

* Patto PDF vs a bare reportlab document with the same page count, the same text
  and the same embedded font (one plain paragraph per page: no database, tables,
  QR or decorations): the ratio is the figure (target ≤ 1.5×, and ≤ 150 ms a
  patto). A second line times the patto's own flowables in a bare document, to
  separate the cost of the content (tables, QR) from the cost of the frame.
* A home-visit pack of 50 visits (target ≤ 5 s).

Run: ``python -m tests.bench.bench_pdf``.
"""
from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from sqlalchemy import select

from desktop.core.model import Comune, DiaryEntry, Operator, Organisation, Person
from desktop.core.rules import codice_fiscale as cf
from desktop.core import patti as rules
from desktop.core.store import Store
from desktop.pdf import layout, patto_pdf, visit_pack_pdf
from desktop.pdf import patto as patto_module
from tests.pdf.builders import build_world, make_patto

PATTO_RUNS = 15
PACK_VISITS = 50
PACK_DAY = dt.date(2027, 2, 8)
FIRST = ["Ștefan", "Ëndrit", "Łukasz", "Giulia", "Amina", "Oksana", "Marco", "Zoë", "Jürgen", "Ioana"]
LAST = ["Țurcanu", "Çela", "Żółć", "Rossi", "Benali", "Kovalenko", "Neri", "Müller", "Popescu", "Ferri"]


def median_time(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches (fonts, mappers) so both sides are measured warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_document(pages: list[str]) -> bytes:
    """The baseline: the same text, page by page, as one plain paragraph per page
    in DejaVu Sans (same glyphs, same page count, nothing else)."""
    style = layout.styles().body
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(layout.text(" ".join(page.split())), style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def same_flowables_bare(session, patto_id: str) -> bytes:
    """A second reference: our patto's own flowables (tables, QR) laid out by a bare
    SimpleDocTemplate, without the running header, footer, numbering or watermark:
    the difference is what the Tessere frame costs."""
    section, flow = patto_module.section_for(session, patto_module.load(session, patto_id))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(flow)
    return buffer.getvalue()


def add_visits(store: Store, count: int) -> str:
    with store.session() as s:
        operator = s.scalar(select(Operator).where(Operator.last_name == "Rossi"))
        org_ausl = s.scalar(select(Organisation).where(Organisation.kind == "ausl"))
        org_coop = s.scalar(select(Organisation).where(Organisation.kind == "coop_a"))
        comune = s.scalar(select(Comune).where(Comune.codice_catastale == "L762"))
        for n in range(count):
            first, last = FIRST[n % 10], f"{LAST[(n // 10) % 10]}{'' if n < 10 else n}"
            born = dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28)
            person = Person(first_name=first, last_name=last, sex="M" if n % 2 else "F",
                            birth_date=born, residence_comune_id=comune.id,
                            residence_address=f"Via Roma {n + 1}", case_manager_id=operator.id,
                            home_territorial_unit_id=comune.territorial_unit_id,
                            codice_fiscale=cf.compute(first_name=first, last_name=last,
                                                      sex="M" if n % 2 else "F", birth_date=born,
                                                      birthplace="Vergato"))
            s.add(person)
            s.flush()
            patto = make_patto(s, person, operator=operator, org_ausl=org_ausl, org_coop=org_coop)
            if n % 2 == 0:
                rules.sign(patto, signed_on=dt.date(2027, 1, 20))
            s.add(DiaryEntry(person_id=person.id, entry_type="visita_domiciliare",
                             author_id=operator.id, status="pianificata", text="Visita",
                             occurred_at=dt.datetime.combine(PACK_DAY, dt.time(8 + n // 6, n % 6 * 10))))
        return operator.id


def measure() -> dict[str, float]:
    """Every figure of this benchmark, in seconds (pages and sizes as counts)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db", passphrase="bench", create=True)
        try:
            world = build_world(store)
            operator_id = add_visits(store, PACK_VISITS)
            with store.read() as s:
                data = patto_pdf(s, world.patto_id)
                pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
                bare_pages = len(PdfReader(io.BytesIO(bare_document(pages))).pages)
                assert bare_pages == len(pages), "the baseline must have the same page count"
                figures = {
                    "pages": len(pages),
                    "patto": median_time(lambda: patto_pdf(s, world.patto_id), PATTO_RUNS),
                    "draft": median_time(lambda: patto_pdf(s, world.draft_patto_id), PATTO_RUNS),
                    "bare": median_time(lambda: bare_document(pages), PATTO_RUNS),
                    "same_flowables": median_time(lambda: same_flowables_bare(s, world.patto_id),
                                                  PATTO_RUNS),
                }
                start = time.perf_counter()
                pack = visit_pack_pdf(s, PACK_DAY, operator_id)
                figures["pack"] = time.perf_counter() - start
                figures["pack_pages"] = len(PdfReader(io.BytesIO(pack)).pages)
                figures["pack_kb"] = len(pack) // 1024
        finally:
            store.close()
    return figures


def main() -> int:
    f = measure()
    print(f"patto firmato ({f['pages']} pagine):   {f['patto'] * 1000:7.1f} ms (mediana di {PATTO_RUNS})")
    print(f"patto in bozza:                {f['draft'] * 1000:7.1f} ms")
    print(f"documento reportlab nudo:      {f['bare'] * 1000:7.1f} ms")
    print(f"rapporto patto / nudo:         {f['patto'] / f['bare']:7.2f}×   (obiettivo ≤ 1,5×; ≤ 150 ms)")
    print(f"stessi contenuti, doc. nudo:   {f['same_flowables'] * 1000:7.1f} ms → costo della cornice "
          f"Tessere {f['patto'] / f['same_flowables']:4.2f}×")
    print(f"pacchetto visite ({PACK_VISITS} visite, {f['pack_pages']} pagine, {f['pack_kb']} kB): "
          f"{f['pack']:5.2f} s   (obiettivo ≤ 5 s)")
    return 0


try:  # the shared harness (tests/bench/harness.py) picks this module up when present
    from tests.bench.harness import Row, bench
except ImportError:  # standalone: python -m tests.bench.bench_pdf
    pass
else:
    @bench
    def pdf_documents(ctx) -> list[Row]:
        f = measure()
        return [
            Row(f"patto PDF firmato ({f['pages']} p.)", f["patto"], "reportlab nudo, stesse pagine",
                f["bare"], "obiettivo ≤ 1,5× e ≤ 150 ms"),
            Row("patto PDF, cornice Tessere", f["patto"], "stessi flowable in doc. nudo",
                f["same_flowables"]),
            Row(f"pacchetto visite ({PACK_VISITS} visite)", f["pack"], note="obiettivo ≤ 5 s"),
        ]


if __name__ == "__main__":
    raise SystemExit(main())
