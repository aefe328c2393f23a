"""Benchmark of the printed documents, against baselines measured in the same run.

* Patto PDF vs a bare reportlab document with the same page count, the same text
  and the same glyphs (per page, a plain paragraph for each face the patto's text
  is printed in: no database, tables, QR or decorations): the ratio is the figure
  (issue 19: ≤ 3×). The patto prints about a quarter of its text (headings,
  labels, names) in DejaVu Sans Bold, so reportlab has a second face to subset
  and embed for that text; the baseline first printed all of it in the regular
  face, one face where the patto embeds two, and is still measured and shown
  («solo regolare»). A second line times the patto's own flowables in a bare
  document, to separate the cost of the content (tables, QR) from the frame.
* The QR of a signed patto: segno's matrix drawn as one path (what prints) against
  reportlab's own QR flowable, same payload, level and quiet zone.
* A home-visit pack of 50 visits (target ≤ 5 s).

Times are the CPU time of this process, medians of runs that alternate the sides
being compared: the machine is often shared, and a ratio taken from wall-clock
times of runs made at different moments measured the neighbours' load.

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
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from sqlalchemy import select

from desktop.core.model import Comune, DiaryEntry, Operator, Organisation, Person
from desktop.core.rules import codice_fiscale as cf
from desktop.core import patti as rules
from desktop.core.store import Store
from desktop.pdf import layout, patto_pdf, visit_pack_pdf
from desktop.pdf import patto as patto_module
from desktop.pdf.qr import QrPath
from tests.pdf.builders import build_world, make_patto

PATTO_RUNS = 15
PACK_VISITS = 50
PACK_DAY = dt.date(2027, 2, 8)
FIRST = ["Ștefan", "Ëndrit", "Łukasz", "Giulia", "Amina", "Oksana", "Marco", "Zoë", "Jürgen", "Ioana"]
LAST = ["Țurcanu", "Çela", "Żółć", "Rossi", "Benali", "Kovalenko", "Neri", "Müller", "Popescu", "Ferri"]


def alternating(sides: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median CPU seconds of each side, the sides run in turn ``runs`` times
    (after one warm-up each: fonts, mappers and caches warm on both sides)."""
    for fn in sides.values():
        fn()
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, fn in sides.items():
            start = time.process_time()
            fn()
            samples[name].append(time.process_time() - start)
    return {name: statistics.median(times) for name, times in samples.items()}


def qr_on_canvas(make: Callable[[], object]) -> Callable[[], object]:
    """Encode and draw one QR flowable on a fresh canvas (the page work it adds)."""
    def run() -> None:
        flowable = make()
        canv = canvas.Canvas(io.BytesIO())
        flowable.wrapOn(canv, 100 * mm, 100 * mm)
        flowable.drawOn(canv, 0, 0)
    return run


