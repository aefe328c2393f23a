"""What leaves the service: the XLSX read back with openpyxl, the CSVs, the PDF
read back with pypdf; no name and no codice fiscale of the data anywhere in
them, small counts suppressed, pseudonyms stable within one export and new in
the next, and the export in the audit log."""
from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.__main__ import main
from desktop.core.model import AuditEvent, Person
from desktop.core.store import Store
from desktop.reports.export import SUPPRESSED, csv_files, export_tables, xlsx_bytes
from desktop.reports.indicators import Filters
from tests.conftest import PASSPHRASE
from tests.coordinator.conftest import TODAY
from tests.coordinator.test_indicators import YEAR

pytestmark = pytest.mark.usefixtures("no_keyring")


def identities(store) -> set[str]:
    """Every full name, either way round, and every codice fiscale in the data
    (a first name alone is also a saint in a comune's name: San Giovanni…)."""
    with store.read() as s:
        rows = s.execute(sa.select(Person.first_name, Person.last_name, Person.codice_fiscale))
        found = set()
        for first, last, code in rows:
            found.update({f"{first} {last}".casefold(), f"{last} {first}".casefold()})
            if code:
                found.add(code.casefold())
    return found


def leaks(store, texts: list[str]) -> set[str]:
    everything = "\n".join(texts).casefold()
    return {who for who in identities(store) if who in everything}


def texts_of_workbook(data: bytes) -> list[str]:
    book = load_workbook(io.BytesIO(data))
    return [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row
            if c.value is not None]


def test_the_export_names_nobody_and_hides_small_counts(merged):
    with merged.read() as s:
        tables, patti = export_tables(s, YEAR, today=TODAY)
    data = xlsx_bytes(tables, patti, YEAR, [])
    book = load_workbook(io.BytesIO(data))
    assert len(book.sheetnames) == len(tables) + 2  # the note, each table, the patti
    assert not leaks(merged, texts_of_workbook(data))
    comune = next(t for t in tables if t.key == "persone_comune")
    assert any(v == SUPPRESSED for _, v in comune.rows)
    assert not any(isinstance(v, int) and 0 < v < 5 for t in tables for r in t.rows
                   for n, v in enumerate(r) if n and n not in t.money)
    pseudonyms = [p for row in patti.rows for p in row[0].split(", ") if p]
    assert pseudonyms and all(p.startswith("P-") and len(p) == 10 for p in pseudonyms)
    sheet = book.worksheets[-1]  # the patti
    assert sheet.cell(sheet.max_row, 9).number_format.endswith('"€"')
    with merged.read() as s:  # a new export: new pseudonyms
        _, again = export_tables(s, YEAR, today=TODAY)
    assert {r[0] for r in again.rows}.isdisjoint({r[0] for r in patti.rows})
    files = csv_files(tables, patti)
    assert not leaks(merged, [f.decode("utf-8-sig") for f in files.values()])
    first = files["budget_fonte.csv"].decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(first), delimiter=";"))[:2]
    assert header == ["Fonte", "Impegnato", "Speso"] and "," in row[1]
    with merged.read() as s:
        exports = s.scalars(sa.select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert len(exports) == 2 and all(e.person_id is None for e in exports)


def test_the_cli_writes_xlsx_csv_and_pdf(merged, tmp_path, monkeypatch, capsys):
    db = str(merged.path)
    merged.close()
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    assert main(["coordinator", "indicators", "--dal", "2026-01-01", "--al", "2026-12-31",
                 "--distretto", "Crema", "--xlsx", str(tmp_path / "pdz.xlsx"),
                 "--csv", str(tmp_path / "csv"), "--pdf", str(tmp_path / "pdz.pdf"),
                 "--db", db]) == 0
    book = load_workbook(tmp_path / "pdz.xlsx")
    about = {row[0].value: row[1].value for row in book["Informazioni"].iter_rows(min_row=2)}
    assert about["Distretti"] == "Crema" and "01/01/2026" in about["Periodo"]
    assert (tmp_path / "csv" / "casi_mese.csv").exists()
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pdz.pdf").pages)
    assert "Indicatori per il Piano di Zona" in text and "Budget per fonte" in text
    with Store.open(db, passphrase=PASSPHRASE) as store:
        assert not leaks(store, [text])
    fonts = {str(f.get("/BaseFont")) for page in PdfReader(tmp_path / "pdz.pdf").pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts and not any("Helvetica" in f for f in fonts)
    assert main(["coordinator", "indicators", "--dal", "2026-12-31", "--al", "2026-01-01",
                 "--db", db]) != 0
    assert "viene prima" in capsys.readouterr().err
    assert Filters(YEAR.start, YEAR.end)  # the same filters the screen uses