def faces(data: bytes) -> list[dict[str, str]]:
    """Per page of a PDF, its text by the face it is printed in."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        runs: dict[str, list[str]] = {}

        def visit(text, _cm, _tm, font, _size, runs=runs):
            if text.strip() and font is not None:  # "/AAAAAA+DejaVuSans-Bold" → "DejaVuSans-Bold"
                runs.setdefault(str(font["/BaseFont"]).split("+")[-1], []).append(text)

        page.extract_text(visitor_text=visit)
        out.append({face: " ".join(texts) for face, texts in runs.items()})
    return out


def bare_document(pages: list[dict[str, str]]) -> bytes:
    """The baseline: the same text, page by page, as one plain paragraph per face
    the text is printed in (same glyphs, same page count, nothing else)."""
    body = layout.styles().body
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story += [Paragraph(layout.text(" ".join(text.split())),
                            ParagraphStyle(face, parent=body, fontName=face))
                  for face, text in sorted(page.items())]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def regular_only(pages: list[dict[str, str]]) -> list[dict[str, str]]:
    """The same text all in the regular face (the baseline measured first)."""
    return [{layout.FONT: " ".join(page.values())} for page in pages]


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
                pages = faces(data)
                regular = regular_only(pages)
                for baseline in (pages, regular):
                    bare_pages = len(PdfReader(io.BytesIO(bare_document(baseline))).pages)
                    assert bare_pages == len(pages), "the baseline must have the same page count"
                payload = patto_module.qr_payload(world.patto_id, 1, "5b297d29c968a44e" * 4)
                figures = {"pages": len(pages), **alternating({
                    "patto": lambda: patto_pdf(s, world.patto_id),
                    "draft": lambda: patto_pdf(s, world.draft_patto_id),
                    "bare": lambda: bare_document(pages),
                    "bare_regular": lambda: bare_document(regular),
                    "same_flowables": lambda: same_flowables_bare(s, world.patto_id),
                    "qr_segno": qr_on_canvas(lambda: QrPath(payload, 34 * mm, error="M", border=2)),
                    "qr_reportlab": qr_on_canvas(lambda: QrCode(payload, width=34 * mm, height=34 * mm,
                                                                qrLevel="M", qrBorder=2)),
                }, PATTO_RUNS)}
                start = time.process_time()
                pack = visit_pack_pdf(s, PACK_DAY, operator_id)
                figures["pack"] = time.process_time() - start
                figures["pack_pages"] = len(PdfReader(io.BytesIO(pack)).pages)
                figures["pack_kb"] = len(pack) // 1024
        finally:
            store.close()
    return figures


def main() -> int:
    f = measure()
    print(f"(tempo di CPU, mediane di {PATTO_RUNS} giri alternati)")
    print(f"patto firmato ({f['pages']} pagine):   {f['patto'] * 1000:7.1f} ms")
    print(f"patto in bozza:                {f['draft'] * 1000:7.1f} ms")
    print(f"documento reportlab nudo:      {f['bare'] * 1000:7.1f} ms   (stessi glifi: regolare e grassetto)")
    print(f"rapporto patto / nudo:         {f['patto'] / f['bare']:7.2f}×   (obiettivo ≤ 3×)")
    print(f"rapporto bozza / nudo:         {f['draft'] / f['bare']:7.2f}×")
    print(f"nudo tutto in regolare:        {f['bare_regular'] * 1000:7.1f} ms → rapporto patto "
          f"{f['patto'] / f['bare_regular']:4.2f}× (una faccia sola, la baseline di prima)")
    print(f"stessi contenuti, doc. nudo:   {f['same_flowables'] * 1000:7.1f} ms → costo della cornice "
          f"Tessere {f['patto'] / f['same_flowables']:4.2f}×")
    print(f"QR segno (un tracciato):       {f['qr_segno'] * 1000:7.1f} ms   contro il QR di reportlab "
          f"{f['qr_reportlab'] * 1000:.1f} ms ({f['qr_segno'] / f['qr_reportlab']:.2f}×)")
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
            Row(f"patto PDF firmato ({f['pages']} p.)", f["patto"], "reportlab nudo, stessi glifi",
                f["bare"], "obiettivo ≤ 3×; tempo di CPU"),
            Row(f"patto PDF firmato ({f['pages']} p.)", f["patto"], "reportlab nudo, solo regolare",
                f["bare_regular"], "una faccia invece di due: la baseline di prima"),
            Row("patto PDF in bozza (senza QR)", f["draft"], "reportlab nudo, stessi glifi",
                f["bare"], "tempo di CPU"),
            Row("patto PDF, cornice Tessere", f["patto"], "stessi flowable in doc. nudo",
                f["same_flowables"]),
            Row("QR del patto: segno, un tracciato", f["qr_segno"], "QrCode di reportlab",
                f["qr_reportlab"], "stesso testo, livello M, margine 2"),
            Row(f"pacchetto visite ({PACK_VISITS} visite)", f["pack"], note="obiettivo ≤ 5 s"),
        ]


if __name__ == "__main__":
    raise SystemExit(main())
